package risk

import (
	"errors"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"
)

// The real Ethereum WETH reserve's configuration (shared data,
// Aave_Protocol_Parameter_ethereum.csv): LTV 80.5 %, threshold 83 %,
// bonus 5 %; caps as there, in whole tokens.
var weth = Params{LTV: 8050, LiquidationThreshold: 8300, LiquidationBonus: 10500, SupplyCap: 1_800_000, BorrowCap: 1_400_000}

func TestCheckIsAavesRule(t *testing.T) {
	u := Usage{Supplied: 1_000_000, Borrowed: 900_000}
	if err := weth.Check(u); err != nil {
		t.Fatalf("the real WETH configuration: %v", err)
	}
	for _, c := range []struct {
		name string
		p    Params
		want error
	}{
		{"ltv above threshold", Params{LTV: 8400, LiquidationThreshold: 8300, LiquidationBonus: 10500}, ErrInvalidReserveParams},
		{"threshold × bonus above 100 %", Params{LTV: 8000, LiquidationThreshold: 9600, LiquidationBonus: 10500}, ErrInvalidReserveParams},
		{"bonus not above 100 %", Params{LTV: 8000, LiquidationThreshold: 8300, LiquidationBonus: 10000}, ErrInvalidReserveParams},
		{"no threshold but a bonus", Params{LiquidationBonus: 10500}, ErrInvalidReserveParams},
		{"supply cap below usage", Params{LTV: 8000, LiquidationThreshold: 8300, LiquidationBonus: 10500, SupplyCap: 10}, ErrCapBelowUsage},
		{"borrow cap below usage", Params{LTV: 8000, LiquidationThreshold: 8300, LiquidationBonus: 10500, BorrowCap: 10}, ErrCapBelowUsage},
	} {
		if err := c.p.Check(u); !errors.Is(err, c.want) {
			t.Fatalf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	// 9523 × 10500 rounds to exactly 100 %: allowed; 9524 is not.
	if err := (Params{LTV: 8000, LiquidationThreshold: 9523, LiquidationBonus: 10500}).Check(Usage{}); err != nil {
		t.Fatalf("at the edge: %v", err)
	}
}

// TestUsageOfRoundsUp: usage is whole tokens rounded up, as
// AaveRiskSteward's CapBelowUsage counts it; rounding down (as before)
// let the policy pass a cap one token below what the steward accepts.
func TestUsageOfRoundsUp(t *testing.T) {
	e18 := new(big.Int).Exp(big.NewInt(10), big.NewInt(18), nil)
	tokens := func(n int64, plus int64) *big.Int {
		return new(big.Int).Add(new(big.Int).Mul(big.NewInt(n), e18), big.NewInt(plus))
	}
	for _, c := range []struct {
		name               string
		supplied, borrowed *big.Int
		decimals           int
		want               Usage
	}{
		{"whole", tokens(900, 0), tokens(700, 0), 18, Usage{900, 700}},
		{"one wei over", tokens(900, 1), tokens(700, 1), 18, Usage{901, 701}},
		{"one wei under", tokens(900, -1), tokens(700, -1), 18, Usage{900, 700}},
		{"nothing", new(big.Int), new(big.Int), 18, Usage{}},
		{"6 decimals", big.NewInt(4_000_000_000_001), big.NewInt(1), 6, Usage{4_000_001, 1}},
	} {
		if got := UsageOf(c.supplied, c.borrowed, c.decimals); got != c.want {
			t.Errorf("%s: %+v, want %+v", c.name, got, c.want)
		}
	}
}

// TestTargetTightensStepwiseAndStaysValid: at risk 0 the target is the
// base; at full risk the parameters walk towards the tightest values by at
// most one step per update and arrive; every intermediate configuration is
// one Aave accepts with the usage within caps; back at risk 0 they walk
// back.
func TestTargetTightensStepwiseAndStaysValid(t *testing.T) {
	pol := DefaultPolicy
	if err := pol.Validate(); err != nil {
		t.Fatal(err)
	}
	u := Usage{Supplied: 1_000_000, Borrowed: 900_000}
	if got := Target(weth, weth, u, 0, pol); got != weth {
		t.Fatalf("risk 0 moves the base: %+v", got)
	}
	cur := weth
	for i := 0; i < 10; i++ {
		next := Target(weth, cur, u, PercentageFactor, pol)
		if err := next.Check(u); err != nil {
			t.Fatalf("update %d: %+v: %v", i, next, err)
		}
		for _, d := range []int64{next.LTV - cur.LTV, next.LiquidationThreshold - cur.LiquidationThreshold, next.LiquidationBonus - cur.LiquidationBonus} {
			if d > pol.MaxStep || d < -pol.MaxStep {
				t.Fatalf("update %d moves %d bps, more than %d: %+v → %+v", i, d, pol.MaxStep, cur, next)
			}
		}
		cur = next
	}
	if cur.LTV != weth.LTV-pol.LTVCut || cur.LiquidationBonus != weth.LiquidationBonus+pol.BonusRaise {
		t.Fatalf("full risk did not arrive: %+v", cur)
	}
	if cur.BorrowCap < u.Borrowed || cur.BorrowCap >= weth.BorrowCap {
		t.Fatalf("borrow cap %d: not tightened, or below usage %d", cur.BorrowCap, u.Borrowed)
	}
	for range 10 {
		cur = Target(weth, cur, u, 0, pol)
	}
	if cur != weth {
		t.Fatalf("back at risk 0 the parameters did not return: %+v", cur)
	}
}

// TestTargetAlwaysValid: from any valid configuration, at any risk and
// usage below the base caps, the next one is valid too.
func TestTargetAlwaysValid(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 20_000; i++ {
		lt := 1000 + rng.Int64N(8500)
		bonus := 10001 + rng.Int64N(max(PercentageFactor*PercentageFactor/lt-PercentageFactor, 1))
		base := Params{LTV: rng.Int64N(lt + 1), LiquidationThreshold: lt, LiquidationBonus: bonus, SupplyCap: 1 + rng.Int64N(1e6), BorrowCap: 1 + rng.Int64N(1e6)}
		u := Usage{Supplied: rng.Int64N(base.SupplyCap + 1), Borrowed: rng.Int64N(base.BorrowCap + 1)}
		if base.Check(u) != nil {
			continue
		}
		next := Target(base, base, u, rng.Int64N(2*PercentageFactor)-PercentageFactor/2, DefaultPolicy)
		if err := next.Check(u); err != nil {
			t.Fatalf("from %+v with %+v: %+v: %v", base, u, next, err)
		}
	}
}

func TestFeatures(t *testing.T) {
	prices := []float64{2000, 2000, 1900, 1700, 1800}
	pos := []Position{{Collateral: 100, Debt: 70, HealthFactor: 1.05}, {Collateral: 300, Debt: 30, HealthFactor: 4}}
	f, err := Features(prices, pos, 0.8)
	if err != nil {
		t.Fatal(err)
	}
	if len(f) != len(FeatureNames) {
		t.Fatalf("%d features, %d names", len(f), len(FeatureNames))
	}
	if math.Abs(f[1]-0.1) > 1e-12 || math.Abs(f[2]-0.7) > 1e-12 || math.Abs(f[3]-0.75) > 1e-12 || f[4] != 0.8 || f[0] <= 0 {
		t.Fatalf("features %v", f)
	}
	if _, err := Features([]float64{1}, nil, 0); err == nil {
		t.Fatal("one price gave features")
	}
}

// TestSettingsNameTheField: a bad setting is refused naming its key.
func TestSettingsNameTheField(t *testing.T) {
	good := func() *Settings {
		s := DefaultSettings()
		s.Collateral = ReserveSettings{Symbol: "dWETH", Decimals: 18, LTV: 8050, LiquidationThreshold: 8300, LiquidationBonus: 10500}
		s.Borrowed = ReserveSettings{Symbol: "dUSDC", Decimals: 6, LTV: 7500, LiquidationThreshold: 7800, LiquidationBonus: 10450}
		return s
	}
	if err := good().Validate(); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		field string
		spoil func(*Settings)
	}{
		{"collateral: the base configuration", func(s *Settings) { s.Collateral.LTV = 9000 }},
		{"borrowed.decimals", func(s *Settings) { s.Borrowed.Decimals = 0 }},
		{"pool", func(s *Settings) { s.Pool = "0x12" }},
		{"window", func(s *Settings) { s.Window = 1 }},
		{"policy", func(s *Settings) { s.MaxStep = 0 }},
		{"collateral.symbol", func(s *Settings) { s.Collateral.Symbol = "" }},
	} {
		s := good()
		c.spoil(s)
		if err := s.Validate(); err == nil || !strings.Contains(err.Error(), c.field) {
			t.Fatalf("%s: %v", c.field, err)
		}
	}
}
