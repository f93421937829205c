package policies_test

import (
	"context"
	"errors"
	"fmt"

	"github.com/steward-agents/steward/policies"
)

func Example() {
	engine, err := policies.Compile([]policies.Rule{
		{Name: "width-bounds", Expr: "action.width >= 60 && action.width <= 4000", Message: "range width outside [60, 4000] ticks"},
		// last is {} before the first applied action: guard with has().
		{Name: "cooldown", Expr: "!has(last.block) || block.number - last.block >= 3", Message: "re-ranged less than 3 blocks ago"},
		{Name: "twap-distance", Expr: "math.abs(action.center - state.twapTick) <= 200", Message: "centre more than 200 ticks from TWAP"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	verdict, err := engine.Evaluate(context.Background(), policies.Input{
		Action: map[string]any{"tickLower": 700, "tickUpper": 1300, "width": 600, "center": 1000},
		State:  map[string]any{"tick": 1010, "twapTick": 1250},
		Last:   map[string]any{"block": uint64(99)},
		Block:  policies.BlockInfo{Number: 101, Time: 1_700_000_000},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("allowed:", verdict.Allowed)
	for _, r := range verdict.Results {
		if r.Allowed {
			fmt.Printf("%s: ok\n", r.Name)
		} else {
			fmt.Printf("%s: denied: %s\n", r.Name, r.Message)
		}
	}

	engine.KillSwitch().Engage()
	verdict, _ = engine.Evaluate(context.Background(), policies.Input{})
	fmt.Println("halted:", verdict.Allowed, verdict.Results[0].Message)
	// Output:
	// allowed: false
	// width-bounds: ok
	// cooldown: denied: re-ranged less than 3 blocks ago
	// twap-distance: denied: centre more than 200 ticks from TWAP
	// halted: false kill switch engaged
}

func ExampleCheckFields() {
	rules := []policies.Rule{
		{Name: "width-bounds", Expr: "action.widht >= 60 && action.widht <= 4000"},
		{Name: "cooldown", Expr: "!has(last.block) || block.number - last.block >= 3"},
		{Name: "forecast", Expr: `!has(state.forcast) || state["forcast"] > 0`},
	}
	// The rules compile: CEL cannot know which keys the maps will hold.
	if _, err := policies.Compile(rules); err != nil {
		fmt.Println(err)
		return
	}
	// The strategy can: check the rules against what it declares at start-up.
	err := policies.CheckFields(rules, policies.Fields{
		State:  []string{"tick", "twapTick", "forecast"},
		Action: []string{"tickLower", "tickUpper", "width", "center", "forecast"},
	})
	fmt.Println(err)

	var fe *policies.FieldError
	if errors.As(err, &fe) {
		fmt.Printf("first: %s.%s, suggest %q\n", fe.Var, fe.Field, fe.Suggestion)
	}
	// Output:
	// policy "width-bounds": expr: action.widht is not a field of action, did you mean width? (known: center, forecast, tickLower, tickUpper, width)
	// policy "forecast": expr: state.forcast is not a field of state, did you mean forecast? (known: forecast, tick, twapTick)
	// first: action.widht, suggest "width"
}
