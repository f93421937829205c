// Package demo runs Steward end to end on the embedded chain: it starts the
// chain with a real Uniswap v3 pool and the Steward contracts, drives a
// market along recorded mainnet prices, runs the market-making agent live
// for a number of blocks, and finally verifies every transaction the agent
// sent with the same code as `steward verify`.
//
// It also holds what `steward devnet` shares with the demo: the market path
// (recorded ticks when the shared data is present, a seeded random walk
// otherwise).
package demo
