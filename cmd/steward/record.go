package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/backtest/record"
)

// runRecord records a block range from a node for backtests.
func runRecord(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("record", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfgPath := fs.String("c", "", "agent config (YAML) whose program's reads, logs and their receipts are recorded; required")
	rpcURL := fs.String("rpc", "", "node JSON-RPC URL (default: the config's chain.rpc)")
	from := fs.Uint64("from", 0, "first block (required)")
	to := fs.Uint64("to", 0, "last block, inclusive (required)")
	out := fs.String("out", "", "recording file (SQLite; default data/recording-<agent>.db); an existing one resumes")
	batch := fs.Int("batch", 50, "blocks per batched JSON-RPC request (their headers, then their receipts)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *cfgPath == "" {
		return errors.New("-c <config.yaml> is required")
	}
	if *to == 0 || *to < *from {
		return fmt.Errorf("--from %d --to %d: give a block range, --to at or after --from", *from, *to)
	}
	cfg, err := config.Load(*cfgPath, kinds())
	if err != nil {
		return err
	}
	url := *rpcURL
	if url == "" {
		url = cfg.Chain.RPC
	}
	if *out == "" {
		*out = filepath.Join("data", "recording-"+cfg.Agent.Name+".db")
	}
	client, err := rpc.DialContext(ctx, url)
	if err != nil {
		return fmt.Errorf("--rpc %s: %w", url, err)
	}
	defer client.Close()
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		return err
	}
	st, err := record.Open(ctx, *out)
	if err != nil {
		return err
	}
	defer st.Close()
	fmt.Fprintf(stdout, "steward record: blocks %d..%d from %s for %s (%s) into %s\n", *from, *to, url, cfg.Agent.Name, cfg.Kind.Name, *out)
	bar := newProgress(stdout, "blocks")
	err = record.Record(ctx, record.Params{
		Node: ethclient.NewClient(client), Batch: client, BatchSize: *batch,
		Kind: cfg.Kind, Settings: cfg.Settings, From: *from, To: *to, Store: st,
		Progress: func(done, total uint64) { bar.update(int(done), int(total)) },
	})
	bar.done()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "recorded; replay it with `steward backtest -c %s --recording %s`\n", *cfgPath, *out)
	return nil
}
