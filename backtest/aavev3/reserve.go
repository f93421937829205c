package aavev3

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Limits of ReserveConfiguration's bit fields.
const (
	// MaxValidCap is MAX_VALID_BORROW_CAP and MAX_VALID_SUPPLY_CAP (36 bits).
	MaxValidCap = 1<<36 - 1
	// MaxReserves is ReserveConfiguration.MAX_RESERVES_COUNT.
	MaxReserves = 128
	// maxDecimals keeps 10^decimals inside 256 bits; the contracts compute
	// it unchecked, so a larger value would silently wrap.
	maxDecimals = 77
)

// ReserveConfig is the part of a reserve's ReserveConfigurationMap the model
// uses. Percentages are basis points (10000 = 100 %); caps are whole tokens
// (0 = no cap), as the configurator sets them.
type ReserveConfig struct {
	// Decimals are the underlying token's decimals. At most 77.
	Decimals uint8
	// LTV is the loan-to-value limit on borrowing against the reserve.
	LTV uint16
	// LiquidationThreshold is the share of the collateral's value counted in
	// the health factor.
	LiquidationThreshold uint16
	// LiquidationBonus is what a liquidator receives per unit repaid, such as
	// 10500 for a 5 % bonus.
	LiquidationBonus uint16
	// ReserveFactor is the interest share that accrues to the treasury.
	ReserveFactor uint16
	// LiquidationProtocolFee is the treasury's share of the liquidation bonus.
	LiquidationProtocolFee uint16
	// SupplyCap and BorrowCap are in whole tokens; at most MaxValidCap.
	SupplyCap uint64
	BorrowCap uint64
	// Active must be set for any action, as isActive on chain.
	Active bool
	// Frozen blocks supply and borrow.
	Frozen bool
	// Paused blocks every action.
	Paused bool
	// BorrowingEnabled allows variable-rate borrowing.
	BorrowingEnabled bool
}

// validate applies PoolConfigurator's checks on the values it accepts.
func (c *ReserveConfig) validate() error {
	if c.Decimals > maxDecimals {
		return fmt.Errorf("%w: Decimals %d above %d", ErrConfig, c.Decimals, maxDecimals)
	}
	if c.LTV > c.LiquidationThreshold {
		return fmt.Errorf("%w: LTV %d above LiquidationThreshold %d", ErrInvalidReserveParams, c.LTV, c.LiquidationThreshold)
	}
	if c.LiquidationThreshold != 0 {
		if c.LiquidationBonus <= PercentageFactor {
			return fmt.Errorf("%w: LiquidationBonus %d not above 100 %%", ErrInvalidReserveParams, c.LiquidationBonus)
		}
		var lt uint256.Int
		lt.SetUint64(uint64(c.LiquidationThreshold))
		if err := PercentMul(&lt, &lt, uint64(c.LiquidationBonus)); err != nil || lt.Uint64() > PercentageFactor {
			return fmt.Errorf("%w: LiquidationThreshold × LiquidationBonus above 100 %%", ErrInvalidReserveParams)
		}
	} else if c.LiquidationBonus != 0 {
		return fmt.Errorf("%w: LiquidationBonus %d with a zero threshold", ErrInvalidReserveParams, c.LiquidationBonus)
	}
	if c.ReserveFactor > PercentageFactor {
		return ErrInvalidReserveFactor
	}
	if c.LiquidationProtocolFee > PercentageFactor {
		return ErrInvalidLiquidationProtocolFee
	}
	if c.BorrowCap > MaxValidCap {
		return ErrInvalidBorrowCap
	}
	if c.SupplyCap > MaxValidCap {
		return ErrInvalidSupplyCap
	}
	return nil
}

// reserve is DataTypes.ReserveData plus the token totals and the oracle
// price the model keeps in place of the token and oracle contracts.
type reserve struct {
	asset    common.Address
	id       int
	cfg      ReserveConfig
	strategy RateStrategy
	// price is the oracle's answer, 8-decimal USD; zero means none.
	price uint256.Int
	// unit is 10^decimals.
	unit uint256.Int

	liquidityIndex      uint256.Int // uint128, ray
	variableBorrowIndex uint256.Int // uint128, ray
	rates               Rates       // uint128 each, ray
	lastUpdate          uint64      // uint40
	accruedToTreasury   uint256.Int // uint128, scaled

	scaledATokenSupply uint256.Int // AToken.scaledTotalSupply()
	scaledVariableDebt uint256.Int // VariableDebtToken.scaledTotalSupply()
	cash               uint256.Int // IERC20(asset).balanceOf(aToken)
}

// pow10 returns 10^n.
func pow10(n uint8) uint256.Int {
	u := uint256.Int{1, 0, 0, 0}
	ten := uint256.Int{10, 0, 0, 0}
	for range n {
		u.Mul(&u, &ten)
	}
	return u
}

// reserveCache is DataTypes.ReserveCache without the stable-debt fields
// (all zero) and the token addresses.
type reserveCache struct {
	reserveFactor           uint64
	currLiquidityIndex      uint256.Int
	nextLiquidityIndex      uint256.Int
	currVariableBorrowIndex uint256.Int
	nextVariableBorrowIndex uint256.Int
	currLiquidityRate       uint256.Int
	currVariableBorrowRate  uint256.Int
	currScaledVariableDebt  uint256.Int
	nextScaledVariableDebt  uint256.Int
	lastUpdate              uint64
}

// cache is ReserveLogic.cache.
func (r *reserve) cache() reserveCache {
	return reserveCache{
		reserveFactor:           uint64(r.cfg.ReserveFactor),
		currLiquidityIndex:      r.liquidityIndex,
		nextLiquidityIndex:      r.liquidityIndex,
		currVariableBorrowIndex: r.variableBorrowIndex,
		nextVariableBorrowIndex: r.variableBorrowIndex,
		currLiquidityRate:       r.rates.Liquidity,
		currVariableBorrowRate:  r.rates.VariableBorrow,
		currScaledVariableDebt:  r.scaledVariableDebt,
		nextScaledVariableDebt:  r.scaledVariableDebt,
		lastUpdate:              r.lastUpdate,
	}
}

// updateState is ReserveLogic.updateState at time now: grow the indexes
// over the seconds since the last update, then accrue the reserve factor's
// share of the new interest to the treasury.
func (r *reserve) updateState(c *reserveCache, now uint64) error {
	if r.lastUpdate == now {
		return nil
	}
	elapsed := now - r.lastUpdate // SetTimestamp never goes back
	// _updateIndexes: the supply index only moves while it earns; the
	// borrow index only while there is debt (a base rate alone must not
	// move it).
	if !c.currLiquidityRate.IsZero() {
		var f uint256.Int
		if err := CalculateLinearInterest(&f, &c.currLiquidityRate, elapsed); err != nil {
			return err
		}
		if err := RayMul(&c.nextLiquidityIndex, &f, &c.currLiquidityIndex); err != nil {
			return err
		}
		if err := toUint128(&c.nextLiquidityIndex); err != nil {
			return err
		}
		r.liquidityIndex = c.nextLiquidityIndex
	}
	if !c.currScaledVariableDebt.IsZero() {
		var f uint256.Int
		if err := CalculateCompoundedInterest(&f, &c.currVariableBorrowRate, elapsed); err != nil {
			return err
		}
		if err := RayMul(&c.nextVariableBorrowIndex, &f, &c.currVariableBorrowIndex); err != nil {
			return err
		}
		if err := toUint128(&c.nextVariableBorrowIndex); err != nil {
			return err
		}
		r.variableBorrowIndex = c.nextVariableBorrowIndex
	}
	if err := r.accrueToTreasury(c); err != nil {
		return err
	}
	r.lastUpdate = now
	return nil
}

// accrueToTreasury is ReserveLogic._accrueToTreasury with no stable debt
// (its stable terms are 0.rayMul(RAY) and vanish).
func (r *reserve) accrueToTreasury(c *reserveCache) error {
	if c.reserveFactor == 0 {
		return nil
	}
	var prev, curr, accrued uint256.Int
	if err := RayMul(&prev, &c.currScaledVariableDebt, &c.currVariableBorrowIndex); err != nil {
		return err
	}
	if err := RayMul(&curr, &c.currScaledVariableDebt, &c.nextVariableBorrowIndex); err != nil {
		return err
	}
	if !subChecked(&accrued, &curr, &prev) {
		return ErrArithmetic
	}
	if err := PercentMul(&accrued, &accrued, c.reserveFactor); err != nil {
		return err
	}
	if accrued.IsZero() {
		return nil
	}
	if err := RayDiv(&accrued, &accrued, &c.nextLiquidityIndex); err != nil {
		return err
	}
	if err := toUint128(&accrued); err != nil {
		return err
	}
	var sum uint256.Int
	sum.Add(&r.accruedToTreasury, &accrued)
	if sum.Gt(&maxUint128) { // uint128 += is checked
		return ErrArithmetic
	}
	r.accruedToTreasury = sum
	return nil
}

// updateInterestRates is ReserveLogic.updateInterestRates: the strategy's
// rates for the debt after the action (c.nextScaledVariableDebt at the
// current index) and the cash the action is about to add or take.
func (r *reserve) updateInterestRates(c *reserveCache, added, taken *uint256.Int) error {
	in := RateInputs{
		LiquidityAdded: *added,
		LiquidityTaken: *taken,
		ReserveFactor:  c.reserveFactor,
		Balance:        r.cash,
	}
	if err := RayMul(&in.TotalVariableDebt, &c.nextScaledVariableDebt, &c.nextVariableBorrowIndex); err != nil {
		return err
	}
	rates, err := r.strategy.CalculateInterestRates(&in)
	if err != nil {
		return err
	}
	for _, x := range []*uint256.Int{&rates.Liquidity, &rates.StableBorrow, &rates.VariableBorrow} {
		if err := toUint128(x); err != nil {
			return err
		}
	}
	r.rates = rates
	return nil
}

// normalizedIncome is ReserveLogic.getNormalizedIncome at time now.
func (r *reserve) normalizedIncome(z *uint256.Int, now uint64) error {
	if r.lastUpdate == now {
		z.Set(&r.liquidityIndex)
		return nil
	}
	var f uint256.Int
	if err := CalculateLinearInterest(&f, &r.rates.Liquidity, now-r.lastUpdate); err != nil {
		return err
	}
	return RayMul(z, &f, &r.liquidityIndex)
}

// normalizedDebt is ReserveLogic.getNormalizedDebt at time now.
func (r *reserve) normalizedDebt(z *uint256.Int, now uint64) error {
	if r.lastUpdate == now {
		z.Set(&r.variableBorrowIndex)
		return nil
	}
	var f uint256.Int
	if err := CalculateCompoundedInterest(&f, &r.rates.VariableBorrow, now-r.lastUpdate); err != nil {
		return err
	}
	return RayMul(z, &f, &r.variableBorrowIndex)
}

// ReserveData is a reserve as Pool.getReserveData returns it
// (DataTypes.ReserveData, in the same units: indexes and rates are rays,
// the timestamp is seconds), less the token and strategy addresses, plus the
// token totals the model keeps in place of the token contracts. Unbacked
// and isolationModeTotalDebt are always zero in the model.
type ReserveData struct {
	Asset                     common.Address
	ID                        int
	Config                    ReserveConfig
	Strategy                  RateStrategy
	LiquidityIndex            uint256.Int
	CurrentLiquidityRate      uint256.Int
	VariableBorrowIndex       uint256.Int
	CurrentVariableBorrowRate uint256.Int
	CurrentStableBorrowRate   uint256.Int
	LastUpdateTimestamp       uint64
	// AccruedToTreasury is scaled, as on chain.
	AccruedToTreasury uint256.Int
	// ScaledATokenSupply is AToken.scaledTotalSupply().
	ScaledATokenSupply uint256.Int
	// ScaledVariableDebt is VariableDebtToken.scaledTotalSupply().
	ScaledVariableDebt uint256.Int
	// AvailableLiquidity is IERC20(asset).balanceOf(aToken).
	AvailableLiquidity uint256.Int
	// Price is the oracle's price, 8-decimal USD.
	Price uint256.Int
}

func (r *reserve) export() ReserveData {
	return ReserveData{
		Asset:                     r.asset,
		ID:                        r.id,
		Config:                    r.cfg,
		Strategy:                  r.strategy,
		LiquidityIndex:            r.liquidityIndex,
		CurrentLiquidityRate:      r.rates.Liquidity,
		VariableBorrowIndex:       r.variableBorrowIndex,
		CurrentVariableBorrowRate: r.rates.VariableBorrow,
		CurrentStableBorrowRate:   r.rates.StableBorrow,
		LastUpdateTimestamp:       r.lastUpdate,
		AccruedToTreasury:         r.accruedToTreasury,
		ScaledATokenSupply:        r.scaledATokenSupply,
		ScaledVariableDebt:        r.scaledVariableDebt,
		AvailableLiquidity:        r.cash,
		Price:                     r.price,
	}
}
