package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/synthetic"
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
	synth := fs.Bool("synthetic", false, "serve a synthetic high-throughput chain: every block filled with --tps worth of Uniswap v3 and Aave v3 transactions and logs")
	tps := fs.Int("tps", 10_000, "with --synthetic: filler transactions (and logs) per second; per block: tps × block time")
	latency := fs.Duration("latency", 0, "with --synthetic: delay every JSON-RPC answer by this much")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *verbose {
		p.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	}
	var misplaced error
	fs.Visit(func(f *flag.Flag) {
		if !*synth && (f.Name == "tps" || f.Name == "latency") {
			misplaced = fmt.Errorf("--%s is a --synthetic flag", f.Name)
		}
	})
	if misplaced != nil {
		return misplaced
	}
	var node *synthetic.Node
	var synthInfo string
	if *synth {
		cfg, info, err := syntheticConfig(p, *tps, *latency)
		if err != nil {
			return err
		}
		synthInfo = info
		p.Serve = func(ctx context.Context, chain *devchain.Chain) (string, error) {
			inner, err := synthetic.DevchainClient(chain)
			if err != nil {
				return "", err
			}
			if node, err = synthetic.New(cfg, inner); err != nil {
				return "", err
			}
			if err := node.Start(ctx); err != nil {
				return "", err
			}
			httpURL, _ := node.Endpoints()
			return httpURL, nil
		}
	}
	if os.Getenv(*keyEnv) != "" {
		k, err := agents.LoadKey(config.Key{Env: *keyEnv})
		if err != nil {
			return fmt.Errorf("-agent-key-env: %w", err)
		}
		p.AgentKey = k
	}
	d, err := demo.StartDevnet(ctx, p)
	if err != nil && node != nil {
		node.Stop()
	}
	if errors.Is(err, syscall.EADDRINUSE) {
		return fmt.Errorf("%w (is another node or devnet running? choose other ports with -http and -ws; port 0 takes a free one)", err)
	}
	if err != nil {
		return err
	}
	defer d.Chain.Stop()
	httpURL, wsURL := d.Chain.Endpoints()
	if node != nil {
		defer node.Stop() // before the chain it serves
		httpURL, wsURL = node.Endpoints()
	}
	dep := d.Chain.Deployment()
	fmt.Fprintf(stdout, "steward devnet: chain %d serving\n  HTTP %s\n  WS   %s\n", d.Chain.ChainID(), httpURL, wsURL)
	if synthInfo != "" {
		fmt.Fprintf(stdout, "  %s\n", synthInfo)
	}
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

// syntheticSeed seeds `steward devnet --synthetic`'s filler: the same on every run.
const syntheticSeed = 1

// syntheticConfig is the synthetic node of `steward devnet --synthetic`
// (chain/synthetic), and a line saying what it serves: tps × block time
// filler transactions and logs per block, Uniswap v3 events from the
// recorded USDC/WETH day built into the binary, Aave v3 events from the
// shared data's Polygon raw logs when present (they hold no
// LiquidationCall: generated ones are added, 3 %), else generated.
func syntheticConfig(p demo.DevnetParams, tps int, latency time.Duration) (synthetic.Config, string, error) {
	if tps <= 0 {
		return synthetic.Config{}, "", fmt.Errorf("--tps %d: must be positive", tps)
	}
	if latency < 0 {
		return synthetic.Config{}, "", fmt.Errorf("--latency %s: must not be negative", latency)
	}
	blockTime := p.BlockInterval
	if blockTime == 0 {
		blockTime = devchain.DefaultBlockInterval
	}
	perBlock := max(1, int(int64(tps)*int64(blockTime)/int64(time.Second)))
	recorded, err := dataset.EmbeddedPoolEvents()
	if err != nil {
		return synthetic.Config{}, "", err
	}
	kinds := map[string]synthetic.Kind{dataset.Swap: synthetic.Swap, dataset.Mint: synthetic.Mint, dataset.Burn: synthetic.Burn}
	pool := make([]synthetic.PoolEvent, len(recorded))
	for i, e := range recorded {
		pool[i] = synthetic.PoolEvent{Kind: kinds[e.Kind], Amount0: e.Amount0, Amount1: e.Amount1, SqrtPriceX96: e.SqrtPriceX96,
			Liquidity: e.Liquidity, Tick: e.Tick, TickLower: e.TickLower, TickUpper: e.TickUpper, PositionLiquidity: e.PositionLiquidity}
	}
	uniswap, err := synthetic.UniswapEvents(pool, syntheticSeed)
	if err != nil {
		return synthetic.Config{}, "", fmt.Errorf("%s: %w", dataset.EmbeddedPoolEventsFile, err)
	}
	var aave []synthetic.Event
	aaveFrom := "generated (seeded; the shared Aave v3 data is not here)"
	if dir, ok := dataset.FindSharedDir(); ok {
		files, _ := filepath.Glob(filepath.Join(dir, "aave-v3-polygon-events", "*.raw.csv"))
		for _, f := range files {
			events, err := readAaveRaw(f)
			if err != nil {
				return synthetic.Config{}, "", err
			}
			aave = append(aave, events...)
		}
		if len(aave) > 0 {
			aave = append(aave, synthetic.GenerateAave(syntheticSeed, max(1, len(aave)*3/97), synthetic.LiquidationCall)...)
			aaveFrom = fmt.Sprintf("recorded Polygon logs (%d files under %s) + 3 %% generated LiquidationCall", len(files), dir)
		}
	}
	cfg := synthetic.Config{HTTPAddr: p.HTTPAddr, WSAddr: p.WSAddr, TxsPerBlock: perBlock, Latency: latency,
		Uniswap: uniswap, Aave: aave, Seed: syntheticSeed, Logger: p.Logger}
	info := fmt.Sprintf("synthetic: %d filler transactions and logs per block (%d TPS at %s blocks), answer latency %s\n"+
		"  filler: Uniswap v3 Swap/Mint/Burn from %s; Aave v3 Supply/Borrow/Repay/Withdraw/LiquidationCall %s",
		perBlock, tps, blockTime, latency, dataset.EmbeddedPoolEventsFile, aaveFrom)
	return cfg, info, nil
}

func readAaveRaw(path string) ([]synthetic.Event, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	events, err := synthetic.ReadAaveRaw(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return events, nil
}
