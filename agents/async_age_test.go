package agents_test

import (
	"context"
	"strings"
	"testing"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
)

// gatedModel is the shipped ONNX model run as an Asynchronous one whose
// answers wait until the test opens the gate: a model slower than the
// chain by as many blocks as the test commits meanwhile.
type gatedModel struct {
	agents.CardModel
	gate chan struct{}
}

func (g gatedModel) Asynchronous() bool { return true }

func (g gatedModel) Run(ctx context.Context, in program.Input) (agents.Inference, error) {
	select {
	case <-g.gate:
	case <-ctx.Done():
		return agents.Inference{}, ctx.Err()
	}
	return g.CardModel.Run(ctx, in)
}

// TestPipelineDropsAnAnswerTooOldForTheGuard: an asynchronous answer that
// arrives more than 200 blocks after the block it was asked on is dropped
// with an error saying so, not sent to a guard that would refuse its
// records (BLOCKHASH forgets a block after 256; RecordTooOld); the next
// head starts a new inference, and nothing was stored or sent.
func TestPipelineDropsAnAnswerTooOldForTheGuard(t *testing.T) {
	if testing.Short() {
		t.Skip("make test runs it in its full pass; its second run under -race -short would only add time")
	}
	gate := make(chan struct{})
	r := newRig(t, rigOptions{model: func(m agents.CardModel) agents.Model { return gatedModel{CardModel: m, gate: gate} }})
	r.step()
	started := r.report[len(r.report)-1]
	if started.Stage != agents.StageWaiting || !strings.Contains(started.Reason, "inference started at block") {
		t.Fatalf("first head: %s %q, want an inference started", started.Stage, started.Reason)
	}
	for range 201 {
		r.step()
		if last := r.report[len(r.report)-1]; last.Stage != agents.StageWaiting {
			t.Fatalf("block %d: %s %q while the inference runs", last.Block, last.Stage, last.Reason)
		}
	}
	close(gate)
	// Wait for the answer: the next ticks take it once it is in.
	var err error
	for range 50 {
		r.chain.Commit()
		head, herr := r.chain.Client().HeaderByNumber(r.ctx, nil)
		if herr != nil {
			t.Fatal(herr)
		}
		if err = r.agent.Tick(r.ctx, head); err != nil {
			break
		}
	}
	if err == nil || !strings.Contains(err.Error(), "past the 200 a record may age before the guard refuses it; dropped") {
		t.Fatalf("the late answer was not dropped: %v", err)
	}
	if n, nerr := r.store.NextRecordNonce(r.ctx, "mm-test"); nerr != nil || n != 0 {
		t.Fatalf("records stored for the dropped answer: next nonce %d (%v)", n, nerr)
	}
	r.step()
	if last := r.report[len(r.report)-1]; last.Stage != agents.StageWaiting || !strings.Contains(last.Reason, "inference started at block") {
		t.Fatalf("after the drop: %s %q, want a new inference started", last.Stage, last.Reason)
	}
}
