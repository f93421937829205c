package features

import (
	"math/big"
	"math/bits"
)

// Fixed-point helpers. Everything that reaches the vector goes through
// these, in integers only, so two machines produce the same vector.

// count is n at Scale, clamped to [0, limit].
func count(n, limit int) int64 {
	return int64(min(max(n, 0), limit)) * Scale
}

// boolean is Scale for true, 0 for false.
func boolean(b bool) int64 {
	if b {
		return Scale
	}
	return 0
}

// ratio is num/den at Scale, rounded down and clamped to [0, limit·Scale];
// 0 when den is missing or not positive (the ratio is unknown).
func ratio(num, den *big.Int, limit int64) int64 {
	if num == nil || den == nil || den.Sign() <= 0 || num.Sign() <= 0 {
		return 0
	}
	capped := new(big.Int).Mul(den, big.NewInt(limit))
	if num.Cmp(capped) >= 0 {
		return limit * Scale
	}
	r := new(big.Int).Mul(num, big.NewInt(Scale))
	return r.Quo(r, den).Int64()
}

// log2Q32 is log2(x) for x ≥ 1 in Q32 fixed point (32 fraction bits),
// computed by repeated squaring of the mantissa: exact in its integer part
// and to 2^-32 in its fraction.
func log2Q32(x *big.Int) uint64 {
	n := x.BitLen()
	if x.Sign() <= 0 || n == 0 {
		return 0
	}
	// y is x scaled into [2^62, 2^63): the mantissa in [1, 2) at Q62.
	t := new(big.Int).Set(x)
	if n > 63 {
		t.Rsh(t, uint(n-63))
	} else {
		t.Lsh(t, uint(63-n))
	}
	y := t.Uint64()
	result := uint64(n-1) << 32
	for i := 31; i >= 0; i-- {
		hi, lo := bits.Mul64(y, y)
		y = hi<<2 | lo>>62 // (y·y) >> 62, back to Q62
		if y >= 1<<63 {
			y >>= 1
			result |= 1 << uint(i)
		}
	}
	return result
}

// log10Scale converts a Q32 log2 to log10 at Scale: log10(x) =
// log2(x)·log10(2), with log10(2) = 0.3010299957 to ten digits.
func log10Scale(q32 uint64) int64 {
	const log10of2 = 3_010_299_957            // ·10^-10
	const div = 1_000_000 * (1 << 32)         // 10^10 / Scale · 2^32
	hi, lo := bits.Mul64(q32, log10of2)       // q32 < 2^41, so hi < div
	quo, _ := bits.Div64(hi, lo, uint64(div)) // never overflows: hi < div
	return int64(quo)
}

// wholeLog10 is log10 of amount/10^decimals (the amount in whole tokens)
// at Scale, clamped to [0, limit·Scale]: an amount under one whole token
// is 0.
func wholeLog10(amount *big.Int, decimals int, limit int64) int64 {
	if amount == nil || amount.Sign() <= 0 {
		return 0
	}
	l := log10Scale(log2Q32(amount)) - int64(decimals)*Scale
	return min(max(l, 0), limit*Scale)
}

// pow10 is 10^n for n ≥ 0.
func pow10(n int) *big.Int {
	return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(n)), nil)
}

// isHuge reports an amount of 2^255 or more (256 significant bits): an
// approval that large is unlimited whatever the token, type(uint256).max
// and the "infinite" values UIs set included.
func isHuge(x *big.Int) bool { return x != nil && x.BitLen() >= 256 }

// maxInto keeps the larger of *dst and v in *dst.
func maxInto(dst *int64, v int64) {
	if v > *dst {
		*dst = v
	}
}
