package univ3

import (
	"errors"
	"math/big"
	"testing"

	"github.com/steward-agents/steward/backtest/dataset"
)

// The real-data replay tests (TestReplayFixtures, TestReplaySharedDay) are
// in shared_test.go; this file checks Rebuild's and ReplayEvent's errors.

// swapAt is a recorded swap ending at price 1 (tick 0) with the given
// in-range liquidity.
func swapAt(line int, liquidity int64) dataset.PoolEvent {
	return dataset.PoolEvent{Line: line, Kind: dataset.Swap, Amount0: big.NewInt(1), Amount1: big.NewInt(-1),
		Liquidity: big.NewInt(liquidity), SqrtPriceX96: new(big.Int).Lsh(big.NewInt(1), 96)}
}

func TestRebuildErrors(t *testing.T) {
	mint := dataset.PoolEvent{Line: 2, Kind: dataset.Mint, Amount0: big.NewInt(1), Amount1: big.NewInt(1), Liquidity: big.NewInt(1),
		TickLower: -60, TickUpper: 60, PositionLiquidity: big.NewInt(1)}
	noPrice := swapAt(3, 100)
	noPrice.SqrtPriceX96 = nil
	huge := swapAt(4, 100)
	huge.Amount0 = new(big.Int).Lsh(big.NewInt(1), 255)
	collect := swapAt(5, 100)
	collect.Kind = "COLLECT"
	for _, tc := range []struct {
		name    string
		events  []dataset.PoolEvent
		fee     uint32
		line    int // 0: no EventError expected
		wantErr error
	}{
		{name: "no events", fee: 3000, wantErr: ErrRebuild},
		{name: "bad fee", events: []dataset.PoolEvent{swapAt(2, 100)}, fee: 1_000_000, wantErr: ErrConfig},
		{name: "first event not a swap", events: []dataset.PoolEvent{mint, swapAt(3, 100)}, fee: 3000, line: 2, wantErr: ErrRebuild},
		// Two swaps ending in [0, 60) with no mint or burn between them
		// must see the same liquidity; the error names the second.
		{name: "inconsistent base", events: []dataset.PoolEvent{swapAt(2, 100), swapAt(3, 100), swapAt(7, 200)}, fee: 3000, line: 7, wantErr: ErrRebuild},
		{name: "missing price", events: []dataset.PoolEvent{swapAt(2, 100), noPrice}, fee: 3000, line: 3, wantErr: ErrBadEvent},
		{name: "amount beyond int256", events: []dataset.PoolEvent{swapAt(2, 100), huge}, fee: 3000, line: 4, wantErr: ErrMathOverflow},
		{name: "unknown kind", events: []dataset.PoolEvent{swapAt(2, 100), collect}, fee: 3000, line: 5, wantErr: ErrBadEvent},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Rebuild(tc.events, tc.fee, 60)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("error %v, want %v", err, tc.wantErr)
			}
			var ee *EventError
			switch {
			case tc.line == 0 && errors.As(err, &ee):
				t.Errorf("error %v names line %d, want none", err, ee.Line)
			case tc.line != 0 && !errors.As(err, &ee):
				t.Errorf("error %v names no line, want %d", err, tc.line)
			case tc.line != 0 && ee.Line != tc.line:
				t.Errorf("error %v names line %d, want %d", err, ee.Line, tc.line)
			}
		})
	}
}

func TestReplayEventBadEvent(t *testing.T) {
	pool, err := Rebuild([]dataset.PoolEvent{swapAt(2, 100), swapAt(3, 100)}, 3000, 60)
	if err != nil {
		t.Fatal(err)
	}
	before := pool.Clone()
	bad := swapAt(9, 100)
	bad.Kind = "COLLECT"
	_, err = pool.ReplayEvent(bad)
	var ee *EventError
	if !errors.Is(err, ErrBadEvent) || !errors.As(err, &ee) || ee.Line != 9 {
		t.Fatalf("error %v, want ErrBadEvent at line 9", err)
	}
	if p, q := pool.SqrtPriceX96(), before.SqrtPriceX96(); !p.Eq(&q) || pool.Tick() != before.Tick() || len(pool.Ticks()) != len(before.Ticks()) {
		t.Error("a bad event changed the pool")
	}
}
