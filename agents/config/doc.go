// Package config loads an agent's YAML configuration (gopkg.in/yaml.v3,
// strict: unknown keys are errors). configs/marketmaking-demo.yaml is the
// annotated example of every field.
//
// # Loading
//
//	c, err := config.Load("configs/marketmaking-demo.yaml", kinds)
//
// Load reads a file and calls Parse; Parse decodes one YAML document over
// Default and calls Validate. The strategy: section belongs to the strategy
// kind agent.strategy names, among the kinds the caller passes (cmd/steward
// registers them; this package knows none): Parse decodes it over the kind's
// NewSettings, walking the settings' type like the rest of the file, and
// the kind validates it; Config.Kind and Config.Settings hold the result.
// An unknown kind is an error listing the known ones. Every problem is reported in one pass, joined
// with errors.Join, each a *FieldError naming the field path as written in
// the file:
//
//	agent.name: "MM_Test" must be 1 to 64 of a-z, 0-9 and -
//	strategy.pool: "0x12" is not an address (0x and 40 hex digits)
//	policies[1].expr: policy "cooldown": ERROR: <input>:1:8: undeclared reference to 'blok'
//
// yaml.v3 reports unknown fields and type mismatches by line only, so a
// walk over the YAML node tree maps them to field paths first (a line that
// holds several fields, in flow style, keeps "line N"). The walk also
// refuses a fractional number for an integer field, which yaml.v3 would
// silently truncate.
//
// # Defaults
//
//   - strategy: the kind's (its NewSettings; a field left out or null keeps
//     its default);
//   - trigger: every block, when neither trigger.every nor trigger.cron is set;
//   - key.passwordEnv: STEWARD_KEYSTORE_PASSWORD, with key.keystore;
//   - store.url "": the SQLite file data/<agent.name>.db beside the config.
//
// # Paths
//
// model: exactly one of model.card (an ONNX model's card) and model.llm (an
// inference/llm config), of a kind of model the strategy kind runs with
// (program.Kind.Models).
//
// Load resolves the relative paths of a file (model.card, model.llm, key.keystore, a
// sqlite:// store and the default store) against the file's directory and
// records it in Config.Dir, so a config means the same from any working
// directory; the files `steward devnet` and `steward deploy` write follow
// the same rule. Parse, which has no file, leaves relative paths as written.
//
// # Derived fields
//
// Validate fills the yaml:"-" fields: Chain.Addresses (common.Address; an
// address left out is zero), Trigger.Schedule (the parsed cron spec, with
// CronOptions), Store.Driver and Store.DSN. It also compiles the policies
// with package policies, so a bad CEL expression fails loading with the
// rule's name; NewEngine compiles them again into an agent's own engine,
// with the kill switch engaged when halt is true. CheckLive adds what
// `steward run` needs on top: chain.rpc, chain.guard and chain.registry
// (the demo supplies its own chain and contracts); a kind requires its own
// addresses when it builds its program.
//
// # Secrets
//
// A config never holds a private key or password: keys are named by
// environment variable (key.env) or keystore path (key.keystore, password
// in the variable named by key.passwordEnv). A field whose name suggests a
// secret (key.hex, privateKey, password, …), a key.env value that looks
// like a key rather than a variable name, and a store URL with a password
// are refused with errors wrapping ErrSecret. Error messages never echo a
// value that looks like a private key.
package config
