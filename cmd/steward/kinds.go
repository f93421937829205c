package main

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// kind is one strategy kind as the binary wires it: how an agent's program
// is built from its config, and the derivations `steward verify` re-runs.
// This file is the one place that names the kinds; the runtime (agents/)
// knows none of them.
type kind struct {
	build    agents.BuildProgram
	derivers map[string]program.Deriver
}

// kinds are the strategy kinds this binary runs, by agent.strategy.
func kinds() map[string]kind {
	return map[string]kind{
		config.StrategyMarketMaking: {build: buildMarketMaking, derivers: marketmaking.Derivers()},
	}
}

// buildProgram builds the program of the kind cfg names.
func buildProgram(ctx context.Context, cfg *config.Config, chain program.ChainReader) (program.Program, error) {
	k, ok := kinds()[cfg.Agent.Strategy]
	if !ok {
		names := make([]string, 0, len(kinds()))
		for n := range kinds() {
			names = append(names, n)
		}
		slices.Sort(names)
		return nil, fmt.Errorf("agent.strategy: %q is not a strategy kind (known: %s)", cfg.Agent.Strategy, strings.Join(names, ", "))
	}
	return k.build(ctx, cfg, chain)
}

// allDerivers are every kind's derivations, for `steward verify`.
func allDerivers() map[string]program.Deriver {
	all := map[string]program.Deriver{}
	for _, k := range kinds() {
		for name, d := range k.derivers {
			all[name] = d
		}
	}
	return all
}

// buildMarketMaking reads the pool's tick spacing and builds the
// market-making program over chain.pool and chain.vault.
func buildMarketMaking(ctx context.Context, cfg *config.Config, chain program.ChainReader) (program.Program, error) {
	spacing, err := marketmaking.TickSpacing(ctx, chain, cfg.Chain.Addresses.Pool)
	if err != nil {
		return nil, fmt.Errorf("chain.pool: %w", err)
	}
	p, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: cfg.Chain.Addresses.Pool, Vault: cfg.Chain.Addresses.Vault,
		Params: cfg.Strategy.Params(spacing)}, chain)
	if err != nil {
		return nil, fmt.Errorf("strategy: %w", err)
	}
	return p, nil
}
