package policies

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"sync"
	"testing"
)

// Rules used across the tests, as an agent config would write them.
var (
	widthRule    = Rule{Name: "width-bounds", Expr: "action.width >= 60 && action.width <= 4000", Message: "range width outside [60, 4000] ticks"}
	cooldownRule = Rule{Name: "cooldown", Expr: "!has(last.block) || block.number - last.block >= 3", Message: "re-ranged less than 3 blocks ago"}
	twapRule     = Rule{Name: "twap-distance", Expr: "math.abs(action.center - state.twapTick) <= 200", Message: "centre more than 200 ticks from TWAP"}
)

func mustCompile(t testing.TB, rules ...Rule) *Engine {
	t.Helper()
	e, err := Compile(rules)
	if err != nil {
		t.Fatalf("Compile: %v", err)
	}
	return e
}

// evalOne evaluates a one-rule engine and returns its single result.
func evalOne(t *testing.T, e *Engine, in Input) Result {
	t.Helper()
	v, err := e.Evaluate(context.Background(), in)
	if err != nil {
		t.Fatalf("Evaluate: %v", err)
	}
	if len(v.Results) != 1 {
		t.Fatalf("got %d results, want 1", len(v.Results))
	}
	if v.Allowed != v.Results[0].Allowed {
		t.Fatalf("verdict Allowed=%v but the only rule says %v", v.Allowed, v.Results[0].Allowed)
	}
	return v.Results[0]
}

func TestWidthBounds(t *testing.T) {
	e := mustCompile(t, widthRule)
	for _, tc := range []struct {
		name  string
		width any
		want  bool
	}{
		{"inside", 1000, true},
		{"lower edge", 60, true},
		{"upper edge", int32(4000), true},
		{"below", int64(59), false},
		{"above", uint64(4001), false},
		{"negative", -100, false},
		{"zero", 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := evalOne(t, e, Input{Action: map[string]any{"width": tc.width}})
			if r.Allowed != tc.want {
				t.Fatalf("width %v: allowed=%v, want %v (%s)", tc.width, r.Allowed, tc.want, r.Message)
			}
			if !r.Allowed && r.Message != widthRule.Message {
				t.Fatalf("message %q, want %q", r.Message, widthRule.Message)
			}
			if r.Allowed && r.Message != "" {
				t.Fatalf("allowed result carries message %q", r.Message)
			}
		})
	}
}

func TestCooldown(t *testing.T) {
	e := mustCompile(t, cooldownRule)
	for _, tc := range []struct {
		name  string
		last  map[string]any
		block uint64
		want  bool
	}{
		{"no previous action (nil)", nil, 100, true},
		{"no previous action (empty)", map[string]any{}, 100, true},
		{"same block", map[string]any{"block": 100}, 100, false},
		{"two blocks later", map[string]any{"block": int64(100)}, 102, false},
		{"three blocks later", map[string]any{"block": int64(100)}, 103, true},
		// block numbers come from the chain as uint64; they must still
		// subtract from block.number (int) without a type error.
		{"uint64 last block", map[string]any{"block": uint64(100), "tickLower": -60}, 110, true},
		{"big.Int last block", map[string]any{"block": big.NewInt(109)}, 110, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := evalOne(t, e, Input{Last: tc.last, Block: BlockInfo{Number: tc.block, Time: 1_700_000_000}})
			if r.Allowed != tc.want {
				t.Fatalf("allowed=%v, want %v (%s)", r.Allowed, tc.want, r.Message)
			}
		})
	}
}

func TestTwapDistance(t *testing.T) {
	e := mustCompile(t, twapRule)
	for _, tc := range []struct {
		name         string
		center, twap any
		want         bool
	}{
		{"on twap", 1000, 1000, true},
		{"150 above", 1150, int32(1000), true},
		{"exactly 200 below", int64(-300), -100, true},
		{"201 below", -301, -100, false},
		{"250 above", 1250, 1000, false},
		{"far negative", -887000, 0, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := evalOne(t, e, Input{Action: map[string]any{"center": tc.center}, State: map[string]any{"twapTick": tc.twap}})
			if r.Allowed != tc.want {
				t.Fatalf("center %v twap %v: allowed=%v, want %v (%s)", tc.center, tc.twap, r.Allowed, tc.want, r.Message)
			}
		})
	}
}

func TestVerdictOrderAndDefaults(t *testing.T) {
	e := mustCompile(t, widthRule, cooldownRule, Rule{Name: "forecast-positive", Expr: "state.forecast > 0.0"})
	v, err := e.Evaluate(context.Background(), Input{
		Action: map[string]any{"width": 10},
		State:  map[string]any{"forecast": float32(-1.5)},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []Result{
		{Name: "width-bounds", Message: widthRule.Message},
		{Name: "cooldown", Allowed: true},
		{Name: "forecast-positive", Message: "state.forecast > 0.0 is false"},
	}
	if v.Allowed {
		t.Fatal("verdict allowed although two rules denied")
	}
	if len(v.Results) != len(want) {
		t.Fatalf("got %d results, want %d", len(v.Results), len(want))
	}
	for i := range want {
		if v.Results[i] != want[i] {
			t.Errorf("result %d = %+v, want %+v", i, v.Results[i], want[i])
		}
	}
}

func TestAllPass(t *testing.T) {
	e := mustCompile(t, widthRule, cooldownRule, twapRule)
	v, err := e.Evaluate(context.Background(), Input{
		Action: map[string]any{"width": 600, "center": 1010, "tickLower": 710, "tickUpper": 1310},
		State:  map[string]any{"tick": 1005, "twapTick": 990, "forecast": 150.0},
		Last:   map[string]any{"block": 90},
		Block:  BlockInfo{Number: 100},
	})
	if err != nil || !v.Allowed {
		t.Fatalf("want allowed, got %+v, %v", v, err)
	}
}

func TestRuntimeErrorsDeny(t *testing.T) {
	list := make([]any, 1000)
	for i := range list {
		list[i] = i
	}
	for _, tc := range []struct {
		name    string
		rule    Rule
		in      Input
		wantMsg string
	}{
		{"missing key", widthRule, Input{Action: map[string]any{"center": 5}}, "no such key: width"},
		{"missing nested map", twapRule, Input{Action: map[string]any{"center": 5}}, "no such key: twapTick"},
		{"string where int expected", widthRule, Input{Action: map[string]any{"width": "wide"}}, "no such overload"},
		{"int minus double", Rule{Name: "mix", Expr: "action.width - state.forecast > 0"},
			Input{Action: map[string]any{"width": 10}, State: map[string]any{"forecast": 2.5}}, "no such overload"},
		{"division by zero", Rule{Name: "div", Expr: "action.width / state.zero > 1"},
			Input{Action: map[string]any{"width": 10}, State: map[string]any{"zero": 0}}, "division by zero"},
		{"modulus by zero", Rule{Name: "mod", Expr: "action.width % state.zero == 0"},
			Input{Action: map[string]any{"width": 10}, State: map[string]any{"zero": 0}}, "modulus by zero"},
		{"overflow", Rule{Name: "ovf", Expr: "action.width * action.width > 0"},
			Input{Action: map[string]any{"width": int64(1) << 62}}, "overflow"},
		// a hostile rule: 10^9 iterations without the cost limit.
		{"cost limit", Rule{Name: "spin", Expr: "state.l.all(a, state.l.all(b, state.l.all(c, a + b + c >= 0)))"},
			Input{State: map[string]any{"l": list}}, "cost limit exceeded"},
		{"a false dyn bool is still false", Rule{Name: "flag", Expr: "action.ok == true", Message: "not ok"},
			Input{Action: map[string]any{"ok": false}}, "not ok"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := evalOne(t, mustCompile(t, tc.rule), tc.in)
			if r.Allowed {
				t.Fatal("a failing evaluation was allowed")
			}
			if !strings.Contains(r.Message, tc.wantMsg) {
				t.Fatalf("message %q does not mention %q", r.Message, tc.wantMsg)
			}
		})
	}
}

func TestInvalidInputDenies(t *testing.T) {
	e := mustCompile(t, widthRule, cooldownRule)
	huge, _ := new(big.Int).SetString("1000000000000000000000", 10)
	for _, tc := range []struct {
		name string
		in   Input
		path string
	}{
		{"struct value", Input{Action: map[string]any{"width": struct{}{}}}, "action.width"},
		{"nested bad value", Input{State: map[string]any{"pool": map[string]any{"fee": complex(1, 2)}}}, "state.pool.fee"},
		{"big.Int over 64 bits", Input{Last: map[string]any{"amount": huge}}, "last.amount"},
		{"block number over int64", Input{Block: BlockInfo{Number: 1 << 63}}, "block.number"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			v, err := e.Evaluate(context.Background(), tc.in)
			if !errors.Is(err, ErrInvalidInput) {
				t.Fatalf("err = %v, want ErrInvalidInput", err)
			}
			if !strings.Contains(err.Error(), tc.path) {
				t.Fatalf("error %q does not name %s", err, tc.path)
			}
			if v.Allowed || len(v.Results) != 2 || v.Results[0].Allowed || v.Results[1].Allowed {
				t.Fatalf("invalid input must deny every rule, got %+v", v)
			}
		})
	}
}

func TestCompileRefuses(t *testing.T) {
	for _, tc := range []struct {
		name   string
		rules  []Rule
		field  string
		substr string
	}{
		{"empty name", []Rule{{Name: " ", Expr: "true"}}, "name", "name is empty"},
		{"duplicate name", []Rule{{Name: "a", Expr: "true"}, {Name: "a", Expr: "false"}}, "name", "duplicates policy #0"},
		{"reserved name", []Rule{{Name: KillSwitchRule, Expr: "true"}}, "name", "reserved"},
		{"empty expr", []Rule{{Name: "a"}}, "expr", "expression is empty"},
		{"syntax error", []Rule{{Name: "a", Expr: "action.width >= "}}, "expr", "Syntax error"},
		{"undeclared variable", []Rule{{Name: "a", Expr: "foo > 1"}}, "expr", "undeclared reference to 'foo'"},
		{"unknown function", []Rule{{Name: "a", Expr: "math.sqroot(action.width) > 1"}}, "expr", "undeclared reference"},
		{"int result", []Rule{{Name: "a", Expr: "1 + 2"}}, "expr", "type int, want bool"},
		{"string result", []Rule{{Name: "a", Expr: "'yes'"}}, "expr", "type string, want bool"},
		{"dyn result", []Rule{{Name: "a", Expr: "action.enabled"}}, "expr", "type dyn, want bool"},
		{"block field is int", []Rule{{Name: "a", Expr: "block.number == 'x'"}}, "expr", "no matching overload"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, err := Compile(tc.rules)
			if err == nil {
				t.Fatalf("compiled (%d rules), want an error", e.Len())
			}
			if !errors.Is(err, ErrInvalidRule) {
				t.Fatalf("error %v does not wrap ErrInvalidRule", err)
			}
			var re *RuleError
			if !errors.As(err, &re) {
				t.Fatalf("error %v is not a *RuleError", err)
			}
			if re.Field != tc.field || !strings.Contains(err.Error(), tc.substr) {
				t.Fatalf("got field %q error %q, want field %q mentioning %q", re.Field, err, tc.field, tc.substr)
			}
			if re.Name != "" && !strings.Contains(err.Error(), `"`+re.Name+`"`) {
				t.Fatalf("error %q does not name rule %q", err, re.Name)
			}
		})
	}
}

func TestCompileReportsEveryBadRule(t *testing.T) {
	_, err := Compile([]Rule{
		{Name: "ok", Expr: "true"},
		{Name: "bad-type", Expr: "42"},
		{Name: "bad-syntax", Expr: "action.("},
	})
	if err == nil {
		t.Fatal("want an error")
	}
	for _, name := range []string{`"bad-type"`, `"bad-syntax"`} {
		if !strings.Contains(err.Error(), name) {
			t.Errorf("error does not name %s:\n%v", name, err)
		}
	}
	if strings.Contains(err.Error(), `"ok"`) {
		t.Errorf("error names the good rule:\n%v", err)
	}
}

func TestNoRulesAllows(t *testing.T) {
	e := mustCompile(t)
	v, err := e.Evaluate(context.Background(), Input{})
	if err != nil || !v.Allowed || len(v.Results) != 0 {
		t.Fatalf("got %+v, %v", v, err)
	}
}

func TestKillSwitch(t *testing.T) {
	e := mustCompile(t, widthRule)
	in := Input{Action: map[string]any{"width": 100}}
	ctx := context.Background()

	if v, _ := e.Evaluate(ctx, in); !v.Allowed {
		t.Fatalf("before engaging: %+v", v)
	}
	e.KillSwitch().Engage()
	v, err := e.Evaluate(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	want := Result{Name: KillSwitchRule, Message: KillSwitchMessage}
	if v.Allowed || len(v.Results) != 1 || v.Results[0] != want {
		t.Fatalf("engaged: got %+v, want a single %+v", v, want)
	}
	e.KillSwitch().Release()
	if v, _ := e.Evaluate(ctx, in); !v.Allowed {
		t.Fatalf("after release: %+v", v)
	}

	// Engaging while other goroutines evaluate is safe (run with -race),
	// and once Engage returns no later evaluation allows.
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 200 {
				_, _ = e.Evaluate(ctx, in)
			}
		}()
	}
	e.KillSwitch().Engage()
	for range 50 {
		if v, _ := e.Evaluate(ctx, in); v.Allowed {
			t.Fatal("allowed after Engage returned")
		}
	}
	wg.Wait()
}

func TestCanceledContextDenies(t *testing.T) {
	e := mustCompile(t, widthRule)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	v, err := e.Evaluate(ctx, Input{Action: map[string]any{"width": 100}})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
	if v.Allowed || v.Results[0].Allowed {
		t.Fatalf("canceled evaluation allowed: %+v", v)
	}
}

func BenchmarkEvaluate(b *testing.B) {
	e := mustCompile(b, widthRule, cooldownRule, twapRule)
	in := Input{
		Action: map[string]any{"width": int64(600), "center": int64(1010), "tickLower": int64(710), "tickUpper": int64(1310)},
		State:  map[string]any{"tick": int64(1005), "twapTick": int64(990), "forecast": 150.0},
		Last:   map[string]any{"block": int64(90), "tickLower": int64(700), "tickUpper": int64(1300)},
		Block:  BlockInfo{Number: 100, Time: 1_700_000_000},
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		v, err := e.Evaluate(ctx, in)
		if err != nil || !v.Allowed {
			b.Fatalf("%+v %v", v, err)
		}
	}
}
