package policies

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync/atomic"

	"cel.dev/cel-go/cel"
	"cel.dev/cel-go/common/types"
	"cel.dev/cel-go/common/types/ref"
	"cel.dev/cel-go/ext"
	"cel.dev/cel-go/interpreter"
)

// CostLimit is the most CEL cost units one rule may spend in one
// evaluation. A rule that goes over it is stopped and denies. Ordinary
// rules cost tens of units; the limit only stops runaway comprehensions.
const CostLimit = 100_000

// KillSwitchRule is the Result name reported while the kill switch is
// engaged. No rule may take this name.
const KillSwitchRule = "kill-switch"

// KillSwitchMessage is the Result message reported while the kill switch is
// engaged.
const KillSwitchMessage = "kill switch engaged"

// Rule is one guardrail: a CEL expression over action, state, last and
// block that must evaluate to true for an action to go ahead.
type Rule struct {
	Name    string // unique, non-empty; reported in every Result
	Expr    string // CEL; must type-check to bool
	Message string // shown when Expr is false; defaults to "<Expr> is false"
}

// BlockInfo is the block an action is being decided on.
type BlockInfo struct {
	Number uint64
	Time   uint64 // seconds
}

// Input is what the rules see. Nil maps are seen as empty maps.
//
// Map values may be bool, string, any Go integer type, float32/float64,
// *big.Int, nil, map[string]any, []any, []int, []int32, []int64, []float64
// or []string. Integers that fit int64 become CEL int, so arithmetic between
// block numbers, ticks and other counters never mixes int and uint; only
// unsigned values above MaxInt64 stay uint. Floats become double.
type Input struct {
	Action map[string]any // the proposed action, e.g. tickLower, tickUpper, width, center
	State  map[string]any // observed state, e.g. tick, twapTick, forecast
	Last   map[string]any // the last applied action (with its block), or nil when none
	Block  BlockInfo
}

// Result is one rule's verdict.
type Result struct {
	Name    string
	Allowed bool
	Message string // empty when allowed; the rule's message or the evaluation error otherwise
}

// Verdict is the outcome of evaluating every rule on one input.
type Verdict struct {
	Allowed bool     // every rule passed and the kill switch is off
	Results []Result // one per rule, in rule order; only the kill switch while it is engaged
}

// Engine holds compiled rules. It is safe for concurrent use.
type Engine struct {
	rules   []compiledRule
	adapter types.Adapter
	kill    KillSwitch
}

type compiledRule struct {
	name    string
	message string
	prg     cel.Program
}

// KillSwitch halts an Engine: while it is engaged every evaluation denies
// with KillSwitchMessage and no rule is run. The zero value is released.
type KillSwitch struct {
	engaged atomic.Bool
}

// Engage halts the engine.
func (k *KillSwitch) Engage() { k.engaged.Store(true) }

// Release lets the engine evaluate rules again.
func (k *KillSwitch) Release() { k.engaged.Store(false) }

// Engaged reports whether the engine is halted.
func (k *KillSwitch) Engaged() bool { return k.engaged.Load() }

// newEnv declares the four variables rules may use and the math extension
// (math.abs, math.greatest, math.least, …).
func newEnv() (*cel.Env, error) {
	return cel.NewEnv(
		cel.Variable("action", cel.MapType(cel.StringType, cel.DynType)),
		cel.Variable("state", cel.MapType(cel.StringType, cel.DynType)),
		cel.Variable("last", cel.MapType(cel.StringType, cel.DynType)),
		cel.Variable("block", cel.MapType(cel.StringType, cel.IntType)),
		cel.CrossTypeNumericComparisons(true),
		ext.Math(),
	)
}

// Compile parses, type-checks and plans every rule once. It reports every
// bad rule (joined), each as a *RuleError naming the rule: an empty,
// duplicate or reserved name, an empty expression, a CEL syntax or type
// error, or a result type other than bool. A rule whose value is only known
// at run time (e.g. `action.enabled`) is refused too: write
// `action.enabled == true`.
func Compile(rules []Rule) (*Engine, error) {
	env, err := newEnv()
	if err != nil {
		return nil, fmt.Errorf("policies: build CEL environment: %w", err)
	}
	e := &Engine{adapter: env.CELTypeAdapter(), rules: make([]compiledRule, 0, len(rules))}
	var errs []error
	seen := make(map[string]int, len(rules))
	for i, r := range rules {
		bad := func(field string, err error) {
			errs = append(errs, &RuleError{Index: i, Name: r.Name, Field: field, Err: err})
		}
		switch first, dup := seen[r.Name]; {
		case strings.TrimSpace(r.Name) == "":
			bad("name", fmt.Errorf("name is empty"))
		case r.Name == KillSwitchRule:
			bad("name", fmt.Errorf("name %q is reserved for the kill switch", KillSwitchRule))
		case dup:
			bad("name", fmt.Errorf("name duplicates policy #%d", first))
		default:
			seen[r.Name] = i
		}
		ast, err := compileExpr(env, r.Expr)
		if err != nil {
			bad("expr", err)
			continue
		}
		prg, err := env.Program(ast,
			cel.EvalOptions(cel.OptOptimize),
			cel.CostLimit(CostLimit),
		)
		if err != nil {
			bad("expr", err)
			continue
		}
		msg := r.Message
		if msg == "" {
			msg = r.Expr + " is false"
		}
		e.rules = append(e.rules, compiledRule{name: r.Name, message: msg, prg: prg})
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return e, nil
}

// compileExpr parses and type-checks one rule's expression and requires it
// to be a bool. Compile and CheckFields share it so that both refuse the
// same expressions with the same errors.
func compileExpr(env *cel.Env, expr string) (*cel.Ast, error) {
	if strings.TrimSpace(expr) == "" {
		return nil, errors.New("expression is empty")
	}
	ast, iss := env.Compile(expr)
	if iss.Err() != nil {
		return nil, iss.Err()
	}
	if !ast.OutputType().IsExactType(cel.BoolType) {
		return nil, fmt.Errorf("expression has type %s, want bool", ast.OutputType())
	}
	return ast, nil
}

// KillSwitch returns the engine's kill switch.
func (e *Engine) KillSwitch() *KillSwitch { return &e.kill }

// Len is the number of rules.
func (e *Engine) Len() int { return len(e.rules) }

// Evaluate runs every rule on in. A rule that fails to evaluate (missing
// key, type mismatch, division by zero, cost limit) denies, with the error
// as its message; it never allows. While the kill switch is engaged the
// verdict denies with a single KillSwitchRule result.
//
// The error is non-nil only when in holds a value CEL cannot represent
// (wrapping ErrInvalidInput) or ctx ends; the verdict then denies too.
func (e *Engine) Evaluate(ctx context.Context, in Input) (Verdict, error) {
	if e.kill.Engaged() {
		return Verdict{Results: []Result{{Name: KillSwitchRule, Message: KillSwitchMessage}}}, nil
	}
	if err := ctx.Err(); err != nil {
		return e.denyAll(err), err
	}
	act, err := e.activation(in)
	if err != nil {
		return e.denyAll(err), err
	}
	v := Verdict{Allowed: true, Results: make([]Result, len(e.rules))}
	for i := range e.rules {
		r := &e.rules[i]
		res := Result{Name: r.name}
		// No ContextEval: the cost limit already bounds every rule to well
		// under a millisecond, and a cancellable evaluation costs a context
		// per rule. ctx is checked before and after the rules instead.
		out, _, err := r.prg.Eval(act)
		switch b, isBool := out.(types.Bool); {
		case err != nil:
			res.Message = err.Error()
		case !isBool:
			res.Message = fmt.Sprintf("result %v is not a bool", out)
		case bool(b):
			res.Allowed = true
		default:
			res.Message = r.message
		}
		v.Allowed = v.Allowed && res.Allowed
		v.Results[i] = res
	}
	if err := ctx.Err(); err != nil {
		v.Allowed = false
		return v, err
	}
	return v, nil
}

func (e *Engine) denyAll(err error) Verdict {
	v := Verdict{Results: make([]Result, len(e.rules))}
	for i, r := range e.rules {
		v.Results[i] = Result{Name: r.name, Message: err.Error()}
	}
	return v
}

// activation holds one input converted to CEL values once, so every rule
// reads the same values without adapting them again.
type activation struct {
	action, state, last, block ref.Val
}

var _ interpreter.Activation = (*activation)(nil)

func (a *activation) ResolveName(name string) (any, bool) {
	switch name {
	case "action":
		return a.action, true
	case "state":
		return a.state, true
	case "last":
		return a.last, true
	case "block":
		return a.block, true
	}
	return nil, false
}

func (a *activation) Parent() interpreter.Activation { return nil }

func (e *Engine) activation(in Input) (*activation, error) {
	var act activation
	for _, f := range []struct {
		name string
		m    map[string]any
		dst  *ref.Val
	}{
		{"action", in.Action, &act.action},
		{"state", in.State, &act.state},
		{"last", in.Last, &act.last},
	} {
		m, err := normalizeMap(f.name, f.m)
		if err != nil {
			return nil, err
		}
		*f.dst = e.adapter.NativeToValue(m)
	}
	number, err := toInt64("block.number", in.Block.Number)
	if err != nil {
		return nil, err
	}
	ts, err := toInt64("block.time", in.Block.Time)
	if err != nil {
		return nil, err
	}
	act.block = e.adapter.NativeToValue(map[string]int64{"number": number, "time": ts})
	return &act, nil
}
