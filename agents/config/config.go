package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/policies"
)

// Values with a meaning in the config.
const (
	// TriggerBlock is trigger.every's one value: act on every new head.
	TriggerBlock = "block"
	// DefaultPasswordEnv is key.passwordEnv when key.keystore is set and
	// key.passwordEnv is not.
	DefaultPasswordEnv = "STEWARD_KEYSTORE_PASSWORD"
	// DefaultStoreDir holds the SQLite file used when store.url is empty:
	// data/<agent.name>.db, relative to the config file (see Load).
	DefaultStoreDir = "data"
)

// CronOptions is how trigger.cron is parsed: robfig/cron's standard five
// fields with an optional leading seconds field, and descriptors such as
// @hourly or @every 30s. The agent runtime must use the same options.
const CronOptions = cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor

// Config is one agent's configuration. Fields tagged yaml:"-" are derived
// by Validate; they are zero until it succeeds.
type Config struct {
	Agent   Agent   `yaml:"agent"`
	Chain   Chain   `yaml:"chain"`
	Key     Key     `yaml:"key"`
	Trigger Trigger `yaml:"trigger"`
	Model   Model   `yaml:"model"`
	// Strategy is the kind's own section, decoded over the kind's
	// NewSettings into Settings and validated by the kind.
	Strategy yaml.Node `yaml:"strategy"`
	Policies []Policy  `yaml:"policies"`
	// Halt engages the policy engine's kill switch: every action is denied.
	Halt   bool  `yaml:"halt"`
	Store  Store `yaml:"store"`
	DryRun bool  `yaml:"dryRun"` // record what would be sent, send nothing

	// Dir is the directory of the file Load read, against which it resolved
	// the relative paths (model.card, key.keystore, a SQLite store). Empty
	// for a Config from Parse, whose relative paths stay relative to the
	// working directory.
	Dir string `yaml:"-"`
	// Kind is the strategy kind agent.strategy names, and Settings its
	// decoded and validated strategy: section; set by Parse.
	Kind     program.Kind     `yaml:"-"`
	Settings program.Settings `yaml:"-"`
}

// Agent names the agent and its strategy.
type Agent struct {
	Name     string `yaml:"name"`     // required; [a-z0-9-]{1,64}
	Strategy string `yaml:"strategy"` // required; the name of a registered kind
}

// Chain is where the agent acts. The addresses are written as hex strings
// and checked by Validate, which fills Addresses.
type Chain struct {
	// RPC is the node's http(s):// or ws(s):// URL. Optional here, since the
	// demo supplies its own chain; `steward run` requires it (see CheckLive).
	RPC string `yaml:"rpc"`
	// RPCFallbacks are further nodes of the same chain, used in this order
	// when the primary fails; each is checked against ChainID too.
	RPCFallbacks []string `yaml:"rpcFallbacks,omitempty"`
	ChainID      uint64   `yaml:"chainId"` // required; checked against the node
	// Confirmations is how many blocks must be on top of a transaction's
	// block before the outbox treats it as final; until then a reorg that
	// drops it makes the outbox re-broadcast it. Set it to the chain's
	// finality depth. Defaults to 1.
	Confirmations uint64 `yaml:"confirmations,omitempty"`
	// Builder, when set, is a block builder's JSON-RPC URL: bundles are sent
	// there with eth_sendBundle instead of to the node's mempool.
	Builder  string `yaml:"builder,omitempty"`
	Guard    string `yaml:"guard"`    // ParameterGuard
	Registry string `yaml:"registry"` // InferenceRegistry

	Addresses Addresses `yaml:"-"`
}

// Addresses are the chain addresses parsed from Chain. An address the file
// leaves out is the zero address.
type Addresses struct {
	Guard, Registry common.Address
}

// Key says where the agent's signing key is. Exactly one of Env and
// Keystore is set; the key itself never appears in a config.
type Key struct {
	Env         string `yaml:"env"`         // environment variable holding the hex private key
	Keystore    string `yaml:"keystore"`    // path of an encrypted keystore file
	PasswordEnv string `yaml:"passwordEnv"` // environment variable holding the keystore password; defaults to DefaultPasswordEnv
}

// Trigger says when the agent ticks: exactly one of Every and Cron.
// Defaults to every block.
type Trigger struct {
	Every string `yaml:"every"` // TriggerBlock
	Cron  string `yaml:"cron"`  // robfig/cron spec, see CronOptions

	Schedule cron.Schedule `yaml:"-"` // parsed Cron; nil for block triggers
}

// Model points at the agent's model: exactly one of a model card (ONNX)
// and an LLM config (inference/llm), of a kind of model its strategy kind
// runs with.
type Model struct {
	Card string `yaml:"card"` // a model card; a relative path is relative to the config file
	LLM  string `yaml:"llm"`  // an inference/llm config (YAML); relative to the config file too
}

// Kind is the kind of model the config names.
func (m Model) Kind() program.ModelKind {
	if m.LLM != "" {
		return program.ModelLLM
	}
	return program.ModelONNX
}

// Policy is one guardrail; see package policies for the expression language.
type Policy struct {
	Name    string `yaml:"name"`
	Expr    string `yaml:"expr"`
	Message string `yaml:"message"`
}

// StoreDriver is the kind of store a config selects.
type StoreDriver string

// Store drivers.
const (
	StoreSQLite   StoreDriver = "sqlite"
	StorePostgres StoreDriver = "postgres"
)

// Store selects where the agent records everything it does.
type Store struct {
	// URL is "" (SQLite file DefaultStoreDir/<agent.name>.db),
	// sqlite://<path> (sqlite:///abs/path for an absolute path), or
	// postgres://… / postgresql://… without a password (use PGPASSWORD or
	// ~/.pgpass).
	URL string `yaml:"url"`

	Driver StoreDriver `yaml:"-"` // derived from URL
	DSN    string      `yaml:"-"` // the SQLite file path, or the PostgreSQL URL
}

// Default returns a Config holding every default Parse starts from (none
// so far: trigger, key.passwordEnv and store defaults are applied by
// Validate, where an empty value selects them, and the strategy's by its
// kind's NewSettings).
func Default() Config { return Config{} }

// Load reads and parses the config file at path, then resolves the
// relative paths in it (model.card, key.keystore, a sqlite:// store and the
// default store) against the file's directory, so that a config works from
// any working directory. Errors are prefixed with the path.
func Load(path string, kinds []program.Kind) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data, kinds)
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	c.resolvePaths(dir)
	return c, nil
}

// resolvePaths makes the config's relative file paths relative to dir.
func (c *Config) resolvePaths(dir string) {
	c.Dir = dir
	abs := func(p string) string {
		if p == "" || filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(dir, p)
	}
	c.Model.Card = abs(c.Model.Card)
	c.Model.LLM = abs(c.Model.LLM)
	c.Key.Keystore = abs(c.Key.Keystore)
	if c.Store.Driver == StoreSQLite {
		c.Store.DSN = abs(c.Store.DSN)
	}
}

// decodeYAML runs a yaml.v3 decode, turning a panic into an error:
// yaml.v3 panics on some inputs it should refuse (an alias of a mapping
// used as a mapping key: "hash of unhashable type"), and a config file
// is input.
func decodeYAML(decode func(any) error, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("malformed YAML: %v", r)
		}
	}()
	return decode(v)
}

// Parse decodes one YAML document over Default and validates it; the
// strategy: section is decoded over the settings of the kind (among kinds)
// that agent.strategy names, and validated by it. Unknown fields, fields of
// the wrong type and every problem Validate and the kind find are reported
// together, each naming its field path.
func Parse(data []byte, kinds []program.Kind) (*Config, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	switch err := decodeYAML(dec.Decode, &root); {
	case errors.Is(err, io.EOF):
		return nil, fmt.Errorf("%w: the file is empty", ErrInvalid)
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if len(root.Content) != 1 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: the file must be a YAML mapping (agent:, chain:, key:, …)", ErrInvalid)
	}
	var extra yaml.Node
	if err := decodeYAML(dec.Decode, &extra); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: a config file holds one YAML document", ErrInvalid)
	}

	// The strict decode runs first: it refuses duplicate keys and
	// excessive aliasing before the walker visits anything.
	c := Default()
	strict := yaml.NewDecoder(bytes.NewReader(data))
	strict.KnownFields(true)
	decodeErr := decodeYAML(strict.Decode, &c)
	var te *yaml.TypeError
	if decodeErr != nil && !errors.As(decodeErr, &te) {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, decodeErr)
	}
	w := newWalker()
	w.walk(&root, reflect.TypeFor[Config](), "")
	if te != nil {
		w.errs = append(w.errs, w.typeErrors(te)...)
	}
	c.decodeStrategy(w, kinds)
	errs := w.errs
	// Validate even after decoding problems, so that one pass reports
	// everything; a field the decoder already complained about is not
	// reported twice.
	decoded := make(map[string]bool, len(errs))
	for _, e := range errs {
		if fe, ok := e.(*FieldError); ok {
			decoded[fe.Field] = true
		}
	}
	for _, e := range flatten(c.Validate()) {
		if fe, ok := e.(*FieldError); !ok || !decoded[fe.Field] {
			errs = append(errs, e)
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return &c, nil
}

// decodeStrategy finds the kind agent.strategy names and decodes the
// strategy: section over its settings, reporting through w: unknown keys
// and wrong types by path (the walker walks the settings' type), then the
// kind's own validation, each under "strategy.".
func (c *Config) decodeStrategy(w *walker, kinds []program.Kind) {
	names := make([]string, len(kinds))
	for i, k := range kinds {
		names[i] = k.Name
		if k.Name == c.Agent.Strategy {
			c.Kind = k
		}
	}
	slices.Sort(names)
	known := strings.Join(names, ", ")
	switch {
	case c.Agent.Strategy == "":
		w.fail("agent.strategy", fmt.Errorf("required (known: %s)", known))
		return
	case c.Kind.Name == "":
		w.fail("agent.strategy", fmt.Errorf("%s is not a strategy kind (known: %s)", quote(c.Agent.Strategy), known))
		return
	}
	if (c.Model.Card != "") != (c.Model.LLM != "") && !slices.Contains(c.Kind.Models, c.Model.Kind()) {
		w.fail("model."+map[program.ModelKind]string{program.ModelONNX: "card", program.ModelLLM: "llm"}[c.Model.Kind()],
			fmt.Errorf("the %s strategy runs with %s models, not %s", c.Kind.Name, joinKinds(c.Kind.Models), c.Model.Kind()))
	}
	settings := c.Kind.NewSettings()
	if n := &c.Strategy; n.Kind != 0 && n.ShortTag() != "!!null" {
		w.walk(n, reflect.TypeOf(settings).Elem(), "strategy")
		if err := decodeYAML(n.Decode, settings); err != nil {
			var te *yaml.TypeError
			if !errors.As(err, &te) {
				w.fail("strategy", err)
				return
			}
			for _, e := range w.typeErrors(te) {
				// The walker reports unknown keys with the known ones.
				if fe, ok := e.(*FieldError); !ok || !strings.Contains(fe.Err.Error(), " not found in type ") {
					w.errs = append(w.errs, e)
				}
			}
		}
	}
	for _, e := range flatten(settings.Validate()) {
		var fe *program.FieldError
		if errors.As(e, &fe) {
			w.fail("strategy."+fe.Field, fe.Err)
		} else {
			w.fail("strategy", e)
		}
	}
	c.Settings = settings
}

func joinKinds(ks []program.ModelKind) string {
	s := make([]string, len(ks))
	for i, k := range ks {
		s[i] = string(k)
	}
	return strings.Join(s, " or ")
}

// Rules returns the policies in the form package policies compiles.
func (c *Config) Rules() []policies.Rule {
	rules := make([]policies.Rule, len(c.Policies))
	for i, p := range c.Policies {
		rules[i] = policies.Rule{Name: p.Name, Expr: p.Expr, Message: p.Message}
	}
	return rules
}

// NewEngine compiles the policies into a fresh engine for one agent, with
// its kill switch engaged when Halt is set.
func (c *Config) NewEngine() (*policies.Engine, error) {
	e, err := policies.Compile(c.Rules())
	if err != nil {
		return nil, err
	}
	if c.Halt {
		e.KillSwitch().Engage()
	}
	return e, nil
}

// CheckLive reports what a live run (`steward run`) needs beyond Validate:
// chain.rpc and the guard's and registry's addresses (the strategy's own
// addresses are its kind's to require, when it builds its program). Call
// it after Validate.
func (c *Config) CheckLive() error {
	var p problems
	if c.Chain.RPC == "" {
		p.add("chain.rpc", "required to run against a node")
	}
	for _, f := range []struct {
		name string
		text string
	}{
		{"chain.guard", c.Chain.Guard},
		{"chain.registry", c.Chain.Registry},
	} {
		if f.text == "" {
			p.add(f.name, "required to run against a node")
		}
	}
	return errors.Join(p...)
}
