package demo

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/chain/devchain"
)

// initialMarketSteps is how many market steps DeployExternal takes after
// deploying: one feature window, so that an agent can act at once.
const initialMarketSteps = 32

// RunMarket prints a progress line every marketReportSteps steps, or after
// marketReportEvery without one.
const (
	marketReportSteps = 10
	marketReportEvery = 10 * time.Second
)

// ExternalParams deploys the demo protocols onto a node of the user's
// (anvil, a geth dev node, a testnet).
type ExternalParams struct {
	// RPC is the node's URL. Required.
	RPC string
	// Owner deploys and owns the contracts and drives the market. Required.
	Owner *ecdsa.PrivateKey
	// Agent is authorised for every model card in ModelsDir. Required.
	Agent common.Address
	// ModelsDir defaults to configs/models; Template to configs/marketmaking-demo.yaml.
	ModelsDir, Template string
	// ConfigOut is where the agent config is written. Defaults to data/external-agent.yaml.
	ConfigOut string
	// StateFile keeps the deploy's progress (devchain.DeployState): an
	// interrupted deploy run again with the same file finishes without
	// redeploying, and a finished one sends nothing. Defaults to ConfigOut
	// with its extension replaced by ".deploy.json". A file for another
	// chain id or owner is refused.
	StateFile string
	// StoreURL goes into the written config. Defaults to sqlite://data/external-agent.db.
	StoreURL string
	// Progress receives a line per deploy round and transaction, per
	// authorisation, and, from RunMarket, a periodic market line. Defaults
	// to discarding them.
	Progress io.Writer
	Logger   *slog.Logger
}

// External is a deployment on an external node.
type External struct {
	Client     *ethclient.Client
	Operator   *devchain.Operator
	Deployment devchain.Deployment
	ConfigPath string
	StatePath  string
	ticks      []int32
	progress   io.Writer
}

// Connection is an external node and its operator: the key that deploys
// and owns the contracts there.
type Connection struct {
	Client   *ethclient.Client
	ChainID  *big.Int
	Operator *devchain.Operator
}

// Connect dials the node at rpc and makes owner its operator. On anvil the
// operator asks for a block when a transaction of its lingers in the pool,
// and asks a call that panicked again (anvilClient).
func Connect(ctx context.Context, rpc string, owner *ecdsa.PrivateKey, log *slog.Logger) (*Connection, error) {
	client, err := ethclient.DialContext(ctx, rpc)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", rpc, err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		client.Close()
		return nil, fmt.Errorf("chain id of %s: %w", rpc, err)
	}
	opCfg := devchain.OperatorConfig{Client: client, Key: owner, ChainID: chainID, Logger: log}
	var version string
	if err := client.Client().CallContext(ctx, &version, "web3_clientVersion"); err == nil && strings.HasPrefix(strings.ToLower(version), "anvil") {
		// anvil's automine can leave a ready transaction pending
		// (foundry-rs/foundry#10122): ask for a block when one lingers.
		opCfg.Flush = func(ctx context.Context) error { return client.Client().CallContext(ctx, nil, "evm_mine") }
		opCfg.Client = anvilClient{client}
	}
	op, err := devchain.NewOperator(ctx, opCfg)
	if err != nil {
		client.Close()
		return nil, err
	}
	return &Connection{Client: client, ChainID: chainID, Operator: op}, nil
}

// DefaultStateFile is the deploy state file kept beside the config
// configOut: "agent.yaml" keeps "agent.deploy.json".
func DefaultStateFile(configOut string) string {
	return strings.TrimSuffix(configOut, filepath.Ext(configOut)) + ".deploy.json"
}

// DeployExternal deploys the stack, writes the agent's config as soon as
// the addresses are known, authorises the agent for every model card, and
// moves the market through one feature window, so an agent can act at once.
// Every step is recorded in p.StateFile: run again after a failure, it
// resumes there, sending only what is missing (see devchain.Operator.Deploy).
func DeployExternal(ctx context.Context, p ExternalParams) (*External, error) {
	if p.RPC == "" || p.Owner == nil || p.Agent == (common.Address{}) {
		return nil, fmt.Errorf("demo: ExternalParams.RPC, .Owner and .Agent are required")
	}
	if p.ModelsDir == "" {
		p.ModelsDir = agents.RepoPath("configs/models")
	}
	if p.Template == "" {
		p.Template = agents.RepoPath("configs/marketmaking-demo.yaml")
	}
	if p.ConfigOut == "" {
		p.ConfigOut = filepath.Join("data", "external-agent.yaml")
	}
	if p.StateFile == "" {
		p.StateFile = DefaultStateFile(p.ConfigOut)
	}
	if p.StoreURL == "" {
		p.StoreURL = "sqlite://data/external-agent.db"
	}
	out := p.Progress
	if out == nil {
		out = io.Discard
	}
	// Before anything is sent: a missing card or path fails here.
	cards, err := loadCards(p.ModelsDir)
	if err != nil {
		return nil, err
	}
	ticks, _, err := MarketPath()
	if err != nil {
		return nil, err
	}
	conn, err := Connect(ctx, p.RPC, p.Owner, p.Logger)
	if err != nil {
		return nil, err
	}
	client, chainID, op := conn.Client, conn.ChainID, conn.Operator
	st, err := devchain.OpenDeployState(p.StateFile, chainID, op.Address())
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "deploying the demo protocols on %s (chain id %s) from %s; state: %s\n", p.RPC, chainID, op.Address().Hex(), p.StateFile)
	dep, err := op.Deploy(ctx, devchain.DeployParams{StartTick: ticks[0], State: st, Progress: out})
	if err != nil {
		return nil, fmt.Errorf("deploy on %s: %w (progress is in %s; run again to resume)", p.RPC, err, p.StateFile)
	}
	e := &External{Client: client, Operator: op, Deployment: dep, ConfigPath: p.ConfigOut, StatePath: p.StateFile,
		ticks: ticks, progress: out}

	// The config first: whatever fails later, the agent has its addresses.
	if err := writeAgentConfig(p.Template, p.ConfigOut, p.RPC, chainID.Uint64(), dep, p.StoreURL,
		"# Written by `steward deploy` for the node at "+p.RPC+".\n"); err != nil {
		return nil, err
	}
	if err := st.SetConfig(p.ConfigOut); err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "agent config written: %s\n", p.ConfigOut)

	for _, c := range cards {
		r, err := op.EnsureAuthorized(ctx, dep, p.Agent, c.Digest)
		if err != nil {
			return nil, fmt.Errorf("authorise %s for %s: %w", p.Agent.Hex(), c.Name, err)
		}
		var tx common.Hash
		if r == nil {
			fmt.Fprintf(out, "agent %s already authorised for %s (%s)\n", p.Agent.Hex(), c.Name, c.Digest.Hex())
		} else {
			tx = r.TxHash
			fmt.Fprintf(out, "authorised agent %s for %s (%s): tx %s\n", p.Agent.Hex(), c.Name, c.Digest.Hex(), tx.Hex())
		}
		if err := st.RecordAuthorization(p.Agent, c.Digest, tx); err != nil {
			return nil, err
		}
	}

	if done := st.MarketSteps(); done >= initialMarketSteps {
		fmt.Fprintf(out, "initial market steps: all %d done already\n", initialMarketSteps)
	}
	for i := st.MarketSteps() + 1; i <= initialMarketSteps; i++ {
		r, err := op.MarketStep(ctx, dep, ticks[i])
		if err != nil {
			return nil, fmt.Errorf("initial market step %d: %w", i, err)
		}
		if err := st.SetMarketSteps(i); err != nil {
			return nil, err
		}
		if i%8 == 0 || i == initialMarketSteps {
			fmt.Fprintf(out, "initial market steps: %d/%d, tick %d, block %s, tx %s\n", i, initialMarketSteps, ticks[i], r.BlockNumber, r.TxHash.Hex())
		}
	}
	if err := st.MarkComplete(); err != nil {
		return nil, err
	}
	fmt.Fprintf(out, "deploy complete; state: %s\n", p.StateFile)
	return e, nil
}

// RunMarket moves the pool along the recorded path, one step per interval,
// until ctx ends, with a progress line every 10 steps (or 10 s).
func (e *External) RunMarket(ctx context.Context, interval time.Duration) error {
	out := e.progress
	if out == nil {
		out = io.Discard
	}
	t := time.NewTicker(interval)
	defer t.Stop()
	lastReport := time.Now()
	for i, steps := initialMarketSteps+1, 1; ; i, steps = i+1, steps+1 {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		tick := e.ticks[i%len(e.ticks)]
		r, err := e.Operator.MarketStep(ctx, e.Deployment, tick)
		if err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("market step: %w", err)
		}
		if steps%marketReportSteps == 0 || time.Since(lastReport) >= marketReportEvery {
			fmt.Fprintf(out, "market: %d steps, tick %d, block %s, tx %s\n", steps, tick, r.BlockNumber, r.TxHash.Hex())
			lastReport = time.Now()
		}
	}
}
