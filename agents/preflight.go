package agents

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/policies"
)

// Check is one start-up check's outcome: what was checked, and either what
// was found or what is wrong and what to do about it.
type Check struct {
	Name   string // "policies", "registry", "guard", …
	OK     bool
	Detail string // what was found, or the problem and how to fix it
}

func (c Check) String() string {
	mark := "ok  "
	if !c.OK {
		mark = "FAIL"
	}
	return fmt.Sprintf("%s %-9s %s", mark, c.Name, c.Detail)
}

// PreflightParams is what the start-up checks look at.
type PreflightParams struct {
	// Chain answers eth_call on the node the agent will use.
	Chain    ethereum.ContractCaller
	Agent    common.Address
	Registry common.Address
	Guard    common.Address
	// Model is the digest the agent will commit for (its card's).
	Model     common.Hash
	ModelName string
	Declared  program.Declaration
	Rules     []policies.Rule
}

// Preflight runs the checks that catch, before the first tick, the mistakes
// that would otherwise pass start-up and then refuse every tick:
//
//   - policies: each rule names only fields the program declares for
//     `state` and `action` (`last` has the action's fields and `block`);
//   - registry: the agent key is known to the registry (authorised for at
//     least one model) and authorised for this model's digest;
//   - guard: it is a ParameterGuard over this registry, and it holds bounds
//     for every (target, parameter) the program may change.
//
// It runs every check it can and returns them all; err joins the failures.
func Preflight(ctx context.Context, p PreflightParams) (checks []Check, err error) {
	checks = append(checks, checkPolicies(p))
	checks = append(checks, checkRegistry(ctx, p))
	checks = append(checks, checkGuard(ctx, p)...)
	var errs []error
	for _, c := range checks {
		if !c.OK {
			errs = append(errs, fmt.Errorf("%s: %s", c.Name, c.Detail))
		}
	}
	if len(errs) > 0 {
		return checks, fmt.Errorf("%w:\n  %w", ErrPreflight, errors.Join(errs...))
	}
	return checks, nil
}

func checkPolicies(p PreflightParams) Check {
	c := Check{Name: "policies"}
	err := policies.CheckFields(p.Rules, policies.Fields{State: p.Declared.State, Action: p.Declared.Action})
	if err != nil {
		c.Detail = strings.ReplaceAll(err.Error(), "\n", "; ") + " (fix the policies: section of the config)"
		return c
	}
	c.OK, c.Detail = true, fmt.Sprintf("%d rule(s) name only declared fields", len(p.Rules))
	return c
}

func checkRegistry(ctx context.Context, p PreflightParams) Check {
	c := Check{Name: "registry"}
	reg := bindings.NewInferenceRegistry()
	authorised, err := contracts.Call(ctx, p.Chain, callTo(p.Registry, reg.PackIsAuthorized(p.Agent, p.Model)), nil, reg.UnpackIsAuthorized)
	if err != nil {
		c.Detail = fmt.Sprintf("chain.registry %s: %v (is it an InferenceRegistry on this chain?)", p.Registry.Hex(), err)
		return c
	}
	if authorised {
		c.OK, c.Detail = true, fmt.Sprintf("agent %s authorised for model %s (%s)", p.Agent.Hex(), p.ModelName, p.Model.Hex())
		return c
	}
	// The registry keeps no list of an agent's models, but commit() refuses
	// an agent that has none: simulate it from the agent's address.
	probe := crypto.Keccak256Hash([]byte("steward preflight"), p.Agent.Bytes())
	_, err = p.Chain.CallContract(ctx, ethereum.CallMsg{From: p.Agent, To: &p.Registry, Data: reg.PackCommit(probe)}, nil)
	var re *contracts.RevertError
	if errors.As(contracts.DecodeError(err), &re) && re.Name == "AgentNotAuthorised" {
		c.Detail = fmt.Sprintf("agent key %s is not known to registry %s: it is authorised for no model; "+
			"check key.env/key.keystore names the agent's key, or have the registry owner call "+
			"authorize(%s, %s, true)", p.Agent.Hex(), p.Registry.Hex(), p.Agent.Hex(), p.Model.Hex())
		return c
	}
	c.Detail = fmt.Sprintf("model %s (%s) is not authorised for agent %s in registry %s; "+
		"check model.card or model.llm names the model the registry authorised, or have the registry owner call "+
		"authorize(%s, %s, true)", p.ModelName, p.Model.Hex(), p.Agent.Hex(), p.Registry.Hex(), p.Agent.Hex(), p.Model.Hex())
	return c
}

func checkGuard(ctx context.Context, p PreflightParams) []Check {
	guard := bindings.NewParameterGuard()
	reg, err := contracts.Call(ctx, p.Chain, callTo(p.Guard, guard.PackRegistry()), nil, guard.UnpackRegistry)
	if err != nil {
		return []Check{{Name: "guard", Detail: fmt.Sprintf("chain.guard %s: %v (is it a ParameterGuard on this chain?)", p.Guard.Hex(), err)}}
	}
	if reg != p.Registry {
		return []Check{{Name: "guard", Detail: fmt.Sprintf("chain.guard %s commits to registry %s, but chain.registry is %s: "+
			"set chain.registry to the guard's", p.Guard.Hex(), reg.Hex(), p.Registry.Hex())}}
	}
	var checks []Check
	for _, g := range p.Declared.Guarded {
		c := Check{Name: "guard"}
		b, err := contracts.Call(ctx, p.Chain, callTo(p.Guard, guard.PackBounds(g.Target, contracts.Param(g.Param))), nil, guard.UnpackBounds)
		switch {
		case err != nil:
			c.Detail = fmt.Sprintf("read bounds of (%s, %s) from guard %s: %v", g.Target.Hex(), g.Param, p.Guard.Hex(), err)
		case !b.Configured:
			c.Detail = fmt.Sprintf("guard %s has no bounds for (%s, %s): every change would revert; "+
				"have the guard owner call setBounds for it, or check the target address in the config",
				p.Guard.Hex(), g.Target.Hex(), g.Param)
		default:
			c.OK, c.Detail = true, fmt.Sprintf("bounds for (%s, %s): [%s, %s], step ≤ %s, cooldown %d blocks",
				g.Target.Hex(), g.Param, b.B.Min, b.B.Max, b.B.MaxStep, b.B.CooldownBlocks)
		}
		checks = append(checks, c)
	}
	if len(checks) == 0 {
		checks = append(checks, Check{Name: "guard", OK: true, Detail: fmt.Sprintf("guard %s over registry %s", p.Guard.Hex(), reg.Hex())})
	}
	return checks
}

// callTo is an eth_call message to a contract.
func callTo(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}
