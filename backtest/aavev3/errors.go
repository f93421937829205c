package aavev3

import (
	"errors"
	"fmt"
)

// Error is a revert of the Aave v3 contracts that carries one of the codes
// of Errors.sol: the Pool reverts with the code as its reason string ("35"),
// so a revert decoded from the real bytecode maps back to the same sentinel
// through ErrorForCode. Compare with errors.Is against the sentinels below.
type Error struct {
	// Code is the reason string the contracts revert with.
	Code string
	// Name is the constant's name in Errors.sol.
	Name string
}

func (e *Error) Error() string { return "aavev3: " + e.Code + " " + e.Name }

// Sentinel errors for the Errors.sol codes the model can raise.
var (
	// ErrNoMoreReservesAllowed is "15": the market already lists 128 reserves.
	ErrNoMoreReservesAllowed = &Error{"15", "NO_MORE_RESERVES_ALLOWED"}
	// ErrReserveLiquidityNotZero is "18": a liquidation threshold of zero on a
	// reserve that has suppliers or treasury accruals.
	ErrReserveLiquidityNotZero = &Error{"18", "RESERVE_LIQUIDITY_NOT_ZERO"}
	// ErrInvalidReserveParams is "20": LTV above the liquidation threshold, a
	// bonus not above 100 %, or threshold × bonus above 100 %.
	ErrInvalidReserveParams = &Error{"20", "INVALID_RESERVE_PARAMS"}
	// ErrInvalidMintAmount is "24": an amount that scales to zero tokens.
	ErrInvalidMintAmount = &Error{"24", "INVALID_MINT_AMOUNT"}
	// ErrInvalidBurnAmount is "25": an amount that scales to zero tokens.
	ErrInvalidBurnAmount = &Error{"25", "INVALID_BURN_AMOUNT"}
	// ErrInvalidAmount is "26": a zero amount.
	ErrInvalidAmount = &Error{"26", "INVALID_AMOUNT"}
	// ErrReserveInactive is "27".
	ErrReserveInactive = &Error{"27", "RESERVE_INACTIVE"}
	// ErrReserveFrozen is "28".
	ErrReserveFrozen = &Error{"28", "RESERVE_FROZEN"}
	// ErrReservePaused is "29".
	ErrReservePaused = &Error{"29", "RESERVE_PAUSED"}
	// ErrBorrowingNotEnabled is "30".
	ErrBorrowingNotEnabled = &Error{"30", "BORROWING_NOT_ENABLED"}
	// ErrNotEnoughAvailableUserBalance is "32": withdrawing more than the
	// user's aToken balance.
	ErrNotEnoughAvailableUserBalance = &Error{"32", "NOT_ENOUGH_AVAILABLE_USER_BALANCE"}
	// ErrCollateralBalanceIsZero is "34": borrowing with no collateral.
	ErrCollateralBalanceIsZero = &Error{"34", "COLLATERAL_BALANCE_IS_ZERO"}
	// ErrHealthFactorLowerThanLiquidationThreshold is "35": the health factor
	// is not above 1 before a borrow, or below 1 after a withdrawal or a
	// change of collateral.
	ErrHealthFactorLowerThanLiquidationThreshold = &Error{"35", "HEALTH_FACTOR_LOWER_THAN_LIQUIDATION_THRESHOLD"}
	// ErrCollateralCannotCoverNewBorrow is "36": the borrow would take the
	// debt above the collateral's loan-to-value limit.
	ErrCollateralCannotCoverNewBorrow = &Error{"36", "COLLATERAL_CANNOT_COVER_NEW_BORROW"}
	// ErrNoDebtOfSelectedType is "39": repaying a reserve the user owes nothing.
	ErrNoDebtOfSelectedType = &Error{"39", "NO_DEBT_OF_SELECTED_TYPE"}
	// ErrNoExplicitAmountToRepayOnBehalf is "40": repaying "all" for another user.
	ErrNoExplicitAmountToRepayOnBehalf = &Error{"40", "NO_EXPLICIT_AMOUNT_TO_REPAY_ON_BEHALF"}
	// ErrUnderlyingBalanceZero is "43": toggling collateral with no balance.
	ErrUnderlyingBalanceZero = &Error{"43", "UNDERLYING_BALANCE_ZERO"}
	// ErrHealthFactorNotBelowThreshold is "45": liquidating a user whose
	// health factor is not below 1.
	ErrHealthFactorNotBelowThreshold = &Error{"45", "HEALTH_FACTOR_NOT_BELOW_THRESHOLD"}
	// ErrCollateralCannotBeLiquidated is "46": the collateral is not enabled as
	// collateral for the user, or its liquidation threshold is zero.
	ErrCollateralCannotBeLiquidated = &Error{"46", "COLLATERAL_CANNOT_BE_LIQUIDATED"}
	// ErrSpecifiedCurrencyNotBorrowedByUser is "47".
	ErrSpecifiedCurrencyNotBorrowedByUser = &Error{"47", "SPECIFIED_CURRENCY_NOT_BORROWED_BY_USER"}
	// ErrBorrowCapExceeded is "50".
	ErrBorrowCapExceeded = &Error{"50", "BORROW_CAP_EXCEEDED"}
	// ErrSupplyCapExceeded is "51".
	ErrSupplyCapExceeded = &Error{"51", "SUPPLY_CAP_EXCEEDED"}
	// ErrLTVValidationFailed is "57": borrowing with an average LTV of zero, or
	// withdrawing a non-zero-LTV collateral while holding zero-LTV collateral.
	ErrLTVValidationFailed = &Error{"57", "LTV_VALIDATION_FAILED"}
	// ErrUserInIsolationModeOrLTVZero is "62": enabling as collateral a
	// reserve whose LTV is zero.
	ErrUserInIsolationModeOrLTVZero = &Error{"62", "USER_IN_ISOLATION_MODE_OR_LTV_ZERO"}
	// ErrInvalidReserveFactor is "67": a reserve factor above 100 %.
	ErrInvalidReserveFactor = &Error{"67", "INVALID_RESERVE_FACTOR"}
	// ErrInvalidBorrowCap is "68": a borrow cap above 2^36-1.
	ErrInvalidBorrowCap = &Error{"68", "INVALID_BORROW_CAP"}
	// ErrInvalidSupplyCap is "69": a supply cap above 2^36-1.
	ErrInvalidSupplyCap = &Error{"69", "INVALID_SUPPLY_CAP"}
	// ErrInvalidLiquidationProtocolFee is "70": a fee above 100 %.
	ErrInvalidLiquidationProtocolFee = &Error{"70", "INVALID_LIQUIDATION_PROTOCOL_FEE"}
	// ErrInvalidOptimalUsageRatio is "83": an optimal usage above 100 %.
	ErrInvalidOptimalUsageRatio = &Error{"83", "INVALID_OPTIMAL_USAGE_RATIO"}
	// ErrInvalidOptimalStableToTotalDebtRatio is "84".
	ErrInvalidOptimalStableToTotalDebtRatio = &Error{"84", "INVALID_OPTIMAL_STABLE_TO_TOTAL_DEBT_RATIO"}
)

// codes lists the sentinels for ErrorForCode.
func codes() []*Error {
	return []*Error{
		ErrNoMoreReservesAllowed, ErrReserveLiquidityNotZero, ErrInvalidReserveParams,
		ErrInvalidMintAmount, ErrInvalidBurnAmount, ErrInvalidAmount, ErrReserveInactive,
		ErrReserveFrozen, ErrReservePaused, ErrBorrowingNotEnabled,
		ErrNotEnoughAvailableUserBalance, ErrCollateralBalanceIsZero,
		ErrHealthFactorLowerThanLiquidationThreshold, ErrCollateralCannotCoverNewBorrow,
		ErrNoDebtOfSelectedType, ErrNoExplicitAmountToRepayOnBehalf, ErrUnderlyingBalanceZero,
		ErrHealthFactorNotBelowThreshold, ErrCollateralCannotBeLiquidated,
		ErrSpecifiedCurrencyNotBorrowedByUser, ErrBorrowCapExceeded, ErrSupplyCapExceeded,
		ErrLTVValidationFailed, ErrUserInIsolationModeOrLTVZero, ErrInvalidReserveFactor,
		ErrInvalidBorrowCap, ErrInvalidSupplyCap, ErrInvalidLiquidationProtocolFee,
		ErrInvalidOptimalUsageRatio, ErrInvalidOptimalStableToTotalDebtRatio,
	}
}

// ErrorForCode returns the sentinel for an Errors.sol code the model knows,
// such as the reason string of a revert from the real Pool.
func ErrorForCode(code string) (*Error, bool) {
	for _, e := range codes() {
		if e.Code == code {
			return e, true
		}
	}
	return nil, false
}

// Reverts without an Errors.sol code: the EVM's checked-arithmetic panics,
// the math libraries' bare revert, and SafeCast.
var (
	// ErrMathOverflow is WadRayMath's or PercentageMath's revert(0, 0): a
	// product that would overflow, or a division by zero.
	ErrMathOverflow = errors.New("aavev3: wad/ray/percentage math overflow")
	// ErrArithmetic is Solidity's Panic(0x11): a checked addition,
	// subtraction or multiplication out of range. Borrowing or withdrawing
	// more than the reserve's cash fails with it (the rate strategy's
	// "balance + added - taken" underflows), as on chain.
	ErrArithmetic = errors.New("aavev3: arithmetic underflow or overflow (panic 0x11)")
	// ErrDivisionByZero is Solidity's Panic(0x12).
	ErrDivisionByZero = errors.New("aavev3: division by zero (panic 0x12)")
	// ErrSafeCast is SafeCast.toUint128's "SafeCast: value doesn't fit in 128 bits".
	ErrSafeCast = errors.New("aavev3: SafeCast: value doesn't fit in 128 bits")
)

// Errors of the model itself, for calls the contracts have no code for.
var (
	// ErrUnknownReserve is an asset the market does not list (on chain the
	// call would act on an empty, inactive reserve: "27").
	ErrUnknownReserve = fmt.Errorf("%w: reserve not listed", ErrReserveInactive)
	// ErrReserveExists is AddReserve with an asset already listed.
	ErrReserveExists = errors.New("aavev3: reserve already listed")
	// ErrNoPrice is an asset with no price set: AaveOracle falls back to its
	// fallback oracle, which the modelled market does not have, so the call
	// reverts.
	ErrNoPrice = errors.New("aavev3: no oracle price")
	// ErrTimeBackwards is SetTimestamp with a time before the current one or
	// beyond uint40.
	ErrTimeBackwards = errors.New("aavev3: timestamp before the current one or beyond uint40")
	// ErrConfig is a Config or ReserveParams field the model rejects.
	ErrConfig = errors.New("aavev3: bad config")
)
