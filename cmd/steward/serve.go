package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/api"
	"github.com/steward-agents/steward/agents/config"
)

// runServe serves the HTTP API and the web dashboard (agents/api) over an
// agents' store until SIGINT/SIGTERM. Agents run elsewhere (`steward run`)
// on the same store; pause, resume and the kill switch reach them through
// it at their next tick.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	storeURL := fs.String("store", "", "the agents' store: sqlite://<path> or postgres://… (required)")
	addr := fs.String("addr", api.DefaultAddr, "address to listen on (127.0.0.1:0 picks a free port)")
	tokenEnv := fs.String("token-env", "STEWARD_API_TOKEN", "environment variable holding the bearer token that pause, resume and the kill switch need")
	explorer := fs.String("explorer", "", "block explorer base URL for transaction links, e.g. https://etherscan.io")
	backtests := fs.String("backtests", "", "folder whose subfolders with a summary.json are listed as backtest runs (e.g. data)")
	poll := fs.Duration("poll", api.DefaultPoll, "how often the dashboard refreshes")
	verbose := fs.Bool("v", false, "log every request's problems and debug details")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if *storeURL == "" {
		return errors.New("--store is required: sqlite://data/<agent>.db or postgres://… (the store your agents write)")
	}
	sc, err := config.ParseStoreURL(*storeURL)
	if err != nil {
		return fmt.Errorf("--store: %w", err)
	}
	if sc.Driver == config.StoreSQLite {
		// Opening would create an empty store: a typo would serve nothing.
		if _, err := os.Stat(sc.DSN); err != nil {
			return fmt.Errorf("--store: %w", err)
		}
	}
	if *backtests != "" {
		if st, err := os.Stat(*backtests); err != nil || !st.IsDir() {
			return fmt.Errorf("--backtests %s: not a folder", *backtests)
		}
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	logger := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))
	token := os.Getenv(*tokenEnv)

	st, err := agents.OpenStore(ctx, sc)
	if err != nil {
		return err
	}
	defer st.Close()
	srv, err := api.New(api.Config{Addr: *addr, Token: token, Explorer: *explorer, BacktestDir: *backtests,
		Poll: *poll, Logger: logger}, st)
	if err != nil {
		return err
	}
	if err := srv.Start(ctx); err != nil {
		return err
	}
	defer srv.Stop()
	fmt.Fprintf(stdout, "steward serve: dashboard at %s (API under /api/), store %s\n", srv.URL(), redactStore(sc))
	if token == "" {
		fmt.Fprintf(stdout, "  state changes are off: set %s to a token to allow pause, resume and the kill switch\n", *tokenEnv)
	} else {
		fmt.Fprintf(stdout, "  pause, resume and the kill switch need Authorization: Bearer $%s\n", *tokenEnv)
	}
	if host, _, err := net.SplitHostPort(*addr); err == nil {
		if ip := net.ParseIP(host); host == "" || (ip != nil && !ip.IsLoopback()) {
			fmt.Fprintf(stdout, "  warning: listening beyond loopback (%s): anyone who can reach it can read the store\n", *addr)
		}
	}
	return srv.Wait()
}

// redactStore names a store for people, without a password.
func redactStore(s config.Store) string {
	if s.Driver == config.StorePostgres {
		if u, err := url.Parse(s.DSN); err == nil {
			return u.Redacted()
		}
		return "postgres (unparsable URL)"
	}
	return "sqlite " + s.DSN
}
