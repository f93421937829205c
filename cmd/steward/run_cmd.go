package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/demo"
)

func runAgent(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("run", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", "", "agent config (YAML); required")
	dryRun := fs.Bool("dry-run", false, "simulate and record every bundle, send nothing")
	blocks := fs.Uint64("blocks", 0, "stop after this many blocks (0 = run until interrupted)")
	metrics := fs.String("metrics", "", "serve Prometheus metrics at http://ADDR/metrics (e.g. 127.0.0.1:9464)")
	verbose := fs.Bool("v", false, "log pipeline details")
	cfg, err := parseWithConfig(fs, args, cfgPath)
	if err != nil {
		return err
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	setup, err := agents.Open(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer setup.Close()
	if _, err := setup.Preflight(ctx); err != nil {
		return fmt.Errorf("%w\n(nothing was sent; `steward check -c %s` runs only these checks)", err, *cfgPath)
	}
	opts := agents.RunOptions{DryRun: *dryRun, Blocks: *blocks, Report: demo.NewPrinter(stdout), MetricsAddr: *metrics, Logger: logger}
	writeStart(stdout, setup.Info(opts))
	sum, err := setup.Run(ctx, opts)
	if ctx.Err() != nil {
		fmt.Fprintln(stdout, "steward run: interrupted")
	}
	if werr := sum.Write(stdout); werr != nil && err == nil {
		err = werr
	}
	return err
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
