package mm_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/backtest/mm"
	"github.com/steward-agents/steward/backtest/report"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// shipped loads the demo config, its model and the cards beside it.
func shipped(tb testing.TB) (*config.Config, agents.CardModel, agents.ModelSet) {
	tb.Helper()
	rt := onnxtest.Runtime(tb)
	cfg, err := config.Load(agents.RepoPath("configs/marketmaking-demo.yaml"), []program.Kind{marketmaking.Kind()})
	if err != nil {
		tb.Fatal(err)
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(cfg.Model.Card))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = mdl.Close() })
	models, err := agents.LoadModels(rt, filepath.Dir(agents.RepoPath(cfg.Model.Card)))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = models.Close() })
	return cfg, mdl, models
}

// TestFastBacktest runs the agent on both executors over the same 500
// recorded minutes: the static baseline's figures are the same to the last
// digit of summary.json (the pool maths agree exactly), the strategy acts
// on both, and the fast run repeats byte for byte.
func TestFastBacktest(t *testing.T) {
	cfg, mdl, models := shipped(t)
	path, _, err := demo.MarketPath()
	if err != nil {
		t.Fatal(err)
	}
	p := mm.Params{Config: cfg, Model: mdl, VerifyModels: models, Path: path[:501], StorePath: filepath.Join(t.TempDir(), "bt.db")}
	ctx := context.Background()
	exact, err := mm.Run(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	var summaries [2][]byte
	var fast *mm.Result
	for i := range summaries {
		if fast, err = mm.RunFast(ctx, p); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := report.WriteSummary(&b, fast.Report); err != nil {
			t.Fatal(err)
		}
		summaries[i] = b.Bytes()
	}
	if !bytes.Equal(summaries[0], summaries[1]) {
		t.Fatal("two fast runs of the same config and data wrote different summaries")
	}
	if fast.Errors != 0 || exact.Errors != 0 {
		t.Fatalf("failed ticks: fast %d, exact %d", fast.Errors, exact.Errors)
	}
	e, f := exact.Report.Strategies[1].Metrics, fast.Report.Strategies[1].Metrics
	if e.FeesEarned != f.FeesEarned || e.PnLVsHold != f.PnLVsHold || e.PnL != f.PnL || e.TimeInRange != f.TimeInRange {
		t.Fatalf("the static baseline differs between executors:\nexact %+v\nfast  %+v", e, f)
	}
	es, fs := exact.Report.Strategies[0].Metrics, fast.Report.Strategies[0].Metrics
	if es.Reranges == 0 || fs.Reranges == 0 || fs.GasUsed != 0 {
		t.Fatalf("strategy: exact %+v, fast %+v", es, fs)
	}
	t.Logf("strategy over 500 minutes: exact %d re-ranges, PnL %.2f; fast %d re-ranges, PnL %.2f; static baseline PnL %.2f on both",
		es.Reranges, es.PnL, fs.Reranges, fs.PnL, e.PnL)
}

// BenchmarkBacktestFast is BenchmarkBacktestExact on the fast executor:
// the same agent and pipeline (ONNX inference, records, policies) on the Go
// pool model, over the same 300 minutes.
func BenchmarkBacktestFast(b *testing.B) {
	cfg, mdl, _ := shipped(b)
	path, _, err := demo.MarketPath()
	if err != nil {
		b.Fatal(err)
	}
	blocks := 0
	for b.Loop() {
		res, err := mm.RunFast(context.Background(), mm.Params{Config: cfg, Model: mdl, Path: path[:301], StorePath: filepath.Join(b.TempDir(), "bt.db")})
		if err != nil {
			b.Fatal(err)
		}
		blocks += res.Ticks
	}
	b.ReportMetric(float64(blocks)/b.Elapsed().Seconds(), "blocks/s")
}
