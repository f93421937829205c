package onnx_test

import (
	"context"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/inference/onnx"
)

// TestEagerBatcherGroupsTheCallsThatMeet: an eager batcher runs a lone
// call at once, however many participants joined (no round, no window),
// and the calls that arrive while a run is under way run together, as one
// batch, when it ends — each with the bits it would have had alone.
func TestEagerBatcherGroupsTheCallsThatMeet(t *testing.T) {
	b, s := newBatcher(t, mlpBytes(t, 31), onnx.BatcherConfig{Eager: true, Window: time.Hour})
	for range 5 {
		b.Join()
	}
	rows := randomRows(9, 31)
	if _, err := b.Run(context.Background(), rows[0]); err != nil { // a round would wait an hour
		t.Fatal(err)
	}
	if st := b.Stats(); st.Runs != 1 || st.Batched != 0 {
		t.Fatalf("a lone call: %+v, want one run of one row", st)
	}

	release := onnx.HoldRun(b) // a run under way: calls made meanwhile queue
	const waiting = 7
	outs := make([][]float32, len(rows))
	errs := make([]error, len(rows))
	var wg sync.WaitGroup
	for i := 1; i <= waiting; i++ {
		wg.Go(func() { outs[i], errs[i] = b.Run(context.Background(), rows[i]) })
	}
	for b.Stats().Waiting < waiting {
		time.Sleep(time.Millisecond)
	}
	release() // the run ends: the next caller runs the queue, its own call with it
	last := len(rows) - 1
	outs[last], errs[last] = b.Run(context.Background(), rows[last])
	wg.Wait()
	if st := b.Stats(); st.Runs != 2 || st.Batched != 1 || st.Rows != waiting+2 || st.Waiting != 0 {
		t.Fatalf("after the run under way: %+v, want the %d calls that met in one batched run", st, waiting+1)
	}
	want := alone(t, s, rows[1:])
	for i := 1; i < len(rows); i++ {
		if errs[i] != nil || !sameBits(outs[i], want[i-1]) {
			t.Fatalf("row %d: %v (%v) batched, %v alone", i, outs[i], errs[i], want[i-1])
		}
	}
}
