package mm_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/steward-agents/steward/backtest/mm"
)

// BenchmarkBacktestExact runs the market-making backtest on the exact
// executor over the first 300 blocks of the recorded day's swaps and
// reports blocks/s end to end: the block's recorded events and mining, the agent's whole tick with
// ONNX inference and its bundles through the real guard, and the valuation
// of both vaults; the chain's deployment and the verification afterwards
// are in the timed part too, as a user waits for them.
func BenchmarkBacktestExact(b *testing.B) {
	cfg, mdl, models := shipped(b)
	tape := tapeOf(b, mm.MarketSwaps, 300)
	b.ResetTimer()
	blocks := 0
	for b.Loop() {
		res, err := mm.Run(context.Background(), mm.Params{Config: cfg, Model: mdl, VerifyModels: models, Tape: tape,
			StorePath: filepath.Join(b.TempDir(), "bt.db")})
		if err != nil {
			b.Fatal(err)
		}
		blocks += res.Ticks
	}
	b.ReportMetric(float64(blocks)/b.Elapsed().Seconds(), "blocks/s")
}
