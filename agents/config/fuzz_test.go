package config

import (
	"errors"
	"os"
	"reflect"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/steward-agents/steward/agents/program"
)

// FuzzParse checks that Parse never panics and returns either an error
// wrapping ErrInvalid and no config, or a config that validates again and
// survives a YAML round trip unchanged.
func FuzzParse(f *testing.F) {
	if demo, err := os.ReadFile(demoPath); err == nil {
		f.Add(demo)
	}
	for _, s := range []string{
		minimal,
		full,
		"",
		"agent: {name: x\n",
		"- a\n",
		minimal + "key: {hex: 4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318}\n",
		minimal + "strategy: {minWidth: 60.5, widthMultiplier: .nan}\n",
		minimal + "policies: [{name: a, expr: 'action.width >'}]\n",
		minimal + "trigger: {cron: '@every 100ms'}\n",
		"a: &a [*a]\n",
		"chain: &c {chainId: 1}\nagent: {<<: *c}\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse(data, testKinds)
		if err != nil {
			if c != nil {
				t.Fatal("config returned with an error")
			}
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error does not wrap ErrInvalid: %v", err)
			}
			return
		}
		if err := c.Validate(); err != nil {
			t.Fatalf("parsed config fails Validate: %v", err)
		}
		if !agentNameRE.MatchString(c.Agent.Name) || c.Chain.ChainID == 0 || (c.Key.Env == "") == (c.Key.Keystore == "") {
			t.Fatalf("invalid config accepted: %+v", c)
		}
		if p := mm(t, c).Params(1); p.WidthMilli <= 0 || p.RecenterMilli <= 0 || p.RecenterMilli > 1000 || p.WidthChangeMilli <= 0 || p.MinWidth > p.MaxWidth {
			t.Fatalf("strategy params out of range: %+v", p)
		}
		out, err := yaml.Marshal(c)
		if err != nil {
			t.Fatalf("marshal: %v", err)
		}
		c2, err := Parse(out, testKinds)
		if err != nil {
			t.Fatalf("round trip refused: %v\n%s", err, out)
		}
		c.Trigger.Schedule, c2.Trigger.Schedule = nil, nil
		// The kind (its functions) is the same registration; the raw
		// section's positions differ; its decoded settings must not.
		c.Kind, c2.Kind = program.Kind{}, program.Kind{}
		c.Strategy, c2.Strategy = yaml.Node{}, yaml.Node{}
		if len(c.Policies) == 0 && len(c2.Policies) == 0 { // nil and [] are the same list
			c.Policies, c2.Policies = nil, nil
		}
		if !reflect.DeepEqual(c, c2) {
			t.Fatalf("round trip changed the config:\n%+v\n%+v", c, c2)
		}
	})
}
