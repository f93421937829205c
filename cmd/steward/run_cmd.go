package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
)

func runAgent(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfgPaths configPaths
	fs.Var(&cfgPaths, "c", "agent config (YAML); required; repeat it to run several agents in this process, sharing one follower and log stream per chain, one outbox per key and one connection per store")
	dryRun := fs.Bool("dry-run", false, "simulate and record every bundle, send nothing")
	blocks := fs.Uint64("blocks", 0, "stop after this many blocks (0 = run until interrupted)")
	metrics := fs.String("metrics", "", "serve Prometheus metrics at http://ADDR/metrics (e.g. 127.0.0.1:9464)")
	verbose := fs.Bool("v", false, "log pipeline details")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfgs, err := cfgPaths.load()
	if err != nil {
		return err
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	opts := agents.RunOptions{DryRun: *dryRun, Blocks: *blocks, Report: demo.NewPrinter(stdout, len(cfgs) > 1), MetricsAddr: *metrics, Logger: logger}
	setups := make([]*agents.Setup, 0, len(cfgs))
	defer func() {
		for _, s := range setups {
			s.Close()
		}
	}()
	for i, cfg := range cfgs {
		setup, err := agents.Open(ctx, cfg, logger)
		if err != nil {
			return prefixed(cfgPaths, i, err)
		}
		setups = append(setups, setup)
		if _, err := setup.Preflight(ctx); err != nil {
			return prefixed(cfgPaths, i, fmt.Errorf("%w\n(nothing was sent; `steward check -c %s` runs only these checks)", err, cfgPaths[i]))
		}
		writeStart(stdout, setup.Info(opts))
	}
	var sums []agents.Summary
	if len(setups) == 1 {
		var sum agents.Summary
		sum, err = setups[0].Run(ctx, opts)
		sums = []agents.Summary{sum}
	} else {
		sums, err = agents.RunAll(ctx, setups, opts)
	}
	if ctx.Err() != nil {
		fmt.Fprintln(stdout, "steward run: interrupted")
	}
	for i, sum := range sums {
		if len(sums) > 1 {
			fmt.Fprintf(stdout, "agent %s:\n", cfgs[i].Agent.Name)
		}
		if werr := sum.Write(stdout); werr != nil && err == nil {
			err = werr
		}
	}
	return err
}

// configPaths are the -c flags of `steward run`: one agent config each.
type configPaths []string

func (c *configPaths) String() string { return strings.Join(*c, ",") }

func (c *configPaths) Set(v string) error {
	*c = append(*c, v)
	return nil
}

// load reads every config, and refuses two agents of one name: the name
// keys an agent's rows in its store and its lines in logs.
func (c configPaths) load() ([]*config.Config, error) {
	if len(c) == 0 {
		return nil, errors.New("-c <config.yaml> is required")
	}
	cfgs := make([]*config.Config, len(c))
	seen := map[string]string{}
	for i, path := range c {
		cfg, err := config.Load(path, kinds())
		if err != nil {
			return nil, err
		}
		if other, ok := seen[cfg.Agent.Name]; ok {
			return nil, fmt.Errorf("%s: agent.name %q is already the name of the agent of %s: each agent of a process needs its own name", path, cfg.Agent.Name, other)
		}
		seen[cfg.Agent.Name] = path
		cfgs[i] = cfg
	}
	return cfgs, nil
}

// prefixed names the config an error is about when several are run.
func prefixed(paths configPaths, i int, err error) error {
	if len(paths) == 1 {
		return err
	}
	return fmt.Errorf("%s: %w", paths[i], err)
}

// writeStart prints the start line: who runs where, against what.
func writeStart(w io.Writer, s agents.StartInfo) {
	mode := "live"
	if s.DryRun {
		mode = "dry run: nothing is sent"
	}
	fmt.Fprintf(w, "steward run: agent %s (%s), %s\n", s.Agent, s.Address.Hex(), mode)
	fmt.Fprintf(w, "  chain %d at head %d via %s\n", s.ChainID, s.Head, s.RPC)
	fmt.Fprintf(w, "  guard %s  registry %s\n", s.Guard.Hex(), s.Registry.Hex())
	fmt.Fprintf(w, "  model %s %s\n", s.ModelName, s.Model.Hex())
	fmt.Fprintf(w, "  store %s\n", s.Store)
}
