package demo

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"path/filepath"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/model"
)

// DevnetParams configures a served embedded chain.
type DevnetParams struct {
	// HTTPAddr and WSAddr to serve JSON-RPC on. Defaults 127.0.0.1:8545 and 127.0.0.1:8546; port 0 picks a free one.
	HTTPAddr, WSAddr string
	// BlockInterval defaults to 400ms.
	BlockInterval time.Duration
	// AgentKey is funded and authorised for every model in ModelsDir.
	// Nil makes a throw-away key.
	AgentKey *ecdsa.PrivateKey
	// ModelsDir holds the model cards to authorise. Defaults to configs/models.
	ModelsDir string
	// Template is the agent config the written config starts from.
	// Defaults to configs/marketmaking-demo.yaml.
	Template string
	// ConfigOut is where the ready-to-run agent config is written.
	// Defaults to data/devnet-agent.yaml.
	ConfigOut string
	// StoreURL goes into the written config. Defaults to sqlite://data/devnet-agent.db.
	StoreURL string
	Logger   *slog.Logger
	// Serve, when set, serves the chain in place of the chain's own
	// JSON-RPC: the chain opens no listener (HTTPAddr and WSAddr are
	// Serve's to use), Serve gets it once the agent is authorised, before
	// the feature window is mined, and the agent config points at the
	// HTTP URL it returns. What Serve starts is the caller's to stop.
	// (`steward devnet --synthetic` serves it through chain/synthetic.)
	Serve func(ctx context.Context, chain *devchain.Chain) (httpURL string, err error)
}

// Devnet is a running embedded chain served over JSON-RPC.
type Devnet struct {
	Chain      *devchain.Chain
	AgentKey   *ecdsa.PrivateKey
	Generated  bool // AgentKey was made here
	ConfigPath string
	Source     string // where the market path comes from
}

// StartDevnet starts the chain, authorises the agent for the shipped models,
// writes an agent config pointing at it, and starts mining.
func StartDevnet(ctx context.Context, p DevnetParams) (*Devnet, error) {
	if p.HTTPAddr == "" {
		p.HTTPAddr = "127.0.0.1:8545"
	}
	if p.WSAddr == "" {
		p.WSAddr = "127.0.0.1:8546"
	}
	if p.ModelsDir == "" {
		p.ModelsDir = agents.RepoPath("configs/models")
	}
	if p.Template == "" {
		p.Template = agents.RepoPath("configs/marketmaking-demo.yaml")
	}
	if p.ConfigOut == "" {
		p.ConfigOut = filepath.Join("data", "devnet-agent.yaml")
	}
	if p.StoreURL == "" {
		p.StoreURL = "sqlite://data/devnet-agent.db"
	}
	d := &Devnet{AgentKey: p.AgentKey, ConfigPath: p.ConfigOut}
	if d.AgentKey == nil {
		k, err := crypto.GenerateKey()
		if err != nil {
			return nil, err
		}
		d.AgentKey, d.Generated = k, true
	}
	agent := crypto.PubkeyToAddress(d.AgentKey.PublicKey)

	cards, err := loadCards(p.ModelsDir)
	if err != nil {
		return nil, err
	}
	path, source, err := MarketPath()
	if err != nil {
		return nil, err
	}
	d.Source = source
	httpAddr, wsAddr := p.HTTPAddr, p.WSAddr
	if p.Serve != nil {
		httpAddr, wsAddr = "", ""
	}
	chain, err := devchain.New(ctx, devchain.Config{
		BlockInterval: p.BlockInterval, PriceTicks: path, Funded: []common.Address{agent},
		HTTPAddr: httpAddr, WSAddr: wsAddr, Logger: p.Logger,
		// A devnet serves other tools (steward record, verify, a wallet)
		// that read state far back, as an archive node lets them.
		Archive: true,
	})
	if err != nil {
		return nil, err
	}
	d.Chain = chain
	if err := authorize(cards, agent, func(d common.Hash) error { return chain.Authorize(ctx, agent, d) }); err != nil {
		chain.Stop()
		return nil, err
	}
	httpURL, _ := chain.Endpoints()
	if p.Serve != nil {
		if httpURL, err = p.Serve(ctx, chain); err != nil {
			chain.Stop()
			return nil, err
		}
	}
	if err := writeAgentConfig(p.Template, p.ConfigOut, httpURL, chain.ChainID().Uint64(), chain.Deployment(), p.StoreURL,
		"# Written by `steward devnet` for its embedded chain; regenerated at every start.\n"); err != nil {
		chain.Stop()
		return nil, err
	}
	// Fill the agent's feature window before handing the chain out.
	for range 32 {
		chain.Commit()
	}
	if err := chain.Start(ctx); err != nil {
		chain.Stop()
		return nil, err
	}
	return d, nil
}

// loadCards reads every model card in dir; the agent is authorised for each.
func loadCards(dir string) ([]model.Card, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.card.json"))
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("no model cards in %s", dir)
	}
	cards := make([]model.Card, len(paths))
	for i, p := range paths {
		if cards[i], err = model.LoadCard(p); err != nil {
			return nil, err
		}
	}
	return cards, nil
}

// authorize authorises agent for every card's model digest through auth.
func authorize(cards []model.Card, agent common.Address, auth func(digest common.Hash) error) error {
	for _, c := range cards {
		if err := auth(c.Digest); err != nil {
			return fmt.Errorf("authorise %s for %s: %w", agent, c.Name, err)
		}
	}
	return nil
}
