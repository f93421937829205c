package policies

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"cel.dev/cel-go/common/ast"
	"cel.dev/cel-go/common/operators"
	"cel.dev/cel-go/common/types"
)

// Fields are the keys a strategy declares for the maps rules see. A nil
// slice means "not declared": that variable is not checked, so callers that
// declare nothing keep working. An empty non-nil slice declares that the map
// has no keys at all.
type Fields struct {
	State  []string // keys of `state`
	Action []string // keys of `action`; `last` has these plus "block" (unchecked when nil)
}

// CheckFields reports every rule that names a key of action, state, last or
// block that the strategy does not provide: such a rule compiles, and then
// denies every tick with a "no such key" evaluation error. It is meant for
// start-up, once the strategy is known.
//
// It checks each selection of a variable's first-level key — `action.x`,
// `action["x"]` with a constant string, the presence tests `has(action.x)`
// and `"x" in action` — in the checked CEL AST. A presence test counts:
// testing for a key the strategy never provides is still a typo. (`last` is
// {} until the first applied action, so `has(last.block)` is fine: "block"
// is one of last's keys.) Keys below the first level (`state.foo.bar`: only
// foo is checked), keys computed at run time (`action[k]`) and selections on
// a macro's own variables (`xs.all(action, action.x > 0)`) are not checked.
//
// Each unknown key is a *RuleError (Field "expr", Index the rule's position
// in rules) wrapping a *FieldError; every one is reported, joined, in rule
// order, a repeated key once per rule. A rule whose expression does not
// compile is reported with the error Compile gives for it, because its keys
// cannot be checked; names are not checked (Compile does that). A nil error
// means every key is declared.
//
// It is a function of []Rule rather than a method on *Engine or an option
// to Compile because the rules and the strategy's keys meet only at
// start-up (the agent preflight), while Compile also runs where no strategy
// is known (config validation); and an Engine keeps planned programs, not
// the checked ASTs this walks. Type-checking a handful of rules a second
// time, once per start, costs little next to the rest of start-up.
func CheckFields(rules []Rule, f Fields) error {
	env, err := newEnv()
	if err != nil {
		return fmt.Errorf("policies: build CEL environment: %w", err)
	}
	known := map[string][]string{"block": {"number", "time"}} // see Engine.activation
	if f.State != nil {
		known["state"] = sortedKeys(f.State)
	}
	if f.Action != nil {
		known["action"] = sortedKeys(f.Action)
		known["last"] = sortedKeys(append(slices.Clone(f.Action), "block"))
	}
	var errs []error
	for i, r := range rules {
		checked, err := compileExpr(env, r.Expr)
		if err != nil {
			errs = append(errs, &RuleError{Index: i, Name: r.Name, Field: "expr", Err: err})
			continue
		}
		for _, fe := range unknownFields(checked.NativeRep().Expr(), known) {
			errs = append(errs, &RuleError{Index: i, Name: r.Name, Field: "expr", Err: fe})
		}
	}
	return errors.Join(errs...)
}

// FieldError is a key of action, state, last or block that a rule names and
// the strategy does not provide. CheckFields returns it inside a *RuleError;
// find it with errors.As.
type FieldError struct {
	Var        string   // "action", "state", "last" or "block"
	Field      string   // the key as the rule wrote it
	Known      []string // the keys Var has, sorted
	Suggestion string   // the one known key a small edit away from Field, or ""
}

// Error names the key, the keys there are and, when there is one, the key
// that was probably meant.
func (e *FieldError) Error() string {
	known := "none"
	if len(e.Known) > 0 {
		known = strings.Join(e.Known, ", ")
	}
	var hint string
	if e.Suggestion != "" {
		hint = fmt.Sprintf(", did you mean %s?", e.Suggestion)
	}
	return fmt.Sprintf("%s is not a field of %s%s (known: %s)", selection(e.Var, e.Field), e.Var, hint, known)
}

// Unwrap returns ErrUnknownField.
func (e *FieldError) Unwrap() error { return ErrUnknownField }

// unknownFields walks e and returns a FieldError for each distinct key of a
// variable in known that is not among its keys, in walk order.
func unknownFields(e ast.Expr, known map[string][]string) []*FieldError {
	w := fieldWalker{known: known, seen: map[[2]string]bool{}}
	w.walk(e, nil)
	return w.found
}

type fieldWalker struct {
	known map[string][]string
	seen  map[[2]string]bool // (var, field) already reported
	found []*FieldError
}

// walk visits e; shadowed holds the macro variables in scope, which hide a
// variable of the same name (`xs.exists(state, state.x)` reads the element).
func (w *fieldWalker) walk(e ast.Expr, shadowed []string) {
	switch e.Kind() {
	case ast.SelectKind:
		sel := e.AsSelect()
		w.use(sel.Operand(), sel.FieldName(), shadowed)
		w.walk(sel.Operand(), shadowed)
	case ast.CallKind:
		call := e.AsCall()
		args := call.Args()
		switch {
		case call.FunctionName() == operators.Index && len(args) == 2:
			if key, ok := constString(args[1]); ok {
				w.use(args[0], key, shadowed)
			}
		case call.FunctionName() == operators.In && len(args) == 2:
			if key, ok := constString(args[0]); ok {
				w.use(args[1], key, shadowed)
			}
		}
		if call.IsMemberFunction() {
			w.walk(call.Target(), shadowed)
		}
		for _, a := range args {
			w.walk(a, shadowed)
		}
	case ast.ComprehensionKind:
		c := e.AsComprehension()
		w.walk(c.IterRange(), shadowed)
		w.walk(c.AccuInit(), shadowed)
		loop := append(slices.Clip(shadowed), c.IterVar(), c.AccuVar())
		if c.HasIterVar2() {
			loop = append(loop, c.IterVar2())
		}
		w.walk(c.LoopCondition(), loop)
		w.walk(c.LoopStep(), loop)
		w.walk(c.Result(), append(slices.Clip(shadowed), c.AccuVar()))
	case ast.ListKind:
		for _, el := range e.AsList().Elements() {
			w.walk(el, shadowed)
		}
	case ast.MapKind:
		for _, en := range e.AsMap().Entries() {
			if en.Kind() == ast.MapEntryKind {
				w.walk(en.AsMapEntry().Key(), shadowed)
				w.walk(en.AsMapEntry().Value(), shadowed)
			}
		}
	case ast.StructKind:
		for _, en := range e.AsStruct().Fields() {
			if en.Kind() == ast.StructFieldKind {
				w.walk(en.AsStructField().Value(), shadowed)
			}
		}
	}
}

// use records field as unknown when operand is one of the checked
// variables (not hidden by a macro variable) and field is not among its keys.
func (w *fieldWalker) use(operand ast.Expr, field string, shadowed []string) {
	if operand.Kind() != ast.IdentKind {
		return
	}
	name := operand.AsIdent()
	keys, checked := w.known[name]
	if !checked || slices.Contains(shadowed, name) {
		return
	}
	if _, ok := slices.BinarySearch(keys, field); ok || w.seen[[2]string{name, field}] {
		return
	}
	w.seen[[2]string{name, field}] = true
	w.found = append(w.found, &FieldError{Var: name, Field: field, Known: keys, Suggestion: suggest(field, keys)})
}

func constString(e ast.Expr) (string, bool) {
	if e.Kind() != ast.LiteralKind {
		return "", false
	}
	s, ok := e.AsLiteral().(types.String)
	return string(s), ok
}

func sortedKeys(keys []string) []string {
	out := slices.Clone(keys)
	slices.Sort(out)
	return slices.Compact(out)
}

// selection writes a key the way a rule would: action.width, or
// action["a b"] when the key is not an identifier.
func selection(v, field string) string {
	ident := field != ""
	for i, r := range field {
		letter := r == '_' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		if !letter && (i == 0 || r < '0' || r > '9') {
			ident = false
			break
		}
	}
	if ident {
		return v + "." + field
	}
	return fmt.Sprintf("%s[%q]", v, field)
}

// suggest returns the one known key closest to field, ignoring case, when
// it is at most a third of field's length away (at most 2 edits; an
// adjacent swap is one). Ties and far-off keys give "": a wrong guess is
// worse than none.
func suggest(field string, known []string) string {
	limit := min(2, len([]rune(field))/3)
	best, bestDist, tie := "", limit+1, false
	for _, k := range known {
		switch d := editDistance(strings.ToLower(field), strings.ToLower(k)); {
		case d < bestDist:
			best, bestDist, tie = k, d, false
		case d == bestDist:
			tie = true
		}
	}
	if tie || bestDist > limit {
		return ""
	}
	return best
}

// editDistance is the optimal-string-alignment distance: insertions,
// deletions, substitutions and swaps of adjacent runes each cost one.
func editDistance(a, b string) int {
	s, t := []rune(a), []rune(b)
	// d[i][j] is the distance between s[:i] and t[:j].
	d := make([][]int, len(s)+1)
	for i := range d {
		d[i] = make([]int, len(t)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(s); i++ {
		for j := 1; j <= len(t); j++ {
			cost := 1
			if s[i-1] == t[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && s[i-1] == t[j-2] && s[i-2] == t[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(s)][len(t)]
}
