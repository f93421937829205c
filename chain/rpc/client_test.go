package rpcclient_test

import (
	"errors"
	"fmt"
	"math/big"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/chain/ingest"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/chain/rpc/faultproxy"
)

var _ ingest.HeadReader = (*rpcclient.Client)(nil)

func TestRequestFaultsAreRetried(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	want, err := ch.Client().BlockNumber(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		fault  faultproxy.Fault
		kind   rpcclient.FaultKind
		faults uint64
	}{
		{"rate limited", faultproxy.Fault{Kind: faultproxy.HTTP429, Count: 2}, rpcclient.FaultHTTP429, 2},
		{"server error", faultproxy.Fault{Kind: faultproxy.HTTP5xx, Count: 3}, rpcclient.FaultHTTP5xx, 3},
		{"hangs past the timeout", faultproxy.Fault{Kind: faultproxy.Timeout, Count: 1}, rpcclient.FaultTimeout, 1},
		{"body cut mid-JSON", faultproxy.Fault{Kind: faultproxy.Truncate, Count: 2}, rpcclient.FaultMalformed, 2},
		{"garbage body", faultproxy.Fault{Kind: faultproxy.Malformed, Count: 1}, rpcclient.FaultMalformed, 1},
		{"slow but in time is no fault", faultproxy.Fault{Kind: faultproxy.Timeout, Count: 1, Delay: 50 * time.Millisecond}, rpcclient.FaultTimeout, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			proxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
			logger, logs := newLogger()
			cfg := fastConfig(proxy.URL())
			if tc.fault.Kind == faultproxy.Timeout && tc.fault.Delay == 0 {
				cfg.RequestTimeout = 2 * time.Second // the held request costs one timeout
			}
			c := dial(t, cfg, logger)
			if err := proxy.Set(tc.fault); err != nil {
				t.Fatal(err)
			}
			got, err := c.Eth().BlockNumber(t.Context())
			if err != nil {
				t.Fatalf("BlockNumber through %s: %v", tc.fault.Kind, err)
			}
			if got != want {
				t.Fatalf("BlockNumber = %d, want %d", got, want)
			}
			if hits := proxy.Hits(tc.fault.Kind); hits != tc.fault.Count {
				t.Fatalf("proxy injected %d faults, want %d", hits, tc.fault.Count)
			}
			st := c.Stats()
			if st.Faults[tc.kind] != tc.faults || st.Retries != tc.faults || st.Requests != 1 {
				t.Fatalf("stats = %+v, want %d %s faults and retries in 1 request", st, tc.faults, tc.kind)
			}
			lines := logs.lines(`"msg":"rpc fault"`, `"kind":"`+string(tc.kind)+`"`, `"endpoint":"`+proxy.URL()+`"`)
			if uint64(len(lines)) != tc.faults {
				t.Fatalf("%d fault log lines, want %d:\n%s", len(lines), tc.faults, strings.Join(lines, ""))
			}
			if tc.faults > 0 && !strings.Contains(lines[0], `"attempt":1`) {
				t.Fatalf("first fault log lacks attempt 1: %s", lines[0])
			}
		})
	}
}

func TestNodeRestartIsRetried(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	proxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
	cfg := fastConfig(proxy.URL())
	cfg.MaxRetries = 200 // ~10s of attempts: the restart below is well inside
	c := dial(t, cfg, nil)
	if err := proxy.Set(faultproxy.Fault{Kind: faultproxy.Down}); err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(150 * time.Millisecond)
		_ = proxy.Set(faultproxy.Fault{Kind: faultproxy.Up})
	}()
	if _, err := c.Eth().ChainID(t.Context()); err != nil {
		t.Fatalf("ChainID across a restart: %v", err)
	}
	if st := c.Stats(); st.Faults[rpcclient.FaultConnection] == 0 {
		t.Fatalf("stats = %+v, want connection faults", st)
	}
}

func TestRetriesExhausted(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	proxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
	c := dial(t, fastConfig(proxy.URL()), nil)
	if err := proxy.Set(faultproxy.Fault{Kind: faultproxy.HTTP5xx}); err != nil {
		t.Fatal(err)
	}
	_, err := c.Eth().BlockNumber(t.Context())
	if !errors.Is(err, rpcclient.ErrRetriesExhausted) || !strings.Contains(err.Error(), "503") {
		t.Fatalf("err = %v, want ErrRetriesExhausted naming the 503", err)
	}
	if st := c.Stats(); st.Faults[rpcclient.FaultHTTP5xx] != 5 || st.Retries != 4 {
		t.Fatalf("stats = %+v, want 5 faults in 1+4 attempts", st)
	}
}

func TestRevertIsNotRetried(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	proxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
	c := dial(t, fastConfig(proxy.URL()), nil)
	// Creation code PUSH1 0 PUSH1 0 REVERT: eth_call answers with a JSON-RPC error.
	_, err := c.Eth().CallContract(t.Context(), ethereum.CallMsg{Data: hexutil.MustDecode("0x60006000fd")}, nil)
	var rerr rpc.Error
	if !errors.As(err, &rerr) || rerr.ErrorCode() != 3 || !strings.Contains(err.Error(), "execution reverted") {
		t.Fatalf("err = %v, want the node's execution-reverted error (code 3)", err)
	}
	if st := c.Stats(); st.Requests != 1 || st.Retries != 0 {
		t.Fatalf("stats = %+v, want 1 request and no retry", st)
	}
}

func TestBatchThroughTransport(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	proxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
	c := dial(t, fastConfig(proxy.URL()), nil)
	if err := proxy.Set(faultproxy.Fault{Kind: faultproxy.HTTP5xx, Count: 1}); err != nil {
		t.Fatal(err)
	}
	var (
		id, num hexutil.Uint64
		head    types.Header
	)
	batch := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &id},
		{Method: "eth_blockNumber", Result: &num},
		{Method: "eth_getBlockByNumber", Args: []any{"latest", false}, Result: &head},
	}
	if err := c.RPC().BatchCallContext(t.Context(), batch); err != nil {
		t.Fatal(err)
	}
	for _, b := range batch {
		if b.Error != nil {
			t.Fatalf("%s: %v", b.Method, b.Error)
		}
	}
	if uint64(id) != 1337 || uint64(num) != head.Number.Uint64() || num == 0 {
		t.Fatalf("chain id %d, number %d, head %d", id, num, head.Number)
	}
	if st := c.Stats(); st.Requests != 1 || st.Faults[rpcclient.FaultHTTP5xx] != 1 {
		t.Fatalf("stats = %+v, want 1 request and 1 5xx fault", st)
	}
}

func TestFailoverAndBack(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	a := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
	b := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
	logger, logs := newLogger()
	cfg := fastConfig(a.URL(), b.URL())
	cfg.HealthInterval = 50 * time.Millisecond
	c := dial(t, cfg, logger)
	if got := c.Primary(); got != a.URL() {
		t.Fatalf("primary = %s, want %s", got, a.URL())
	}
	if err := a.Set(faultproxy.Fault{Kind: faultproxy.Down}); err != nil {
		t.Fatal(err)
	}
	for range 5 {
		if _, err := c.Eth().BlockNumber(t.Context()); err != nil {
			t.Fatalf("BlockNumber with the primary down: %v", err)
		}
	}
	if got := c.Primary(); got != b.URL() {
		t.Fatalf("primary = %s, want %s", got, b.URL())
	}
	if st := c.Stats(); st.Failovers < 1 {
		t.Fatalf("stats = %+v, want a failover", st)
	}
	if err := a.Set(faultproxy.Fault{Kind: faultproxy.Up}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the first endpoint is primary again", func() bool { return c.Primary() == a.URL() })
	if st := c.Stats(); st.Failovers < 2 {
		t.Fatalf("stats = %+v, want failovers away and back", st)
	}
	if _, err := c.Eth().BlockNumber(t.Context()); err != nil {
		t.Fatal(err)
	}
	if len(logs.lines(`"msg":"rpc failover"`, `"to":"`+b.URL()+`"`)) == 0 || len(logs.lines(`"msg":"rpc failover"`, `"to":"`+a.URL()+`"`)) == 0 {
		t.Fatal("failovers are not logged")
	}
}

func TestLaggingEndpointIsLeftOut(t *testing.T) {
	ch := newChain(t, 0)
	for range 30 {
		ch.Commit()
	}
	httpURL, _ := ch.Endpoints()
	a := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
	b := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL})
	cfg := fastConfig(a.URL(), b.URL())
	cfg.HealthInterval = 50 * time.Millisecond
	cfg.MaxLagBlocks = 5
	c := dial(t, cfg, nil)
	if err := a.Set(faultproxy.Fault{Kind: faultproxy.Lag, Blocks: 20}); err != nil {
		t.Fatal(err)
	}
	eventually(t, "the lagging endpoint is left out", func() bool { return c.Primary() == b.URL() })
	want, _ := ch.Client().BlockNumber(t.Context())
	if got, err := c.Eth().BlockNumber(t.Context()); err != nil || got != want {
		t.Fatalf("BlockNumber = %d, %v; want %d", got, err, want)
	}
	if st := c.Stats(); st.Faults[rpcclient.FaultLag] == 0 {
		t.Fatalf("stats = %+v, want a lag fault", st)
	}
	a.Clear()
	eventually(t, "the caught-up endpoint is primary again", func() bool { return c.Primary() == a.URL() })
}

// fakeNode is a JSON-RPC node on another chain: eth_chainId and a head of 0.
type fakeNode struct{ id atomic.Uint64 }

func (f *fakeNode) ChainId() hexutil.Uint64     { return hexutil.Uint64(f.id.Load()) }
func (f *fakeNode) BlockNumber() hexutil.Uint64 { return 0 }

func startFakeNode(t *testing.T, chainID uint64) (*fakeNode, string) {
	t.Helper()
	node := &fakeNode{}
	node.id.Store(chainID)
	srv := rpc.NewServer()
	if err := srv.RegisterName("eth", node); err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv)
	t.Cleanup(func() { hs.Close(); srv.Stop() })
	return node, hs.URL
}

func TestWrongChainIsRefused(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	_, other := startFakeNode(t, 7)
	tests := []struct {
		name      string
		endpoints []string
		expect    uint64
		wantMsg   string
	}{
		{"second endpoint on another chain", []string{httpURL, other}, 0, "chain id 7, want 1337"},
		{"first endpoint sets the chain", []string{other, httpURL}, 0, "chain id 1337, want 7"},
		{"expected chain id", []string{httpURL}, 1, "chain id 1337, want 1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cfg := fastConfig(tc.endpoints...)
			cfg.ExpectChainID = tc.expect
			c, err := rpcclient.Dial(t.Context(), cfg, nil)
			if err == nil {
				c.Close()
			}
			if !errors.Is(err, rpcclient.ErrWrongChain) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Fatalf("Dial err = %v, want ErrWrongChain with %q", err, tc.wantMsg)
			}
		})
	}
}

func TestEndpointSwitchingChainIsLeftOut(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	fake, fakeURL := startFakeNode(t, 1337)
	logger, logs := newLogger()
	cfg := fastConfig(fakeURL, httpURL)
	cfg.HealthInterval = 50 * time.Millisecond
	cfg.MaxLagBlocks = 1 << 40 // the fake's head 0 is not what this test is about
	c := dial(t, cfg, logger)
	if got, err := c.Eth().BlockNumber(t.Context()); err != nil || got != 0 {
		t.Fatalf("BlockNumber from the fake = %d, %v", got, err)
	}
	fake.id.Store(7)
	eventually(t, "the endpoint on chain 7 is left out", func() bool { return c.Primary() == strings.TrimSuffix(httpURL, "/") })
	want, _ := ch.Client().BlockNumber(t.Context())
	if got, err := c.Eth().BlockNumber(t.Context()); err != nil || got != want || got == 0 {
		t.Fatalf("BlockNumber = %d, %v; want the real chain's %d", got, err, want)
	}
	if len(logs.lines(`"kind":"wrong_chain"`, `"chain_id":7`, `"want":1337`)) == 0 {
		t.Fatal("wrong chain not logged with both ids")
	}
}

func TestSubscriptionOverWebSocket(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, wsURL := ch.Endpoints()
	wsProxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: wsURL})
	cfg := fastConfig(httpURL, wsProxy.WSURL())
	cfg.HealthInterval = 50 * time.Millisecond
	c := dial(t, cfg, nil)

	heads := make(chan *types.Header, 16)
	sub, err := c.SubscribeNewHead(t.Context(), heads)
	if err != nil {
		t.Fatalf("SubscribeNewHead: %v", err)
	}
	hash := ch.Commit()
	if h := recv(t, heads, "the first head through the proxy"); h.Hash() != hash {
		t.Fatalf("head %s, want %s", h.Hash(), hash)
	}
	if err := wsProxy.Set(faultproxy.Fault{Kind: faultproxy.DropWS}); err != nil {
		t.Fatal(err)
	}
	if err := recv(t, sub.Err(), "the subscription to end after the drop"); err == nil {
		t.Fatal("subscription ended without an error after the drop")
	}
	// The health check redials the endpoint; a new subscription works.
	var sub2 ethereum.Subscription
	eventually(t, "a new subscription succeeds", func() bool {
		sub2, err = c.SubscribeNewHead(t.Context(), heads)
		return err == nil
	})
	defer sub2.Unsubscribe()
	hash = ch.Commit()
	for h := recv(t, heads, "a head after resubscribing"); h.Hash() != hash; {
		h = recv(t, heads, "the head committed after resubscribing")
	}
	if wsProxy.Hits(faultproxy.DropWS) == 0 {
		t.Fatal("no websocket connection was dropped")
	}
}

func TestHTTPOnlyCannotSubscribe(t *testing.T) {
	ch := newChain(t, 0)
	httpURL, _ := ch.Endpoints()
	c := dial(t, fastConfig(httpURL), nil)
	_, err := c.SubscribeNewHead(t.Context(), make(chan *types.Header))
	if !errors.Is(err, rpc.ErrNotificationsUnsupported) {
		t.Fatalf("err = %v, want rpc.ErrNotificationsUnsupported", err)
	}
	if _, err := c.HeaderByNumber(t.Context(), big.NewInt(0)); err != nil {
		t.Fatal(err)
	}
}

func TestConfigValidation(t *testing.T) {
	tests := []struct {
		name    string
		cfg     rpcclient.Config
		wantMsg string
	}{
		{"no endpoints", rpcclient.Config{}, "Endpoints is empty"},
		{"bad scheme", rpcclient.Config{Endpoints: []string{"ftp://127.0.0.1"}}, `scheme "ftp"`},
		{"key not echoed", rpcclient.Config{Endpoints: []string{"tcp://user:secret@127.0.0.1/v3/KEY"}}, "tcp://127.0.0.1/…"},
		{"twice", rpcclient.Config{Endpoints: []string{"http://a", "http://a"}}, "listed twice"},
		{"negative retries", rpcclient.Config{Endpoints: []string{"http://a"}, MaxRetries: -1}, "MaxRetries"},
		{"backoff max below base", rpcclient.Config{Endpoints: []string{"http://a"}, BackoffBase: time.Second, BackoffMax: time.Millisecond}, "BackoffMax"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := rpcclient.Dial(t.Context(), tc.cfg, nil)
			if !errors.Is(err, rpcclient.ErrInvalidConfig) || !strings.Contains(err.Error(), tc.wantMsg) {
				t.Fatalf("err = %v, want ErrInvalidConfig with %q", err, tc.wantMsg)
			}
			if strings.Contains(fmt.Sprint(err), "secret") || strings.Contains(fmt.Sprint(err), "KEY") {
				t.Fatalf("error leaks credentials: %v", err)
			}
		})
	}
}

func TestWebSocketOnly(t *testing.T) {
	ch := newChain(t, 0)
	_, wsURL := ch.Endpoints()
	c := dial(t, fastConfig(wsURL), nil)
	heads := make(chan *types.Header, 4)
	sub, err := c.SubscribeNewHead(t.Context(), heads)
	if err != nil {
		t.Fatal(err)
	}
	defer sub.Unsubscribe()
	hash := ch.Commit()
	if h := recv(t, heads, "a head over the only (WebSocket) endpoint"); h.Hash() != hash {
		t.Fatalf("head %s, want %s", h.Hash(), hash)
	}
	got, err := c.Eth().HeaderByNumber(t.Context(), nil)
	if err != nil || got.Hash() != hash {
		t.Fatalf("HeaderByNumber over ws = %v, %v; want %s", got, err, hash)
	}
}
