package univ3

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

func u(s string) *uint256.Int { return uint256.MustFromDecimal(s) }

// q128Frac returns n·2^128/d.
func q128Frac(n, d uint64) *uint256.Int {
	var z uint256.Int
	z.Mul(&q128, uint256.NewInt(n))
	return z.Div(&z, uint256.NewInt(d))
}

// TestMulDiv has v3-core's FullMath cases: overflow and zero denominators
// revert; results are exact even when a·b overflows 256 bits.
func TestMulDiv(t *testing.T) {
	var q128x35, q128x8, q128x1000, q128x3000 uint256.Int
	q128x35.Mul(&q128, uint256.NewInt(35))
	q128x8.Mul(&q128, uint256.NewInt(8))
	q128x1000.Mul(&q128, uint256.NewInt(1000))
	q128x3000.Mul(&q128, uint256.NewInt(3000))
	var maxMinus1 uint256.Int
	maxMinus1.SubUint64(&maxUint256, 1)
	for _, tc := range []struct {
		name      string
		a, b, d   *uint256.Int
		down, up  *uint256.Int // nil: overflow expected
		upOverErr bool         // only the rounding up overflows
	}{
		{name: "zero denominator", a: &q128, b: uint256.NewInt(5), d: new(uint256.Int)},
		{name: "result overflows", a: &q128, b: &q128, d: uint256.NewInt(1)},
		{name: "overflow with all max inputs", a: &maxUint256, b: &maxUint256, d: &maxMinus1},
		{name: "all max inputs", a: &maxUint256, b: &maxUint256, d: &maxUint256, down: &maxUint256, up: &maxUint256},
		{name: "no phantom overflow", a: &q128, b: q128Frac(50, 100), d: q128Frac(150, 100), down: q128Frac(1, 3), up: new(uint256.Int).AddUint64(q128Frac(1, 3), 1)},
		{name: "phantom overflow", a: &q128, b: &q128x35, d: &q128x8, down: q128Frac(4375, 1000), up: q128Frac(4375, 1000)},
		{name: "phantom overflow, repeating decimal", a: &q128, b: &q128x1000, d: &q128x3000, down: q128Frac(1, 3), up: new(uint256.Int).AddUint64(q128Frac(1, 3), 1)},
		// From v3-core: the floor fits, the ceiling does not.
		{name: "rounding up overflows", a: u("535006138814359"), b: u("432862656469423142931042426214547535783388063929571229938474969"), d: uint256.NewInt(2),
			down: u("115792089237316195423570985008687907853269984665640564039457584007913129639935"), upOverErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var down, up uint256.Int
			errDown := MulDiv(&down, tc.a, tc.b, tc.d)
			errUp := MulDivRoundingUp(&up, tc.a, tc.b, tc.d)
			if tc.down == nil {
				if !errors.Is(errDown, ErrMulDivOverflow) || !errors.Is(errUp, ErrMulDivOverflow) {
					t.Fatalf("errors %v, %v; want ErrMulDivOverflow", errDown, errUp)
				}
				return
			}
			if errDown != nil || !down.Eq(tc.down) {
				t.Fatalf("MulDiv = %s (%v), want %s", down.Dec(), errDown, tc.down.Dec())
			}
			if tc.upOverErr {
				if !errors.Is(errUp, ErrMulDivOverflow) {
					t.Fatalf("MulDivRoundingUp error %v, want ErrMulDivOverflow", errUp)
				}
				return
			}
			if errUp != nil || !up.Eq(tc.up) {
				t.Fatalf("MulDivRoundingUp = %s (%v), want %s", up.Dec(), errUp, tc.up.Dec())
			}
		})
	}
}

// TestMulDivRandom compares against math/big on operands of every size,
// including the aliased form MulDiv(z, z, b, d).
func TestMulDivRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	random := func() *uint256.Int {
		var z uint256.Int
		words := rng.IntN(5)
		for i := 0; i < words; i++ {
			z[i] = rng.Uint64()
		}
		return &z
	}
	for i := 0; i < 20000; i++ {
		a, b, d := random(), random(), random()
		if d.IsZero() {
			continue
		}
		prod := new(big.Int).Mul(a.ToBig(), b.ToBig())
		q, r := new(big.Int).QuoRem(prod, d.ToBig(), new(big.Int))
		qUp := new(big.Int).Set(q)
		if r.Sign() != 0 {
			qUp.Add(qUp, big.NewInt(1))
		}
		z := a.Clone()
		err := MulDiv(z, z, b, d)
		if fits := q.BitLen() <= 256; fits != (err == nil) || (fits && z.ToBig().Cmp(q) != 0) {
			t.Fatalf("MulDiv(%s, %s, %s) = %s, %v; want %s", a.Dec(), b.Dec(), d.Dec(), z.Dec(), err, q)
		}
		var up uint256.Int
		err = MulDivRoundingUp(&up, a, b, d)
		if fits := qUp.BitLen() <= 256; fits != (err == nil) || (fits && up.ToBig().Cmp(qUp) != 0) {
			t.Fatalf("MulDivRoundingUp(%s, %s, %s) = %s, %v; want %s", a.Dec(), b.Dec(), d.Dec(), up.Dec(), err, qUp)
		}
	}
}

func TestAddDelta(t *testing.T) {
	neg := func(v uint64) *uint256.Int { return new(uint256.Int).Neg(uint256.NewInt(v)) }
	for _, tc := range []struct {
		name string
		x, y *uint256.Int
		want *uint256.Int
		err  error
	}{
		{"add", uint256.NewInt(1), uint256.NewInt(2), uint256.NewInt(3), nil},
		{"subtract", uint256.NewInt(3), neg(2), uint256.NewInt(1), nil},
		{"to zero", uint256.NewInt(3), neg(3), uint256.NewInt(0), nil},
		{"below zero is LS", uint256.NewInt(1), neg(2), nil, ErrLiquiditySub},
		{"above uint128 is LA", &maxUint128, uint256.NewInt(1), nil, ErrLiquidityAdd},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var z uint256.Int
			err := AddDelta(&z, tc.x, tc.y)
			if tc.err != nil {
				if !errors.Is(err, tc.err) {
					t.Fatalf("error %v, want %v", err, tc.err)
				}
				return
			}
			if err != nil || !z.Eq(tc.want) {
				t.Fatalf("AddDelta = %s (%v), want %s", z.Dec(), err, tc.want.Dec())
			}
		})
	}
}

const (
	oneQ96     = "79228162514264337593543950336"                                                 // price 1
	onePointQ1 = "87150978765690771352898345369"                                                 // floor(1.1·2^96): price 1.21
	e18        = "1000000000000000000"                                                           //
	e17        = "100000000000000000"                                                            //
	invQ96_11  = "72025602285694852357767227579"                                                 // ceil(2^96/1.1)
	hugeAmount = "57896044618658097711785492504343953926634992332820282019728792003956564819967" // 2^255-1
)

// TestSqrtPriceMath checks values derivable by hand at price 1 and
// liquidity 1e18: adding 0.1 token1 moves sqrtP to 1.1 (rounded down);
// adding 0.1 token0 moves it to 1/1.1 (rounded up); between sqrtP 1 and 1.1
// lie 1e18·(1-1/1.1) token0 and 1e17 token1, rounded as the contract.
func TestSqrtPriceMath(t *testing.T) {
	var z uint256.Int
	if err := GetNextSqrtPriceFromInput(&z, u(oneQ96), u(e18), u(e17), false); err != nil || z.Dec() != onePointQ1 {
		t.Errorf("token1 in: %s (%v), want %s", z.Dec(), err, onePointQ1)
	}
	if err := GetNextSqrtPriceFromInput(&z, u(oneQ96), u(e18), u(e17), true); err != nil || z.Dec() != invQ96_11 {
		t.Errorf("token0 in: %s (%v), want %s", z.Dec(), err, invQ96_11)
	}
	// Taking out what went in returns at least to the start (rounding
	// favours the pool).
	if err := GetNextSqrtPriceFromOutput(&z, u(onePointQ1), u(e18), u(e17), true); err != nil || z.Gt(u(oneQ96)) {
		t.Errorf("token1 out: %s (%v), want <= %s", z.Dec(), err, oneQ96)
	}
	// A huge token0 input saturates at a price of 1 (v3-core's case).
	if err := GetNextSqrtPriceFromInput(&z, u(oneQ96), uint256.NewInt(1), u(hugeAmount), true); err != nil || z.Dec() != "1" {
		t.Errorf("huge token0 in: %s (%v), want 1", z.Dec(), err)
	}
	// Asking for more token1 than the liquidity holds reverts.
	if err := GetNextSqrtPriceFromOutput(&z, u(oneQ96), uint256.NewInt(1), u(e18), true); !errors.Is(err, ErrPriceUnderflow) {
		t.Errorf("token1 out beyond reserves: error %v, want ErrPriceUnderflow", err)
	}
	if err := GetNextSqrtPriceFromInput(&z, u(oneQ96), new(uint256.Int), u(e17), true); !errors.Is(err, ErrZeroLiquidity) {
		t.Errorf("zero liquidity: error %v, want ErrZeroLiquidity", err)
	}
	for _, tc := range []struct {
		name    string
		amount0 bool
		roundUp bool
		want    string
	}{
		{"amount0 up", true, true, "90909090909090910"},
		{"amount0 down", true, false, "90909090909090909"},
		{"amount1 up", false, true, "100000000000000000"},
		{"amount1 down", false, false, "99999999999999999"},
	} {
		var got uint256.Int
		var err error
		if tc.amount0 {
			err = GetAmount0Delta(&got, u(onePointQ1), u(oneQ96), u(e18), tc.roundUp)
		} else {
			err = GetAmount1Delta(&got, u(oneQ96), u(onePointQ1), u(e18), tc.roundUp)
		}
		if err != nil || got.Dec() != tc.want {
			t.Errorf("%s: %s (%v), want %s", tc.name, got.Dec(), err, tc.want)
		}
	}
}

// TestComputeSwapStep has v3-core's SwapMath edge cases with raw inputs.
func TestComputeSwapStep(t *testing.T) {
	p := u("20282409603651670423947251286016")
	var up, down uint256.Int
	up.Div(up.Mul(p, uint256.NewInt(11)), uint256.NewInt(10))
	down.Div(down.Mul(p, uint256.NewInt(9)), uint256.NewInt(10))
	for _, tc := range []struct {
		name                            string
		current, target, liquidity      *uint256.Int
		remaining                       *uint256.Int
		fee                             uint32
		next, amountIn, amountOut, fee2 string
	}{
		{"amount out is capped at the desired amount out", u("417332158212080721273783715441582"), u("1452870262520218020823638996"),
			u("159344665391607089467575320103"), new(uint256.Int).Neg(uint256.NewInt(1)), 1,
			"417332158212080721273783715441581", "1", "1", "1"},
		{"target price of 1 uses partial input amount", uint256.NewInt(2), uint256.NewInt(1), uint256.NewInt(1),
			u("3915081100057732413702495386755767"), 1,
			"1", "39614081257132168796771975168", "0", "39614120871253040049813"},
		{"entire input amount taken as fee", uint256.NewInt(2413), u("79887613182836312"), u("1985041575832132834610021537970"),
			uint256.NewInt(10), 1872, "2413", "0", "0", "10"},
		// Price 65536 (sqrtP 256), liquidity 1024: a move to sqrtP 281.6 holds
		// 0.09 token0, which floors to 0 out; a move to 230.4 holds 26214.4
		// token1 (26214 out) for 0.44 token0 (1 in).
		{"thin liquidity, oneForZero exact output of token0", p, &up, uint256.NewInt(1024),
			new(uint256.Int).Neg(uint256.NewInt(4)), 3000, up.Dec(), "26215", "0", "79"},
		{"thin liquidity, zeroForOne exact output of token1", p, &down, uint256.NewInt(1024),
			new(uint256.Int).Neg(uint256.NewInt(263000)), 3000, down.Dec(), "1", "26214", "1"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := ComputeSwapStep(tc.current, tc.target, tc.liquidity, tc.remaining, tc.fee)
			if err != nil {
				t.Fatal(err)
			}
			got := [4]string{s.SqrtRatioNextX96.Dec(), s.AmountIn.Dec(), s.AmountOut.Dec(), s.FeeAmount.Dec()}
			want := [4]string{tc.next, tc.amountIn, tc.amountOut, tc.fee2}
			if got != want {
				t.Fatalf("(next, in, out, fee) = %v, want %v", got, want)
			}
		})
	}
}
