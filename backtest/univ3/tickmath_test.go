package univ3

import (
	"errors"
	"math/big"
	"testing"

	"github.com/holiman/uint256"
)

func TestGetSqrtRatioAtTickKnownValues(t *testing.T) {
	for _, tc := range []struct {
		name string
		tick int32
		want string
	}{
		{"min tick is MIN_SQRT_RATIO", MinTick, "4295128739"},
		{"max tick is MAX_SQRT_RATIO", MaxTick, "1461446703485210103287273052203988822378723970342"},
		{"tick 0 is 2^96", 0, "79228162514264337593543950336"},
		// From v3-core's TickMath tests: MIN_TICK+1 and MAX_TICK-1.
		{"min tick + 1", MinTick + 1, "4295343490"},
		{"max tick - 1", MaxTick - 1, "1461373636630004318706518188784493106690254656249"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got uint256.Int
			if err := GetSqrtRatioAtTick(&got, tc.tick); err != nil {
				t.Fatal(err)
			}
			if got.Dec() != tc.want {
				t.Fatalf("GetSqrtRatioAtTick(%d) = %s, want %s", tc.tick, got.Dec(), tc.want)
			}
		})
	}
	for _, tick := range []int32{MinTick - 1, MaxTick + 1} {
		var z uint256.Int
		if err := GetSqrtRatioAtTick(&z, tick); !errors.Is(err, ErrTickOutOfRange) {
			t.Errorf("GetSqrtRatioAtTick(%d) error = %v, want ErrTickOutOfRange", tick, err)
		}
	}
}

// exactSqrtRatio is sqrt(1.0001^tick)·2^96 to 512 bits, independent of the
// contract's constants.
func exactSqrtRatio(tick int32) *big.Float {
	const prec = 512
	base := new(big.Float).SetPrec(prec).Quo(big.NewFloat(10001).SetPrec(prec), big.NewFloat(10000).SetPrec(prec))
	n := tick
	if n < 0 {
		n = -n
	}
	pow := new(big.Float).SetPrec(prec).SetInt64(1)
	for b := new(big.Float).SetPrec(prec).Set(base); n > 0; n >>= 1 {
		if n&1 != 0 {
			pow.Mul(pow, b)
		}
		b.Mul(b, b)
	}
	if tick < 0 {
		pow.Quo(new(big.Float).SetPrec(prec).SetInt64(1), pow)
	}
	pow.Sqrt(pow)
	return pow.Mul(pow, new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), 96))
}

// TestGetSqrtRatioAtTickAccuracy checks the contract's fixed-point product
// against a 512-bit evaluation. The product is a Q128.128 ratio of
// 2^128·sqrt(1.0001)^-|tick|, truncated at up to 20 steps, so its relative
// error is at most about 20/ratio: the tolerance is 1 unit plus
// 32·sqrt(1.0001)^|tick|/2^128 relative (2^-59 at MaxTick, 2^-123 at 0).
func TestGetSqrtRatioAtTickAccuracy(t *testing.T) {
	for tick := MinTick; tick <= MaxTick; tick += 7919 {
		for _, tk := range []int32{tick, -tick, tick / 1000} {
			var got uint256.Int
			if err := GetSqrtRatioAtTick(&got, tk); err != nil {
				t.Fatal(err)
			}
			exact := exactSqrtRatio(tk)
			diff := new(big.Float).Sub(new(big.Float).SetInt(got.ToBig()), exact)
			diff.Abs(diff)
			abs := tk
			if abs < 0 {
				abs = -abs
			}
			growth := new(big.Float).SetMantExp(exactSqrtRatio(abs), -96) // sqrt(1.0001)^|tick|
			tol := new(big.Float).Mul(exact, growth)
			tol.Mul(tol, new(big.Float).SetMantExp(big.NewFloat(32), -128))
			tol.Add(tol, big.NewFloat(1))
			if diff.Cmp(tol) > 0 {
				t.Fatalf("tick %d: got %s, exact %s (diff %s)", tk, got.Dec(), exact.Text('f', 3), diff.Text('g', 5))
			}
		}
	}
}

// TestGetTickAtSqrtRatio checks that ticks round-trip and that the price
// just below a tick's ratio belongs to the tick below.
func TestGetTickAtSqrtRatio(t *testing.T) {
	check := func(price *uint256.Int, want int32) {
		t.Helper()
		got, err := GetTickAtSqrtRatio(price)
		if err != nil {
			t.Fatalf("GetTickAtSqrtRatio(%s): %v", price.Dec(), err)
		}
		if got != want {
			t.Fatalf("GetTickAtSqrtRatio(%s) = %d, want %d", price.Dec(), got, want)
		}
	}
	ticks := []int32{MinTick, MinTick + 1, -1, 0, 1, 199045, -199045, MaxTick - 1}
	for tk := MinTick; tk < MaxTick; tk += 3571 {
		ticks = append(ticks, tk)
	}
	for _, tk := range ticks {
		var r, below uint256.Int
		if err := GetSqrtRatioAtTick(&r, tk); err != nil {
			t.Fatal(err)
		}
		check(&r, tk)
		if tk > MinTick {
			below.SubUint64(&r, 1)
			check(&below, tk-1)
		}
	}
	var maxBelow uint256.Int
	maxBelow.SubUint64(&MaxSqrtRatio, 1)
	check(&maxBelow, MaxTick-1)
	var lowOut uint256.Int
	lowOut.SubUint64(&MinSqrtRatio, 1)
	for _, bad := range []*uint256.Int{&lowOut, &MaxSqrtRatio} {
		if _, err := GetTickAtSqrtRatio(bad); !errors.Is(err, ErrSqrtPriceOutOfRange) {
			t.Errorf("GetTickAtSqrtRatio(%s) error = %v, want ErrSqrtPriceOutOfRange", bad.Dec(), err)
		}
	}
}
