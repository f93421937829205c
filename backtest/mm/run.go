package mm

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/backtest/report"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// DefaultStaticHalfWidth is the static-range baseline's half-width in ticks.
const DefaultStaticHalfWidth = 1000

// Params configures a market-making backtest on the exact executor.
type Params struct {
	// Config is the agent's config (kind marketmaking): its strategy
	// section, policies, trigger and model are used; chain, key and store
	// are not (the backtest deploys its own chain and keeps its own store).
	Config *config.Config
	// Model is the agent's model, VerifyModels the cards verification
	// re-runs (the set beside the model's card).
	Model        agents.Model
	VerifyModels verify.Models
	// Tape is the market: the pool's opening state and each block's
	// recorded events (EventTape), or a price path's steps (PathTape). At
	// least marketmaking.Window + 1 blocks.
	Tape Tape
	// StaticHalfWidth is the static-range baseline's half-width in ticks
	// around the opening tick; DefaultStaticHalfWidth when 0.
	StaticHalfWidth int32
	// StorePath is the SQLite file the run's records go to; it is
	// replaced if it exists, so a run starts from nothing.
	StorePath string
	// Progress, when set, is called after each block.
	Progress func(done, total int)
	Logger   *slog.Logger
}

// Result is a backtest's report and what the run did besides.
type Result struct {
	Report   report.Run
	Verified int // applied re-ranges verified from the chain alone, as `steward verify` does
	Ticks    int
	Errors   int // ticks that failed (each is logged)
	// FirstBlock is the chain block of the first tick (the blocks before
	// it are the deployment and the market's seed).
	FirstBlock uint64
}

// genesisTime is the backtest chain's genesis time (harness.GenesisTime).
const genesisTime = harness.GenesisTime

// agentKey is the backtest agent's key: fixed, so two runs on the same data
// deploy and sign the same.
func agentKey() (*ecdsa.PrivateKey, error) { return harness.AgentKey("steward backtest agent") }

// Run deploys the embedded chain (real Uniswap v3 bytecode, the guard, the
// registry, the strategy's RangeVault and a second RangeVault for the
// static-range baseline), then drives it block by block along Path: each
// block the market takes its step, then the agent runs its tick — the same
// pipeline as live, its bundles applied through the real
// ParameterGuard.commitAndApply — and both vaults are valued. Blocks are
// processed in lock step, so the same config and data give the same result.
func Run(ctx context.Context, p Params) (*Result, error) {
	if err := p.check(); err != nil {
		return nil, err
	}
	if p.VerifyModels == nil {
		return nil, errors.New("backtest/mm: Params.VerifyModels is required: the exact executor's bundles are verified")
	}
	key, err := agentKey()
	if err != nil {
		return nil, err
	}
	agentAddr := crypto.PubkeyToAddress(key.PublicKey)
	ticks, err := p.Tape.Ticks()
	if err != nil {
		return nil, err
	}
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: ticks, NoBaseLiquidity: true, Funded: []common.Address{agentAddr},
		GenesisTime: genesisTime, Logger: p.Logger})
	if err != nil {
		return nil, fmt.Errorf("embedded chain: %w", err)
	}
	defer chain.Stop()
	if err := chain.Authorize(ctx, agentAddr, p.Model.Digest()); err != nil {
		return nil, fmt.Errorf("authorise the agent: %w", err)
	}
	if _, _, err := chain.Play(ctx, steps(p.Tape.Seed)); err != nil {
		return nil, fmt.Errorf("seed the market: %w", err)
	}
	dep := chain.Deployment()
	client := chain.Client()
	rd := newReader(client, dep.Pool, dep.Token0, dep.Token1)

	static, staticRange, err := deployStatic(ctx, chain, ticks[0], p.StaticHalfWidth)
	if err != nil {
		return nil, fmt.Errorf("static-range baseline: %w", err)
	}
	start := map[common.Address][2]*big.Int{}
	b0, b1, err := rd.balances(ctx, dep.Vault, nil)
	if err != nil {
		return nil, err
	}
	start[dep.Vault] = [2]*big.Int{b0, b1}
	start[static.vault] = static.start // its balances before its one mint
	if err := static.set(ctx); err != nil {
		return nil, fmt.Errorf("static-range baseline: %w", err)
	}

	rec := newRecorder(staticRange)
	agent, st, err := p.newAgent(ctx, chain, key, rec.onReport)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	total := len(p.Tape.Blocks)
	res := &Result{}
	prev, err := client.BlockNumber(ctx)
	if err != nil {
		return nil, err
	}
	for i, b := range p.Tape.Blocks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if _, _, err := chain.Play(ctx, steps(b.Ops)); err != nil {
			return nil, fmt.Errorf("backtest: step %d (recorded block %d): %w", i, b.Recorded, err)
		}
		head, err := client.HeaderByNumber(ctx, nil)
		if err != nil {
			return nil, fmt.Errorf("read head: %w", err)
		}
		if err := stepped(ctx, rd, head, prev, b); err != nil {
			return nil, err
		}
		if i == 0 {
			res.FirstBlock = head.Number.Uint64()
		}
		prev = head.Number.Uint64()
		if err := agent.Tick(ctx, head); err != nil {
			res.Errors++
			p.Logger.Error("tick failed", "block", head.Number, "err", err)
		}
		res.Ticks++
		strat, err := rd.holdings(ctx, dep.Vault, start[dep.Vault][0], start[dep.Vault][1], head.Number)
		if err != nil {
			return nil, fmt.Errorf("value the strategy's vault at block %d: %w", head.Number, err)
		}
		base, err := rd.holdings(ctx, static.vault, start[static.vault][0], start[static.vault][1], head.Number)
		if err != nil {
			return nil, fmt.Errorf("value the baseline vault at block %d: %w", head.Number, err)
		}
		rec.block(head.Number.Uint64(), strat, base)
		if p.Progress != nil {
			p.Progress(i+1, total)
		}
	}
	if res.Verified, err = verifyApplied(ctx, client, dep.Guard, p, rec.applied.Txs); err != nil {
		return nil, err
	}
	res.Report = rec.report(p)
	return res, nil
}

// stepped checks that the chain made exactly one block and that the pool
// is at the price of the block's last swap: a block that failed to seal
// or a step that went astray would otherwise pass unnoticed.
func stepped(ctx context.Context, rd *reader, head *types.Header, prev uint64, b Block) error {
	if n := head.Number.Uint64(); n != prev+1 {
		return fmt.Errorf("backtest: the chain is at block %d after block %d: a block was not sealed", n, prev)
	}
	var want *big.Int
	for _, op := range b.Ops {
		if op.Kind == OpSwapTo {
			want = op.SqrtPriceX96
		}
	}
	if want == nil {
		return nil
	}
	slot, err := call(ctx, rd, rd.pool, rd.poolABI.PackSlot0(), head.Number, rd.poolABI.UnpackSlot0)
	if err != nil {
		return err
	}
	if slot.SqrtPriceX96.Cmp(want) != 0 {
		return fmt.Errorf("backtest: block %d (recorded %d): the pool's sqrtPriceX96 is %s, the block's last swap was to %s", head.Number, b.Recorded, slot.SqrtPriceX96, want)
	}
	return nil
}

func (p *Params) check() error {
	var errs []error
	if p.Config == nil || p.Config.Kind.Name != marketmaking.KindName {
		errs = append(errs, fmt.Errorf("backtest/mm: the config's agent.strategy must be %s", marketmaking.KindName))
	}
	if p.Model == nil {
		errs = append(errs, errors.New("backtest/mm: Params.Model is required"))
	}
	if len(p.Tape.Blocks) < marketmaking.Window+1 {
		errs = append(errs, fmt.Errorf("backtest/mm: the market has %d blocks, at least %d are needed (the strategy's window + 1)", len(p.Tape.Blocks), marketmaking.Window+1))
	} else if err := p.Tape.check(); err != nil {
		errs = append(errs, err)
	}
	if p.StorePath == "" {
		errs = append(errs, errors.New("backtest/mm: Params.StorePath is required"))
	}
	if p.StaticHalfWidth < 0 {
		errs = append(errs, fmt.Errorf("backtest/mm: StaticHalfWidth %d must not be negative", p.StaticHalfWidth))
	}
	if p.StaticHalfWidth == 0 {
		p.StaticHalfWidth = DefaultStaticHalfWidth
	}
	if p.Logger == nil {
		p.Logger = slog.New(slog.DiscardHandler)
	}
	return errors.Join(errs...)
}

// newAgent builds the agent on the embedded chain: the chain executor over
// the durable outbox, as `steward run` has it.
func (p *Params) newAgent(ctx context.Context, chain *devchain.Chain, key *ecdsa.PrivateKey, onReport func(agents.Report)) (*agents.Agent, store.Store, error) {
	dep := chain.Deployment()
	client := chain.Client()
	return p.agentOn(ctx, agentSite{chain: client, pool: dep.Pool, vault: dep.Vault, logs: ingest.NewLogStream(client, 0), key: key,
		executor: harness.ChainExecutor(harness.ChainExecutorParams{Agent: p.Config.Agent.Name, ChainID: chain.ChainID(), Node: client,
			Guard: dep.Guard, Key: key, Logger: p.Logger})}, onReport)
}

// agentSite is where a backtest's agent runs: the chain its program reads,
// the pool and vault it steers, its log source, its key, and the executor
// to build over its store.
type agentSite struct {
	chain       program.ChainReader
	pool, vault common.Address
	logs        agents.LogSource
	key         *ecdsa.PrivateKey
	executor    func(store.Store) (program.Executor, error)
}

// agentOn builds the agent as `steward run` does — the config's program on
// the site's pool and vault, its policies, model and schedule — with a
// fresh SQLite store at StorePath (one that exists is replaced, so a run
// starts from nothing). Both executors build their agents here.
func (p *Params) agentOn(ctx context.Context, at agentSite, onReport func(agents.Report)) (*agents.Agent, store.Store, error) {
	settings := *p.Config.Settings.(*marketmaking.Settings)
	settings.Pool, settings.Vault = at.pool.Hex(), at.vault.Hex()
	if err := settings.Validate(); err != nil {
		return nil, nil, err
	}
	return harness.NewAgent(ctx, harness.Params{Config: p.Config, Settings: &settings, Model: p.Model, StorePath: p.StorePath, Logger: p.Logger, Report: onReport},
		harness.Site{Chain: at.chain, Logs: at.logs, Key: at.key, Executor: at.executor})
}

// staticVault is the baseline: a RangeVault whose "guard" is the chain's
// owner, so its range is set once, directly, and never moved.
type staticVault struct {
	chain        *devchain.Chain
	vault        common.Address
	lower, upper int32
	start        [2]*big.Int
}

func deployStatic(ctx context.Context, chain *devchain.Chain, open, half int32) (*staticVault, [2]int32, error) {
	dep := chain.Deployment()
	vaultABI, tokenABI := bindings.NewRangeVault(), bindings.NewTestToken()
	code := append(common.FromHex(bindings.RangeVaultMetaData.Bin),
		vaultABI.PackConstructor(dep.Pool, chain.Owner(), big.NewInt(devchain.DefaultLiquidity))...)
	r, err := chain.AsOwner(ctx, nil, code, 0)
	if err != nil {
		return nil, [2]int32{}, fmt.Errorf("deploy: %w", err)
	}
	s := &staticVault{chain: chain, vault: r.ContractAddress}
	unlimited := new(big.Int).Lsh(big.NewInt(1), 200)
	for i, tok := range []common.Address{dep.Token0, dep.Token1} {
		if _, err := chain.AsOwner(ctx, &tok, tokenABI.PackMint(s.vault, unlimited), 0); err != nil {
			return nil, [2]int32{}, fmt.Errorf("fund: %w", err)
		}
		s.start[i] = unlimited
	}
	s.lower, s.upper = staticRange(open, half, dep.TickSpacing)
	return s, [2]int32{s.lower, s.upper}, nil
}

// set mints the baseline's one position.
func (s *staticVault) set(ctx context.Context) error {
	vaultABI := bindings.NewRangeVault()
	data := vaultABI.PackApplyParameters([][32]byte{contracts.Param("tickLower"), contracts.Param("tickUpper")},
		[]*big.Int{big.NewInt(int64(s.lower)), big.NewInt(int64(s.upper))})
	_, err := s.chain.AsOwner(ctx, &s.vault, data, 0)
	return err
}

func floorTo(t, spacing int32) int32 {
	q := t / spacing
	if t%spacing != 0 && t < 0 {
		q--
	}
	return q * spacing
}

// verifyApplied verifies every applied re-range from the chain alone, with
// the code behind `steward verify`, and fails on any that does not pass.
func verifyApplied(ctx context.Context, chain verify.Chain, guard common.Address, p Params, txs []common.Hash) (int, error) {
	return harness.Verify(ctx, chain, verify.Config{Guard: guard, Derivers: p.Config.Kind.Derivers, Models: p.VerifyModels}, txs)
}
