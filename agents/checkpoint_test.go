package agents_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/ingest"
)

// swapLog collects what a log poller delivers.
type swapLog struct {
	mu     sync.Mutex
	blocks []uint64
	logs   map[logID]int // times each log was delivered as canonical
}

type logID struct {
	tx    common.Hash
	index uint
}

func (c *swapLog) HandleBlock(_ context.Context, b ingest.BlockLogs) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.blocks = append(c.blocks, b.Header.Number.Uint64())
	for _, l := range b.Logs {
		c.logs[logID{l.TxHash, l.Index}]++
	}
	return nil
}

func (c *swapLog) HandleReorg(context.Context, ingest.LogReorg) error { return nil }

func (c *swapLog) last() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.blocks) == 0 {
		return 0
	}
	return c.blocks[len(c.blocks)-1]
}

// The store is the log poller's checkpoint: a poller stopped and started
// again on the same store resumes right after the last block it delivered,
// so every Swap of the pool is delivered exactly once across the restart.
func TestLogPollerResumesFromTheStore(t *testing.T) {
	for name, open := range map[string]func(testing.TB) store.Store{"sqlite": sqliteStore, "postgres": pgStore} {
		t.Run(name, func(t *testing.T) {
			r := newRig(t, rigOptions{store: open})
			start := r.head()
			got := &swapLog{logs: map[logID]int{}}
			run := func(until uint64) {
				t.Helper()
				ctx, cancel := context.WithTimeout(r.ctx, 30*time.Second)
				defer cancel()
				p, err := ingest.NewLogPoller(ingest.LogPollerConfig{Agent: "mm-test", StartBlock: &start,
					Addresses: []common.Address{r.chain.Deployment().Pool}, Topics: [][]common.Hash{{common.HexToHash(ingest.SwapTopic0)}},
					PollInterval: 10 * time.Millisecond},
					ingest.LogPollerDeps{Node: r.chain.Client(), Checkpoints: r.store, Consumer: got,
						NoCheckpoint: store.ErrNotFound, Logger: slog.New(slog.DiscardHandler)})
				if err != nil {
					t.Fatal(err)
				}
				if err := p.Start(ctx); err != nil {
					t.Fatal(err)
				}
				for got.last() < until && ctx.Err() == nil {
					time.Sleep(5 * time.Millisecond)
				}
				p.Stop()
				if ctx.Err() != nil {
					t.Fatalf("poller stopped at block %d, want %d", got.last(), until)
				}
			}
			for range 5 {
				r.chain.Commit()
			}
			run(r.head())
			stopped := got.last()
			for range 7 { // blocks mined while the poller is down
				r.chain.Commit()
			}
			run(r.head())

			n, _, err := r.store.Checkpoint(r.ctx, "mm-test")
			if err != nil || n != r.head() {
				t.Fatalf("checkpoint %d (%v), want the head %d", n, err, r.head())
			}
			for i := 1; i < len(got.blocks); i++ {
				if got.blocks[i] != got.blocks[i-1]+1 {
					t.Fatalf("blocks delivered %v (stopped after %d): want each once, in order", got.blocks, stopped)
				}
			}
			for k, times := range got.logs {
				if times != 1 {
					t.Fatalf("log %s #%d delivered %d times", k.tx, k.index, times)
				}
			}
			if len(got.logs) < 12 { // one market swap per block
				t.Fatalf("%d swap logs delivered over %d blocks", len(got.logs), len(got.blocks))
			}
		})
	}
}
