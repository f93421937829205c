package onnx

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"time"
)

// Defaults of BatcherConfig.
const (
	// DefaultBatchWindow is how long the first call of a round waits, at
	// most, for the other participants' calls.
	DefaultBatchWindow = time.Millisecond
	// DefaultMaxBatchRows is the most rows one batched run takes.
	DefaultMaxBatchRows = 256
)

// BatcherConfig configures a Batcher.
type BatcherConfig struct {
	// Window is the longest the first call of a round waits for the other
	// participants (Join) to call too. Defaults to DefaultBatchWindow.
	Window time.Duration
	// MaxRows is the most rows one run takes: a round that reaches it runs
	// at once. Defaults to DefaultMaxBatchRows.
	MaxRows int
	// Eager: no call ever waits for others. A call runs at once unless a
	// run is under way; the calls that arrive meanwhile run together, as
	// one batch, as soon as it ends (a group commit). Batches then form
	// only when calls meet — under load — and Window and Join play no
	// part. Without it, a round waits up to Window for every participant:
	// one run per tick, at the price of that wait, which a busy machine's
	// scheduler stretches (see doc.go).
	Eager bool
}

func (c BatcherConfig) withDefaults() (BatcherConfig, error) {
	switch {
	case c.Window < 0:
		return c, fmt.Errorf("batcher config: Window is %v, want ≥ 0", c.Window)
	case c.MaxRows < 0:
		return c, fmt.Errorf("batcher config: MaxRows is %d, want ≥ 0", c.MaxRows)
	}
	if c.Window == 0 {
		c.Window = DefaultBatchWindow
	}
	if c.MaxRows == 0 {
		c.MaxRows = DefaultMaxBatchRows
	}
	return c, nil
}

// Batcher runs one model for many callers, coalescing the calls that its
// participants make at about the same time (the agents sharing a model, at
// one tick) into one batched session run. doc.go ("Batching") describes
// the rounds. It is safe for concurrent use.
type Batcher struct {
	cfg    BatcherConfig
	single *Session
	batch  *BatchSession // nil when batching is off
	off    error         // why batching is off; nil when on

	mu           sync.Mutex
	participants int
	open         *round  // the round collecting calls, if any
	queue        []*call // Eager: the calls waiting for the run under way
	draining     bool    // Eager: a caller is running the queue
	closed       bool
	stats        BatcherStats
}

// round is the calls one batched run will serve.
type round struct {
	calls []*call
	timer *time.Timer
}

// call is one Run waiting in a round. The run sets out or err, then closes
// done.
type call struct {
	ctx  context.Context
	in   []float32
	out  []float32
	err  error
	done chan struct{}
}

// BatcherStats counts what a Batcher did.
type BatcherStats struct {
	// Runs is the number of session runs, batched or not.
	Runs uint64
	// Rows is the number of input rows computed.
	Rows uint64
	// Batched is the number of runs that computed more than one row.
	Batched uint64
	// Expired is the number of rounds that ran when the window ended
	// rather than when every participant had called.
	Expired uint64
	// Participants is the number of participants joined, and Waiting the
	// number of calls in the open round.
	Participants, Waiting int
}

// LoadBatcher loads the model bytes data (see LoadBytes) for many callers.
// It loads a Session for single rows and, when the graph allows it, a
// BatchSession, and turns batching on only if batched runs of probe inputs
// give the very bits single runs give (see doc.go); otherwise every call
// runs alone and Batching says why.
func (r *Runtime) LoadBatcher(data []byte, in, out Spec, cfg BatcherConfig) (*Batcher, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	single, err := r.LoadBytes(data, in, out)
	if err != nil {
		return nil, err
	}
	b := &Batcher{cfg: cfg, single: single}
	batch, err := r.LoadBatch(data, in, out)
	if err == nil {
		if err = sameBits(single, batch); err != nil {
			_ = batch.Close()
		}
	}
	switch {
	case err == nil:
		b.batch = batch
	case errors.Is(err, ErrNotBatchable):
		b.off = err
	default:
		b.off = fmt.Errorf("%w: %v", ErrNotBatchable, err)
	}
	return b, nil
}

// Batching returns nil when calls are coalesced into batched runs, or an
// error wrapping ErrNotBatchable that says why each call runs alone.
func (b *Batcher) Batching() error { return b.off }

// Input returns the input Spec of one call (batch dimension 1).
func (b *Batcher) Input() Spec { return b.single.Input() }

// Output returns the output Spec of one call (batch dimension 1).
func (b *Batcher) Output() Spec { return b.single.Output() }

// Join registers a participant: a caller that will Run about once per
// round (an agent, once per tick). A round runs as soon as every
// participant has called; with one participant or none, calls run at
// once, never waiting. leave unregisters it (idempotent); a round then
// complete runs.
func (b *Batcher) Join() (leave func()) {
	b.mu.Lock()
	b.participants++
	b.mu.Unlock()
	return sync.OnceFunc(func() {
		b.mu.Lock()
		b.participants--
		r := b.takeIfComplete()
		b.mu.Unlock()
		b.runRound(r, false)
	})
}

// Run computes the outputs of one input row (Input().Size() values), as
// Session.Run does, in a batched run with the other calls of its round.
// When ctx ends before the round runs, Run returns ctx's error at once and
// its row is left out; the other calls are not affected. A failed run
// fails every call of its round with the run's error; a NaN or ±Inf output
// fails only its own call.
func (b *Batcher) Run(ctx context.Context, inputs []float32) ([]float32, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if n := b.single.in.Size(); len(inputs) != n {
		return nil, fmt.Errorf("%w: got %d values, input %q %v needs %d", ErrInputSize, len(inputs), b.single.in.Name, b.single.in.Shape, n)
	}
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil, ErrClosed
	}
	if b.batch == nil || (!b.cfg.Eager && b.participants <= 1) {
		b.stats.Runs++
		b.stats.Rows++
		b.mu.Unlock()
		return b.single.Run(ctx, inputs)
	}
	c := &call{ctx: ctx, in: inputs, done: make(chan struct{})}
	if b.cfg.Eager {
		return b.runEager(ctx, c) // unlocks b.mu
	}
	r := b.open
	if r == nil {
		r = &round{}
		b.open = r
		r.timer = time.AfterFunc(b.cfg.Window, func() { b.expire(r) })
	}
	r.calls = append(r.calls, c)
	full := b.takeIfComplete()
	b.mu.Unlock()
	b.runRound(full, false)
	return await(ctx, c)
}

// await waits for c's answer, or for ctx to end first.
func await(ctx context.Context, c *call) ([]float32, error) {
	select {
	case <-c.done:
		return c.out, c.err
	case <-ctx.Done():
		select {
		case <-c.done: // answered meanwhile: the answer wins
			return c.out, c.err
		default:
			return nil, ctx.Err()
		}
	}
}

// runEager queues c; the first caller to find no run under way runs the
// queue, batch after batch, until it is empty — c's among them. Called
// with b.mu held; returns with it released.
func (b *Batcher) runEager(ctx context.Context, c *call) ([]float32, error) {
	b.queue = append(b.queue, c)
	if b.draining {
		b.mu.Unlock()
		return await(ctx, c)
	}
	b.draining = true
	for len(b.queue) > 0 {
		n := min(len(b.queue), b.cfg.MaxRows)
		r := &round{calls: b.queue[:n:n]}
		b.queue = b.queue[n:]
		b.mu.Unlock()
		b.runRound(r, false)
		b.mu.Lock()
	}
	b.draining = false
	b.mu.Unlock()
	return await(ctx, c)
}

// takeIfComplete closes the open round and returns it when every
// participant has called or it holds MaxRows calls; otherwise nil. b.mu is
// held.
func (b *Batcher) takeIfComplete() *round {
	r := b.open
	if r == nil || (len(r.calls) < b.participants && len(r.calls) < b.cfg.MaxRows) {
		return nil
	}
	b.open = nil
	r.timer.Stop()
	return r
}

// expire runs round r when its window ends, unless it already ran.
func (b *Batcher) expire(r *round) {
	b.mu.Lock()
	if b.open != r {
		b.mu.Unlock()
		return
	}
	b.open = nil
	b.mu.Unlock()
	b.runRound(r, true)
}

// runRound computes the rows of r's calls whose context has not ended, in
// one run (a lone row on the single-row session), and answers every call.
func (b *Batcher) runRound(r *round, expired bool) {
	if r == nil {
		return
	}
	live := make([]*call, 0, len(r.calls))
	for _, c := range r.calls {
		if err := c.ctx.Err(); err != nil {
			c.err = err
			close(c.done)
			continue
		}
		live = append(live, c)
	}
	b.mu.Lock()
	if expired {
		b.stats.Expired++
	}
	if len(live) > 0 {
		b.stats.Runs++
		b.stats.Rows += uint64(len(live))
	}
	if len(live) > 1 {
		b.stats.Batched++
	}
	b.mu.Unlock()
	switch len(live) {
	case 0:
		return
	case 1:
		c := live[0]
		c.out, c.err = b.single.Run(c.ctx, c.in)
		close(c.done)
		return
	}
	rows := make([][]float32, len(live))
	for i, c := range live {
		rows[i] = c.in
	}
	outs, err := b.batch.run(rows)
	for i, c := range live {
		switch {
		case err != nil:
			c.err = err
		default:
			c.out, c.err = outs[i], checkFinite(b.single.out.Name, outs[i])
			if c.err != nil {
				c.out = nil
			}
		}
		close(c.done)
	}
}

// Stats returns the counters so far.
func (b *Batcher) Stats() BatcherStats {
	b.mu.Lock()
	defer b.mu.Unlock()
	st := b.stats
	st.Participants = b.participants
	if b.open != nil {
		st.Waiting = len(b.open.calls)
	}
	st.Waiting += len(b.queue)
	return st
}

// Close releases the sessions. Calls waiting in a round fail with
// ErrClosed. It is idempotent.
func (b *Batcher) Close() error {
	b.mu.Lock()
	if b.closed {
		b.mu.Unlock()
		return nil
	}
	b.closed = true
	r := b.open
	b.open = nil
	b.mu.Unlock()
	if r != nil {
		r.timer.Stop()
		for _, c := range r.calls {
			c.err = ErrClosed
			close(c.done)
		}
	}
	errs := []error{b.single.Close()}
	if b.batch != nil {
		errs = append(errs, b.batch.Close())
	}
	return errors.Join(errs...)
}

// probeRows is how many seeded rows sameBits compares, and probeSizes the
// batch sizes it runs them in.
const probeRows = 64

var probeSizes = []int{2, 7, probeRows}

// sameBits runs seeded probe rows, of magnitudes from 1e-3 to 1e3, one at a
// time on single and in batches on batch, and returns an error wrapping
// ErrNotBatchable unless every output has the same bits.
func sameBits(single *Session, batch *BatchSession) error {
	rng := rand.New(rand.NewPCG(0xba7c4, uint64(single.in.Size())))
	rows := make([][]float32, probeRows)
	want := make([][]float32, probeRows)
	for i := range rows {
		scale := math.Pow(10, float64(i%7-3))
		rows[i] = make([]float32, single.in.Size())
		for j := range rows[i] {
			rows[i][j] = float32((2*rng.Float64() - 1) * scale)
		}
		y, err := single.Run(context.Background(), rows[i])
		if err != nil {
			return fmt.Errorf("probe row %d: %w", i, err)
		}
		want[i] = y
	}
	for _, k := range probeSizes {
		for start := 0; start < probeRows; start += k {
			end := min(start+k, probeRows)
			got, err := batch.run(rows[start:end])
			if err != nil {
				return fmt.Errorf("probe batch of %d: %w", end-start, err)
			}
			for i, y := range got {
				for j, v := range y {
					if w := want[start+i][j]; math.Float32bits(v) != math.Float32bits(w) {
						return fmt.Errorf("%w: probe row %d output %d is %v in a batch of %d, %v alone",
							ErrNotBatchable, start+i, j, v, end-start, w)
					}
				}
			}
		}
	}
	return nil
}
