// Package policies holds the guardrails between an agent's decision and its
// action. A policy is a named CEL expression (https://cel.dev) that must be
// true for the action to go ahead; every mode (live, dry-run, backtest) runs
// the same rules.
//
// # Rules
//
// Compile parses, type-checks and plans every rule once; Evaluate only runs
// the planned programs, so evaluating a handful of rules takes a few
// microseconds. A rule must type-check to bool: an expression whose type is
// only known at run time (`action.enabled`) is refused, write
// `action.enabled == true`. Rule names are unique and non-empty, and
// KillSwitchRule is reserved.
//
// Expressions see four variables:
//
//	action  map(string, dyn)  the proposed action: action.tickLower, action.tickUpper, action.width, action.center
//	state   map(string, dyn)  observed state: state.tick, state.twapTick, state.forecast
//	last    map(string, dyn)  the last APPLIED action with the block it was applied in (last.block, last.tickLower, …)
//	block   map(string, int)  the block being decided on: block.number, block.time (seconds)
//
// Integers arrive as CEL int whatever their Go type (see Input), floats as
// double. CEL does not mix int and double in arithmetic (`action.width *
// 1.5` is a runtime error); comparisons across numeric types do work. The
// math extension is loaded: math.abs, math.greatest, math.least, math.ceil…
//
// Before an agent's first applied action, last is the empty map {}, so a
// rule that reads it must guard with has():
//
//	!has(last.block) || block.number - last.block >= 3        // cooldown of 3 blocks
//	math.abs(action.center - state.twapTick) <= 200           // centre near the TWAP
//	action.width >= 60 && action.width <= 4000                // width bounds
//
// # Declared fields
//
// CEL sees action, state and last as maps of dyn, so a rule naming a key
// the strategy never provides (`action.widht`) type-checks, and then denies
// every tick with "no such key". CheckFields catches it at start-up: given
// the keys the strategy declares (Fields), it walks each rule's checked AST
// and reports every first-level key of action, state, last or block that
// is not declared — `action.x`, `action["x"]`, `has(action.x)` and
// `"x" in action` alike — as a *RuleError wrapping a *FieldError that names
// the known keys and, when one is a typo away, the key probably meant.
// block always has exactly number and time; last has the action's keys plus
// block. A variable whose keys are not declared (nil) is not checked, so
// Compile alone stays valid for callers that know no strategy. Keys chosen
// at run time (`action[k]`), deeper keys (`state.foo.bar` checks only foo)
// and a macro's own variables are beyond the check.
//
// # Failure handling
//
// A policy engine must fail closed. A rule that cannot be evaluated — a
// missing key, a type mismatch, division by zero, integer overflow, or a
// rule that exceeds CostLimit — denies, with the CEL error as its message;
// it never allows and never panics. Input values CEL cannot represent make
// Evaluate return an error wrapping ErrInvalidInput together with a verdict
// that denies every rule. The cost limit bounds every evaluation, so a
// hostile expression (nested comprehensions over a large list) is stopped
// after a bounded amount of work.
//
// # Kill switch
//
// Each Engine has a KillSwitch (the agent config's `halt: true` engages it
// at start). While it is engaged no rule runs and every verdict denies with
// one Result named KillSwitchRule and the message KillSwitchMessage.
// Engaging and releasing are safe while other goroutines evaluate.
package policies
