package lending_test

import (
	"bytes"
	"context"
	"math/big"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/steward-agents/steward/backtest/internal/harnesstest"
	"github.com/steward-agents/steward/backtest/lending"
	"github.com/steward-agents/steward/backtest/report"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/risk"
)

// crashParams are the Params of the first steps of the crash path.
func crashParams(t *testing.T, steps int) lending.Params {
	t.Helper()
	cfg, mdl, models := harnesstest.Shipped(t, "configs/aave-risk.yaml", risk.Kind())
	path, err := lending.Path(lending.DefaultEvery, steps)
	if err != nil {
		t.Fatal(err)
	}
	return lending.Params{Config: cfg, Model: mdl, VerifyModels: models, Path: path, FirstBlock: devchain.WETHCrashFirstBlock,
		Every: lending.DefaultEvery, Source: "test", Seed: lending.DefaultSeed, StorePath: filepath.Join(t.TempDir(), "bt.db")}
}

// TestFastMatchesExact runs the agent on both executors over steps 0…199
// of the crash path — its first parameter changes at step 30, the
// liquidations around the low (steps 167…189) — and holds them equal:
// the same changes at the same steps, the agent ticking on the same
// chain blocks, every per-step series and every figure of both markets
// equal to the last bit, but gas (the fast executor's is 0). Tolerance:
// none. The exact run verifies every applied bundle from the chain.
func TestFastMatchesExact(t *testing.T) {
	p := crashParams(t, 200)
	ctx := context.Background()
	exact, err := lending.Run(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	p.StorePath = filepath.Join(t.TempDir(), "fast.db")
	fast, err := lending.RunFast(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	agentSide, static := exact.Report.Sides[0], exact.Report.Sides[1]
	t.Logf("exact: %d changes in %d transactions (%d verified, %d gas); liquidations agent %d, static %d; ticks on blocks %d…%d",
		len(exact.Changes), agentSide.Metrics.Transactions, exact.Verified, agentSide.Metrics.GasUsed,
		agentSide.Metrics.Liquidations, static.Metrics.Liquidations, exact.FirstBlock, exact.LastBlock)
	switch {
	case exact.Errors != 0 || fast.Errors != 0:
		t.Fatalf("ticks failed: exact %d, fast %d", exact.Errors, fast.Errors)
	case len(exact.Changes) == 0 || agentSide.Metrics.Liquidations == 0 || static.Metrics.Liquidations == 0:
		t.Fatalf("the stretch must hold changes and liquidations on both markets: %d changes, %+v, %+v", len(exact.Changes), agentSide.Metrics, static.Metrics)
	case exact.Verified != agentSide.Metrics.Transactions || agentSide.Metrics.GasUsed == 0:
		t.Fatalf("exact: %d of %d applied transactions verified, gas %d", exact.Verified, agentSide.Metrics.Transactions, agentSide.Metrics.GasUsed)
	case static.Metrics.ParameterChanges != 0:
		t.Fatalf("the static market's parameters moved %d times", static.Metrics.ParameterChanges)
	}
	if !reflect.DeepEqual(exact.Changes, fast.Changes) {
		t.Fatalf("the executors' parameter changes differ:\nexact %+v\nfast  %+v", exact.Changes, fast.Changes)
	}
	if exact.FirstBlock != fast.FirstBlock || exact.LastBlock != fast.LastBlock {
		t.Fatalf("the agent ticked on blocks %d…%d on the exact chain, %d…%d on the fast one", exact.FirstBlock, exact.LastBlock, fast.FirstBlock, fast.LastBlock)
	}
	for i := range exact.Report.Sides {
		e, f := exact.Report.Sides[i], fast.Report.Sides[i]
		e.Metrics.GasUsed = 0
		if !reflect.DeepEqual(e, f) {
			t.Errorf("%s differs between the executors:\nexact %+v\nfast  %+v", e.Name, e.Metrics, f.Metrics)
		}
	}
	if fast.Report.Executor != "fast" || exact.Report.Executor != "exact" || fast.Verified != 0 {
		t.Errorf("executors %q and %q, fast verified %d", exact.Report.Executor, fast.Report.Executor, fast.Verified)
	}
}

// TestFastRepeats runs the fast executor twice on the whole crash path:
// the same summary.json and report.html byte for byte.
func TestFastRepeats(t *testing.T) {
	p := crashParams(t, 0)
	var out [2][2]bytes.Buffer
	for i := range out {
		p.StorePath = filepath.Join(t.TempDir(), "bt.db")
		res, err := lending.RunFast(context.Background(), p)
		if err != nil {
			t.Fatal(err)
		}
		if err := report.WriteLendingSummary(&out[i][0], res.Report); err != nil {
			t.Fatal(err)
		}
		if err := report.WriteLendingHTML(&out[i][1], res.Report); err != nil {
			t.Fatal(err)
		}
	}
	for k, name := range []string{"summary.json", "report.html"} {
		if !bytes.Equal(out[0][k].Bytes(), out[1][k].Bytes()) {
			t.Errorf("%s differs between two runs", name)
		}
	}
}

func TestParamsAreChecked(t *testing.T) {
	base := crashParams(t, 40)
	for _, c := range []struct {
		name string
		edit func(*lending.Params)
		want string
	}{
		{"no model", func(p *lending.Params) { p.Model = nil }, "Params.Model is required"},
		// The window of 30 prices and one more to act on.
		{"path shorter than the window", func(p *lending.Params) { p.Path = p.Path[:30] }, "at least 31 are needed"},
		{"a price that is not positive", func(p *lending.Params) { p.Path[3] = big.NewInt(0) }, "Path[3] 0 is not a positive price"},
		{"no store", func(p *lending.Params) { p.StorePath = "" }, "Params.StorePath is required"},
		{"no source blocks a step", func(p *lending.Params) { p.Every = 0 }, "Params.Every 0"},
	} {
		t.Run(c.name, func(t *testing.T) {
			p := base
			p.Path = append([]*big.Int(nil), base.Path...)
			c.edit(&p)
			for _, run := range []func(context.Context, lending.Params) (*lending.Result, error){lending.Run, lending.RunFast} {
				if _, err := run(context.Background(), p); err == nil || !strings.Contains(err.Error(), c.want) {
					t.Errorf("got %v, want an error naming %q", err, c.want)
				}
			}
		})
	}
}

func TestPath(t *testing.T) {
	path, err := lending.Path(lending.DefaultEvery, 0)
	if err != nil {
		t.Fatal(err)
	}
	full := devchain.WETHCrashPath()
	if len(path) != 360 || path[1].Cmp(full[4]) != 0 {
		t.Fatalf("Path(4, 0) has %d steps, step 1 %v; want 360 and block 4's %v", len(path), path[1], full[4])
	}
	if low := lending.Lowest(path); path[low].Cmp(big.NewInt(217_288_000_000)) != 0 {
		t.Errorf("the lowest step %d is at %v, want 2,172.88 USD", low, path[low])
	}
	if short, _ := lending.Path(4, 10); len(short) != 10 {
		t.Errorf("Path(4, 10) has %d steps", len(short))
	}
	if _, err := lending.Path(0, 0); err == nil {
		t.Error("Path(0, 0) took 0 blocks a step")
	}
}
