package rpcclient

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strconv"
	"time"
)

// transport is the http.RoundTripper under the main RPC client: it picks the
// endpoint, retries and fails over (see doc.go).
type transport struct{ c *Client }

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	c := t.c
	ctx := req.Context()
	body, err := requestBody(req)
	if err != nil {
		return nil, err
	}
	c.stats.requests.Add(1)
	var (
		last     error
		prev     *endpoint
		wait     time.Duration
		attempts = c.cfg.MaxRetries + 1
	)
	for attempt := range attempts {
		ep := t.pick(attempt)
		if ep == nil {
			return nil, fmt.Errorf("%w: every HTTP endpoint is unverified or on the wrong chain", ErrNoEndpoint)
		}
		if attempt > 0 {
			c.stats.retries.Add(1)
			if ep == prev { // a fresh endpoint is tried at once
				if err := sleep(ctx, wait); err != nil {
					return nil, err
				}
			}
		}
		resp, kind, retryAfter, err := t.try(ctx, ep, req, body)
		if kind == "" {
			if err == nil {
				ep.fails.Store(0)
			}
			return resp, err
		}
		last = fmt.Errorf("%s: %s: %w", ep.name, kind, err)
		c.requestFault(ep, kind, attempt+1, err)
		prev = ep
		wait = max(c.backoff(attempt), min(retryAfter, c.cfg.BackoffMax))
	}
	return nil, fmt.Errorf("%w after %d attempts: %w", ErrRetriesExhausted, attempts, last)
}

// pick returns the endpoint for an attempt: the primary, or with none
// healthy, the verified right-chain HTTP endpoints in turn.
func (t *transport) pick(attempt int) *endpoint {
	if ep := t.c.primary(); ep != nil {
		return ep
	}
	var usable []*endpoint
	for _, ep := range t.c.http {
		if ep.getState() == stateUnhealthy {
			usable = append(usable, ep)
		}
	}
	if len(usable) == 0 {
		return nil
	}
	return usable[attempt%len(usable)]
}

// try sends one attempt. A nil kind means: return resp and err to the caller
// as they are (success, a non-retryable HTTP status, or the caller's ctx
// ending). The response body is read here, inside the attempt's timeout.
func (t *transport) try(ctx context.Context, ep *endpoint, orig *http.Request, body []byte) (resp *http.Response, kind FaultKind, retryAfter time.Duration, err error) {
	actx, cancel := context.WithTimeout(ctx, t.c.cfg.RequestTimeout)
	defer cancel()
	req := orig.Clone(actx)
	u := *ep.u
	u.User = nil
	req.URL, req.Host = &u, ""
	req.Body = io.NopCloser(bytes.NewReader(body))
	req.GetBody = func() (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(body)), nil }
	req.ContentLength = int64(len(body))
	if ui := ep.u.User; ui != nil {
		pw, _ := ui.Password()
		req.SetBasicAuth(ui.Username(), pw)
	}
	resp, err = t.c.base.RoundTrip(req)
	if err != nil {
		return nil, t.errKind(ctx, actx), 0, t.errOrCaller(ctx, err)
	}
	data, readErr := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusTooManyRequests:
		return nil, FaultHTTP429, parseRetryAfter(resp.Header.Get("Retry-After")), errors.New(resp.Status)
	case resp.StatusCode >= 500:
		return nil, FaultHTTP5xx, 0, errors.New(resp.Status)
	case readErr != nil:
		return nil, t.errKind(ctx, actx), 0, t.errOrCaller(ctx, fmt.Errorf("read body: %w", readErr))
	case resp.StatusCode >= 200 && resp.StatusCode < 300 && !looksLikeJSONRPC(data):
		return nil, FaultMalformed, 0, fmt.Errorf("%d-byte body is not a JSON object or array", len(data))
	}
	resp.Body = io.NopCloser(bytes.NewReader(data))
	resp.ContentLength = int64(len(data))
	resp.Header.Del("Content-Length")
	resp.Request = orig
	return resp, "", 0, nil
}

// errKind classifies a failed attempt: the caller's ctx ending is no fault
// (""), the attempt's own deadline is a timeout, anything else a connection error.
func (t *transport) errKind(ctx, actx context.Context) FaultKind {
	switch {
	case ctx.Err() != nil:
		return ""
	case actx.Err() != nil:
		return FaultTimeout
	default:
		return FaultConnection
	}
}

func (t *transport) errOrCaller(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

// requestFault counts, logs and, after FailoverAfter in a row, takes the endpoint out of use.
func (c *Client) requestFault(ep *endpoint, kind FaultKind, attempt int, err error) {
	c.stats.fault(kind)
	n := ep.fails.Add(1)
	c.log.Warn("rpc fault", "endpoint", ep.name, "kind", string(kind), "attempt", attempt, "err", err)
	if int(n) >= c.cfg.FailoverAfter && ep.getState() == stateHealthy {
		c.setState(ep, stateUnhealthy, fmt.Sprintf("%d faults in a row, last %s", n, kind))
	}
}

// backoff is the wait after the attempt-th (0-based) failure: exponential
// from BackoffBase, capped at BackoffMax, with jitter in [½, 1].
func (c *Client) backoff(attempt int) time.Duration {
	d := c.cfg.BackoffBase << min(attempt, 30)
	if d <= 0 || d > c.cfg.BackoffMax {
		d = c.cfg.BackoffMax
	}
	if d <= 1 {
		return d
	}
	return d/2 + rand.N(d/2+1)
}

func parseRetryAfter(v string) time.Duration {
	secs, err := strconv.Atoi(v)
	if err != nil || secs < 0 {
		return 0
	}
	return time.Duration(secs) * time.Second
}

func sleep(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

func requestBody(req *http.Request) ([]byte, error) {
	if req.Body == nil {
		return nil, nil
	}
	defer req.Body.Close()
	return io.ReadAll(req.Body)
}
