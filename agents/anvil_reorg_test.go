package agents_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents"
)

// On anvil, a snapshot/revert orphans the blocks the agent decided and
// acted on: the outbox re-broadcasts the dropped transaction, the guard
// refuses its record (its block is no longer canonical), nothing is applied
// twice, and the agent goes on acting on the new branch.
func TestPipelineOnAnvilReorg(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := newAnvilStack(t, ctx)
	snap, err := s.node.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	forkBase, _ := s.node.Client().BlockNumber(ctx)

	var mu sync.Mutex
	settled := 0
	settledCount := func() int { mu.Lock(); defer mu.Unlock(); return settled }
	st := sqliteStore(t)
	agentCtx, stopAgent := context.WithCancel(ctx)
	agentDone := make(chan error, 1)
	go func() {
		_, err := agents.Run(agentCtx, agents.RunParams{
			Name: "mm-anvil-reorg", Node: s.node.Client(), Key: s.agentKey, Guard: s.dep.Guard,
			Program: mmProgram(t, s.node.Client(), s.dep), Model: s.model, Policies: widthPolicy(t), Store: st,
			PollInterval:  20 * time.Millisecond,
			Confirmations: 64, // keep transactions open across the reorg
			Logger:        slog.New(slog.DiscardHandler),
			Report: func(r agents.Report) {
				// Only bundles the chain applied count: a bundle built just
				// before the reorg can settle reverted (OrphanedRecord).
				if r.Stage == agents.StageSettled && r.Outcome != nil && r.Outcome.Success {
					mu.Lock()
					settled++
					mu.Unlock()
				}
			},
		})
		agentDone <- err
	}()
	// moveUntil steps the market until the chain has applied more than n of the agent's bundles.
	moveUntil := func(n int) {
		for settledCount() <= n && ctx.Err() == nil {
			if err := s.marketStep(ctx); err != nil {
				t.Fatal(err)
			}
			time.Sleep(30 * time.Millisecond)
		}
	}
	moveUntil(0)
	head, _ := s.node.Client().BlockNumber(ctx)
	// Orphan everything since the snapshot, including the agent's decision
	// and its transaction, with a longer branch.
	if err := s.node.Revert(ctx, snap); err != nil {
		t.Fatal(err)
	}
	if err := s.node.Mine(ctx, head-forkBase+2); err != nil {
		t.Fatal(err)
	}
	if err := s.op.Resync(ctx); err != nil {
		t.Fatal(err)
	}
	moveUntil(settledCount())
	stopAgent()
	if err := <-agentDone; err != nil {
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatal("the agent did not act again after the reorg")
	}
	assertAppliedOnce(t, ctx, s.node.Client(), s.dep.Guard, st)
}
