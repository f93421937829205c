package mm

import (
	"context"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/devchain"
)

// fastExecutor carries out bundles on the fast chain's vault: in the next
// block, before its market step (where the agent's transaction lands on the
// embedded chain too), after the vault's and the guard's bounds, step and
// cooldown checks replicated in Go with the embedded chain's defaults (one
// cooldown clock for the vault's two parameters, which its bundles always
// change together). Each bundle is a real transaction — the guard's
// commitAndApply calldata, signed by the agent's key — kept in the store
// through the outbox's states (sent, included, confirmed), so the pipeline
// submits and settles it as on a chain; gas is not modelled (0).
type fastExecutor struct {
	chain        *fastChain
	ledger       harness.Ledger
	lower, upper int64 // the guard's current values
	lastApplied  uint64
	applied      bool // a range has been applied (cooldown counts from it)
	pending      *fastBundle
	included     *fastBundle // applied in the block being made
}

type fastBundle struct {
	id           int64
	lower, upper int64
}

// fastChainID signs the fast chain's transactions.
var fastChainID = big.NewInt(57575)

var _ program.Executor = (*fastExecutor)(nil)

func (e *fastExecutor) Recover(context.Context) error                { return nil }
func (e *fastExecutor) Advance(context.Context, *types.Header) error { return nil }
func (e *fastExecutor) InFlight(context.Context) (int, error)        { return 0, nil }

// Recheck: a backtest's history has no reorgs.
func (e *fastExecutor) Recheck(context.Context, program.Submission) (bool, error) { return false, nil }

// Submit checks the bundle as RangeVault and ParameterGuard would, signs it
// and keeps it for the next block.
func (e *fastExecutor) Submit(ctx context.Context, b program.Bundle) (program.Submission, error) {
	if len(b.Actions) == 0 {
		return program.Submission{}, errors.New("fast executor: empty bundle")
	}
	lower, upper := e.lower, e.upper
	for _, a := range b.Actions {
		if a.Call.Target != fastVaultAddr {
			return program.Submission{}, fmt.Errorf("fast executor: a call to %s, not the vault", a.Call.Target)
		}
		for i, p := range a.Call.Params {
			switch p {
			case contracts.Param("tickLower"):
				lower = a.Call.Values[i].Int64()
			case contracts.Param("tickUpper"):
				upper = a.Call.Values[i].Int64()
			default:
				return program.Submission{}, fmt.Errorf("simulation reverted: UnknownParameter(%x)", p)
			}
		}
	}
	if err := e.check(lower, upper); err != nil {
		return program.Submission{}, err
	}
	sub, err := e.ledger.Send(ctx, b)
	if err != nil {
		return program.Submission{}, err
	}
	e.pending = &fastBundle{id: sub.TxID, lower: lower, upper: upper}
	return sub, nil
}

// check is RangeVault.applyParameters' and ParameterGuard._check's checks
// for a bundle landing in the next block.
func (e *fastExecutor) check(lower, upper int64) error {
	m := e.chain.market
	switch s := int64(m.TickSpacing); {
	case lower >= upper || lower < devchain.MinTick || upper > devchain.MaxTick:
		return fmt.Errorf("simulation reverted: InvalidRange(%d, %d)", lower, upper)
	case lower%s != 0:
		return fmt.Errorf("simulation reverted: TickNotAligned(%d, %d)", lower, s)
	case upper%s != 0:
		return fmt.Errorf("simulation reverted: TickNotAligned(%d, %d)", upper, s)
	}
	next := uint64(len(e.chain.headers)) // the block it would land in
	for _, c := range []struct {
		name     string
		from, to int64
		b        devchain.Bounds
	}{{"tickLower", e.lower, lower, m.LowerBounds}, {"tickUpper", e.upper, upper, m.UpperBounds}} {
		switch {
		case c.to < c.b.Min || c.to > c.b.Max:
			return fmt.Errorf("simulation reverted: OutOfBounds(%s, %d, min %d, max %d)", c.name, c.to, c.b.Min, c.b.Max)
		case abs(c.to-c.from) > c.b.MaxStep:
			return fmt.Errorf("simulation reverted: StepTooLarge(%s, %d → %d, max %d)", c.name, c.from, c.to, c.b.MaxStep)
		case c.b.MaxStepBps != 0 && c.from != 0 && abs(c.to-c.from) > abs(c.from)*int64(c.b.MaxStepBps)/10_000:
			return fmt.Errorf("simulation reverted: StepTooLargePercent(%s, %d → %d, max %d bps)", c.name, c.from, c.to, c.b.MaxStepBps)
		case e.applied && next < e.lastApplied+c.b.CooldownBlocks:
			return fmt.Errorf("simulation reverted: CooldownActive(%s, ready at block %d)", c.name, e.lastApplied+c.b.CooldownBlocks)
		}
	}
	return nil
}

// apply carries out the pending bundle at the start of block n.
func (e *fastExecutor) apply(n uint64) error {
	p := e.pending
	if p == nil {
		return nil
	}
	e.pending = nil
	if err := e.chain.rerange(fastVaultAddr, int32(p.lower), int32(p.upper)); err != nil {
		return fmt.Errorf("fast executor: block %d: %w", n, err)
	}
	e.lower, e.upper, e.lastApplied, e.applied = p.lower, p.upper, n, true
	e.included = p
	return nil
}

// sealed records the inclusion of the bundle applied in the block just made.
func (e *fastExecutor) sealed(ctx context.Context, head *types.Header) error {
	p := e.included
	if p == nil {
		return nil
	}
	e.included = nil
	return e.ledger.Include(ctx, p.id, head)
}

// Settle reads the bundle's transaction, as the chain executor does.
func (e *fastExecutor) Settle(ctx context.Context, s program.Submission) (program.Outcome, bool, error) {
	return e.ledger.Settle(ctx, s)
}

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}

// RunFast runs the backtest on the fast executor: the same agent and
// pipeline as Run, on the Go pool model and Go vaults instead of the EVM.
// The market, the baselines and the figures are Run's; gas is 0 and there
// is nothing to verify on a chain (Result.Verified is 0).
func RunFast(ctx context.Context, p Params) (*Result, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	chain, err := newFastChain(p.Tape)
	if err != nil {
		return nil, err
	}
	// The blocks the embedded chain makes before the first tick, as it
	// makes them (the strategy's window back-fills from them): its
	// deployment, the agent's authorisation, the market's seed, then the
	// static baseline, set in the last.
	for len(chain.headers) < fastSeedBlock {
		chain.seal(nil)
	}
	if _, err := chain.step(p.Tape.Seed, func(uint64) error { return nil }); err != nil {
		return nil, fmt.Errorf("seed the market: %w", err)
	}
	for len(chain.headers) < fastFirstBlock-1 {
		chain.seal(nil)
	}
	lo, hi := staticRange(chain.market.StartTick, p.StaticHalfWidth, chain.market.TickSpacing)
	if err := chain.rerange(fastStatic, lo, hi); err != nil {
		return nil, fmt.Errorf("static-range baseline: %w", err)
	}
	chain.seal(nil)
	exec := &fastExecutor{chain: chain, lower: chain.market.GuardLower, upper: chain.market.GuardUpper}
	rec := newRecorder([2]int32{lo, hi})
	agent, closeStore, err := p.newFastAgent(ctx, chain, exec, rec.onReport)
	if err != nil {
		return nil, err
	}
	defer closeStore()
	res := &Result{}
	total := len(p.Tape.Blocks)
	for i, b := range p.Tape.Blocks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		head, err := chain.step(b.Ops, exec.apply)
		if err != nil {
			return nil, err
		}
		if err := exec.sealed(ctx, head); err != nil {
			return nil, err
		}
		if i == 0 {
			res.FirstBlock = head.Number.Uint64()
		}
		if err := agent.Tick(ctx, head); err != nil {
			res.Errors++
			p.Logger.Error("tick failed", "block", head.Number, "err", err)
		}
		res.Ticks++
		strat, err := chain.holdings(fastVaultAddr)
		if err != nil {
			return nil, err
		}
		base, err := chain.holdings(fastStatic)
		if err != nil {
			return nil, err
		}
		rec.block(head.Number.Uint64(), strat, base)
		if p.Progress != nil {
			p.Progress(i+1, total)
		}
	}
	res.Report = rec.report(p)
	res.Report.Executor = "fast"
	return res, nil
}

// newFastAgent builds the agent on the fast chain, with exec over its store.
func (p *Params) newFastAgent(ctx context.Context, chain *fastChain, exec *fastExecutor, onReport func(agents.Report)) (*agents.Agent, func(), error) {
	key, err := agentKey()
	if err != nil {
		return nil, nil, err
	}
	agent, st, err := p.agentOn(ctx, agentSite{chain: chain, pool: fastPool, vault: fastVaultAddr, logs: chain, key: key,
		executor: func(st store.Store) (program.Executor, error) {
			exec.ledger = harness.Ledger{Store: st, Key: key, Agent: p.Config.Agent.Name, Guard: fastGuard, ChainID: fastChainID}
			return exec, nil
		}}, onReport)
	if err != nil {
		return nil, nil, err
	}
	return agent, func() { st.Close() }, nil
}

// staticRange is the static baseline's range: ± half ticks around open,
// aligned to the spacing (as deployStatic sets it on the EVM).
func staticRange(open, half, spacing int32) (int32, int32) {
	return floorTo(open-half, spacing), floorTo(open+half, spacing) + spacing
}
