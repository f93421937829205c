package demo

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"gopkg.in/yaml.v3"

	"github.com/steward-agents/steward/chain/devchain"
)

// writeAgentConfig copies the template with chain.*, store.url and the
// market-making pool and vault (strategy:) filled in (see WriteConfig).
func writeAgentConfig(template, out, rpc string, chainID uint64, dep devchain.Deployment, storeURL, header string) error {
	return WriteConfig(mmConfig(template, out, rpc, chainID, dep, storeURL, header))
}

// renderAgentConfig is the config writeAgentConfig writes to out.
func renderAgentConfig(template, out, rpc string, chainID uint64, dep devchain.Deployment, storeURL string) ([]byte, error) {
	return renderConfig(mmConfig(template, out, rpc, chainID, dep, storeURL, ""))
}

// mmConfig is the market-making agent's config: the pool and vault under strategy:.
func mmConfig(template, out, rpc string, chainID uint64, dep devchain.Deployment, storeURL, header string) ConfigParams {
	return ConfigParams{Template: template, Out: out, Header: header, RPC: rpc, ChainID: chainID, Guard: dep.Guard, Registry: dep.Registry,
		StoreURL: storeURL, Values: []ConfigValue{{Path: "strategy.pool", Value: dep.Pool.Hex()}, {Path: "strategy.vault", Value: dep.Vault.Hex()}}}
}

// ConfigParams describe an agent config WriteConfig writes.
type ConfigParams struct {
	// Template is the config copied; Out where the copy goes. Required.
	Template, Out string
	// Header is text put before the copy (comment lines).
	Header string
	// RPC, ChainID, Guard and Registry go into chain:.
	RPC             string
	ChainID         uint64
	Guard, Registry common.Address
	// StoreURL goes into store.url; a relative sqlite:// path is relative
	// to the working directory.
	StoreURL string
	// Values are the kind's own, e.g. {"strategy.pool", "0x…"}, set in order.
	Values []ConfigValue
}

// ConfigValue is one value of a written config.
type ConfigValue struct {
	// Path is the value's keys from the root, dot-separated
	// ("strategy.collateral.asset"); missing keys are added.
	Path  string
	Value string
}

// WriteConfig copies p.Template to p.Out with chain.*, store.url and
// p.Values filled in. Comments in the template survive. Paths in a config
// are relative to the config file, so the template's model.card is
// rewritten relative to p.Out, and a relative sqlite:// StoreURL (given
// relative to the working directory, as a command-line flag is) too.
func WriteConfig(p ConfigParams) error {
	b, err := renderConfig(p)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(p.Out), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p.Out, append([]byte(p.Header), b...), 0o644)
}

// renderConfig is the config WriteConfig writes, without the header.
func renderConfig(p ConfigParams) ([]byte, error) {
	data, err := os.ReadFile(p.Template)
	if err != nil {
		return nil, fmt.Errorf("agent config template: %w", err)
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return nil, fmt.Errorf("agent config template %s: not YAML: %v", p.Template, err)
	}
	root := doc.Content[0]
	outDir, err := filepath.Abs(filepath.Dir(p.Out))
	if err != nil {
		return nil, err
	}
	if card := child(child(root, "model"), "card"); card != nil && card.Value != "" {
		templateDir, err := filepath.Abs(filepath.Dir(p.Template))
		if err != nil {
			return nil, err
		}
		set(root, "model.card", relocate(card.Value, templateDir, outDir))
	}
	storeURL := p.StoreURL
	if rest, ok := strings.CutPrefix(storeURL, "sqlite://"); ok && rest != "" && !filepath.IsAbs(rest) {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		storeURL = "sqlite://" + relocate(rest, wd, outDir)
	}
	set(root, "chain.rpc", p.RPC)
	set(root, "chain.chainId", strconv.FormatUint(p.ChainID, 10))
	set(root, "chain.guard", p.Guard.Hex())
	set(root, "chain.registry", p.Registry.Hex())
	for _, v := range p.Values {
		set(root, v.Path, v.Value)
	}
	set(root, "store.url", storeURL)
	return yaml.Marshal(&doc)
}

// set writes value at path (dot-separated keys) under root, adding the
// keys, as mappings, where missing.
func set(root *yaml.Node, path, value string) {
	keys := strings.Split(path, ".")
	m := root
	for _, k := range keys[:len(keys)-1] {
		next := child(m, k)
		switch {
		case next == nil:
			next = &yaml.Node{Kind: yaml.MappingNode}
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: k}, next)
		case next.Kind != yaml.MappingNode:
			// An empty section ("strategy:" with only comments) is a null scalar.
			next.Kind, next.Tag, next.Value, next.Style = yaml.MappingNode, "", "", 0
		}
		m = next
	}
	key := keys[len(keys)-1]
	style := yaml.Style(0)
	if key == "url" || key == "rpc" || len(value) > 2 && value[:2] == "0x" {
		style = yaml.DoubleQuotedStyle
	}
	if v := child(m, key); v != nil {
		v.Kind, v.Tag, v.Value, v.Style = yaml.ScalarNode, "", value, style
		return
	}
	m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Value: key},
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
