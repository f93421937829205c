package marketmaking

import (
	"math"
	"strings"
	"testing"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/inference/commit"
)

// TestParseDerivationObservationBlock covers the optional sixth value, the
// block an asynchronous answer was decided on.
func TestParseDerivationObservationBlock(t *testing.T) {
	base := []int64{199000, 10, 2000, 60, 4000}
	cases := []struct {
		name    string
		v       []int64
		block   uint64
		wantErr string
	}{
		{name: "five values: the record's block", v: base},
		{name: "six values", v: append(append([]int64{}, base...), 1234), block: 1234},
		// Guards a panic found in review: the int32 check indexed a name per value.
		{name: "block above int32", v: append(append([]int64{}, base...), math.MaxInt32+10), block: math.MaxInt32 + 10},
		{name: "zero block", v: append(append([]int64{}, base...), 0), wantErr: "block 0 must be > 0"},
		{name: "seven values", v: append(append([]int64{}, base...), 1, 2), wantErr: "want 5 or 6"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, err := ParseDerivation(c.v)
			if c.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), c.wantErr) {
					t.Fatalf("err = %v, want %q", err, c.wantErr)
				}
				return
			}
			if err != nil || d.Block != c.block {
				t.Fatalf("ParseDerivation = %+v, %v; want block %d", d, err, c.block)
			}
			if got, err := ParseDerivation(d.Values()); err != nil || got != d {
				t.Fatalf("round trip: %+v, %v; want %+v", got, err, d)
			}
		})
	}
}

// TestDeriverBoundsTheObservationBlock: a published observation block must
// lie from the record's block up to, not including, the transaction's block,
// so an agent cannot pick a later state that suits it. Checked before any
// chain read.
func TestDeriverBoundsTheObservationBlock(t *testing.T) {
	derive := func(block, recordBlock, included uint64) error {
		der := Params{WidthMilli: 2000, MinWidth: 60, MaxWidth: 4000, TickSpacing: 10}.Derivation(199000)
		der.Block = block
		_, err := Deriver{}.Derive(t.Context(), program.Derivation{
			Record:  commit.Record{BlockNumber: recordBlock},
			Outputs: program.Output{Values: []int64{400000}, Scale: 10000},
			Context: commit.Context{Strategy: DerivationName, Values: der.Values()}, Included: included,
		})
		return err
	}
	if err := derive(90, 100, 120); err == nil || !strings.Contains(err.Error(), "before the record's block") {
		t.Fatalf("observation before the record: %v", err)
	}
	if err := derive(120, 100, 120); err == nil || !strings.Contains(err.Error(), "not before the transaction's block") {
		t.Fatalf("observation at the transaction's block: %v", err)
	}
	if err := derive(130, 100, 120); err == nil || !strings.Contains(err.Error(), "not before the transaction's block") {
		t.Fatalf("observation after the transaction: %v", err)
	}
}
