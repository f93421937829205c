package univ3

import "github.com/holiman/uint256"

// Read-only constants; uint256.Int is an array, so these are copied by value
// wherever they are used and never written.
var (
	q96        = uint256.Int{0, 1 << 32, 0, 0}
	q128       = uint256.Int{0, 0, 1, 0}
	maxUint256 = uint256.Int{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
)

// MulDiv sets z = floor(a·b/denominator) with a 512-bit intermediate, as
// FullMath.mulDiv. It returns ErrMulDivOverflow, leaving z unspecified, when
// denominator is zero or the result exceeds 2^256-1. z may alias any input.
func MulDiv(z, a, b, denominator *uint256.Int) error {
	if denominator.IsZero() {
		return ErrMulDivOverflow
	}
	if a[2]|a[3]|b[2]|b[3] == 0 {
		// Both fit in 128 bits, so the product fits in 256: skip the 512-bit path.
		var p uint256.Int
		z.Div(p.Mul(a, b), denominator)
		return nil
	}
	if _, overflow := z.MulDivOverflow(a, b, denominator); overflow {
		return ErrMulDivOverflow
	}
	return nil
}

// MulDivRoundingUp sets z = ceil(a·b/denominator), as
// FullMath.mulDivRoundingUp.
func MulDivRoundingUp(z, a, b, denominator *uint256.Int) error {
	var prod, q, back uint256.Int
	prod.Mul(a, b) // low 256 bits of a·b, taken before z may overwrite a or b
	if err := MulDiv(&q, a, b, denominator); err != nil {
		return err
	}
	// a·b = q·d + r with 0 <= r < d < 2^256, so r == 0 exactly when the low
	// 256 bits of a·b and q·d agree: two cheap multiplications instead of a
	// second 512-bit mulmod.
	if !back.Mul(&q, denominator).Eq(&prod) {
		if q.Eq(&maxUint256) {
			return ErrMulDivOverflow
		}
		q.AddUint64(&q, 1)
	}
	z.Set(&q)
	return nil
}

// divRoundingUp is UnsafeMath.divRoundingUp: ceil(x/y), 0 when y is 0 (the
// EVM's div by zero).
func divRoundingUp(z, x, y *uint256.Int) *uint256.Int {
	var q, r uint256.Int
	q.DivMod(x, y, &r)
	if !r.IsZero() {
		q.AddUint64(&q, 1)
	}
	return z.Set(&q)
}

// AddDelta sets z = x + y for a uint128 x and an int128 y held as a
// two's-complement uint256, as LiquidityMath.addDelta: ErrLiquiditySub when
// the result would be negative, ErrLiquidityAdd when it exceeds 2^128-1.
func AddDelta(z, x, y *uint256.Int) error {
	var s uint256.Int
	s.Add(x, y)
	if s[2]|s[3] != 0 {
		if y.Sign() < 0 {
			return ErrLiquiditySub
		}
		return ErrLiquidityAdd
	}
	z.Set(&s)
	return nil
}

// fitsUint160 reports whether x < 2^160 (SafeCast.toUint160).
func fitsUint160(x *uint256.Int) bool { return x[3] == 0 && x[2]>>32 == 0 }

// fitsInt256 reports whether x < 2^255 (SafeCast.toInt256).
func fitsInt256(x *uint256.Int) bool { return x[3]>>63 == 0 }

// fitsInt128 reports whether x, read as an int256, lies in [-2^127, 2^127)
// (SafeCast.toInt128).
func fitsInt128(x *uint256.Int) bool {
	var s uint256.Int
	s.Add(x, &uint256.Int{0, 1 << 63, 0, 0})
	return s[2]|s[3] == 0
}

// sadd sets z = x + y as int256, reporting overflow (LowGasSafeMath.add).
func sadd(z, x, y *uint256.Int) bool {
	xs, ys := x[3]>>63, y[3]>>63
	z.Add(x, y)
	return xs == ys && z[3]>>63 != xs
}

// ssub sets z = x - y as int256, reporting overflow (LowGasSafeMath.sub).
func ssub(z, x, y *uint256.Int) bool {
	xs, ys := x[3]>>63, y[3]>>63
	z.Sub(x, y)
	return xs != ys && z[3]>>63 != xs
}
