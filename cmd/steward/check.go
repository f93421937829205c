package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
)

// runCheck runs only the start-up checks of `steward run`: the config, the
// node, the key, the model, and Preflight's policies, registry and guard
// checks. It sends nothing and writes nothing.
func runCheck(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", "", "agent config (YAML); required")
	cfg, err := parseWithConfig(fs, args, cfgPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "ok   config    %s\n", *cfgPath)
	setup, err := agents.Open(ctx, cfg, slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	if err != nil {
		return err
	}
	defer setup.Close()
	info := setup.Info(agents.RunOptions{})
	fmt.Fprintf(stdout, "ok   node      chain %d at head %d via %s\n", info.ChainID, info.Head, info.RPC)
	fmt.Fprintf(stdout, "ok   key       agent %s\n", info.Address.Hex())
	fmt.Fprintf(stdout, "ok   model     %s %s\n", info.ModelName, info.Model.Hex())
	checks, err := setup.Preflight(ctx)
	writeChecks(stdout, checks)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "all checks passed: `steward run -c %s` can start\n", *cfgPath)
	return nil
}

// parseWithConfig parses a command's flags, then loads the agent config
// its -c flag (cfgPath) names, which is required.
func parseWithConfig(fs *flag.FlagSet, args []string, cfgPath *string) (*config.Config, error) {
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if *cfgPath == "" {
		return nil, errors.New("-c <config.yaml> is required")
	}
	return config.Load(*cfgPath, kinds())
}

// writeChecks prints one line per start-up check.
func writeChecks(w io.Writer, checks []agents.Check) {
	for _, c := range checks {
		fmt.Fprintln(w, c)
	}
}
