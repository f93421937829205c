package contracts

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// The fields of a reserve that AaveRiskSteward sets; a guarded parameter is
// named AaveParam(symbol, field), e.g. "WETH.ltv".
const (
	// AaveLTV is the loan-to-value, in basis points (8050 = 80.5 %).
	AaveLTV = "ltv"
	// AaveLiquidationThreshold is the liquidation threshold, in basis points.
	AaveLiquidationThreshold = "liquidationThreshold"
	// AaveLiquidationBonus is the liquidation bonus in basis points
	// including the 100 %: 10500 pays liquidators 5 %.
	AaveLiquidationBonus = "liquidationBonus"
	// AaveSupplyCap is the supply cap in whole tokens; 0 means no cap.
	AaveSupplyCap = "supplyCap"
	// AaveBorrowCap is the borrow cap in whole tokens; 0 means no cap.
	AaveBorrowCap = "borrowCap"
)

// AaveFields lists the fields AaveRiskSteward sets, in the order it
// registers them for each asset.
func AaveFields() []string {
	return []string{AaveLTV, AaveLiquidationThreshold, AaveLiquidationBonus, AaveSupplyCap, AaveBorrowCap}
}

// AaveParam is the name of a guarded Aave parameter: "<symbol>.<field>".
// Param turns it into its on-chain key; the whole name must fit 32 bytes.
func AaveParam(symbol, field string) string { return symbol + "." + field }

// ReserveConfiguration is an Aave v3 reserve's configuration word
// (Pool.getConfiguration), unpacked per ReserveConfiguration.sol's bit layout.
type ReserveConfiguration struct {
	LTV, LiquidationThreshold, LiquidationBonus uint64 // basis points; the bonus includes the 100 %
	Decimals                                    uint64
	Active, Frozen, BorrowingEnabled            bool
	StableBorrowingEnabled, Paused              bool
	BorrowableInIsolation, Siloed, FlashLoans   bool
	ReserveFactor                               uint64 // basis points
	BorrowCap, SupplyCap                        uint64 // whole tokens; 0 = no cap
	LiquidationProtocolFee                      uint64 // basis points of the bonus
	EModeCategory                               uint64
	UnbackedMintCap                             uint64 // whole tokens
	DebtCeiling                                 uint64 // in the market's base currency, 2 decimals
}

// DecodeReserveConfiguration unpacks the configuration word of a reserve.
func DecodeReserveConfiguration(data *big.Int) ReserveConfiguration {
	bits := func(shift, width uint) uint64 {
		v := new(big.Int).Rsh(data, shift)
		return v.And(v, new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), width), big.NewInt(1))).Uint64()
	}
	flag := func(bit uint) bool { return data.Bit(int(bit)) == 1 }
	return ReserveConfiguration{
		LTV:                    bits(0, 16),
		LiquidationThreshold:   bits(16, 16),
		LiquidationBonus:       bits(32, 16),
		Decimals:               bits(48, 8),
		Active:                 flag(56),
		Frozen:                 flag(57),
		BorrowingEnabled:       flag(58),
		StableBorrowingEnabled: flag(59),
		Paused:                 flag(60),
		BorrowableInIsolation:  flag(61),
		Siloed:                 flag(62),
		FlashLoans:             flag(63),
		ReserveFactor:          bits(64, 16),
		BorrowCap:              bits(80, 36),
		SupplyCap:              bits(116, 36),
		LiquidationProtocolFee: bits(152, 16),
		EModeCategory:          bits(168, 8),
		UnbackedMintCap:        bits(176, 36),
		DebtCeiling:            bits(212, 40),
	}
}

// Field returns the value of one of AaveFields, as AaveRiskSteward reads it.
func (c ReserveConfiguration) Field(field string) (int64, error) {
	switch field {
	case AaveLTV:
		return int64(c.LTV), nil
	case AaveLiquidationThreshold:
		return int64(c.LiquidationThreshold), nil
	case AaveLiquidationBonus:
		return int64(c.LiquidationBonus), nil
	case AaveSupplyCap:
		return int64(c.SupplyCap), nil
	case AaveBorrowCap:
		return int64(c.BorrowCap), nil
	}
	return 0, fmt.Errorf("unknown Aave risk field %q (want one of %s)", field, strings.Join(AaveFields(), ", "))
}

// aaveErrors are Aave v3's revert reasons (core-v3 1.19.3,
// protocol/libraries/helpers/Errors.sol): a require's reason is the code,
// here mapped to the constant's name. Code 48 is unused upstream.
var aaveErrors = [...]string{
	1: "CALLER_NOT_POOL_ADMIN", 2: "CALLER_NOT_EMERGENCY_ADMIN", 3: "CALLER_NOT_POOL_OR_EMERGENCY_ADMIN",
	4: "CALLER_NOT_RISK_OR_POOL_ADMIN", 5: "CALLER_NOT_ASSET_LISTING_OR_POOL_ADMIN", 6: "CALLER_NOT_BRIDGE",
	7: "ADDRESSES_PROVIDER_NOT_REGISTERED", 8: "INVALID_ADDRESSES_PROVIDER_ID", 9: "NOT_CONTRACT",
	10: "CALLER_NOT_POOL_CONFIGURATOR", 11: "CALLER_NOT_ATOKEN", 12: "INVALID_ADDRESSES_PROVIDER",
	13: "INVALID_FLASHLOAN_EXECUTOR_RETURN", 14: "RESERVE_ALREADY_ADDED", 15: "NO_MORE_RESERVES_ALLOWED",
	16: "EMODE_CATEGORY_RESERVED", 17: "INVALID_EMODE_CATEGORY_ASSIGNMENT", 18: "RESERVE_LIQUIDITY_NOT_ZERO",
	19: "FLASHLOAN_PREMIUM_INVALID", 20: "INVALID_RESERVE_PARAMS", 21: "INVALID_EMODE_CATEGORY_PARAMS",
	22: "BRIDGE_PROTOCOL_FEE_INVALID", 23: "CALLER_MUST_BE_POOL", 24: "INVALID_MINT_AMOUNT",
	25: "INVALID_BURN_AMOUNT", 26: "INVALID_AMOUNT", 27: "RESERVE_INACTIVE", 28: "RESERVE_FROZEN",
	29: "RESERVE_PAUSED", 30: "BORROWING_NOT_ENABLED", 31: "STABLE_BORROWING_NOT_ENABLED",
	32: "NOT_ENOUGH_AVAILABLE_USER_BALANCE", 33: "INVALID_INTEREST_RATE_MODE_SELECTED",
	34: "COLLATERAL_BALANCE_IS_ZERO", 35: "HEALTH_FACTOR_LOWER_THAN_LIQUIDATION_THRESHOLD",
	36: "COLLATERAL_CANNOT_COVER_NEW_BORROW", 37: "COLLATERAL_SAME_AS_BORROWING_CURRENCY",
	38: "AMOUNT_BIGGER_THAN_MAX_LOAN_SIZE_STABLE", 39: "NO_DEBT_OF_SELECTED_TYPE",
	40: "NO_EXPLICIT_AMOUNT_TO_REPAY_ON_BEHALF", 41: "NO_OUTSTANDING_STABLE_DEBT",
	42: "NO_OUTSTANDING_VARIABLE_DEBT", 43: "UNDERLYING_BALANCE_ZERO",
	44: "INTEREST_RATE_REBALANCE_CONDITIONS_NOT_MET", 45: "HEALTH_FACTOR_NOT_BELOW_THRESHOLD",
	46: "COLLATERAL_CANNOT_BE_LIQUIDATED", 47: "SPECIFIED_CURRENCY_NOT_BORROWED_BY_USER",
	49: "INCONSISTENT_FLASHLOAN_PARAMS", 50: "BORROW_CAP_EXCEEDED", 51: "SUPPLY_CAP_EXCEEDED",
	52: "UNBACKED_MINT_CAP_EXCEEDED", 53: "DEBT_CEILING_EXCEEDED", 54: "UNDERLYING_CLAIMABLE_RIGHTS_NOT_ZERO",
	55: "STABLE_DEBT_NOT_ZERO", 56: "VARIABLE_DEBT_SUPPLY_NOT_ZERO", 57: "LTV_VALIDATION_FAILED",
	58: "INCONSISTENT_EMODE_CATEGORY", 59: "PRICE_ORACLE_SENTINEL_CHECK_FAILED",
	60: "ASSET_NOT_BORROWABLE_IN_ISOLATION", 61: "RESERVE_ALREADY_INITIALIZED",
	62: "USER_IN_ISOLATION_MODE_OR_LTV_ZERO", 63: "INVALID_LTV", 64: "INVALID_LIQ_THRESHOLD",
	65: "INVALID_LIQ_BONUS", 66: "INVALID_DECIMALS", 67: "INVALID_RESERVE_FACTOR", 68: "INVALID_BORROW_CAP",
	69: "INVALID_SUPPLY_CAP", 70: "INVALID_LIQUIDATION_PROTOCOL_FEE", 71: "INVALID_EMODE_CATEGORY",
	72: "INVALID_UNBACKED_MINT_CAP", 73: "INVALID_DEBT_CEILING", 74: "INVALID_RESERVE_INDEX",
	75: "ACL_ADMIN_CANNOT_BE_ZERO", 76: "INCONSISTENT_PARAMS_LENGTH", 77: "ZERO_ADDRESS_NOT_VALID",
	78: "INVALID_EXPIRATION", 79: "INVALID_SIGNATURE", 80: "OPERATION_NOT_SUPPORTED",
	81: "DEBT_CEILING_NOT_ZERO", 82: "ASSET_NOT_LISTED", 83: "INVALID_OPTIMAL_USAGE_RATIO",
	84: "INVALID_OPTIMAL_STABLE_TO_TOTAL_DEBT_RATIO", 85: "UNDERLYING_CANNOT_BE_RESCUED",
	86: "ADDRESSES_PROVIDER_ALREADY_ADDED", 87: "POOL_ADDRESSES_DO_NOT_MATCH", 88: "STABLE_BORROWING_ENABLED",
	89: "SILOED_BORROWING_VIOLATION", 90: "RESERVE_DEBT_NOT_ZERO", 91: "FLASHLOAN_DISABLED",
}

// AaveErrorName returns the name of Aave v3's error with code reason ("20"
// → "INVALID_RESERVE_PARAMS"), and false for any other reason. Only the
// canonical decimal form counts ("020" is not a code).
func AaveErrorName(reason string) (string, bool) {
	n, err := strconv.Atoi(reason)
	if err != nil || n <= 0 || n >= len(aaveErrors) || strconv.Itoa(n) != reason || aaveErrors[n] == "" {
		return "", false
	}
	return aaveErrors[n], true
}
