package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"reflect"

	"github.com/ethereum/go-ethereum/common"
	"github.com/robfig/cron/v3"
	"gopkg.in/yaml.v3"

	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// Values with a meaning in the config.
const (
	// StrategyMarketMaking is the only agent.strategy so far.
	StrategyMarketMaking = "marketmaking"
	// TriggerBlock is trigger.every's one value: act on every new head.
	TriggerBlock = "block"
	// DefaultPasswordEnv is key.passwordEnv when key.keystore is set and
	// key.passwordEnv is not.
	DefaultPasswordEnv = "STEWARD_KEYSTORE_PASSWORD"
	// DefaultStoreDir holds the SQLite file used when store.url is empty:
	// data/<agent.name>.db, relative to the config file (see Load).
	DefaultStoreDir = "data"
)

// Strategy defaults, applied by Default (and so by Parse and Load) to the
// fields a file leaves out.
const (
	DefaultWidthMultiplier  = 2.0
	DefaultMinWidth         = 60
	DefaultMaxWidth         = 4000
	DefaultRecenterFraction = 0.5
	DefaultWidthChange      = 0.3
)

// CronOptions is how trigger.cron is parsed: robfig/cron's standard five
// fields with an optional leading seconds field, and descriptors such as
// @hourly or @every 30s. The agent runtime must use the same options.
const CronOptions = cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor

// Config is one agent's configuration. Fields tagged yaml:"-" are derived
// by Validate; they are zero until it succeeds.
type Config struct {
	Agent    Agent    `yaml:"agent"`
	Chain    Chain    `yaml:"chain"`
	Key      Key      `yaml:"key"`
	Trigger  Trigger  `yaml:"trigger"`
	Model    Model    `yaml:"model"`
	Strategy Strategy `yaml:"strategy"`
	Policies []Policy `yaml:"policies"`
	// Halt engages the policy engine's kill switch: every action is denied.
	Halt   bool  `yaml:"halt"`
	Store  Store `yaml:"store"`
	DryRun bool  `yaml:"dryRun"` // record what would be sent, send nothing

	// Dir is the directory of the file Load read, against which it resolved
	// the relative paths (model.card, key.keystore, a SQLite store). Empty
	// for a Config from Parse, whose relative paths stay relative to the
	// working directory.
	Dir string `yaml:"-"`
}

// Agent names the agent and its strategy.
type Agent struct {
	Name     string `yaml:"name"`     // required; [a-z0-9-]{1,64}
	Strategy string `yaml:"strategy"` // required; StrategyMarketMaking
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
	Pool     string `yaml:"pool"`     // Uniswap v3 pool to observe
	Vault    string `yaml:"vault"`    // RangeVault the agent steers
	Guard    string `yaml:"guard"`    // ParameterGuard
	Registry string `yaml:"registry"` // InferenceRegistry

	Addresses Addresses `yaml:"-"`
}

// Addresses are the chain addresses parsed from Chain. An address the file
// leaves out is the zero address.
type Addresses struct {
	Pool, Vault, Guard, Registry common.Address
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

// Model points at the model card.
type Model struct {
	Card string `yaml:"card"` // required; a relative path is relative to the config file
}

// Strategy holds the market-making parameters.
type Strategy struct {
	// WidthMultiplier: range half-width = multiplier × forecast (ticks).
	// > 0, at most 1000, in thousandths. Defaults to 2.0.
	WidthMultiplier float64 `yaml:"widthMultiplier"`
	// MinWidth and MaxWidth clamp the range width in ticks; 0 < MinWidth ≤
	// MaxWidth ≤ 1774544 (the whole tick range). Default 60 and 4000.
	MinWidth int64 `yaml:"minWidth"`
	MaxWidth int64 `yaml:"maxWidth"`
	// RecenterFraction: re-range when |tick − centre| > fraction × half-width.
	// In (0, 1], in thousandths. Defaults to 0.5.
	RecenterFraction float64 `yaml:"recenterFraction"`
	// WidthChange: re-range when the wanted width differs from the current
	// one by more than this fraction of it. > 0, at most 1000, in
	// thousandths. Defaults to 0.3.
	WidthChange float64 `yaml:"widthChange"`
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

// Default returns a Config holding every default: the strategy parameters
// above. Build configs in Go from it; Parse decodes files over it.
// Trigger, key.passwordEnv and store defaults are applied by Validate,
// because there an empty value is what selects the default.
func Default() Config {
	return Config{Strategy: Strategy{
		WidthMultiplier:  DefaultWidthMultiplier,
		MinWidth:         DefaultMinWidth,
		MaxWidth:         DefaultMaxWidth,
		RecenterFraction: DefaultRecenterFraction,
		WidthChange:      DefaultWidthChange,
	}}
}

// Load reads and parses the config file at path, then resolves the
// relative paths in it (model.card, key.keystore, a sqlite:// store and the
// default store) against the file's directory, so that a config works from
// any working directory. Errors are prefixed with the path.
func Load(path string) (*Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	c, err := Parse(data)
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
	c.Key.Keystore = abs(c.Key.Keystore)
	if c.Store.Driver == StoreSQLite {
		c.Store.DSN = abs(c.Store.DSN)
	}
}

// Parse decodes one YAML document over Default and validates it. Unknown
// fields, fields of the wrong type and every problem Validate finds are
// reported together, each naming its field path.
func Parse(data []byte) (*Config, error) {
	var root yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(data))
	switch err := dec.Decode(&root); {
	case errors.Is(err, io.EOF):
		return nil, fmt.Errorf("%w: the file is empty", ErrInvalid)
	case err != nil:
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	if len(root.Content) != 1 || root.Content[0].Kind != yaml.MappingNode {
		return nil, fmt.Errorf("%w: the file must be a YAML mapping (agent:, chain:, key:, …)", ErrInvalid)
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%w: a config file holds one YAML document", ErrInvalid)
	}

	// The strict decode runs first: it refuses duplicate keys and
	// excessive aliasing before the walker visits anything.
	c := Default()
	strict := yaml.NewDecoder(bytes.NewReader(data))
	strict.KnownFields(true)
	decodeErr := strict.Decode(&c)
	var te *yaml.TypeError
	if decodeErr != nil && !errors.As(decodeErr, &te) {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, decodeErr)
	}
	w := newWalker()
	w.walk(&root, reflect.TypeFor[Config](), "")
	errs := w.errs
	if te != nil {
		errs = append(errs, w.typeErrors(te)...)
	}
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
// chain.rpc and the four contract addresses. Call it after Validate.
func (c *Config) CheckLive() error {
	var p problems
	if c.Chain.RPC == "" {
		p.add("chain.rpc", "required to run against a node")
	}
	for _, f := range []struct {
		name string
		text string
	}{
		{"chain.pool", c.Chain.Pool},
		{"chain.vault", c.Chain.Vault},
		{"chain.guard", c.Chain.Guard},
		{"chain.registry", c.Chain.Registry},
	} {
		if f.text == "" {
			p.add(f.name, "required to run against a node")
		}
	}
	return errors.Join(p...)
}

// Params converts the strategy section into the market-making strategy's
// integer parameters for a pool with the given tick spacing. Validate
// guarantees the conversion is exact; the strategy's own Validate still
// checks the widths against the tick spacing.
func (s Strategy) Params(tickSpacing int32) marketmaking.Params {
	return marketmaking.Params{
		WidthMilli:       milli(s.WidthMultiplier),
		MinWidth:         int32(s.MinWidth),
		MaxWidth:         int32(s.MaxWidth),
		RecenterMilli:    milli(s.RecenterFraction),
		WidthChangeMilli: milli(s.WidthChange),
		TickSpacing:      tickSpacing,
	}
}

func milli(v float64) int64 { return int64(math.Round(v * 1000)) }
