package main

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/strategies/risk"
)

// lendingStackTick is the start tick of the Uniswap market that
// devchain.Operator.Deploy builds beside the guard stack. The lending agent
// never reads that market; the tick is the embedded lending demo's.
const lendingStackTick = 199000

// lendingMarketVersion is the format of the Aave market record; another
// is refused.
const lendingMarketVersion = 1

// The market's progress line comes every lendingReportSteps steps, or
// after lendingReportEvery without one.
const (
	lendingReportSteps = 10
	lendingReportEvery = 10 * time.Second
)

// lendingDeployParams configures `steward deploy --scenario lending`.
type lendingDeployParams struct {
	// RPC is the node's URL.
	RPC string
	// Owner deploys and owns the contracts and drives the market.
	Owner *ecdsa.PrivateKey
	// Agent is authorised for the model of Template's model.card.
	Agent common.Address
	// Template is the agent config copied to ConfigOut with the addresses
	// filled in. Defaults to configs/aave-risk.yaml.
	Template, ConfigOut string
	// StoreURL goes into the written config.
	StoreURL string
	// Every is the path's sampling (lendingPath): the written config's
	// strategy.step is max(1, 8/Every).
	Every int
	Out   io.Writer
}

// lendingDeployment is what a lending deploy left on the node.
type lendingDeployment struct {
	conn     *demo.Connection
	stack    devchain.Deployment
	market   devchain.AaveMarket
	settings risk.Settings
	card     model.Card
	// configPath is the agent config written; statePath the guard stack's
	// deploy state; marketPath the Aave market's record.
	configPath, statePath, marketPath string
}

func runLendingDeploy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	p := lendingDeployParams{Out: stdout}
	fs.StringVar(&p.RPC, "rpc", "", "node JSON-RPC URL (required)")
	ownerEnv := fs.String("owner-key-env", "STEWARD_OWNER_KEY", "environment variable with the deployer's hex key")
	agentEnv := fs.String("agent-key-env", "STEWARD_AGENT_KEY", "environment variable with the agent's hex key (only its address is used)")
	fs.StringVar(&p.ConfigOut, "config-out", filepath.Join("data", "lending-agent.yaml"),
		"where to write the agent config; the guard stack's deploy state is kept beside it (<name>.deploy.json), and the Aave market's addresses (<name>.aave.json)")
	fs.StringVar(&p.StoreURL, "store", "sqlite://data/lending-agent.db", "store URL for the written config")
	market := fs.Duration("market", 0, "after deploying, run suppliers, borrowers and a liquidator along the ETH sell-off, one step per this interval, until interrupted or the path ends (0 = don't)")
	fs.IntVar(&p.Every, "every", 4, "one price of the 1,440-block ETH sell-off every N Ethereum blocks (sets the config's strategy.step)")
	seed := fs.Uint64("seed", 1, "the market activity's seed (its accounts and their amounts)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if p.RPC == "" {
		return errors.New("--rpc is required")
	}
	if p.ConfigOut == "" {
		return errors.New("--config-out is empty")
	}
	path, err := lendingPath(p.Every, 0)
	if err != nil {
		return err
	}
	owner, err := agents.LoadKey(config.Key{Env: *ownerEnv})
	if err != nil {
		return fmt.Errorf("--owner-key-env: %w", err)
	}
	agent, err := agents.LoadKey(config.Key{Env: *agentEnv})
	if err != nil {
		return fmt.Errorf("--agent-key-env: %w", err)
	}
	p.Owner, p.Agent = owner, crypto.PubkeyToAddress(agent.PublicKey)
	d, err := deployLending(ctx, p)
	if err != nil {
		return err
	}
	defer d.conn.Client.Close()
	s := d.settings
	fmt.Fprintf(stdout, "deployed on %s (chain id %s):\n  guard         %s\n  registry      %s\n  aave pool     %s\n  aave oracle   %s\n  risk steward  %s\n  %-13s %s (collateral)\n  %-13s %s (borrowed)\n",
		p.RPC, d.conn.ChainID, d.stack.Guard.Hex(), d.stack.Registry.Hex(), d.market.Pool.Hex(), d.market.Oracle.Hex(), d.market.Steward.Hex(),
		s.Collateral.Symbol, s.Collateral.AssetAddress.Hex(), s.Borrowed.Symbol, s.Borrowed.AssetAddress.Hex())
	fmt.Fprintf(stdout, "agent %s authorised for %s (%s); config: %s; state: %s; market: %s\n",
		p.Agent.Hex(), d.card.Name, d.card.Digest.Hex(), d.configPath, d.statePath, d.marketPath)
	if *market <= 0 {
		return nil
	}
	return runLendingMarket(ctx, d, lendingMarketParams{Interval: *market, Prices: path, Seed: *seed, Out: stdout})
}

// deployLending deploys the guard stack (resuming its deploy state), an
// Aave v3 market of real bytecode driven by the guard (or reuses the one
// recorded beside the config), writes the agent's config from the template
// with every address filled in, and authorises the agent for the config's
// model. Run again, it sends nothing.
func deployLending(ctx context.Context, p lendingDeployParams) (*lendingDeployment, error) {
	if p.Template == "" {
		p.Template = agents.RepoPath("configs/aave-risk.yaml")
	}
	out := p.Out
	if out == nil {
		out = io.Discard
	}
	// Before anything is sent: a template or card that cannot be used fails here.
	tmpl, err := config.Load(p.Template, kinds())
	if err != nil {
		return nil, err
	}
	if tmpl.Kind.Name != risk.KindName {
		return nil, fmt.Errorf("%s: agent.strategy is %s, the lending deploy writes a %s agent's config", p.Template, tmpl.Kind.Name, risk.KindName)
	}
	if tmpl.Model.Card == "" {
		return nil, fmt.Errorf("%s: model.card is empty: the agent is authorised for an ONNX model card's digest", p.Template)
	}
	card, err := model.LoadCard(tmpl.Model.Card)
	if err != nil {
		return nil, err
	}
	conn, err := demo.Connect(ctx, p.RPC, p.Owner, nil)
	if err != nil {
		return nil, err
	}
	d := &lendingDeployment{conn: conn, card: card, configPath: p.ConfigOut,
		statePath: demo.DefaultStateFile(p.ConfigOut), marketPath: lendingMarketFile(p.ConfigOut)}
	if err := d.deploy(ctx, p, tmpl, out); err != nil {
		conn.Client.Close()
		return nil, err
	}
	return d, nil
}

func (d *lendingDeployment) deploy(ctx context.Context, p lendingDeployParams, tmpl *config.Config, out io.Writer) error {
	op := d.conn.Operator
	st, err := devchain.OpenDeployState(d.statePath, d.conn.ChainID, op.Address())
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "deploying the lending scenario on %s (chain id %s) from %s; state: %s\n", p.RPC, d.conn.ChainID, op.Address().Hex(), d.statePath)
	if d.stack, err = op.Deploy(ctx, devchain.DeployParams{StartTick: lendingStackTick, State: st, Progress: out}); err != nil {
		return fmt.Errorf("deploy the guard stack on %s: %w (progress is in %s; run again to resume)", p.RPC, err, d.statePath)
	}
	if d.market, err = d.ensureMarket(ctx, out); err != nil {
		return err
	}

	// The config first: whatever fails later, the agent has its addresses.
	d.settings = *tmpl.Settings.(*risk.Settings)
	s := &d.settings
	if err := fillLendingSettings(s, d.market); err != nil {
		return fmt.Errorf("%s: %w", p.Template, err)
	}
	// An activity step takes about two blocks (the price's, then the
	// actors': on anvil's automine one per transaction, none when nothing
	// moves), so the model's 4-block step is 8/Every blocks, as in lendingDemo.
	s.Step = max(1, 8/p.Every)
	err = demo.WriteConfig(demo.ConfigParams{Template: p.Template, Out: p.ConfigOut,
		Header: "# Written by `steward deploy --scenario lending` for the node at " + p.RPC + ".\n",
		RPC:    p.RPC, ChainID: d.conn.ChainID.Uint64(), Guard: d.stack.Guard, Registry: d.stack.Registry, StoreURL: p.StoreURL,
		Values: []demo.ConfigValue{
			{Path: "strategy.pool", Value: s.Pool}, {Path: "strategy.oracle", Value: s.Oracle}, {Path: "strategy.steward", Value: s.Steward},
			{Path: "strategy.collateral.asset", Value: s.Collateral.Asset}, {Path: "strategy.borrowed.asset", Value: s.Borrowed.Asset},
			{Path: "strategy.step", Value: strconv.Itoa(s.Step)},
		}})
	if err != nil {
		return err
	}
	if _, err := config.Load(p.ConfigOut, kinds()); err != nil {
		return fmt.Errorf("the written config does not load: %w", err)
	}
	if err := st.SetConfig(p.ConfigOut); err != nil {
		return err
	}
	fmt.Fprintf(out, "agent config written: %s (strategy.step %d for --every %d)\n", p.ConfigOut, s.Step, p.Every)

	r, err := op.EnsureAuthorized(ctx, d.stack, p.Agent, d.card.Digest)
	if err != nil {
		return fmt.Errorf("authorise %s for %s: %w", p.Agent.Hex(), d.card.Name, err)
	}
	var tx common.Hash
	if r == nil {
		fmt.Fprintf(out, "agent %s already authorised for %s (%s)\n", p.Agent.Hex(), d.card.Name, d.card.Digest.Hex())
	} else {
		tx = r.TxHash
		fmt.Fprintf(out, "authorised agent %s for %s (%s): tx %s\n", p.Agent.Hex(), d.card.Name, d.card.Digest.Hex(), tx.Hex())
	}
	if err := st.RecordAuthorization(p.Agent, d.card.Digest, tx); err != nil {
		return err
	}
	if err := st.MarkComplete(); err != nil {
		return err
	}
	fmt.Fprintf(out, "deploy complete; state: %s; market: %s\n", d.statePath, d.marketPath)
	return nil
}

// ensureMarket returns the Aave market recorded at d.marketPath when it is
// still on the node and driven by the stack's guard, and otherwise deploys
// one and records it. devchain's DeployAave is not resumable: a deploy
// interrupted there deploys the whole market again on the next run.
func (d *lendingDeployment) ensureMarket(ctx context.Context, out io.Writer) (devchain.AaveMarket, error) {
	op := d.conn.Operator
	m, ok, err := loadLendingMarket(d.marketPath, d.conn.ChainID, op.Address())
	if err != nil {
		return m, err
	}
	if ok {
		why, err := d.marketGone(ctx, m)
		if err != nil {
			return m, err
		}
		if why == "" {
			fmt.Fprintf(out, "aave market: already at pool %s (recorded in %s); nothing to send\n", m.Pool.Hex(), d.marketPath)
			return m, nil
		}
		fmt.Fprintf(out, "aave market recorded in %s: %s; deploying a new one\n", d.marketPath, why)
	}
	m, err = op.DeployAave(ctx, devchain.AaveParams{Guard: d.stack.Guard, Progress: out})
	if err != nil {
		return m, fmt.Errorf("deploy the Aave market: %w (not resumable: a new run deploys it anew)", err)
	}
	rec := lendingMarketRecord{Version: lendingMarketVersion, ChainID: d.conn.ChainID, Operator: op.Address(), Market: m}
	if err := rec.save(d.marketPath); err != nil {
		return m, err
	}
	fmt.Fprintf(out, "aave market deployed (%d gas); recorded in %s\n", m.Gas, d.marketPath)
	return m, nil
}

// marketGone says why the recorded market m cannot be used ("" when it
// can): another guard drives it, or a contract of it is gone (a node reset).
func (d *lendingDeployment) marketGone(ctx context.Context, m devchain.AaveMarket) (string, error) {
	if m.Guard != d.stack.Guard {
		return fmt.Sprintf("its steward obeys guard %s, the stack's guard is %s", m.Guard.Hex(), d.stack.Guard.Hex()), nil
	}
	type contract struct {
		name string
		at   common.Address
	}
	check := []contract{{"pool", m.Pool}, {"oracle", m.Oracle}, {"risk steward", m.Steward}, {"configurator", m.Configurator}}
	for _, r := range m.Reserves {
		check = append(check, contract{r.Symbol, r.Asset}, contract{r.Symbol + " feed", r.Feed})
	}
	for _, c := range check {
		code, err := d.conn.Client.CodeAt(ctx, c.at, nil)
		if err != nil {
			return "", fmt.Errorf("code of the recorded %s %s: %w", c.name, c.at.Hex(), err)
		}
		if len(code) == 0 {
			return fmt.Sprintf("no contract at its %s %s (was the node reset?)", c.name, c.at.Hex()), nil
		}
	}
	return "", nil
}

// lendingMarketFile is where the Aave market of the config at configOut is
// recorded: "agent.yaml" keeps "agent.aave.json".
func lendingMarketFile(configOut string) string {
	return strings.TrimSuffix(configOut, filepath.Ext(configOut)) + ".aave.json"
}

// lendingMarketRecord is the Aave market a lending deploy made, with the
// chain and the operator it belongs to.
type lendingMarketRecord struct {
	Version  int                 `json:"version"`
	ChainID  *big.Int            `json:"chainId"`
	Operator common.Address      `json:"operator"`
	Market   devchain.AaveMarket `json:"market"`
}

// loadLendingMarket reads the market recorded at path; ok is false when
// there is no file. A record of another chain or operator, or in another
// format, is refused, naming the file.
func loadLendingMarket(path string, chainID *big.Int, operator common.Address) (m devchain.AaveMarket, ok bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return m, false, nil
	}
	if err != nil {
		return m, false, fmt.Errorf("read the Aave market record: %w", err)
	}
	var rec lendingMarketRecord
	if err := json.Unmarshal(data, &rec); err != nil {
		return m, false, fmt.Errorf("%s is not an Aave market record: %w", path, err)
	}
	switch {
	case rec.Version != lendingMarketVersion:
		return m, false, fmt.Errorf("%s has format version %d, this steward reads %d", path, rec.Version, lendingMarketVersion)
	case rec.ChainID == nil || rec.ChainID.Cmp(chainID) != 0:
		return m, false, fmt.Errorf("%s records a market on chain id %v, the node's is %s; delete it or choose another --config-out", path, rec.ChainID, chainID)
	case rec.Operator != operator:
		return m, false, fmt.Errorf("%s records a market of operator %s, this deploy's operator is %s; deploy with that key or choose another --config-out",
			path, rec.Operator.Hex(), operator.Hex())
	}
	return rec.Market, true, nil
}

// save writes the record to a temporary file beside path and renames it
// over path, so a killed process leaves the old record or the new one.
func (rec lendingMarketRecord) save(path string) error {
	data, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return fmt.Errorf("encode the Aave market record: %w", err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("save the Aave market record: %w", err)
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("save the Aave market record: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("save the Aave market record: %w", err)
	}
	return nil
}

// lendingMarketParams configure the market activity of a lending deploy.
type lendingMarketParams struct {
	// Interval is the time between steps (a step slower than it is
	// followed by the next at once).
	Interval time.Duration
	// Prices is the collateral's price at each step (lendingPath).
	Prices []*big.Int
	Seed   uint64
	Out    io.Writer
}

// runLendingMarket funds suppliers, borrowers and a liquidator and takes
// one activity step per interval along p.Prices, with a progress line every
// lendingReportSteps steps (or lendingReportEvery) and a line per
// liquidation, until ctx ends (not an error) or the path does.
func runLendingMarket(ctx context.Context, d *lendingDeployment, p lendingMarketParams) error {
	out := p.Out
	if out == nil {
		out = io.Discard
	}
	s := d.settings
	act, err := d.conn.Operator.NewAaveActivity(ctx, devchain.AaveActivityConfig{Market: d.market, Prices: p.Prices, Seed: p.Seed,
		Collateral: s.Collateral.Symbol, Debt: s.Borrowed.Symbol})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return fmt.Errorf("market activity: %w", err)
	}
	fmt.Fprintf(out, "moving the market every %s: %d steps of the ETH sell-off, %d suppliers, %d borrowers, liquidator %s, until interrupted\n",
		p.Interval, act.Steps(), len(act.Suppliers()), len(act.Borrowers()), act.Liquidator().Hex())
	t := time.NewTicker(p.Interval)
	defer t.Stop()
	lastReport := time.Now()
	var borrows, liquidations, refused int
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		step, err := act.Step(ctx)
		if errors.Is(err, io.EOF) {
			fmt.Fprintf(out, "market: the path ended after %d steps: %d borrows, %d liquidations, %d refused\n", act.Steps(), borrows, liquidations, refused)
			return nil
		}
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("market: %w", err)
		}
		borrows, liquidations, refused = borrows+len(step.Borrows), liquidations+len(step.Liquidations), refused+len(step.Refused)
		for _, l := range step.Liquidations {
			fmt.Fprintf(out, "market: step %d liquidated %s: tx %s\n", step.Index+1, l.User.Hex(), l.Tx.Hex())
		}
		if n := step.Index + 1; n%lendingReportSteps == 0 || time.Since(lastReport) >= lendingReportEvery {
			fmt.Fprintf(out, "market: step %d/%d, %s %s USD, %d borrows, %d liquidations, %d refused so far\n",
				n, act.Steps(), s.Collateral.Symbol, usd8(step.Price), borrows, liquidations, refused)
			lastReport = time.Now()
		}
	}
}
