package demo

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"gopkg.in/yaml.v3"

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
	chain, err := devchain.New(ctx, devchain.Config{
		BlockInterval: p.BlockInterval, PriceTicks: path, Funded: []common.Address{agent},
		HTTPAddr: p.HTTPAddr, WSAddr: p.WSAddr, Logger: p.Logger,
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

// writeAgentConfig copies the template with chain.* and store.url filled in.
// Comments in the template survive. Paths in a config are relative to the
// config file, so the template's model.card is rewritten relative to out,
// and a relative sqlite:// storeURL (given relative to the working
// directory, as a command-line flag is) too.
func writeAgentConfig(template, out, rpc string, chainID uint64, dep devchain.Deployment, storeURL, header string) error {
	b, err := renderAgentConfig(template, out, rpc, chainID, dep, storeURL)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(out, append([]byte(header), b...), 0o644)
}

// renderAgentConfig is the config writeAgentConfig writes to out: the
// template with the node, the deployment's guard and registry (chain:) and
// the market-making pool and vault (strategy:) filled in.
func renderAgentConfig(template, out, rpc string, chainID uint64, dep devchain.Deployment, storeURL string) ([]byte, error) {
	data, err := os.ReadFile(template)
	if err != nil {
		return nil, fmt.Errorf("agent config template: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return nil, fmt.Errorf("agent config template %s: not YAML: %v", template, err)
	}
	root := doc.Content[0]
	outDir, err := filepath.Abs(filepath.Dir(out))
	if err != nil {
		return nil, err
	}
	if card := child(child(root, "model"), "card"); card != nil && card.Value != "" {
		templateDir, err := filepath.Abs(filepath.Dir(template))
		if err != nil {
			return nil, err
		}
		set(root, "model", "card", relocate(card.Value, templateDir, outDir))
	}
	if rest, ok := strings.CutPrefix(storeURL, "sqlite://"); ok && rest != "" && !filepath.IsAbs(rest) {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		storeURL = "sqlite://" + relocate(rest, wd, outDir)
	}
	set(root, "chain", "rpc", rpc)
	set(root, "chain", "chainId", strconv.FormatUint(chainID, 10))
	set(root, "chain", "guard", dep.Guard.Hex())
	set(root, "chain", "registry", dep.Registry.Hex())
	set(root, "strategy", "pool", dep.Pool.Hex())
	set(root, "strategy", "vault", dep.Vault.Hex())
	set(root, "store", "url", storeURL)
	return yaml.Marshal(&doc)
}

// set writes root[section][key] = value, adding the keys when missing.
func set(root *yaml.Node, section, key, value string) {
	sec := child(root, section)
	if sec == nil {
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: section},
			&yaml.Node{Kind: yaml.MappingNode})
		sec = root.Content[len(root.Content)-1]
	}
	if v := child(sec, key); v != nil {
		v.Kind, v.Tag, v.Value, v.Style = yaml.ScalarNode, "", value, 0
		if key == "url" || key == "rpc" || len(value) > 2 && value[:2] == "0x" {
			v.Style = yaml.DoubleQuotedStyle
		}
		return
	}
	style := yaml.Style(0)
	if len(value) > 2 && value[:2] == "0x" {
		style = yaml.DoubleQuotedStyle
	}
	sec.Content = append(sec.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key},
		&yaml.Node{Kind: yaml.ScalarNode, Value: value, Style: style})
}

// relocate turns path, relative to fromDir (or absolute), into a path
// relative to toDir when that stays near (at most one level up, as from a
// checkout's data/ to its configs/), else absolute.
func relocate(path, fromDir, toDir string) string {
	abs := path
	if !filepath.IsAbs(abs) {
		abs = filepath.Join(fromDir, path)
	}
	rel, err := filepath.Rel(toDir, abs)
	if err != nil || strings.HasPrefix(rel, filepath.Join("..", "..")) {
		return abs
	}
	return rel
}

func child(m *yaml.Node, key string) *yaml.Node {
	if m == nil || m.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
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
