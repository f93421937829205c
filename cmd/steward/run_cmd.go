package main

import (
	"context"
	"errors"
	"flag"
	"io"
	"log/slog"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
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
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cfgPath == "" {
		return errors.New("-c <config.yaml> is required")
	}
	cfg, err := config.Load(*cfgPath)
	if err != nil {
		return err
	}
	level := slog.LevelWarn
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	return agents.RunConfig(ctx, cfg, agents.RunOptions{
		DryRun: *dryRun, Blocks: *blocks, Report: demo.NewPrinter(stdout), MetricsAddr: *metrics, Logger: logger,
	})
}
