package mm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/backtest/report"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// fastExecutor carries out bundles on the fast chain's vault: in the next
// block, after its market step (where the agent's transaction lands on the
// embedded chain too), after the guard's
// bounds, step and cooldown checks replicated in Go with the embedded
// chain's defaults. The pipeline records each bundle as a dry run does
// (nothing is sent); gas is not modelled (0).
type fastExecutor struct {
	chain        *fastChain
	lower, upper int64 // the guard's current values
	lastApplied  uint64
	applied      bool // a range has been applied (cooldown counts from it)
	pending      *fastBundle
	log          []appliedRange
}

type fastBundle struct{ lower, upper int64 }

type appliedRange struct {
	block        uint64
	lower, upper int64
}

var _ program.Executor = (*fastExecutor)(nil)

func (e *fastExecutor) Recover(context.Context) error                { return nil }
func (e *fastExecutor) Advance(context.Context, *types.Header) error { return nil }
func (e *fastExecutor) InFlight(context.Context) (int, error)        { return 0, nil }

// Submit checks the bundle as ParameterGuard would and keeps it for the
// next block.
func (e *fastExecutor) Submit(_ context.Context, b program.Bundle) (program.Submission, error) {
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
				return program.Submission{}, fmt.Errorf("fast executor: UnknownParameter %x", p)
			}
		}
	}
	m := e.chain.market
	next := uint64(len(e.chain.headers)) // the block it would land in
	for _, c := range []struct {
		name     string
		from, to int64
		b        devchain.Bounds
	}{{"tickLower", e.lower, lower, m.LowerBounds}, {"tickUpper", e.upper, upper, m.UpperBounds}} {
		switch {
		case c.to < c.b.Min || c.to > c.b.Max:
			return program.Submission{}, fmt.Errorf("simulation reverted: OutOfBounds(%s, %d, min %d, max %d)", c.name, c.to, c.b.Min, c.b.Max)
		case abs(c.to-c.from) > c.b.MaxStep:
			return program.Submission{}, fmt.Errorf("simulation reverted: StepTooLarge(%s, %d → %d, max %d)", c.name, c.from, c.to, c.b.MaxStep)
		case e.applied && next < e.lastApplied+c.b.CooldownBlocks:
			return program.Submission{}, fmt.Errorf("simulation reverted: CooldownActive(%s, ready at block %d)", c.name, e.lastApplied+c.b.CooldownBlocks)
		}
	}
	e.pending = &fastBundle{lower: lower, upper: upper}
	// Nothing is sent anywhere: the pipeline records the decision, as a
	// dry run does, and the vault moves at the next block.
	return program.Submission{}, nil
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
	e.log = append(e.log, appliedRange{block: n, lower: p.lower, upper: p.upper})
	return nil
}

// Settle is never asked: a fast bundle is recorded, not pending.
func (e *fastExecutor) Settle(context.Context, program.Submission) (program.Outcome, bool, error) {
	return program.Outcome{}, true, errors.New("fast executor: a bundle is never pending")
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
	chain, err := newFastChain(p.Path)
	if err != nil {
		return nil, err
	}
	lo, hi := staticRange(p.Path[0], p.StaticHalfWidth, chain.market.TickSpacing)
	if err := chain.rerange(fastStatic, lo, hi); err != nil {
		return nil, fmt.Errorf("static-range baseline: %w", err)
	}
	exec := &fastExecutor{chain: chain, lower: chain.market.GuardLower, upper: chain.market.GuardUpper}
	rec := newRecorder([2]int32{lo, hi})
	agent, closeStore, err := p.newFastAgent(ctx, chain, exec, rec.onReport)
	if err != nil {
		return nil, err
	}
	defer closeStore()
	res := &Result{}
	total := len(p.Path) - 1
	for i := 1; i <= total; i++ {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		head, err := chain.step(p.Path[i], exec.apply)
		if err != nil {
			return nil, err
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
		rec.block(head.Number.Uint64(), p.Path[i], strat, base)
		if p.Progress != nil {
			p.Progress(i, total)
		}
	}
	for _, a := range exec.log {
		rec.reranges++
		rec.markers = append(rec.markers, report.Marker{Block: a.block, Label: fmt.Sprintf("re-range to [%d, %d]", a.lower, a.upper)})
	}
	res.Report = rec.report(p)
	res.Report.Executor = "fast"
	return res, nil
}

// newFastAgent builds the agent as newAgent does, on the fast chain.
func (p *Params) newFastAgent(ctx context.Context, chain *fastChain, exec program.Executor, onReport func(agents.Report)) (*agents.Agent, func(), error) {
	settings := *p.Config.Settings.(*marketmaking.Settings)
	settings.Pool, settings.Vault = fastPool.Hex(), fastVaultAddr.Hex()
	if err := settings.Validate(); err != nil {
		return nil, nil, err
	}
	prog, err := p.Config.Kind.Build(ctx, &settings, chain)
	if err != nil {
		return nil, nil, err
	}
	engine, err := p.Config.NewEngine()
	if err != nil {
		return nil, nil, err
	}
	if err := os.Remove(p.StorePath); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, err
	}
	st, err := agents.OpenStore(ctx, config.Store{Driver: config.StoreSQLite, DSN: p.StorePath})
	if err != nil {
		return nil, nil, err
	}
	key, err := agentKey()
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	agent, err := agents.New(ctx, agents.Config{
		Name: p.Config.Agent.Name, Address: crypto.PubkeyToAddress(key.PublicKey), Program: prog, Model: p.Model,
		Policies: engine, Store: st, Executor: exec, Logs: chain, Schedule: p.Config.Trigger.Schedule,
		Logger: slog.New(slog.DiscardHandler), Report: onReport,
	})
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return agent, func() { st.Close() }, nil
}

// staticRange is the static baseline's range: ± half ticks around open,
// aligned to the spacing (as deployStatic sets it on the EVM).
func staticRange(open, half, spacing int32) (int32, int32) {
	return floorTo(open-half, spacing), floorTo(open+half, spacing) + spacing
}
