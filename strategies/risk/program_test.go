package risk

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/devchain"
)

// TestProgramOnRealAave runs the program along the real ETH drop on an
// Aave v3 market of real bytecode, with suppliers, borrowers and a
// liquidator acting: it indexes positions from the Pool's events, reads
// the reserve's configuration, usage and price, and at full risk proposes
// a tightening that Aave accepts (valid, within one step), which the
// Deriver re-derives from the output and the published context; at risk
// 0, at the base, it holds.
func TestProgramOnRealAave(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199100}})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	m, err := chain.DeployAave(ctx, devchain.AaveParams{})
	if err != nil {
		t.Fatal(err)
	}
	weth, _ := m.Reserve("dWETH")
	usdc, _ := m.Reserve("dUSDC")
	prices := devchain.WETHCrashPath()
	var path []*big.Int
	for i := 0; i < len(prices); i += 8 {
		path = append(path, prices[i])
	}
	act, err := chain.NewAaveActivity(ctx, devchain.AaveActivityConfig{Market: m, Prices: path, Seed: 1})
	if err != nil {
		t.Fatal(err)
	}
	risk := func(r devchain.AaveRisk) Params {
		return Params{LTV: int64(r.LTV), LiquidationThreshold: int64(r.LiquidationThreshold), LiquidationBonus: int64(r.LiquidationBonus),
			SupplyCap: int64(r.SupplyCap), BorrowCap: int64(r.BorrowCap)}
	}
	prog, err := NewProgram(ProgramConfig{Pool: m.Pool, Oracle: m.Oracle, Steward: m.Steward,
		Collateral: Reserve{Symbol: "dWETH", Asset: weth.Asset, Decimals: 18, Base: risk(weth.Risk)},
		Borrowed:   Reserve{Symbol: "dUSDC", Asset: usdc.Asset, Decimals: 6, Base: risk(usdc.Risk)},
		Policy:     DefaultPolicy, Window: 20}, chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	decl := prog.Declare()
	last, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var obs program.Observation
	for i := 0; i < 40; i++ {
		if _, err := act.Step(ctx); err != nil {
			t.Fatalf("activity step %d: %v", i, err)
		}
		head, err := chain.Client().HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		if head.Number.Uint64() <= last {
			continue // a step with nothing to do mines nothing
		}
		logs, err := chain.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(last + 1), ToBlock: head.Number,
			Addresses: []common.Address{m.Pool}, Topics: [][]common.Hash{decl.Events[0].Topics}})
		if err != nil {
			t.Fatal(err)
		}
		last = head.Number.Uint64()
		if obs, err = prog.Observe(ctx, head, logs); err != nil {
			t.Fatal(err)
		}
	}
	if n := obs.State["positions"].(int64); n == 0 {
		t.Fatal("no position indexed from the Pool's events")
	}
	in, ready, err := prog.Inputs(obs)
	if err != nil || !ready || len(in[0].Features) != len(FeatureNames) {
		t.Fatalf("inputs %v ready %v: %v", in, ready, err)
	}
	o := obs.Private.(observation)
	if o.cur != risk(weth.Risk) {
		t.Fatalf("the reserve reads %+v, deployed as %+v", o.cur, risk(weth.Risk))
	}
	if o.usage.Supplied == 0 {
		t.Fatalf("usage %+v: nothing supplied", o.usage)
	}
	full := program.Output{Values: []int64{10_000}, Scale: 10_000}
	plan, err := prog.Decide(obs, []program.Output{full})
	if err != nil || plan.Hold || len(plan.Calls) != 1 {
		t.Fatalf("at full risk: %+v, %v", plan, err)
	}
	want := Target(o.cur, o.cur, o.usage, PercentageFactor, DefaultPolicy)
	if err := want.Check(o.usage); err != nil || want.LTV != o.cur.LTV-DefaultPolicy.MaxStep {
		t.Fatalf("the target %+v: %v", want, err)
	}
	// The derivation from the published context alone; TestDeriveOnRealGuard
	// applies the plan through the guard and checks the context on chain.
	der, err := parseContext(plan.Context.Values)
	if err != nil {
		t.Fatal(err)
	}
	derived, err := der.values(program.Derivation{Params: plan.Calls[0].Params, Outputs: full})
	if err != nil {
		t.Fatal(err)
	}
	for j, p := range plan.Calls[0].Params {
		if derived[p].Cmp(plan.Calls[0].Values[j]) != 0 {
			t.Fatalf("param %d: derived %v, planned %v", j, derived[p], plan.Calls[0].Values[j])
		}
	}
	if plan, err = prog.Decide(obs, []program.Output{{Values: []int64{0}, Scale: 10_000}}); err != nil || !plan.Hold {
		t.Fatalf("at risk 0 on the base configuration: %+v, %v", plan, err)
	}
}

func TestSymbolWords(t *testing.T) {
	for _, s := range []string{"dWETH", "", "ABCDEFGHIJKLMN"} {
		got, err := wordsSymbol(symbolWords(s))
		if err != nil || got != s {
			t.Fatalf("%q → %q, %v", s, got, err)
		}
	}
}
