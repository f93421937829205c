package ingest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

func TestHubFansOutIdenticalOrderedStreams(t *testing.T) {
	tests := []struct {
		name string
		subs int
		feed *synth
	}{
		{name: "one subscriber", subs: 1, feed: new(synth).grow(20)},
		{name: "three subscribers and a reorg", subs: 3, feed: new(synth).grow(10).reorg(3).grow(5)},
		{name: "fifty subscribers and reorgs back to back", subs: 50, feed: new(synth).grow(6).reorg(2).grow(1).reorg(3).grow(8)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := newFakeStream(0)
			hub, _ := newTestHub(t, HubConfig{}, src)
			subs := make([]*Subscription, tc.subs)
			checkers := make([]*checker, tc.subs)
			for i := range subs {
				subs[i] = mustSubscribe(t, hub, fmt.Sprintf("agent-%d", i))
				checkers[i] = &checker{t: t}
			}
			mustStart(t, hub, context.Background())

			// Lock step: after each event every subscriber holds exactly that
			// event, the chain it implies is consistent, and nobody lagged.
			for i, ev := range tc.feed.events {
				src.send(t, ev)
				for j, s := range subs {
					got := recv(t, s)
					if got != ev {
						t.Fatalf("%s: event %d is %s %v, want %s %v", s.Name(), i, got.Kind, blockNumber(got), ev.Kind, blockNumber(ev))
					}
					checkers[j].apply(got)
					if n := len(s.Heads()); n != 0 {
						t.Fatalf("%s: %d events queued after event %d, want 0", s.Name(), n, i)
					}
				}
				wantStats(t, hub, HubStats{Subscribers: tc.subs, Events: uint64(i + 1)})
			}
			for j, c := range checkers {
				if got, want := c.head(), tc.feed.chain[len(tc.feed.chain)-1]; got != want {
					t.Fatalf("%s holds head %v, want %v", subs[j].Name(), got.Number, want.Number)
				}
			}

			src.end(nil)
			for _, s := range subs {
				if rest := drainSub(t, s); len(rest) != 0 {
					t.Fatalf("%s: %d events after the source ended", s.Name(), len(rest))
				}
				if err := s.Err(); err != nil {
					t.Fatalf("%s: Err = %v after the source stopped, want nil", s.Name(), err)
				}
			}
			wantStats(t, hub, HubStats{Events: uint64(len(tc.feed.events))})
		})
	}
}

func TestHubCutsOffSlowSubscriber(t *testing.T) {
	tests := []struct {
		name     string
		cfg      HubConfig
		slowOpts []SubscribeOption
		slowBuf  int // the slow subscriber's buffer
		fast     int
	}{
		{name: "default buffer", cfg: HubConfig{}, slowBuf: DefaultHubBuffer, fast: 3},
		{name: "configured buffer", cfg: HubConfig{Buffer: 4}, slowBuf: 4, fast: 2},
		{name: "per-subscriber buffer", cfg: HubConfig{Buffer: 64}, slowOpts: []SubscribeOption{WithSubscriberBuffer(1)}, slowBuf: 1, fast: 5},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			feed := new(synth).grow(tc.slowBuf + 3).reorg(2).grow(4)
			src := newFakeStream(0)
			hub, logs := newTestHub(t, tc.cfg, src)
			slow := mustSubscribe(t, hub, "slow", tc.slowOpts...)
			fast := make([]*Subscription, tc.fast)
			for i := range fast {
				fast[i] = mustSubscribe(t, hub, fmt.Sprintf("fast-%d", i))
			}
			mustStart(t, hub, context.Background())

			for i, ev := range feed.events {
				src.send(t, ev) // never blocks for long: the slow one does not hold the source
				for _, s := range fast {
					if got := recv(t, s); got != ev {
						t.Fatalf("%s: event %d is %s %v, want %s %v", s.Name(), i, got.Kind, blockNumber(got), ev.Kind, blockNumber(ev))
					}
				}
				// The fast subscribers read event i, so the hub has offered
				// it to everyone.
				if i < tc.slowBuf {
					if n := len(slow.Heads()); n != i+1 {
						t.Fatalf("after event %d the slow subscriber holds %d events, want %d", i, n, i+1)
					}
					wantStats(t, hub, HubStats{Subscribers: tc.fast + 1, Events: uint64(i + 1)})
				} else {
					wantStats(t, hub, HubStats{Subscribers: tc.fast, Events: uint64(i + 1), Lagged: 1})
				}
			}

			// It still gets what was buffered, with no gap, then the cut-off.
			sameEvents(t, "slow", drainSub(t, slow), feed.events[:tc.slowBuf])
			err := slow.Err()
			var lag *LagError
			if !errors.Is(err, ErrSubscriberLagged) || !errors.As(err, &lag) {
				t.Fatalf("slow Err = %v, want a LagError", err)
			}
			if lag.Subscriber != "slow" || lag.Behind != tc.slowBuf+1 || lag.Missed != feed.events[tc.slowBuf] {
				t.Fatalf("LagError %+v, want subscriber slow, %d behind, missed event %d", lag, tc.slowBuf+1, tc.slowBuf)
			}
			if !strings.Contains(err.Error(), `"slow"`) || !strings.Contains(err.Error(), fmt.Sprintf("%d events behind", tc.slowBuf+1)) {
				t.Fatalf("error %q does not name the subscriber and how far behind it was", err)
			}
			if !strings.Contains(logs.String(), "subscriber=slow") {
				t.Fatalf("cut-off not logged:\n%s", logs)
			}

			// The name is free again: the agent can rebuild and resubscribe.
			again := mustSubscribe(t, hub, "slow", tc.slowOpts...)
			next := new(synth).grow(1).events[0]
			src.send(t, next)
			if got := recv(t, again); got != next {
				t.Fatalf("resubscribed: got %s %v, want the next event", got.Kind, blockNumber(got))
			}
			for _, s := range fast {
				recv(t, s)
			}
		})
	}
}

func TestHubLateSubscriberStartsAtNextEvent(t *testing.T) {
	feed := new(synth).grow(8).reorg(1).grow(3)
	for _, joinAfter := range []int{1, 5, 8, len(feed.events)} {
		t.Run(fmt.Sprintf("after %d events", joinAfter), func(t *testing.T) {
			src := newFakeStream(0)
			hub, _ := newTestHub(t, HubConfig{}, src)
			early := mustSubscribe(t, hub, "early")
			mustStart(t, hub, context.Background())
			for _, ev := range feed.events[:joinAfter] {
				src.send(t, ev)
				recv(t, early) // the hub has offered ev to everyone attached
			}
			late := mustSubscribe(t, hub, "late")
			if n := len(late.Heads()); n != 0 {
				t.Fatalf("late subscriber got %d past events", n)
			}
			wantStats(t, hub, HubStats{Subscribers: 2, Events: uint64(joinAfter)})
			for _, ev := range feed.events[joinAfter:] {
				src.send(t, ev)
				if got := recv(t, early); got != ev {
					t.Fatalf("early: got %s %v, want %s %v", got.Kind, blockNumber(got), ev.Kind, blockNumber(ev))
				}
			}
			src.end(nil)
			sameEvents(t, "late", drainSub(t, late), feed.events[joinAfter:])
		})
	}
}

// The hub in front of a real Follower on the simulated chain, through a reorg
// and the follower's Stop.
func TestHubWithFollowerOnSimulatedChain(t *testing.T) {
	sim := newSim(t)
	client := sim.Client()
	f, err := NewFollower(FollowerConfig{PollInterval: 10 * time.Millisecond}, client, nil)
	if err != nil {
		t.Fatal(err)
	}
	hub, _ := newTestHub(t, HubConfig{}, f)
	const n = 5
	subs := make([]*Subscription, n)
	checkers := make([]*checker, n)
	for i := range subs {
		subs[i] = mustSubscribe(t, hub, fmt.Sprintf("agent-%d", i))
		checkers[i] = &checker{t: t}
	}
	if err := f.Start(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(f.Stop)
	mustStart(t, hub, context.Background())

	// The first subscriber reads until the wanted head; the others must then
	// hold exactly the same events.
	var all []Event
	readTo := func(num uint64, hash common.Hash) {
		t.Helper()
		var lead []Event
		for {
			ev := recv(t, subs[0])
			checkers[0].apply(ev)
			lead = append(lead, ev)
			if h := checkers[0].head(); h.Number.Uint64() == num && (hash == (common.Hash{}) || h.Hash() == hash) {
				break
			}
		}
		for i, s := range subs[1:] {
			got := make([]Event, len(lead))
			for k := range got {
				got[k] = recv(t, s)
				checkers[i+1].apply(got[k])
			}
			sameEvents(t, s.Name(), got, lead)
		}
		all = append(all, lead...)
	}

	commitN(sim, 10)
	readTo(10, common.Hash{})
	const ancestor = 7
	old := headerAt(t, client, ancestor)
	if err := sim.Fork(old.Hash()); err != nil {
		t.Fatalf("Fork: %v", err)
	}
	commitN(sim, 4)
	head := headerAt(t, client, 11)
	readTo(11, head.Hash())

	for i, c := range checkers {
		if len(c.reorgs) == 0 || c.reorgs[0].CommonAncestor != ancestor || c.reorgs[0].Header.Hash() != old.Hash() {
			t.Fatalf("%s: reorgs %+v, want one back to block %d", subs[i].Name(), c.reorgs, ancestor)
		}
		c.canonical(client)
	}
	wantStats(t, hub, HubStats{Subscribers: n, Events: uint64(len(all))})

	f.Stop() // stopping the source ends every subscription: stopped, not failed
	for _, s := range subs {
		drainSub(t, s)
		if err := s.Err(); err != nil {
			t.Fatalf("%s: Err = %v after the follower stopped, want nil", s.Name(), err)
		}
	}
	if err := hub.Err(); err != nil {
		t.Fatalf("hub Err = %v, want nil", err)
	}
}

// Subscribers join, read, lag and leave at random while events flow. After
// every step the counters are consistent, and every subscriber's stream is a
// gap-free run of the source's events that starts at its join and ends at
// its Close, its cut-off (LagError naming the next event) or the source's end.
func TestHubSubscribersSeeGapFreeStreamsUnderChurn(t *testing.T) {
	const events = 1500
	feed := new(synth).grow(events).events // block i is event i
	rng := rand.New(rand.NewPCG(10, 2025))
	src := newFakeStream(0)
	hub, _ := newTestHub(t, HubConfig{Buffer: events + 1}, src)
	mustStart(t, hub, context.Background())

	type kind int
	const (
		reader  kind = iota // reads everything
		quitter             // reads a few, then Closes
		sleeper             // reads nothing until the feed is over: must lag
	)
	type result struct {
		name       string
		kind       kind
		join       int // index of the next event to send when it subscribed
		buf        int
		got        []Event
		closedSelf bool
		closed     bool
		err        error
	}
	results := make(chan result, 64)
	gate := make(chan struct{})
	var wg sync.WaitGroup
	run := func(s *Subscription, r result, closeAfter int) {
		defer wg.Done()
		if r.kind == sleeper {
			<-gate
		}
		timeout := time.After(eventTimeout)
		for {
			if r.kind == quitter && len(r.got) == closeAfter && !r.closedSelf {
				s.Close()
				r.closedSelf = true
			}
			select {
			case ev, ok := <-s.Heads():
				if !ok {
					r.closed, r.err = true, s.Err()
					results <- r
					return
				}
				r.got = append(r.got, ev)
			case <-timeout:
				results <- r
				return
			}
		}
	}

	joined, sleepers := 0, 0
	for i, ev := range feed {
		if joined < cap(results) && rng.IntN(40) == 0 {
			r := result{name: fmt.Sprintf("sub-%d", joined), kind: kind(rng.IntN(3)), join: i, buf: events + 1}
			var opts []SubscribeOption
			if r.kind == sleeper {
				r.buf = 1 + rng.IntN(8)
				opts = append(opts, WithSubscriberBuffer(r.buf))
				sleepers++
			}
			wg.Add(1)
			go run(mustSubscribe(t, hub, r.name, opts...), r, rng.IntN(30))
			joined++
		}
		src.send(t, ev)
		// The hub took event i; it may still be fanning it out.
		st := hub.Stats()
		if st.Events != uint64(i) && st.Events != uint64(i+1) || st.Subscribers > joined || st.Lagged > uint64(sleepers) {
			t.Fatalf("after event %d: Stats = %+v with %d joined, %d sleepers", i, st, joined, sleepers)
		}
	}
	src.end(nil)
	close(gate)
	wg.Wait()
	close(results)

	var lagged uint64
	for r := range results {
		if !r.closed {
			t.Fatalf("%s: Heads not closed within %s", r.name, eventTimeout)
		}
		first := r.join // or one earlier: the hub may still have been fanning out event join-1
		if len(r.got) > 0 {
			first = int(r.got[0].Header.Number.Uint64())
			if first != r.join && first != r.join-1 {
				t.Fatalf("%s joined before event %d but started at %d", r.name, r.join, first)
			}
		}
		sameEvents(t, r.name, r.got, feed[first:first+len(r.got)])
		end := first + len(r.got) // index of the first event it did not get
		var lag *LagError
		switch {
		case errors.As(r.err, &lag):
			lagged++
			if r.kind != sleeper || lag.Behind != r.buf+1 || len(r.got) != r.buf || lag.Missed != feed[end] {
				t.Fatalf("%s (kind %d, buffer %d) cut off after %d events: %v", r.name, r.kind, r.buf, len(r.got), lag)
			}
		case r.err != nil:
			t.Fatalf("%s: Err = %v", r.name, r.err)
		case r.closedSelf:
		default:
			if end != events {
				t.Fatalf("%s (kind %d) ended at event %d without an error, want all %d", r.name, r.kind, end, events)
			}
			if r.kind == sleeper && events-first > r.buf {
				t.Fatalf("%s slept through %d events with a buffer of %d and was not cut off", r.name, events-first, r.buf)
			}
		}
	}
	if joined == 0 || sleepers == 0 {
		t.Fatalf("the seed gave %d subscribers and %d sleepers; pick one that exercises both", joined, sleepers)
	}
	wantStats(t, hub, HubStats{Events: events, Lagged: lagged})
}

// BenchmarkHubFanOut measures events fanned out to 50 subscribers that each
// read every event. The source is fed in batches of the subscribers' buffer
// and each batch waits for every subscriber, so none lags.
func BenchmarkHubFanOut(b *testing.B) {
	const subscribers = 50
	const batch = DefaultHubBuffer
	src := newFakeStream(eventBuffer) // a Follower's channel capacity
	hub, _ := newTestHub(b, HubConfig{Buffer: batch}, src)
	ev := Event{Kind: NewHead, Header: &types.Header{Number: big.NewInt(1)}}
	total := b.N
	var wg sync.WaitGroup
	for i := range subscribers {
		s, err := hub.Subscribe(fmt.Sprintf("agent-%d", i))
		if err != nil {
			b.Fatal(err)
		}
		go func() {
			n := 0
			for range s.Heads() {
				n++
				if n%batch == 0 || n == total {
					wg.Done()
				}
			}
		}()
	}
	if err := hub.Start(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for sent := 0; sent < total; {
		k := min(batch, total-sent)
		wg.Add(subscribers)
		for range k {
			src.ch <- ev
		}
		sent += k
		wg.Wait()
	}
	b.StopTimer()
	secs := b.Elapsed().Seconds()
	b.ReportMetric(float64(total)/secs, "events/s")
	b.ReportMetric(float64(total*subscribers)/secs, "deliveries/s")
	if st := hub.Stats(); st.Lagged != 0 {
		b.Fatalf("%d subscribers lagged", st.Lagged)
	}
	hub.Stop()
}
