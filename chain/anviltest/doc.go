// Package anviltest runs anvil, Foundry's development node, as a real
// external JSON-RPC node for tests: a separate process on a free loopback
// port, reached over HTTP and WebSocket like any production node.
//
// The binary comes from the pinned npm package @foundry-rs/anvil-linux-amd64
// (package.json and package-lock.json beside this file):
//
//	npm ci --prefix chain/anviltest
//
// installs it under node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil.
// Without it, Start skips the test, naming that command — unless the
// environment variable CI is set, where a missing anvil fails the test, so
// that CI cannot pass by skipping the external-node tests.
//
// Lifecycle of a Node:
//
//	Start ──▶ spawn anvil --host 127.0.0.1 --port P ──▶ poll eth_chainId ──▶ ready
//	            │  (exits early, e.g. port taken: retry                    │
//	            │   on another port, at most 3 times)                      │
//	            ▼                                                          ▼
//	          t.Fatal with anvil's output                      Stop (t.Cleanup or explicit,
//	                                                           idempotent): SIGTERM, wait 5 s,
//	                                                           SIGKILL, reap the process
//
// The process also gets SIGKILL from the kernel if the test binary dies
// (Pdeathsig), so no anvil outlives its test run.
//
// The helpers (Snapshot, Revert, Mine, SetAutomine, SetIntervalMining,
// SetNextBlockBaseFee, DropTransaction) are thin wrappers of anvil's
// evm_* and anvil_* RPC methods, the tools for reorgs (snapshot, mine,
// revert, mine again: the same height now has another block), stuck
// transactions (a raised base fee, a dropped transaction) and interval
// mining in tests of the layers above.
package anviltest
