package rpcclient

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// healthLoop checks every endpoint each HealthInterval until ctx ends.
func (c *Client) healthLoop(ctx context.Context) {
	defer close(c.done)
	t := time.NewTicker(c.cfg.HealthInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			c.checkHealth(ctx)
		}
	}
}

// checkHealth probes every endpoint at once, then moves each to its new
// state: wrong chain, unhealthy (no answer, or lagging behind the best head
// by more than MaxLagBlocks) or healthy. Unverified endpoints that do not
// answer stay unverified.
func (c *Client) checkHealth(ctx context.Context) {
	answers := c.probeAll(ctx)
	if ctx.Err() != nil {
		return
	}
	var best uint64
	for _, a := range answers {
		if a.err == nil && a.id == c.chainID {
			best = max(best, a.head)
		}
	}
	for i, ep := range c.eps {
		a := answers[i]
		switch {
		case a.err != nil:
			if ep.getState() == stateHealthy {
				c.setState(ep, stateUnhealthy, "health check: "+a.err.Error())
			}
		case a.id != c.chainID:
			c.stats.fault(FaultWrongChain)
			c.log.Error("rpc fault", "endpoint", ep.name, "kind", string(FaultWrongChain),
				"chain_id", a.id, "want", c.chainID)
			c.setState(ep, stateWrongChain, fmt.Sprintf("chain id %d, want %d", a.id, c.chainID))
		case a.head+c.cfg.MaxLagBlocks < best:
			c.stats.fault(FaultLag)
			c.log.Warn("rpc fault", "endpoint", ep.name, "kind", string(FaultLag),
				"head", a.head, "best", best, "behind", best-a.head)
			if ep.getState() != stateUnverified {
				c.setState(ep, stateUnhealthy, fmt.Sprintf("head %d is %d blocks behind %d", a.head, best-a.head, best))
			}
		default:
			c.setState(ep, stateHealthy, "")
		}
	}
}

// probe reads an endpoint's chain id and head in one batch, without retries.
func (c *Client) probe(ctx context.Context, ep *endpoint) (chainID, head uint64, err error) {
	pctx, cancel := context.WithTimeout(ctx, c.cfg.RequestTimeout)
	defer cancel()
	cl, err := c.endpointClient(pctx, ep)
	if err != nil {
		return 0, 0, err
	}
	var id, num hexutil.Uint64
	batch := []rpc.BatchElem{
		{Method: "eth_chainId", Result: &id},
		{Method: "eth_blockNumber", Result: &num},
	}
	if err := cl.BatchCallContext(pctx, batch); err != nil {
		return 0, 0, fmt.Errorf("%s: %w", ep.name, err)
	}
	for _, b := range batch {
		if b.Error != nil {
			return 0, 0, fmt.Errorf("%s: %s: %w", ep.name, b.Method, b.Error)
		}
	}
	return uint64(id), uint64(num), nil
}

// endpointClient returns the endpoint's own connection, dialling it if
// needed: a plain (no retries) HTTP client, or the WebSocket connection.
func (c *Client) endpointClient(ctx context.Context, ep *endpoint) (*rpc.Client, error) {
	ep.mu.Lock()
	defer ep.mu.Unlock()
	if ep.probe != nil {
		return ep.probe, nil
	}
	if c.closed.Load() {
		return nil, ErrClosed
	}
	var opts []rpc.ClientOption
	if !ep.ws {
		opts = append(opts, rpc.WithHTTPClient(&http.Client{Transport: c.base}))
	}
	cl, err := rpc.DialOptions(ctx, ep.u.String(), opts...)
	if err != nil {
		return nil, fmt.Errorf("dial %s: %w", ep.name, withoutURL(err))
	}
	ep.probe = cl
	return cl, nil
}
