package main

import (
	"bytes"
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/commit"
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

// TestLendingRefusals: a change that breaks an Aave invariant (LTV above
// the threshold) or a guard bound (a 10-point LTV step) is refused by the
// shipped config's policies, naming the policy; with the policies bypassed
// the same change is refused at simulation by Aave or by the guard, and
// the decision records the contract's named error. Nothing is applied.
func TestLendingRefusals(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cases := []struct {
		name        string
		set         map[string]int64
		policy      string // the shipped policy that refuses it
		contract    string // what reverts it without policies
		contractErr string
	}{
		{"LTV above the threshold", map[string]int64{contracts.AaveLiquidationThreshold: 7800}, "ltv-below-threshold", "Aave", "INVALID_RESERVE_PARAMS"},
		{"a 10-point LTV step", map[string]int64{contracts.AaveLTV: 7050}, "step", "ParameterGuard", "StepTooLarge"},
	}
	for _, tc := range cases {
		for _, withPolicies := range []bool{true, false} {
			name := tc.name + map[bool]string{true: ", policies", false: ", no policies"}[withPolicies]
			t.Run(name, func(t *testing.T) {
				reports, st := runBadPlan(ctx, t, tc.set, withPolicies)
				if withPolicies {
					d, err := st.LastDecision(ctx, "aave-risk", store.DecisionRejected)
					if err != nil || !strings.Contains(d.Reason, tc.policy) {
						t.Fatalf("last rejected decision %+v, %v; want one refused by %s\nreports: %v", d, err, tc.policy, reports)
					}
				} else {
					d, err := st.LastDecision(ctx, "aave-risk", store.DecisionFailed)
					if err != nil || !strings.Contains(d.Reason, tc.contract+"."+tc.contractErr) {
						t.Fatalf("last failed decision %+v, %v; want %s.%s\nreports: %v", d, err, tc.contract, tc.contractErr, reports)
					}
				}
				if _, err := st.LastDecision(ctx, "aave-risk", store.DecisionConfirmed); !errors.Is(err, store.ErrNotFound) {
					t.Fatalf("a decision was applied: %v", err)
				}
			})
		}
	}
}

// badPlan is the risk program with its decision replaced by a fixed change.
type badPlan struct {
	*risk.Program
	steward common.Address
	symbol  string
	set     map[string]int64
}

func (b badPlan) Decide(obs program.Observation, _ []program.Output) (program.Plan, error) {
	action := map[string]any{"risk": int64(0), "ltv": int64(8050), "liquidationThreshold": int64(8300), "liquidationBonus": int64(10500),
		"supplyCap": int64(3_000_000), "borrowCap": int64(2_700_000)}
	call := program.Call{Target: b.steward}
	for _, f := range []string{contracts.AaveLTV, contracts.AaveLiquidationThreshold} {
		if v, ok := b.set[f]; ok {
			action[f] = v
			call.Params = append(call.Params, contracts.Param(contracts.AaveParam(b.symbol, f)))
			call.Values = append(call.Values, big.NewInt(v))
		}
	}
	return program.Plan{Action: action, Calls: []program.Call{call}, Context: commit.Context{Strategy: risk.DerivationName, Values: []int64{0}}}, nil
}

// runBadPlan runs the shipped lending agent on a fresh market for a few
// blocks with its decision replaced by set, and returns its reports and
// store.
func runBadPlan(ctx context.Context, t *testing.T, set map[string]int64, withPolicies bool) ([]string, store.Store) {
	t.Helper()
	cfg, mdl, err := demoAgent(agents.RepoPath("configs/aave-risk.yaml"), risk.KindName, "lending")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mdl.Close() })
	if !withPolicies {
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
	m, err := chain.DeployAave(ctx, devchain.AaveParams{})
	if err != nil {
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
	prog := badPlan{Program: built.(*risk.Program), steward: m.Steward, symbol: settings.Collateral.Symbol, set: set}
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
	return reports, st
}
