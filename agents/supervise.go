package agents

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"time"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/ingest"
)

// How an agent isolates itself from its own failures, so that many agents
// share one process (issue 14):
//
//   - stale heads are dropped, never queued: when heads arrived while a
//     tick ran, the next tick is on the newest of them, and the program
//     receives the dropped blocks' logs with it (it misses no event; it
//     acts on the newest state it can);
//   - a panic in a tick (the program's code, a model binding) is recovered
//     and reported; the agent then sits out a back-off of heads (1, 2, 4 …
//     up to maxRestartHeads, doubling with each consecutive panic) and
//     restarts: it reloads its submission in flight from the store
//     (Recover) and goes on — the other agents of the process never notice;
//   - each tick may have a deadline (Config.TickTimeout): a tick that
//     overruns it fails with context.DeadlineExceeded at its next stage
//     instead of holding the agent's next heads.

// maxRestartHeads caps the back-off after repeated panics.
const maxRestartHeads = 64

// PanicError is a panic recovered from a tick.
type PanicError struct {
	Value any
	Stack []byte
}

func (e *PanicError) Error() string { return fmt.Sprintf("panic: %v", e.Value) }

// maxResumeTries is how many heads an agent waits for its catch-up from
// the checkpoint (resume.go) before it acts without the missed logs.
const maxResumeTries = 3

// restart is an agent's back-off after a panic.
type restart struct {
	wait   int // heads still to sit out
	panics int // consecutive panics
}

// Run consumes heads until the channel closes or ctx ends. A tick error is
// logged and the agent goes on with the next head: one bad block must not
// stop an agent; a panic is recovered, and the agent restarts after a
// back-off (see above).
func (a *Agent) Run(ctx context.Context, heads <-chan ingest.Event) error {
	var held *ingest.Event // an event read ahead while looking for the newest head
	for {
		var ev ingest.Event
		if held != nil {
			ev, held = *held, nil
		} else {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case e, ok := <-heads:
				if !ok {
					return nil
				}
				ev = e
			}
		}
		if ev.Kind == ingest.Reorg {
			a.onReorg(ev)
			continue
		}
		// Drop stale heads: tick the newest one already waiting.
		var skipped []*types.Header
	newest:
		for {
			select {
			case e, ok := <-heads:
				if !ok {
					break newest
				}
				if e.Kind != ingest.NewHead {
					held = &e
					break newest
				}
				skipped, ev = append(skipped, ev.Header), e
			default:
				break newest
			}
		}
		if len(skipped) > 0 {
			a.logger.Warn("dropped stale heads", "block", ev.Header.Number, "dropped", len(skipped), "from", skipped[0].Number)
		}
		if !a.resumed {
			err := a.catchUp(ctx, ev.Header)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			if err != nil && a.resumeTries < maxResumeTries {
				// Not ticked: a tick would move the checkpoint past the
				// missed blocks. Tried again at the next head.
				a.resumeTries++
				a.logger.Error("catch-up from the checkpoint failed; not acting until it succeeds", "block", ev.Header.Number,
					"try", a.resumeTries, "err", err)
				a.report(Report{Agent: a.cfg.Name, Block: ev.Header.Number.Uint64(), Stage: StageError, Reason: err.Error()})
				continue
			}
			if err != nil {
				a.logger.Error("catch-up from the checkpoint failed again; acting without the missed blocks' logs",
					"block", ev.Header.Number, "tries", a.resumeTries+1, "err", err)
			}
			a.resumed = true
		}
		if a.restart.wait > 0 {
			a.restart.wait--
			a.report(Report{Agent: a.cfg.Name, Block: ev.Header.Number.Uint64(), Stage: StageError, Skipped: len(skipped),
				Reason: fmt.Sprintf("restarting after a panic in %d head(s)", a.restart.wait+1)})
			continue
		}
		if err := a.superviseTick(ctx, ev.Header, skipped); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			reason := err.Error()
			var p *PanicError
			if errors.As(err, &p) {
				a.restart.panics++
				a.restart.wait = min(1<<(a.restart.panics-1), maxRestartHeads)
				a.logger.Error("tick panicked", "block", ev.Header.Number, "panic", p.Value, "stack", string(p.Stack), "restart_after_heads", a.restart.wait)
				reason = fmt.Sprintf("%s; restarting after %d head(s)", reason, a.restart.wait)
			} else {
				a.logger.Error("tick failed", "block", ev.Header.Number, "err", err)
			}
			// Every head gets a report, a failed one too, so summaries
			// and metrics count it.
			a.report(Report{Agent: a.cfg.Name, Block: ev.Header.Number.Uint64(), Stage: StageError, Reason: reason, Skipped: len(skipped)})
			continue
		}
		a.restart.panics = 0
	}
}

// superviseTick runs one tick on head with the dropped heads' logs, under
// the agent's tick deadline, recovering a panic; after a back-off it first
// restarts the agent from its store.
func (a *Agent) superviseTick(ctx context.Context, head *types.Header, skipped []*types.Header) (err error) {
	if a.cfg.TickTimeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, a.cfg.TickTimeout)
		defer cancel()
	}
	defer func() {
		a.skipped = nil
		if r := recover(); r != nil {
			err = &PanicError{Value: r, Stack: debug.Stack()}
		}
	}()
	if a.restart.panics > 0 {
		// Restart: what the store says is in flight, not what the
		// panicking tick left in memory.
		a.abandonInference()
		a.pending = nil
		if err := a.Recover(ctx); err != nil {
			return fmt.Errorf("restart: %w", err)
		}
		a.logger.Info("restarted after a panic", "block", head.Number, "panics", a.restart.panics)
	}
	a.skipped = skipped
	start := time.Now()
	err = a.Tick(ctx, head)
	if a.cfg.TickTimeout > 0 && time.Since(start) > a.cfg.TickTimeout {
		a.logger.Warn("tick overran its deadline", "block", head.Number, "took", time.Since(start), "deadline", a.cfg.TickTimeout)
	}
	return err
}
