package lending

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/backtest/aavev3"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/devchain"
)

// fastExecutor carries out the agent's bundles on the fast market, as
// ParameterGuard.commitAndApply and AaveRiskSteward do on the embedded
// chain: each parameter checked against the guard's bounds, step and
// cooldown for the steward (devchain.AaveGuardBounds with the embedded
// market's cooldown, each parameter its own clock), each non-zero cap
// against the reserve's usage as the steward counts it (CapBelowUsage),
// then the changed collateral configuration against the
// PoolConfigurator's checks — all
// at Submit, for the block the bundle would land in, as the chain
// executor's simulation does; a bundle that passes is applied at the
// start of the next block, before the market's transactions (where the
// embedded chain orders it). Bundles are kept in the store as
// transactions (harness.Ledger); gas is not modelled.
type fastExecutor struct {
	harness.Ledger
	f       *fastMarket
	guard   map[[32]byte]*guardParam
	pending *fastBundle
}

// guardParam is one guarded parameter: the reserve and field it sets,
// the guard's bounds, its current value and the block it last moved in.
type guardParam struct {
	name   string
	asset  common.Address
	field  string
	bounds devchain.Bounds
	value  int64
	last   uint64
}

type fastBundle struct {
	id     int64
	params [][32]byte
	values []int64
}

var _ program.Executor = (*fastExecutor)(nil)

func newFastExecutor(f *fastMarket) *fastExecutor {
	e := &fastExecutor{f: f, guard: map[[32]byte]*guardParam{}}
	for _, r := range f.addrs.Reserves {
		for i, b := range devchain.AaveGuardBounds(r.AaveReserve, devchain.DefaultAaveCooldown) {
			e.guard[contracts.Param(b.Param)] = &guardParam{name: b.Param, asset: r.Asset, field: contracts.AaveFields()[i], bounds: b.Bounds, value: b.Initial}
		}
	}
	return e
}

// Recover, Advance, InFlight and Recheck: nothing is ever in flight
// between blocks, and a backtest's history has no reorgs.
func (e *fastExecutor) Recover(context.Context) error                             { return nil }
func (e *fastExecutor) Advance(context.Context, *types.Header) error              { return nil }
func (e *fastExecutor) InFlight(context.Context) (int, error)                     { return 0, nil }
func (e *fastExecutor) Recheck(context.Context, program.Submission) (bool, error) { return false, nil }

// Submit checks the bundle as the guard and the steward would in the next
// block, signs it and keeps it for that block.
func (e *fastExecutor) Submit(ctx context.Context, b program.Bundle) (program.Submission, error) {
	next := e.f.head().Number.Uint64() + 1
	p := &fastBundle{}
	for _, a := range b.Actions {
		if a.Call.Target != e.f.addrs.Steward {
			return program.Submission{}, fmt.Errorf("fast executor: a call to %s, not the AaveRiskSteward", a.Call.Target.Hex())
		}
		for i, param := range a.Call.Params {
			g, ok := e.guard[param]
			if !ok {
				return program.Submission{}, fmt.Errorf("simulation reverted: UnknownParameter(%s, %x)", a.Call.Target.Hex(), param)
			}
			if err := g.check(a.Call.Values[i], next); err != nil {
				return program.Submission{}, err
			}
			p.params, p.values = append(p.params, param), append(p.values, a.Call.Values[i].Int64())
		}
	}
	if err := e.configure(e.f.m.Clone(), p); err != nil {
		return program.Submission{}, fmt.Errorf("simulation reverted: %w", err)
	}
	sub, err := e.Send(ctx, b)
	if err != nil {
		return program.Submission{}, err
	}
	p.id, e.pending = sub.TxID, p
	return sub, nil
}

// check is ParameterGuard._check for a change to v landing in block next.
func (g *guardParam) check(v *big.Int, next uint64) error {
	if !v.IsInt64() {
		return fmt.Errorf("simulation reverted: OutOfBounds(%s, %s)", g.name, v)
	}
	to, b := v.Int64(), g.bounds
	step := to - g.value
	if step < 0 {
		step = -step
	}
	from := g.value
	if from < 0 {
		from = -from
	}
	switch {
	case to < b.Min || to > b.Max:
		return fmt.Errorf("simulation reverted: OutOfBounds(%s, %d, min %d, max %d)", g.name, to, b.Min, b.Max)
	case step > b.MaxStep:
		return fmt.Errorf("simulation reverted: StepTooLarge(%s, %d → %d, max %d)", g.name, g.value, to, b.MaxStep)
	case b.MaxStepBps != 0 && g.value != 0 && step > from*int64(b.MaxStepBps)/10_000:
		return fmt.Errorf("simulation reverted: StepTooLargePercent(%s, %d → %d, max %d bps)", g.name, g.value, to, b.MaxStepBps)
	case g.last != 0 && next < g.last+b.CooldownBlocks:
		return fmt.Errorf("simulation reverted: CooldownActive(%s, ready at block %d)", g.name, g.last+b.CooldownBlocks)
	}
	return nil
}

// configure sets the bundle's values on m's reserves as AaveRiskSteward
// does (caps, each refused below usage, then each reserve's collateral
// fields together, the others kept), with the PoolConfigurator's checks.
func (e *fastExecutor) configure(m *aavev3.Market, p *fastBundle) error {
	next := map[common.Address]*aavev3.ReserveConfig{}
	var order []common.Address
	for i, param := range p.params {
		g := e.guard[param]
		cfg, ok := next[g.asset]
		if !ok {
			rd, err := m.ReserveData(g.asset)
			if err != nil {
				return err
			}
			cfg, order = &rd.Config, append(order, g.asset)
			next[g.asset] = cfg
		}
		v := p.values[i]
		switch g.field {
		case contracts.AaveLTV:
			cfg.LTV = uint16(v)
		case contracts.AaveLiquidationThreshold:
			cfg.LiquidationThreshold = uint16(v)
		case contracts.AaveLiquidationBonus:
			cfg.LiquidationBonus = uint16(v)
		case contracts.AaveSupplyCap, contracts.AaveBorrowCap:
			if err := capCoversUsage(m, g, v); err != nil {
				return err
			}
			if g.field == contracts.AaveSupplyCap {
				cfg.SupplyCap = uint64(v)
			} else {
				cfg.BorrowCap = uint64(v)
			}
		}
	}
	for _, asset := range order {
		if err := m.SetReserveConfig(asset, *next[asset]); err != nil {
			return err
		}
	}
	return nil
}

// capCoversUsage is AaveRiskSteward._checkCap: a non-zero cap below the
// reserve's usage (AaveRiskSteward.usageOf: aToken supply + accruedToTreasury
// × normalized income, or variable debt; no stable debt in the model) in
// whole tokens rounded up reverts CapBelowUsage.
func capCoversUsage(m *aavev3.Market, g *guardParam, capValue int64) error {
	if capValue == 0 {
		return nil
	}
	rd, err := m.ReserveData(g.asset)
	if err != nil {
		return err
	}
	var used, part uint256.Int
	if g.field == contracts.AaveSupplyCap {
		income, err := m.NormalizedIncome(g.asset)
		if err != nil {
			return err
		}
		if err := aavev3.RayMul(&used, &rd.ScaledATokenSupply, &income); err != nil {
			return err
		}
		if err := aavev3.RayMul(&part, &rd.AccruedToTreasury, &income); err != nil {
			return err
		}
	} else {
		index, err := m.NormalizedVariableDebt(g.asset)
		if err != nil {
			return err
		}
		if err := aavev3.RayMul(&used, &rd.ScaledVariableDebt, &index); err != nil {
			return err
		}
	}
	usedWei := new(big.Int).Add(used.ToBig(), part.ToBig())
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(rd.Config.Decimals)), nil)
	whole, rem := new(big.Int).QuoRem(usedWei, unit, new(big.Int))
	if rem.Sign() > 0 {
		whole.Add(whole, big.NewInt(1))
	}
	if big.NewInt(capValue).Cmp(whole) < 0 {
		return fmt.Errorf("AaveRiskSteward.CapBelowUsage(param=%q, cap=%d, usage=%s)", g.name, capValue, whole)
	}
	return nil
}

// apply carries out the pending bundle first in block head, and records
// its inclusion.
func (e *fastExecutor) apply(ctx context.Context, head *types.Header) error {
	p := e.pending
	if p == nil {
		return nil
	}
	e.pending = nil
	n := head.Number.Uint64()
	if err := e.configure(e.f.m, p); err != nil {
		return fmt.Errorf("fast executor: block %d: the bundle checked at submission failed: %w", n, err)
	}
	for i, param := range p.params {
		g := e.guard[param]
		g.value, g.last = p.values[i], n
	}
	return e.Include(ctx, p.id, head)
}

// RunFast runs the backtest on the fast executor: the same agent and
// pipeline as Run, and the same activity (same seed) on two markets, on
// backtest/aavev3's Go model instead of the EVM. Gas is 0 and there is
// nothing to verify on a chain (Result.Verified is 0).
func RunFast(ctx context.Context, p Params) (*Result, error) {
	if err := p.check(false); err != nil {
		return nil, err
	}
	key, err := agentKey()
	if err != nil {
		return nil, err
	}
	static, err := newFastMarket(&p)
	if err != nil {
		return nil, fmt.Errorf("static market: %w", err)
	}
	steered, err := newFastMarket(&p)
	if err != nil {
		return nil, fmt.Errorf("agent's market: %w", err)
	}
	exec := newFastExecutor(steered)
	steered.onBlock = func(h *types.Header) error { return exec.apply(ctx, h) }
	s := p.settings()
	if err := FillSettings(&s, steered.addrs); err != nil {
		return nil, err
	}
	rec := newRecorder(&p, "fast")
	agent, st, err := harness.NewAgent(ctx, harness.Params{Config: p.Config, Settings: &s, Model: p.Model, StorePath: p.StorePath, Logger: p.Logger, Report: rec.onReport},
		harness.Site{Chain: steered, Logs: steered, Key: key, Executor: func(st store.Store) (program.Executor, error) {
			exec.Ledger = harness.Ledger{Store: st, Key: key, Agent: p.Config.Agent.Name, Guard: steered.addrs.Guard, ChainID: fastChainID}
			return exec, nil
		}})
	if err != nil {
		return nil, err
	}
	defer st.Close()
	return run(ctx, &p, steered, static, agent, rec)
}
