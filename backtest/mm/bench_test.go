package mm_test

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/backtest/mm"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// BenchmarkBacktestExact runs the market-making backtest on the exact
// executor over the first 300 minutes of the recorded day and reports
// blocks/s end to end: market step and mining, the agent's whole tick with
// ONNX inference and its bundles through the real guard, and the valuation
// of both vaults; the chain's deployment and the verification afterwards
// are in the timed part too, as a user waits for them.
func BenchmarkBacktestExact(b *testing.B) {
	rt := onnxtest.Runtime(b)
	cfg, err := config.Load(agents.RepoPath("configs/marketmaking-demo.yaml"), []program.Kind{marketmaking.Kind()})
	if err != nil {
		b.Fatal(err)
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(cfg.Model.Card))
	if err != nil {
		b.Fatal(err)
	}
	defer mdl.Close()
	models, err := agents.LoadModels(rt, filepath.Dir(agents.RepoPath(cfg.Model.Card)))
	if err != nil {
		b.Fatal(err)
	}
	defer models.Close()
	path, _, err := demo.MarketPath()
	if err != nil {
		b.Fatal(err)
	}
	path = path[:301]
	b.ResetTimer()
	blocks := 0
	for b.Loop() {
		res, err := mm.Run(context.Background(), mm.Params{Config: cfg, Model: mdl, VerifyModels: models, Path: path,
			StorePath: filepath.Join(b.TempDir(), "bt.db")})
		if err != nil {
			b.Fatal(err)
		}
		blocks += res.Ticks
	}
	b.ReportMetric(float64(blocks)/b.Elapsed().Seconds(), "blocks/s")
}
