package agents_test

import (
	"slices"
	"testing"
	"time"
)

// BenchmarkTick measures one whole tick — settle, observe (pool and vault
// reads, swap logs), features, ONNX inference, store writes, decision,
// policies, Merkle commitment and, when it re-ranges, simulate + sign +
// send — on the embedded chain with the SQLite store. Mining the block is
// outside the timer. RPC here is in-process, so the figure is an upper
// bound of the tick's own work plus go-ethereum's in-process RPC.
func BenchmarkTick(b *testing.B) {
	r := newRig(b, rigOptions{})
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for range b.N {
		b.StopTimer()
		r.chain.Commit()
		head, err := r.chain.Client().HeaderByNumber(r.ctx, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		if err := r.agent.Tick(r.ctx, head); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(start))
	}
	b.StopTimer()
	slices.Sort(lat)
	b.ReportMetric(float64(lat[len(lat)/2].Microseconds()), "p50-µs")
	b.ReportMetric(float64(lat[len(lat)*99/100].Microseconds()), "p99-µs")
	st := r.stages()
	b.ReportMetric(float64(st["submitted"]), "bundles")
}
