package demo

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/chain/devchain"
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
	// StoreURL goes into the written config. Defaults to sqlite://data/external-agent.db.
	StoreURL string
	Logger   *slog.Logger
}

// External is a deployment on an external node.
type External struct {
	Client     *ethclient.Client
	Operator   *devchain.Operator
	Deployment devchain.Deployment
	ConfigPath string
	ticks      []int32
}

// DeployExternal deploys the stack, authorises the agent, writes its config
// and moves the market through one feature window, so an agent can act at once.
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
	if p.StoreURL == "" {
		p.StoreURL = "sqlite://data/external-agent.db"
	}
	client, err := ethclient.DialContext(ctx, p.RPC)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", p.RPC, err)
	}
	chainID, err := client.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("chain id of %s: %w", p.RPC, err)
	}
	opCfg := devchain.OperatorConfig{Client: client, Key: p.Owner, ChainID: chainID, Logger: p.Logger}
	var version string
	if err := client.Client().CallContext(ctx, &version, "web3_clientVersion"); err == nil && strings.HasPrefix(strings.ToLower(version), "anvil") {
		// anvil's automine can leave a ready transaction pending
		// (foundry-rs/foundry#10122): ask for a block when one lingers.
		opCfg.Flush = func(ctx context.Context) error { return client.Client().CallContext(ctx, nil, "evm_mine") }
	}
	op, err := devchain.NewOperator(ctx, opCfg)
	if err != nil {
		return nil, err
	}
	ticks, _, err := MarketPath()
	if err != nil {
		return nil, err
	}
	dep, err := op.Deploy(ctx, devchain.DeployParams{StartTick: ticks[0]})
	if err != nil {
		return nil, fmt.Errorf("deploy on %s: %w", p.RPC, err)
	}
	cards, err := loadCards(p.ModelsDir)
	if err != nil {
		return nil, err
	}
	if err := authorize(cards, p.Agent, func(d common.Hash) error { return op.Authorize(ctx, dep, p.Agent, d) }); err != nil {
		return nil, err
	}
	if err := writeAgentConfig(p.Template, p.ConfigOut, p.RPC, chainID.Uint64(), dep, p.StoreURL,
		"# Written by `steward deploy` for the node at "+p.RPC+".\n"); err != nil {
		return nil, err
	}
	e := &External{Client: client, Operator: op, Deployment: dep, ConfigPath: p.ConfigOut, ticks: ticks}
	for i := 1; i <= 32; i++ {
		if _, err := op.MarketStep(ctx, dep, ticks[i]); err != nil {
			return nil, fmt.Errorf("market step: %w", err)
		}
	}
	return e, nil
}

// RunMarket moves the pool along the recorded path, one step per interval,
// until ctx ends.
func (e *External) RunMarket(ctx context.Context, interval time.Duration) error {
	t := time.NewTicker(interval)
	defer t.Stop()
	for i := 33; ; i++ {
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
		if _, err := e.Operator.MarketStep(ctx, e.Deployment, e.ticks[i%len(e.ticks)]); err != nil {
			if ctx.Err() != nil {
				return nil
			}
			return fmt.Errorf("market step: %w", err)
		}
	}
}
