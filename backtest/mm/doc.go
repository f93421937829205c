// Package mm backtests a market-making agent on the exact executor: the
// embedded go-ethereum chain with the real Uniswap v3 bytecode, the
// ParameterGuard, the InferenceRegistry and RangeVaults, driven block by
// block by a recorded market (a Tape).
//
// # The market
//
// A Tape is the pool's opening state and one chain block per recorded
// block. EventTape (`--market swaps`, the default) is the shared
// 2024-01-05 USDC/WETH 5 bps day's events: the pool is seeded at the
// first recorded swap's sqrtPrice with the liquidity positions the day's
// events imply (backtest/univ3.Rebuild: 55 positions), then each of the
// 3,985 recorded blocks replays its swaps, mints and burns in order. A
// swap is replayed as a move to the price it left (DevTrader.swapTo): the
// agent's liquidity does not change the price path, it takes its share of
// the volume that path needs, as a liquidity provider beside the
// arbitrageurs who set the price. Without an agent in the pool the replay
// is the recorded day: the tick and active liquidity after every one of
// the 6,045 swaps as recorded, and 6,038 swaps' amounts exact to the unit
// (the other 7 within 1e-6 of the amount + 2 units;
// TestEventTapeReplaysTheDay). PathTape (`--market minutes`) is the day's
// minute closes, one swap a block against DevTrader's base liquidity.
// On the EVM a block's steps are one DevTrader.play transaction after the
// agent's; in Go, the same steps on the pool model (TestFastMatchesExact
// holds them equal after every block of both markets).
//
// The agent is the one `steward run` builds — the config's program,
// policies, schedule and model, the durable outbox and the chain executor —
// and its bundles are applied only through commitAndApply, so the guard's
// bounds, steps, cooldowns and proofs hold in the backtest as live; every
// applied re-range is verified afterwards from the chain alone with the
// code behind `steward verify`. The strategy cannot tell the backtest from
// a live run: it sees heads and logs, and an executor.
//
// Lock step: each block the market takes its steps (the recorded block's
// events, after whatever the agent sent at the previous block),
// then the agent ticks on the new head, then both vaults are valued. No
// clock or goroutine decides what lands in which block, so the same config
// and path give the same summary on every run and at any GOMAXPROCS.
//
// Beside the strategy, on the same blocks of the same run:
//   - static range: a second RangeVault with the same liquidity per
//     position, set once at ± StaticHalfWidth ticks around the opening tick;
//   - hold: the tokens of the strategy's first position, held.
//
// Figures (in the quote token, tUSDC ≙ USD), per provider:
//   - PnL vs hold: the value, at the block's price, of what the vault's
//     holdings gained or lost since the start (balances, the position's
//     tokens and its uncollected fees) — the LP's result against doing
//     nothing with the same tokens;
//   - PnL: PnL vs hold plus the change in value of the capital it put in
//     (its first position's tokens), i.e. the hold baseline's PnL added;
//   - fees earned: fees collected at each re-range (the old position's fees
//     as of the block before; the re-range block's own are not split out)
//     plus the current position's uncollected fees, computed from the pool's
//     fee growth as UniswapV3Pool does;
//   - impermanent loss: PnL vs hold minus fees (≤ 0 in a loss);
//   - max drawdown of the PnL series, its Sharpe ratio over the run (per
//     block changes, mean over standard deviation × √changes, not
//     annualised), time in range, re-ranges and the gas they used.
//
// The fast executor (RunFast, `steward backtest --executor fast`) runs the
// same agent and pipeline without an EVM: the pool is backtest/univ3's Go
// model seeded as the embedded chain's market (devchain.MarketOf), the two
// vaults are Go, the program's reads (slot0, liquidity, tickSpacing,
// position) and the pool's Swap logs are answered from the model, and a
// bundle moves the vault in the next block, before that block's market
// step (as on the EVM, where the agent's transaction is ordered first),
// once the vault's and the guard's checks (replicated in Go) allow it.
// Each bundle is signed and kept in the store as a transaction, submitted
// and settled as on a chain; gas is 0 and there is nothing to verify on a
// chain. Its pool agrees with the EVM's to the wei
// for a fixed position over the whole day (TestFastMatchesExact), and the
// strategy makes the same decisions at the same blocks: every figure of
// summary.json but gas is the same on both executors (TestFastBacktest),
// at ~18 times the speed.
//
// Limits, stated: the fee tier is the embedded chain's (5 bps, spacing
// 10), as the shared day's pool; the protocol fee is off. Block times are
// fixed (the parent's + 1 s, from 2100-01-01) so runs repeat exactly, but
// one block stands for one recorded block (or minute): a cron schedule in
// the config fires on chain seconds, not on the data's times (the demo
// config triggers every block).
package mm
