// Package faultproxy is a test-support reverse proxy in front of a real
// JSON-RPC node that injects the faults nodes and their providers show in
// production: rate limits (429), server errors (5xx), requests that hang past
// the client's timeout, bodies cut mid-JSON, garbage bodies, a lagging head,
// dropped WebSocket connections and a node restart (Down: every connection
// is cut and new ones are reset; then Up, on the same port, which the proxy
// keeps listening on throughout so no other process can take it).
//
// HTTP requests are read whole, matched against the active faults and either
// answered with the fault or forwarded. WebSocket upgrades are passed through
// at the TCP level (no frame parsing), so DropWS and Down can cut them.
//
// Faults are switched at run time with Set; several kinds may be active at
// once, the first matching in this order applies to a request: Timeout,
// HTTP429, HTTP5xx, Malformed, Truncate, Lag. A fault with Count applies to
// the next Count matching requests; with Probability to each request with
// that chance (from Config.Seed, so runs repeat); with neither, to every
// request until Clear.
//
// The proxy only listens on 127.0.0.1 and only forwards to a loopback
// upstream. NewForTest closes it in t.Cleanup.
package faultproxy
