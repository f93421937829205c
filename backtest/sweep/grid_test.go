package sweep

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

func testKinds() []program.Kind { return []program.Kind{marketmaking.Kind()} }

func demoBase(t *testing.T) Base {
	t.Helper()
	b, err := LoadBase(agents.RepoPath("configs/marketmaking-demo.yaml"), testKinds())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustGrid(t *testing.T, src string) *Grid {
	t.Helper()
	g, err := ParseGrid([]byte(src))
	if err != nil {
		t.Fatalf("ParseGrid: %v", err)
	}
	return g
}

func TestSweepGridExpandsInOdometerOrder(t *testing.T) {
	g := mustGrid(t, `
objective: pnl
parameters:
  strategy.widthMultiplier: [1.5, 2]
  strategy.recenterFraction: [0.3, 0.5, "0.7"]
`)
	if g.Mode != ModeGrid || g.Order != Desc || g.Window != (Window{}) {
		t.Fatalf("defaults: mode %q order %q window %+v", g.Mode, g.Order, g.Window)
	}
	var got []string
	for _, p := range g.Expand() {
		got = append(got, p.String())
	}
	want := []string{
		"strategy.widthMultiplier=1.5, strategy.recenterFraction=0.3",
		"strategy.widthMultiplier=1.5, strategy.recenterFraction=0.5",
		`strategy.widthMultiplier=1.5, strategy.recenterFraction="0.7"`,
		"strategy.widthMultiplier=2, strategy.recenterFraction=0.3",
		"strategy.widthMultiplier=2, strategy.recenterFraction=0.5",
		`strategy.widthMultiplier=2, strategy.recenterFraction="0.7"`,
	}
	if !slices.Equal(got, want) {
		t.Fatalf("Expand:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestSweepObjectiveOrder(t *testing.T) {
	for _, c := range []struct {
		src  string
		want Order
	}{
		{"objective: pnl", Desc},
		{"objective: maxDrawdown", Asc},
		{"objective: gasUsed", Asc},
		{"objective: sharpe", Desc},
		{"objective: pnl\norder: asc", Asc},
	} {
		g := mustGrid(t, c.src+"\nparameters: {strategy.widthMultiplier: [2]}")
		if g.Order != c.want {
			t.Errorf("%q: order %s, want %s", c.src, g.Order, c.want)
		}
	}
}

func TestSweepRandomIsSeededAndDistinct(t *testing.T) {
	src := func(seed int) string {
		return fmt.Sprintf(`
objective: sharpe
mode: random
samples: 25
seed: %d
parameters:
  strategy.widthMultiplier: [1, 1.5, 2, 2.5, 3, 3.5, 4]
  strategy.recenterFraction: [0.2, 0.3, 0.4, 0.5, 0.6, 0.7]
  strategy.widthChange: [0.1, 0.2, 0.3]
`, seed)
	}
	a, b, c := mustGrid(t, src(7)).Expand(), mustGrid(t, src(7)).Expand(), mustGrid(t, src(8)).Expand()
	if len(a) != 25 {
		t.Fatalf("%d samples, want 25", len(a))
	}
	str := func(ps []Point) []string {
		var out []string
		for _, p := range ps {
			out = append(out, p.String())
		}
		return out
	}
	if !slices.Equal(str(a), str(b)) {
		t.Fatal("the same seed drew different samples")
	}
	if slices.Equal(str(a), str(c)) {
		t.Fatal("seeds 7 and 8 drew the same samples")
	}
	seen := map[string]bool{}
	for _, s := range str(a) {
		if seen[s] {
			t.Fatalf("sample %s drawn twice", s)
		}
		seen[s] = true
	}
	// Asking for every configuration draws each exactly once.
	all := mustGrid(t, strings.Replace(src(1), "samples: 25", "samples: 126", 1)).Expand()
	if len(all) != 126 || len(slices.Compact(str(all))) != 126 {
		t.Fatalf("samples = the grid's size: %d points, want all 126 distinct", len(all))
	}
}

func TestSweepBadGrid(t *testing.T) {
	var vals []string
	for i := range 101 {
		vals = append(vals, fmt.Sprint(i+1))
	}
	big := "[" + strings.Join(vals, ", ") + "]"
	for _, c := range []struct {
		name, src, field, text string
	}{
		{"empty file", "", "(file)", "empty"},
		{"unknown key", "objective: pnl\nparams: {}", "(file)", "field params not found"},
		{"no parameters", "objective: pnl", "parameters", "required"},
		{"empty list", "objective: pnl\nparameters: {strategy.widthMultiplier: []}", `parameters["strategy.widthMultiplier"]`, "empty"},
		{"not a list", "objective: pnl\nparameters: {strategy.widthMultiplier: 2}", `parameters["strategy.widthMultiplier"]`, "want a list"},
		{"duplicate value", "objective: pnl\nparameters: {strategy.widthMultiplier: [2, 2]}", `parameters["strategy.widthMultiplier"]`, "values 1 and 2 are the same"},
		{"bad path", "objective: pnl\nparameters: {strategy..x: [2]}", `parameters["strategy..x"]`, "not a config path"},
		{"policy without a field", "objective: pnl\nparameters: {policies.cooldown: [x]}", `parameters["policies.cooldown"]`, "policies.<name>.expr"},
		{"bad mode", "objective: pnl\nmode: exhaustive\nparameters: {strategy.widthMultiplier: [2]}", "mode", `"exhaustive"`},
		{"objective not a metric", "objective: profit\nparameters: {strategy.widthMultiplier: [2]}", "objective", "maxDrawdown"},
		{"no objective", "parameters: {strategy.widthMultiplier: [2]}", "objective", "not a metric"},
		{"bad order", "objective: pnl\norder: up\nparameters: {strategy.widthMultiplier: [2]}", "order", "asc or desc"},
		{"samples in grid mode", "objective: pnl\nsamples: 3\nparameters: {strategy.widthMultiplier: [2]}", "samples", "only for mode: random"},
		{"random without samples", "objective: pnl\nmode: random\nparameters: {strategy.widthMultiplier: [2]}", "samples", "1 to 10000"},
		{"more samples than configurations", "objective: pnl\nmode: random\nsamples: 3\nparameters: {strategy.widthMultiplier: [2, 3]}", "samples", "only 2 distinct"},
		{"negative window", "window: {from: -1}\nobjective: pnl\nparameters: {strategy.widthMultiplier: [2]}", "window.from", "negative"},
		{"window backwards", "window: {from: 50, to: 40}\nobjective: pnl\nparameters: {strategy.widthMultiplier: [2]}", "window.to", "after window.from"},
		{"too many configurations", "objective: pnl\nparameters:\n  strategy.widthMultiplier: " + big + "\n  strategy.minWidth: " + big, "parameters", "10201 configurations, more than the 10000"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := ParseGrid([]byte(c.src))
			var fe *FieldError
			if !errors.Is(err, ErrInvalidGrid) || !errors.As(err, &fe) {
				t.Fatalf("err = %v, want a *FieldError wrapping ErrInvalidGrid", err)
			}
			if fe.Field != c.field || !strings.Contains(err.Error(), c.text) {
				t.Fatalf("err = %v (field %q), want field %q and %q", err, fe.Field, c.field, c.text)
			}
		})
	}
}

func TestSweepOverrides(t *testing.T) {
	base := demoBase(t)
	c, err := base.Build([]Override{
		{Path: "strategy.widthMultiplier", Value: "3.5"},
		{Path: "strategy.minWidth", Value: "120"},
		{Path: "policies.cooldown.expr", Value: `"!has(last.block) || block.number - last.block >= 9"`},
		{Path: "policies.twap-distance.message", Value: "'too far: it''s off'"},
		{Path: "halt", Value: "true"},
	})
	if err != nil {
		t.Fatal(err)
	}
	s := c.Settings.(*marketmaking.Settings)
	if s.WidthMultiplier != 3.5 || s.MinWidth != 120 || s.RecenterFraction != 0.5 || s.MaxWidth != 4000 {
		t.Fatalf("strategy settings %+v: want widthMultiplier 3.5, minWidth 120, the rest as in the file", s)
	}
	if c.Policies[1].Name != "cooldown" || !strings.HasSuffix(c.Policies[1].Expr, ">= 9") || c.Policies[0].Expr != "action.width >= 60 && action.width <= 4000" {
		t.Fatalf("policies: %+v", c.Policies)
	}
	if c.Policies[2].Message != "too far: it's off" || !c.Halt {
		t.Fatalf("policy message %q, halt %v", c.Policies[2].Message, c.Halt)
	}
	// Relative paths resolve against the config's directory, as config.Load does.
	loaded, err := config.Load(agents.RepoPath("configs/marketmaking-demo.yaml"), testKinds())
	if err != nil {
		t.Fatal(err)
	}
	if c.Model.Card != loaded.Model.Card || c.Store.DSN != loaded.Store.DSN || c.Dir != loaded.Dir {
		t.Fatalf("paths: card %q store %q dir %q; Load gives %q %q %q", c.Model.Card, c.Store.DSN, c.Dir, loaded.Model.Card, loaded.Store.DSN, loaded.Dir)
	}
	// A string stays a string: "2" is refused by the float field.
	if _, err := base.Build([]Override{{Path: "strategy.widthMultiplier", Value: `"abc"`}}); err == nil || !strings.Contains(err.Error(), "strategy.widthMultiplier") {
		t.Fatalf("a string for a number: %v", err)
	}
}

func TestSweepBadPlan(t *testing.T) {
	base := demoBase(t)
	for _, c := range []struct {
		name, src, text string
	}{
		{"unknown strategy field", "objective: pnl\nparameters: {strategy.widthMultiplyer: [2]}",
			`parameters["strategy.widthMultiplyer"]: strategy.widthMultiplyer is not a field of the config`},
		{"unknown top-level field", "objective: pnl\nparameters: {risk.limit: [2]}", `parameters["risk.limit"]: risk.limit is not a field`},
		{"unknown policy", "objective: pnl\nparameters: {policies.cooldwn.expr: [x]}", `no policy named "cooldwn" (it has: width-bounds, cooldown, twap-distance)`},
		{"into a scalar", "objective: pnl\nparameters: {halt.now: [true]}", "halt is not a mapping"},
		{"unknown policy field", "objective: pnl\nparameters: {policies.cooldown.when: [x]}", `policies.cooldown.when is not a field`},
		{"an invalid configuration", "objective: pnl\nparameters:\n  strategy.minWidth: [60, 5000]\n  strategy.widthMultiplier: [1, 2]",
			"2 of 4 configurations, the first #2 (strategy.minWidth=5000, strategy.widthMultiplier=1): strategy"},
		{"a policy that does not compile", "objective: pnl\nparameters: {policies.cooldown.expr: [\"blok.number > 1\"]}", "policies[1].expr"},
		{"window past the data", "window: {from: 0, to: 5000}\nobjective: pnl\nparameters: {strategy.widthMultiplier: [2]}", "window: from 0 to 5000: the data has steps 0..3985"},
		{"window too short", "window: {from: 0, to: 20}\nobjective: pnl\nparameters: {strategy.widthMultiplier: [2]}", "at least 32"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := NewPlan(base, mustGrid(t, c.src))
			if !errors.Is(err, ErrInvalidGrid) || !strings.Contains(err.Error(), c.text) {
				t.Fatalf("NewPlan: %v\nwant ErrInvalidGrid and %q", err, c.text)
			}
		})
	}
}

func TestSweepExampleGrid(t *testing.T) {
	g, err := LoadGrid("testdata/sweep.yaml")
	if err != nil {
		t.Fatal(err)
	}
	p, err := NewPlan(demoBase(t), g)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Points) != 16 || p.Grid.Window != (Window{From: 0, To: 300}) {
		t.Fatalf("%d points, window %+v; want 16 and 0..300", len(p.Points), p.Grid.Window)
	}
}
