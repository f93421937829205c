package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"syscall"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
)

func runMarketMakingDevnet(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("devnet", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var p demo.DevnetParams
	fs.StringVar(&p.HTTPAddr, "http", "127.0.0.1:8545", "HTTP JSON-RPC address (loopback)")
	fs.StringVar(&p.WSAddr, "ws", "127.0.0.1:8546", "WebSocket JSON-RPC address (loopback)")
	fs.DurationVar(&p.BlockInterval, "block-time", 0, "block interval (default 400ms)")
	fs.StringVar(&p.ConfigOut, "config-out", "data/devnet-agent.yaml", "where to write a ready-to-run agent config")
	keyEnv := fs.String("agent-key-env", "STEWARD_AGENT_KEY", "environment variable holding the agent's hex key; unset = make a throw-away key")
	verbose := fs.Bool("v", false, "log chain details")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *verbose {
		p.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	}
	if os.Getenv(*keyEnv) != "" {
		k, err := agents.LoadKey(config.Key{Env: *keyEnv})
		if err != nil {
			return fmt.Errorf("-agent-key-env: %w", err)
		}
		p.AgentKey = k
	}
	d, err := demo.StartDevnet(ctx, p)
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("%w (is another node or devnet running? choose other ports with -http and -ws; port 0 takes a free one)", err)
	}
	if err != nil {
		return err
	}
	defer d.Chain.Stop()
	httpURL, wsURL := d.Chain.Endpoints()
	dep := d.Chain.Deployment()
	fmt.Fprintf(stdout, "steward devnet: chain %d serving\n  HTTP %s\n  WS   %s\n", d.Chain.ChainID(), httpURL, wsURL)
	fmt.Fprintf(stdout, "  market path: %s\n", d.Source)
	fmt.Fprintf(stdout, "  pool %s  vault %s\n  guard %s  registry %s\n", dep.Pool.Hex(), dep.Vault.Hex(), dep.Guard.Hex(), dep.Registry.Hex())
	fmt.Fprintf(stdout, "  agent %s funded and authorised; its config: %s\n", crypto.PubkeyToAddress(d.AgentKey.PublicKey).Hex(), d.ConfigPath)
	if d.Generated {
		fmt.Fprintf(stdout, "  %s was not set, so this devnet made a THROW-AWAY dev key; to use it:\n    export %s=%x\n",
			*keyEnv, *keyEnv, crypto.FromECDSA(d.AgentKey))
	}
	fmt.Fprintf(stdout, "  then: bin/steward run -c %s\n", d.ConfigPath)
	<-ctx.Done()
	fmt.Fprintln(stdout, "steward devnet: stopping")
	return nil
}
