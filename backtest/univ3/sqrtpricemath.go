package univ3

import "github.com/holiman/uint256"

// getNextSqrtPriceFromAmount0RoundingUp is
// SqrtPriceMath.getNextSqrtPriceFromAmount0RoundingUp: the price after
// adding (add) or removing amount of token0, rounded up.
func getNextSqrtPriceFromAmount0RoundingUp(z, sqrtPX96, liquidity, amount *uint256.Int, add bool) error {
	if amount.IsZero() {
		z.Set(sqrtPX96)
		return nil
	}
	var numerator1, product uint256.Int
	numerator1.Lsh(liquidity, 96)
	_, productOverflow := product.MulOverflow(amount, sqrtPX96)
	if add {
		if !productOverflow {
			var denominator uint256.Int
			if _, carry := denominator.AddOverflow(&numerator1, &product); !carry {
				return MulDivRoundingUp(z, &numerator1, sqrtPX96, &denominator)
			}
		}
		// divRoundingUp(numerator1, numerator1/sqrtPX96 + amount), the add checked.
		var d uint256.Int
		d.Div(&numerator1, sqrtPX96)
		if _, carry := d.AddOverflow(&d, amount); carry {
			return ErrMathOverflow
		}
		divRoundingUp(z, &numerator1, &d)
		return nil
	}
	if productOverflow || !numerator1.Gt(&product) {
		return ErrPriceUnderflow
	}
	var denominator uint256.Int
	denominator.Sub(&numerator1, &product)
	if err := MulDivRoundingUp(z, &numerator1, sqrtPX96, &denominator); err != nil {
		return err
	}
	if !fitsUint160(z) {
		return ErrMathOverflow
	}
	return nil
}

// getNextSqrtPriceFromAmount1RoundingDown is
// SqrtPriceMath.getNextSqrtPriceFromAmount1RoundingDown: the price after
// adding (add) or removing amount of token1, rounded down.
func getNextSqrtPriceFromAmount1RoundingDown(z, sqrtPX96, liquidity, amount *uint256.Int, add bool) error {
	var quotient uint256.Int
	small := fitsUint160(amount)
	if add {
		if small {
			var n uint256.Int
			quotient.Div(n.Lsh(amount, 96), liquidity)
		} else if err := MulDiv(&quotient, amount, &q96, liquidity); err != nil {
			return err
		}
		if _, carry := z.AddOverflow(sqrtPX96, &quotient); carry || !fitsUint160(z) {
			return ErrMathOverflow
		}
		return nil
	}
	if small {
		var n uint256.Int
		divRoundingUp(&quotient, n.Lsh(amount, 96), liquidity)
	} else if err := MulDivRoundingUp(&quotient, amount, &q96, liquidity); err != nil {
		return err
	}
	if !sqrtPX96.Gt(&quotient) {
		return ErrPriceUnderflow
	}
	z.Sub(sqrtPX96, &quotient)
	return nil
}

// GetNextSqrtPriceFromInput sets z to the price after amountIn of token0
// (zeroForOne) or token1 enters at liquidity, as
// SqrtPriceMath.getNextSqrtPriceFromInput (rounded so the price never
// passes the target).
func GetNextSqrtPriceFromInput(z, sqrtPX96, liquidity, amountIn *uint256.Int, zeroForOne bool) error {
	if sqrtPX96.IsZero() || liquidity.IsZero() {
		return ErrZeroLiquidity
	}
	if zeroForOne {
		return getNextSqrtPriceFromAmount0RoundingUp(z, sqrtPX96, liquidity, amountIn, true)
	}
	return getNextSqrtPriceFromAmount1RoundingDown(z, sqrtPX96, liquidity, amountIn, true)
}

// GetNextSqrtPriceFromOutput sets z to the price after amountOut of token1
// (zeroForOne) or token0 leaves at liquidity, as
// SqrtPriceMath.getNextSqrtPriceFromOutput.
func GetNextSqrtPriceFromOutput(z, sqrtPX96, liquidity, amountOut *uint256.Int, zeroForOne bool) error {
	if sqrtPX96.IsZero() || liquidity.IsZero() {
		return ErrZeroLiquidity
	}
	if zeroForOne {
		return getNextSqrtPriceFromAmount1RoundingDown(z, sqrtPX96, liquidity, amountOut, false)
	}
	return getNextSqrtPriceFromAmount0RoundingUp(z, sqrtPX96, liquidity, amountOut, false)
}

// GetAmount0Delta sets z to the token0 between two prices at liquidity,
// liquidity·(sqrtB-sqrtA)/(sqrtA·sqrtB) in Q96, rounded up or down as
// SqrtPriceMath.getAmount0Delta. The prices may come in either order.
func GetAmount0Delta(z, sqrtRatioAX96, sqrtRatioBX96, liquidity *uint256.Int, roundUp bool) error {
	a, b := sqrtRatioAX96, sqrtRatioBX96
	if a.Gt(b) {
		a, b = b, a
	}
	if a.IsZero() {
		return ErrSqrtPriceOutOfRange
	}
	var numerator1, numerator2 uint256.Int
	numerator1.Lsh(liquidity, 96)
	numerator2.Sub(b, a)
	var t uint256.Int
	if roundUp {
		if err := MulDivRoundingUp(&t, &numerator1, &numerator2, b); err != nil {
			return err
		}
		divRoundingUp(z, &t, a)
		return nil
	}
	if err := MulDiv(&t, &numerator1, &numerator2, b); err != nil {
		return err
	}
	z.Div(&t, a)
	return nil
}

// GetAmount1Delta sets z to the token1 between two prices at liquidity,
// liquidity·(sqrtB-sqrtA) in Q96, rounded as SqrtPriceMath.getAmount1Delta.
func GetAmount1Delta(z, sqrtRatioAX96, sqrtRatioBX96, liquidity *uint256.Int, roundUp bool) error {
	a, b := sqrtRatioAX96, sqrtRatioBX96
	if a.Gt(b) {
		a, b = b, a
	}
	var d uint256.Int
	d.Sub(b, a)
	if roundUp {
		return MulDivRoundingUp(z, liquidity, &d, &q96)
	}
	return MulDiv(z, liquidity, &d, &q96)
}

// signedAmount0Delta and signedAmount1Delta are the int128-liquidity
// overloads used by _modifyPosition: rounded up (owed to the pool) when
// liquidity is added, down and negated when it is removed. liquidity is an
// int128 in two's complement; z is an int256 in two's complement.
func signedAmount0Delta(z, sqrtA, sqrtB, liquidity *uint256.Int) error {
	return signedDelta(z, sqrtA, sqrtB, liquidity, GetAmount0Delta)
}

func signedAmount1Delta(z, sqrtA, sqrtB, liquidity *uint256.Int) error {
	return signedDelta(z, sqrtA, sqrtB, liquidity, GetAmount1Delta)
}

func signedDelta(z, sqrtA, sqrtB, liquidity *uint256.Int, delta func(z, a, b, l *uint256.Int, roundUp bool) error) error {
	if liquidity.Sign() < 0 {
		var l uint256.Int
		l.Neg(liquidity)
		if err := delta(z, sqrtA, sqrtB, &l, false); err != nil {
			return err
		}
		if !fitsInt256(z) {
			return ErrMathOverflow
		}
		z.Neg(z)
		return nil
	}
	if err := delta(z, sqrtA, sqrtB, liquidity, true); err != nil {
		return err
	}
	if !fitsInt256(z) {
		return ErrMathOverflow
	}
	return nil
}
