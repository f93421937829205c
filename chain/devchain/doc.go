// Package devchain runs an embedded development chain: go-ethereum's
// simulated backend with Prague rules, Steward's contracts, and a real
// Uniswap v3 market whose price follows a given path of ticks.
//
// New builds the genesis (chain id 1337, 60M gas blocks, funded agent
// accounts), optionally serves JSON-RPC over HTTP and WebSocket through
// go-ethereum's node, and deploys in four blocks:
//
//	block 1  tUSDC, tWETH, UniswapV3Factory, DevTrader, InferenceRegistry
//	block 2  createPool(tUSDC, tWETH, 500), ParameterGuard, DevTrader's tokens
//	block 3  pool.initialize(PriceTicks[0]), RangeVault, guard as committer
//	block 4  DevTrader's base liquidity, the vault's tokens, the guard's bounds
//
// tUSDC (6 decimals) is token0 and tWETH (18 decimals) token1, as in the
// mainnet USDC/WETH 5 bps pool, so mainnet ticks mean the same prices.
//
// Blocks: each Commit is one market step — DevTrader swaps the pool to the
// next tick of the path (wrapping at the end) — plus one mined block that
// also holds whatever agents sent. Start runs Commit every BlockInterval in
// a goroutine; Stop ends it and closes the chain. A single mutex orders the
// owner's transactions (its nonce is tracked locally), mining, and Stop.
//
// The owner key is fixed and internal: addresses are the same on every run,
// and only Authorize and the market steps use it. The package knows nothing
// of models or strategies: Authorize takes any model digest.
package devchain
