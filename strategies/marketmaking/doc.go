// Package marketmaking is the market-making strategy: it keeps a Uniswap v3
// liquidity range centred on the price and as wide as the model's forecast of
// the coming price excursion.
//
// It is pure: it receives the observed pool ticks and the model's output, and
// returns a decision; it does no I/O and never knows whether it runs live, in
// dry-run or in a backtest.
package marketmaking
