package aavev3

import (
	"fmt"

	"github.com/holiman/uint256"
)

// RateStrategy holds the parameters of a DefaultReserveInterestRateStrategy
// (its constructor's arguments, all rays). The stable-rate parameters only
// shape the stable borrow rate the reserve reports (getReserveData's
// currentStableBorrowRate); nobody borrows at it in the model. Zero values
// are valid except that a zero OptimalUsageRatio makes every rate update
// revert, as on chain.
type RateStrategy struct {
	// OptimalUsageRatio is OPTIMAL_USAGE_RATIO, the kink of the curve.
	OptimalUsageRatio uint256.Int
	// BaseVariableBorrowRate is the variable rate at zero usage.
	BaseVariableBorrowRate uint256.Int
	// VariableRateSlope1 is the rise of the variable rate from zero to
	// optimal usage.
	VariableRateSlope1 uint256.Int
	// VariableRateSlope2 is the rise from optimal to full usage.
	VariableRateSlope2 uint256.Int
	// StableRateSlope1 and StableRateSlope2 are the stable curve's slopes.
	StableRateSlope1 uint256.Int
	StableRateSlope2 uint256.Int
	// BaseStableRateOffset is the stable rate's premium over VariableRateSlope1.
	BaseStableRateOffset uint256.Int
	// StableRateExcessOffset and OptimalStableToTotalDebtRatio are the
	// stable-to-total-debt kink; with no stable debt they never apply, but
	// OptimalStableToTotalDebtRatio is still checked as the constructor does.
	StableRateExcessOffset        uint256.Int
	OptimalStableToTotalDebtRatio uint256.Int
}

// validate is the constructor's two requires.
func (s *RateStrategy) validate() error {
	if s.OptimalUsageRatio.Gt(&Ray) {
		return ErrInvalidOptimalUsageRatio
	}
	if s.OptimalStableToTotalDebtRatio.Gt(&Ray) {
		return ErrInvalidOptimalStableToTotalDebtRatio
	}
	return nil
}

// RateInputs are DataTypes.CalculateInterestRatesParams with no stable debt
// (totalStableDebt and averageStableBorrowRate are zero).
type RateInputs struct {
	// Unbacked is the reserve's unbacked aTokens (portals; zero in the Market).
	Unbacked uint256.Int
	// LiquidityAdded and LiquidityTaken are the action's pending change to
	// the reserve's cash, which has not moved yet when rates are updated.
	LiquidityAdded uint256.Int
	LiquidityTaken uint256.Int
	// TotalVariableDebt is the reserve's variable debt after the action.
	TotalVariableDebt uint256.Int
	// ReserveFactor is in basis points.
	ReserveFactor uint64
	// Balance is IERC20(asset).balanceOf(aToken) before the action's transfer:
	// the reserve's cash.
	Balance uint256.Int
}

// Rates are a reserve's current rates, rays per year.
type Rates struct {
	Liquidity      uint256.Int
	StableBorrow   uint256.Int
	VariableBorrow uint256.Int
}

// CalculateInterestRates is DefaultReserveInterestRateStrategy.calculateInterestRates
// with no stable debt, line by line: usage is debt over cash plus debt, the
// variable rate follows the two-slope curve, and the liquidity rate is the
// overall borrow rate (the debt-weighted average, which with variable debt
// alone is the variable rate up to the rounding of a wadToRay, rayMul,
// rayDiv round trip, kept here) times the supply usage, less the reserve
// factor.
func (s *RateStrategy) CalculateInterestRates(in *RateInputs) (Rates, error) {
	var out Rates
	totalDebt := in.TotalVariableDebt // + totalStableDebt, which is zero
	out.VariableBorrow = s.BaseVariableBorrowRate
	if !addChecked(&out.StableBorrow, &s.VariableRateSlope1, &s.BaseStableRateOffset) {
		return out, ErrArithmetic
	}

	var borrowUsage, supplyUsage uint256.Int
	if !totalDebt.IsZero() {
		// stableToTotalDebtRatio = 0.rayDiv(totalDebt) = 0: its excess branch
		// below never runs.
		var avail, plusDebt, withUnbacked uint256.Int
		if !addChecked(&avail, &in.Balance, &in.LiquidityAdded) ||
			!subChecked(&avail, &avail, &in.LiquidityTaken) ||
			!addChecked(&plusDebt, &avail, &totalDebt) {
			return out, fmt.Errorf("%w: available liquidity", ErrArithmetic)
		}
		if err := RayDiv(&borrowUsage, &totalDebt, &plusDebt); err != nil {
			return out, err
		}
		if !addChecked(&withUnbacked, &plusDebt, &in.Unbacked) {
			return out, ErrArithmetic
		}
		if err := RayDiv(&supplyUsage, &totalDebt, &withUnbacked); err != nil {
			return out, err
		}
	}

	var t uint256.Int
	if borrowUsage.Gt(&s.OptimalUsageRatio) {
		var excess, maxExcess uint256.Int
		maxExcess.Sub(&Ray, &s.OptimalUsageRatio) // validate keeps optimal <= RAY
		excess.Sub(&borrowUsage, &s.OptimalUsageRatio)
		if err := RayDiv(&excess, &excess, &maxExcess); err != nil {
			return out, err
		}
		if err := RayMul(&t, &s.StableRateSlope2, &excess); err != nil {
			return out, err
		}
		if !addChecked(&t, &s.StableRateSlope1, &t) || !addChecked(&out.StableBorrow, &out.StableBorrow, &t) {
			return out, ErrArithmetic
		}
		if err := RayMul(&t, &s.VariableRateSlope2, &excess); err != nil {
			return out, err
		}
		if !addChecked(&t, &s.VariableRateSlope1, &t) || !addChecked(&out.VariableBorrow, &out.VariableBorrow, &t) {
			return out, ErrArithmetic
		}
	} else {
		if err := slopeAt(&t, &s.StableRateSlope1, &borrowUsage, &s.OptimalUsageRatio); err != nil {
			return out, err
		}
		if !addChecked(&out.StableBorrow, &out.StableBorrow, &t) {
			return out, ErrArithmetic
		}
		if err := slopeAt(&t, &s.VariableRateSlope1, &borrowUsage, &s.OptimalUsageRatio); err != nil {
			return out, err
		}
		if !addChecked(&out.VariableBorrow, &out.VariableBorrow, &t) {
			return out, ErrArithmetic
		}
	}

	// _getOverallBorrowRate(0, totalDebt, variableRate, 0).
	var overall uint256.Int
	if !totalDebt.IsZero() {
		var debtRay uint256.Int
		if err := WadToRay(&debtRay, &totalDebt); err != nil {
			return out, err
		}
		if err := RayMul(&overall, &debtRay, &out.VariableBorrow); err != nil {
			return out, err
		}
		// weightedStableRate = 0.wadToRay().rayMul(0) = 0.
		if err := RayDiv(&overall, &overall, &debtRay); err != nil {
			return out, err
		}
	}
	if err := RayMul(&out.Liquidity, &overall, &supplyUsage); err != nil {
		return out, err
	}
	if in.ReserveFactor > PercentageFactor {
		return out, ErrArithmetic
	}
	if err := PercentMul(&out.Liquidity, &out.Liquidity, PercentageFactor-in.ReserveFactor); err != nil {
		return out, err
	}
	return out, nil
}

// slopeAt sets z = slope.rayMul(usage).rayDiv(optimal), the rise below the kink.
func slopeAt(z, slope, usage, optimal *uint256.Int) error {
	if err := RayMul(z, slope, usage); err != nil {
		return err
	}
	return RayDiv(z, z, optimal)
}
