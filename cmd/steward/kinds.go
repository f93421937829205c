package main

import (
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// kinds are the strategy kinds this binary runs: the one place that names
// them. The config decodes an agent's strategy: section with its kind, the
// runtime builds the kind's program without knowing which it is, and
// `steward verify` re-derives with every kind's derivers. Adding a kind is
// one line here.
func kinds() []program.Kind {
	return []program.Kind{
		marketmaking.Kind(),
	}
}

// allDerivers are every kind's derivations, for `steward verify`.
func allDerivers() map[string]program.Deriver {
	all := map[string]program.Deriver{}
	for _, k := range kinds() {
		for name, d := range k.Derivers {
			all[name] = d
		}
	}
	return all
}
