package univ3

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/steward-agents/steward/backtest/dataset"
)

// Shared data files (see the shared folder's uniswap-v3-pool-events/MANIFEST.md).
const (
	sharedPool5bps  = "uniswap-v3-pool-events/ethereum-0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640-2024-01-05.pool.tick.csv"
	sharedPool30bps = "uniswap-v3-pool-events/ethereum-0x8ad599c3a0ff1de082011efddc58f1908eb6e6d8-2024-01-05.pool.tick.csv"
)

// Fixtures copied from the shared data (testdata/README.md says which rows).
const (
	fixture5bps  = "testdata/usdc-weth-5bps-2024-01-05-lines-427-676.pool.tick.csv"
	fixture30bps = "testdata/usdc-weth-30bps-2024-01-05.pool.tick.csv"
)

func sharedFile(t *testing.T, rel string) string {
	t.Helper()
	dir, ok := dataset.FindSharedDir()
	if !ok {
		t.Skipf("shared data folder not found (set %s); the testdata fixtures cover CI", dataset.SharedDataEnv)
	}
	path := filepath.Join(dir, filepath.FromSlash(rel))
	if _, err := os.Stat(path); err != nil {
		t.Skipf("shared data file missing: %v", err)
	}
	return path
}

// replayStats counts how the events after the first were reproduced.
type replayStats struct {
	swaps, exactIn, exactOut, limited int
	mintBurns, mintBurnMismatches     int
	// mismatched holds every event the model did not reproduce exactly.
	mismatched []ReplayResult
}

// replayFile rebuilds a pool from the file's events and replays them.
func replayFile(t *testing.T, path string, fee uint32, spacing int32) replayStats {
	t.Helper()
	events, err := dataset.LoadPoolEvents(path)
	if err != nil {
		t.Fatal(err)
	}
	pool, err := Rebuild(events, fee, spacing)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	var st replayStats
	for _, e := range events[1:] {
		r, err := pool.ReplayEvent(e)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if e.Kind == dataset.Swap {
			st.swaps++
			switch r.Method {
			case ExactInput:
				st.exactIn++
			case ExactOutput:
				st.exactOut++
			case LimitedInput, LimitedOutput:
				st.limited++
			}
		} else {
			st.mintBurns++
			if !r.Exact {
				st.mintBurnMismatches++
			}
		}
		if !r.Exact {
			st.mismatched = append(st.mismatched, r)
		}
	}
	t.Logf("%s: %d swaps (%d exact input, %d exact output, %d stopped by a price limit), %d mints/burns; %d mismatches",
		filepath.Base(path), st.swaps, st.exactIn, st.exactOut, st.limited, st.mintBurns, len(st.mismatched))
	return st
}

// TestReplayFixtures replays the events copied into testdata: every swap
// must reproduce the recorded amounts, sqrtPriceX96, tick and liquidity
// exactly, and every mint and burn its recorded amounts.
func TestReplayFixtures(t *testing.T) {
	for _, tc := range []struct {
		name    string
		file    string
		fee     uint32
		spacing int32
	}{
		{"usdc-weth-5bps-window", fixture5bps, 500, 10},
		{"usdc-weth-30bps-day", fixture30bps, 3000, 60},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st := replayFile(t, tc.file, tc.fee, tc.spacing)
			if st.swaps < 200 {
				t.Fatalf("only %d swaps in the fixture", st.swaps)
			}
			for _, m := range st.mismatched {
				t.Error(m.Mismatch)
			}
		})
	}
}

// TestReplaySharedDay replays whole recorded days from the shared data. The
// 30 bps day must be exact. On the 5 bps day, two adjacent intervals
// ([199320, 199340)) are only ever crossed, never stopped in, and
// their liquidity cannot be pinned to the unit from the crossing swaps: the
// few swaps around those crossings may miss the recorded sqrtPriceX96 by a
// relative 1e-15 at most, but must match the recorded amounts, tick and
// liquidity, and stay under 0.2 % of swaps.
func TestReplaySharedDay(t *testing.T) {
	t.Run("usdc-weth-30bps", func(t *testing.T) {
		st := replayFile(t, sharedFile(t, sharedPool30bps), 3000, 60)
		for _, m := range st.mismatched {
			t.Error(m.Mismatch)
		}
	})
	t.Run("usdc-weth-5bps", func(t *testing.T) {
		st := replayFile(t, sharedFile(t, sharedPool5bps), 500, 10)
		if st.mintBurnMismatches > 0 {
			t.Errorf("%d mints/burns not reproduced", st.mintBurnMismatches)
		}
		if limit := st.swaps / 500; len(st.mismatched) > limit {
			t.Errorf("%d swaps not reproduced exactly, more than 0.2 %% (%d)", len(st.mismatched), limit)
		}
		for _, m := range st.mismatched {
			t.Log(m.Mismatch)
			if !m.AmountsExact || !m.StateExact || m.PriceRelErr > 1e-15 {
				t.Errorf("beyond tolerance: %s (relative price error %.3g)", m.Mismatch, m.PriceRelErr)
			}
		}
	})
}
