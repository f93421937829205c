package lending

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/backtest/report"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/risk"
)

// Params configures a lending-risk backtest.
type Params struct {
	// Config is the agent's config (kind risk): its strategy section,
	// policies, trigger and model are used; chain, key and store are not
	// (the backtest deploys its own markets and keeps its own store).
	Config *config.Config
	// Model is the agent's model, VerifyModels the cards verification
	// re-runs (the set beside the model's card; the exact executor only).
	Model        agents.Model
	VerifyModels verify.Models
	// Path is the collateral's oracle price (USD, 8 decimals) at each
	// step; at least the strategy's window + 1 steps.
	Path []*big.Int
	// FirstBlock is the source block of Path[0] and Every the source
	// blocks a step takes: the report's x axis, and how the config's
	// step (source blocks between the model's prices) maps onto steps.
	FirstBlock uint64
	Every      int
	// Source says where the path came from, for the report.
	Source string
	// Seed fixes the activity; both markets use it.
	Seed uint64
	// StorePath is the SQLite file the run's records go to; it is
	// replaced if it exists, so a run starts from nothing.
	StorePath string
	// Progress, when set, is called after each step.
	Progress func(done, total int)
	Logger   *slog.Logger
}

// Result is a backtest's report and what the run did besides.
type Result struct {
	Report report.Lending
	// Changes are the parameters the guard applied for the agent, in order.
	Changes []Change
	// Verified counts the applied transactions verified from the chain
	// alone, as `steward verify` does (exact executor; 0 on the fast one).
	Verified int
	Ticks    int
	Errors   int // ticks that failed (each is logged)
	// FirstBlock and LastBlock are the agent's chain blocks of the first
	// and last tick (the blocks before are the deployment and set-up).
	FirstBlock, LastBlock uint64
}

// Change is one risk parameter the guard applied.
type Change struct {
	// Step is the first step that saw it; Block that step's source block.
	Step  int
	Block uint64
	// Price is the collateral's price at the step, USD.
	Price float64
	// Param is the steward's field (ltv, liquidationThreshold, …).
	Param    string
	Old, New int64
}

// check checks p, and for the exact executor that it can verify.
func (p *Params) check(exact bool) error {
	var errs []error
	if exact && p.VerifyModels == nil {
		errs = append(errs, errors.New("backtest/lending: Params.VerifyModels is required: the exact executor's changes are verified"))
	}
	if p.Config == nil || p.Config.Kind.Name != risk.KindName {
		errs = append(errs, fmt.Errorf("backtest/lending: the config's agent.strategy must be %s", risk.KindName))
	} else if _, ok := p.Config.Settings.(*risk.Settings); !ok {
		errs = append(errs, fmt.Errorf("backtest/lending: the config's strategy settings are %T, not risk's", p.Config.Settings))
	}
	if p.Model == nil {
		errs = append(errs, errors.New("backtest/lending: Params.Model is required"))
	}
	if p.Every < 1 {
		errs = append(errs, fmt.Errorf("backtest/lending: Params.Every %d: a step takes at least one source block", p.Every))
	}
	if p.StorePath == "" {
		errs = append(errs, errors.New("backtest/lending: Params.StorePath is required"))
	}
	for i, price := range p.Path {
		if price == nil || price.Sign() <= 0 {
			errs = append(errs, fmt.Errorf("backtest/lending: Path[%d] %v is not a positive price", i, price))
			break
		}
	}
	if errs == nil {
		if need := p.settings().Window + 1; len(p.Path) < need {
			errs = append(errs, fmt.Errorf("backtest/lending: the path has %d steps, at least %d are needed (the strategy's window + 1)", len(p.Path), need))
		}
	}
	if p.Logger == nil {
		p.Logger = slog.New(slog.DiscardHandler)
	}
	return errors.Join(errs...)
}

// settings are the config's strategy settings with the model's step in
// steps: the config counts it in source blocks (4, the model's 48 s on
// Ethereum), and a step of the backtest is Every source blocks.
func (p *Params) settings() risk.Settings {
	s := *p.Config.Settings.(*risk.Settings)
	s.Step = max(1, s.Step/max(p.Every, 1))
	return s
}

// agentKey is the backtest agent's key: fixed, so two runs deploy and
// sign the same.
func agentKey() (*ecdsa.PrivateKey, error) { return harness.AgentKey("steward lending backtest agent") }

// genesisTime is the backtest chain's genesis time (harness.GenesisTime).
const genesisTime = harness.GenesisTime

// market is one side of the backtest: a lending market with the
// activity on it, on either executor.
type market interface {
	// step takes the activity's next step, makes sure it made a block
	// (one without transactions if the step sent none), and returns the
	// head and what the step did.
	step(ctx context.Context) (*types.Header, devchain.AaveStep, error)
	// reader reads the market at its head.
	reader() *reader
	// borrowers are the activity's borrowers.
	borrowers() []common.Address
}

// run drives both markets along the path, then reports: each step the
// static market and the agent's take the activity's step, the agent
// ticks on its market's new head, and both are recorded. No clock
// decides what lands in which block, so the same config, path and seed
// give the same result on every run.
func run(ctx context.Context, p *Params, steered, static market, agent *agents.Agent, rec *recorder) (*Result, error) {
	if err := rec.start(ctx, steered, static); err != nil {
		return nil, err
	}
	res := &Result{}
	for i := range p.Path {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		_, ss, err := static.step(ctx)
		if err != nil {
			return nil, fmt.Errorf("static market: step %d: %w", i, err)
		}
		head, as, err := steered.step(ctx)
		if err != nil {
			return nil, fmt.Errorf("agent's market: step %d: %w", i, err)
		}
		if i == 0 {
			res.FirstBlock = head.Number.Uint64()
		}
		res.LastBlock = head.Number.Uint64()
		if err := agent.Tick(ctx, head); err != nil {
			res.Errors++
			p.Logger.Error("tick failed", "block", head.Number, "step", i, "err", err)
		}
		res.Ticks++
		if err := rec.step(ctx, i, [2]devchain.AaveStep{as, ss}, [2]market{steered, static}); err != nil {
			return nil, fmt.Errorf("step %d: %w", i, err)
		}
		if p.Progress != nil {
			p.Progress(i+1, len(p.Path))
		}
	}
	var err error
	res.Report, res.Changes, err = rec.report(ctx, [2]market{steered, static})
	return res, err
}
