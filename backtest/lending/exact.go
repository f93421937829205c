package lending

import (
	"context"
	"crypto/ecdsa"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
)

// exactMarket is a market on the exact executor: an embedded chain with
// the real Aave v3 bytecode (devchain.DeployAave), the guard and registry,
// and devchain's activity driving real transactions.
type exactMarket struct {
	chain *devchain.Chain
	m     devchain.AaveMarket
	act   *devchain.AaveActivity
	rd    *reader
}

var _ market = (*exactMarket)(nil)

// newExactMarket starts a chain, authorises agent for the model, deploys
// the market and sets the activity up on it. Both markets of a run are
// made the same way, so their blocks, and times, match step for step.
func newExactMarket(ctx context.Context, p *Params, agent common.Address, model common.Hash) (*exactMarket, error) {
	s := p.settings()
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199000}, Funded: []common.Address{agent},
		GenesisTime: genesisTime, Logger: p.Logger})
	if err != nil {
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	e := &exactMarket{chain: chain}
	if err := e.setUp(ctx, p, s.Collateral.Symbol, s.Borrowed.Symbol, agent, model); err != nil {
		chain.Stop()
		return nil, err
	}
	return e, nil
}

func (e *exactMarket) setUp(ctx context.Context, p *Params, collateral, debt string, agent common.Address, model common.Hash) (err error) {
	if err := e.chain.Authorize(ctx, agent, model); err != nil {
		return fmt.Errorf("authorise the agent: %w", err)
	}
	if e.m, err = e.chain.DeployAave(ctx, devchain.AaveParams{}); err != nil {
		return fmt.Errorf("deploy Aave v3: %w", err)
	}
	if e.act, err = e.chain.NewAaveActivity(ctx, devchain.AaveActivityConfig{Market: e.m, Collateral: collateral, Debt: debt,
		Prices: p.Path, Seed: p.Seed, Logger: p.Logger}); err != nil {
		return fmt.Errorf("activity: %w", err)
	}
	e.rd, err = newReader(e.chain.Client(), e.m, collateral, debt, e.chain.Owner())
	return err
}

func (e *exactMarket) step(ctx context.Context) (*types.Header, devchain.AaveStep, error) {
	client := e.chain.Client()
	before, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, devchain.AaveStep{}, err
	}
	s, err := e.act.Step(ctx)
	if err != nil {
		return nil, s, err
	}
	head, err := client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, s, err
	}
	if head.Number.Uint64() == before {
		// Nothing moved: a block all the same, as the fast chain makes,
		// and the one the agent's pending transaction lands in.
		if _, _, err := e.chain.Play(ctx, nil); err != nil {
			return nil, s, err
		}
		if head, err = client.HeaderByNumber(ctx, nil); err != nil {
			return nil, s, err
		}
	}
	return head, s, nil
}

func (e *exactMarket) reader() *reader             { return e.rd }
func (e *exactMarket) borrowers() []common.Address { return e.act.Borrowers() }

// Run runs the backtest on the exact executor: two embedded chains with
// the real Aave v3 bytecode and the same activity (same seed), one whose
// parameters the agent steers through the guard, one left as deployed;
// then verifies every applied change from the chain alone.
func Run(ctx context.Context, p Params) (*Result, error) {
	if err := p.check(true); err != nil {
		return nil, err
	}
	key, err := agentKey()
	if err != nil {
		return nil, err
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	static, err := newExactMarket(ctx, &p, addr, p.Model.Digest())
	if err != nil {
		return nil, fmt.Errorf("static market: %w", err)
	}
	defer static.chain.Stop()
	steered, err := newExactMarket(ctx, &p, addr, p.Model.Digest())
	if err != nil {
		return nil, fmt.Errorf("agent's market: %w", err)
	}
	defer steered.chain.Stop()
	rec := newRecorder(&p, "exact")
	agent, st, err := exactAgent(ctx, &p, steered, key, rec.onReport)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	res, err := run(ctx, &p, steered, static, agent, rec)
	if err != nil {
		return nil, err
	}
	cfg := verify.Config{Guard: steered.chain.Deployment().Guard, Derivers: p.Config.Kind.Derivers, Models: p.VerifyModels}
	if res.Verified, err = harness.Verify(ctx, steered.chain.Client(), cfg, rec.applied.Txs); err != nil {
		return nil, err
	}
	return res, nil
}

// exactAgent builds the agent on the steered market's chain: the chain
// executor over the durable outbox, as `steward run` has it.
func exactAgent(ctx context.Context, p *Params, e *exactMarket, key *ecdsa.PrivateKey, onReport func(agents.Report)) (*agents.Agent, store.Store, error) {
	s := p.settings()
	if err := FillSettings(&s, e.m); err != nil {
		return nil, nil, err
	}
	client, guard := e.chain.Client(), e.chain.Deployment().Guard
	return harness.NewAgent(ctx, harness.Params{Config: p.Config, Settings: &s, Model: p.Model, StorePath: p.StorePath, Logger: p.Logger, Report: onReport},
		harness.Site{Chain: client, Logs: ingest.NewLogStream(client, 0), Key: key,
			Executor: harness.ChainExecutor(harness.ChainExecutorParams{Agent: p.Config.Agent.Name, ChainID: e.chain.ChainID(), Node: client,
				Guard: guard, Key: key, Logger: p.Logger})})
}
