package aavev3

import "github.com/holiman/uint256"

// Read-only constants; uint256.Int is an array, so these are copied by value
// wherever they are used and never written.
var (
	// Wad is 1e18, WadRayMath.WAD.
	Wad = uint256.Int{1e18, 0, 0, 0}
	// Ray is 1e27, WadRayMath.RAY.
	Ray = *uint256.MustFromDecimal("1000000000000000000000000000")
	// MaxAmount is type(uint256).max, the amount that means "all" to
	// Withdraw and Repay.
	MaxAmount = uint256.Int{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}

	halfWad         = uint256.Int{5e17, 0, 0, 0}
	halfRay         = *uint256.MustFromDecimal("500000000000000000000000000")
	wadRayRatio     = uint256.Int{1e9, 0, 0, 0}
	halfWadRayRatio = uint256.Int{5e8, 0, 0, 0}
	percentFactor   = uint256.Int{1e4, 0, 0, 0}
	halfPercent     = uint256.Int{5e3, 0, 0, 0}
	maxUint128      = uint256.Int{^uint64(0), ^uint64(0), 0, 0}
	secondsPerYear  = uint256.Int{secondsPerYearN, 0, 0, 0}
	secondsPerYear2 = uint256.Int{secondsPerYearN * secondsPerYearN, 0, 0, 0}
)

// secondsPerYearN is MathUtils.SECONDS_PER_YEAR (365 days).
const secondsPerYearN = 365 * 24 * 3600

// PercentageFactor is PercentageMath.PERCENTAGE_FACTOR: 100.00 % in basis points.
const PercentageFactor = 10_000

// mulAddDiv sets z = (a·b + half)/d, failing with ErrMathOverflow when a·b +
// half exceeds 2^256-1. That is exactly the contracts' guard
// "a > (max - half)/b" (for b != 0, a > floor((max-half)/b) holds iff
// a·b > max-half), checked with two cheap overflow flags instead of a
// 256-bit division.
func mulAddDiv(z, a, b, half, d *uint256.Int) error {
	var p uint256.Int
	if !mulChecked(&p, a, b) {
		return ErrMathOverflow
	}
	if _, of := p.AddOverflow(&p, half); of {
		return ErrMathOverflow
	}
	z.Div(&p, d)
	return nil
}

// RayMul sets z = a·b/RAY rounded half up, as WadRayMath.rayMul. z may
// alias a or b.
func RayMul(z, a, b *uint256.Int) error { return mulAddDiv(z, a, b, &halfRay, &Ray) }

// WadMul sets z = a·b/WAD rounded half up, as WadRayMath.wadMul.
func WadMul(z, a, b *uint256.Int) error { return mulAddDiv(z, a, b, &halfWad, &Wad) }

// RayDiv sets z = a·RAY/b rounded half up, as WadRayMath.rayDiv:
// ErrMathOverflow when b is zero or a·RAY + b/2 overflows.
func RayDiv(z, a, b *uint256.Int) error {
	if b.IsZero() {
		return ErrMathOverflow
	}
	var half uint256.Int
	half.Rsh(b, 1)
	return mulAddDiv(z, a, &Ray, &half, b)
}

// WadDiv sets z = a·WAD/b rounded half up, as WadRayMath.wadDiv.
func WadDiv(z, a, b *uint256.Int) error {
	if b.IsZero() {
		return ErrMathOverflow
	}
	var half uint256.Int
	half.Rsh(b, 1)
	return mulAddDiv(z, a, &Wad, &half, b)
}

// RayToWad sets z = a/1e9 rounded half up, as WadRayMath.rayToWad.
func RayToWad(z, a *uint256.Int) {
	var r uint256.Int
	z.DivMod(a, &wadRayRatio, &r)
	if !r.Lt(&halfWadRayRatio) {
		z.AddUint64(z, 1)
	}
}

// WadToRay sets z = a·1e9, as WadRayMath.wadToRay: ErrMathOverflow when it
// does not fit.
func WadToRay(z, a *uint256.Int) error {
	if !mulChecked(z, a, &wadRayRatio) {
		return ErrMathOverflow
	}
	return nil
}

// PercentMul sets z = value·percentage/1e4 rounded half up, as
// PercentageMath.percentMul (percentage in basis points).
func PercentMul(z, value *uint256.Int, percentage uint64) error {
	p := uint256.Int{percentage, 0, 0, 0}
	return mulAddDiv(z, value, &p, &halfPercent, &percentFactor)
}

// PercentDiv sets z = value·1e4/percentage rounded half up, as
// PercentageMath.percentDiv: ErrMathOverflow when percentage is zero.
func PercentDiv(z, value *uint256.Int, percentage uint64) error {
	if percentage == 0 {
		return ErrMathOverflow
	}
	p := uint256.Int{percentage, 0, 0, 0}
	half := uint256.Int{percentage / 2, 0, 0, 0}
	return mulAddDiv(z, value, &percentFactor, &half, &p)
}

// CalculateLinearInterest sets z to the linear growth factor (a ray) of rate
// (a ray, per year) over elapsed seconds, as MathUtils.calculateLinearInterest:
// RAY + rate·elapsed/SECONDS_PER_YEAR.
func CalculateLinearInterest(z, rate *uint256.Int, elapsed uint64) error {
	var r uint256.Int
	e := uint256.Int{elapsed, 0, 0, 0}
	if !mulChecked(&r, rate, &e) {
		return ErrArithmetic
	}
	r.Div(&r, &secondsPerYear)
	if _, of := z.AddOverflow(&Ray, &r); of {
		return ErrArithmetic
	}
	return nil
}

// CalculateCompoundedInterest sets z to the compounded growth factor (a ray)
// of rate (a ray, per year) over elapsed seconds, as
// MathUtils.calculateCompoundedInterest: the binomial expansion of
// (1 + rate/SECONDS_PER_YEAR)^elapsed cut after its third-order term, which
// slightly undershoots the exact compounding (by about rate⁴/24 over a year)
// to save gas. Each term rounds down as the contract does.
func CalculateCompoundedInterest(z, rate *uint256.Int, elapsed uint64) error {
	if elapsed == 0 {
		z.Set(&Ray)
		return nil
	}
	exp := uint256.Int{elapsed, 0, 0, 0}
	expMinusOne := uint256.Int{elapsed - 1, 0, 0, 0}
	var expMinusTwo uint256.Int
	if elapsed > 2 {
		expMinusTwo[0] = elapsed - 2
	}
	var basePowerTwo, basePowerThree uint256.Int
	if err := RayMul(&basePowerTwo, rate, rate); err != nil {
		return err
	}
	basePowerTwo.Div(&basePowerTwo, &secondsPerYear2)
	if err := RayMul(&basePowerThree, &basePowerTwo, rate); err != nil {
		return err
	}
	basePowerThree.Div(&basePowerThree, &secondsPerYear)

	// Solidity evaluates a*b*c as (a*b)*c, each product checked.
	var second, third, first uint256.Int
	if !mulChecked(&second, &exp, &expMinusOne) || !mulChecked(&second, &second, &basePowerTwo) {
		return ErrArithmetic
	}
	second.Rsh(&second, 1)
	if !mulChecked(&third, &exp, &expMinusOne) || !mulChecked(&third, &third, &expMinusTwo) ||
		!mulChecked(&third, &third, &basePowerThree) {
		return ErrArithmetic
	}
	third.Div(&third, &uint256.Int{6, 0, 0, 0})
	if !mulChecked(&first, rate, &exp) {
		return ErrArithmetic
	}
	first.Div(&first, &secondsPerYear)
	if !addChecked(z, &Ray, &first) || !addChecked(z, z, &second) || !addChecked(z, z, &third) {
		return ErrArithmetic
	}
	return nil
}

// mulChecked sets z = x·y and reports whether it fit (Solidity's checked *).
func mulChecked(z, x, y *uint256.Int) bool {
	if x[2]|x[3]|y[2]|y[3] == 0 {
		// Both below 2^128: the product fits, and Mul is much cheaper than
		// MulOverflow's full 512-bit product. Balances, indexes and rates
		// are uint128 on chain, so this is the usual path.
		z.Mul(x, y)
		return true
	}
	_, of := z.MulOverflow(x, y)
	return !of
}

// addChecked sets z = x+y and reports whether it fit (Solidity's checked +).
func addChecked(z, x, y *uint256.Int) bool {
	_, of := z.AddOverflow(x, y)
	return !of
}

// subChecked sets z = x-y and reports whether it did not underflow.
func subChecked(z, x, y *uint256.Int) bool {
	_, of := z.SubOverflow(x, y)
	return !of
}

// toUint128 is SafeCast.toUint128's range check.
func toUint128(x *uint256.Int) error {
	if x.Gt(&maxUint128) {
		return ErrSafeCast
	}
	return nil
}
