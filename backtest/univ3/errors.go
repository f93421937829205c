package univ3

import (
	"errors"
	"fmt"
)

// Sentinel errors. Each mirrors a revert of the Uniswap v3 core contracts;
// the contract's revert string is given in the doc comment so a mismatch
// against the EVM executor can be matched to its cause.
var (
	// ErrTickOutOfRange is TickMath's "T": a tick outside [MinTick, MaxTick].
	ErrTickOutOfRange = errors.New("univ3: tick out of range")
	// ErrSqrtPriceOutOfRange is TickMath's "R": a sqrt price outside
	// [MinSqrtRatio, MaxSqrtRatio).
	ErrSqrtPriceOutOfRange = errors.New("univ3: sqrt price out of range")
	// ErrMulDivOverflow is FullMath's overflow revert: a result above 2^256-1,
	// or a zero denominator.
	ErrMulDivOverflow = errors.New("univ3: mulDiv overflow or zero denominator")
	// ErrMathOverflow is a checked-arithmetic revert (LowGasSafeMath, SafeCast)
	// inside SqrtPriceMath or the swap loop.
	ErrMathOverflow = errors.New("univ3: arithmetic overflow")
	// ErrPriceUnderflow is SqrtPriceMath's require(sqrtPX96 > quotient) or
	// require(numerator1 > product): the requested output exceeds reserves.
	ErrPriceUnderflow = errors.New("univ3: output exceeds the liquidity's reserves")
	// ErrZeroLiquidity is SqrtPriceMath's require(liquidity > 0).
	ErrZeroLiquidity = errors.New("univ3: zero liquidity")
	// ErrLiquiditySub is LiquidityMath's "LS": liquidity would go below zero.
	ErrLiquiditySub = errors.New("univ3: liquidity underflow")
	// ErrLiquidityAdd is LiquidityMath's "LA": liquidity would exceed 2^128-1.
	ErrLiquidityAdd = errors.New("univ3: liquidity overflow")
	// ErrTickLiquidity is Tick.update's "LO": gross liquidity above the
	// per-tick maximum.
	ErrTickLiquidity = errors.New("univ3: tick liquidity above maximum")
	// ErrAmountSpecifiedZero is the pool's "AS".
	ErrAmountSpecifiedZero = errors.New("univ3: amount specified is zero")
	// ErrPriceLimit is the pool's "SPL": a limit on the wrong side of the
	// price or outside the valid range.
	ErrPriceLimit = errors.New("univ3: bad sqrt price limit")
	// ErrTickOrder is "TLU": tickLower not below tickUpper.
	ErrTickOrder = errors.New("univ3: tick lower not below tick upper")
	// ErrTickSpacing is TickBitmap.flipTick's require(tick % tickSpacing == 0).
	ErrTickSpacing = errors.New("univ3: tick not a multiple of the tick spacing")
	// ErrNoPosition is Position.update's "NP": poking a position with no
	// liquidity.
	ErrNoPosition = errors.New("univ3: position has no liquidity")
	// ErrZeroAmount is mint's require(amount > 0).
	ErrZeroAmount = errors.New("univ3: zero liquidity amount")
	// ErrConfig is a Config field that New rejects.
	ErrConfig = errors.New("univ3: bad config")

	// The errors below are not reverts: they are the replay's (rebuild.go,
	// replay.go), for recorded events it cannot use.

	// ErrBadEvent is a recorded event ReplayEvent or Rebuild cannot read: an
	// unknown kind, or a value missing or outside int256.
	ErrBadEvent = errors.New("univ3: bad recorded event")
	// ErrRebuild is Rebuild finding the events inconsistent with any pool it
	// can build: two swaps ending in one tick-spacing interval imply
	// different starting liquidity, a burn exceeds the liquidity there, or
	// the rebuilt pool does not reproduce the first swap's state.
	ErrRebuild = errors.New("univ3: events do not rebuild a pool")
)

// EventError is an error caused by one recorded event, naming its line in
// the events file (dataset.PoolEvent.Line). It wraps ErrBadEvent,
// ErrRebuild or the pool's error.
type EventError struct {
	Line int
	Err  error
}

func (e *EventError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

// Unwrap returns the underlying error.
func (e *EventError) Unwrap() error { return e.Err }

// eventErrorf returns an EventError for line, formatting as fmt.Errorf.
func eventErrorf(line int, format string, args ...any) error {
	return &EventError{Line: line, Err: fmt.Errorf(format, args...)}
}
