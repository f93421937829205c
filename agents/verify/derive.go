package verify

import (
	"context"
	"fmt"
	"math/big"

	"github.com/steward-agents/steward/agents/program"
)

// DefaultDerivers are the derivations every verifier knows: Direct. Each
// strategy kind adds its own (Config.Derivers), registered with the kind.
func DefaultDerivers() map[string]program.Deriver {
	return map[string]program.Deriver{DirectName: Direct{}}
}

// DirectName names the derivation where the applied values are the
// committed outputs themselves, in the action's parameter order (a risk
// parameter set straight from a model's or an LLM's answer).
const DirectName = "direct/v1"

// Direct re-derives values that are the committed outputs, one per
// parameter in order; its context carries no values.
type Direct struct{}

// Derive implements Deriver.
func (Direct) Derive(_ context.Context, d program.Derivation) (map[[32]byte]*big.Int, error) {
	if len(d.Context.Values) != 0 {
		return nil, fmt.Errorf("%s takes no context values, got %d", DirectName, len(d.Context.Values))
	}
	if len(d.Outputs.Values) != len(d.Params) {
		return nil, fmt.Errorf("%s: %d outputs for %d parameters", DirectName, len(d.Outputs.Values), len(d.Params))
	}
	out := make(map[[32]byte]*big.Int, len(d.Params))
	for i, p := range d.Params {
		out[p] = big.NewInt(d.Outputs.Values[i])
	}
	return out, nil
}
