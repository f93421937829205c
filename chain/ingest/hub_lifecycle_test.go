package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"
)

func TestHubSubscriptionClose(t *testing.T) {
	boom := errors.New("node gone")
	tests := []struct {
		name string
		// run closes sub at some point of the hub's life and returns the
		// Err the subscription must report.
		run func(t *testing.T, hub *Hub, src *fakeStream, sub, other *Subscription, feed []Event) error
	}{
		{
			name: "before start",
			run: func(t *testing.T, hub *Hub, src *fakeStream, sub, other *Subscription, feed []Event) error {
				sub.Close()
				wantStats(t, hub, HubStats{Subscribers: 1})
				mustStart(t, hub, context.Background())
				return nil
			},
		},
		{
			name: "mid stream, twice",
			run: func(t *testing.T, hub *Hub, src *fakeStream, sub, other *Subscription, feed []Event) error {
				mustStart(t, hub, context.Background())
				for _, ev := range feed[:3] {
					src.send(t, ev)
					recv(t, other)
				}
				sub.Close()
				sub.Close()
				wantStats(t, hub, HubStats{Subscribers: 1, Events: 3})
				// Events buffered before Close can still be read.
				sameEvents(t, sub.Name(), drainSub(t, sub), feed[:3])
				return nil
			},
		},
		{
			name: "after the hub stopped",
			run: func(t *testing.T, hub *Hub, src *fakeStream, sub, other *Subscription, feed []Event) error {
				mustStart(t, hub, context.Background())
				hub.Stop()
				sub.Close()
				return nil
			},
		},
		{
			// Close after the end must not erase why the stream ended.
			name: "after the source failed keeps its error",
			run: func(t *testing.T, hub *Hub, src *fakeStream, sub, other *Subscription, feed []Event) error {
				mustStart(t, hub, context.Background())
				src.end(boom)
				drainSub(t, other)
				sub.Close()
				return boom
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			feed := new(synth).grow(5).events
			src := newFakeStream(0)
			hub, _ := newTestHub(t, HubConfig{}, src)
			sub := mustSubscribe(t, hub, "closer")
			other := mustSubscribe(t, hub, "other")
			want := tc.run(t, hub, src, sub, other, feed)
			drainSub(t, sub)
			if err := sub.Err(); !errors.Is(err, want) || (want == nil && err != nil) {
				t.Fatalf("Err = %v, want %v", err, want)
			}
			sub.Close()
			if st := hub.Stats(); st.Lagged != 0 || st.Subscribers > 1 {
				t.Fatalf("Stats = %+v, want the closed subscription gone and no cut-off", st)
			}
		})
	}
}

// Subscribers close themselves, from their own goroutines, while the hub is
// delivering to them and to others; run it under -race.
func TestHubCloseDuringDelivery(t *testing.T) {
	const events = 400
	feed := new(synth).grow(events).events
	src := newFakeStream(0)
	hub, _ := newTestHub(t, HubConfig{Buffer: events + 1}, src)
	type result struct {
		name   string
		got    []Event
		closed bool // Heads was closed (by Close or the end of the source)
		err    error
	}
	results := make(chan result, 16)
	var wg sync.WaitGroup
	read := func(s *Subscription, closeAfter int) {
		defer wg.Done()
		r := result{name: s.Name()}
		timeout := time.After(eventTimeout)
		for {
			if len(r.got) == closeAfter {
				s.Close()
				s.Close()
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
	closeAfter := []int{0, 1, 7, 50, 199, 399, -1, -1, -1} // -1: never
	for i, n := range closeAfter {
		wg.Add(1)
		go read(mustSubscribe(t, hub, fmt.Sprintf("sub-%d", i)), n)
	}
	mustStart(t, hub, context.Background())
	for _, ev := range feed {
		src.send(t, ev)
		if st := hub.Stats(); st.Lagged != 0 || st.Subscribers > len(closeAfter) {
			t.Fatalf("Stats = %+v during delivery", st)
		}
	}
	src.end(nil)
	wg.Wait()
	close(results)
	for r := range results {
		if !r.closed {
			t.Fatalf("%s: Heads not closed within %s (read %d events)", r.name, eventTimeout, len(r.got))
		}
		if r.err != nil {
			t.Fatalf("%s: Err = %v, want nil", r.name, r.err)
		}
		// Whatever it read is the stream's prefix, without gaps, and those
		// that never closed read it all.
		sameEvents(t, r.name, r.got, feed[:len(r.got)])
		var n int
		if _, err := fmt.Sscanf(r.name, "sub-%d", &n); err != nil {
			t.Fatal(err)
		}
		if want := closeAfter[n]; want < 0 && len(r.got) != events || want >= 0 && len(r.got) < want {
			t.Fatalf("%s read %d events, closing after %d", r.name, len(r.got), want)
		}
	}
	wantStats(t, hub, HubStats{Events: events})
}

func TestHubSourceEndPropagates(t *testing.T) {
	tests := []struct {
		name string
		err  error // the source's Err
	}{
		{name: "source stopped", err: nil},
		{name: "reorg too deep", err: fmt.Errorf("%w: block 3 differs", ErrReorgTooDeep)},
		{name: "other failure", err: errors.New("node gone")},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			feed := new(synth).grow(4).events
			src := newFakeStream(0)
			hub, logs := newTestHub(t, HubConfig{}, src)
			reader := mustSubscribe(t, hub, "reader")
			idle := mustSubscribe(t, hub, "idle") // leaves its events buffered
			mustStart(t, hub, context.Background())
			for _, ev := range feed {
				src.send(t, ev)
				recv(t, reader)
			}
			src.end(tc.err)

			if rest := drainSub(t, reader); len(rest) != 0 {
				t.Fatalf("reader: %d events after the end", len(rest))
			}
			sameEvents(t, "idle", drainSub(t, idle), feed)
			for _, s := range []*Subscription{reader, idle} {
				if err := s.Err(); err != tc.err {
					t.Fatalf("%s: Err = %v, want the source's %v", s.Name(), err, tc.err)
				}
			}
			if err := hub.Err(); err != tc.err {
				t.Fatalf("hub Err = %v, want %v", err, tc.err)
			}
			wantStats(t, hub, HubStats{Events: uint64(len(feed))})

			_, err := hub.Subscribe("late")
			if !errors.Is(err, ErrHubClosed) || (tc.err != nil && !errors.Is(err, tc.err)) {
				t.Fatalf("Subscribe after the end = %v, want ErrHubClosed wrapping %v", err, tc.err)
			}
			if tc.err != nil && !strings.Contains(logs.String(), "head source failed") {
				t.Fatalf("failure not logged:\n%s", logs)
			}
			hub.Stop()
			hub.Stop()
			if err := hub.Err(); err != tc.err {
				t.Fatalf("hub Err after Stop = %v, want still %v", err, tc.err)
			}
		})
	}
}

func TestHubStopIsIdempotentAndClosesEverything(t *testing.T) {
	tests := []struct {
		name   string
		start  bool
		feed   int  // events sent before stopping
		viaCtx bool // end by cancelling Start's context instead of Stop
	}{
		{name: "never started"},
		{name: "running, idle", start: true},
		{name: "running with buffered events", start: true, feed: 3},
		{name: "context cancelled", start: true, feed: 2, viaCtx: true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			feed := new(synth).grow(tc.feed).events
			src := newFakeStream(0)
			hub, _ := newTestHub(t, HubConfig{}, src)
			subs := []*Subscription{mustSubscribe(t, hub, "a"), mustSubscribe(t, hub, "b")}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if tc.start {
				mustStart(t, hub, ctx)
			}
			for _, ev := range feed {
				src.send(t, ev)
			}
			if tc.viaCtx {
				cancel()
			} else {
				hub.Stop()
				hub.Stop()
			}
			for _, s := range subs {
				// Every event the hub took was offered before it stopped.
				sameEvents(t, s.Name(), drainSub(t, s), feed)
				if err := s.Err(); err != nil {
					t.Fatalf("%s: Err = %v after stop, want nil", s.Name(), err)
				}
				s.Close()
			}
			wantStats(t, hub, HubStats{Events: uint64(tc.feed)})
			if _, err := hub.Subscribe("c"); !errors.Is(err, ErrHubClosed) {
				t.Fatalf("Subscribe after stop = %v, want ErrHubClosed", err)
			}
			hub.Stop()
			if err := hub.Start(context.Background()); !errors.Is(err, ErrAlreadyStarted) {
				t.Fatalf("Start after stop = %v, want ErrAlreadyStarted", err)
			}
			if err := hub.Err(); err != nil {
				t.Fatalf("hub Err = %v after stop, want nil", err)
			}
		})
	}
}

func TestNewHubRejectsBadConfig(t *testing.T) {
	tests := []struct {
		name string
		cfg  HubConfig
		src  HeadStream
		want string
	}{
		{name: "negative buffer", cfg: HubConfig{Buffer: -1}, src: newFakeStream(0), want: "Buffer"},
		{name: "nil source", cfg: HubConfig{}, src: nil, want: "src"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewHub(tc.cfg, tc.src, nil)
			if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want ErrInvalidConfig naming %s", err, tc.want)
			}
		})
	}
}

func TestHubSubscribeRejectsBadInput(t *testing.T) {
	hub, _ := newTestHub(t, HubConfig{}, newFakeStream(0))
	taken := mustSubscribe(t, hub, "taken")
	tests := []struct {
		name    string
		sub     string
		opts    []SubscribeOption
		wantErr error
		want    string
	}{
		{name: "empty name", sub: "", wantErr: ErrInvalidConfig, want: "name"},
		{name: "zero buffer", sub: "z", opts: []SubscribeOption{WithSubscriberBuffer(0)}, wantErr: ErrInvalidConfig, want: "buffer 0"},
		{name: "negative buffer", sub: "n", opts: []SubscribeOption{WithSubscriberBuffer(-3)}, wantErr: ErrInvalidConfig, want: "buffer -3"},
		{name: "name in use", sub: "taken", wantErr: ErrDuplicateSubscriber, want: `"taken"`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := hub.Subscribe(tc.sub, tc.opts...)
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %v naming %s", err, tc.wantErr, tc.want)
			}
			wantStats(t, hub, HubStats{Subscribers: 1})
		})
	}
	taken.Close()
	mustSubscribe(t, hub, "taken") // free once closed
}
