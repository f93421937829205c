package agents

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/robfig/cron/v3"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/policies"
)

// Guardrails evaluates the agent's policies.
type Guardrails interface {
	Evaluate(ctx context.Context, in policies.Input) (policies.Verdict, error)
}

// Config wires one agent. Every field without a default is required.
type Config struct {
	// Name identifies the agent in logs and in the store.
	Name string
	// Address is the agent's key: it commits the records.
	Address common.Address
	// Program is the strategy adapter.
	Program program.Program
	// Model runs the inferences (ONNX or LLM).
	Model Model
	// Policies guard every action.
	Policies Guardrails
	// Store records every stage.
	Store store.Store
	// Executor carries out approved bundles (live, dry-run, backtest).
	Executor program.Executor
	// Nonces hands out the record nonces of the agent's key; agents that
	// share a key share it (Parts), so two of their records are never
	// alike. Defaults to the agent's own.
	Nonces *RecordNonces
	// Logs is the chain's log stream, shared by the agents on it
	// (ingest.LogStream; a backtest's recorded logs). Required when the
	// program declares Events.
	Logs LogSource
	// Schedule, when set, runs the decision stages on this schedule (parsed
	// by config.ParseCron, the one cron parser) instead of on every block;
	// observation still follows every head. The
	// schedule runs on block timestamps, not the wall clock, so a replay of
	// history decides at the same blocks as the live run did.
	Schedule cron.Schedule
	// TickTimeout, when set, is each tick's deadline (supervise.go).
	TickTimeout time.Duration
	// Control, when set, is read at the start of every tick: the switch an
	// operator set (`steward serve`, store.Control). A paused agent
	// observes the head and stops there; a halted one (the kill switch)
	// has every action denied, as the policy engine's kill switch does. A
	// failed read fails the tick: it never runs unguarded. Run sets it to
	// the agent's store; backtests leave it nil.
	Control Controls
	// History, when set, is the node the agent catches up from when it
	// starts: the logs its program declares of the blocks it missed while
	// stopped (from the checkpoint it saves at every tick to the first
	// live head) reach the program with that head, read by the reorg-safe
	// log poller (resume.go). Nil (backtests): it starts at the live head.
	History ingest.LogReader
	// Report receives one report per tick and one per settled submission. Optional.
	Report func(Report)
	// Logger defaults to slog.Default().
	Logger *slog.Logger
}

func (c *Config) validate() error {
	var errs []error
	need := func(ok bool, field string) {
		if !ok {
			errs = append(errs, fmt.Errorf("agents: Config.%s is required", field))
		}
	}
	need(c.Name != "", "Name")
	need(c.Address != (common.Address{}), "Address")
	need(c.Program != nil, "Program")
	need(c.Model != nil, "Model")
	need(c.Policies != nil, "Policies")
	need(c.Store != nil, "Store")
	need(c.Executor != nil, "Executor")
	if c.Program != nil && len(c.Program.Declare().Events) > 0 {
		need(c.Logs != nil, "Logs (the program declares events)")
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	return errors.Join(errs...)
}

// Controls reads the switch in force for an agent; store.Store has it.
type Controls interface {
	Control(ctx context.Context, agent string) (store.Control, error)
}

// LogSource is where an agent reads the logs its program declares:
// ingest.LogStream over a node, or a backtest's recording.
type LogSource interface {
	// Watch adds contracts whose logs are read from now on.
	Watch(addrs ...common.Address)
	// Logs returns the matching logs of the block with this hash, in log order.
	Logs(ctx context.Context, block common.Hash, match func(types.Log) bool) ([]types.Log, error)
}

// RecordNonces hands out the inference-record nonces of one signing key.
// A record is (agent key, model, inputs, outputs, block, nonce): two agents
// of one key observing the same inputs at the same block would make the
// same record, and the registry refuses a root committed twice, so the
// agents of a key draw their nonces from one RecordNonces. Safe for
// concurrent use.
type RecordNonces struct {
	mu   sync.Mutex
	next uint64
}

// join raises the next nonce above every record the agent has stored.
func (r *RecordNonces) join(ctx context.Context, st store.Store, agent string) error {
	n, err := st.NextRecordNonce(ctx, agent)
	if err != nil {
		return err
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.next = max(r.next, n)
	return nil
}

// take returns the first of n consecutive nonces.
func (r *RecordNonces) take(n int) uint64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	first := r.next
	r.next += uint64(n)
	return first
}

// Agent runs the pipeline for one strategy instance. Heads come in through
// Run; the agent processes them one at a time, so no state below needs a
// lock except the cron flag.
type Agent struct {
	cfg     Config
	logger  *slog.Logger
	events  []program.Event // the logs the program declares
	display []string        // the program's Declaration.Display, for reports

	nextDue time.Time // block time at or after which the next decision is due

	last    map[string]any // last applied action, exposed to policies as `last`
	pending *pending       // the submission waiting for its receipt
	// orphans are bundles a reorg took off the chain after they settled,
	// waiting to be mined again (orphans.go).
	orphans []*pending
	// recheck asks the next tick to look again at the bundles settled as
	// mined (set at start-up and when a reorg is seen); tip is the last
	// head ticked, to see one.
	recheck bool
	tip     *types.Header
	// missed are the logs of the blocks missed while stopped, for the
	// first live tick; resumed is set once they were read (resume.go).
	missed      []types.Log
	resumed     bool
	resumeTries int

	inflight *inflight // inferences of an Asynchronous model still running

	skipped []*types.Header // stale heads dropped for the one being ticked (supervise.go)
	restart restart         // the back-off after a panic (supervise.go)
}

type pending struct {
	sub       program.Submission
	decisions []int64
	action    map[string]any
	report    Report
	orphaned  bool // a reorg took the block it was mined in off the chain
}

// New validates the config and restores the agent's record nonce from the store.
func New(ctx context.Context, cfg Config) (*Agent, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	decl := cfg.Program.Declare()
	a := &Agent{cfg: cfg, logger: cfg.Logger.With("agent", cfg.Name), last: map[string]any{},
		events: decl.Events, display: decl.Display}
	for _, e := range a.events {
		cfg.Logs.Watch(e.Address)
	}
	if cfg.Nonces == nil {
		a.cfg.Nonces = &RecordNonces{}
	}
	if err := a.cfg.Nonces.join(ctx, cfg.Store, cfg.Name); err != nil {
		return nil, fmt.Errorf("agent %s: restore nonce: %w", cfg.Name, err)
	}
	return a, nil
}

// Pending reports whether a submission is still waiting for its receipt.
func (a *Agent) Pending() bool { return a.pending != nil }

func (a *Agent) onReorg(ev ingest.Event) {
	a.logger.Warn("reorg", "depth", ev.ReorgDepth, "ancestor", ev.CommonAncestor)
	a.recheck = true
	if a.inflight != nil && a.inflight.head.Number.Uint64() > ev.CommonAncestor {
		// Its inputs describe an orphaned block; the guard would refuse its
		// records (OrphanedRecord).
		a.logger.Warn("cancelling an inference started on an orphaned block", "block", a.inflight.head.Number)
		a.abandonInference()
	}
	if r, ok := a.cfg.Program.(interface{ Rewind(block uint64) }); ok {
		r.Rewind(ev.CommonAncestor)
	}
}

// blockLogs reads the logs the program declares of the head block — and
// first of the stale heads dropped for it (supervise.go), oldest first, so
// the program misses no event — and whether one of them is a trigger.
func (a *Agent) blockLogs(ctx context.Context, head *types.Header) (logs []types.Log, triggered bool, err error) {
	if len(a.events) == 0 {
		return nil, false, nil
	}
	match := func(l types.Log) bool {
		for _, e := range a.events {
			if e.Matches(l) {
				triggered = triggered || e.Trigger
				return true
			}
		}
		return false
	}
	for _, l := range a.missed { // caught up at start-up (resume.go)
		if match(l) {
			logs = append(logs, l)
		}
	}
	for _, h := range append(a.skipped, head) {
		got, err := a.cfg.Logs.Logs(ctx, h.Hash(), match)
		if err != nil {
			return nil, false, err
		}
		logs = append(logs, got...)
	}
	a.missed = nil
	return logs, triggered, nil
}

// isDue reports whether the head at block time t runs the decision stages:
// always without a schedule; with one, at the first head at or after each
// time the schedule fires (the first firing is counted from the first head).
func (a *Agent) isDue(t uint64) bool {
	if a.cfg.Schedule == nil {
		return true
	}
	now := time.Unix(int64(t), 0).UTC()
	if a.nextDue.IsZero() {
		a.nextDue = a.cfg.Schedule.Next(now)
		return false
	}
	if now.Before(a.nextDue) {
		return false
	}
	a.nextDue = a.cfg.Schedule.Next(now)
	return true
}

func (a *Agent) report(r Report) {
	if a.cfg.Report != nil {
		r.Display = a.display
		a.cfg.Report(r)
	}
}
