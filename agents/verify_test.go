package agents_test

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
)

// tamperedRecords serves the real store's records through a change.
type tamperedRecords struct {
	store.Store
	change func(*store.InferenceRecord) error
}

func (t tamperedRecords) Record(ctx context.Context, h common.Hash) (store.InferenceRecord, error) {
	r, err := t.Store.Record(ctx, h)
	if err != nil {
		return r, err
	}
	return r, t.change(&r)
}

// swappedModels re-runs a different model than the one committed.
type swappedModels struct{ verify.Models }

type offByOne struct{ verify.Model }

func (m offByOne) Infer(ctx context.Context, in []int64) ([]int64, error) {
	out, err := m.Model.Infer(ctx, in)
	for i := range out {
		out[i]++
	}
	return out, err
}

func (s swappedModels) Model(d common.Hash) (verify.Model, error) {
	m, err := s.Models.Model(d)
	return offByOne{m}, err
}

type noModels struct{}

func (noModels) Model(d common.Hash) (verify.Model, error) {
	return nil, errors.New("unknown model " + d.Hex())
}

// Verification passes on the agent's own transaction and fails, naming the
// cause, for each kind of tampering.
func TestVerifyCatchesTampering(t *testing.T) {
	r := newRig(t, rigOptions{})
	for range 3 {
		r.step()
	}
	last, err := r.store.LastDecision(r.ctx, "mm-test", store.DecisionConfirmed)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := r.store.Transaction(r.ctx, last.TxID)
	if err != nil {
		t.Fatal(err)
	}
	guard := r.chain.Deployment().Guard
	cases := []struct {
		name    string
		records verify.Records
		models  verify.Models
		want    string // empty: passes
	}{
		{name: "honest", records: r.store, models: r.models},
		{name: "altered input", models: r.models, want: "input digest mismatch",
			records: tamperedRecords{r.store, func(x *store.InferenceRecord) error { x.Inputs[0]++; return nil }}},
		{name: "altered output", models: r.models, want: "output digest mismatch",
			records: tamperedRecords{r.store, func(x *store.InferenceRecord) error { x.Outputs[0]--; return nil }}},
		{name: "stored nonce differs", models: r.models, want: "nonce",
			records: tamperedRecords{r.store, func(x *store.InferenceRecord) error { x.Nonce += 7; return nil }}},
		{name: "record missing", models: r.models, want: "not available",
			records: tamperedRecords{r.store, func(*store.InferenceRecord) error { return store.ErrNotFound }}},
		{name: "swapped model", records: r.store, models: swappedModels{r.models}, want: "re-run output differs"},
		{name: "model unavailable", records: r.store, models: noModels{}, want: "not available to re-run"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			v, err := verify.New(r.chain.Client(), tc.records, tc.models, guard)
			if err != nil {
				t.Fatal(err)
			}
			vd, err := v.Tx(r.ctx, tx.Hash)
			if err != nil {
				t.Fatal(err)
			}
			if tc.want == "" {
				if !vd.OK() {
					t.Fatalf("honest transaction failed: %+v", vd)
				}
				return
			}
			if vd.OK() {
				t.Fatalf("tampering %q passed verification", tc.name)
			}
			var all []string
			for _, a := range vd.Actions {
				all = append(all, a.Problems...)
			}
			if got := strings.Join(append(all, vd.Problems...), "; "); !strings.Contains(got, tc.want) {
				t.Fatalf("problems %q do not name %q", got, tc.want)
			}
		})
	}

	// The same transaction checked against another contract than its guard.
	other, _ := verify.New(r.chain.Client(), r.store, r.models, r.chain.Deployment().Vault)
	if vd, err := other.Tx(r.ctx, tx.Hash); err != nil || vd.OK() || !strings.Contains(strings.Join(vd.Problems, ";"), "not sent to the guard") {
		t.Fatalf("wrong guard: %+v, %v", vd, err)
	}

	// A transaction that does not exist.
	v, _ := verify.New(r.chain.Client(), r.store, r.models, guard)
	if vd, err := v.Tx(r.ctx, common.HexToHash("0x1234")); err != nil || vd.OK() || !strings.Contains(strings.Join(vd.Problems, ";"), "not found") {
		t.Fatalf("unknown transaction: %+v, %v", vd, err)
	}
}
