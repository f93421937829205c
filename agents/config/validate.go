package config

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/robfig/cron/v3"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/policies"
)

var (
	agentNameRE = regexp.MustCompile(`^[a-z0-9-]{1,64}$`)
	envNameRE   = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)
	hexKeyRE    = regexp.MustCompile(`^(0[xX])?[0-9a-fA-F]{64}$`)
)

// problems collects field errors.
type problems []error

func (p *problems) add(field, format string, args ...any) {
	*p = append(*p, &FieldError{Field: field, Err: fmt.Errorf(format, args...)})
}

// Validate checks every field, applies the defaults that an empty value
// selects (trigger every block, key.passwordEnv, store), derives the yaml:"-"
// fields, and compiles the policies. It reports every problem (joined),
// each a *FieldError naming its field path.
func (c *Config) Validate() error {
	var p problems
	c.validateAgent(&p)
	c.validateChain(&p)
	c.validateKey(&p)
	c.validateTrigger(&p)
	switch card, llm := strings.TrimSpace(c.Model.Card) != "", strings.TrimSpace(c.Model.LLM) != ""; {
	case !card && !llm:
		p.add("model.card", "required: path of the model card (or model.llm: an LLM config)")
	case card && llm:
		p.add("model", "set exactly one of model.card and model.llm")
	}
	c.validatePolicies(&p)
	c.validateStore(&p)
	return errors.Join(p...)
}

func (c *Config) validateAgent(p *problems) {
	switch {
	case c.Agent.Name == "":
		p.add("agent.name", "required")
	case !agentNameRE.MatchString(c.Agent.Name):
		p.add("agent.name", "%s must be 1 to 64 of a-z, 0-9 and -", quote(c.Agent.Name))
	}
}

// checkNodeURL checks one JSON-RPC endpoint URL.
func checkNodeURL(p *problems, field, raw string) {
	u, err := url.Parse(raw)
	switch {
	case err != nil:
		p.add(field, "not a URL")
	case u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "ws" && u.Scheme != "wss":
		p.add(field, "scheme %s: want http, https, ws or wss", quote(u.Scheme))
	case u.Host == "":
		p.add(field, "no host")
	}
}

func (c *Config) validateChain(p *problems) {
	ch := &c.Chain
	if ch.RPC != "" {
		checkNodeURL(p, "chain.rpc", ch.RPC)
	}
	if len(ch.RPCFallbacks) > 0 && ch.RPC == "" {
		p.add("chain.rpcFallbacks", "needs chain.rpc (the primary node) too")
	}
	for i, fb := range ch.RPCFallbacks {
		checkNodeURL(p, fmt.Sprintf("chain.rpcFallbacks[%d]", i), fb)
	}
	if ch.Builder != "" {
		checkNodeURL(p, "chain.builder", ch.Builder)
	}
	if ch.ChainID == 0 {
		p.add("chain.chainId", "required (> 0)")
	}
	seen := make(map[common.Address]string, 4)
	for _, f := range []struct {
		name string
		text string
		dst  *common.Address
	}{
		{"chain.guard", ch.Guard, &ch.Addresses.Guard},
		{"chain.registry", ch.Registry, &ch.Addresses.Registry},
	} {
		*f.dst = common.Address{}
		if f.text == "" {
			continue
		}
		a, err := program.ParseAddress(f.text)
		if err != nil {
			p.add(f.name, "%s %v", quote(f.text), err)
			continue
		}
		if other, dup := seen[a]; dup {
			p.add(f.name, "same address as %s", other)
			continue
		}
		seen[a] = f.name
		*f.dst = a
	}
}

func (c *Config) validateKey(p *problems) {
	k := &c.Key
	switch {
	case k.Env == "" && k.Keystore == "":
		p.add("key", "set key.env (an environment variable holding the key) or key.keystore")
	case k.Env != "" && k.Keystore != "":
		p.add("key", "set exactly one of key.env and key.keystore")
	}
	checkEnvName(p, "key.env", k.Env)
	if k.Env != "" && k.PasswordEnv != "" {
		p.add("key.passwordEnv", "only used with key.keystore")
	}
	if k.Keystore != "" && k.PasswordEnv == "" {
		k.PasswordEnv = DefaultPasswordEnv
	}
	checkEnvName(p, "key.passwordEnv", k.PasswordEnv)
}

func checkEnvName(p *problems, field, name string) {
	switch {
	case name == "":
	case hexKeyRE.MatchString(name):
		// Never echo it: it may be the key itself.
		*p = append(*p, &FieldError{Field: field, Err: fmt.Errorf("%w: this looks like a private key; write the NAME of an environment variable that holds it", ErrSecret)})
	case !envNameRE.MatchString(name):
		p.add(field, "%s is not an environment variable name", quote(name))
	}
}

func (c *Config) validateTrigger(p *problems) {
	t := &c.Trigger
	t.Schedule = nil
	if t.Every == "" && t.Cron == "" {
		t.Every = TriggerBlock
	}
	if t.Every != "" && t.Cron != "" {
		p.add("trigger", "set exactly one of trigger.every and trigger.cron")
		return
	}
	if t.Every != "" {
		if t.Every != TriggerBlock {
			p.add("trigger.every", "%s: want %q (or use trigger.cron)", quote(t.Every), TriggerBlock)
		}
		return
	}
	s, err := ParseCron(t.Cron)
	if err != nil {
		p.add("trigger.cron", "%s: %v", quote(t.Cron), err)
		return
	}
	t.Schedule = s
}

// ParseCron is the one parser of schedules: robfig/cron with CronOptions,
// refusing an @every under one second (robfig/cron would round it up to a
// second; a faster cadence must follow blocks: trigger.every: block).
func ParseCron(spec string) (cron.Schedule, error) {
	if d, ok := strings.CutPrefix(strings.TrimSpace(spec), "@every "); ok {
		if dur, err := time.ParseDuration(strings.TrimSpace(d)); err == nil && dur < time.Second {
			return nil, errors.New("is under one second; use trigger.every: block")
		}
	}
	return cron.NewParser(CronOptions).Parse(spec)
}

func (c *Config) validatePolicies(p *problems) {
	_, err := policies.Compile(c.Rules())
	if err == nil {
		return
	}
	for _, e := range flatten(err) {
		var re *policies.RuleError
		if errors.As(e, &re) {
			field := fmt.Sprintf("policies[%d].%s", re.Index, re.Field)
			if re.Name == "" {
				p.add(field, "%v", re.Err)
			} else {
				p.add(field, "policy %q: %v", re.Name, re.Err)
			}
			continue
		}
		p.add("policies", "%v", e)
	}
}

// flatten undoes errors.Join; nil gives nil.
func flatten(err error) []error {
	switch e := err.(type) {
	case nil:
		return nil
	case *policies.RuleError, *FieldError:
		return []error{err}
	case interface{ Unwrap() []error }:
		return e.Unwrap()
	}
	return []error{err}
}

func (c *Config) validateStore(p *problems) {
	raw := c.Store.URL
	c.Store = Store{URL: raw}
	if raw == "" {
		c.Store.Driver, c.Store.DSN = StoreSQLite, filepath.Join(DefaultStoreDir, c.Agent.Name+".db")
		return
	}
	st, err := ParseStoreURL(raw)
	if err != nil {
		*p = append(*p, &FieldError{Field: "store.url", Err: err})
		return
	}
	c.Store = st
}

// ParseStoreURL reads a store URL: sqlite://<path> (sqlite:///abs/path for
// an absolute path) or postgres://… / postgresql://… without a password.
// The empty URL's default needs the agent's name, so it is Validate's job.
func ParseStoreURL(raw string) (Store, error) {
	switch {
	case strings.HasPrefix(raw, "sqlite://"):
		path := strings.TrimPrefix(raw, "sqlite://")
		if path == "" {
			return Store{}, errors.New("sqlite:// needs a file path (sqlite:///abs/path or sqlite://rel/path)")
		}
		return Store{URL: raw, Driver: StoreSQLite, DSN: path}, nil
	case strings.HasPrefix(raw, "postgres://") || strings.HasPrefix(raw, "postgresql://"):
		u, err := url.Parse(raw)
		if err != nil {
			// url's error quotes the URL, which may hold a password.
			return Store{}, errors.New("not a valid PostgreSQL URL")
		}
		if _, has := u.User.Password(); has || u.Query().Has("password") {
			return Store{}, fmt.Errorf("%w: the URL holds a password; use PGPASSWORD or ~/.pgpass", ErrSecret)
		}
		return Store{URL: raw, Driver: StorePostgres, DSN: raw}, nil
	default:
		return Store{}, errors.New("want \"\", sqlite://<path> or postgres://…")
	}
}

// quote quotes a value for an error message, hiding anything that looks
// like a private key.
func quote(s string) string { return strconv.Quote(redact(s)) }

func redact(s string) string {
	if hexKeyRE.MatchString(strings.TrimSpace(s)) {
		return "<redacted: looks like a private key>"
	}
	return s
}
