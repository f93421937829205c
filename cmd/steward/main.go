// Command steward runs AI agents that steer on-chain protocols.
//
//	steward demo                       embedded chain + demo agent, then verify
//	steward devnet                     serve the embedded chain over HTTP/WS JSON-RPC
//	steward deploy --rpc URL           deploy the demo protocols onto a node of yours
//	steward check -c agent.yaml        the start-up checks of `run`, and nothing else
//	steward run -c agent.yaml [-c …]   run agents live (or --dry-run) against any node
//	steward verify --tx 0x…            re-run and check the inferences behind a transaction
//	steward backtest -c agent.yaml     replay recorded data through the agent; summary.json + report.html
//	steward record --from N --to M -c agent.yaml   record a block range for backtests (resumable)
//	steward model train                train the market-making model from recorded data
//	steward sweep -c agent.yaml --grid sweep.yaml [--local]   parameter sweep of backtests; results.csv + results.html
//	steward worker [--db URL]          work queued sweep jobs until SIGINT/SIGTERM
//	steward serve --store URL [--addr 127.0.0.1:8080] [--token-env STEWARD_API_TOKEN]   API and dashboard
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

type command struct {
	name, summary string
	run           func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

func commands() []command {
	return []command{
		{"demo", "run a kind's demo agent live on the embedded chain, then verify its transactions (--kind, default marketmaking)", runScenario("demo")},
		{"devnet", "serve the embedded chain with a kind's demo protocols over HTTP and WebSocket JSON-RPC (--kind; --synthetic: with 10,000 filler transactions a second)", runScenario("devnet")},
		{"deploy", "deploy a kind's demo protocols onto a node of yours (e.g. anvil) and write an agent config (--kind)", runScenario("deploy")},
		{"check", "run an agent's start-up checks against its node, and nothing else", runCheck},
		{"run", "run an agent from its config against a node (live, or --dry-run)", runAgent},
		{"verify", "verify the inferences behind a transaction", runVerify},
		{"backtest", "replay recorded market data through an agent's config on the embedded chain; write summary.json and report.html", runBacktest},
		{"record", "record a block range from a node (headers, the program's logs and reads) for backtests; resumable", runRecord},
		{"score", "score a DAO proposal's risk (0–100) with flags and an explanation, from its file; no chain needed", runScore},
		{"model", "model tools: `model train`", runModel},
		{"sweep", "sweep an agent's parameters over a grid of backtests, locally (--local) or queued for workers; --status shows progress", runSweep},
		{"worker", "work queued sweep jobs (PostgreSQL, --db) until SIGINT/SIGTERM; run one on every machine that helps", runWorker},
		{"serve", "serve the HTTP API and web dashboard over an agents' store (--store URL); token-guarded pause, resume and kill switch", runServe},
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		return 0
	}
	for _, c := range commands() {
		if c.name == args[0] {
			err := c.run(ctx, args[1:], stdout, stderr)
			if errors.Is(err, flag.ErrHelp) {
				return 0 // the flag package has printed the usage
			}
			if err != nil {
				fmt.Fprintf(stderr, "steward %s: %v\n", c.name, err)
				if code, ok := err.(exitCoder); ok {
					return code.ExitCode()
				}
				return 1
			}
			return 0
		}
	}
	fmt.Fprintf(stderr, "steward: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: steward <command> [flags]\n\ncommands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w, "\n`steward <command> -h` lists a command's flags.")
}

// exitCoder lets a command choose its exit code (verify exits 3 on a failed check).
type exitCoder interface{ ExitCode() int }
