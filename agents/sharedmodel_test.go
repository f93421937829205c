package agents_test

import (
	"context"
	"errors"
	"log/slog"
	"math/rand/v2"
	"reflect"
	"sync"
	"testing"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestPartsShareOneBatchedModelPerDigest: the agents of a process whose
// cards name one model share one batched model, joined once per agent;
// each agent's inference is the one its own model would make, byte for
// byte; an agent left alone runs at once; Close closes the model.
func TestPartsShareOneBatchedModelPerDigest(t *testing.T) {
	rt := onnxtest.Runtime(t)
	mmCard := agents.RepoPath("configs/models/mm-range-v1.card.json")
	riskCard := agents.RepoPath("configs/models/risk/lending-risk-v1.card.json")
	parts := agents.NewParts(slog.New(slog.DiscardHandler))
	defer parts.Close()

	a, leaveA, err := parts.CardModel(mmCard)
	if err != nil {
		t.Fatal(err)
	}
	defer leaveA()
	b, leaveB, err := parts.CardModel(mmCard)
	if err != nil {
		t.Fatal(err)
	}
	r, leaveR, err := parts.CardModel(riskCard)
	if err != nil {
		t.Fatal(err)
	}
	defer leaveR()
	if a.Model != b.Model || a.Model == r.Model {
		t.Fatal("want one shared model per digest")
	}
	batcher := a.Batcher()
	if err := batcher.Batching(); err != nil {
		t.Fatalf("the shipped model runs alone: %v", err)
	}
	if p := batcher.Stats().Participants; p != 2 {
		t.Fatalf("%d participants, want the 2 agents", p)
	}
	own, err := agents.LoadModel(rt, mmCard)
	if err != nil {
		t.Fatal(err)
	}
	defer own.Close()

	// Ticks: both agents infer at once on their own features.
	rng := rand.New(rand.NewPCG(1, 2))
	const ticks = 20
	for tick := range ticks {
		ins := [2]program.Input{}
		for i := range ins {
			ins[i].Features = []float64{rng.Float64() * 5, rng.Float64() * 5, rng.Float64() - 0.5, rng.Float64() * 3, rng.Float64() * 40}
		}
		var got [2]agents.Inference
		var errs [2]error
		var wg sync.WaitGroup
		for i, m := range []agents.CardModel{a, b} {
			wg.Go(func() { got[i], errs[i] = m.Run(context.Background(), ins[i]) })
		}
		wg.Wait()
		for i := range ins {
			want, err := own.Run(context.Background(), ins[i])
			if err != nil || errs[i] != nil {
				t.Fatalf("tick %d agent %d: %v / own model %v", tick, i, errs[i], err)
			}
			if !reflect.DeepEqual(got[i], want) {
				t.Fatalf("tick %d agent %d: shared model %+v, own model %+v", tick, i, got[i], want)
			}
		}
	}
	st := batcher.Stats()
	// The default window (1 ms) may end a round before the second call on
	// a loaded machine; the rows are all there, in at most one run each.
	if st.Rows != 2*ticks || st.Runs > st.Rows || st.Runs < ticks {
		t.Fatalf("stats %+v after %d ticks of 2 agents", st, ticks)
	}
	t.Logf("%d inferences in %d runs (%d batched, %d ended by the window)", st.Rows, st.Runs, st.Batched, st.Expired)

	// Alone, the remaining agent runs at once: no round, no window.
	leaveB()
	if _, err := a.Run(context.Background(), program.Input{Features: []float64{1, 1, 0, 1, 10}}); err != nil {
		t.Fatal(err)
	}
	after := batcher.Stats()
	if after.Participants != 1 || after.Runs != st.Runs+1 || after.Batched != st.Batched || after.Expired != st.Expired {
		t.Fatalf("alone: stats %+v, before %+v", after, st)
	}

	parts.Close()
	if _, err := a.Run(context.Background(), program.Input{Features: []float64{1, 1, 0, 1, 10}}); !errors.Is(err, onnx.ErrClosed) {
		t.Fatalf("after Close: err = %v, want ErrClosed", err)
	}
}
