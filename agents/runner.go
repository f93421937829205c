package agents

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"
	"github.com/robfig/cron/v3"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/chain/txmgr"
)

// Node is everything an agent asks of a JSON-RPC node. *ethclient.Client
// and the simulated chain's client both satisfy it.
type Node interface {
	ingest.HeadReader
	ethereum.ContractCaller
	ethereum.LogFilterer
	txmgr.OutboxBackend
	ethereum.ChainIDReader
}

// RunParams assembles one agent.
type RunParams struct {
	// Program is the agent's strategy program (strategies/<kind>). Required.
	Program program.Program
	Name    string
	Node    Node
	// Heads, when set, is where the head follower reads and subscribes
	// (e.g. a fail-over client that subscribes over WebSocket); defaults to Node.
	Heads ingest.HeadReader
	// Parts, when set, are the parts the agent shares with the others of
	// its process: the head follower and log stream of its chain and the
	// outbox of its key (built by the first agent that asks).
	Parts *Parts
	Key   *ecdsa.PrivateKey
	Guard common.Address
	Model Model
	// Policies guard every action.
	Policies Guardrails
	Store    store.Store
	// Confirmations before the outbox treats a transaction as final. Defaults to 1.
	Confirmations uint64
	// BuilderURL, when set, receives bundles by eth_sendBundle.
	BuilderURL string
	// DryRun simulates and records bundles without sending them.
	DryRun bool
	// Schedule schedules decisions (config.ParseCron); nil = every block.
	Schedule cron.Schedule
	// Blocks stops the agent after this many heads (0 = until ctx ends);
	// it then waits for its last submission to settle.
	Blocks uint64
	// PollInterval for nodes that cannot push new heads. Defaults to 200ms.
	PollInterval time.Duration
	// TickTimeout, when set, is each tick's deadline.
	TickTimeout time.Duration
	Report      func(Report)
	// Metrics, when set, is where the outbox's gauges are registered.
	Metrics prometheus.Registerer
	// HA, when set, runs the agent only while this replica holds its
	// lease, and fences every send with it (ha.go); Store must keep leases
	// (PostgreSQL).
	HA     *Replica
	Logger *slog.Logger
}

// Run assembles the agent and drives it from a head follower until ctx ends
// or Blocks heads have been processed, then returns what it did. Ending
// with ctx (SIGINT, SIGTERM) is not an error: the summary says what was left
// to the next start. With HA it waits in standby until it holds the
// agent's lease, and returns to standby when it loses it.
func Run(ctx context.Context, p RunParams) (Summary, error) {
	if p.HA != nil {
		return runHA(ctx, p)
	}
	return run(ctx, p)
}

// run is Run for one stretch of ownership (all of it without HA).
func run(ctx context.Context, p RunParams) (sum Summary, err error) {
	// sum is a named result: the deferred reads of what is left (below)
	// must reach the caller whatever return ran.
	if p.Logger == nil {
		p.Logger = slog.Default()
	}
	if p.Key == nil {
		return sum, errors.New("agents: RunParams.Key is required")
	}
	chainID, err := chainIDOf(ctx, p.Node)
	if err != nil {
		return sum, err
	}
	outbox, created, err := p.outbox(chainID)
	if err != nil {
		return sum, err
	}
	if p.Parts == nil {
		defer outbox.Close()
	}
	if p.Metrics != nil && created {
		if err := p.Metrics.Register(newStuckGauge(p.Name, outbox)); err != nil {
			return sum, fmt.Errorf("register outbox metrics: %w", err)
		}
	}
	exec, err := NewChainExecutor(ChainExecutorConfig{Agent: p.Name, Guard: p.Guard, Outbox: outbox, Store: p.Store,
		DryRun: p.DryRun, Claims: p.claims()})
	if err != nil {
		return sum, err
	}
	var nonces *RecordNonces // the agent's own, unless its key's are shared
	if p.Parts != nil {
		nonces = p.Parts.RecordNonces(chainID.Uint64(), p.Key)
	}
	heads := p.Heads
	if heads == nil {
		heads = p.Node
	}
	// Shared heads and logs from Parts, or the agent's own (below).
	var source ingest.HeadStream
	var logs LogSource = ingest.NewLogStream(p.Node, 0)
	if p.Parts != nil {
		sub, shared, err := p.Parts.Heads(p.Name, chainID.Uint64(), heads, p.Node, p.PollInterval)
		if err != nil {
			return sum, err
		}
		defer sub.Close()
		source, logs = sub, shared
	}
	agent, err := New(ctx, Config{
		Name: p.Name, Address: crypto.PubkeyToAddress(p.Key.PublicKey), Program: p.Program,
		Model: p.Model, Policies: p.Policies, Logs: logs, Nonces: nonces,
		Store: p.Store, Control: p.Store, Executor: exec, Schedule: p.Schedule, TickTimeout: p.TickTimeout, Logger: p.Logger,
		History: history(p.Node),
		Report: func(r Report) {
			sum.add(r)
			if p.Report != nil {
				p.Report(r)
			}
		},
	})
	if err != nil {
		return sum, err
	}
	if err := agent.Recover(ctx); err != nil {
		return sum, err
	}
	// What is left when Run returns, read even after ctx ended. An
	// inference still running is cancelled and waited for first.
	defer func() {
		sum.Abandoned = agent.abandonInference()
		sum.Unsettled = agent.Pending()
		left, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		defer cancel()
		if open, err := exec.InFlight(left); err == nil {
			sum.Open = open
		}
	}()

	runCtx, cancel := context.WithCancel(ctx)
	defer cancel()
	if source == nil {
		// The outbox and the agent name themselves in their logs; the follower does not.
		follower, err := ingest.NewFollower(ingest.FollowerConfig{PollInterval: p.PollInterval}, heads, p.Logger.With("agent", p.Name))
		if err != nil {
			return sum, err
		}
		if err := follower.Start(runCtx); err != nil {
			return sum, err
		}
		defer follower.Stop()
		source = follower
	}

	events := source.Heads()
	if p.Blocks > 0 {
		events = limit(runCtx, events, p.Blocks)
	}
	if err := agent.Run(runCtx, events); err != nil && !errors.Is(err, context.Canceled) {
		return sum, err
	}
	if ctx.Err() != nil {
		return sum, nil
	}
	if err := source.Err(); err != nil {
		return sum, fmt.Errorf("head stream stopped: %w", err)
	}
	if err := agent.Drain(ctx, source.Heads(), 20); err != nil {
		if ctx.Err() != nil {
			return sum, nil // interrupted while draining
		}
		return sum, err
	}
	sum.Drained = true
	return sum, nil
}

// outbox returns the agent's outbox: the one of its key among the shared
// Parts, or its own.
func (p *RunParams) outbox(chainID *big.Int) (o *txmgr.Outbox, created bool, err error) {
	cfg := txmgr.OutboxConfig{ChainID: chainID, Agent: p.Name, Confirmations: p.Confirmations, BuilderURL: p.BuilderURL}
	if p.HA != nil {
		cfg.Fence = p.HA
	}
	if p.Parts != nil {
		return p.Parts.Outbox(cfg, p.Node, p.Store, p.Key)
	}
	o, err = txmgr.NewOutbox(cfg, p.Node, p.Store, p.Key, p.Logger)
	return o, err == nil, err
}

// history is the node as a log poller reads it, or nil when it cannot
// (a node without HeaderByHash): the agent then starts at the live head.
func history(n Node) ingest.LogReader {
	if r, ok := n.(ingest.LogReader); ok {
		return r
	}
	return nil
}

// claims is the executor's Claimer: the replica with HA, else none.
func (p *RunParams) claims() Claimer {
	if p.HA == nil {
		return nil // not a typed nil in the interface
	}
	return p.HA
}

// Drain settles the pending submission, then lets the executor finish its
// open transactions (confirmations), reading at most maxHeads more heads in
// all. A submission still unsettled is an error (ErrUnsettled); transactions
// still short of their confirmations are only logged: they are in the
// outbox, and the next start reconciles them.
func (a *Agent) Drain(ctx context.Context, heads <-chan ingest.Event, maxHeads int) error {
	for read := 0; ; {
		if a.pending == nil {
			open, err := a.cfg.Executor.InFlight(ctx)
			if err != nil || open == 0 {
				return err
			}
			if read >= maxHeads {
				a.logger.Warn("stopping with transactions short of their confirmations; the next start reconciles them",
					"transactions", open, "blocks", maxHeads)
				return nil
			}
		} else if read >= maxHeads {
			return fmt.Errorf("%w: %s after %d blocks", ErrUnsettled, a.pending.sub.TxHash, maxHeads)
		}
		var ev ingest.Event
		select {
		case <-ctx.Done():
			return ctx.Err()
		case e, ok := <-heads:
			if !ok && a.pending != nil {
				return fmt.Errorf("%w: head stream ended", ErrUnsettled)
			}
			if !ok {
				a.logger.Warn("head stream ended with transactions short of their confirmations; the next start reconciles them")
				return nil
			}
			ev = e
		}
		if ev.Kind != ingest.NewHead {
			continue
		}
		read++
		if err := a.cfg.Executor.Advance(ctx, ev.Header); err != nil {
			a.logger.Error("executor advance failed", "block", ev.Header.Number, "err", err)
		}
		if err := a.settle(ctx, ev.Header.Number.Uint64()); err != nil {
			return err
		}
	}
}

// limit forwards the first n NewHead events (and any reorgs among them).
func limit(ctx context.Context, in <-chan ingest.Event, n uint64) <-chan ingest.Event {
	// Buffered like the head stream it reads: the agent, not this relay,
	// decides which waiting heads are stale (supervise.go), and the relay
	// keeps reading so the hub never cuts the agent off for lagging.
	out := make(chan ingest.Event, ingest.DefaultHubBuffer)
	go func() {
		defer close(out)
		var seen uint64
		for seen < n {
			select {
			case <-ctx.Done():
				return
			case ev, ok := <-in:
				if !ok {
					return
				}
				if ev.Kind == ingest.NewHead {
					seen++
				}
				select {
				case out <- ev:
				case <-ctx.Done():
					return
				}
			}
		}
	}()
	return out
}
