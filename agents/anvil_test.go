package agents_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store"
)

// The same agent, unchanged, against anvil as an external node over HTTP:
// deploy the stack with the devchain Operator, drive the market from the
// test, run the agent through agents.Run (head follower polling over HTTP),
// and verify what it sent.
func TestPipelineOnAnvil(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	s := newAnvilStack(t, ctx)
	// Keep the market moving while the agent runs.
	marketCtx, stopMarket := context.WithCancel(ctx)
	marketDone := make(chan struct{})
	go func() {
		defer close(marketDone)
		for marketCtx.Err() == nil {
			if err := s.marketStep(marketCtx); err != nil && marketCtx.Err() == nil {
				t.Errorf("market step: %v", err)
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()

	st := sqliteStore(t)
	var settled []agents.Report
	logs := newOnceHandler()
	sum, err := agents.Run(ctx, agents.RunParams{
		Name: "mm-anvil", Node: s.node.Client(), Key: s.agentKey, Guard: s.dep.Guard,
		Program: mmProgram(t, s.node.Client(), s.dep), Model: s.model, Policies: widthPolicy(t), Store: st,
		Blocks: 60, PollInterval: 25 * time.Millisecond, Logger: slog.New(logs),
		Report: func(r agents.Report) {
			if r.Stage == agents.StageSettled {
				settled = append(settled, r)
			}
		},
	})
	stopMarket()
	<-marketDone
	if err != nil {
		t.Fatal(err)
	}
	if len(settled) == 0 {
		t.Fatal("no bundle settled on anvil")
	}
	logs.check(t)
	verifySettled(t, ctx, s.node.Client(), st, s.models, s.dep.Guard, settled)
	stats, _ := st.Stats(ctx, "mm-anvil")
	if stats[store.DecisionConfirmed] != len(settled) {
		t.Fatalf("store has %d confirmed decisions, %d bundles settled", stats[store.DecisionConfirmed], len(settled))
	}
	// The run's summary agrees with its reports and the store.
	var gas uint64
	for _, r := range settled {
		gas += r.Outcome.GasUsed
	}
	if sum.Confirmed != stats[store.DecisionConfirmed] || sum.GasUsed != gas || len(sum.Txs) != len(settled) ||
		sum.Ticks+sum.Dropped < 60 || !sum.Drained || sum.Open != 0 || sum.Unsettled {
		t.Fatalf("summary %+v; want %d confirmed, gas %d, ≥ 60 heads (ticked or dropped as stale), drained with nothing open", sum, len(settled), gas)
	}
}
