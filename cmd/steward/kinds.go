package main

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/strategies/governance"
	"github.com/steward-agents/steward/strategies/marketmaking"
	"github.com/steward-agents/steward/strategies/risk"
)

// registered are the strategy kinds this binary runs: the one place that
// names them. The config decodes an agent's strategy: section with its
// kind, the runtime builds the kind's program without knowing which it is,
// `steward verify` re-derives with every kind's derivers, and `steward
// demo|devnet|deploy --kind NAME` run the kind's scenario. Adding a kind is
// one entry here (`steward backtest` runs the backtest of the kind its
// config names).
func registered() []kindEntry {
	return []kindEntry{
		{Kind: marketmaking.Kind(), scenario: map[string]subcommand{
			"demo": runMarketMakingDemo, "devnet": runMarketMakingDevnet, "deploy": runMarketMakingDeploy,
		}, backtest: backtestMarketMaking},
		{Kind: governance.Kind(), scenario: map[string]subcommand{"demo": runGovernanceDemo}},
		{Kind: risk.Kind(), scenario: map[string]subcommand{"demo": runLendingDemo, "deploy": runLendingDeploy}, backtest: backtestLending},
	}
}

// defaultKind is the kind of `steward demo`, `devnet` and `deploy` without --kind.
const defaultKind = "marketmaking"

// kindEntry is one kind as this binary wires it: the kind, and the
// commands of its scenario (what `steward demo`, `devnet` and `deploy`
// run for it; a kind may have none yet).
type kindEntry struct {
	program.Kind
	scenario map[string]subcommand
	// backtest runs `steward backtest` for the kind's configs; nil: none yet.
	backtest backtester
}

// subcommand is the body of a steward subcommand.
type subcommand func(ctx context.Context, args []string, stdout, stderr io.Writer) error

// kinds are the registered kinds.
func kinds() []program.Kind {
	var out []program.Kind
	for _, e := range registered() {
		out = append(out, e.Kind)
	}
	return out
}

// runScenario runs the named scenario subcommand (demo, devnet, deploy) of the
// kind --kind names (defaultKind without it); the other flags are the
// kind's own.
func runScenario(name string) subcommand {
	return func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
		kind, rest, err := kindFlag(args)
		if err != nil {
			return err
		}
		var known []string
		for _, e := range registered() {
			if _, ok := e.scenario[name]; ok {
				known = append(known, e.Name)
			}
			if e.Name == kind {
				cmd, ok := e.scenario[name]
				if !ok {
					return fmt.Errorf("--kind %s has no %s scenario", kind, name)
				}
				return cmd(ctx, rest, stdout, stderr)
			}
		}
		return fmt.Errorf("--kind %q is not a known strategy kind (kinds with a %s: %s)", kind, name, strings.Join(known, ", "))
	}
}

// kindFlag takes -kind/--kind NAME (or =NAME) out of args.
func kindFlag(args []string) (kind string, rest []string, err error) {
	kind = defaultKind
	for i := 0; i < len(args); i++ {
		a := args[i]
		name, value, hasValue := strings.Cut(strings.TrimLeft(a, "-"), "=")
		if !strings.HasPrefix(a, "-") || (name != "kind" && name != "scenario") {
			rest = append(rest, a)
			continue
		}
		if !hasValue {
			if i+1 >= len(args) {
				return "", nil, fmt.Errorf("--%s needs a strategy kind", name)
			}
			value = args[i+1]
			i++
		}
		kind = scenarioKinds[value]
		if kind == "" {
			kind = value
		}
	}
	return kind, rest, nil
}

// scenarioKinds are the scenario names the issues use for each kind's
// demo (`steward demo --scenario governance`), accepted beside the kinds'
// own names.
var scenarioKinds = map[string]string{"governance": "governance", "marketmaking": "marketmaking", "market-making": "marketmaking",
	"lending": "risk", "lending-risk": "risk"}

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
