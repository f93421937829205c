package rules

import (
	"errors"
	"slices"
	"unicode/utf8"

	"github.com/steward-agents/steward/agents/store"
)

// ControlStates lists every control state, from the least to the most strict.
func ControlStates() []store.ControlState {
	return []store.ControlState{store.ControlRunning, store.ControlPaused, store.ControlHalted}
}

// maxReason bounds an operator's reason: it is shown in every paused or
// denied tick.
const maxReason = 500

// CheckControl validates a switch before SetControl.
func CheckControl(c store.Control) error {
	if err := CheckAgent(c.Agent); err != nil {
		return err
	}
	if !slices.Contains(ControlStates(), c.State) {
		return Invalid("unknown control state %q (want running, paused or halted)", c.State)
	}
	if utf8.RuneCountInString(c.Reason) > maxReason {
		return Invalid("control reason is longer than %d characters", maxReason)
	}
	return nil
}

// InForce is Stricter of the agent's own switch and every agent's among
// set (the rows read for the agent and AllAgents).
func InForce(agent string, set []store.Control) store.Control {
	var own, all store.Control
	for _, c := range set {
		if c.Agent == agent {
			own = c
		} else {
			all = c
		}
	}
	return Stricter(agent, own, all)
}

// Stricter returns the switch in force for an agent from its own switch and
// the one of every agent (either may be the zero Control when not set):
// halted over paused over running, its own on a tie. With neither set it is
// running.
func Stricter(agent string, own, all store.Control) store.Control {
	rank := func(c store.Control) int { return slices.Index(ControlStates(), c.State) }
	switch {
	case own.Agent == "" && all.Agent == "":
		return store.Control{Agent: agent, State: store.ControlRunning}
	case own.Agent == "":
		return all
	case all.Agent == "" || rank(own) >= rank(all):
		return own
	}
	return all
}

// CheckLimit refuses a page size outside 1..store.MaxPage.
func CheckLimit(limit int) error {
	if limit < 1 || limit > store.MaxPage {
		return Invalid("limit %d is not in 1..%d", limit, store.MaxPage)
	}
	return nil
}

// CheckDecisionFilter validates a filter before ListDecisions.
func CheckDecisionFilter(f store.DecisionFilter) error {
	errs := []error{CheckLimit(f.Limit)}
	if f.State != "" {
		errs = append(errs, CheckDecisionState(f.State))
	}
	if f.Before < 0 {
		errs = append(errs, Invalid("cursor %d is negative", f.Before))
	}
	if f.ActionKey != "" && !isKey(f.ActionKey) {
		errs = append(errs, Invalid("action key %q: use letters, digits and '_' (at most 64)", f.ActionKey))
	}
	return errors.Join(errs...)
}

// CheckTxFilter validates a filter before ListTransactions.
func CheckTxFilter(f store.TxFilter) error {
	errs := []error{CheckLimit(f.Limit)}
	if f.State != "" && !slices.Contains(TxStates(), f.State) {
		errs = append(errs, Invalid("unknown transaction state %q", f.State))
	}
	if f.Before < 0 {
		errs = append(errs, Invalid("cursor %d is negative", f.Before))
	}
	return errors.Join(errs...)
}

// isKey reports whether s is a plain JSON object key that both dialects can
// name in a path without quoting.
func isKey(s string) bool {
	if len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return false
		}
	}
	return true
}
