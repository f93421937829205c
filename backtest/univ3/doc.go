// Package univ3 is the backtest's fast executor for Uniswap v3: the pool's
// maths and state in pure Go, with no EVM, exact to the contracts' integer
// arithmetic, so that parameter sweeps can replay days of swaps in seconds.
// An exact EVM executor running the real bytecode is the reference it will
// be cross-checked against; this package is what sweeps run.
//
// # What it models
//
// The libraries of v3-core, ported line by line on 256-bit integers
// (github.com/holiman/uint256; math/big only at the edges): TickMath
// (GetSqrtRatioAtTick, GetTickAtSqrtRatio), FullMath (MulDiv,
// MulDivRoundingUp), SqrtPriceMath (next price from input or output,
// GetAmount0Delta, GetAmount1Delta, each rounding as the contract),
// SwapMath (ComputeSwapStep) and LiquidityMath (AddDelta). Signed values
// (int256 amounts, int128 liquidityNet) are uint256 in two's complement, as
// in the EVM; SetSigned and Signed convert from and to *big.Int.
//
// Pool is UniswapV3Pool's state: slot0's price and tick, the in-range
// liquidity, both global fee growths, the initialised ticks (gross and net
// liquidity, fee growth outside) and the positions (liquidity, fee growth
// inside last, tokens owed). Mint, Burn and Collect follow _modifyPosition
// and _updatePosition, crediting fees exactly as Position.update does
// (including its uint128 truncation). Swap follows swap's loop step for
// step: it stops at every initialised tick and at every end of a 256-bit
// tick-bitmap word (each stop is its own step with its own rounding, so this
// matters for exactness), crosses ticks by flipping their fee growth outside,
// and sets the tick to tickNext-1 after crossing down, tickNext after
// crossing up, and getTickAtSqrtRatio after stopping between ticks.
//
// The initialised ticks are one slice sorted by index, standing for both the
// tick bitmap and the ticks mapping; the next initialised tick is a binary
// search, and each tick caches its sqrt price.
//
// Not modelled: the protocol fee (taken as off), the price oracle
// (observations and the tick's seconds and cumulative fields), flash loans,
// and the token transfers and callbacks (the caller owns balances; the
// returned amounts are what the callbacks would pay). A call that the
// contract would revert returns the sentinel error for that revert (see
// errors.go) and leaves the pool unchanged: Swap keeps the ticks it crosses
// in a scratch list and writes them only on success.
//
// # Exactness, and how it is checked
//
// Unit tests pin TickMath at MinTick, MaxTick and tick 0, check
// GetSqrtRatioAtTick against a 512-bit evaluation independent of the
// contract's constants, round-trip GetTickAtSqrtRatio, compare MulDiv with
// math/big, and run v3-core's FullMath and SwapMath edge cases and values
// derivable by hand. Pool tests check invariants after every operation (the
// in-range liquidity equals the positions covering the tick, the price lies
// in the tick, net liquidity sums to zero), the tick rule at initialised and
// uninitialised boundaries, fee growth against the fee paid, a round trip,
// exact output against exact input, and that burning and collecting every
// position after swaps leaves only rounding dust (never a deficit).
//
// The real-data check replays recorded mainnet events (demeter-fetch
// pool.tick.csv files of 2024-01-05) with Rebuild and ReplayEvent (see
// "Rebuilding a recorded pool" below) and requires each swap to reproduce
// the recorded amount0, amount1, sqrtPriceX96, tick and liquidity exactly,
// and each mint and burn its recorded amounts. The results:
//
//   - USDC/WETH 0.3 % (0x8ad5…), the whole day: all 266 swaps and 21 mints
//     and burns exact.
//   - USDC/WETH 0.05 % (0x88e6…), the whole day: every mint and burn exact
//     (fee pokes of positions the replay does not hold are skipped); 6,038
//     of the 6,045 swaps after the first exact. The other 7 surround
//     crossings of [199320, 199340), two adjacent intervals no swap ended
//     in, whose split of liquidity the crossing swaps cannot pin down to the
//     unit: their amounts, ticks and liquidity are exact and sqrtPriceX96 is
//     off by at most a relative 1e-15. The test allows that, for at most
//     0.2 % of swaps. It is a limit of the data, not of the model.
//   - The fixtures in testdata (the 0.3 % day and 250 rows of the 0.05 %
//     day, see testdata/README.md) replay exactly, so CI runs the real-data
//     check without the shared folder; the whole-day tests skip when
//     dataset.FindSharedDir finds no shared folder.
//
// Note that total_liquidity on mint and burn rows of those files is the
// downloader's estimate (it lags for just-in-time liquidity), not an
// on-chain value, so the replay checks liquidity only after swaps.
//
// # Rebuilding a recorded pool
//
// Rebuild (rebuild.go) and ReplayEvent (replay.go) turn a recorded day
// (dataset.LoadPoolEvents) into a pool and replay the day on it:
//
//	pool, err := univ3.Rebuild(events, 500, 10) // as just after events[0]
//	for _, e := range events[1:] {
//		r, err := pool.ReplayEvent(e) // r.Exact: the pool matches the record
//	}
//
// The data lack the tick map before the first event, so Rebuild derives it
// from the events, and returns the pool as it stood just after events[0],
// which must be a swap (its recorded price and liquidity are the start).
// The in-range liquidity of every tick-spacing interval a swap ended in,
// less the window's mints and burns covering it at that moment, is the
// interval's liquidity at the start; every swap ending in an interval must
// imply the same, or Rebuild fails with ErrRebuild. Positions burned but
// not minted in the window are seeded as they were, under the replay's
// owner, so their burns find them; the rest is seeded as positions ending
// only where that liquidity steps, which are ticks really initialised on
// chain. Intervals inside the traded range that the price only ever
// crossed are solved from the crossing swaps' amounts by bisection: Rebuild
// replays to the first swap nothing reproduces and fits the liquidity of
// the unknown intervals it crossed until that swap, limited at its
// recorded price, takes its recorded amounts, then starts again. Liquidity
// outside the traded range is not rebuilt (the pool holds none there), so
// a rebuilt pool answers only for prices the day reached.
//
// The data hold neither a swap's amountSpecified nor its price limit, so
// ReplayEvent tries exact input, exact output, and both limited at the
// recorded final price (SwapMethod), and applies the first that reproduces
// the swap. When none does, the result is not Exact: ReplayEvent applies
// exact input limited at the recorded price, so later events start from
// the recorded price, and reports how far off it was (amounts, tick and
// liquidity, relative price error). A mint or burn is applied as recorded.
// The result carries the call applied, so a sweep can replay the day again
// with Swap, Mint and Burn alone (as BenchmarkSwap does). A mismatch is a
// result, not an error. Errors are for events that cannot be used: an
// EventError naming the event's line in the file, wrapping ErrBadEvent (an
// unknown kind, a value missing or beyond int256) or ErrRebuild. Two
// errors name no line: a bad fee or tick spacing (ErrConfig), and a
// background position the pool rejects, which many swaps together implied
// (the error names its range).
//
// # Speed
//
// BenchmarkSwap replays the recorded swap sequences (mints and burns
// applied in between) and reports swaps/s per core and allocations:
//
//	go test ./backtest/univ3 -run '^$' -bench BenchmarkSwap -benchmem
//
// On the development machine (2 cores, under load) it runs about 1.0-1.3
// million swaps/s per core, ~0.8-1 µs per swap, with no allocation per
// swap. Most of the time is 512-by-256-bit division in MulDiv.
//
// A Pool is not safe for concurrent use. Sweeps branch state with Clone, or
// reset a pool with CopyFrom, which reuses its storage.
package univ3
