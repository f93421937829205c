package rpcclient

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"net/http"
	"net/url"
	"sync"
	"sync/atomic"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

// endpointState is an endpoint's place in the state machine of doc.go.
type endpointState int32

const (
	stateUnverified endpointState = iota
	stateHealthy
	stateUnhealthy
	stateWrongChain
)

func (s endpointState) String() string {
	switch s {
	case stateHealthy:
		return "healthy"
	case stateUnhealthy:
		return "unhealthy"
	case stateWrongChain:
		return "wrong_chain"
	default:
		return "unverified"
	}
}

// endpoint is one configured node URL.
type endpoint struct {
	index int
	u     *url.URL
	name  string // redacted, for logs
	ws    bool

	state atomic.Int32 // endpointState
	fails atomic.Int32 // consecutive request faults

	mu    sync.Mutex
	probe *rpc.Client // HTTP: a plain client for health checks; WS: the connection (also subscriptions)
}

func (e *endpoint) getState() endpointState { return endpointState(e.state.Load()) }

// Client is a fault-tolerant connection to one chain through one or more
// endpoints. See the package documentation.
type Client struct {
	cfg     Config
	log     *slog.Logger
	eps     []*endpoint
	http    []*endpoint // the HTTP endpoints, in order
	base    *http.Transport
	chainID uint64
	rpc     *rpc.Client
	eth     *ethclient.Client
	stats   counters

	primaryMu   sync.Mutex
	lastPrimary int // index in eps of the last primary, -1 before the first

	cancel    context.CancelFunc
	done      chan struct{}
	closeOnce sync.Once
	closed    atomic.Bool
}

// Dial checks cfg, connects to every endpoint, checks their chain ids and
// starts the health check. An endpoint that does not answer is left out until
// the health check finds it well; an endpoint on another chain fails Dial
// (ErrWrongChain, naming both ids); no answering endpoint fails Dial
// (ErrNoEndpoint). ctx bounds Dial only. A nil logger discards logs.
func Dial(ctx context.Context, cfg Config, logger *slog.Logger) (*Client, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	c := &Client{
		cfg:         cfg,
		log:         logger.With("component", "rpcclient"),
		base:        http.DefaultTransport.(*http.Transport).Clone(),
		lastPrimary: -1,
	}
	for i, raw := range cfg.Endpoints {
		u, _ := url.Parse(raw) // validated
		ep := &endpoint{index: i, u: u, name: redact(u), ws: u.Scheme == "ws" || u.Scheme == "wss"}
		c.eps = append(c.eps, ep)
		if !ep.ws {
			c.http = append(c.http, ep)
		}
	}
	if err := c.verifyAll(ctx); err != nil {
		c.closeProbes()
		return nil, err
	}
	if len(c.http) > 0 {
		hc := &http.Client{Transport: &transport{c: c}}
		cl, err := rpc.DialOptions(ctx, c.http[0].u.String(), rpc.WithHTTPClient(hc))
		if err != nil {
			c.closeProbes()
			return nil, fmt.Errorf("dial %s: %w", c.http[0].name, err)
		}
		c.rpc = cl
	} else {
		for _, ep := range c.eps {
			if ep.getState() == stateHealthy {
				c.rpc = ep.client()
				break
			}
		}
	}
	c.eth = ethclient.NewClient(c.rpc)
	c.notePrimary()
	hctx, cancel := context.WithCancel(context.Background())
	c.cancel, c.done = cancel, make(chan struct{})
	go c.healthLoop(hctx)
	return c, nil
}

// probeAnswer is one endpoint's chain id and head, or why it gave none.
type probeAnswer struct {
	id, head uint64
	err      error
}

// probeAll probes every endpoint at once; answers are in endpoint order.
func (c *Client) probeAll(ctx context.Context) []probeAnswer {
	answers := make([]probeAnswer, len(c.eps))
	var wg sync.WaitGroup
	for i, ep := range c.eps {
		wg.Go(func() {
			id, head, err := c.probe(ctx, ep)
			answers[i] = probeAnswer{id, head, err}
		})
	}
	wg.Wait()
	return answers
}

// verifyAll reads every endpoint's chain id at Dial.
func (c *Client) verifyAll(ctx context.Context) error {
	answers := c.probeAll(ctx)
	want := c.cfg.ExpectChainID
	var lastErr error
	for i, ep := range c.eps {
		a := answers[i]
		if a.err != nil {
			c.log.Warn("endpoint not answering at dial; left out until healthy", "endpoint", ep.name, "err", a.err)
			lastErr = a.err
			continue
		}
		if want == 0 {
			want = a.id
		}
		if a.id != want {
			return fmt.Errorf("%w: %s reports chain id %d, want %d", ErrWrongChain, ep.name, a.id, want)
		}
		ep.state.Store(int32(stateHealthy))
	}
	if want == 0 {
		return fmt.Errorf("%w: no endpoint answered eth_chainId: %w", ErrNoEndpoint, lastErr)
	}
	c.chainID = want
	for _, ep := range c.eps {
		if ep.getState() == stateHealthy {
			return nil
		}
	}
	return fmt.Errorf("%w: no endpoint answered eth_chainId: %w", ErrNoEndpoint, lastErr)
}

// Eth returns the typed client over the main RPC client. It stays valid
// until Close.
func (c *Client) Eth() *ethclient.Client { return c.eth }

// RPC returns the main RPC client: HTTP with retries and fail-over when any
// HTTP endpoint is configured, else the first healthy WebSocket endpoint.
func (c *Client) RPC() *rpc.Client { return c.rpc }

// ChainID returns the chain id every endpoint was checked against.
func (c *Client) ChainID() uint64 { return c.chainID }

// Stats returns a snapshot of the counters.
func (c *Client) Stats() Stats { return c.stats.snapshot() }

// Primary returns the redacted URL of the HTTP endpoint calls go to now;
// with none healthy (or a WebSocket-only config), the first endpoint's.
func (c *Client) Primary() string {
	if ep := c.primary(); ep != nil {
		return ep.name
	}
	// No healthy HTTP endpoint (or none at all: a WebSocket-only config
	// serves every call over its connection): name the first endpoint.
	if len(c.eps) > 0 {
		return c.eps[0].name
	}
	return ""
}

// HeaderByNumber reads a header through Eth; with SubscribeNewHead it makes
// Client a chain/ingest HeadReader that subscribes over WebSocket and reads
// over HTTP.
func (c *Client) HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error) {
	return c.eth.HeaderByNumber(ctx, number)
}

// SubscribeNewHead subscribes through the first healthy WebSocket endpoint.
// Without one it returns an error wrapping rpc.ErrNotificationsUnsupported,
// so callers poll instead.
func (c *Client) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	if c.closed.Load() {
		return nil, ErrClosed
	}
	var errs []error
	for _, ep := range c.eps {
		if !ep.ws || ep.getState() != stateHealthy {
			continue
		}
		cl := ep.client()
		if cl == nil {
			continue
		}
		sub, err := ethclient.NewClient(cl).SubscribeNewHead(ctx, ch)
		if err == nil {
			return sub, nil
		}
		c.log.Warn("new-head subscription failed", "endpoint", ep.name, "err", err)
		errs = append(errs, fmt.Errorf("%s: %w", ep.name, err))
	}
	return nil, fmt.Errorf("%w: no healthy websocket endpoint: %w", rpc.ErrNotificationsUnsupported, errors.Join(errs...))
}

// Close stops the health check and closes every connection. It is idempotent.
func (c *Client) Close() {
	c.closeOnce.Do(func() {
		c.closed.Store(true)
		c.cancel()
		<-c.done
		if c.rpc != nil {
			c.rpc.Close()
		}
		c.closeProbes()
		c.base.CloseIdleConnections()
	})
}

func (c *Client) closeProbes() {
	for _, ep := range c.eps {
		ep.mu.Lock()
		if ep.probe != nil {
			ep.probe.Close()
			ep.probe = nil
		}
		ep.mu.Unlock()
	}
}

// client returns the endpoint's connection, or nil if it has none.
func (e *endpoint) client() *rpc.Client {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.probe
}

// primary returns the first healthy HTTP endpoint, or nil.
func (c *Client) primary() *endpoint {
	for _, ep := range c.http {
		if ep.getState() == stateHealthy {
			return ep
		}
	}
	return nil
}

// notePrimary counts and logs a change of primary endpoint.
func (c *Client) notePrimary() {
	ep := c.primary()
	if ep == nil {
		if len(c.http) > 0 {
			c.log.Warn("no healthy HTTP endpoint; trying the unhealthy ones in turn")
		}
		return
	}
	c.primaryMu.Lock()
	defer c.primaryMu.Unlock()
	if c.lastPrimary == ep.index {
		return
	}
	if c.lastPrimary >= 0 {
		c.stats.failovers.Add(1)
		c.log.Warn("rpc failover", "from", c.eps[c.lastPrimary].name, "to", ep.name)
	}
	c.lastPrimary = ep.index
}

// setState moves ep to s and logs the change; it returns whether it changed.
func (c *Client) setState(ep *endpoint, s endpointState, reason string) bool {
	old := endpointState(ep.state.Swap(int32(s)))
	if old == s {
		return false
	}
	if s == stateHealthy {
		ep.fails.Store(0)
		c.log.Info("endpoint healthy", "endpoint", ep.name, "was", old.String())
	} else {
		c.log.Warn("endpoint out of use", "endpoint", ep.name, "state", s.String(), "reason", reason)
	}
	c.notePrimary()
	return true
}
