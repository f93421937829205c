package main

import (
	"context"
	"flag"
	"io"
	"log/slog"
	"os"

	"github.com/steward-agents/steward/agents/demo"
)

func runMarketMakingDemo(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	p := demo.Params{Out: stdout, Kinds: kinds()}
	fs.StringVar(&p.ConfigPath, "c", "", "agent config (default configs/marketmaking-demo.yaml)")
	fs.Uint64Var(&p.Blocks, "blocks", 150, "blocks the agent runs (150 × 400 ms ≈ one minute)")
	fs.DurationVar(&p.BlockInterval, "block-time", 0, "block interval of the embedded chain (default 400ms)")
	fs.StringVar(&p.StorePath, "store", "", "SQLite file for the run (default data/demo-<time>.db)")
	fs.StringVar(&p.Serve, "serve", "", `address of the dashboard served while the demo runs (default 127.0.0.1, a free port; "off" for none); $STEWARD_API_TOKEN, when set, is its token`)
	verbose := fs.Bool("v", false, "log pipeline details to stderr")
	if err := fs.Parse(args); err != nil {
		return err
	}
	p.Token = os.Getenv("STEWARD_API_TOKEN")
	if *verbose {
		p.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelDebug}))
	}
	_, err := demo.Run(ctx, p)
	return err
}
