package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
)

func runMarketMakingDeploy(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("deploy", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var p demo.ExternalParams
	fs.StringVar(&p.RPC, "rpc", "", "node JSON-RPC URL (required)")
	ownerEnv := fs.String("owner-key-env", "STEWARD_OWNER_KEY", "environment variable with the deployer's hex key")
	agentEnv := fs.String("agent-key-env", "STEWARD_AGENT_KEY", "environment variable with the agent's hex key (only its address is used)")
	fs.StringVar(&p.ConfigOut, "config-out", "data/external-agent.yaml", "where to write the agent config")
	resume := fs.String("resume", "", "deploy state file to resume from (must exist); by default the state is kept, and resumed, at <config-out without extension>.deploy.json")
	fs.StringVar(&p.StoreURL, "store", "", "store URL for the written config (default sqlite://data/external-agent.db)")
	market := fs.Duration("market", 0, "after deploying, move the market one step per this interval until interrupted (0 = don't)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if p.RPC == "" {
		return errors.New("--rpc is required")
	}
	if *resume != "" {
		// Named explicitly, a missing file is a mistake: starting afresh
		// would deploy everything again.
		if _, err := os.Stat(*resume); err != nil {
			return fmt.Errorf("--resume: %w", err)
		}
		p.StateFile = *resume
	}
	owner, err := agents.LoadKey(config.Key{Env: *ownerEnv})
	if err != nil {
		return fmt.Errorf("--owner-key-env: %w", err)
	}
	agent, err := agents.LoadKey(config.Key{Env: *agentEnv})
	if err != nil {
		return fmt.Errorf("--agent-key-env: %w", err)
	}
	p.Owner, p.Agent, p.Progress = owner, crypto.PubkeyToAddress(agent.PublicKey), stdout
	e, err := demo.DeployExternal(ctx, p)
	if err != nil {
		return err
	}
	d := e.Deployment
	fmt.Fprintf(stdout, "deployed on %s:\n  pool     %s\n  vault    %s\n  guard    %s\n  registry %s\nagent %s authorised; config: %s; state: %s\n",
		p.RPC, d.Pool.Hex(), d.Vault.Hex(), d.Guard.Hex(), d.Registry.Hex(), p.Agent.Hex(), e.ConfigPath, e.StatePath)
	if *market <= 0 {
		return nil
	}
	fmt.Fprintf(stdout, "moving the market every %s until interrupted\n", *market)
	return e.RunMarket(ctx, *market)
}
