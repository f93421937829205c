package univ3

import "github.com/holiman/uint256"

// feeDenominator is 1e6: fees are in pips (hundredths of a basis point).
const feeDenominator = 1_000_000

// SwapStep is the result of one ComputeSwapStep.
type SwapStep struct {
	SqrtRatioNextX96 uint256.Int
	AmountIn         uint256.Int
	AmountOut        uint256.Int
	FeeAmount        uint256.Int
}

// ComputeSwapStep is SwapMath.computeSwapStep: one swap step from current
// towards target at constant liquidity. amountRemaining is an int256 in two's
// complement (positive exact input, negative exact output); feePips is the
// fee in hundredths of a basis point. Rounding follows the contract: input
// and fee round up, output rounds down.
func ComputeSwapStep(current, target, liquidity, amountRemaining *uint256.Int, feePips uint32) (SwapStep, error) {
	var s SwapStep
	zeroForOne := !current.Lt(target)
	exactIn := amountRemaining.Sign() >= 0
	var feeComplement uint256.Int
	feeComplement.SetUint64(feeDenominator - uint64(feePips))
	var remaining uint256.Int // |amountRemaining|
	if exactIn {
		remaining.Set(amountRemaining)
	} else {
		remaining.Neg(amountRemaining)
	}
	var err error
	if exactIn {
		var lessFee uint256.Int
		if err = MulDiv(&lessFee, &remaining, &feeComplement, &uint256.Int{feeDenominator, 0, 0, 0}); err != nil {
			return s, err
		}
		if zeroForOne {
			err = GetAmount0Delta(&s.AmountIn, target, current, liquidity, true)
		} else {
			err = GetAmount1Delta(&s.AmountIn, current, target, liquidity, true)
		}
		if err != nil {
			return s, err
		}
		if !lessFee.Lt(&s.AmountIn) {
			s.SqrtRatioNextX96.Set(target)
		} else if err = GetNextSqrtPriceFromInput(&s.SqrtRatioNextX96, current, liquidity, &lessFee, zeroForOne); err != nil {
			return s, err
		}
	} else {
		if zeroForOne {
			err = GetAmount1Delta(&s.AmountOut, target, current, liquidity, false)
		} else {
			err = GetAmount0Delta(&s.AmountOut, current, target, liquidity, false)
		}
		if err != nil {
			return s, err
		}
		if !remaining.Lt(&s.AmountOut) {
			s.SqrtRatioNextX96.Set(target)
		} else if err = GetNextSqrtPriceFromOutput(&s.SqrtRatioNextX96, current, liquidity, &remaining, zeroForOne); err != nil {
			return s, err
		}
	}
	reached := target.Eq(&s.SqrtRatioNextX96)
	next := &s.SqrtRatioNextX96
	if zeroForOne {
		if !(reached && exactIn) {
			if err = GetAmount0Delta(&s.AmountIn, next, current, liquidity, true); err != nil {
				return s, err
			}
		}
		if !(reached && !exactIn) {
			if err = GetAmount1Delta(&s.AmountOut, next, current, liquidity, false); err != nil {
				return s, err
			}
		}
	} else {
		if !(reached && exactIn) {
			if err = GetAmount1Delta(&s.AmountIn, current, next, liquidity, true); err != nil {
				return s, err
			}
		}
		if !(reached && !exactIn) {
			if err = GetAmount0Delta(&s.AmountOut, current, next, liquidity, false); err != nil {
				return s, err
			}
		}
	}
	// Cap the output at the remaining output amount.
	if !exactIn && s.AmountOut.Gt(&remaining) {
		s.AmountOut.Set(&remaining)
	}
	if exactIn && !reached {
		// Take the remainder as fee.
		s.FeeAmount.Sub(&remaining, &s.AmountIn)
	} else if err = MulDivRoundingUp(&s.FeeAmount, &s.AmountIn, &uint256.Int{uint64(feePips), 0, 0, 0}, &feeComplement); err != nil {
		return s, err
	}
	return s, nil
}
