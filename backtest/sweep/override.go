package sweep

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
)

// Base is the agent config a sweep varies: its YAML as written, and the
// directory its relative paths (model.card, …) resolve against.
type Base struct {
	YAML  []byte
	Dir   string
	Kinds []program.Kind
}

// LoadBase reads the agent config at path and checks that it loads as it
// is (config.Load).
func LoadBase(path string, kinds []program.Kind) (Base, error) {
	if _, err := config.Load(path, kinds); err != nil {
		return Base{}, err
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return Base{}, fmt.Errorf("config: %w", err)
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return Base{}, fmt.Errorf("config %s: %w", path, err)
	}
	return Base{YAML: data, Dir: dir, Kinds: kinds}, nil
}

// Apply returns the config YAML with each override set: a mapping key is
// added when the config leaves it out (its default), and
// policies.<name>.<field> sets a field of the policy rule of that name.
// A path into something that is not a mapping, or a policy name the config
// does not have, is an error naming the path. Comments do not survive.
func Apply(configYAML []byte, overrides []Override) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(configYAML, &doc); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) != 1 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, errors.New("config: the file must be a YAML mapping (agent:, chain:, …)")
	}
	for _, o := range overrides {
		var val yaml.Node
		if err := yaml.Unmarshal([]byte(o.Value), &val); err != nil || len(val.Content) != 1 {
			return nil, &FieldError{Field: paramField(o.Path), Err: fmt.Errorf("value %q is not one YAML value", o.Value)}
		}
		if err := set(doc.Content[0], strings.Split(o.Path, "."), val.Content[0]); err != nil {
			return nil, &FieldError{Field: paramField(o.Path), Err: err}
		}
	}
	var buf bytes.Buffer
	enc := yaml.NewEncoder(&buf)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	if err := enc.Close(); err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	return buf.Bytes(), nil
}

// set puts val at path under the mapping m.
func set(m *yaml.Node, path []string, val *yaml.Node) error {
	inRule := false
	for i := 0; ; i++ {
		key := path[i]
		if key == "policies" && i == 0 && !inRule {
			seq := lookup(m, key)
			if seq == nil || seq.Kind != yaml.SequenceNode {
				return errors.New("the config has no policies list")
			}
			name := strings.Join(path[1:len(path)-1], ".")
			rule := policyByName(seq, name)
			if rule == nil {
				return fmt.Errorf("the config has no policy named %q (it has: %s)", name, strings.Join(policyNames(seq), ", "))
			}
			m, path, i, inRule = rule, path[len(path)-1:], -1, true
			continue
		}
		if i == len(path)-1 {
			if v := lookup(m, key); v != nil {
				*v = *val
			} else {
				m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, val)
			}
			return nil
		}
		next := lookup(m, key)
		switch {
		case next == nil:
			next = &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
			m.Content = append(m.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: key}, next)
		case next.Kind == yaml.ScalarNode && next.ShortTag() == "!!null":
			*next = yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
		case next.Kind == yaml.AliasNode:
			return fmt.Errorf("%s is a YAML alias; write it out in the config to sweep it", strings.Join(path[:i+1], "."))
		case next.Kind != yaml.MappingNode:
			return fmt.Errorf("%s is not a mapping, so it has no field %q", strings.Join(path[:i+1], "."), path[i+1])
		}
		m = next
	}
}

// lookup returns the value of key in the mapping m, or nil.
func lookup(m *yaml.Node, key string) *yaml.Node {
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value == key {
			return m.Content[i+1]
		}
	}
	return nil
}

func policyByName(seq *yaml.Node, name string) *yaml.Node {
	for _, rule := range seq.Content {
		if rule.Kind == yaml.MappingNode {
			if n := lookup(rule, "name"); n != nil && n.Value == name {
				return rule
			}
		}
	}
	return nil
}

func policyNames(seq *yaml.Node) []string {
	var names []string
	for _, rule := range seq.Content {
		if rule.Kind == yaml.MappingNode {
			if n := lookup(rule, "name"); n != nil {
				names = append(names, n.Value)
			}
		}
	}
	return names
}

// Build applies the overrides to the base config and parses the result
// into a config whose relative paths resolve against b.Dir, as
// config.Load resolves a file's. agents/config parses bytes only without
// a directory (Parse) and resolves paths only for a file it reads (Load),
// so this resolves them the way Load does: model.card, model.llm,
// key.keystore and a SQLite store.
func (b Base) Build(overrides []Override) (*config.Config, error) {
	data, err := Apply(b.YAML, overrides)
	if err != nil {
		return nil, err
	}
	c, err := config.Parse(data, b.Kinds)
	if err != nil {
		return nil, err
	}
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) || b.Dir == "" {
			return p
		}
		return filepath.Join(b.Dir, p)
	}
	c.Dir = b.Dir
	c.Model.Card = abs(c.Model.Card)
	c.Model.LLM = abs(c.Model.LLM)
	c.Key.Keystore = abs(c.Key.Keystore)
	if c.Store.Driver == config.StoreSQLite {
		c.Store.DSN = abs(c.Store.DSN)
	}
	return c, nil
}
