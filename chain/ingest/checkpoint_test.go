package ingest

import (
	"context"
	"errors"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// A clean stop and restart resumes right after the checkpoint: nothing is
// delivered twice and nothing is missed, including blocks mined while down.
func TestLogPollerRestartResumesAfterCheckpoint(t *testing.T) {
	c := newLogChain(t)
	c.blocks(3)
	rec := newRecorder(t)
	cp := newMemCheckpoints()
	p := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, cp, rec)
	c.blocks(8)
	rec.waitFor(c, p, 1)
	p.Stop()
	if err := p.Err(); err != nil {
		t.Fatalf("Err after Stop = %v", err)
	}
	stopped := cp.get("agent-1")
	if stopped.hash != c.head().Hash() {
		t.Fatalf("checkpoint %d, want the head %d", stopped.n, c.head().Number)
	}

	c.blocks(6)
	rec.mu.Lock()
	before := len(rec.events)
	rec.mu.Unlock()
	p2 := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, cp, rec)
	rec.waitFor(c, p2, 1)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if first := rec.events[before]; first != "block "+itoa(stopped.n+1) {
		t.Fatalf("first delivery after restart %q, want block %d", first, stopped.n+1)
	}
	if len(rec.redeliv) != 0 || len(rec.reorgs) != 0 {
		t.Fatalf("redelivered %v, reorgs %v after a clean restart", rec.redeliv, rec.reorgs)
	}
}

// A stop that comes while the consumer handles a block still saves that
// block's checkpoint once the consumer accepts it: the next run starts right
// after it and delivers nothing twice.
func TestLogPollerStopDuringDeliverySavesItsCheckpoint(t *testing.T) {
	c := newLogChain(t)
	c.blocks(2)
	rec := newRecorder(t)
	cp := newMemCheckpoints()
	const stopAt = 6
	poller := make(chan *LogPoller, 1)
	rec.onBlock = func(ctx context.Context, n uint64) {
		if n != stopAt {
			return
		}
		go (<-poller).Stop()
		<-ctx.Done() // accept the block only after the stop has cancelled the run
	}
	p := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, cp, rec)
	poller <- p
	c.blocks(8)
	select {
	case <-p.Done():
	case <-timeoutC():
		t.Fatal("poller did not stop")
	}
	if err := p.Err(); err != nil {
		t.Fatalf("Err after Stop = %v", err)
	}
	if got := cp.get("agent-1"); got.n != stopAt || got.hash != headerAt(t, c.client, stopAt).Hash() {
		t.Fatalf("checkpoint at block %d %s, want the accepted block %d", got.n, got.hash, stopAt)
	}

	rec.onBlock = nil // the first poller has ended (Done is closed)
	p2 := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, cp, rec)
	rec.waitFor(c, p2, 1)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.redeliv) != 0 {
		t.Fatalf("blocks %v delivered again after a clean stop", rec.redeliv)
	}
}

// A reorg while the poller is down replaces the checkpointed block: the
// restarted poller walks back along the orphaned branch and retracts it
// before delivering the new branch.
func TestLogPollerRestartAfterReorgWhileDown(t *testing.T) {
	tests := []struct {
		name   string
		depth  int
		extra  int
		unwind bool // the node rewound and has not mined the new branch yet
	}{
		{name: "depth 3 longer branch", depth: 3, extra: 2},
		{name: "depth 1 same height", depth: 1},
		{name: "depth 4 rewound without new blocks", depth: 4, unwind: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newLogChain(t)
			c.blocks(2)
			rec := newRecorder(t)
			cp := newMemCheckpoints()
			p := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, cp, rec)
			c.blocks(9)
			rec.waitFor(c, p, 1)
			p.Stop()
			oldHead := c.head().Number.Uint64()
			ancestor := oldHead - uint64(tc.depth)
			var orphaned []common.Hash
			for n := ancestor + 1; n <= oldHead; n++ {
				orphaned = append(orphaned, headerAt(t, c.client, n).Hash())
			}

			c.fork(ancestor)
			if !tc.unwind {
				c.blocks(tc.depth + tc.extra)
			}
			rec.mu.Lock()
			before := len(rec.events)
			rec.mu.Unlock()
			p2 := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, cp, rec)
			if tc.unwind {
				waitUntil(t, func() bool {
					rec.mu.Lock()
					defer rec.mu.Unlock()
					return len(rec.reorgs) == 1
				})
				c.blocks(tc.depth + 1)
			}
			rec.waitFor(c, p2, 1)

			rec.mu.Lock()
			defer rec.mu.Unlock()
			if rec.events[before] != "reorg "+itoa(ancestor) {
				t.Fatalf("first event after restart %q, want the reorg to %d (%v)", rec.events[before], ancestor, rec.events[before:])
			}
			if len(rec.reorgs) != 1 || rec.reorgs[0].Depth != tc.depth || !slices.Equal(rec.reorgs[0].Orphaned, orphaned) {
				t.Fatalf("reorgs %+v, want one of depth %d orphaning %v", rec.reorgs, tc.depth, orphaned)
			}
		})
	}
}

// A crash after the consumer accepted a block but before its checkpoint was
// saved delivers that block again on restart (at-least-once across a crash,
// deduped by the consumer) and nothing else twice.
func TestLogPollerCrashBeforeCheckpointRedeliversOnce(t *testing.T) {
	c := newLogChain(t)
	c.blocks(2)
	rec := newRecorder(t)
	cp := newMemCheckpoints()
	const crashAt = 7
	cp.failSave = func(n uint64) bool { return n == crashAt }
	p := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, cp, rec)
	c.blocks(8)
	select {
	case <-p.Done():
	case <-timeoutC():
		t.Fatal("poller did not stop on a checkpoint failure")
	}
	if err := p.Err(); !errors.Is(err, ErrCheckpoint) {
		t.Fatalf("Err = %v, want ErrCheckpoint", err)
	}
	if got := cp.get("agent-1"); got.n != crashAt-1 {
		t.Fatalf("checkpoint at %d, want %d", got.n, crashAt-1)
	}

	p2 := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, cp, rec)
	rec.waitFor(c, p2, 1)
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if !slices.Equal(rec.redeliv, []uint64{crashAt}) {
		t.Fatalf("redelivered blocks %v, want only %d", rec.redeliv, crashAt)
	}
}

func itoa(n uint64) string { return strconv.FormatUint(n, 10) }

func timeoutC() <-chan time.Time { return time.After(eventTimeout) }

// waitUntil polls cond until it holds or eventTimeout passes.
func waitUntil(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(eventTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not reached in time")
		}
		time.Sleep(5 * time.Millisecond)
	}
}
