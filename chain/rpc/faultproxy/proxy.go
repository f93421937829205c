package faultproxy

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Kind is a fault the proxy can inject.
type Kind string

// Fault kinds.
const (
	HTTP429   Kind = "http429"   // answer 429 Too Many Requests
	HTTP5xx   Kind = "http5xx"   // answer 503 Service Unavailable
	Timeout   Kind = "timeout"   // hold the request until the client gives up (or Delay), then forward
	Truncate  Kind = "truncate"  // forward, then send only the first half of the answer
	Malformed Kind = "malformed" // answer 200 with a body that is not JSON
	Lag       Kind = "lag"       // eth_blockNumber and eth_getBlockByNumber("latest") see a head Blocks old
	DropWS    Kind = "drop_ws"   // close every open WebSocket connection now
	Down      Kind = "down"      // cut every connection and reset new ones ("node restart")
	Up        Kind = "up"        // serve again on the same port
)

// DefaultLagBlocks is Fault.Blocks' default for Lag.
const DefaultLagBlocks = 10

// maxHold bounds how long a Timeout fault holds a request with no Delay.
const maxHold = time.Minute

// Fault is one fault to inject; see the package documentation for how Count
// and Probability select requests.
type Fault struct {
	Kind Kind
	// Count applies the fault to the next Count matching requests.
	Count int
	// Probability applies the fault to each matching request with this chance, in (0, 1].
	Probability float64
	// Delay: for Timeout, how long to hold (defaults to until the client
	// disconnects, at most a minute); for the others, latency before the answer.
	Delay time.Duration
	// Blocks is how far behind the head a Lag fault answers. Defaults to 10.
	Blocks uint64
}

func (f Fault) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	switch f.Kind {
	case HTTP429, HTTP5xx, Timeout, Truncate, Malformed, Lag, DropWS, Down, Up:
	default:
		return bad("Fault.Kind %q is unknown", f.Kind)
	}
	switch {
	case f.Count < 0:
		return bad("Fault.Count %d is negative", f.Count)
	case f.Probability < 0 || f.Probability > 1:
		return bad("Fault.Probability %v is outside [0, 1]", f.Probability)
	case f.Count > 0 && f.Probability > 0:
		return bad("Fault.Count and Fault.Probability are both set")
	case f.Delay < 0:
		return bad("Fault.Delay %s is negative", f.Delay)
	}
	return nil
}

// Config configures a Proxy.
type Config struct {
	// Upstream is the node's URL (http:// or ws://) on a loopback address.
	Upstream string
	// Seed seeds the choice of requests for Probability faults.
	Seed uint64
	// Logger receives one line per injected fault. Defaults to discarding them.
	Logger *slog.Logger
}

// Proxy is a fault-injecting reverse proxy on 127.0.0.1.
type Proxy struct {
	upstreamHTTP string // http://host:port/path
	upstreamHost string // host:port
	addr         string // 127.0.0.1:port, kept across Down/Up
	log          *slog.Logger
	client       *http.Client

	mu     sync.Mutex
	rng    *rand.Rand
	faults map[Kind]*active
	hits   map[Kind]int
	gate   *gate
	srv    *http.Server
	serveW sync.WaitGroup
	ws     map[*wsPair]struct{}
	down   bool
	closed bool
	stop   chan struct{} // closed by Close: releases held requests
}

type active struct {
	Fault
	left int // for Count faults
}

type wsPair struct{ client, upstream net.Conn }

// New starts a proxy in front of cfg.Upstream on a free loopback port.
func New(cfg Config) (*Proxy, error) {
	u, err := url.Parse(cfg.Upstream)
	if err != nil {
		return nil, fmt.Errorf("%w: Upstream: %v", ErrInvalidConfig, err)
	}
	switch u.Scheme {
	case "http", "ws":
	default:
		return nil, fmt.Errorf("%w: Upstream scheme %q is not http or ws", ErrInvalidConfig, u.Scheme)
	}
	if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
		return nil, fmt.Errorf("%w: Upstream host %q is not loopback", ErrInvalidConfig, u.Hostname())
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	hu := *u
	hu.Scheme = "http"
	p := &Proxy{
		upstreamHTTP: hu.String(),
		upstreamHost: u.Host,
		log:          cfg.Logger.With("component", "faultproxy"),
		client:       &http.Client{Transport: &http.Transport{}},
		rng:          rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)),
		faults:       make(map[Kind]*active),
		hits:         make(map[Kind]int),
		ws:           make(map[*wsPair]struct{}),
		stop:         make(chan struct{}),
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("listen: %w", err)
	}
	p.addr = ln.Addr().String()
	p.gate = newGate(ln)
	p.serve()
	return p, nil
}

// NewForTest is New that fails t on error and closes the proxy in t.Cleanup.
func NewForTest(t testing.TB, cfg Config) *Proxy {
	t.Helper()
	p, err := New(cfg)
	if err != nil {
		t.Fatalf("faultproxy: %v", err)
	}
	t.Cleanup(p.Close)
	return p
}

// URL returns the proxy's HTTP URL.
func (p *Proxy) URL() string { return "http://" + p.addr }

// WSURL returns the proxy's WebSocket URL.
func (p *Proxy) WSURL() string { return "ws://" + p.addr }

// Set switches a fault on (replacing an active fault of the same kind).
// DropWS acts at once; Down and Up stop and restart serving (the port stays
// the proxy's: see gate).
func (p *Proxy) Set(f Fault) error {
	if err := f.validate(); err != nil {
		return err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return ErrClosed
	}
	p.log.Info("fault set", "kind", string(f.Kind), "count", f.Count, "probability", f.Probability, "delay", f.Delay)
	switch f.Kind {
	case DropWS:
		p.hits[DropWS] += len(p.ws)
		p.dropWSLocked()
	case Down:
		if !p.down {
			p.hits[Down]++
			p.down = true
			_ = p.srv.Close()
			p.dropWSLocked()
		}
	case Up:
		if p.down {
			p.down = false
			p.serve()
		}
	default:
		if f.Kind == Lag && f.Blocks == 0 {
			f.Blocks = DefaultLagBlocks
		}
		p.faults[f.Kind] = &active{Fault: f, left: f.Count}
	}
	return nil
}

// Clear switches off every request fault (not Down: use Set(Fault{Kind: Up})).
func (p *Proxy) Clear() {
	p.mu.Lock()
	defer p.mu.Unlock()
	clear(p.faults)
}

// Hits returns how many times a fault kind was applied.
func (p *Proxy) Hits(k Kind) int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.hits[k]
}

// Close stops the proxy and cuts every connection. It is idempotent.
func (p *Proxy) Close() {
	p.mu.Lock()
	if p.closed {
		p.mu.Unlock()
		return
	}
	p.closed = true
	close(p.stop)
	if !p.down {
		_ = p.srv.Close()
	}
	p.dropWSLocked()
	_ = p.gate.close()
	p.mu.Unlock()
	p.serveW.Wait()
	p.client.CloseIdleConnections()
}

// serve starts an http.Server on a new session of the gate; the caller
// holds p.mu (or is New).
func (p *Proxy) serve() {
	ln := p.gate.open()
	srv := &http.Server{Handler: http.HandlerFunc(p.handle), ReadHeaderTimeout: 10 * time.Second}
	p.srv = srv
	p.serveW.Go(func() { _ = srv.Serve(ln) })
}

func (p *Proxy) dropWSLocked() {
	for pair := range p.ws {
		_ = pair.client.Close()
		_ = pair.upstream.Close()
	}
	clear(p.ws)
}

func (p *Proxy) handle(w http.ResponseWriter, r *http.Request) {
	if strings.EqualFold(r.Header.Get("Upgrade"), "websocket") {
		p.passWS(w, r)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	f := p.take(body)
	if f == nil {
		p.forwardTo(r.Context(), w, body)
		return
	}
	p.log.Info("fault injected", "kind", string(f.Kind))
	if f.Kind != Timeout && f.Delay > 0 {
		if !p.wait(r.Context(), f.Delay) {
			return
		}
	}
	switch f.Kind {
	case Timeout:
		hold := f.Delay
		if hold == 0 {
			hold = maxHold
		}
		if p.wait(r.Context(), hold) {
			p.forwardTo(r.Context(), w, body)
		}
	case HTTP429:
		http.Error(w, "rate limited", http.StatusTooManyRequests)
	case HTTP5xx:
		http.Error(w, "upstream unavailable", http.StatusServiceUnavailable)
	case Malformed:
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte("<html>\x00\xffnot json at all"))
	case Truncate:
		status, out, err := p.forward(r.Context(), body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(status)
		_, _ = w.Write(out[:len(out)/2])
	case Lag:
		p.lag(r.Context(), w, body, f.Blocks)
	}
}

// wait sleeps d unless the request or the proxy ends first; it reports
// whether the request is still there.
func (p *Proxy) wait(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	case <-p.stop:
		return false
	}
}

// take returns the fault that applies to a request with body, if any, and
// counts it.
func (p *Proxy) take(body []byte) *Fault {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, k := range []Kind{Timeout, HTTP429, HTTP5xx, Malformed, Truncate, Lag} {
		a, ok := p.faults[k]
		if !ok || (k == Lag && !lagApplies(body)) {
			continue
		}
		switch {
		case a.Count > 0:
			a.left--
			if a.left <= 0 {
				delete(p.faults, k)
			}
		case a.Probability > 0:
			if p.rng.Float64() >= a.Probability {
				continue
			}
		}
		p.hits[k]++
		f := a.Fault
		return &f
	}
	return nil
}

type request struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type response struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   json.RawMessage `json:"error,omitempty"`
}

// parseRequests reads a single request or a batch.
func parseRequests(body []byte) (reqs []request, batch bool, err error) {
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) > 0 && trimmed[0] == '[' {
		err = json.Unmarshal(trimmed, &reqs)
		return reqs, true, err
	}
	var r request
	err = json.Unmarshal(trimmed, &r)
	return []request{r}, false, err
}

func lags(r request) bool {
	return r.Method == "eth_blockNumber" ||
		r.Method == "eth_getBlockByNumber" && len(r.Params) > 0 && string(r.Params[0]) == `"latest"`
}

// lagApplies reports whether a request (or any call of a batch) is one a Lag fault rewrites.
func lagApplies(body []byte) bool {
	reqs, _, err := parseRequests(body)
	return err == nil && slices.ContainsFunc(reqs, lags)
}

// lag forwards a request as a node Blocks behind would answer it:
// eth_getBlockByNumber("latest") asks for head−blocks, and eth_blockNumber's
// result is replaced by head−blocks.
func (p *Proxy) lag(ctx context.Context, w http.ResponseWriter, body []byte, blocks uint64) {
	reqs, batch, _ := parseRequests(body) // lagApplies parsed it
	_, out, err := p.forward(ctx, []byte(`{"jsonrpc":"2.0","id":1,"method":"eth_blockNumber","params":[]}`))
	var head struct{ Result hexutil.Uint64 }
	if err == nil {
		err = json.Unmarshal(out, &head)
	}
	if err != nil {
		http.Error(w, fmt.Sprintf("lag: read head: %v", err), http.StatusBadGateway)
		return
	}
	old, _ := json.Marshal(hexutil.Uint64(uint64(head.Result) - min(blocks, uint64(head.Result))))
	numberIDs := make(map[string]bool)
	for i, r := range reqs {
		switch {
		case r.Method == "eth_blockNumber":
			numberIDs[string(r.ID)] = true
		case lags(r):
			reqs[i].Params[0] = old
		}
	}
	var fwd []byte
	if batch {
		fwd, _ = json.Marshal(reqs)
	} else {
		fwd, _ = json.Marshal(reqs[0])
	}
	status, out, err := p.forward(ctx, fwd)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	var resps []response
	if batch {
		err = json.Unmarshal(out, &resps)
	} else {
		resps = make([]response, 1)
		err = json.Unmarshal(out, &resps[0])
	}
	if err == nil {
		for i := range resps {
			if numberIDs[string(resps[i].ID)] && resps[i].Error == nil {
				resps[i].Result = old
			}
		}
		if batch {
			out, _ = json.Marshal(resps)
		} else {
			out, _ = json.Marshal(resps[0])
		}
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(out)
}

// forward posts body to the upstream and returns its status and body.
func (p *Proxy) forward(ctx context.Context, body []byte) (int, []byte, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.upstreamHTTP, bytes.NewReader(body))
	if err != nil {
		return 0, nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	out, err := io.ReadAll(resp.Body)
	return resp.StatusCode, out, err
}

func (p *Proxy) forwardTo(ctx context.Context, w http.ResponseWriter, body []byte) {
	status, out, err := p.forward(ctx, body)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_, _ = w.Write(out)
}

// passWS hands a WebSocket upgrade to the upstream and copies bytes both ways.
func (p *Proxy) passWS(w http.ResponseWriter, r *http.Request) {
	hj, ok := w.(http.Hijacker)
	if !ok {
		http.Error(w, "cannot hijack", http.StatusInternalServerError)
		return
	}
	up, err := net.DialTimeout("tcp", p.upstreamHost, 5*time.Second)
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	conn, buf, err := hj.Hijack()
	if err != nil {
		_ = up.Close()
		return
	}
	pair := &wsPair{client: conn, upstream: up}
	p.mu.Lock()
	if p.closed || p.down {
		p.mu.Unlock()
		_ = conn.Close()
		_ = up.Close()
		return
	}
	p.ws[pair] = struct{}{}
	p.mu.Unlock()
	defer func() {
		p.mu.Lock()
		delete(p.ws, pair)
		p.mu.Unlock()
		_ = conn.Close()
		_ = up.Close()
	}()
	if err := r.Write(up); err != nil {
		return
	}
	done := make(chan struct{}, 2)
	go func() { _, _ = io.Copy(up, bufferedThenConn(buf.Reader, conn)); done <- struct{}{} }()
	go func() { _, _ = io.Copy(conn, up); done <- struct{}{} }()
	<-done
}

// bufferedThenConn reads what the server already buffered, then the connection.
func bufferedThenConn(br *bufio.Reader, conn net.Conn) io.Reader {
	if br.Buffered() == 0 {
		return conn
	}
	pending, _ := br.Peek(br.Buffered())
	return io.MultiReader(bytes.NewReader(pending), conn)
}
