package aavev3

import (
	"errors"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/holiman/uint256"
)

func u(s string) *uint256.Int { return uint256.MustFromDecimal(s) }

var (
	bigMax = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	bigRay = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	bigWad = new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
)

// refMulDiv is the contracts' guarded (a·b + half)/d, written with their
// literal guard "revert if b != 0 and a > (max - half)/b" (mul) or "revert
// if d == 0 or a > (max - half)/scale" (div) on math/big, independently of
// the overflow flags the model uses.
func refMul(a, b, half, d *big.Int) (*big.Int, bool) {
	if b.Sign() != 0 && a.Cmp(new(big.Int).Quo(new(big.Int).Sub(bigMax, half), b)) > 0 {
		return nil, false
	}
	p := new(big.Int).Mul(a, b)
	return p.Quo(p.Add(p, half), d), true
}

func refDiv(a, b, scale *big.Int) (*big.Int, bool) {
	if b.Sign() == 0 {
		return nil, false
	}
	half := new(big.Int).Rsh(b, 1)
	if a.Cmp(new(big.Int).Quo(new(big.Int).Sub(bigMax, half), scale)) > 0 {
		return nil, false
	}
	p := new(big.Int).Mul(a, scale)
	return p.Quo(p.Add(p, half), b), true
}

// randOperand draws a value of a random bit length, biased to the edges.
func randOperand(rng *rand.Rand) *uint256.Int {
	var z uint256.Int
	switch rng.IntN(6) {
	case 0:
		return z.SetUint64(rng.Uint64N(4))
	case 1:
		return z.Sub(&MaxAmount, z.SetUint64(rng.Uint64N(4)))
	}
	for i := range z {
		z[i] = rng.Uint64()
	}
	return z.Rsh(&z, uint(rng.IntN(256)))
}

func TestWadRayPercentMathAgainstBig(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	halfRayB, halfWadB, halfPct := new(big.Int).Rsh(bigRay, 1), new(big.Int).Rsh(bigWad, 1), big.NewInt(5000)
	type binop struct {
		name  string
		model func(z, a, b *uint256.Int) error
		ref   func(a, b *big.Int) (*big.Int, bool)
	}
	ops := []binop{
		{"rayMul", RayMul, func(a, b *big.Int) (*big.Int, bool) { return refMul(a, b, halfRayB, bigRay) }},
		{"wadMul", WadMul, func(a, b *big.Int) (*big.Int, bool) { return refMul(a, b, halfWadB, bigWad) }},
		{"rayDiv", RayDiv, func(a, b *big.Int) (*big.Int, bool) { return refDiv(a, b, bigRay) }},
		{"wadDiv", WadDiv, func(a, b *big.Int) (*big.Int, bool) { return refDiv(a, b, bigWad) }},
	}
	for _, op := range ops {
		for range 20000 {
			a, b := randOperand(rng), randOperand(rng)
			var z uint256.Int
			err := op.model(&z, a, b)
			want, ok := op.ref(a.ToBig(), b.ToBig())
			if ok != (err == nil) {
				t.Fatalf("%s(%s, %s): err %v, contract reverts: %v", op.name, a.Dec(), b.Dec(), err, !ok)
			}
			if ok && z.ToBig().Cmp(want) != 0 {
				t.Fatalf("%s(%s, %s) = %s, want %s", op.name, a.Dec(), b.Dec(), z.Dec(), want)
			}
			if err != nil && !errors.Is(err, ErrMathOverflow) {
				t.Fatalf("%s: error %v is not ErrMathOverflow", op.name, err)
			}
		}
	}
	for range 20000 {
		v, pct := randOperand(rng), rng.Uint64N(70000)
		var z uint256.Int
		pb := new(big.Int).SetUint64(pct)
		err := PercentMul(&z, v, pct)
		want, ok := refMul(v.ToBig(), pb, halfPct, big.NewInt(PercentageFactor))
		if ok != (err == nil) || ok && z.ToBig().Cmp(want) != 0 {
			t.Fatalf("percentMul(%s, %d) = %s, %v; want %v, %v", v.Dec(), pct, z.Dec(), err, want, ok)
		}
		err = PercentDiv(&z, v, pct)
		want, ok = refDiv(v.ToBig(), pb, big.NewInt(PercentageFactor))
		if ok != (err == nil) || ok && z.ToBig().Cmp(want) != 0 {
			t.Fatalf("percentDiv(%s, %d) = %s, %v; want %v, %v", v.Dec(), pct, z.Dec(), err, want, ok)
		}
	}
}

func TestWadRayMathEdges(t *testing.T) {
	maxOverRay := new(uint256.Int).Div(new(uint256.Int).Sub(&MaxAmount, &halfRay), &Ray)
	maxOverRayPlus1 := new(uint256.Int).AddUint64(maxOverRay, 1)
	tests := []struct {
		name    string
		f       func(z, a, b *uint256.Int) error
		a, b    *uint256.Int
		want    string // "" for a revert
		comment string
	}{
		{"rayMul half rounds up", RayMul, u("1"), u("500000000000000000000000000"), "1", ""},
		{"rayMul below half rounds down", RayMul, u("1"), u("499999999999999999999999999"), "0", ""},
		{"rayMul by one ray", RayMul, u("123456789"), &Ray, "123456789", ""},
		{"rayMul zero b never reverts", RayMul, &MaxAmount, u("0"), "0", ""},
		{"rayMul largest a for b=RAY", RayMul, maxOverRay, &Ray, maxOverRay.Dec(), ""},
		{"rayMul one past the guard", RayMul, maxOverRayPlus1, &Ray, "", ""},
		{"rayDiv by zero", RayDiv, u("1"), u("0"), "", ""},
		{"rayDiv half rounds up", RayDiv, u("1"), u("2000000000000000000000000000"), "1", "1/2 wei"},
		{"rayDiv 1/3", RayDiv, &Ray, u("3000000000000000000000000000"), "333333333333333333333333333", ""},
		{"rayDiv 2/3 rounds up", RayDiv, u("2000000000000000000000000000"), u("3000000000000000000000000000"), "666666666666666666666666667", ""},
		{"wadMul half rounds up", WadMul, u("1"), u("500000000000000000"), "1", ""},
		{"wadDiv by zero", WadDiv, u("5"), u("0"), "", ""},
		{"wadDiv 1/3 wad", WadDiv, u("1"), u("3"), "333333333333333333", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var z uint256.Int
			err := tt.f(&z, tt.a, tt.b)
			if tt.want == "" {
				if !errors.Is(err, ErrMathOverflow) {
					t.Fatalf("got %s, %v; want ErrMathOverflow", z.Dec(), err)
				}
				return
			}
			if err != nil || z.Dec() != tt.want {
				t.Fatalf("got %s, %v; want %s", z.Dec(), err, tt.want)
			}
		})
	}

	var z uint256.Int
	for _, c := range []struct{ in, want string }{
		{"1499999999", "1"}, {"1500000000", "2"}, {"499999999", "0"}, {"500000000", "1"},
	} {
		RayToWad(&z, u(c.in))
		if z.Dec() != c.want {
			t.Errorf("rayToWad(%s) = %s, want %s", c.in, z.Dec(), c.want)
		}
	}
	largest := new(uint256.Int).Div(&MaxAmount, &wadRayRatio)
	if err := WadToRay(&z, largest); err != nil {
		t.Errorf("wadToRay(max/1e9): %v", err)
	}
	if err := WadToRay(&z, largest.AddUint64(largest, 1)); !errors.Is(err, ErrMathOverflow) {
		t.Errorf("wadToRay(max/1e9 + 1) = %v, want ErrMathOverflow", err)
	}
	if err := PercentDiv(&z, u("1"), 0); !errors.Is(err, ErrMathOverflow) {
		t.Errorf("percentDiv by 0: %v", err)
	}
	// percentMul(x, 0) never reverts, even at max (the contract's guard
	// short-circuits on a zero percentage).
	if err := PercentMul(&z, &MaxAmount, 0); err != nil || !z.IsZero() {
		t.Errorf("percentMul(max, 0) = %s, %v", z.Dec(), err)
	}
	// 0.5 bps rounds up: 1·5000/10000 = 0.5 → 1.
	if err := PercentMul(&z, u("1"), 5000); err != nil || z.Uint64() != 1 {
		t.Errorf("percentMul(1, 50 %%) = %s, %v; want 1", z.Dec(), err)
	}
}

// refCompounded evaluates MathUtils.calculateCompoundedInterest on math/big.
func refCompounded(rate *big.Int, exp int64) *big.Int {
	spy := big.NewInt(secondsPerYearN)
	if exp == 0 {
		return new(big.Int).Set(bigRay)
	}
	e, e1, e2 := big.NewInt(exp), big.NewInt(exp-1), big.NewInt(max(exp-2, 0))
	p2, _ := refMul(rate, rate, new(big.Int).Rsh(bigRay, 1), bigRay)
	p2.Quo(p2, new(big.Int).Mul(spy, spy))
	p3, _ := refMul(p2, rate, new(big.Int).Rsh(bigRay, 1), bigRay)
	p3.Quo(p3, spy)
	second := new(big.Int).Mul(e, e1)
	second.Mul(second, p2).Quo(second, big.NewInt(2))
	third := new(big.Int).Mul(e, e1)
	third.Mul(third, e2).Mul(third, p3).Quo(third, big.NewInt(6))
	first := new(big.Int).Mul(rate, e)
	first.Quo(first, spy)
	return first.Add(first, bigRay).Add(first, second).Add(first, third)
}

func TestInterestAgainstBig(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		// Rates up to 1000 % a year, times up to ten years.
		rate := new(uint256.Int).Mul(uint256.NewInt(rng.Uint64N(1e13)), uint256.NewInt(1e15))
		elapsed := rng.Uint64N(10 * secondsPerYearN)
		if rng.IntN(8) == 0 {
			elapsed = rng.Uint64N(4)
		}
		var z uint256.Int
		if err := CalculateCompoundedInterest(&z, rate, elapsed); err != nil {
			t.Fatal(err)
		}
		if want := refCompounded(rate.ToBig(), int64(elapsed)); z.ToBig().Cmp(want) != 0 {
			t.Fatalf("compounded(%s, %d) = %s, want %s", rate.Dec(), elapsed, z.Dec(), want)
		}
		if err := CalculateLinearInterest(&z, rate, elapsed); err != nil {
			t.Fatal(err)
		}
		want := new(big.Int).Mul(rate.ToBig(), new(big.Int).SetUint64(elapsed))
		want.Quo(want, big.NewInt(secondsPerYearN)).Add(want, bigRay)
		if z.ToBig().Cmp(want) != 0 {
			t.Fatalf("linear(%s, %d) = %s, want %s", rate.Dec(), elapsed, z.Dec(), want)
		}
	}
	var z uint256.Int
	if err := CalculateLinearInterest(&z, &MaxAmount, 2); !errors.Is(err, ErrArithmetic) {
		t.Errorf("linear overflow: %v, want ErrArithmetic", err)
	}
}

// TestCompoundedOverAYear compares a year of Aave's compounding with the
// closed form (1 + r/SECONDS_PER_YEAR)^SECONDS_PER_YEAR. The model must
// never overshoot, and undershoots by at most the two losses the contract
// makes:
//   - the expansion stops at the third-order term, dropping the rest of
//     the series, at most r⁴/24·e^r;
//   - the per-second powers are floored to whole ray units: basePowerThree
//     (about r³/SPY³ ray units: a few for usual rates, zero below ~3 %/yr) loses
//     up to one unit, i.e. T³/6 units ≈ 5.2e-6 over a year, and
//     basePowerTwo up to T²/2 units ≈ 5e-13.
//
// The second loss dominates at usual rates: at 1 %/yr Aave's factor has no
// third-order term at all (1.01005 against 1.0100502).
func TestCompoundedOverAYear(t *testing.T) {
	const prec = 512
	T := new(big.Float).SetPrec(prec).SetInt64(secondsPerYearN)
	rayF := new(big.Float).SetPrec(prec).SetInt(bigRay)
	floorLoss := new(big.Float).SetPrec(prec).Mul(T, T)
	floorLoss.Mul(floorLoss, T).Quo(floorLoss, big.NewFloat(6))
	floorLoss.Add(floorLoss, new(big.Float).Quo(new(big.Float).Mul(T, T), big.NewFloat(2)))
	floorLoss.Add(floorLoss, big.NewFloat(3)).Quo(floorLoss, rayF)
	for _, pct := range []int64{1, 2, 5, 10, 27, 51, 100, 200} {
		rate := new(uint256.Int).Mul(uint256.NewInt(uint64(pct)), u("10000000000000000000000000")) // pct % as a ray
		var z uint256.Int
		if err := CalculateCompoundedInterest(&z, rate, secondsPerYearN); err != nil {
			t.Fatal(err)
		}
		r := new(big.Float).SetPrec(prec).Quo(new(big.Float).SetInt64(pct), big.NewFloat(100))
		base := new(big.Float).SetPrec(prec).Quo(r, T)
		base.Add(base, big.NewFloat(1))
		exact := powFloat(base, secondsPerYearN, prec)
		model := new(big.Float).SetPrec(prec).Quo(new(big.Float).SetInt(z.ToBig()), rayF)
		under := new(big.Float).Sub(exact, model)
		r4 := new(big.Float).Mul(r, r)
		r4.Mul(r4, r4)
		tail := new(big.Float).Quo(r4, big.NewFloat(24))
		tail.Mul(tail, big.NewFloat(8)) // e^r ≤ e^2 < 8 for the rates tested
		bound := new(big.Float).Add(tail, floorLoss)
		if under.Sign() < 0 {
			t.Errorf("%d %%: Aave's factor %s overshoots the closed form %s", pct, model.Text('g', 30), exact.Text('g', 30))
		}
		if under.Cmp(bound) > 0 {
			t.Errorf("%d %%: undershoot %s above the bound %s", pct, under.Text('g', 6), bound.Text('g', 6))
		}
		t.Logf("%3d %%/yr: Aave %s, closed form %s, undershoot %s (r⁴/24 = %s, flooring ≤ %s)", pct,
			model.Text('f', 12), exact.Text('f', 12), under.Text('g', 4),
			new(big.Float).Quo(r4, big.NewFloat(24)).Text('g', 4), floorLoss.Text('g', 3))
	}
}

// powFloat returns x^n by squaring at prec bits.
func powFloat(x *big.Float, n uint64, prec uint) *big.Float {
	out := new(big.Float).SetPrec(prec).SetInt64(1)
	b := new(big.Float).SetPrec(prec).Set(x)
	for ; n > 0; n >>= 1 {
		if n&1 == 1 {
			out.Mul(out, b)
		}
		b.Mul(b, b)
	}
	return out
}
