package config

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

const demoPath = "../../configs/marketmaking-demo.yaml"

// testKinds are the strategy kinds these tests parse: market making, as
// cmd/steward registers it.
var testKinds = []program.Kind{marketmaking.Kind()}

// mm returns the market-making settings a config decoded.
func mm(t *testing.T, c *Config) *marketmaking.Settings {
	t.Helper()
	s, ok := c.Settings.(*marketmaking.Settings)
	if !ok {
		t.Fatalf("settings of type %T, want *marketmaking.Settings", c.Settings)
	}
	return s
}

// minimal is the smallest valid config: everything else has a default.
const minimal = `
agent: {name: mm-test, strategy: marketmaking}
chain: {chainId: 1337}
key: {env: STEWARD_AGENT_KEY}
model: {card: configs/models/mm-range-v1.card.json}
`

// full sets every field.
const full = `
agent:
  name: mm-usdc-weth
  strategy: marketmaking
chain:
  rpc: wss://node.example:8546/ws
  chainId: 10143
  guard: "0xDBF03B407C01E7CD3CBEA99509D93F8DDDC8C6FB"
  registry: "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
key:
  keystore: keys/agent.json
trigger:
  cron: "*/15 * * * * *"
model:
  card: configs/models/mm-range-v1.card.json
strategy:
  pool: "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
  vault: "0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"
  widthMultiplier: 1.25
  minWidth: 120
  maxWidth: 6000
  recenterFraction: 1
  widthChange: 0.125
policies:
  - name: width-bounds
    expr: "action.width >= 120 && action.width <= 6000"
    message: "range width outside [120, 6000] ticks"
halt: true
store:
  url: postgres://steward@127.0.0.1:5432/steward_test?sslmode=disable
dryRun: true
`

func TestLoadDemo(t *testing.T) {
	c, err := Load(demoPath, testKinds)
	if err != nil {
		t.Fatalf("the demo config must load: %v", err)
	}
	if c.Agent.Name != "mm-usdc-weth" || c.Chain.ChainID != 1337 || c.Chain.RPC != "http://127.0.0.1:8545" {
		t.Errorf("agent/chain = %+v %+v", c.Agent, c.Chain)
	}
	if c.Trigger.Every != TriggerBlock || c.Trigger.Schedule != nil {
		t.Errorf("trigger = %+v, want every block", c.Trigger)
	}
	if want := marketmaking.DefaultSettings(); *mm(t, c) != *want {
		t.Errorf("strategy = %+v, want %+v", mm(t, c), want)
	}
	// Relative paths are relative to the config file (issue 9).
	configsDir, err := filepath.Abs(filepath.Dir(demoPath))
	if err != nil {
		t.Fatal(err)
	}
	if c.Store.Driver != StoreSQLite || c.Store.DSN != filepath.Join(configsDir, "data", "mm-usdc-weth.db") {
		t.Errorf("store = %+v, want the SQLite file data/mm-usdc-weth.db beside the config", c.Store)
	}
	if want := filepath.Join(configsDir, "models", "mm-range-v1.card.json"); c.Model.Card != want || c.Dir != configsDir {
		t.Errorf("model.card = %s (dir %s), want %s", c.Model.Card, c.Dir, want)
	}
	if _, err := os.Stat(c.Model.Card); err != nil {
		t.Errorf("the demo's model card: %v", err)
	}
	if len(c.Policies) != 3 || c.Halt || c.DryRun {
		t.Errorf("policies %d halt %v dryRun %v", len(c.Policies), c.Halt, c.DryRun)
	}

	// The demo's policies behave as their messages say.
	e, err := c.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	in := policies.Input{
		Action: map[string]any{"width": 600, "center": 1000, "tickLower": 700, "tickUpper": 1300},
		State:  map[string]any{"tick": 990, "twapTick": 1100},
		Block:  policies.BlockInfo{Number: 50},
	}
	if v, err := e.Evaluate(context.Background(), in); err != nil || !v.Allowed {
		t.Fatalf("first action: %+v %v", v, err)
	}
	in.Last = map[string]any{"block": uint64(49)}
	in.Action["width"] = 5000
	v, err := e.Evaluate(context.Background(), in)
	if err != nil || v.Allowed || v.Results[0].Allowed || v.Results[1].Allowed || !v.Results[2].Allowed {
		t.Fatalf("too wide and too soon: %+v %v", v, err)
	}
}

func TestParseMinimalAppliesDefaults(t *testing.T) {
	c, err := Parse([]byte(minimal), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	want := marketmaking.Settings{WidthMultiplier: 2, MinWidth: 60, MaxWidth: 4000, RecenterFraction: 0.5, WidthChange: 0.3}
	if *mm(t, c) != want || c.Kind.Name != marketmaking.KindName {
		t.Errorf("strategy = %+v (kind %q), want %+v", mm(t, c), c.Kind.Name, want)
	}
	if c.Trigger.Every != TriggerBlock {
		t.Errorf("trigger.every = %q, want block", c.Trigger.Every)
	}
	if c.Key.PasswordEnv != "" {
		t.Errorf("key.passwordEnv = %q, want empty with key.env", c.Key.PasswordEnv)
	}
	if c.Store.Driver != StoreSQLite || c.Store.DSN != filepath.Join("data", "mm-test.db") {
		t.Errorf("store = %+v", c.Store)
	}
	if c.Chain.Addresses != (Addresses{}) {
		t.Errorf("addresses = %+v, want zero", c.Chain.Addresses)
	}
	if err := c.CheckLive(); err == nil || !strings.Contains(err.Error(), "chain.rpc") || !strings.Contains(err.Error(), "chain.registry") {
		t.Errorf("CheckLive = %v, want chain.rpc and the addresses named", err)
	}
	e, err := c.NewEngine()
	if err != nil || e.Len() != 0 || e.KillSwitch().Engaged() {
		t.Errorf("engine: %v", err)
	}
}

func TestParseFull(t *testing.T) {
	c, err := Parse([]byte(full), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	if s := mm(t, c); s.PoolAddress != common.HexToAddress("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed") ||
		s.VaultAddress != common.HexToAddress("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359") {
		t.Errorf("strategy addresses = %s %s", s.PoolAddress, s.VaultAddress)
	}
	want := Addresses{
		Guard:    common.HexToAddress("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB"),
		Registry: common.HexToAddress("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"),
	}
	if c.Chain.Addresses != want {
		t.Errorf("addresses = %+v, want %+v", c.Chain.Addresses, want)
	}
	if c.Key.PasswordEnv != DefaultPasswordEnv {
		t.Errorf("key.passwordEnv = %q, want the default", c.Key.PasswordEnv)
	}
	if c.Trigger.Schedule == nil {
		t.Fatal("cron schedule not parsed")
	}
	from := time.Date(2026, 1, 1, 0, 0, 1, 0, time.UTC)
	if next := c.Trigger.Schedule.Next(from); !next.Equal(from.Add(14 * time.Second)) {
		t.Errorf("next tick after %v = %v, want seconds field honoured", from, next)
	}
	if c.Store.Driver != StorePostgres || c.Store.DSN != "postgres://steward@127.0.0.1:5432/steward_test?sslmode=disable" {
		t.Errorf("store = %+v", c.Store)
	}
	if !c.DryRun || !c.Halt {
		t.Errorf("dryRun %v halt %v", c.DryRun, c.Halt)
	}
	if err := c.CheckLive(); err != nil {
		t.Errorf("CheckLive: %v", err)
	}
	e, err := c.NewEngine()
	if err != nil {
		t.Fatal(err)
	}
	v, _ := e.Evaluate(context.Background(), policies.Input{Action: map[string]any{"width": 600}})
	if v.Allowed || v.Results[0].Name != policies.KillSwitchRule {
		t.Errorf("halt: true must engage the kill switch, got %+v", v)
	}
	p := mm(t, c).Params(60)
	wantP := marketmaking.Params{WidthMilli: 1250, MinWidth: 120, MaxWidth: 6000, RecenterMilli: 1000, WidthChangeMilli: 125, TickSpacing: 60}
	if p != wantP {
		t.Errorf("Params = %+v, want %+v", p, wantP)
	}
	if err := p.Validate(); err != nil {
		t.Errorf("strategy refuses converted params: %v", err)
	}
}

func TestParseOtherValidForms(t *testing.T) {
	for _, tc := range []struct {
		name, old, new string
		check          func(*testing.T, *Config)
	}{
		{"five-field cron", "key: {env: STEWARD_AGENT_KEY}", "key: {env: STEWARD_AGENT_KEY}\ntrigger: {cron: '0 */5 * * *'}", func(t *testing.T, c *Config) {
			if c.Trigger.Schedule == nil || c.Trigger.Every != "" {
				t.Errorf("trigger = %+v", c.Trigger)
			}
		}},
		{"cron descriptor", "key: {env: STEWARD_AGENT_KEY}", "key: {env: STEWARD_AGENT_KEY}\ntrigger: {cron: '@every 2s'}", nil},
		{"explicit every block with empty cron", "key: {env: STEWARD_AGENT_KEY}", "key: {env: STEWARD_AGENT_KEY}\ntrigger: {every: block, cron: ''}", nil},
		{"sqlite absolute", "key: {env: STEWARD_AGENT_KEY}", "key: {env: STEWARD_AGENT_KEY}\nstore: {url: 'sqlite:///var/lib/steward/a.db'}", func(t *testing.T, c *Config) {
			if c.Store.Driver != StoreSQLite || c.Store.DSN != "/var/lib/steward/a.db" {
				t.Errorf("store = %+v", c.Store)
			}
		}},
		{"keystore with its own password env", "key: {env: STEWARD_AGENT_KEY}", "key: {keystore: k.json, passwordEnv: MY_PASS}", func(t *testing.T, c *Config) {
			if c.Key.PasswordEnv != "MY_PASS" {
				t.Errorf("passwordEnv = %q", c.Key.PasswordEnv)
			}
		}},
		{"null strategy keeps defaults", "key: {env: STEWARD_AGENT_KEY}", "key: {env: STEWARD_AGENT_KEY}\nstrategy:\n", func(t *testing.T, c *Config) {
			if *mm(t, c) != *marketmaking.DefaultSettings() {
				t.Errorf("strategy = %+v", mm(t, c))
			}
		}},
		{"partial strategy", "key: {env: STEWARD_AGENT_KEY}", "key: {env: STEWARD_AGENT_KEY}\nstrategy: {maxWidth: 8000}", func(t *testing.T, c *Config) {
			if s := mm(t, c); s.MaxWidth != 8000 || s.MinWidth != marketmaking.DefaultMinWidth {
				t.Errorf("strategy = %+v", s)
			}
		}},
		{"anchors and merge keys", "chain: {chainId: 1337}", "x-defaults: &d {chainId: 1337}\nchain: {<<: *d}", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.name == "anchors and merge keys" {
				// an unknown top-level key is still refused, even as an anchor holder
				if _, err := Parse([]byte(edit(t, minimal, tc.old, tc.new)), testKinds); err == nil || !strings.Contains(err.Error(), "x-defaults") {
					t.Fatalf("want x-defaults refused, got %v", err)
				}
				tc.new = "chain: &d {chainId: 1337}"
			}
			c, err := Parse([]byte(edit(t, minimal, tc.old, tc.new)), testKinds)
			if err != nil {
				t.Fatal(err)
			}
			if tc.check != nil {
				tc.check(t, c)
			}
		})
	}
}

// edit replaces old by new in s, failing when old is absent.
func edit(t testing.TB, s, old, new string) string {
	t.Helper()
	if !strings.Contains(s, old) {
		t.Fatalf("test bug: %q not in config", old)
	}
	return strings.Replace(s, old, new, 1)
}

func TestParseInvalid(t *testing.T) {
	const privKey = "4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318"
	type kase struct {
		name   string
		yaml   string
		fields []string // field paths every one of which the error must name
		substr string   // and a phrase it must hold
		secret bool     // the error must wrap ErrSecret
	}
	m := func(old, new string) string { return edit(t, minimal, old, new) }
	f := func(old, new string) string { return edit(t, full, old, new) }
	cases := []kase{
		{name: "empty file", yaml: "", substr: "empty"},
		{name: "comment only", yaml: "# nothing\n", substr: "empty"},
		{name: "syntax error", yaml: "agent: {name: x\n", substr: "yaml"},
		{name: "two documents", yaml: minimal + "---\n" + minimal, substr: "one YAML document"},
		{name: "not a mapping", yaml: "- a\n- b\n", substr: "must be a YAML mapping"},
		{name: "a scalar", yaml: "hello\n", substr: "must be a YAML mapping"},
		{name: "flow mapping with a bad value", yaml: m("chain: {chainId: 1337}", "chain: {chainId: ten}"), fields: []string{"chain.chainId"}, substr: "cannot unmarshal"},
		{name: "block mapping with a bad value", yaml: m("chain: {chainId: 1337}", "chain:\n  chainId: ten"), fields: []string{"chain.chainId"}, substr: "cannot unmarshal"},
		{name: "unknown top-level field", yaml: minimal + "agnt: {}\n", fields: []string{"agnt"}, substr: "unknown field"},
		{name: "unknown nested field", yaml: m("name: mm-test", "nmae: mm-test"), fields: []string{"agent.nmae", "agent.name"}},
		{name: "unknown policy field", yaml: f("message: \"range", "mesage: \"range"), fields: []string{"policies[0].mesage"}},
		{name: "key.hex refused", yaml: m("{env: STEWARD_AGENT_KEY}", "{hex: "+privKey+"}"), fields: []string{"key.hex", "key"}, secret: true},
		{name: "top-level privateKey refused", yaml: minimal + "privateKey: " + privKey + "\n", fields: []string{"privateKey"}, secret: true},
		{name: "key password refused", yaml: f("keystore: keys/agent.json", "keystore: keys/agent.json\n  password: hunter2"), fields: []string{"key.password"}, secret: true},
		{name: "key itself in key.env", yaml: m("STEWARD_AGENT_KEY", "0x"+privKey), fields: []string{"key.env"}, secret: true},
		{name: "agent name missing", yaml: m("name: mm-test, ", ""), fields: []string{"agent.name"}, substr: "required"},
		{name: "agent name upper case", yaml: m("mm-test", "MM_Test"), fields: []string{"agent.name"}, substr: `"MM_Test"`},
		{name: "agent name too long", yaml: m("mm-test", strings.Repeat("a", 65)), fields: []string{"agent.name"}},
		{name: "unknown strategy", yaml: m("strategy: marketmaking", "strategy: lending"), fields: []string{"agent.strategy"}, substr: `"lending"`},
		{name: "rpc scheme", yaml: f("wss://node.example:8546/ws", "ftp://node.example"), fields: []string{"chain.rpc"}, substr: "scheme"},
		{name: "rpc without host", yaml: f("wss://node.example:8546/ws", "http://"), fields: []string{"chain.rpc"}, substr: "no host"},
		{name: "fallback rpc scheme", yaml: f("wss://node.example:8546/ws", "wss://node.example:8546/ws\n  rpcFallbacks: [\"http://b.example\", \"ftp://c.example\"]"), fields: []string{"chain.rpcFallbacks[1]"}, substr: "scheme"},
		{name: "builder scheme", yaml: f("wss://node.example:8546/ws", "wss://node.example:8546/ws\n  builder: \"ftp://builder.example\""), fields: []string{"chain.builder"}, substr: "scheme"},
		{name: "fallbacks without a primary", yaml: m("chain: {chainId: 1337}", "chain: {chainId: 1337, rpcFallbacks: ['http://b.example']}"), fields: []string{"chain.rpcFallbacks"}, substr: "needs chain.rpc"},
		{name: "chainId missing", yaml: m("chain: {chainId: 1337}", "chain: {rpc: 'http://127.0.0.1:8545'}"), fields: []string{"chain.chainId"}},
		{name: "chainId not a number", yaml: f("chainId: 10143", "chainId: ten"), fields: []string{"chain.chainId"}, substr: "cannot unmarshal"},
		{name: "chainId negative", yaml: f("chainId: 10143", "chainId: -1"), fields: []string{"chain.chainId"}},
		{name: "short address", yaml: f(`"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"`, `"0x12"`), fields: []string{"strategy.pool"}, substr: `strategy.pool: "0x12" is not an address`},
		{name: "address without 0x", yaml: f(`"0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359"`, `"fb6916095ca1df60bb79ce92ce3ea74c37c5d359"`), fields: []string{"strategy.vault"}},
		{name: "bad checksum", yaml: f("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAeD"), fields: []string{"strategy.pool"}, substr: "checksum"},
		{name: "zero address", yaml: f("0xDBF03B407C01E7CD3CBEA99509D93F8DDDC8C6FB", "0x0000000000000000000000000000000000000000"), fields: []string{"chain.guard"}, substr: "zero address"},
		{name: "same address twice", yaml: f("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb", "0xdbf03b407c01e7cd3cbea99509d93f8dddc8c6fb"), fields: []string{"chain.registry"}, substr: "chain.guard"},
		{name: "vault is the pool", yaml: f("0xfb6916095ca1df60bb79ce92ce3ea74c37c5d359", "0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed"), fields: []string{"strategy.vault"}, substr: "same address as pool"},
		// The pool moved from chain: to its kind's section (issue 10).
		{name: "pool under chain", yaml: f("chainId: 10143", "chainId: 10143\n  pool: \"0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed\""), fields: []string{"chain.pool"}, substr: "unknown field"},
		{name: "unknown strategy field", yaml: f("widthMultiplier: 1.25", "widthMultiplier: 1.25\n  widthMultipler: 2"), fields: []string{"strategy.widthMultipler"}, substr: "known here: maxWidth, minWidth, pool"},
		{name: "no key", yaml: m("key: {env: STEWARD_AGENT_KEY}\n", ""), fields: []string{"key"}},
		{name: "both keys", yaml: m("{env: STEWARD_AGENT_KEY}", "{env: STEWARD_AGENT_KEY, keystore: k.json}"), fields: []string{"key"}, substr: "exactly one"},
		{name: "passwordEnv with env", yaml: m("{env: STEWARD_AGENT_KEY}", "{env: STEWARD_AGENT_KEY, passwordEnv: P}"), fields: []string{"key.passwordEnv"}},
		{name: "bad env name", yaml: m("STEWARD_AGENT_KEY", "1-KEY"), fields: []string{"key.env"}, substr: "environment variable name"},
		{name: "both triggers", yaml: f(`cron: "*/15 * * * * *"`, `cron: "*/15 * * * * *"`+"\n  every: block"), fields: []string{"trigger"}, substr: "exactly one"},
		{name: "every minute", yaml: f(`cron: "*/15 * * * * *"`, "every: minute"), fields: []string{"trigger.every"}},
		{name: "bad cron", yaml: f(`"*/15 * * * * *"`, `"61 * * * *"`), fields: []string{"trigger.cron"}, substr: "61"},
		{name: "sub-second cron", yaml: f(`"*/15 * * * * *"`, `"@every 500ms"`), fields: []string{"trigger.cron"}, substr: "under one second"},
		{name: "card and llm", yaml: f("card: configs/models/mm-range-v1.card.json", "card: configs/models/mm-range-v1.card.json\n  llm: llm.yaml"), fields: []string{"model"}, substr: "exactly one"},
		{name: "model card missing", yaml: m("model: {card: configs/models/mm-range-v1.card.json}\n", ""), fields: []string{"model.card"}},
		{name: "width multiplier zero", yaml: f("widthMultiplier: 1.25", "widthMultiplier: 0"), fields: []string{"strategy.widthMultiplier"}},
		{name: "width multiplier NaN", yaml: f("widthMultiplier: 1.25", "widthMultiplier: .nan"), fields: []string{"strategy.widthMultiplier"}},
		{name: "width multiplier infinite", yaml: f("widthMultiplier: 1.25", "widthMultiplier: .inf"), fields: []string{"strategy.widthMultiplier"}},
		{name: "width multiplier too precise", yaml: f("widthMultiplier: 1.25", "widthMultiplier: 1.2505"), fields: []string{"strategy.widthMultiplier"}, substr: "three decimals"},
		// yaml.v3 truncates 60.5 to 60 when decoding into an int.
		{name: "fractional min width", yaml: f("minWidth: 120", "minWidth: 120.5"), fields: []string{"strategy.minWidth"}, substr: "whole number"},
		{name: "min width zero", yaml: f("minWidth: 120", "minWidth: 0"), fields: []string{"strategy.minWidth"}},
		{name: "max below min", yaml: f("maxWidth: 6000", "maxWidth: 100"), fields: []string{"strategy.maxWidth"}},
		{name: "max beyond tick range", yaml: f("maxWidth: 6000", "maxWidth: 2000000"), fields: []string{"strategy.maxWidth"}},
		{name: "recenter above one", yaml: f("recenterFraction: 1", "recenterFraction: 1.5"), fields: []string{"strategy.recenterFraction"}},
		{name: "width change zero", yaml: f("widthChange: 0.125", "widthChange: 0"), fields: []string{"strategy.widthChange"}},
		{name: "strategy as a list", yaml: f("strategy:\n  pool", "strategy: [1]\nx:\n  pool"), fields: []string{"strategy", "x"}},
		{name: "policy bad CEL", yaml: f(`"action.width >= 120 && action.width <= 6000"`, `"action.width >= "`), fields: []string{"policies[0].expr"}, substr: `"width-bounds"`},
		{name: "policy not bool", yaml: f(`"action.width >= 120 && action.width <= 6000"`, `"action.width + 1"`), fields: []string{"policies[0].expr"}, substr: "want bool"},
		{name: "policy unnamed", yaml: f("- name: width-bounds", "- name: ''"), fields: []string{"policies[0].name"}},
		{name: "policy duplicate", yaml: f("policies:\n", "policies:\n  - {name: width-bounds, expr: 'true'}\n"), fields: []string{"policies[1].name"}, substr: "duplicates"},
		{name: "policies not a list", yaml: f("policies:\n", "policies: {a: 1}\nx:\n"), fields: []string{"policies"}},
		{name: "store password", yaml: f("postgres://steward@", "postgres://steward:hunter2@"), fields: []string{"store.url"}, secret: true},
		{name: "store password in query", yaml: f("sslmode=disable", "sslmode=disable&password=hunter2"), fields: []string{"store.url"}, secret: true},
		{name: "store scheme", yaml: f("postgres://steward@127.0.0.1:5432/steward_test?sslmode=disable", "mysql://x/y"), fields: []string{"store.url"}},
		{name: "sqlite without path", yaml: f("postgres://steward@127.0.0.1:5432/steward_test?sslmode=disable", "'sqlite://'"), fields: []string{"store.url"}},
		{name: "halt not a bool", yaml: f("halt: true", "halt: maybe"), fields: []string{"halt"}, substr: "cannot unmarshal"},
		{name: "duplicate key", yaml: minimal + "agent: {name: b}\n", substr: "already defined"},
		// Every policy merges the one before it twice: 2^n walks without a budget.
		{name: "exponential merge keys", yaml: minimal + mergeBomb(40), substr: "YAML nodes"},
		{name: "every problem at once", yaml: `
agent: {name: Bad Name, strategy: x}
chain: {chainId: 0, pool: "0x12"}
key: {}
trigger: {every: hour}
strategy: {widthMultiplier: -1, maxWidth: 10}
policies: [{name: p, expr: "1"}]
store: {url: "redis://x"}
`, fields: []string{"agent.name", "agent.strategy", "chain.chainId", "chain.pool", "key", "trigger.every", "model.card",
			"policies[0].expr", "store.url"}},
		{name: "every strategy problem at once", yaml: minimal + "strategy: {pool: '0x12', widthMultiplier: -1, maxWidth: 10, recenterFraction: 0.5005}\n",
			fields: []string{"strategy.pool", "strategy.widthMultiplier", "strategy.maxWidth", "strategy.recenterFraction"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c, err := Parse([]byte(tc.yaml), testKinds)
			if err == nil {
				t.Fatalf("parsed %+v, want an error", c)
			}
			if c != nil {
				t.Error("Parse returned a config with an error")
			}
			if !errors.Is(err, ErrInvalid) {
				t.Errorf("error does not wrap ErrInvalid: %v", err)
			}
			msg := err.Error()
			for _, field := range tc.fields {
				if !strings.Contains(msg, field+": ") {
					t.Errorf("error does not name %s:\n%s", field, msg)
				}
			}
			if !strings.Contains(msg, tc.substr) {
				t.Errorf("error does not mention %q:\n%s", tc.substr, msg)
			}
			if tc.secret != errors.Is(err, ErrSecret) {
				t.Errorf("errors.Is(err, ErrSecret) = %v, want %v:\n%s", !tc.secret, tc.secret, msg)
			}
			for _, s := range []string{privKey, "hunter2"} {
				if strings.Contains(msg, s) {
					t.Errorf("error message leaks a secret:\n%s", msg)
				}
			}
		})
	}
}

func TestFieldErrorIs(t *testing.T) {
	_, err := Parse([]byte(edit(t, minimal, "chain: {chainId: 1337}", "chain: {chainId: 1337, guard: '0x12'}")), testKinds)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "chain.guard" {
		t.Fatalf("want a *FieldError for chain.guard, got %v", err)
	}
	// A kind's own field errors are config FieldErrors under strategy.
	_, err = Parse([]byte(minimal+"strategy: {pool: '0x12'}\n"), testKinds)
	if !errors.As(err, &fe) || fe.Field != "strategy.pool" {
		t.Fatalf("want a *FieldError for strategy.pool, got %v", err)
	}
}

func TestLoadErrors(t *testing.T) {
	if _, err := Load(filepath.Join(t.TempDir(), "missing.yaml"), testKinds); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("missing file: %v", err)
	}
	p := filepath.Join(t.TempDir(), "bad.yaml")
	if err := os.WriteFile(p, []byte(edit(t, minimal, "mm-test", "BAD")), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := Load(p, testKinds)
	if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "agent.name") {
		t.Errorf("want the path and agent.name named, got %v", err)
	}
}

func TestValidateBuiltInGo(t *testing.T) {
	c := Default()
	c.Agent = Agent{Name: "a", Strategy: marketmaking.KindName}
	c.Chain.ChainID = 1
	c.Key.Keystore = "k.json"
	c.Model.Card = "m.json"
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	// Validate is idempotent: derived fields are recomputed, not stacked.
	if err := c.Validate(); err != nil {
		t.Fatalf("second Validate: %v", err)
	}
	c.Chain.Guard = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	c.Chain.Registry = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed"
	err := c.Validate()
	if err == nil || !strings.Contains(err.Error(), "chain.registry: same address as chain.guard") {
		t.Fatalf("want duplicate registry refused, got %v", err)
	}
}

// mergeBomb writes n policies, each merging the previous one twice.
func mergeBomb(n int) string {
	var b strings.Builder
	b.WriteString("policies:\n  - &p0 {name: a, expr: 'true'}\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "  - &p%d {<<: *p%d, <<: *p%d}\n", i, i-1, i-1)
	}
	return b.String()
}

// TestLoadResolvesPathsAgainstTheConfigFile guards issue 9: a config's
// relative paths (model.card, key.keystore, a sqlite:// store, the default
// store) mean the same from any working directory; absolute paths and
// PostgreSQL URLs are kept as written.
func TestLoadResolvesPathsAgainstTheConfigFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	base := "agent: {name: mm-test, strategy: marketmaking}\nchain: {chainId: 1337}\n"
	cases := []struct {
		name                  string
		yaml                  string
		card, keystore, store string
	}{
		{name: "relative paths", yaml: base + "key: {keystore: keys/agent.json}\nmodel: {card: models/m.card.json}\nstore: {url: 'sqlite://db/agent.db'}\n",
			card: filepath.Join(dir, "models/m.card.json"), keystore: filepath.Join(dir, "keys/agent.json"), store: filepath.Join(dir, "db/agent.db")},
		{name: "default store beside the config", yaml: base + "key: {env: K}\nmodel: {card: ../m.card.json}\n",
			card: filepath.Join(filepath.Dir(dir), "m.card.json"), store: filepath.Join(dir, DefaultStoreDir, "mm-test.db")},
		{name: "absolute paths kept", yaml: base + "key: {keystore: /etc/k.json}\nmodel: {card: /opt/m.card.json}\nstore: {url: 'sqlite:///var/a.db'}\n",
			card: "/opt/m.card.json", keystore: "/etc/k.json", store: "/var/a.db"},
		{name: "postgres URL kept", yaml: base + "key: {env: K}\nmodel: {card: m.card.json}\nstore: {url: 'postgres://steward@127.0.0.1:5432/x_test'}\n",
			card: filepath.Join(dir, "m.card.json"), store: "postgres://steward@127.0.0.1:5432/x_test"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := write("agent.yaml", c.yaml)
			// Load from another working directory: the result must not depend on it.
			t.Chdir(t.TempDir())
			cfg, err := Load(path, testKinds)
			if err != nil {
				t.Fatal(err)
			}
			if cfg.Model.Card != c.card || cfg.Key.Keystore != c.keystore || cfg.Store.DSN != c.store || cfg.Dir != dir {
				t.Fatalf("card %q keystore %q store %q dir %q; want %q %q %q %q",
					cfg.Model.Card, cfg.Key.Keystore, cfg.Store.DSN, cfg.Dir, c.card, c.keystore, c.store, dir)
			}
		})
	}
	// Parse has no file: its relative paths stay as written.
	cfg, err := Parse([]byte(base+"key: {env: K}\nmodel: {card: models/m.card.json}\n"), testKinds)
	if err != nil {
		t.Fatal(err)
	}
	if cfg.Model.Card != "models/m.card.json" || cfg.Dir != "" {
		t.Fatalf("Parse: card %q dir %q; want them as written", cfg.Model.Card, cfg.Dir)
	}
}

// TestModelKindMustSuitTheStrategy: a config's model must be of a kind its
// strategy kind runs with (issue 10: kinds declare their model needs).
func TestModelKindMustSuitTheStrategy(t *testing.T) {
	onnxOnly := marketmaking.Kind()
	onnxOnly.Name, onnxOnly.Models = "onnx-only", []program.ModelKind{program.ModelONNX}
	kinds := []program.Kind{onnxOnly, marketmaking.Kind()}
	llmConfig := strings.Replace(minimal, "model: {card: configs/models/mm-range-v1.card.json}", "model: {llm: llm.yaml}", 1)
	_, err := Parse([]byte(strings.Replace(llmConfig, "strategy: marketmaking", "strategy: onnx-only", 1)), kinds)
	var fe *FieldError
	if !errors.As(err, &fe) || fe.Field != "model.llm" || !strings.Contains(err.Error(), "runs with onnx models, not llm") {
		t.Fatalf("an LLM for an ONNX-only kind: %v", err)
	}
	c, err := Parse([]byte(llmConfig), kinds)
	if err != nil || c.Model.Kind() != program.ModelLLM || c.Model.LLM != "llm.yaml" {
		t.Fatalf("an LLM for market making: %v, %+v", err, c)
	}
}
