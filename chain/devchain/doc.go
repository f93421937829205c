// Package devchain runs an embedded development chain — go-ethereum's
// simulated backend with Prague rules, Steward's contracts, and a real
// Uniswap v3 market whose price follows a given path of ticks — and deploys
// the same stack onto any other node (anvil, a testnet) through an Operator.
//
// Operator is the stack's owner on one node: a client, a key and a chain id.
// It assigns its own nonces (so a round of transactions goes out before any
// is mined), polls receipts every 20 ms (bind.WaitMined's 1 s is too slow
// for 400 ms blocks), and, when given a Mine function, mines on demand;
// without one it works with a node that mines by itself, per transaction
// (anvil's automine) or on an interval. Deploy runs four rounds, each sent
// at once and waited for before the next:
//
//	round 1  tUSDC, tWETH, UniswapV3Factory, DevTrader, InferenceRegistry, MerkleVerifier
//	round 2  createPool(tUSDC, tWETH, 500), ParameterGuard, DevTrader's tokens
//	round 3  pool.initialize(StartTick), RangeVault, guard as committer
//	round 4  DevTrader's base liquidity, the vault's tokens, the guard's bounds
//
// MarketStep swaps the pool to a tick through DevTrader; Authorize lets an
// agent act on a model's outputs.
//
// tUSDC (6 decimals) is token0 and tWETH (18 decimals) token1, as in the
// mainnet USDC/WETH 5 bps pool, so mainnet ticks mean the same prices.
//
// The embedded Chain: New builds the genesis (chain id 1337, 60M gas
// blocks, funded agent accounts) on go-ethereum's eth service and simulated
// beacon (what ethclient/simulated assembles), optionally serves the eth,
// net and web3 JSON-RPC APIs over HTTP and WebSocket on listeners it opens
// first (so a taken port fails New before any node runs, see node.go), and
// deploys through its own
// Operator, one block per round. Each Commit is one market step — DevTrader
// swaps the pool to the next tick of the path (wrapping at the end) — plus
// one mined block that also holds whatever agents sent. Start runs Commit
// every BlockInterval in a goroutine; Stop ends it and closes the chain. A
// single mutex orders the owner's transactions, mining, and Stop.
//
// The embedded chain's owner key is fixed and internal: addresses are the
// same on every run, and only Authorize and the market steps use it. The
// package knows nothing of models or strategies: Authorize takes any model
// digest.
package devchain
