package mm_test

import (
	"bytes"
	"context"
	"path/filepath"
	"testing"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/backtest/internal/harnesstest"
	"github.com/steward-agents/steward/backtest/mm"
	"github.com/steward-agents/steward/backtest/report"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// shipped loads the demo config, its model and the cards beside it.
func shipped(tb testing.TB) (*config.Config, agents.CardModel, agents.ModelSet) {
	tb.Helper()
	return harnesstest.Shipped(tb, "configs/marketmaking-demo.yaml", marketmaking.Kind())
}

// TestFastBacktest runs the agent on both executors over the same 500
// recorded blocks of the day's swaps and 300 of its minute closes: the
// strategy re-ranges at the same blocks and every figure of both it and
// the static baseline is the same (gas aside, which the fast executor does
// not model), and the fast run repeats byte for byte.
func TestFastBacktest(t *testing.T) {
	cfg, mdl, models := shipped(t)
	for _, c := range []struct {
		market mm.Market
		blocks int
	}{{mm.MarketSwaps, 500}, {mm.MarketMinutes, 300}} {
		t.Run(string(c.market), func(t *testing.T) {
			tape := tapeOf(t, c.market, c.blocks)
			p := mm.Params{Config: cfg, Model: mdl, VerifyModels: models, Tape: tape, StorePath: filepath.Join(t.TempDir(), "bt.db")}
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
			if fast.FirstBlock != exact.FirstBlock || fast.Ticks != exact.Ticks {
				t.Fatalf("the fast chain's first tick is at block %d (%d ticks), the exact executor's at %d (%d ticks)", fast.FirstBlock, fast.Ticks, exact.FirstBlock, exact.Ticks)
			}
			e, f := exact.Report.Strategies[1].Metrics, fast.Report.Strategies[1].Metrics
			if e.FeesEarned != f.FeesEarned || e.PnLVsHold != f.PnLVsHold || e.PnL != f.PnL || e.TimeInRange != f.TimeInRange {
				t.Fatalf("the static baseline differs between executors:\nexact %+v\nfast  %+v", e, f)
			}
			// The strategy too: the same decisions at the same blocks, so every
			// figure but gas (not modelled by the fast executor) is the same.
			es, fs := exact.Report.Strategies[0].Metrics, fast.Report.Strategies[0].Metrics
			if es.Reranges == 0 || es.GasUsed == 0 || fs.GasUsed != 0 {
				t.Fatalf("strategy: exact %+v, fast %+v", es, fs)
			}
			fs.GasUsed = es.GasUsed
			if es != fs {
				t.Fatalf("the strategy's figures differ between executors:\nexact %+v\nfast  %+v", es, fs)
			}
			if len(exact.Report.Markers) != len(fast.Report.Markers) {
				t.Fatalf("re-range markers: exact %d, fast %d", len(exact.Report.Markers), len(fast.Report.Markers))
			}
			for i, m := range exact.Report.Markers {
				if fast.Report.Markers[i] != m {
					t.Fatalf("re-range %d: exact %+v, fast %+v", i, m, fast.Report.Markers[i])
				}
			}
			t.Logf("%d blocks of %s: %d re-ranges at the same blocks on both executors, PnL %.4f, fees %.4f; static baseline PnL %.4f on both",
				c.blocks, c.market, es.Reranges, es.PnL, es.FeesEarned, e.PnL)
		})
	}
}

// tapeOf is the first blocks of a market's tape.
func tapeOf(tb testing.TB, m mm.Market, blocks int) mm.Tape {
	tb.Helper()
	tape, err := m.Tape()
	if err != nil {
		tb.Fatal(err)
	}
	if tape, err = tape.Window(0, blocks); err != nil {
		tb.Fatal(err)
	}
	return tape
}

// BenchmarkBacktestFast is BenchmarkBacktestExact on the fast executor:
// the same agent and pipeline (ONNX inference, records, policies) on the Go
// pool model, over the same 300 blocks of recorded swaps.
func BenchmarkBacktestFast(b *testing.B) {
	cfg, mdl, _ := shipped(b)
	tape := tapeOf(b, mm.MarketSwaps, 300)
	blocks := 0
	for b.Loop() {
		res, err := mm.RunFast(context.Background(), mm.Params{Config: cfg, Model: mdl, Tape: tape, StorePath: filepath.Join(b.TempDir(), "bt.db")})
		if err != nil {
			b.Fatal(err)
		}
		blocks += res.Ticks
	}
	b.ReportMetric(float64(blocks)/b.Elapsed().Seconds(), "blocks/s")
}
