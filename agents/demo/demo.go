package demo

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/api"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/devchain"
)

// Params configures a demo run.
type Params struct {
	// ConfigPath is the agent config. Defaults to configs/marketmaking-demo.yaml.
	ConfigPath string
	// Kinds are the strategy kinds the config may name (cmd/steward's). Required.
	Kinds []program.Kind
	// Blocks is how many blocks the agent runs. Defaults to 150 (one minute at 400 ms).
	Blocks uint64
	// BlockInterval of the embedded chain. Defaults to 400ms.
	BlockInterval time.Duration
	// StorePath is the SQLite file. Defaults to data/demo-<unix time>.db.
	StorePath string
	// Serve is where the dashboard and API (agents/api) are served while
	// the demo runs: "" for 127.0.0.1 on a free port, "off" for none.
	Serve string
	// Token authorises the dashboard's pause, resume and kill switch.
	// Defaults to a throw-away token, printed with the dashboard's URL.
	Token string
	// Out receives the tick lines and the summary. Defaults to os.Stdout.
	Out    io.Writer
	Logger *slog.Logger
}

func (p *Params) defaults() {
	if p.ConfigPath == "" {
		p.ConfigPath = agents.RepoPath("configs/marketmaking-demo.yaml")
	}
	if p.Blocks == 0 {
		p.Blocks = 150
	}
	if p.BlockInterval == 0 {
		p.BlockInterval = 400 * time.Millisecond
	}
	if p.StorePath == "" {
		p.StorePath = filepath.Join("data", fmt.Sprintf("demo-%d.db", time.Now().Unix()))
	}
	if p.Out == nil {
		p.Out = os.Stdout
	}
	if p.Logger == nil {
		p.Logger = slog.New(slog.DiscardHandler)
	}
}

// Summary is what a demo run did.
type Summary struct {
	Ticks     int
	Dropped   int // stale heads dropped (their logs reached the next tick)
	Committed int // re-ranges confirmed on chain
	Rejected  int // refused by policy
	Failed    int // refused in simulation or reverted
	Held      int
	Verified  int // transactions that passed verification
	TxHashes  []common.Hash
	StorePath string
}

// Run runs the demo and returns its summary. It fails if any transaction
// the agent sent does not verify.
func Run(ctx context.Context, p Params) (Summary, error) {
	p.defaults()
	sum := Summary{StorePath: p.StorePath}
	out := p.Out

	cfg, err := config.Load(p.ConfigPath, p.Kinds)
	if err != nil {
		return sum, err
	}
	rt, err := agents.Runtime()
	if err != nil {
		return sum, err
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(cfg.Model.Card))
	if err != nil {
		return sum, err
	}
	defer mdl.Close()

	key, err := crypto.GenerateKey()
	if err != nil {
		return sum, err
	}
	agentAddr := crypto.PubkeyToAddress(key.PublicKey)
	path, source, err := MarketPath()
	if err != nil {
		return sum, err
	}
	fmt.Fprintf(out, "Steward demo — market-making agent %q live on the embedded chain\n", cfg.Agent.Name)
	fmt.Fprintf(out, "  market path : %s\n", source)
	fmt.Fprintf(out, "  model       : %s v%s %s (ONNX Runtime %s)\n", mdl.Card().Name, mdl.Card().Version, mdl.Digest().Hex(), rt.Version())
	fmt.Fprintf(out, "  agent key   : %s — a throw-away key made for this demo, never stored\n", agentAddr.Hex())

	chain, err := devchain.New(ctx, devchain.Config{
		BlockInterval: p.BlockInterval, PriceTicks: path,
		Funded: []common.Address{agentAddr}, Logger: p.Logger,
	})
	if err != nil {
		return sum, fmt.Errorf("embedded chain: %w", err)
	}
	defer chain.Stop()
	if err := chain.Authorize(ctx, agentAddr, mdl.Digest()); err != nil {
		return sum, fmt.Errorf("authorise agent: %w", err)
	}
	dep := chain.Deployment()
	fmt.Fprintf(out, "  contracts   : pool %s (real Uniswap v3), vault %s, guard %s, registry %s\n",
		dep.Pool.Hex(), dep.Vault.Hex(), dep.Guard.Hex(), dep.Registry.Hex())

	if err := os.MkdirAll(filepath.Dir(p.StorePath), 0o755); err != nil {
		return sum, err
	}
	st, err := agents.OpenStore(ctx, config.Store{Driver: config.StoreSQLite, DSN: p.StorePath})
	if err != nil {
		return sum, err
	}
	defer st.Close()
	verified := &api.Verifications{} // filled as the demo verifies, shown by the dashboard
	if p.Serve != "off" {
		stop, err := serveDashboard(ctx, p, st, verified)
		if err != nil {
			return sum, err
		}
		defer stop()
	}
	fmt.Fprintf(out, "  store       : %s (SQLite)\n\n", p.StorePath)

	// Warm the market up so the agent's feature window is full at its first tick.
	for range 32 {
		chain.Commit()
	}
	engine, err := cfg.NewEngine()
	if err != nil {
		return sum, err
	}
	printer := newPrinter(out)
	if err := chain.Start(ctx); err != nil {
		return sum, err
	}
	// The agent's config as a user would write it for this deployment.
	httpURL, _ := chain.Endpoints()
	rendered, err := renderAgentConfig(p.ConfigPath, p.ConfigPath, httpURL, chain.ChainID().Uint64(), dep, "")
	if err != nil {
		return sum, err
	}
	deployed, err := config.Parse(rendered, p.Kinds)
	if err != nil {
		return sum, fmt.Errorf("the demo's config for its deployment: %w", err)
	}
	prog, err := deployed.Kind.Build(ctx, deployed.Settings, chain.Client())
	if err != nil {
		return sum, err
	}
	_, err = agents.Run(ctx, agents.RunParams{
		Name: cfg.Agent.Name, Node: chain.Client(), Key: key,
		Guard: dep.Guard, Program: prog, Model: mdl, Policies: engine, Store: st,
		Blocks: p.Blocks, PollInterval: p.BlockInterval / 4,
		Report: printer.report, Logger: p.Logger,
	})
	if err != nil {
		return sum, err
	}
	if err := ctx.Err(); err != nil {
		return sum, err
	}
	printer.collect(&sum)

	models, closeModels, err := agents.OpenVerifyModels(agents.VerifyModels{CardsDir: filepath.Dir(agents.RepoPath(cfg.Model.Card))})
	if err != nil {
		return sum, err
	}
	defer closeModels()
	// Verify as a third party would: from the chain alone (the records'
	// inputs and outputs travel in calldata), the agent's store unused.
	ver, err := verify.New(chain.Client(), verify.Config{Guard: dep.Guard, Derivers: cfg.Kind.Derivers, Models: models})
	if err != nil {
		return sum, err
	}
	fmt.Fprintf(out, "\nVerifying %d transaction(s) from the chain alone, with the code behind `steward verify`…\n", len(sum.TxHashes))
	var failed []string
	var verdicts []verify.Verdict
	for _, h := range sum.TxHashes {
		v, err := ver.Tx(ctx, h)
		if err != nil {
			return sum, err
		}
		verdicts = append(verdicts, v)
		verified.Set(h, api.Verification{OK: v.OK(), Detail: strings.Join(v.Problems, "; "), CheckedAt: time.Now()})
		if v.OK() {
			sum.Verified++
		} else {
			failed = append(failed, h.Hex())
		}
	}
	if err := verify.WriteTable(out, verdicts); err != nil {
		return sum, err
	}
	printSummary(out, sum, dep, p.StorePath)
	if len(failed) > 0 {
		return sum, fmt.Errorf("%d transaction(s) failed verification: %v", len(failed), failed)
	}
	if sum.Committed == 0 {
		return sum, errors.New("the agent committed no re-range")
	}
	return sum, nil
}

// serveDashboard serves the demo store's API and dashboard while the demo
// runs and prints where, with the token its state changes need.
func serveDashboard(ctx context.Context, p Params, st api.Store, verified api.VerifyStatus) (stop func(), err error) {
	addr, token, made := p.Serve, p.Token, false
	if addr == "" {
		addr = "127.0.0.1:0"
	}
	if token == "" {
		var b [16]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		token, made = hex.EncodeToString(b[:]), true
	}
	srv, err := api.New(api.Config{Addr: addr, Token: token, Verified: verified, Logger: p.Logger}, st)
	if err != nil {
		return nil, err
	}
	if err := srv.Start(ctx); err != nil {
		return nil, fmt.Errorf("dashboard: %w", err)
	}
	fmt.Fprintf(p.Out, "  dashboard   : %s — live while the demo runs\n", srv.URL())
	if made {
		fmt.Fprintf(p.Out, "  API token   : %s — throw-away, for pause, resume and the kill switch (Authorization: Bearer …)\n", token)
	}
	return srv.Stop, nil
}

func printSummary(out io.Writer, s Summary, dep devchain.Deployment, storePath string) {
	dropped := ""
	if s.Dropped > 0 {
		dropped = fmt.Sprintf(" (and %d stale heads dropped)", s.Dropped)
	}
	fmt.Fprintf(out, "\nSummary: %d ticks%s, %d re-ranges committed on chain, %d held, %d rejected by policy, %d failed; %d/%d transactions verified.\n",
		s.Ticks, dropped, s.Committed, s.Held, s.Rejected, s.Failed, s.Verified, len(s.TxHashes))
	if len(s.TxHashes) == 0 {
		return
	}
	fmt.Fprintf(out, "\nThe demo's chain lived in this process. To verify against a node of your own:\n")
	fmt.Fprintf(out, "  export STEWARD_AGENT_KEY=$(openssl rand -hex 32)   # a throw-away agent key\n")
	fmt.Fprintf(out, "  bin/steward devnet &                               # the same chain over JSON-RPC on 127.0.0.1:8545\n")
	fmt.Fprintf(out, "  bin/steward run -c data/devnet-agent.yaml --blocks 60   # an agent against it (devnet writes this config)\n")
	fmt.Fprintf(out, "  bin/steward verify -c data/devnet-agent.yaml --from 0   # every change it made, from the node alone\n")
	fmt.Fprintf(out, "Records of this run: %s (e.g. tx %s)\n", storePath, s.TxHashes[len(s.TxHashes)-1].Hex())
}
