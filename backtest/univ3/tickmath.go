package univ3

import (
	"fmt"
	"math/bits"

	"github.com/holiman/uint256"
)

// The tick range of Uniswap v3 (TickMath.MIN_TICK and MAX_TICK).
const (
	MinTick int32 = -887272
	MaxTick int32 = 887272
)

// MinSqrtRatio and MaxSqrtRatio are TickMath.MIN_SQRT_RATIO
// (getSqrtRatioAtTick(MinTick)) and MAX_SQRT_RATIO
// (getSqrtRatioAtTick(MaxTick)). Read-only.
var (
	MinSqrtRatio = uint256.Int{4295128739, 0, 0, 0}
	MaxSqrtRatio = *uint256.MustFromDecimal("1461446703485210103287273052203988822378723970342")
)

// tickRatios are getSqrtRatioAtTick's multipliers: entry i is
// 2^128/sqrt(1.0001)^(2^i) in Q128.128, applied when bit i of |tick| is set
// (entry 0 seeds the ratio instead). Read-only.
var tickRatios = [20]uint256.Int{
	*uint256.MustFromHex("0xfffcb933bd6fad37aa2d162d1a594001"),
	*uint256.MustFromHex("0xfff97272373d413259a46990580e213a"),
	*uint256.MustFromHex("0xfff2e50f5f656932ef12357cf3c7fdcc"),
	*uint256.MustFromHex("0xffe5caca7e10e4e61c3624eaa0941cd0"),
	*uint256.MustFromHex("0xffcb9843d60f6159c9db58835c926644"),
	*uint256.MustFromHex("0xff973b41fa98c081472e6896dfb254c0"),
	*uint256.MustFromHex("0xff2ea16466c96a3843ec78b326b52861"),
	*uint256.MustFromHex("0xfe5dee046a99a2a811c461f1969c3053"),
	*uint256.MustFromHex("0xfcbe86c7900a88aedcffc83b479aa3a4"),
	*uint256.MustFromHex("0xf987a7253ac413176f2b074cf7815e54"),
	*uint256.MustFromHex("0xf3392b0822b70005940c7a398e4b70f3"),
	*uint256.MustFromHex("0xe7159475a2c29b7443b29c7fa6e889d9"),
	*uint256.MustFromHex("0xd097f3bdfd2022b8845ad8f792aa5825"),
	*uint256.MustFromHex("0xa9f746462d870fdf8a65dc1f90e061e5"),
	*uint256.MustFromHex("0x70d869a156d2a1b890bb3df62baf32f7"),
	*uint256.MustFromHex("0x31be135f97d08fd981231505542fcfa6"),
	*uint256.MustFromHex("0x9aa508b5b7a84e1c677de54f3e99bc9"),
	*uint256.MustFromHex("0x5d6af8dedb81196699c329225ee604"),
	*uint256.MustFromHex("0x2216e584f5fa1ea926041bedfe98"),
	*uint256.MustFromHex("0x48a170391f7dc42444e8fa2"),
}

// Constants of getTickAtSqrtRatio, as two's-complement int256. Read-only.
var (
	log2ToLogSqrt10001 = *uint256.MustFromDecimal("255738958999603826347141")
	tickLowOffset      = *uint256.MustFromDecimal("3402992956809132418596140100660247210")
	tickHighOffset     = *uint256.MustFromDecimal("291339464771989622907027621153398088495")
)

// GetSqrtRatioAtTick sets z = sqrt(1.0001^tick)·2^96 exactly as
// TickMath.getSqrtRatioAtTick (Q64.96, rounded up). A tick outside
// [MinTick, MaxTick] is ErrTickOutOfRange.
func GetSqrtRatioAtTick(z *uint256.Int, tick int32) error {
	abs := tick
	if abs < 0 {
		abs = -abs
	}
	if abs > MaxTick {
		return fmt.Errorf("%w: tick %d outside [%d, %d]", ErrTickOutOfRange, tick, MinTick, MaxTick)
	}
	var ratio uint256.Int
	if abs&1 != 0 {
		ratio = tickRatios[0]
	} else {
		ratio = uint256.Int{0, 0, 1, 0} // 2^128
	}
	for i := 1; i < len(tickRatios); i++ {
		if abs&(1<<i) != 0 {
			// ratio <= 2^128 and the multiplier < 2^128: the product fits.
			ratio.Mul(&ratio, &tickRatios[i])
			ratio.Rsh(&ratio, 128)
		}
	}
	if tick > 0 {
		ratio.Div(&maxUint256, &ratio)
	}
	// Q128.128 to Q64.96, rounding up so that getTickAtSqrtRatio of the
	// result is tick.
	roundUp := ratio[0]&0xffffffff != 0
	z.Rsh(&ratio, 32)
	if roundUp {
		z.AddUint64(z, 1)
	}
	return nil
}

// GetTickAtSqrtRatio returns the greatest tick whose sqrt ratio is at most
// sqrtPriceX96, exactly as TickMath.getTickAtSqrtRatio (same log2
// approximation and correction). A price outside [MinSqrtRatio,
// MaxSqrtRatio) is ErrSqrtPriceOutOfRange.
func GetTickAtSqrtRatio(sqrtPriceX96 *uint256.Int) (int32, error) {
	if sqrtPriceX96.Lt(&MinSqrtRatio) || !sqrtPriceX96.Lt(&MaxSqrtRatio) {
		return 0, fmt.Errorf("%w: %s outside [%s, %s)", ErrSqrtPriceOutOfRange, sqrtPriceX96.Dec(), MinSqrtRatio.Dec(), MaxSqrtRatio.Dec())
	}
	var ratio, r uint256.Int
	ratio.Lsh(sqrtPriceX96, 32)
	msb := ratio.BitLen() - 1
	if msb >= 128 {
		r.Rsh(&ratio, uint(msb-127))
	} else {
		r.Lsh(&ratio, uint(127-msb))
	}
	// r is now in [2^127, 2^128): 128 bits, so square it with two words.
	rHi, rLo := r[1], r[0]
	var log2 uint256.Int
	log2.SetUint64(uint64(int64(msb - 128)))
	if msb < 128 {
		log2 = uint256.Int{log2[0], ^uint64(0), ^uint64(0), ^uint64(0)}
	}
	log2.Lsh(&log2, 64)
	for bit := 63; bit >= 50; bit-- {
		// r = (r·r) >> 127; f = r >> 128; r >>= f.
		p3, p2, p1, _ := square128(rHi, rLo)
		// (p3:p2:p1:p0) >> 127 = bits 127..: take p3:p2:p1 shifted by 63.
		nHi2 := p3 >> 63      // bit 128 of the result (0 or 1)
		nHi := p3<<1 | p2>>63 // bits 64..127
		nLo := p2<<1 | p1>>63 // bits 0..63
		f := nHi2
		log2[0] |= f << uint(bit)
		if f != 0 {
			nLo = nLo>>1 | nHi<<63
			nHi = nHi>>1 | nHi2<<63
		}
		rHi, rLo = nHi, nLo
	}
	var logSqrt, lo, hi uint256.Int
	logSqrt.Mul(&log2, &log2ToLogSqrt10001) // int256 multiply: low 256 bits agree
	lo.Sub(&logSqrt, &tickLowOffset)
	lo.SRsh(&lo, 128)
	hi.Add(&logSqrt, &tickHighOffset)
	hi.SRsh(&hi, 128)
	tickLow, tickHigh := int32(int64(lo[0])), int32(int64(hi[0]))
	if tickLow == tickHigh {
		return tickLow, nil
	}
	var atHigh uint256.Int
	if err := GetSqrtRatioAtTick(&atHigh, tickHigh); err != nil {
		return 0, err
	}
	if !atHigh.Gt(sqrtPriceX96) {
		return tickHigh, nil
	}
	return tickLow, nil
}

// square128 returns the 256-bit square of the 128-bit hi:lo as four words,
// most significant first.
func square128(hi, lo uint64) (w3, w2, w1, w0 uint64) {
	h, l := bits.Mul64(lo, lo)
	w0 = l
	mh, ml := bits.Mul64(hi, lo) // cross term, counted twice
	hh, hl := bits.Mul64(hi, hi)
	var c uint64
	w1, c = bits.Add64(h, ml, 0)
	w2, c = bits.Add64(hl, mh, c)
	w3 = hh + c
	w1, c = bits.Add64(w1, ml, 0)
	w2, c = bits.Add64(w2, mh, c)
	w3 += c
	return w3, w2, w1, w0
}
