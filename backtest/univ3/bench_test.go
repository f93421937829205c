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

// replayStep is one event's call, as ReplayEvent resolved it.
type replayStep struct {
	kind string // dataset.Swap, dataset.Mint or dataset.Burn
	swap SwapParams
	pos  PositionParams
}

func benchmarkReplay(b *testing.B, path string, fee uint32, spacing int32) {
	events, err := dataset.LoadPoolEvents(path)
	if err != nil {
		b.Fatal(err)
	}
	seeded, err := Rebuild(events, fee, spacing)
	if err != nil {
		b.Fatal(err)
	}
	var steps []replayStep
	swaps := 0
	resolve := seeded.Clone()
	for _, e := range events[1:] {
		r, err := resolve.ReplayEvent(e)
		if err != nil {
			b.Fatal(err)
		}
		if !r.Applied {
			continue
		}
		steps = append(steps, replayStep{kind: e.Kind, swap: r.Swap, pos: r.Position})
		if e.Kind == dataset.Swap {
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
		case dataset.Swap:
			_, err = pool.Swap(&s.swap)
			done++
		case dataset.Mint:
			_, err = pool.Mint(s.pos)
		case dataset.Burn:
			_, err = pool.Burn(s.pos)
		}
		if err != nil {
			b.Fatalf("step %d (%s): %v", next-1, s.kind, err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "swaps/s")
	b.ReportMetric(float64(swaps), "swaps/sequence")
}
