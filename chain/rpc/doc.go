// Package rpcclient is the one place in Steward that dials Ethereum nodes.
//
// Dial takes one or more endpoints (http(s):// and ws(s)://, in order of
// preference), checks that every one reports the same chain id, and returns a
// Client whose Eth() is an ordinary *ethclient.Client. Every JSON-RPC request
// over HTTP (single calls and batches alike) goes through one
// http.RoundTripper that:
//
//   - sends it to the primary endpoint: the first HTTP endpoint, in Config
//     order, that is healthy;
//   - retries with jittered exponential back-off on HTTP 429 (honouring
//     Retry-After up to BackoffMax), HTTP 5xx, connection errors, a per-attempt
//     timeout (RequestTimeout) and a 2xx body that is not a JSON object or
//     array (truncated or garbage);
//   - never retries an answer that is valid JSON: a JSON-RPC error object such
//     as "execution reverted" is the node's answer and goes back at once;
//   - after FailoverAfter consecutive faults marks the endpoint unhealthy, so
//     the next attempt goes to the next healthy endpoint (without waiting).
//
// A request whose attempts all fail returns ErrRetriesExhausted wrapping the
// last fault. A retried eth_sendRawTransaction may therefore come back as
// "already known" or "nonce too low" when an earlier attempt did reach the
// node: callers that send transactions must treat those as "maybe sent".
//
// Endpoint states, changed by request faults and by the health check that runs
// every HealthInterval (eth_chainId and eth_blockNumber in one batch, per
// endpoint, without retries):
//
//	            Dial ok, right chain
//	unverified ───────────────────────▶ healthy ◀──────────────┐
//	    │                                │   │                 │ health check ok,
//	    │ health check ok, right chain   │   │ FailoverAfter   │ right chain,
//	    └───────────────────────────────▶│   │ faults, failed  │ not lagging
//	                                     │   ▼ health check,   │
//	                                     │ unhealthy ──────────┘
//	           health check: other chain │   or lagging > MaxLagBlocks
//	                                     ▼   behind the best endpoint
//	                                 wrong_chain (never used; logged with both ids)
//
// Only healthy endpoints are primary. When no HTTP endpoint is healthy, the
// transport still tries the unhealthy (verified, right-chain) ones in turn,
// since "all down" usually means "all restarting"; unverified and wrong-chain
// endpoints are never sent a request. When the first endpoint recovers it is
// primary again. Every change of primary counts as a failover.
//
// Subscriptions: Client.SubscribeNewHead goes through the first healthy
// WebSocket endpoint and returns rpc.ErrNotificationsUnsupported when there is
// none, so chain/ingest's Follower (given the Client itself as its
// HeadReader) falls back to polling over HTTP. Eth().SubscribeNewHead uses the
// main RPC client, which is HTTP when any HTTP endpoint is configured. With
// only WebSocket endpoints, Eth() runs over the first verified one:
// go-ethereum redials it on the next call after a drop, but there is no
// per-request retry or failover — configure an HTTP endpoint for those.
//
// IsStateUnavailable tells a node's answer that it no longer keeps the state
// a call asked for (a full node prunes all but the last ~128 blocks') from a
// failure to answer: asking again does not help, so a caller reading old
// state treats the value as unknown instead of retrying.
//
// Observability: Stats returns plain atomic counters (requests, retries,
// failovers, faults by kind); every fault is logged with the endpoint's URL
// stripped of credentials (user info, path and query are not logged), the
// fault kind and the attempt number.
package rpcclient
