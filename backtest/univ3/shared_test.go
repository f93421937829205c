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

// replayFile seeds a pool from the file's events and replays them.
func replayFile(t *testing.T, path string, fee uint32, spacing int32) (replayStats, map[int32]string) {
	t.Helper()
	events := loadEvents(t, path)
	unknown, err := solveUnknown(events, fee, spacing)
	if err != nil {
		t.Fatal(err)
	}
	pool, _, err := seedPool(events, fee, spacing, unknown)
	if err != nil {
		t.Fatal(err)
	}
	st, _, _ := replay(pool, events, false)
	solved := map[int32]string{}
	for k, l := range unknown {
		solved[k*spacing] = l.Dec()
	}
	t.Logf("%s: %d swaps (%d exact input, %d exact output, %d stopped by a price limit), %d mints/burns; %d mismatches; liquidity solved from crossings at %v",
		filepath.Base(path), st.swaps, st.exactIn, st.exactOut, st.limitIn+st.limitOut, st.mintBurns, len(st.mismatched), solved)
	return st, solved
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
			st, _ := replayFile(t, tc.file, tc.fee, tc.spacing)
			if st.swaps < 200 {
				t.Fatalf("only %d swaps in the fixture", st.swaps)
			}
			for _, m := range st.mismatched {
				t.Error(m.desc)
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
		st, _ := replayFile(t, sharedFile(t, sharedPool30bps), 3000, 60)
		for _, m := range st.mismatched {
			t.Error(m.desc)
		}
	})
	t.Run("usdc-weth-5bps", func(t *testing.T) {
		st, _ := replayFile(t, sharedFile(t, sharedPool5bps), 500, 10)
		if st.mintBurnMismatches > 0 {
			t.Errorf("%d mints/burns not reproduced", st.mintBurnMismatches)
		}
		if limit := st.swaps / 500; len(st.mismatched) > limit {
			t.Errorf("%d swaps not reproduced exactly, more than 0.2 %% (%d)", len(st.mismatched), limit)
		}
		for _, m := range st.mismatched {
			t.Log(m.desc)
			if !m.amountsExact || !m.stateExact || m.priceRelErr > 1e-15 {
				t.Errorf("beyond tolerance: %s (relative price error %.3g)", m.desc, m.priceRelErr)
			}
		}
	})
}
