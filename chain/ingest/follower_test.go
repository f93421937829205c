package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/event"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/rpc"
)

var _ HeadReader = simulated.Client(nil)

// eventTimeout bounds every wait for an event; generous for -race on 2 cores.
const eventTimeout = 30 * time.Second

func newSim(t *testing.T, opts ...func(*node.Config, *ethconfig.Config)) *simulated.Backend {
	t.Helper()
	sim := simulated.NewBackend(nil, opts...)
	t.Cleanup(func() { _ = sim.Close() })
	return sim
}

func commitN(sim *simulated.Backend, n int) {
	for range n {
		sim.Commit()
	}
}

func headerAt(t *testing.T, r HeadReader, n uint64) *types.Header {
	t.Helper()
	h, err := r.HeaderByNumber(context.Background(), new(big.Int).SetUint64(n))
	if err != nil {
		t.Fatalf("header %d: %v", n, err)
	}
	return h
}

// lockedBuffer is a log sink that tests can read while the follower writes.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

func startFollower(t *testing.T, cfg FollowerConfig, src HeadReader) (*Follower, *lockedBuffer) {
	t.Helper()
	logs := &lockedBuffer{}
	f, err := NewFollower(cfg, src, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatalf("NewFollower: %v", err)
	}
	if err := f.Start(context.Background()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(f.Stop)
	return f, logs
}

// checker replays the follower's events into the chain a consumer would hold
// and checks the ordering invariants after every event.
type checker struct {
	t      *testing.T
	f      *Follower
	chain  []*types.Header // contiguous, hash-linked, oldest first
	reorgs []Event
}

func (c *checker) apply(ev Event) {
	c.t.Helper()
	switch ev.Kind {
	case NewHead:
		if n := len(c.chain); n > 0 {
			last := c.chain[n-1]
			if ev.Header.Number.Uint64() != last.Number.Uint64()+1 {
				c.t.Fatalf("gap or disorder: delivered %d after %d", ev.Header.Number, last.Number)
			}
			if ev.Header.ParentHash != last.Hash() {
				c.t.Fatalf("block %d parent %s does not link to delivered %s", ev.Header.Number, ev.Header.ParentHash, last.Hash())
			}
		}
		c.chain = append(c.chain, ev.Header)
	case Reorg:
		if len(c.chain) == 0 {
			c.t.Fatalf("reorg before any head")
		}
		last := c.chain[len(c.chain)-1].Number.Uint64()
		anc := ev.CommonAncestor
		if ev.Header == nil || ev.Header.Number.Uint64() != anc {
			c.t.Fatalf("reorg header %v is not the ancestor %d", ev.Header, anc)
		}
		if anc >= last || ev.ReorgDepth != int(last-anc) {
			c.t.Fatalf("reorg depth %d ancestor %d inconsistent with delivered head %d", ev.ReorgDepth, anc, last)
		}
		first := c.chain[0].Number.Uint64()
		if anc >= first {
			if got := c.chain[anc-first].Hash(); got != ev.Header.Hash() {
				c.t.Fatalf("reorg ancestor %d hash %s, delivered %s", anc, ev.Header.Hash(), got)
			}
			c.chain = c.chain[:anc-first+1]
		} else {
			c.chain = []*types.Header{ev.Header}
		}
		c.reorgs = append(c.reorgs, ev)
	default:
		c.t.Fatalf("unknown event kind %q", ev.Kind)
	}
}

func (c *checker) next() Event {
	c.t.Helper()
	select {
	case ev, ok := <-c.f.Heads():
		if !ok {
			c.t.Fatalf("Heads closed early (Err=%v)", c.f.Err())
		}
		c.apply(ev)
		return ev
	case <-time.After(eventTimeout):
		c.t.Fatalf("no event within %s (delivered head %v)", eventTimeout, c.head())
	}
	return Event{}
}

// until reads events until the delivered head is block n with hash want (or
// any hash when want is zero).
func (c *checker) until(n uint64, want common.Hash) {
	c.t.Helper()
	for {
		c.next()
		h := c.head()
		if h != nil && h.Number.Uint64() == n && (want == (common.Hash{}) || h.Hash() == want) {
			return
		}
	}
}

func (c *checker) head() *types.Header {
	if len(c.chain) == 0 {
		return nil
	}
	return c.chain[len(c.chain)-1]
}

// canonical checks that every held block is the node's canonical one.
func (c *checker) canonical(r HeadReader) {
	c.t.Helper()
	for _, h := range c.chain {
		if got := headerAt(c.t, r, h.Number.Uint64()); got.Hash() != h.Hash() {
			c.t.Fatalf("held block %d %s, node has %s", h.Number, h.Hash(), got.Hash())
		}
	}
}

// pollOnly is a node that cannot push heads, like one reached over HTTP.
type pollOnly struct{ HeadReader }

func (pollOnly) SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error) {
	return nil, rpc.ErrNotificationsUnsupported
}

// filteredSub forwards only the notifications keep accepts, plus any sent on
// inject, and fails the subscription after failAfter forwarded ones (0: never).
type filteredSub struct {
	HeadReader
	keep      func(*types.Header) bool
	inject    chan *types.Header
	failAfter int64
	forwarded atomic.Int64
}

func (r *filteredSub) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	inner := make(chan *types.Header, 64)
	sub, err := r.HeadReader.SubscribeNewHead(ctx, inner)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case <-quit:
				return nil
			case err := <-sub.Err():
				return err
			case h := <-r.inject:
				select {
				case ch <- h:
				case <-quit:
					return nil
				}
			case h := <-inner:
				if !r.keep(h) {
					continue
				}
				select {
				case ch <- h:
				case <-quit:
					return nil
				}
				if n := r.forwarded.Add(1); r.failAfter > 0 && n >= r.failAfter {
					return errors.New("websocket: close 1006 (abnormal closure)")
				}
			}
		}
	}), nil
}

func TestFollowerDeliversEveryBlockInOrder(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	f, _ := startFollower(t, FollowerConfig{}, client)
	c := &checker{t: t, f: f}
	if ev := c.next(); ev.Kind != NewHead || ev.Header.Number.Uint64() != 0 {
		t.Fatalf("first event %v %v, want the head at Start (block 0)", ev.Kind, ev.Header.Number)
	}
	commitN(sim, 30)
	c.until(30, common.Hash{})
	if len(c.chain) != 31 || len(c.reorgs) != 0 {
		t.Fatalf("held %d blocks and %d reorgs, want 31 and 0", len(c.chain), len(c.reorgs))
	}
	c.canonical(client)
}

func TestFollowerFetchesSkippedBlocks(t *testing.T) {
	sim := newSim(t)
	src := &filteredSub{HeadReader: sim.Client(), keep: func(h *types.Header) bool { return h.Number.Uint64()%5 == 0 }}
	f, _ := startFollower(t, FollowerConfig{PollInterval: time.Hour}, src)
	c := &checker{t: t, f: f}
	commitN(sim, 20)
	c.until(20, common.Hash{})
	if len(c.chain) != 21 {
		t.Fatalf("held %d blocks, want 21", len(c.chain))
	}
	// The node told of blocks 5, 10, 15, 20 only; the other 16 were fetched.
	if got := src.forwarded.Load(); got > 4 {
		t.Fatalf("forwarded %d notifications, the test needs gaps", got)
	}
}

func TestFollowerStartBlock(t *testing.T) {
	sim := newSim(t)
	commitN(sim, 10)
	tests := []struct {
		name  string
		start uint64
		want  uint64 // first delivered
	}{
		{name: "in the past", start: 3, want: 3},
		{name: "at head", start: 10, want: 10},
		{name: "in the future", start: 12, want: 12},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start := tc.start
			f, _ := startFollower(t, FollowerConfig{StartBlock: &start, PollInterval: 10 * time.Millisecond}, sim.Client())
			c := &checker{t: t, f: f}
			if tc.start > 10 {
				commitN(sim, int(tc.start-10))
			}
			if ev := c.next(); ev.Header.Number.Uint64() != tc.want {
				t.Fatalf("first delivered %d, want %d", ev.Header.Number, tc.want)
			}
			// Guards a past bug: a StartBlock in the past was delivered alone
			// and the rest waited for the next new head.
			if tc.start < 10 {
				c.until(10, common.Hash{})
			}
		})
	}
}

func TestFollowerReorg(t *testing.T) {
	tests := []struct {
		name  string
		depth int // blocks of the old chain replaced
		extra int // how much longer the new branch is
	}{
		{name: "depth 1 same height", depth: 1},
		{name: "depth 3 same height", depth: 3},
		{name: "depth 4 longer branch", depth: 4, extra: 3},
	}
	modes := []struct {
		name string
		wrap func(HeadReader) HeadReader
	}{
		{name: "subscription", wrap: func(r HeadReader) HeadReader { return r }},
		{name: "polling", wrap: func(r HeadReader) HeadReader { return pollOnly{r} }},
	}
	for _, mode := range modes {
		for _, tc := range tests {
			t.Run(mode.name+"/"+tc.name, func(t *testing.T) {
				sim := newSim(t)
				client := sim.Client()
				f, logs := startFollower(t, FollowerConfig{PollInterval: 10 * time.Millisecond}, mode.wrap(client))
				c := &checker{t: t, f: f}
				commitN(sim, 10)
				c.until(10, common.Hash{})
				old := append([]*types.Header(nil), c.chain...)

				ancestor := uint64(10 - tc.depth)
				if err := sim.Fork(headerAt(t, client, ancestor).Hash()); err != nil {
					t.Fatalf("Fork: %v", err)
				}
				commitN(sim, tc.depth+tc.extra)
				newHead := headerAt(t, client, uint64(10+tc.extra))
				c.until(newHead.Number.Uint64(), newHead.Hash())

				if len(c.reorgs) != 1 {
					t.Fatalf("got %d reorg events, want 1", len(c.reorgs))
				}
				r := c.reorgs[0]
				if r.ReorgDepth != tc.depth || r.CommonAncestor != ancestor || r.Header.Hash() != old[ancestor].Hash() {
					t.Fatalf("reorg depth %d ancestor %d (%s), want %d, %d (%s)",
						r.ReorgDepth, r.CommonAncestor, r.Header.Hash(), tc.depth, ancestor, old[ancestor].Hash())
				}
				for n := ancestor + 1; n <= 10; n++ {
					if c.chain[n].Hash() == old[n].Hash() {
						t.Fatalf("block %d was not replaced by the new branch", n)
					}
				}
				c.canonical(client)
				if !strings.Contains(logs.String(), "msg=reorg") {
					t.Fatalf("reorg not logged:\n%s", logs)
				}
			})
		}
	}
}

// A reorg that replaces the first delivered block reports the new branch's
// parent of that block as ancestor, although it was never delivered.
func TestFollowerReorgBelowFirstDelivered(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	commitN(sim, 5)
	f, _ := startFollower(t, FollowerConfig{}, client)
	c := &checker{t: t, f: f}
	c.until(5, common.Hash{})
	if err := sim.Fork(headerAt(t, client, 3).Hash()); err != nil {
		t.Fatalf("Fork: %v", err)
	}
	commitN(sim, 3)
	newHead := headerAt(t, client, 6)
	c.until(6, newHead.Hash())
	if len(c.reorgs) != 1 || c.reorgs[0].ReorgDepth != 1 || c.reorgs[0].CommonAncestor != 4 {
		t.Fatalf("reorgs %+v, want one of depth 1 at ancestor 4", c.reorgs)
	}
	if c.reorgs[0].Header.Hash() != headerAt(t, client, 4).Hash() {
		t.Fatalf("reorg header is not the new branch's block 4")
	}
	c.canonical(client)
}

// A late notification of a block already reorged out must not be
// re-delivered as if it were canonical again.
func TestFollowerIgnoresStaleNotification(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	src := &filteredSub{HeadReader: client, keep: func(*types.Header) bool { return true }, inject: make(chan *types.Header)}
	f, _ := startFollower(t, FollowerConfig{PollInterval: 10 * time.Millisecond}, src)
	c := &checker{t: t, f: f}
	commitN(sim, 10)
	c.until(10, common.Hash{})
	old10 := c.head()
	if err := sim.Fork(headerAt(t, client, 9).Hash()); err != nil {
		t.Fatalf("Fork: %v", err)
	}
	commitN(sim, 2)
	c.until(11, headerAt(t, client, 11).Hash())

	select {
	case src.inject <- old10: // its parent, block 9, is still canonical
	case <-timeoutC():
		t.Fatal("the follower no longer reads injected heads")
	}
	commitN(sim, 1)
	c.until(12, headerAt(t, client, 12).Hash())
	if len(c.reorgs) != 1 {
		t.Fatalf("got %d reorgs, want only the real one", len(c.reorgs))
	}
	c.canonical(client)
}

func TestFollowerReorgTooDeep(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	f, _ := startFollower(t, FollowerConfig{}, client)
	c := &checker{t: t, f: f}
	const height = ReorgWindow + 12
	commitN(sim, height)
	c.until(height, common.Hash{})
	if err := sim.Fork(headerAt(t, client, height-ReorgWindow-2).Hash()); err != nil {
		t.Fatalf("Fork: %v", err)
	}
	commitN(sim, ReorgWindow+3)
	deadline := time.After(eventTimeout)
	for {
		select {
		case ev, ok := <-f.Heads():
			if ok {
				t.Fatalf("unexpected event %v %v after a too-deep reorg", ev.Kind, ev.Header.Number)
			}
			if err := f.Err(); !errors.Is(err, ErrReorgTooDeep) {
				t.Fatalf("Err() = %v, want ErrReorgTooDeep", err)
			}
			return
		case <-deadline:
			t.Fatalf("follower did not stop after a reorg deeper than its window")
		}
	}
}

func TestFollowerFallsBackToPollingWhenSubscriptionDrops(t *testing.T) {
	sim := newSim(t)
	src := &filteredSub{HeadReader: sim.Client(), keep: func(*types.Header) bool { return true }, failAfter: 3}
	f, logs := startFollower(t, FollowerConfig{PollInterval: 10 * time.Millisecond}, src)
	c := &checker{t: t, f: f}
	commitN(sim, 3)
	c.until(3, common.Hash{})
	commitN(sim, 12)
	c.until(15, common.Hash{})
	if got := src.forwarded.Load(); got != 3 {
		t.Fatalf("subscription forwarded %d heads, want 3 before it failed", got)
	}
	if !strings.Contains(logs.String(), "new-head subscription failed; polling") {
		t.Fatalf("fallback not logged:\n%s", logs)
	}
}

func TestFollowerOverHTTP(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	_ = l.Close()
	sim := newSim(t, func(nc *node.Config, _ *ethconfig.Config) {
		nc.HTTPHost = "127.0.0.1"
		nc.HTTPPort = port
		nc.HTTPModules = []string{"eth", "net", "web3"}
	})
	client, err := ethclient.Dial(fmt.Sprintf("http://127.0.0.1:%d", port))
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	t.Cleanup(client.Close)

	f, logs := startFollower(t, FollowerConfig{PollInterval: 10 * time.Millisecond}, client)
	c := &checker{t: t, f: f}
	commitN(sim, 8)
	c.until(8, common.Hash{})
	if err := sim.Fork(headerAt(t, client, 6).Hash()); err != nil {
		t.Fatalf("Fork: %v", err)
	}
	commitN(sim, 3)
	newHead := headerAt(t, client, 9)
	c.until(9, newHead.Hash())
	if len(c.reorgs) != 1 || c.reorgs[0].ReorgDepth != 2 || c.reorgs[0].CommonAncestor != 6 {
		t.Fatalf("reorgs %+v, want one of depth 2 at ancestor 6", c.reorgs)
	}
	c.canonical(client)
	if !strings.Contains(logs.String(), "node cannot push new heads; polling") {
		t.Fatalf("HTTP polling not logged:\n%s", logs)
	}
}

func TestFollowerWaitsForSlowConsumer(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	f, _ := startFollower(t, FollowerConfig{}, client)
	const blocks = 2*eventBuffer + 20
	commitN(sim, blocks)
	// Nobody reads: the follower fills the buffer and waits.
	deadline := time.Now().Add(eventTimeout)
	for len(f.Heads()) < eventBuffer {
		if time.Now().After(deadline) {
			t.Fatalf("buffer holds %d events, want it full (%d)", len(f.Heads()), eventBuffer)
		}
		time.Sleep(5 * time.Millisecond)
	}
	c := &checker{t: t, f: f}
	c.until(blocks, common.Hash{})
	if len(c.chain) != blocks+1 {
		t.Fatalf("held %d blocks, want %d", len(c.chain), blocks+1)
	}
	c.canonical(client)
}

func TestNewFollowerRejectsBadConfig(t *testing.T) {
	sim := newSim(t)
	tests := []struct {
		name string
		cfg  FollowerConfig
		src  HeadReader
		want string
	}{
		{name: "negative poll interval", cfg: FollowerConfig{PollInterval: -time.Second}, src: sim.Client(), want: "PollInterval"},
		{name: "nil source", cfg: FollowerConfig{}, src: nil, want: "src"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewFollower(tc.cfg, tc.src, nil)
			if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrInvalidConfig naming %s", err, tc.want)
			}
		})
	}
}

// failingHead is a node that cannot be reached.
type failingHead struct{ pollOnly }

func (failingHead) HeaderByNumber(context.Context, *big.Int) (*types.Header, error) {
	return nil, errors.New("dial tcp 127.0.0.1:1: connect: connection refused")
}

func TestFollowerLifecycle(t *testing.T) {
	sim := newSim(t)

	t.Run("stop before start closes heads", func(t *testing.T) {
		f, err := NewFollower(FollowerConfig{}, sim.Client(), nil)
		if err != nil {
			t.Fatal(err)
		}
		f.Stop()
		f.Stop()
		if _, ok := <-f.Heads(); ok {
			t.Fatal("Heads open after Stop")
		}
		if err := f.Start(context.Background()); !errors.Is(err, ErrAlreadyStarted) {
			t.Fatalf("Start after Stop: %v, want ErrAlreadyStarted", err)
		}
	})
	t.Run("start twice", func(t *testing.T) {
		f, _ := startFollower(t, FollowerConfig{}, sim.Client())
		if err := f.Start(context.Background()); !errors.Is(err, ErrAlreadyStarted) {
			t.Fatalf("second Start: %v, want ErrAlreadyStarted", err)
		}
		f.Stop()
		f.Stop()
		for range f.Heads() {
		}
		if err := f.Err(); err != nil {
			t.Fatalf("Err after Stop = %v, want nil", err)
		}
	})
	t.Run("cancelled context ends the follower", func(t *testing.T) {
		f, err := NewFollower(FollowerConfig{}, sim.Client(), nil)
		if err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithCancel(context.Background())
		if err := f.Start(ctx); err != nil {
			t.Fatal(err)
		}
		cancel()
		select {
		case <-drained(f.Heads()):
		case <-time.After(eventTimeout):
			t.Fatal("Heads not closed after ctx cancel")
		}
		f.Stop()
	})
	t.Run("unreachable node fails start", func(t *testing.T) {
		f, err := NewFollower(FollowerConfig{}, failingHead{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.Start(context.Background()); err == nil || !strings.Contains(err.Error(), "read head") {
			t.Fatalf("Start = %v, want a read-head error", err)
		}
		f.Stop()
	})
}

func drained(ch <-chan Event) <-chan struct{} {
	done := make(chan struct{})
	go func() {
		for range ch {
		}
		close(done)
	}()
	return done
}
