package univ3

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/steward-agents/steward/backtest/dataset"
)

// BenchmarkSwap replays recorded swap sequences through the model: one op is
// one swap event (the mints and burns between them are applied too, and the
// pool is reset to its seeded state each time the sequence ends). It
// reports swaps/s per core and allocations per swap.
func BenchmarkSwap(b *testing.B) {
	b.Run("usdc-weth-5bps-fixture", func(b *testing.B) {
		benchmarkReplay(b, fixture5bps, 500, 10)
	})
	b.Run("usdc-weth-30bps-fixture", func(b *testing.B) {
		benchmarkReplay(b, fixture30bps, 3000, 60)
	})
	b.Run("usdc-weth-5bps-shared-day", func(b *testing.B) {
		benchmarkReplay(b, sharedBenchFile(b), 500, 10)
	})
}

func sharedBenchFile(b *testing.B) string {
	b.Helper()
	dir, ok := dataset.FindSharedDir()
	if !ok {
		b.Skipf("shared data folder not found (set %s)", dataset.SharedDataEnv)
	}
	return filepath.Join(dir, filepath.FromSlash(sharedPool5bps))
}

func benchmarkReplay(b *testing.B, path string, fee uint32, spacing int32) {
	events := loadEvents(b, path)
	unknown, err := solveUnknown(events, fee, spacing)
	if err != nil {
		b.Fatal(err)
	}
	seeded, _, err := seedPool(events, fee, spacing, unknown)
	if err != nil {
		b.Fatal(err)
	}
	_, steps, _ := replay(seeded.Clone(), events, false)
	swaps := 0
	for _, s := range steps {
		if s.kind == "SWAP" {
			swaps++
		}
	}
	pool := seeded.Clone()
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	next := 0
	for done := 0; done < b.N; {
		if next == len(steps) {
			pool.CopyFrom(seeded)
			next = 0
		}
		s := &steps[next]
		next++
		var err error
		switch s.kind {
		case "SWAP":
			_, err = pool.Swap(&s.swap)
			done++
		case "MINT":
			_, err = pool.Mint(s.pos)
		case "BURN":
			_, err = pool.Burn(s.pos)
		}
		if err != nil {
			b.Fatalf("step %d (%s): %v", next-1, s.kind, err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "swaps/s")
	b.ReportMetric(float64(swaps), "swaps/sequence")
}
