package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/risk"
)

// TestLendingDemo runs `steward demo --scenario lending` as shipped: along
// the real ETH sell-off the agent tightens the collateral's parameters
// before the low and loosens them after it, every change within the
// guard's bounds and verified from the chain; the run ends with the
// liquidations and bad debt of the agent's market and of the static one.
func TestLendingDemo(t *testing.T) {
	if testing.Short() {
		t.Skip("the lending demo runs 360 steps on the embedded chain")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	var out bytes.Buffer
	res, err := lendingDemo(ctx, lendingDemoParams{BlockInterval: 100 * time.Millisecond, Seed: 1, Out: &out,
		StorePath: filepath.Join(t.TempDir(), "lending.db")})
	if err != nil {
		t.Fatalf("lending demo: %v\n%s", err, out.String())
	}
	base := map[string]int64{contracts.AaveLTV: 8050, contracts.AaveLiquidationThreshold: 8300, contracts.AaveLiquidationBonus: 10500}
	var tightened, loosened bool
	for _, c := range res.Changes {
		switch c.Param {
		case contracts.AaveLTV, contracts.AaveLiquidationThreshold, contracts.AaveLiquidationBonus:
			if d := c.New - c.Old; d > 500 || d < -500 || c.New < base[c.Param]-1500 || c.New > base[c.Param]+1500 {
				t.Errorf("block %d: %s %d → %d is outside the guard's step or range", c.Block, c.Param, c.Old, c.New)
			}
		case contracts.AaveSupplyCap, contracts.AaveBorrowCap:
			if d := c.New - c.Old; d*4 > c.Old || -d*4 > c.Old {
				t.Errorf("block %d: %s %d → %d moves more than the policy's 25 %%", c.Block, c.Param, c.Old, c.New)
			}
		}
		if c.Param == contracts.AaveLTV && c.Step <= res.Low && c.New < c.Old {
			tightened = true
		}
		if c.Param == contracts.AaveLTV && c.Step > res.Low && c.New > c.Old {
			loosened = true
		}
	}
	if !tightened || !loosened {
		t.Errorf("LTV tightened before the low (step %d): %v; loosened after it: %v\n%s", res.Low, tightened, loosened, out.String())
	}
	if res.Static.Liquidations == 0 || res.Agent.Liquidations == 0 {
		t.Errorf("the sell-off liquidated %d positions on the agent's market and %d on the static one; want some on both", res.Agent.Liquidations, res.Static.Liquidations)
	}
	text := out.String()
	for _, want := range []string{"Outcome, same activity and seed:", "with the agent", "static parameters", "bad debt (USD)", "liquidations",
		"transaction(s) verified", "risk ", "ltv "} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestLendingRefusals: a change that breaks one of Aave's invariants or a
// guard bound is refused by the shipped config's policies — by the one
// policy for it alone — and the rejected decision records the policy's name
// and message and the proposed numbers. With the policies bypassed the same
// change meets the chain: LTV above the threshold and threshold × bonus
// above 100 % are refused at simulation by Aave's PoolConfigurator, a
// 10-point step by the guard, and caps below the reserve's usage by the
// AaveRiskSteward (CapBelowUsage: Aave itself takes a cap below usage and
// only stops new supply and borrowing under it); the failed decision
// records the contract's named error, and nothing is applied. A cap equal
// to the usage rounded up is accepted on chain (TestAaveJointInvariants).
func TestLendingRefusals(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// dWETH's threshold raised to 9300 (× its bonus 10500 = 97.65 %), within
	// the guard's bounds, so a bonus step the guard allows crosses 100 %.
	nearEdge := devchain.AaveWETH().Risk
	nearEdge.LiquidationThreshold = 9300
	// dWETH's caps made small, so 900 supplied and 700 borrowed are within
	// one cap step (the guard's 50 %) of them.
	smallCaps := devchain.AaveWETH().Risk
	smallCaps.SupplyCap, smallCaps.BorrowCap = 1000, 800
	cases := []struct {
		name        string
		market      badMarket
		set         map[string]int64
		policy      string // the shipped policy that refuses it, alone
		contract    string // what reverts it without policies
		contractErr string
		// refused, if set, checks the chain after the bypassed change was
		// refused there, given the failed decision.
		refused func(context.Context, *testing.T, badPlanRun, store.Decision)
	}{
		{name: "LTV above the threshold", set: map[string]int64{contracts.AaveLiquidationThreshold: 7800},
			policy: "ltv-below-threshold", contract: "Aave", contractErr: "INVALID_RESERVE_PARAMS"},
		{name: "a 10-point LTV step", set: map[string]int64{contracts.AaveLTV: 7050},
			policy: "step", contract: "ParameterGuard", contractErr: "StepTooLarge"},
		// percentMul(9300, 10800) = 10044 > 10000; the bonus's step (300) and
		// value are within the guard's bounds, so the guard passes it on.
		{name: "threshold × bonus above 100 %", market: badMarket{Collateral: nearEdge},
			set:    map[string]int64{contracts.AaveLiquidationBonus: 10800},
			policy: "threshold-times-bonus", contract: "Aave", contractErr: "INVALID_RESERVE_PARAMS"},
		// Each cap 1/5 and 1/4 below its current value (within the guard's
		// step) and about 100 dWETH below the reserve's usage. Until the
		// steward checked usage this was applied on chain.
		{name: "caps below usage", market: badMarket{Collateral: smallCaps, Supplied: 900, Borrowed: 700},
			set:    map[string]int64{contracts.AaveSupplyCap: 800, contracts.AaveBorrowCap: 600},
			policy: "caps-cover-usage", contract: "AaveRiskSteward", contractErr: "CapBelowUsage", refused: capsBelowUsage},
	}
	for _, tc := range cases {
		for _, withPolicies := range []bool{true, false} {
			name := tc.name + map[bool]string{true: ", policies", false: ", no policies"}[withPolicies]
			t.Run(name, func(t *testing.T) {
				run := runBadPlan(ctx, t, badPlanParams{Set: tc.set, Policies: withPolicies, Market: tc.market})
				st := run.store
				switch {
				case withPolicies:
					d, err := st.LastDecision(ctx, "aave-risk", store.DecisionRejected)
					if err != nil {
						t.Fatalf("no rejected decision: %v; want one refused by %s\nreports: %v", err, tc.policy, run.reports)
					}
					if got := deniedBy(d.Verdict); !slices.Equal(got, []string{tc.policy}) || !strings.HasPrefix(d.Reason, tc.policy+": ") {
						t.Fatalf("refused by %v, reason %q; want %s alone", got, d.Reason, tc.policy)
					}
					checkRecordedAction(t, d, tc.set)
					t.Logf("refused by policy: %s; action %s", d.Reason, d.Action)
				default:
					d, err := st.LastDecision(ctx, "aave-risk", store.DecisionFailed)
					if err != nil || !strings.Contains(d.Reason, tc.contract+"."+tc.contractErr) {
						t.Fatalf("last failed decision %+v, %v; want %s.%s\nreports: %v", d, err, tc.contract, tc.contractErr, run.reports)
					}
					checkRecordedAction(t, d, tc.set)
					t.Logf("refused on chain: %s", d.Reason)
					if tc.refused != nil {
						tc.refused(ctx, t, run, d)
					}
				}
				if _, err := st.LastDecision(ctx, "aave-risk", store.DecisionConfirmed); !errors.Is(err, store.ErrNotFound) {
					t.Fatalf("a decision was applied: %v", err)
				}
			})
		}
	}
}

// deniedBy names the policies of a verdict that refused.
func deniedBy(verdict []store.PolicyResult) []string {
	var names []string
	for _, r := range verdict {
		if !r.Allowed {
			names = append(names, r.Name)
		}
	}
	return names
}

// checkRecordedAction requires the decision's recorded action to hold the
// numbers set.
func checkRecordedAction(t *testing.T, d store.Decision, set map[string]int64) {
	t.Helper()
	var action map[string]int64
	if err := json.Unmarshal(d.Action, &action); err != nil {
		t.Fatalf("decision %d action %s: %v", d.ID, d.Action, err)
	}
	for k, v := range set {
		if got, ok := action[k]; !ok || got != v {
			t.Errorf("decision %d records %s = %d (present %v), want %d", d.ID, k, got, ok, v)
		}
	}
}

// capsBelowUsage: the steward refused the supply cap of 800 (the first
// of the call) naming the reserve's usage in whole dWETH rounded up — 901,
// the 900 supplied with interest accrued — and nothing was applied: the
// caps are still 1000 and 800, and a further supply of one dWETH goes in.
func capsBelowUsage(ctx context.Context, t *testing.T, r badPlanRun, d store.Decision) {
	t.Helper()
	weth, _ := r.market.Reserve("dWETH")
	steward := bindings.NewAaveRiskSteward()
	u := callResult(ctx, t, r.chain, r.market.Steward, steward.PackUsageOf(weth.Asset), steward.UnpackUsageOf)
	used := risk.UsageOf(u.Supplied, u.Borrowed, int(weth.Decimals))
	if used.Supplied != 901 || used.Borrowed != 701 {
		t.Fatalf("dWETH usage %+v (whole, rounded up) from %s supplied and %s borrowed (wei); want 901 and 701", used, u.Supplied, u.Borrowed)
	}
	want := fmt.Sprintf(`AaveRiskSteward.CapBelowUsage(param="dWETH.supplyCap", cap=800, usage=%d)`, used.Supplied)
	if !strings.Contains(d.Reason, want) {
		t.Errorf("failed decision's reason %q, want it to name %s", d.Reason, want)
	}
	conf, err := devchain.AaveReserveConfig(ctx, r.chain.Client(), r.market, weth.Asset)
	if err != nil {
		t.Fatal(err)
	}
	if conf.SupplyCap != 1000 || conf.BorrowCap != 800 {
		t.Fatalf("dWETH caps %d and %d after the refusal, want 1000 and 800 unchanged", conf.SupplyCap, conf.BorrowCap)
	}
	pool, owner := bindings.NewPool(), r.chain.Owner()
	if _, err := r.chain.AsOwner(ctx, &r.market.Pool, pool.PackSupply(weth.Asset, big.NewInt(1e18), owner, 0), 0); err != nil {
		t.Fatalf("supply 1 dWETH under the unchanged cap: %v", err)
	}
}

// callResult reads one result from a contract at the chain's head.
func callResult[T any](ctx context.Context, t *testing.T, chain *devchain.Chain, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := chain.Client().CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatal(err)
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// TestLendingPolicies: the shipped config's rules for Aave's joint
// invariants decide as Aave does at the edge — threshold × bonus with
// PercentageMath.percentMul's rounding (half up: 9524 × 10500, 100.002 %,
// counts as 100 % and passes), caps against usage in whole tokens rounded
// up as AaveRiskSteward counts it, with 0 as no cap — and
// as risk.Params.Check, the strategy's copy of Aave's rules, does. A
// refusal carries the rule's name and message.
func TestLendingPolicies(t *testing.T) {
	cfg, err := config.Load(agents.RepoPath("configs/aave-risk.yaml"), kinds())
	if err != nil {
		t.Fatal(err)
	}
	engine, err := cfg.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	weth := risk.Params{LTV: 8050, LiquidationThreshold: 8300, LiquidationBonus: 10500, SupplyCap: 1000, BorrowCap: 800}
	with := func(f func(*risk.Params)) risk.Params { p := weth; f(&p); return p }
	// 900 and 700 dWETH and one wei each: the usage rounded up to whole
	// tokens, as AaveRiskSteward's CapBelowUsage counts it, is 901 and 701
	// (rounded down, as the strategy once read it, the policy passed caps
	// of 900 and 700 that the steward refuses).
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	weiAbove := func(n int64) *big.Int { return new(big.Int).Add(new(big.Int).Mul(big.NewInt(n), e18), big.NewInt(1)) }
	used := risk.UsageOf(weiAbove(900), weiAbove(700), 18)
	cases := []struct {
		name    string
		p       risk.Params
		rule    string
		refused error // risk.Params.Check's sentinel when refused; nil when allowed
	}{
		{"9524 × 10500: 100.002 %, rounded to 100 %", with(func(p *risk.Params) { p.LiquidationThreshold = 9524 }), "threshold-times-bonus", nil},
		{"9525 × 10500: 100.0125 %", with(func(p *risk.Params) { p.LiquidationThreshold = 9525 }), "threshold-times-bonus", risk.ErrInvalidReserveParams},
		{"9091 × 11000: 100.001 %, rounded to 100 %", with(func(p *risk.Params) { p.LiquidationThreshold, p.LiquidationBonus = 9091, 11000 }), "threshold-times-bonus", nil},
		{"9092 × 11000: 100.012 %", with(func(p *risk.Params) { p.LiquidationThreshold, p.LiquidationBonus = 9092, 11000 }), "threshold-times-bonus", risk.ErrInvalidReserveParams},
		{"9300 × 10800: 100.44 %", with(func(p *risk.Params) { p.LiquidationThreshold, p.LiquidationBonus = 9300, 10800 }), "threshold-times-bonus", risk.ErrInvalidReserveParams},
		{"caps at usage rounded up", with(func(p *risk.Params) { p.SupplyCap, p.BorrowCap = 901, 701 }), "caps-cover-usage", nil},
		{"supply cap at usage rounded down", with(func(p *risk.Params) { p.SupplyCap = 900 }), "caps-cover-usage", risk.ErrCapBelowUsage},
		{"borrow cap at usage rounded down", with(func(p *risk.Params) { p.BorrowCap = 700 }), "caps-cover-usage", risk.ErrCapBelowUsage},
		{"no caps (0)", with(func(p *risk.Params) { p.SupplyCap, p.BorrowCap = 0, 0 }), "caps-cover-usage", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			action := map[string]any{"risk": int64(0), contracts.AaveLTV: tc.p.LTV, contracts.AaveLiquidationThreshold: tc.p.LiquidationThreshold,
				contracts.AaveLiquidationBonus: tc.p.LiquidationBonus, contracts.AaveSupplyCap: tc.p.SupplyCap, contracts.AaveBorrowCap: tc.p.BorrowCap}
			state := maps.Clone(action)
			state["supplied"], state["borrowed"] = used.Supplied, used.Borrowed
			v, err := engine.Evaluate(context.Background(), policies.Input{Action: action, State: state, Block: policies.BlockInfo{Number: 10}})
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(v.Results, func(r policies.Result) bool { return r.Name == tc.rule })
			if i < 0 {
				t.Fatalf("the shipped config has no policy %s", tc.rule)
			}
			r := v.Results[i]
			if r.Allowed != (tc.refused == nil) || !r.Allowed && r.Message == "" {
				t.Errorf("%s: allowed %v, message %q; want allowed %v", tc.rule, r.Allowed, r.Message, tc.refused == nil)
			}
			if err := tc.p.Check(used); !errors.Is(err, tc.refused) {
				t.Errorf("risk.Params.Check = %v, want %v", err, tc.refused)
			}
		})
	}
}

// badPlan is the risk program with its decision replaced by a fixed change.
type badPlan struct {
	*risk.Program
	steward common.Address
	symbol  string
	set     map[string]int64
}

// Decide proposes the reserve's current configuration with set's values
// in place, and calls the steward with set alone.
func (b badPlan) Decide(obs program.Observation, _ []program.Output) (program.Plan, error) {
	action := map[string]any{"risk": int64(0)}
	call := program.Call{Target: b.steward}
	for _, f := range []string{contracts.AaveLTV, contracts.AaveLiquidationThreshold, contracts.AaveLiquidationBonus, contracts.AaveSupplyCap, contracts.AaveBorrowCap} {
		action[f] = obs.State[f]
		if v, ok := b.set[f]; ok {
			action[f] = v
			call.Params = append(call.Params, contracts.Param(contracts.AaveParam(b.symbol, f)))
			call.Values = append(call.Values, big.NewInt(v))
		}
	}
	return program.Plan{Action: action, Calls: []program.Call{call}, Context: commit.Context{Strategy: risk.DerivationName, Values: []int64{0}}}, nil
}

// badMarket is the market a bad plan meets.
type badMarket struct {
	// Collateral is dWETH's configuration at deployment. Zero: Aave's real
	// one (devchain.AaveWETH).
	Collateral devchain.AaveRisk
	// Supplied and Borrowed are the whole dWETH the chain's owner supplies
	// and borrows (against dUSDC) before the agent starts.
	Supplied, Borrowed int64
}

// badPlanParams: the change a bad plan proposes, whether the shipped
// config's policies judge it, and the market it meets.
type badPlanParams struct {
	Set      map[string]int64
	Policies bool
	Market   badMarket
}

// badPlanRun is what runBadPlan leaves to inspect: the agent's reports
// ("stage: reason") and store, and the chain and market, still running.
type badPlanRun struct {
	reports []string
	store   store.Store
	chain   *devchain.Chain
	market  devchain.AaveMarket
}

// runBadPlan runs the shipped lending agent on a fresh market for a few
// blocks with its decision replaced by p.Set.
func runBadPlan(ctx context.Context, t *testing.T, p badPlanParams) badPlanRun {
	t.Helper()
	cfg, mdl, err := demoAgent(agents.RepoPath("configs/aave-risk.yaml"), risk.KindName, "lending")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mdl.Close() })
	if !p.Policies {
		cfg.Policies = nil
	}
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	agentAddr := crypto.PubkeyToAddress(key.PublicKey)
	chain, err := devchain.New(ctx, devchain.Config{BlockInterval: 100 * time.Millisecond, PriceTicks: []int32{199000, 199000}, Funded: []common.Address{agentAddr}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Stop)
	if err := chain.Authorize(ctx, agentAddr, mdl.Digest()); err != nil {
		t.Fatal(err)
	}
	var market devchain.AaveParams
	if p.Market.Collateral != (devchain.AaveRisk{}) {
		weth := devchain.AaveWETH()
		weth.Risk = p.Market.Collateral
		market.Reserves = []devchain.AaveReserve{devchain.AaveUSDC(), weth}
	}
	m, err := chain.DeployAave(ctx, market)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Market.use(ctx, chain, m); err != nil {
		t.Fatal(err)
	}
	settings := *cfg.Settings.(*risk.Settings)
	if err := fillLendingSettings(&settings, m); err != nil {
		t.Fatal(err)
	}
	settings.Window, settings.Step = 2, 1
	built, err := cfg.Kind.Build(ctx, &settings, chain.Client())
	if err != nil {
		t.Fatal(err)
	}
	prog := badPlan{Program: built.(*risk.Program), steward: m.Steward, symbol: settings.Collateral.Symbol, set: p.Set}
	st, err := agents.OpenStore(ctx, config.Store{Driver: config.StoreSQLite, DSN: filepath.Join(t.TempDir(), "agent.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	engine, err := cfg.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	if err := chain.Start(ctx); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var reports []string
	if _, err := agents.Run(ctx, agents.RunParams{Name: cfg.Agent.Name, Node: chain.Client(), Key: key, Guard: chain.Deployment().Guard,
		Program: prog, Model: mdl, Policies: engine, Store: st, Blocks: 4, PollInterval: 25 * time.Millisecond,
		Report: func(r agents.Report) {
			mu.Lock()
			defer mu.Unlock()
			reports = append(reports, string(r.Stage)+": "+r.Reason)
		}}); err != nil {
		t.Fatal(err)
	}
	return badPlanRun{reports: reports, store: st, chain: chain, market: m}
}

// use has the chain's owner supply m.Supplied dWETH and borrow m.Borrowed
// dWETH against 4,000,000 dUSDC, before the chain's block loop starts.
func (b badMarket) use(ctx context.Context, chain *devchain.Chain, m devchain.AaveMarket) error {
	if b.Supplied == 0 && b.Borrowed == 0 {
		return nil
	}
	weth, _ := m.Reserve("dWETH")
	usdc, _ := m.Reserve("dUSDC")
	tok, pool, owner := bindings.NewTestToken(), bindings.NewPool(), chain.Owner()
	whole := func(n int64, decimals uint8) *big.Int {
		return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))
	}
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	type step struct {
		what string
		to   common.Address
		data []byte
	}
	steps := []step{
		// One dWETH more than supplied: a further supply then lacks nothing but room under the cap.
		{"mint dWETH", weth.Asset, tok.PackMint(owner, whole(b.Supplied+1, weth.Decimals))},
		{"approve dWETH", weth.Asset, tok.PackApprove(m.Pool, maxUint)},
		{"supply dWETH", m.Pool, pool.PackSupply(weth.Asset, whole(b.Supplied, weth.Decimals), owner, 0)},
		{"mint dUSDC", usdc.Asset, tok.PackMint(owner, whole(4_000_000, usdc.Decimals))},
		{"approve dUSDC", usdc.Asset, tok.PackApprove(m.Pool, maxUint)},
		{"supply dUSDC", m.Pool, pool.PackSupply(usdc.Asset, whole(4_000_000, usdc.Decimals), owner, 0)},
	}
	if b.Borrowed > 0 { // Aave refuses a borrow of 0 (INVALID_AMOUNT)
		steps = append(steps, step{"borrow dWETH", m.Pool, pool.PackBorrow(weth.Asset, whole(b.Borrowed, weth.Decimals), big.NewInt(2), 0, owner)})
	}
	for _, step := range steps {
		if _, err := chain.AsOwner(ctx, &step.to, step.data, 0); err != nil {
			return fmt.Errorf("owner's %s: %w", step.what, err)
		}
	}
	return nil
}
