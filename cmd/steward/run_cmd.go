package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"strings"
	"sync"

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
	metrics := fs.String("metrics", "", "serve Prometheus metrics of every agent of the process at http://ADDR/metrics (e.g. 127.0.0.1:9464); configs/grafana/steward-dashboard.json charts them")
	logFormat := fs.String("log-format", "text", "log lines as text or json (slog; each carries agent, block and decision ids)")
	verbose := fs.Bool("v", false, "log pipeline details")
	ha := fs.Bool("ha", false, "high availability: run each agent only while this replica holds its lease in the shared PostgreSQL store (run the same configs on two or more machines); standby until then")
	replica := fs.String("replica", defaultReplica(), "this replica's name in the agents' leases (with --ha)")
	leaseTTL := fs.Duration("lease-ttl", 0, "lease time-to-live (with --ha): a dead replica is replaced within about 1.25× this (default three blocks of the chain, at least 1s)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfgs, err := cfgPaths.load()
	if err != nil {
		return err
	}
	if *ha {
		if err := cfgPaths.checkShared(cfgs); err != nil {
			return err
		}
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	var handler slog.Handler
	switch *logFormat {
	case "text":
		handler = slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})
	case "json":
		handler = slog.NewJSONHandler(stderr, &slog.HandlerOptions{Level: level})
	default:
		return fmt.Errorf("--log-format %q: text or json", *logFormat)
	}
	logger := slog.New(handler)
	opts := agents.RunOptions{DryRun: *dryRun, Blocks: *blocks, Report: demo.NewPrinter(stdout, len(cfgs) > 1), MetricsAddr: *metrics, Logger: logger}
	if *ha {
		if opts.HA, err = agents.NewReplica(agents.ReplicaConfig{ID: *replica, TTL: *leaseTTL, OnLease: leasePrinter(stdout)}, logger); err != nil {
			return err
		}
	}
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

// checkShared refuses, for --ha, a config whose store the replicas cannot
// share: the leases live in PostgreSQL.
func (c configPaths) checkShared(cfgs []*config.Config) error {
	for i, cfg := range cfgs {
		if cfg.Store.Driver != config.StorePostgres {
			return fmt.Errorf("%s: --ha needs store.driver %s, shared by the replicas (a %s store is one replica's: run without --ha)",
				c[i], config.StorePostgres, cfg.Store.Driver)
		}
	}
	return nil
}

// defaultReplica names this process: hostname-pid.
func defaultReplica() string {
	host, err := os.Hostname()
	if err != nil || host == "" {
		host = "replica"
	}
	return fmt.Sprintf("%s-%d", host, os.Getpid())
}

// leasePrinter prints each change of an agent's lease on this replica.
func leasePrinter(w io.Writer) func(agents.LeaseEvent) {
	var mu sync.Mutex
	return func(e agents.LeaseEvent) {
		mu.Lock()
		defer mu.Unlock()
		switch e.State {
		case agents.LeaseStandby:
			fmt.Fprintf(w, "agent %s: standby on replica %s: replica %s holds the lease (token %d)\n", e.Agent, e.Replica, e.Lease.Owner, e.Lease.Token)
		case agents.LeaseOwner:
			fmt.Fprintf(w, "agent %s: replica %s owns it now (lease token %d)\n", e.Agent, e.Replica, e.Lease.Token)
		case agents.LeaseLost:
			fmt.Fprintf(w, "agent %s: replica %s lost the lease (token %d), stopped sending, standby: %v\n", e.Agent, e.Replica, e.Lease.Token, e.Err)
		case agents.LeaseReleased:
			fmt.Fprintf(w, "agent %s: replica %s released the lease (token %d)\n", e.Agent, e.Replica, e.Lease.Token)
		}
	}
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
