package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"
	"sync"
	"text/tabwriter"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/backtest/lending"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/risk"
)

// lendingDemoParams configures `steward demo --scenario lending`.
type lendingDemoParams struct {
	ConfigPath    string
	StorePath     string
	BlockInterval time.Duration
	// Every takes one price of WETHCrashPath every Every Ethereum blocks
	// (default 4: 360 steps); Steps, when set, stops after that many.
	Every, Steps int
	// Seed fixes the activity (both runs use it).
	Seed   uint64
	Out    io.Writer
	Logger *slog.Logger
}

// lendingOutcome is how a run of the activity ended (backtest/lending).
type lendingOutcome = lending.Outcome

// paramChange is one parameter the guard applied.
type paramChange struct {
	Block    uint64
	Step     int // the activity's step when it was applied
	Price    float64
	Param    string
	Old, New int64
}

// lendingResult is what the demo did.
type lendingResult struct {
	Agent, Static lendingOutcome
	Changes       []paramChange
	// Low is the step of the path's lowest price.
	Low      int
	Verdicts []verify.Verdict
}

func runLendingDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	p := lendingDemoParams{Out: stdout}
	fs.StringVar(&p.ConfigPath, "c", "", "agent config (default configs/aave-risk.yaml)")
	fs.DurationVar(&p.BlockInterval, "block-time", 150*time.Millisecond, "block interval of the embedded chain")
	fs.StringVar(&p.StorePath, "store", "", "SQLite file for the run (default data/demo-lending-<time>.db)")
	fs.IntVar(&p.Every, "every", 4, "one price of the 1,440-block ETH sell-off every N Ethereum blocks")
	fs.Uint64Var(&p.Seed, "seed", 1, "the activity's seed (the agent's run and the static run share it)")
	verbose := fs.Bool("v", false, "log pipeline details to stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	p.Logger = slog.New(slog.DiscardHandler)
	if *verbose {
		p.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	_, err := lendingDemo(ctx, p)
	return err
}

// lendingPath is the demo's price path: WETHCrashPath, one price every
// `every` blocks, at most steps of them (0: all).
func lendingPath(every, steps int) ([]*big.Int, error) { return lending.Path(every, steps) }

// lendingDemo runs the risk agent live on an Aave v3 market of real
// bytecode while suppliers, borrowers and a liquidator act along the real
// ETH sell-off; runs the same activity (same seed) on a second market
// whose parameters nobody moves; prints both outcomes side by side and
// every parameter change; and verifies each change from the chain alone.
func lendingDemo(ctx context.Context, p lendingDemoParams) (lendingResult, error) {
	var res lendingResult
	if p.ConfigPath == "" {
		p.ConfigPath = agents.RepoPath("configs/aave-risk.yaml")
	}
	if p.StorePath == "" {
		p.StorePath = filepath.Join("data", fmt.Sprintf("demo-lending-%d.db", time.Now().Unix()))
	}
	if p.Every == 0 {
		p.Every = 4
	}
	path, err := lendingPath(p.Every, p.Steps)
	if err != nil {
		return res, err
	}
	res.Low = lending.Lowest(path)
	out := p.Out
	cfg, mdl, err := demoAgent(p.ConfigPath, risk.KindName, "lending")
	if err != nil {
		return res, err
	}
	defer mdl.Close()

	fmt.Fprintf(out, "Steward demo — lending-risk agent %q on a real Aave v3 market (embedded chain)\n", cfg.Agent.Name)
	fmt.Fprintf(out, "  model       : %s v%s %s\n", mdl.Card().Name, mdl.Card().Version, mdl.Digest().Hex())
	fmt.Fprintf(out, "  path        : WETH/USD of Ethereum blocks %d…%d (2024-01-03 sell-off), one price every %d blocks: %d steps, low at step %d\n",
		devchain.WETHCrashFirstBlock, devchain.WETHCrashFirstBlock+devchain.WETHCrashBlocks-1, p.Every, len(path), res.Low)

	fmt.Fprintf(out, "\nStatic parameters: the same activity (seed %d) on a market nobody steers…\n", p.Seed)
	if res.Static, err = staticLendingRun(ctx, path, p.Seed, p.Logger); err != nil {
		return res, fmt.Errorf("static run: %w", err)
	}

	key, err := crypto.GenerateKey()
	if err != nil {
		return res, err
	}
	agentAddr := crypto.PubkeyToAddress(key.PublicKey)
	chain, err := devchain.New(ctx, devchain.Config{BlockInterval: p.BlockInterval, PriceTicks: []int32{199000, 199000}, Funded: []common.Address{agentAddr}, Logger: p.Logger})
	if err != nil {
		return res, fmt.Errorf("embedded chain: %w", err)
	}
	defer chain.Stop()
	if err := chain.Authorize(ctx, agentAddr, mdl.Digest()); err != nil {
		return res, fmt.Errorf("authorise agent: %w", err)
	}
	m, err := chain.DeployAave(ctx, devchain.AaveParams{})
	if err != nil {
		return res, fmt.Errorf("aave: %w", err)
	}
	settings := *cfg.Settings.(*risk.Settings)
	if err := fillLendingSettings(&settings, m); err != nil {
		return res, err
	}
	// The chain replays the path at Every Ethereum blocks a step, a step
	// taking about two chain blocks (the price's, the actors'): the
	// model's 4-block step is 4/Every steps, 8/Every chain blocks.
	settings.Step = max(1, 8/p.Every)
	prog, err := cfg.Kind.Build(ctx, &settings, chain.Client())
	if err != nil {
		return res, err
	}
	fmt.Fprintf(out, "\nThe agent: Aave Pool %s, AaveRiskSteward %s (the only RISK_ADMIN) through guard %s\n", m.Pool.Hex(), m.Steward.Hex(), chain.Deployment().Guard.Hex())
	act, err := chain.NewAaveActivity(ctx, devchain.AaveActivityConfig{Market: m, Prices: path, Seed: p.Seed})
	if err != nil {
		return res, err
	}
	st, engine, err := demoStore(ctx, cfg, p.StorePath)
	if err != nil {
		return res, err
	}
	defer st.Close()
	start, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		return res, err
	}
	if err := chain.Start(ctx); err != nil {
		return res, err
	}
	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	var steps []devchain.AaveStep
	var actErr error
	stepAt := map[uint64]int{} // block → step, for the changes' table
	var stepMu sync.Mutex
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer cancel()
		for {
			s, err := act.Step(runCtx)
			if errors.Is(err, io.EOF) {
				return
			}
			if err != nil {
				actErr = err
				return
			}
			steps = append(steps, s)
			if n, err := chain.Client().BlockNumber(runCtx); err == nil {
				stepMu.Lock()
				stepAt[n] = s.Index
				stepMu.Unlock()
			}
			if (s.Index+1)%60 == 0 {
				fmt.Fprintf(out, "  step %d/%d: WETH %s USD, %d liquidation(s) so far\n", s.Index+1, len(path), usd8(s.Price), countLiquidations(steps))
			}
		}
	}()
	_, err = agents.Run(runCtx, agents.RunParams{
		Name: cfg.Agent.Name, Node: chain.Client(), Key: key, Guard: chain.Deployment().Guard, Program: prog, Model: mdl, Policies: engine, Store: st,
		PollInterval: p.BlockInterval / 4, Report: demo.NewPrinter(out, false), Logger: p.Logger,
	})
	cancel()
	wg.Wait()
	if err != nil {
		return res, err
	}
	if actErr != nil && !errors.Is(actErr, context.Canceled) {
		return res, fmt.Errorf("activity: %w", actErr)
	}
	if len(steps) != len(path) {
		return res, fmt.Errorf("the activity took %d of %d steps", len(steps), len(path))
	}
	end, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		return res, err
	}
	if res.Agent, err = lending.OutcomeOf(ctx, chain.Client(), m, act, steps); err != nil {
		return res, err
	}
	if res.Changes, err = appliedChanges(ctx, chain.Client(), chain.Deployment().Guard, m.Steward, settings.Collateral.Symbol, start, end, stepAt, path); err != nil {
		return res, err
	}
	writeLendingChanges(out, res.Changes)
	writeLendingOutcomes(out, res.Agent, res.Static)

	models, closeModels, err := agents.OpenVerifyModels(agents.VerifyModels{CardsDir: filepath.Dir(agents.RepoPath(cfg.Model.Card))})
	if err != nil {
		return res, err
	}
	defer closeModels()
	ver, err := verify.New(chain.Client(), verify.Config{Guard: chain.Deployment().Guard, Derivers: cfg.Kind.Derivers, Models: models})
	if err != nil {
		return res, err
	}
	if res.Verdicts, err = ver.Range(ctx, start, end); err != nil {
		return res, err
	}
	fmt.Fprintf(out, "\nVerifying %d parameter transaction(s) from the chain alone, with the code behind `steward verify`…\n", len(res.Verdicts))
	if err := verify.WriteTable(out, res.Verdicts); err != nil {
		return res, err
	}
	for _, v := range res.Verdicts {
		if !v.OK() {
			return res, fmt.Errorf("lending demo: transaction %s failed verification", v.Tx.Hex())
		}
	}
	if len(res.Verdicts) == 0 {
		return res, errors.New("lending demo: the agent changed no parameter")
	}
	fmt.Fprintf(out, "\nEvery change committed and verified: %d transaction(s), %d parameter change(s).\n", len(res.Verdicts), len(res.Changes))
	return res, nil
}

// fillLendingSettings points the settings at the deployed market.
func fillLendingSettings(s *risk.Settings, m devchain.AaveMarket) error {
	return lending.FillSettings(s, m)
}

// staticLendingRun runs the activity on a market of its own whose
// parameters stay as deployed, mining on demand.
func staticLendingRun(ctx context.Context, path []*big.Int, seed uint64, log *slog.Logger) (lendingOutcome, error) {
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199000}, Logger: log})
	if err != nil {
		return lendingOutcome{}, err
	}
	defer chain.Stop()
	m, err := chain.DeployAave(ctx, devchain.AaveParams{})
	if err != nil {
		return lendingOutcome{}, err
	}
	act, err := chain.NewAaveActivity(ctx, devchain.AaveActivityConfig{Market: m, Prices: path, Seed: seed})
	if err != nil {
		return lendingOutcome{}, err
	}
	steps, err := act.Run(ctx)
	if err != nil {
		return lendingOutcome{}, err
	}
	return lending.OutcomeOf(ctx, chain.Client(), m, act, steps)
}

// appliedChanges reads the guard's ParameterApplied events for the
// steward's parameters of symbol.
func appliedChanges(ctx context.Context, c ethereum.LogFilterer, guard, steward common.Address, symbol string, from, to uint64, stepAt map[uint64]int, path []*big.Int) ([]paramChange, error) {
	g := bindings.NewParameterGuard()
	guardABI, err := bindings.ParameterGuardMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	names := map[common.Hash]string{}
	for _, f := range []string{contracts.AaveLTV, contracts.AaveLiquidationThreshold, contracts.AaveLiquidationBonus, contracts.AaveSupplyCap, contracts.AaveBorrowCap} {
		names[contracts.Param(contracts.AaveParam(symbol, f))] = f
	}
	logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{guard}, Topics: [][]common.Hash{{guardABI.Events["ParameterApplied"].ID}, {common.BytesToHash(steward.Bytes())}}})
	if err != nil {
		return nil, err
	}
	var out []paramChange
	for i := range logs {
		ev, err := g.UnpackParameterAppliedEvent(&logs[i])
		if err != nil {
			return nil, err
		}
		name, ok := names[ev.Param]
		if !ok {
			continue
		}
		step := stepBefore(stepAt, logs[i].BlockNumber)
		out = append(out, paramChange{Block: logs[i].BlockNumber, Step: step, Price: toFloat(path[step], 8), Param: name, Old: ev.OldValue.Int64(), New: ev.NewValue.Int64()})
	}
	return out, nil
}

// stepBefore is the activity's step at block n: that of the latest block
// at or before n that ended a step.
func stepBefore(stepAt map[uint64]int, n uint64) int {
	best, at := 0, uint64(0)
	for b, s := range stepAt {
		if b <= n && b >= at {
			best, at = s, b
		}
	}
	return best
}

func writeLendingChanges(out io.Writer, changes []paramChange) {
	fmt.Fprintf(out, "\nParameter changes the guard applied (%d):\n", len(changes))
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "block\tstep\tWETH USD\tparameter\tfrom\tto")
	for _, c := range changes {
		fmt.Fprintf(tw, "%d\t%d\t%.2f\t%s\t%d\t%d\n", c.Block, c.Step, c.Price, c.Param, c.Old, c.New)
	}
	tw.Flush()
}

func writeLendingOutcomes(out io.Writer, agent, static lendingOutcome) {
	fmt.Fprintln(out, "\nOutcome, same activity and seed:")
	tw := tabwriter.NewWriter(out, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\twith the agent\tstatic parameters\t")
	fmt.Fprintf(tw, "bad debt (USD)\t%.2f\t%.2f\t\n", agent.BadDebt, static.BadDebt)
	fmt.Fprintf(tw, "positions underwater\t%d\t%d\t\n", agent.Underwater, static.Underwater)
	fmt.Fprintf(tw, "liquidations\t%d\t%d\t\n", agent.Liquidations, static.Liquidations)
	fmt.Fprintf(tw, "debt liquidated (USD)\t%.2f\t%.2f\t\n", agent.DebtCovered, static.DebtCovered)
	fmt.Fprintf(tw, "bonus paid to liquidators (USD)\t%.2f\t%.2f\t\n", agent.BonusPaid, static.BonusPaid)
	fmt.Fprintf(tw, "debt outstanding at the end (USD)\t%.2f\t%.2f\t\n", agent.Borrowed, static.Borrowed)
	tw.Flush()
}

func countLiquidations(steps []devchain.AaveStep) int {
	n := 0
	for _, s := range steps {
		n += len(s.Liquidations)
	}
	return n
}

func toFloat(x *big.Int, decimals int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(x), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))).Float64()
	return f
}

func usd8(x *big.Int) string { return fmt.Sprintf("%.2f", toFloat(x, 8)) }

// demoAgent loads a scenario demo's agent config, which must be of kind,
// and its ONNX model.
func demoAgent(path, kind, demo string) (*config.Config, agents.CardModel, error) {
	cfg, err := config.Load(path, kinds())
	if err != nil {
		return nil, agents.CardModel{}, err
	}
	if cfg.Kind.Name != kind {
		return nil, agents.CardModel{}, fmt.Errorf("%s: agent.strategy is %s, the %s demo runs %s", path, cfg.Kind.Name, demo, kind)
	}
	rt, err := agents.Runtime()
	if err != nil {
		return nil, agents.CardModel{}, err
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(cfg.Model.Card))
	if err != nil {
		return nil, agents.CardModel{}, err
	}
	return cfg, mdl, nil
}

// demoStore opens the SQLite store of a scenario demo (creating its
// folder) and the config's policy engine.
func demoStore(ctx context.Context, cfg *config.Config, path string) (store.Store, *policies.Engine, error) {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, nil, err
	}
	st, err := agents.OpenStore(ctx, config.Store{Driver: config.StoreSQLite, DSN: path})
	if err != nil {
		return nil, nil, err
	}
	engine, err := cfg.NewEngine()
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	return st, engine, nil
}
