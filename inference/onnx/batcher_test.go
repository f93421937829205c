package onnx_test

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/build"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// never is a window no test waits out: a call that waited for it would
// time the test out instead of passing.
const never = time.Hour

// randomRows returns n input rows of specIn's width from a fixed seed.
func randomRows(n int, seed uint64) [][]float32 {
	rng := rand.New(rand.NewPCG(seed, 0))
	rows := make([][]float32, n)
	for i := range rows {
		rows[i] = make([]float32, specIn.Size())
		for j := range rows[i] {
			rows[i][j] = float32(rng.NormFloat64() * 3)
		}
	}
	return rows
}

// alone runs every row on its own in s.
func alone(t *testing.T, s *onnx.Session, rows [][]float32) [][]float32 {
	t.Helper()
	out := make([][]float32, len(rows))
	for i, x := range rows {
		y, err := s.Run(context.Background(), x)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = y
	}
	return out
}

func sameBits(a, b []float32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if math.Float32bits(a[i]) != math.Float32bits(b[i]) {
			return false
		}
	}
	return true
}

// newBatcher loads mlp in a Batcher with cfg, and a Session to compare with.
func newBatcher(t *testing.T, data []byte, cfg onnx.BatcherConfig) (*onnx.Batcher, *onnx.Session) {
	t.Helper()
	rt := onnxtest.Runtime(t)
	b, err := rt.LoadBatcher(data, specIn, specOut, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { b.Close() })
	s, err := rt.LoadBytes(data, specIn, specOut)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return b, s
}

func mlpBytes(t *testing.T, seed uint64) []byte {
	t.Helper()
	_, data := writeModel(t, randomMLP(seed))
	return data
}

// join registers n participants and returns a function that makes them
// all leave.
func join(b *onnx.Batcher, n int) (leaveAll func()) {
	leaves := make([]func(), n)
	for i := range leaves {
		leaves[i] = b.Join()
	}
	return func() {
		for _, l := range leaves {
			l()
		}
	}
}

// result is what one Run returned.
type result struct {
	out []float32
	err error
}

// runAll calls b.Run once per row, concurrently, and returns the results
// in row order.
func runAll(ctx context.Context, b *onnx.Batcher, rows [][]float32) []result {
	res := make([]result, len(rows))
	var wg sync.WaitGroup
	for i, x := range rows {
		wg.Go(func() {
			y, err := b.Run(ctx, x)
			res[i] = result{y, err}
		})
	}
	wg.Wait()
	return res
}

// checkAnswers fails the test unless every result is the output its row
// gave alone (want), bit for bit.
func checkAnswers(t *testing.T, res []result, want [][]float32) {
	t.Helper()
	for i, r := range res {
		if r.err != nil || !sameBits(r.out, want[i]) {
			t.Fatalf("row %d: got %v, %v; alone %v", i, r.out, r.err, want[i])
		}
	}
}

// waitFor polls b's stats until ok holds.
func waitFor(t *testing.T, b *onnx.Batcher, what string, ok func(onnx.BatcherStats) bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !ok(b.Stats()) {
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: stats %+v", what, b.Stats())
		}
		time.Sleep(time.Millisecond)
	}
}

// checkStats compares the counters of b with want (Participants and
// Waiting included).
func checkStats(t *testing.T, b *onnx.Batcher, step string, want onnx.BatcherStats) {
	t.Helper()
	if got := b.Stats(); got != want {
		t.Fatalf("%s: stats %+v, want %+v", step, got, want)
	}
}

func TestBatchSessionMatchesSession(t *testing.T) {
	data := mlpBytes(t, 11)
	rt := onnxtest.Runtime(t)
	single := load(t, randomMLP(11))
	batch, err := rt.LoadBatch(data, specIn, specOut)
	if err != nil {
		t.Fatal(err)
	}
	defer batch.Close()
	rows := randomRows(300, 12)
	want := alone(t, single, rows)
	for _, k := range []int{1, 2, 7, 50, 200} {
		for start := 0; start < len(rows); start += k {
			end := min(start+k, len(rows))
			got, err := batch.RunBatch(context.Background(), rows[start:end])
			if err != nil {
				t.Fatal(err)
			}
			for i := range got {
				if !sameBits(got[i], want[start+i]) {
					t.Fatalf("k=%d row %d: batched %v, alone %v", k, start+i, got[i], want[start+i])
				}
			}
		}
	}

	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	nan := []float32{float32(math.NaN()), 0, 0, 0, 0}
	cases := []struct {
		name    string
		ctx     context.Context
		rows    [][]float32
		wantErr error
		saying  string
	}{
		{name: "short row", ctx: context.Background(), rows: [][]float32{rows[0], rows[1][:4]}, wantErr: onnx.ErrInputSize, saying: "row 1"},
		{name: "NaN output", ctx: context.Background(), rows: [][]float32{rows[0], nan}, wantErr: onnx.ErrNonFiniteOutput, saying: "row 1"},
		{name: "cancelled context", ctx: cancelled, rows: rows[:2], wantErr: context.Canceled},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := batch.RunBatch(tc.ctx, tc.rows)
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.saying) {
				t.Fatalf("err = %v, want %v saying %q", err, tc.wantErr, tc.saying)
			}
		})
	}
	if err := batch.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := batch.RunBatch(context.Background(), rows[:2]); !errors.Is(err, onnx.ErrClosed) {
		t.Fatalf("RunBatch after Close: err = %v, want ErrClosed", err)
	}
}

// TestBatcherCoalescesARound checks that k participants calling at once
// are served by one run per round, each with the bits of its own row.
func TestBatcherCoalescesARound(t *testing.T) {
	for _, k := range []int{2, 7, 50} {
		t.Run(fmt.Sprintf("%d participants", k), func(t *testing.T) {
			b, single := newBatcher(t, mlpBytes(t, 13), onnx.BatcherConfig{Window: never})
			if err := b.Batching(); err != nil {
				t.Fatalf("batching is off: %v", err)
			}
			defer join(b, k)()
			for tick := range 3 {
				rows := randomRows(k, uint64(100+tick))
				want := alone(t, single, rows)
				checkAnswers(t, runAll(context.Background(), b, rows), want)
				n := uint64(tick + 1)
				checkStats(t, b, "after a tick", onnx.BatcherStats{Runs: n, Rows: n * uint64(k), Batched: n, Participants: k})
			}
		})
	}
}

// TestBatcherMaxRowsRunsAFullRound: a round of MaxRows calls runs without
// waiting for the other participants.
func TestBatcherMaxRowsRunsAFullRound(t *testing.T) {
	b, single := newBatcher(t, mlpBytes(t, 30), onnx.BatcherConfig{Window: never, MaxRows: 4})
	defer join(b, 10)()
	rows := randomRows(4, 31)
	want := alone(t, single, rows)
	checkAnswers(t, runAll(context.Background(), b, rows), want)
	checkStats(t, b, "after the round", onnx.BatcherStats{Runs: 1, Rows: 4, Batched: 1, Participants: 10})
}

// TestBatcherLoneCallerRunsAtOnce: a caller with no one to wait for runs
// at once; with a window of an hour, any wait would time the test out.
func TestBatcherLoneCallerRunsAtOnce(t *testing.T) {
	cases := []struct {
		name         string
		join, leave  int
		participants int
	}{
		{name: "no participant", participants: 0},
		{name: "one participant", join: 1, participants: 1},
		{name: "the others left", join: 3, leave: 2, participants: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b, single := newBatcher(t, mlpBytes(t, 14), onnx.BatcherConfig{Window: never})
			for i := range tc.join {
				leave := b.Join()
				if i < tc.leave {
					leave()
				}
			}
			x := randomRows(1, 15)[0]
			got, err := b.Run(context.Background(), x)
			if err != nil || !sameBits(got, alone(t, single, [][]float32{x})[0]) {
				t.Fatalf("got %v, %v", got, err)
			}
			checkStats(t, b, "after the call", onnx.BatcherStats{Runs: 1, Rows: 1, Participants: tc.participants})
		})
	}
}

// TestBatcherWindowEndsAnIncompleteRound: a participant that does not call
// holds the others up only until the window ends.
func TestBatcherWindowEndsAnIncompleteRound(t *testing.T) {
	b, single := newBatcher(t, mlpBytes(t, 16), onnx.BatcherConfig{Window: 20 * time.Millisecond})
	defer join(b, 3)()
	rows := randomRows(2, 17)
	want := alone(t, single, rows)
	checkAnswers(t, runAll(context.Background(), b, rows), want)
	// Both calls usually make one round; on a loaded machine the window
	// may end between them. Either way every round ended by the window.
	st := b.Stats()
	if st.Rows != 2 || st.Expired != st.Runs || st.Runs == 0 || st.Waiting != 0 {
		t.Fatalf("stats %+v: want 2 rows, every run ended by the window", st)
	}
}

// TestBatcherLeaveRunsTheCompleteRound: when a participant leaves, a round
// that every remaining participant has called runs.
func TestBatcherLeaveRunsTheCompleteRound(t *testing.T) {
	b, single := newBatcher(t, mlpBytes(t, 18), onnx.BatcherConfig{Window: never})
	defer join(b, 2)()
	leave := b.Join()
	rows := randomRows(2, 19)
	want := alone(t, single, rows)
	done := make(chan []result)
	go func() { done <- runAll(context.Background(), b, rows) }()
	waitFor(t, b, "two waiting calls", func(s onnx.BatcherStats) bool { return s.Waiting == 2 })
	checkStats(t, b, "before leaving", onnx.BatcherStats{Participants: 3, Waiting: 2})
	leave()
	checkAnswers(t, <-done, want)
	checkStats(t, b, "after leaving", onnx.BatcherStats{Runs: 1, Rows: 2, Batched: 1, Participants: 2})
}

// TestBatcherCancelledCallLeavesTheOthers: a caller whose context ends
// returns at once; the round runs without its row and serves the others.
func TestBatcherCancelledCallLeavesTheOthers(t *testing.T) {
	b, single := newBatcher(t, mlpBytes(t, 20), onnx.BatcherConfig{Window: never})
	defer join(b, 3)()
	rows := randomRows(3, 21)
	ctx, cancel := context.WithCancel(context.Background())
	first := make(chan error)
	go func() {
		_, err := b.Run(ctx, rows[0])
		first <- err
	}()
	waitFor(t, b, "the first call", func(s onnx.BatcherStats) bool { return s.Waiting == 1 })
	cancel()
	if err := <-first; !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled call: err = %v, want context.Canceled", err)
	}
	checkStats(t, b, "after the cancel", onnx.BatcherStats{Participants: 3, Waiting: 1})
	want := alone(t, single, rows[1:])
	checkAnswers(t, runAll(context.Background(), b, rows[1:]), want)
	checkStats(t, b, "after the round", onnx.BatcherStats{Runs: 1, Rows: 2, Batched: 1, Participants: 3})
}

// TestBatcherNonFiniteRowFailsOnlyItsCall: a NaN output fails its own call,
// not the round.
func TestBatcherNonFiniteRowFailsOnlyItsCall(t *testing.T) {
	b, single := newBatcher(t, mlpBytes(t, 22), onnx.BatcherConfig{Window: never})
	defer join(b, 3)()
	rows := randomRows(3, 23)
	want := alone(t, single, rows)
	rows[1] = []float32{float32(math.NaN()), 0, 0, 0, 0}
	res := runAll(context.Background(), b, rows)
	if !errors.Is(res[1].err, onnx.ErrNonFiniteOutput) || res[1].out != nil {
		t.Fatalf("NaN row: got %v, %v; want ErrNonFiniteOutput", res[1].out, res[1].err)
	}
	for _, i := range []int{0, 2} {
		if res[i].err != nil || !sameBits(res[i].out, want[i]) {
			t.Fatalf("row %d: got %v, %v; alone %v", i, res[i].out, res[i].err, want[i])
		}
	}
	checkStats(t, b, "after the round", onnx.BatcherStats{Runs: 1, Rows: 3, Batched: 1, Participants: 3})
}

// TestBatcherFailedRunFailsItsRound: when the batched run fails (here its
// session is closed), every call of the round gets the run's error.
func TestBatcherFailedRunFailsItsRound(t *testing.T) {
	b, _ := newBatcher(t, mlpBytes(t, 32), onnx.BatcherConfig{Window: never})
	defer join(b, 3)()
	if err := onnx.CloseBatchSession(b); err != nil {
		t.Fatal(err)
	}
	for i, r := range runAll(context.Background(), b, randomRows(3, 33)) {
		if !errors.Is(r.err, onnx.ErrClosed) || r.out != nil {
			t.Fatalf("call %d: got %v, %v; want the run's ErrClosed", i, r.out, r.err)
		}
	}
	checkStats(t, b, "after the round", onnx.BatcherStats{Runs: 1, Rows: 3, Batched: 1, Participants: 3})
}

func TestBatcherClose(t *testing.T) {
	b, _ := newBatcher(t, mlpBytes(t, 24), onnx.BatcherConfig{Window: never})
	defer join(b, 2)()
	waiting := make(chan error)
	go func() {
		_, err := b.Run(context.Background(), randomRows(1, 25)[0])
		waiting <- err
	}()
	waitFor(t, b, "the waiting call", func(s onnx.BatcherStats) bool { return s.Waiting == 1 })
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	if err := <-waiting; !errors.Is(err, onnx.ErrClosed) {
		t.Fatalf("waiting call: err = %v, want ErrClosed", err)
	}
	if _, err := b.Run(context.Background(), randomRows(1, 26)[0]); !errors.Is(err, onnx.ErrClosed) {
		t.Fatalf("Run after Close: err = %v, want ErrClosed", err)
	}
	if err := b.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
}

// TestBatcherRunsAloneWhenNotBatchable: a graph the rewrite does not know
// to keep rows apart (here an Identity node) runs one call at a time.
func TestBatcherRunsAloneWhenNotBatchable(t *testing.T) {
	m, err := randomMLP(27).Model(build.ModelParams{InputName: specIn.Name, OutputName: "mlp"})
	if err != nil {
		t.Fatal(err)
	}
	m.Graph.Nodes = append(m.Graph.Nodes, build.Node{Name: "id", OpType: "Identity", Inputs: []string{"mlp"}, Outputs: []string{specOut.Name}})
	m.Graph.Outputs[0].Name = specOut.Name
	data, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	b, single := newBatcher(t, data, onnx.BatcherConfig{Window: never})
	if err := b.Batching(); !errors.Is(err, onnx.ErrNotBatchable) || !strings.Contains(err.Error(), `"Identity"`) {
		t.Fatalf("Batching() = %v, want ErrNotBatchable naming Identity", err)
	}
	defer join(b, 4)()
	rows := randomRows(4, 28)
	want := alone(t, single, rows)
	checkAnswers(t, runAll(context.Background(), b, rows), want)
	checkStats(t, b, "after the calls", onnx.BatcherStats{Runs: 4, Rows: 4, Participants: 4})
}

func TestBatcherConfigRefusesNegatives(t *testing.T) {
	rt := onnxtest.Runtime(t)
	data := mlpBytes(t, 29)
	for field, cfg := range map[string]onnx.BatcherConfig{"Window": {Window: -1}, "MaxRows": {MaxRows: -1}} {
		if _, err := rt.LoadBatcher(data, specIn, specOut, cfg); err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("%s < 0: err = %v, want one naming %s", field, err, field)
		}
	}
}
