// Package harness is what the backtests of every strategy kind share
// around the agent: building it as `steward run` does, keeping a fast
// executor's bundles as transactions in its store, and verifying the
// exact executor's applied bundles from the chain afterwards.
//
// NewAgent builds the agent from a loaded config — the kind's program on
// the settings the backtest filled in for its own deployment, the
// config's policies, schedule and model — over a fresh SQLite store (a
// file that exists is replaced, so a run starts from nothing) and the
// executor the caller makes over that store: the chain executor with the
// durable outbox on the exact executor, a Go executor on the fast one.
// The strategy sees heads, logs and an executor, as live.
//
// Ledger is the fast executors' side of the store: each bundle is signed
// by the agent's key as the guard's commitAndApply calldata and kept as a
// transaction through the outbox's states (queued, signed, sent, then
// included and confirmed when the caller applies it in a block), so the
// pipeline submits and settles it as on a chain. Gas is not modelled (0).
//
// Verify checks applied transactions with the code behind `steward
// verify` (agents/verify): each must pass, or the backtest fails.
package harness
