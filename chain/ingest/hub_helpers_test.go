package ingest

import (
	"context"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// fakeStream is a HeadStream the test feeds by hand.
type fakeStream struct {
	ch chan Event

	mu  sync.Mutex
	err error
}

// newFakeStream returns a stream whose channel has capacity n. With n == 0 a
// send returns only once the hub has taken the event.
func newFakeStream(n int) *fakeStream { return &fakeStream{ch: make(chan Event, n)} }

func (s *fakeStream) Heads() <-chan Event { return s.ch }

func (s *fakeStream) Err() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.err
}

// send hands ev to the hub, failing the test if the hub stops reading.
func (s *fakeStream) send(t *testing.T, ev Event) {
	t.Helper()
	select {
	case s.ch <- ev:
	case <-time.After(eventTimeout):
		t.Fatalf("hub did not take event %s %v within %s: the source is stalled", ev.Kind, blockNumber(ev), eventTimeout)
	}
}

// end closes the stream with err as its Err, as a Follower does.
func (s *fakeStream) end(err error) {
	s.mu.Lock()
	s.err = err
	s.mu.Unlock()
	close(s.ch)
}

// synth builds the events a Follower would emit for a hash-linked chain.
type synth struct {
	chain  []*types.Header // canonical as of the last event, oldest first
	events []Event
	salt   uint64 // makes every branch's hashes differ
}

// grow appends n blocks to the chain, each with its NewHead event.
func (s *synth) grow(n int) *synth {
	for range n {
		s.salt++
		h := &types.Header{Number: new(big.Int), Time: s.salt, Difficulty: new(big.Int)}
		if k := len(s.chain); k > 0 {
			parent := s.chain[k-1]
			h.Number.Add(parent.Number, common.Big1)
			h.ParentHash = parent.Hash()
		}
		s.chain = append(s.chain, h)
		s.events = append(s.events, Event{Kind: NewHead, Header: h})
	}
	return s
}

// reorg drops the newest depth blocks and emits the Reorg event.
func (s *synth) reorg(depth int) *synth {
	anc := s.chain[len(s.chain)-1-depth]
	s.chain = s.chain[:len(s.chain)-depth]
	s.events = append(s.events, Event{Kind: Reorg, Header: anc, ReorgDepth: depth, CommonAncestor: anc.Number.Uint64()})
	return s
}

func newTestHub(t testing.TB, cfg HubConfig, src HeadStream) (*Hub, *lockedBuffer) {
	t.Helper()
	logs := &lockedBuffer{}
	h, err := NewHub(cfg, src, slog.New(slog.NewTextHandler(logs, nil)))
	if err != nil {
		t.Fatalf("NewHub: %v", err)
	}
	t.Cleanup(h.Stop)
	return h, logs
}

func mustSubscribe(t *testing.T, h *Hub, name string, opts ...SubscribeOption) *Subscription {
	t.Helper()
	s, err := h.Subscribe(name, opts...)
	if err != nil {
		t.Fatalf("Subscribe %q: %v", name, err)
	}
	return s
}

func mustStart(t *testing.T, h *Hub, ctx context.Context) {
	t.Helper()
	if err := h.Start(ctx); err != nil {
		t.Fatalf("Start: %v", err)
	}
}

// recv reads the subscription's next event within eventTimeout.
func recv(t *testing.T, s *Subscription) Event {
	t.Helper()
	select {
	case ev, ok := <-s.Heads():
		if !ok {
			t.Fatalf("%s: Heads closed early (Err=%v)", s.Name(), s.Err())
		}
		return ev
	case <-time.After(eventTimeout):
		t.Fatalf("%s: no event within %s", s.Name(), eventTimeout)
	}
	return Event{}
}

// drainSub reads the subscription until Heads is closed, within eventTimeout.
func drainSub(t *testing.T, s *Subscription) []Event {
	t.Helper()
	var got []Event
	deadline := time.After(eventTimeout)
	for {
		select {
		case ev, ok := <-s.Heads():
			if !ok {
				return got
			}
			got = append(got, ev)
		case <-deadline:
			t.Fatalf("%s: Heads not closed within %s (read %d events)", s.Name(), eventTimeout, len(got))
		}
	}
}

func wantStats(t *testing.T, h *Hub, want HubStats) {
	t.Helper()
	if got := h.Stats(); got != want {
		t.Fatalf("Stats = %+v, want %+v", got, want)
	}
}

func sameEvents(t *testing.T, who string, got, want []Event) {
	t.Helper()
	if len(got) != len(want) {
		t.Fatalf("%s: got %d events, want %d", who, len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("%s: event %d is %s %v, want %s %v", who, i, got[i].Kind, blockNumber(got[i]), want[i].Kind, blockNumber(want[i]))
		}
	}
}
