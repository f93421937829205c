package dataset

import (
	"errors"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// TestReadPoolEvents reads the recorded day's events (the copy univ3's
// tests keep, always; the shared file when present) and names a bad value
// by line and column.
func TestReadPoolEvents(t *testing.T) {
	fixture := filepath.Join("..", "univ3", "testdata", "usdc-weth-30bps-2024-01-05.pool.tick.csv")
	events, err := LoadPoolEvents(fixture)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, e := range events {
		kinds[e.Kind]++
		if e.BlockNumber < 18_900_000 || e.Amount0 == nil || e.Liquidity == nil {
			t.Fatalf("line %d read as %+v", e.Line, e)
		}
		if e.Kind == Swap && (e.SqrtPriceX96 == nil || e.SqrtPriceX96.Sign() <= 0) {
			t.Fatalf("line %d: a swap without its price", e.Line)
		}
		if e.Kind != Swap && (e.PositionLiquidity == nil || e.TickLower >= e.TickUpper) {
			t.Fatalf("line %d: a %s without its position", e.Line, e.Kind)
		}
	}
	if kinds[Swap] != 267 || kinds[Mint] != 4 || kinds[Burn] != 17 {
		t.Fatalf("read %v; the file holds 267 swaps, 4 mints and 17 burns (its 16 collects skipped)", kinds)
	}
	if dir, ok := FindSharedDir(); ok {
		day, err := LoadPoolEvents(filepath.Join(dir, filepath.FromSlash(PoolEventsFile)))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("the shared 5 bps day: %d events", len(day))
	}

	bad := "block_number,block_timestamp,tx_type,transaction_hash,tx_index,log_index,sender,receipt,amount0,amount1,total_liquidity,total_liquidity_delta,sqrtPriceX96,current_tick,tick_lower,tick_upper,liquidity\n" +
		"18937382,2024-01-05 00:00:23,SWAP,0x0b,33,169,0x3f,0x3f,-22686110,1e16,12453647101533358277,0,1662995104975155420368771254341874,199045.0,,,\n"
	_, err = ReadPoolEvents(strings.NewReader(bad))
	if !errors.Is(err, ErrBadRow) || !strings.Contains(err.Error(), "line 2, column amount1") {
		t.Fatalf("a bad amount: %v", err)
	}
}

// TestEmbeddedPoolEvents reads the copy built into the binary and, where the
// shared folder is present, requires it to equal the shared file's events
// but for the fields the copy drops (Line, TxHash).
func TestEmbeddedPoolEvents(t *testing.T) {
	embedded, err := EmbeddedPoolEvents()
	if err != nil {
		t.Fatal(err)
	}
	if len(embedded) != 6169 || embedded[0].Kind != Swap || embedded[0].BlockNumber != 18937382 {
		t.Fatalf("the embedded day has %d events, the first %+v; want 6,169 from a swap at block 18937382", len(embedded), embedded[0])
	}
	dir, ok := FindSharedDir()
	if !ok {
		t.Skip("no shared data folder: the copy is not compared")
	}
	shared, err := LoadPoolEvents(filepath.Join(dir, filepath.FromSlash(PoolEventsFile)))
	if err != nil {
		t.Fatal(err)
	}
	if len(shared) != len(embedded) {
		t.Fatalf("the shared file has %d events, the copy %d", len(shared), len(embedded))
	}
	for i := range shared {
		a, b := shared[i], embedded[i]
		a.Line, a.TxHash, b.Line = 0, "", 0
		if !reflect.DeepEqual(a, b) {
			t.Fatalf("event %d: shared %+v, embedded %+v", i, a, b)
		}
	}
}
