package univ3

import (
	"fmt"

	"github.com/holiman/uint256"
)

// SwapParams are UniswapV3Pool.swap's arguments. Amounts are int256 held as
// two's-complement uint256 (the EVM's representation); use SetSigned and
// Signed to convert from and to *big.Int.
type SwapParams struct {
	// ZeroForOne swaps token0 in for token1 out (the price falls).
	ZeroForOne bool
	// AmountSpecified is exact input when positive, exact output when
	// negative. It must not be zero.
	AmountSpecified uint256.Int
	// SqrtPriceLimitX96 is the price the swap may not pass: below the
	// current price and above MinSqrtRatio when ZeroForOne, else above it and
	// below MaxSqrtRatio. PriceLimitNone gives the widest limit.
	SqrtPriceLimitX96 uint256.Int
}

// SwapResult is what UniswapV3Pool.swap returns: the pool's balance deltas
// (positive into the pool), int256 in two's complement.
type SwapResult struct {
	Amount0 uint256.Int
	Amount1 uint256.Int
}

// crossing is a tick the swap loop crossed and the global fee growths to
// flip its outside values against, applied only when the swap succeeds.
type crossing struct {
	i        int
	fg0, fg1 uint256.Int
}

// PriceLimitNone returns the widest legal sqrtPriceLimitX96 for a swap's
// direction, MinSqrtRatio+1 or MaxSqrtRatio-1, as routers pass when the
// caller sets no limit.
func PriceLimitNone(zeroForOne bool) uint256.Int {
	var z uint256.Int
	if zeroForOne {
		return *z.AddUint64(&MinSqrtRatio, 1)
	}
	return *z.SubUint64(&MaxSqrtRatio, 1)
}

// Swap runs UniswapV3Pool.swap with the protocol fee off: the same step
// loop, the same stops at initialised ticks and bitmap word ends, the same
// tick rule (tickNext-1 after crossing down, tickNext after crossing up,
// getTickAtSqrtRatio after stopping between ticks) and the same rounding.
// On error the pool is unchanged, as after a revert.
func (p *Pool) Swap(params *SwapParams) (SwapResult, error) {
	var res SwapResult
	if params.AmountSpecified.IsZero() {
		return res, ErrAmountSpecifiedZero
	}
	zeroForOne := params.ZeroForOne
	limit := &params.SqrtPriceLimitX96
	if zeroForOne {
		if !limit.Lt(&p.sqrtPriceX96) || !limit.Gt(&MinSqrtRatio) {
			return res, fmt.Errorf("%w: %s not in (%s, %s) for a zeroForOne swap", ErrPriceLimit, limit.Dec(), MinSqrtRatio.Dec(), p.sqrtPriceX96.Dec())
		}
	} else if !limit.Gt(&p.sqrtPriceX96) || !limit.Lt(&MaxSqrtRatio) {
		return res, fmt.Errorf("%w: %s not in (%s, %s) for a oneForZero swap", ErrPriceLimit, limit.Dec(), p.sqrtPriceX96.Dec(), MaxSqrtRatio.Dec())
	}
	exactInput := params.AmountSpecified.Sign() > 0

	var (
		remaining  = params.AmountSpecified
		calculated uint256.Int
		sqrtPrice  = p.sqrtPriceX96
		tick       = p.tick
		liquidity  = p.liquidity
		feeGrowth  uint256.Int // of the input token
		target     uint256.Int
		nextPrice  uint256.Int
		tmp        uint256.Int
	)
	if zeroForOne {
		feeGrowth = p.feeGrowthGlobal0X128
	} else {
		feeGrowth = p.feeGrowthGlobal1X128
	}
	p.crossed = p.crossed[:0]

	for !remaining.IsZero() && !sqrtPrice.Eq(limit) {
		start := sqrtPrice
		tickNext, idx, initialized := p.nextInitializedTickWithinOneWord(tick, zeroForOne)
		if tickNext < MinTick {
			tickNext = MinTick
		} else if tickNext > MaxTick {
			tickNext = MaxTick
		}
		if initialized {
			nextPrice = p.ticks[idx].sqrtPriceX96
		} else if err := GetSqrtRatioAtTick(&nextPrice, tickNext); err != nil {
			return res, err
		}
		if (zeroForOne && nextPrice.Lt(limit)) || (!zeroForOne && nextPrice.Gt(limit)) {
			target = *limit
		} else {
			target = nextPrice
		}
		step, err := ComputeSwapStep(&sqrtPrice, &target, &liquidity, &remaining, p.fee)
		if err != nil {
			return res, fmt.Errorf("swap step from tick %d: %w", tick, err)
		}
		sqrtPrice = step.SqrtRatioNextX96
		if exactInput {
			tmp.Add(&step.AmountIn, &step.FeeAmount)
			if !fitsInt256(&tmp) || ssub(&remaining, &remaining, &tmp) {
				return res, ErrMathOverflow
			}
			if !fitsInt256(&step.AmountOut) || ssub(&calculated, &calculated, &step.AmountOut) {
				return res, ErrMathOverflow
			}
		} else {
			if !fitsInt256(&step.AmountOut) || sadd(&remaining, &remaining, &step.AmountOut) {
				return res, ErrMathOverflow
			}
			tmp.Add(&step.AmountIn, &step.FeeAmount)
			if !fitsInt256(&tmp) || sadd(&calculated, &calculated, &tmp) {
				return res, ErrMathOverflow
			}
		}
		if !liquidity.IsZero() {
			if err := MulDiv(&tmp, &step.FeeAmount, &q128, &liquidity); err != nil {
				return res, err
			}
			feeGrowth.Add(&feeGrowth, &tmp) // wraps, as in Solidity 0.7
		}
		if sqrtPrice.Eq(&nextPrice) {
			if initialized {
				c := crossing{i: idx}
				if zeroForOne {
					c.fg0, c.fg1 = feeGrowth, p.feeGrowthGlobal1X128
				} else {
					c.fg0, c.fg1 = p.feeGrowthGlobal0X128, feeGrowth
				}
				p.crossed = append(p.crossed, c)
				net := p.ticks[idx].liquidityNet
				if zeroForOne {
					net.Neg(&net)
				}
				if err := AddDelta(&liquidity, &liquidity, &net); err != nil {
					return res, fmt.Errorf("cross tick %d: %w", tickNext, err)
				}
			}
			if zeroForOne {
				tick = tickNext - 1
			} else {
				tick = tickNext
			}
		} else if !sqrtPrice.Eq(&start) {
			t, err := GetTickAtSqrtRatio(&sqrtPrice)
			if err != nil {
				return res, err
			}
			tick = t
		}
	}

	// Commit: the contract's state writes, in one place.
	for k := range p.crossed {
		c := &p.crossed[k]
		t := &p.ticks[c.i]
		t.feeGrowthOutside0X128.Sub(&c.fg0, &t.feeGrowthOutside0X128)
		t.feeGrowthOutside1X128.Sub(&c.fg1, &t.feeGrowthOutside1X128)
	}
	p.sqrtPriceX96 = sqrtPrice
	p.tick = tick
	p.liquidity = liquidity
	if zeroForOne {
		p.feeGrowthGlobal0X128 = feeGrowth
	} else {
		p.feeGrowthGlobal1X128 = feeGrowth
	}
	var used uint256.Int
	used.Sub(&params.AmountSpecified, &remaining)
	if zeroForOne == exactInput {
		res.Amount0, res.Amount1 = used, calculated
	} else {
		res.Amount0, res.Amount1 = calculated, used
	}
	return res, nil
}
