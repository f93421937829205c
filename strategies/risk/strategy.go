package risk

import (
	"errors"
	"fmt"
	"math"
	"math/big"
)

// PercentageFactor is Aave's 100 % in basis points.
const PercentageFactor = 10_000

// Params are one reserve's risk parameters, in Aave's units.
type Params struct {
	LTV, LiquidationThreshold, LiquidationBonus int64 // bps; the bonus includes 100 %
	SupplyCap, BorrowCap                        int64 // whole tokens; 0 = no cap
}

// Usage is what a reserve holds now, in whole tokens rounded up (the least
// cap AaveRiskSteward accepts): caps may not go below it.
type Usage struct {
	Supplied, Borrowed int64
}

// UsageOf is the Usage of a reserve of a token with decimals that holds
// supplied and borrowed in the token's smallest units: each rounded up to
// whole tokens, the least cap AaveRiskSteward accepts (its CapBelowUsage
// refuses cap × 10^decimals < usage).
func UsageOf(supplied, borrowed *big.Int, decimals int) Usage {
	unit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil)
	up := func(x *big.Int) int64 {
		q, m := new(big.Int).QuoRem(x, unit, new(big.Int))
		if m.Sign() > 0 {
			q.Add(q, big.NewInt(1))
		}
		return q.Int64()
	}
	return Usage{Supplied: up(supplied), Borrowed: up(borrowed)}
}

// Aave's invariants (PoolConfigurator.configureReserveAsCollateral and the
// cap setters), as errors naming Aave's reason.
var (
	ErrInvalidReserveParams = errors.New(`aave: INVALID_RESERVE_PARAMS ("20")`)
	ErrCapBelowUsage        = errors.New("cap below the reserve's current usage")
)

// Check reports whether p is a configuration Aave accepts and that keeps
// the reserve's current usage within its caps: ltv ≤ threshold; with a
// threshold, a bonus above 100 % and threshold × bonus ≤ 100 %; without
// one, a bonus of 0 and an LTV of 0; caps 0 (none) or at least the usage.
func (p Params) Check(u Usage) error {
	switch {
	case p.LTV < 0 || p.LiquidationThreshold < 0 || p.LiquidationBonus < 0 || p.SupplyCap < 0 || p.BorrowCap < 0:
		return fmt.Errorf("%w: a negative parameter in %+v", ErrInvalidReserveParams, p)
	case p.LTV > p.LiquidationThreshold:
		return fmt.Errorf("%w: LTV %d above the liquidation threshold %d", ErrInvalidReserveParams, p.LTV, p.LiquidationThreshold)
	case p.LiquidationThreshold == 0 && (p.LiquidationBonus != 0 || p.LTV != 0):
		return fmt.Errorf("%w: no liquidation threshold, but LTV %d and bonus %d", ErrInvalidReserveParams, p.LTV, p.LiquidationBonus)
	case p.LiquidationThreshold != 0 && p.LiquidationBonus <= PercentageFactor:
		return fmt.Errorf("%w: liquidation bonus %d is not above 100 %%", ErrInvalidReserveParams, p.LiquidationBonus)
	case percentMul(p.LiquidationThreshold, p.LiquidationBonus) > PercentageFactor:
		return fmt.Errorf("%w: threshold %d × bonus %d is above 100 %%", ErrInvalidReserveParams, p.LiquidationThreshold, p.LiquidationBonus)
	case p.SupplyCap != 0 && p.SupplyCap < u.Supplied:
		return fmt.Errorf("%w: supply cap %d, %d supplied", ErrCapBelowUsage, p.SupplyCap, u.Supplied)
	case p.BorrowCap != 0 && p.BorrowCap < u.Borrowed:
		return fmt.Errorf("%w: borrow cap %d, %d borrowed", ErrCapBelowUsage, p.BorrowCap, u.Borrowed)
	}
	return nil
}

// percentMul is Aave's PercentageMath.percentMul: x × bps / 10000, half up.
// Where x × bps + 5000 would overflow an int64 (operands ≥ 0; Aave's
// uint256 does not overflow there) it saturates at math.MaxInt64, which is
// above 100 % as the true product is: Check must not accept a wrapped one.
// Derive bounds what it passes so that the product stays below 2^30.
func percentMul(x, bps int64) int64 {
	if x > 0 && bps > 0 && x > (math.MaxInt64-PercentageFactor/2)/bps {
		return math.MaxInt64
	}
	return (x*bps + PercentageFactor/2) / PercentageFactor
}

// maxThreshold is the largest threshold t′ ≤ t with percentMul(t′, bonus)
// ≤ 100 % (Target's threshold lowered until threshold × bonus fits), in
// closed form: for bonus > 0, percentMul(t′, bonus) ≤ 10000 ⇔
// t′ × bonus + 5000 < 10001 × 10000 ⇔ t′ ≤ (10000² + 4999) / bonus. A
// threshold ≤ 0, or a bonus ≤ 0 (whose product is never above 100 %), is
// left as it is. It replaced a loop lowering t by 1, which a published
// threshold of 1e14 kept running for about a day (TestMaxThresholdIsTheLoop).
func maxThreshold(t, bonus int64) int64 {
	if t <= 0 || bonus <= 0 {
		return t
	}
	return min(t, (PercentageFactor*PercentageFactor+PercentageFactor/2-1)/bonus)
}

// Policy is how far the strategy moves a reserve from its base (the real
// configuration) at full risk, and how far it may move in one update (as
// Aave's risk stewards limit themselves).
type Policy struct {
	// At risk 1 the LTV and threshold are cut, and the bonus raised, by
	// these many basis points; the caps shrink to CapFloor (a fraction,
	// in bps of the base) but never below usage × (1 + CapHeadroom bps).
	LTVCut, ThresholdCut, BonusRaise int64
	CapFloor, CapHeadroom            int64
	// MaxStep bounds one update: basis points for LTV, threshold and
	// bonus; a fraction of the current cap (bps) for caps.
	MaxStep, MaxCapStep int64
}

// DefaultPolicy cuts LTV by up to 15 points, the threshold by up to 10 and
// raises the bonus by up to 3 at full risk; caps shrink to half; one
// update moves at most 5 points (LTV, threshold, bonus) or 25 % (caps).
var DefaultPolicy = Policy{LTVCut: 1500, ThresholdCut: 1000, BonusRaise: 300, CapFloor: 5000, CapHeadroom: 1000, MaxStep: 500, MaxCapStep: 2500}

// Validate checks the policy's fields.
func (p Policy) Validate() error {
	for _, f := range []struct {
		name string
		v    int64
	}{{"ltvCut", p.LTVCut}, {"thresholdCut", p.ThresholdCut}, {"bonusRaise", p.BonusRaise}, {"capFloor", p.CapFloor}, {"capHeadroom", p.CapHeadroom}} {
		if f.v < 0 || f.v > PercentageFactor {
			return fmt.Errorf("%s %d is outside 0..%d bps", f.name, f.v, PercentageFactor)
		}
	}
	if p.MaxStep <= 0 || p.MaxCapStep <= 0 {
		return fmt.Errorf("maxStep %d and maxCapStep %d must be > 0", p.MaxStep, p.MaxCapStep)
	}
	return nil
}

// Target is where the parameters should go at risk (a model output, scaled
// to 0 … PercentageFactor and clamped), moved from cur towards it by at
// most one step each, then made valid: the threshold lowered to the
// largest with threshold × bonus ≤ 100 %, the LTV kept at or below the
// threshold, caps kept at or above usage. It is a function of its
// arguments alone, so a verifier re-derives it from the committed output
// and the published base, current values and usage; it runs in constant
// time whatever they are, and does not overflow on values within
// the bounds Deriver puts on a published context (TestTargetDoesNotOverflow).
func Target(base, cur Params, u Usage, riskBps int64, pol Policy) Params {
	r := min(max(riskBps, 0), PercentageFactor)
	scale := func(cut int64) int64 { return cut * r / PercentageFactor }
	want := Params{
		LTV:                  max(base.LTV-scale(pol.LTVCut), 0),
		LiquidationThreshold: max(base.LiquidationThreshold-scale(pol.ThresholdCut), 0),
		LiquidationBonus:     base.LiquidationBonus + scale(pol.BonusRaise),
		SupplyCap:            capTarget(base.SupplyCap, u.Supplied, r, pol),
		BorrowCap:            capTarget(base.BorrowCap, u.Borrowed, r, pol),
	}
	next := Params{
		LTV:                  stepTo(cur.LTV, want.LTV, pol.MaxStep),
		LiquidationThreshold: stepTo(cur.LiquidationThreshold, want.LiquidationThreshold, pol.MaxStep),
		LiquidationBonus:     stepTo(cur.LiquidationBonus, want.LiquidationBonus, pol.MaxStep),
		SupplyCap:            capStep(cur.SupplyCap, want.SupplyCap, pol.MaxCapStep),
		BorrowCap:            capStep(cur.BorrowCap, want.BorrowCap, pol.MaxCapStep),
	}
	// threshold × bonus ≤ 100 %: lower the threshold, not the bonus (a
	// higher bonus is what pays liquidators in a crash).
	next.LiquidationThreshold = maxThreshold(next.LiquidationThreshold, next.LiquidationBonus)
	next.LTV = min(next.LTV, next.LiquidationThreshold)
	// A cap never below usage (the steward reverts CapBelowUsage), with a
	// whole token to spare: interest accrues between the block read and the
	// block the bundle lands in.
	if next.SupplyCap != 0 {
		next.SupplyCap = max(next.SupplyCap, u.Supplied+1)
	}
	if next.BorrowCap != 0 {
		next.BorrowCap = max(next.BorrowCap, u.Borrowed+1)
	}
	return next
}

// capTarget shrinks a cap with risk, never below usage plus headroom; no
// cap (0) stays none.
func capTarget(base, used, r int64, pol Policy) int64 {
	if base == 0 {
		return 0
	}
	floor := base * pol.CapFloor / PercentageFactor
	c := base - (base-floor)*r/PercentageFactor
	return max(c, used+used*pol.CapHeadroom/PercentageFactor)
}

// stepTo moves from cur towards want by at most step.
func stepTo(cur, want, step int64) int64 {
	return min(max(want, cur-step), cur+step)
}

// capStep moves a cap towards want by at most stepBps of the current cap
// (and at least 1 token); 0 (no cap) moves straight to want.
func capStep(cur, want, stepBps int64) int64 {
	if cur == 0 || want == 0 {
		return want
	}
	return stepTo(cur, want, max(cur*stepBps/PercentageFactor, 1))
}
