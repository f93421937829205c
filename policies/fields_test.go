package policies

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// mmFields is what the market-making strategy declares.
var mmFields = Fields{
	State:  []string{"tick", "twapTick", "forecast", "history"},
	Action: []string{"tickLower", "tickUpper", "width", "center", "forecast"},
}

// fieldProblems flattens CheckFields' error into "#index var.field" strings
// (with "~suggestion" when there is one), in order, and fails on any error
// that is not a *RuleError wrapping a *FieldError.
func fieldProblems(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	var got []string
	for _, e := range errs {
		var re *RuleError
		var fe *FieldError
		if !errors.As(e, &re) || !errors.As(e, &fe) {
			t.Fatalf("error %v is not a *RuleError wrapping a *FieldError", e)
		}
		if re.Field != "expr" || !errors.Is(e, ErrInvalidRule) || !errors.Is(e, ErrUnknownField) {
			t.Fatalf("error %v: field %q, want expr wrapping ErrInvalidRule and ErrUnknownField", e, re.Field)
		}
		if !strings.Contains(e.Error(), fmt.Sprintf("policy %q", re.Name)) {
			t.Fatalf("error %q does not name rule %q", e, re.Name)
		}
		p := fmt.Sprintf("#%d %s.%s", re.Index, fe.Var, fe.Field)
		if fe.Suggestion != "" {
			p += "~" + fe.Suggestion
		}
		got = append(got, p)
	}
	return got
}

func TestCheckFields(t *testing.T) {
	for _, tc := range []struct {
		name   string
		exprs  []string // rule i is named "r<i>"
		fields Fields
		want   []string // see fieldProblems
	}{
		{
			name: "valid rules",
			exprs: []string{
				widthRule.Expr, cooldownRule.Expr, twapRule.Expr,
				`!has(state.forecast) || state.forecast > 0`,
				`action["width"] > 0 && "center" in action`,
				`!has(last.tickLower) || last.tickLower != action.tickLower`,
				`block.time > 0`,
			},
			fields: mmFields,
		},
		{name: "typo in action", exprs: []string{"action.widht >= 60"}, fields: mmFields, want: []string{"#0 action.widht~width"}},
		{name: "typo in state", exprs: []string{"state.twapTik > 0"}, fields: mmFields, want: []string{"#0 state.twapTik~twapTick"}},
		{name: "wrong case", exprs: []string{"state.twaptick > 0"}, fields: mmFields, want: []string{"#0 state.twaptick~twapTick"}},
		{
			name:   "typo in last",
			exprs:  []string{"!has(last.block) || last.widht == action.width"},
			fields: mmFields,
			want:   []string{"#0 last.widht~width"},
		},
		{name: "typo in block", exprs: []string{"block.numbr > 0"}, fields: mmFields, want: []string{"#0 block.numbr~number"}},
		{
			// block's keys are fixed, so it is checked even when nothing is declared.
			name:  "block with nil fields",
			exprs: []string{"block.timestamp > 0"},
			want:  []string{"#0 block.timestamp"},
		},
		{name: "inside has", exprs: []string{"!has(action.forcast) || action.forcast > 0"}, fields: mmFields, want: []string{"#0 action.forcast~forecast"}},
		{name: "has of last's action key", exprs: []string{"has(last.centre)"}, fields: mmFields, want: []string{"#0 last.centre~center"}},
		{name: "index form", exprs: []string{`action["widht"] > 0`}, fields: mmFields, want: []string{"#0 action.widht~width"}},
		{name: "index form, key not an identifier", exprs: []string{`action["tick lower"] > 0`}, fields: mmFields, want: []string{`#0 action.tick lower~tickLower`}},
		{name: "in operator", exprs: []string{`"widht" in action`}, fields: mmFields, want: []string{"#0 action.widht~width"}},
		{name: "no suggestion when far", exprs: []string{"action.liquidity > 0"}, fields: mmFields, want: []string{"#0 action.liquidity"}},
		{name: "no suggestion for a tie", exprs: []string{"action.tickUper > 0"}, fields: Fields{Action: []string{"tickUpper", "tickUser"}}, want: []string{"#0 action.tickUper"}},
		{
			name:   "repeated typo once per rule",
			exprs:  []string{"action.widht >= 60 && action.widht <= 4000"},
			fields: mmFields,
			want:   []string{"#0 action.widht~width"},
		},
		{
			name:   "comprehension variable",
			exprs:  []string{"state.history.exists(h, h.tick > state.tick && h.whatever == 1)"},
			fields: mmFields,
		},
		{
			// A macro variable named like a rule variable hides it.
			name:   "macro variable shadows a rule variable",
			exprs:  []string{`[{"x": 1}].all(state, state.x == 1) && [1].map(action, action + 1) == [2]`},
			fields: mmFields,
		},
		{
			name:   "comprehension range and body still checked",
			exprs:  []string{"state.histroy.exists(h, h.tick > action.widht)"},
			fields: mmFields,
			want:   []string{"#0 state.histroy~history", "#0 action.widht~width"},
		},
		{name: "runtime key not checked", exprs: []string{`["width", "nope"].all(k, action[k] > 0)`}, fields: mmFields},
		{name: "only the first level", exprs: []string{"state.forecast.mean > 0 && action.center.bogus == 1"}, fields: mmFields},
		{
			name: "every bad rule reported",
			exprs: []string{
				"action.width > 0",
				"state.tik > 0 || block.tme > 0",
				"true",
				"has(last.blok)",
			},
			fields: mmFields,
			want:   []string{"#1 state.tik~tick", "#1 block.tme~time", "#3 last.blok~block"},
		},
		{
			name:  "nil fields not checked",
			exprs: []string{"action.widht > 0 && state.anything > 0 && last.whatever > 0"},
		},
		{
			name:   "nil state only",
			exprs:  []string{"action.widht > 0 && state.anything > 0"},
			fields: Fields{Action: mmFields.Action},
			want:   []string{"#0 action.widht~width"},
		},
		{
			name:   "empty fields declare no keys",
			exprs:  []string{"state.tick > 0 && last.block > 0 && last.width > 0"},
			fields: Fields{State: []string{}, Action: []string{}},
			want:   []string{"#0 state.tick", "#0 last.width"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rules := make([]Rule, len(tc.exprs))
			for i, x := range tc.exprs {
				rules[i] = Rule{Name: fmt.Sprintf("r%d", i), Expr: x}
			}
			if _, err := Compile(rules); err != nil {
				t.Fatalf("the rules must compile: %v", err)
			}
			got := fieldProblems(t, CheckFields(rules, tc.fields))
			if !slices.Equal(got, tc.want) {
				t.Fatalf("got  %q\nwant %q", got, tc.want)
			}
		})
	}
}

func TestCheckFieldsMessage(t *testing.T) {
	err := CheckFields([]Rule{
		{Name: "width-bounds", Expr: "action.widht >= 60"},
		{Name: "spaced", Expr: `action["a b"] > 0`},
		{Name: "none", Expr: "state.tick > 0"},
	}, Fields{State: []string{}, Action: []string{"width", "center", "width"}})
	want := `policy "width-bounds": expr: action.widht is not a field of action, did you mean width? (known: center, width)
policy "spaced": expr: action["a b"] is not a field of action (known: center, width)
policy "none": expr: state.tick is not a field of state (known: none)`
	if err == nil || err.Error() != want {
		t.Fatalf("got\n%v\nwant\n%s", err, want)
	}
}

// A rule that does not compile cannot be checked: CheckFields fails closed
// with the error Compile gives, rather than passing it unchecked.
func TestCheckFieldsReportsUncompilable(t *testing.T) {
	rules := []Rule{
		{Name: "ok", Expr: "action.width > 0"},
		{Name: "syntax", Expr: "action.width >"},
		{Name: "not-bool", Expr: "action.widht"},
		{Name: "empty"},
	}
	err := CheckFields(rules, mmFields)
	if err == nil {
		t.Fatal("want an error")
	}
	_, compileErr := Compile(rules)
	if err.Error() != compileErr.Error() {
		t.Fatalf("CheckFields:\n%v\nCompile:\n%v", err, compileErr)
	}
	var fe *FieldError
	if errors.As(err, &fe) {
		t.Fatalf("uncompilable rules reported as field errors: %v", fe)
	}
}

func TestSuggest(t *testing.T) {
	known := []string{"center", "forecast", "tickLower", "tickUpper", "width"}
	for _, tc := range []struct{ field, want string }{
		{"widht", "width"},  // adjacent swap is one edit
		{"wdth", "width"},   // deletion
		{"widths", "width"}, // insertion
		{"Width", "width"},  // case only
		{"centre", "center"},
		{"tikLowr", "tickLower"}, // two edits, long enough
		{"tickLowr", "tickLower"},
		{"tickUppr", "tickUpper"},
		{"tick", ""}, // far from both tick* keys
		{"w", ""},    // too short to guess
		{"liquidity", ""},
	} {
		if got := suggest(tc.field, known); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.field, got, tc.want)
		}
	}
}
