package agents_test

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
)

// probe is a program that asks for one inference every head and holds.
// It panics in Observe at the n-th heads it sees in panicAt (from 1), and
// counts its ticks while another agent's model is sleeping (during).
type probe struct {
	panicAt  map[int]bool
	during   *atomic.Bool
	overlap  atomic.Int64
	seen     int
	panicked []uint64 // the blocks it panicked at
}

func (p *probe) Observe(_ context.Context, head *types.Header, _ []types.Log) (program.Observation, error) {
	p.seen++
	if p.panicAt[p.seen] {
		p.panicked = append(p.panicked, head.Number.Uint64())
		panic(fmt.Sprintf("probe: a bug at block %d", head.Number))
	}
	if p.during != nil && p.during.Load() {
		p.overlap.Add(1)
	}
	return program.Observation{Block: head, State: map[string]any{}}, nil
}

func (p *probe) Inputs(program.Observation) ([]program.Input, bool, error) {
	return []program.Input{{Features: []float64{1}}}, true, nil
}

func (p *probe) Decide(obs program.Observation, _ []program.Output) (program.Plan, error) {
	return program.Plan{Hold: true, Reason: "probe"}, nil
}

func (p *probe) Declare() program.Declaration { return program.Declaration{} }

// sleepyModel answers after sleep, flagging while it sleeps.
type sleepyModel struct {
	sleep    time.Duration
	sleeping *atomic.Bool
}

func (m sleepyModel) Digest() common.Hash { return common.HexToHash("0x51ee9") }

func (m sleepyModel) Run(ctx context.Context, in program.Input) (agents.Inference, error) {
	m.sleeping.Store(true)
	defer m.sleeping.Store(false)
	select {
	case <-time.After(m.sleep):
	case <-ctx.Done():
		return agents.Inference{}, ctx.Err()
	}
	return agents.Inference{Inputs: []int64{1}, Outputs: []int64{1}, InputScale: 1, OutputScale: 1}, nil
}

// TestAgentsIsolated runs three agents in one process from shared parts:
// one whose program panics at two blocks, one whose model sleeps 2 s per
// inference, and a steady one. The steady agent ticks every head, on time:
// it ticks while the slow model sleeps, drops no head and never fails. The
// panicking agent recovers, sits out its back-off and ticks again; the slow
// one drops the heads that went stale during its sleep and acts on the
// newest.
func TestAgentsIsolated(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain, keys := fundedChain(t, ctx, 3)
	var sleeping atomic.Bool
	steady := &probe{during: &sleeping}
	panicky := &probe{panicAt: map[int]bool{3: true, 6: true}}
	fleet := []*fleetAgent{
		{name: "steady", key: keys[0], program: steady, model: sleepyModel{sleeping: new(atomic.Bool)}},
		{name: "panicky", key: keys[1], program: panicky, model: sleepyModel{sleeping: new(atomic.Bool)}},
		{name: "slow", key: keys[2], program: &probe{}, model: sleepyModel{sleep: 2 * time.Second, sleeping: &sleeping}},
	}
	const blocks = 40
	runFleet(t, ctx, chain, fleet, blocks)

	byName := map[string]*fleetAgent{}
	for _, a := range fleet {
		if a.err != nil {
			t.Fatalf("%s: %v", a.name, a.err)
		}
		byName[a.name] = a
	}
	s := byName["steady"]
	if s.sum.Ticks != blocks || s.sum.Dropped != 0 || s.sum.Stages[agents.StageError] != 0 {
		t.Fatalf("steady agent: %d ticks, %d dropped, %d errors; want every one of %d heads ticked", s.sum.Ticks, s.sum.Dropped, s.sum.Stages[agents.StageError], blocks)
	}
	if n := steady.overlap.Load(); n < 5 {
		t.Fatalf("the steady agent ticked %d times while the slow model slept (2 s per inference, 100 ms blocks): it waited for it", n)
	}

	p := byName["panicky"]
	if len(panicky.panicked) != 2 {
		t.Fatalf("the panicking program panicked at %v, want two blocks", panicky.panicked)
	}
	var panics, restarts, after int
	for _, r := range p.reports {
		switch {
		case strings.HasPrefix(r.Reason, "panic: probe: a bug at block"):
			panics++
		case strings.HasPrefix(r.Reason, "restarting after a panic"):
			restarts++
		case r.Stage == agents.StageHeld && r.Block > panicky.panicked[1]:
			after++
		}
	}
	if panics != 2 || restarts == 0 || after == 0 {
		t.Fatalf("panicking agent: %d panics reported, %d back-off heads, %d ticks after the second panic; want 2, some, some\n%v", panics, restarts, after, p.reports)
	}

	slow := byName["slow"]
	if slow.sum.Dropped == 0 || slow.sum.Ticks+slow.sum.Dropped != blocks {
		t.Fatalf("slow agent: %d ticks and %d stale heads dropped; want %d heads in all, most dropped", slow.sum.Ticks, slow.sum.Dropped, blocks)
	}
	// Heads come one per block from its first: the last tick is on the
	// last head it was given, not on one that went stale.
	if slow.sum.LastBlock != slow.sum.FirstBlock+blocks-1 {
		t.Fatalf("the slow agent ticked blocks %d..%d; its %d heads ended at %d", slow.sum.FirstBlock, slow.sum.LastBlock, blocks, slow.sum.FirstBlock+blocks-1)
	}
}
