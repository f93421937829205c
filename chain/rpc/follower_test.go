package rpcclient_test

import (
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/steward-agents/steward/chain/ingest"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/chain/rpc/faultproxy"
)

// TestFollowerUnderNodeFaults runs chain/ingest's Follower over the client
// while the proxy injects each fault in turn, and checks that every block is
// delivered exactly once, in order, chained by parent hash, and canonical.
func TestFollowerUnderNodeFaults(t *testing.T) {
	ch := newChain(t, 100*time.Millisecond)
	httpURL, _ := ch.Endpoints()
	proxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL, Seed: 3})
	logger, logs := newLogger()
	cfg := fastConfig(proxy.URL())
	cfg.RequestTimeout = time.Second
	cfg.HealthInterval = 100 * time.Millisecond
	c := dial(t, cfg, logger)

	f, err := ingest.NewFollower(ingest.FollowerConfig{PollInterval: 50 * time.Millisecond}, c.Eth(), logger)
	if err != nil {
		t.Fatal(err)
	}
	if err := ch.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	if err := f.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	var (
		mu     sync.Mutex
		events []ingest.Event
	)
	collected := make(chan struct{})
	go func() {
		defer close(collected)
		for ev := range f.Heads() {
			mu.Lock()
			events = append(events, ev)
			mu.Unlock()
		}
	}()
	lastNumber := func() uint64 {
		mu.Lock()
		defer mu.Unlock()
		if len(events) == 0 {
			return 0
		}
		return events[len(events)-1].Header.Number.Uint64()
	}

	// Each fault stays on until the client has met it at least once (and
	// for at least 300 ms), however slowly a loaded machine runs.
	faults := []struct {
		fault faultproxy.Fault
		kind  rpcclient.FaultKind
	}{
		{faultproxy.Fault{Kind: faultproxy.HTTP429, Probability: 0.5}, rpcclient.FaultHTTP429},
		{faultproxy.Fault{Kind: faultproxy.HTTP5xx, Probability: 0.5}, rpcclient.FaultHTTP5xx},
		{faultproxy.Fault{Kind: faultproxy.Timeout, Probability: 0.3}, rpcclient.FaultTimeout},
		{faultproxy.Fault{Kind: faultproxy.Truncate, Probability: 0.5}, rpcclient.FaultMalformed},
		{faultproxy.Fault{Kind: faultproxy.Malformed, Probability: 0.5}, rpcclient.FaultMalformed},
		{faultproxy.Fault{Kind: faultproxy.Down}, rpcclient.FaultConnection},
	}
	for _, f := range faults {
		before := c.Stats().Faults[f.kind]
		if err := proxy.Set(f.fault); err != nil {
			t.Fatal(err)
		}
		time.Sleep(300 * time.Millisecond)
		eventually(t, "the client meets a "+string(f.fault.Kind)+" fault", func() bool { return c.Stats().Faults[f.kind] > before })
		if f.fault.Kind == faultproxy.Down {
			if err := proxy.Set(faultproxy.Fault{Kind: faultproxy.Up}); err != nil {
				t.Fatal(err)
			}
			continue
		}
		proxy.Clear()
		if proxy.Hits(f.fault.Kind) == 0 {
			t.Fatalf("proxy injected no %s fault", f.fault.Kind)
		}
	}

	head, err := ch.Client().BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	eventually(t, "the follower reaches the head", func() bool { return lastNumber() >= head })
	f.Stop()
	recv(t, collected, "the follower to close Heads after Stop")

	var prev *types.Header
	for i, ev := range events {
		if ev.Kind != ingest.NewHead {
			t.Fatalf("event %d is %s; the chain never reorgs", i, ev.Kind)
		}
		h := ev.Header
		canonical, err := ch.Client().HeaderByNumber(t.Context(), h.Number)
		if err != nil {
			t.Fatal(err)
		}
		if h.Hash() != canonical.Hash() {
			t.Fatalf("block %d: delivered %s, canonical %s", h.Number, h.Hash(), canonical.Hash())
		}
		if prev != nil {
			if want := new(big.Int).Add(prev.Number, big.NewInt(1)); h.Number.Cmp(want) != 0 {
				t.Fatalf("event %d: block %d after %d", i, h.Number, prev.Number)
			}
			if h.ParentHash != prev.Hash() {
				t.Fatalf("block %d: parent %s, previous delivered %s", h.Number, h.ParentHash, prev.Hash())
			}
		}
		prev = h
	}
	st := c.Stats()
	for _, kind := range []rpcclient.FaultKind{rpcclient.FaultHTTP429, rpcclient.FaultHTTP5xx, rpcclient.FaultTimeout, rpcclient.FaultMalformed, rpcclient.FaultConnection} {
		if st.Faults[kind] == 0 {
			t.Errorf("stats = %+v: no %s fault counted", st, kind)
		}
		if len(logs.lines(`"msg":"rpc fault"`, `"kind":"`+string(kind)+`"`)) == 0 {
			t.Errorf("no %s fault logged", kind)
		}
	}
	t.Logf("%d blocks delivered in order through %d requests, %d retries; faults %v",
		len(events), st.Requests, st.Retries, st.Faults)
}
