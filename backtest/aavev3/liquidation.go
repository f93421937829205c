package aavev3

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Close factors and the health factor that switches between them
// (LiquidationLogic's constants).
const (
	// DefaultLiquidationCloseFactor is the share of a debt one call may
	// repay while the health factor is above CloseFactorHFThreshold: 50 %.
	DefaultLiquidationCloseFactor = 5000
	// MaxLiquidationCloseFactor applies at or below it: 100 %.
	MaxLiquidationCloseFactor = 10000
	// CloseFactorHFThreshold is CLOSE_FACTOR_HF_THRESHOLD, 0.95 as a wad.
	CloseFactorHFThreshold = 0.95e18
)

// LiquidationParams is Pool.liquidationCall's arguments.
type LiquidationParams struct {
	CollateralAsset common.Address
	DebtAsset       common.Address
	// User is the borrower being liquidated.
	User common.Address
	// Liquidator is msg.sender; it matters only with ReceiveAToken.
	Liquidator common.Address
	// DebtToCover is the most the liquidator repays; MaxAmount repays as
	// much as the close factor allows.
	DebtToCover uint256.Int
	// ReceiveAToken pays the liquidator in aTokens instead of the underlying.
	ReceiveAToken bool
}

// LiquidationResult is what a liquidation moved, in token units.
type LiquidationResult struct {
	// DebtRepaid is the debt burned, paid by the liquidator
	// (actualDebtToLiquidate).
	DebtRepaid uint256.Int
	// CollateralSeized is the collateral the liquidator receives, bonus
	// included and protocol fee excluded (actualCollateralToLiquidate).
	CollateralSeized uint256.Int
	// ProtocolFee is the collateral sent to the treasury as aTokens.
	ProtocolFee uint256.Int
	// HealthFactor is the user's health factor before the call, a wad.
	HealthFactor uint256.Int
	// CloseFactor is the close factor applied, in basis points.
	CloseFactor uint64
}

// LiquidationCall liquidates an unhealthy position, as
// LiquidationLogic.executeLiquidationCall: update the debt reserve's state;
// require a health factor below 1; repay at most the close factor (50 %,
// or 100 % at a health factor of 0.95 or less) of the user's debt in that
// reserve; seize the collateral worth the debt repaid plus the bonus, less
// the protocol's share of the bonus, which goes to the treasury. When the
// user's collateral cannot cover that, all of it is seized and only the
// debt it pays for is repaid; the rest of the debt stays (see BadDebt).
func (m *Market) LiquidationCall(p LiquidationParams) (res LiquidationResult, err error) {
	defer m.settle(&err)
	res, err = m.liquidationCall(&p)
	if err != nil {
		return LiquidationResult{}, fmt.Errorf("liquidate %s (%s for %s): %w", p.User, p.CollateralAsset, p.DebtAsset, err)
	}
	return res, nil
}

func (m *Market) liquidationCall(p *LiquidationParams) (LiquidationResult, error) {
	var res LiquidationResult
	cr, err := m.reserveOf(p.CollateralAsset)
	if err != nil {
		return res, err
	}
	dr, err := m.reserveOf(p.DebtAsset)
	if err != nil {
		return res, err
	}
	m.saveReserve(dr)
	if cr != dr {
		m.saveReserve(cr)
	}
	u := m.userFor(p.User)
	m.savePosition(u, dr.id)
	m.savePosition(u, cr.id)

	dc := dr.cache()
	if err := dr.updateState(&dc, m.now); err != nil {
		return res, err
	}
	ad, err := m.accountData(u)
	if err != nil {
		return res, err
	}
	res.HealthFactor = ad.healthFactor

	// _calculateDebt
	var userDebt, actualDebt uint256.Int
	if err := dr.debtBalance(&userDebt, &u.pos[dr.id], m.now); err != nil {
		return res, err
	}
	res.CloseFactor = DefaultLiquidationCloseFactor
	if !ad.healthFactor.GtUint64(CloseFactorHFThreshold) {
		res.CloseFactor = MaxLiquidationCloseFactor
	}
	if err := PercentMul(&actualDebt, &userDebt, res.CloseFactor); err != nil {
		return res, err
	}
	if p.DebtToCover.Lt(&actualDebt) {
		actualDebt = p.DebtToCover
	}

	// validateLiquidationCall
	switch {
	case !cr.cfg.Active || !dr.cfg.Active:
		return res, ErrReserveInactive
	case cr.cfg.Paused || dr.cfg.Paused:
		return res, ErrReservePaused
	case !ad.healthFactor.Lt(&Wad):
		return res, ErrHealthFactorNotBelowThreshold
	case cr.cfg.LiquidationThreshold == 0 || !u.isUsingAsCollateral(cr.id):
		return res, ErrCollateralCannotBeLiquidated
	case userDebt.IsZero():
		return res, ErrSpecifiedCurrencyNotBorrowedByUser
	}

	var userCollateral uint256.Int
	if err := cr.aTokenBalance(&userCollateral, &u.pos[cr.id], m.now); err != nil {
		return res, err
	}
	if err := availableCollateral(cr, dr, &actualDebt, &userCollateral, &res); err != nil {
		return res, err
	}
	actualDebt = res.DebtRepaid

	if userDebt.Eq(&actualDebt) {
		u.setBorrowing(dr.id, false)
	}
	var taken uint256.Int
	if !addChecked(&taken, &res.CollateralSeized, &res.ProtocolFee) {
		return res, ErrArithmetic
	}
	if taken.Eq(&userCollateral) {
		u.setUsingAsCollateral(cr.id, false)
	}

	// _burnDebtTokens: with no stable debt, the variable debt covers it all.
	if userDebt.Lt(&actualDebt) {
		return res, fmt.Errorf("%w: debt to repay above the variable debt", ErrArithmetic)
	}
	if err := burnScaled(&u.pos[dr.id].scaledDebt, &dr.scaledVariableDebt, &actualDebt, &dc.nextVariableBorrowIndex); err != nil {
		return res, err
	}
	dc.nextScaledVariableDebt = dr.scaledVariableDebt
	var zero uint256.Int
	if err := dr.updateInterestRates(&dc, &actualDebt, &zero); err != nil {
		return res, err
	}

	if p.ReceiveAToken {
		if err := m.liquidateATokens(cr, u, p.Liquidator, &res.CollateralSeized); err != nil {
			return res, err
		}
	} else if err := burnCollateralATokens(cr, u, &res.CollateralSeized, m.now); err != nil {
		return res, err
	}

	if !res.ProtocolFee.IsZero() {
		if err := m.payProtocolFee(cr, u, &res.ProtocolFee); err != nil {
			return res, err
		}
	}
	// The liquidator's repayment arrives last, after the collateral reserve's
	// rates were updated: for a same-asset liquidation they do not see it.
	return res, addCash(dr, &actualDebt)
}

// availableCollateral is _calculateAvailableCollateralToLiquidate: the
// collateral worth debtToCover at the oracle's prices times the bonus, or
// all the user's collateral and the debt it pays for when that is less;
// then the protocol's share of the bonus. It fills DebtRepaid,
// CollateralSeized and ProtocolFee.
func availableCollateral(cr, dr *reserve, debtToCover, userCollateral *uint256.Int, res *LiquidationResult) error {
	collPrice, err := cr.priceOf()
	if err != nil {
		return err
	}
	debtPrice, err := dr.priceOf()
	if err != nil {
		return err
	}
	bonus := uint64(cr.cfg.LiquidationBonus)
	var num, den, amount uint256.Int
	// baseCollateral = debtPrice·debtToCover·collateralUnit / (collateralPrice·debtUnit)
	if !mulChecked(&num, debtPrice, debtToCover) || !mulChecked(&num, &num, &cr.unit) ||
		!mulChecked(&den, collPrice, &dr.unit) {
		return ErrArithmetic
	}
	amount.Div(&num, &den)
	if err := PercentMul(&amount, &amount, bonus); err != nil {
		return err
	}
	if amount.Gt(userCollateral) {
		amount = *userCollateral
		if !mulChecked(&num, collPrice, &amount) || !mulChecked(&num, &num, &dr.unit) ||
			!mulChecked(&den, debtPrice, &cr.unit) {
			return ErrArithmetic
		}
		res.DebtRepaid.Div(&num, &den)
		if err := PercentDiv(&res.DebtRepaid, &res.DebtRepaid, bonus); err != nil {
			return err
		}
	} else {
		res.DebtRepaid = *debtToCover
	}
	res.CollateralSeized = amount
	res.ProtocolFee.Clear()
	if fee := uint64(cr.cfg.LiquidationProtocolFee); fee != 0 {
		var bonusCollateral uint256.Int
		if err := PercentDiv(&bonusCollateral, &amount, bonus); err != nil {
			return err
		}
		if !subChecked(&bonusCollateral, &amount, &bonusCollateral) {
			return ErrArithmetic
		}
		if err := PercentMul(&res.ProtocolFee, &bonusCollateral, fee); err != nil {
			return err
		}
		if !subChecked(&res.CollateralSeized, &amount, &res.ProtocolFee) {
			return ErrArithmetic
		}
	}
	return nil
}

// burnCollateralATokens is _burnCollateralATokens: the collateral reserve is
// updated (a no-op when it is also the debt reserve, already updated), its
// rates see the cash leave, and the user's aTokens burn for the underlying
// the liquidator receives.
func burnCollateralATokens(cr *reserve, u *user, amount *uint256.Int, now uint64) error {
	c := cr.cache()
	if err := cr.updateState(&c, now); err != nil {
		return err
	}
	var zero uint256.Int
	if err := cr.updateInterestRates(&c, &zero, amount); err != nil {
		return err
	}
	if err := burnScaled(&u.pos[cr.id].scaledAToken, &cr.scaledATokenSupply, amount, &c.nextLiquidityIndex); err != nil {
		return err
	}
	return takeCash(cr, amount)
}

// liquidateATokens is _liquidateATokens: the aTokens move to the liquidator
// at the collateral's normalized income, without updating its reserve; a
// liquidator who held none of them gets the reserve enabled as collateral
// when its LTV is not zero.
func (m *Market) liquidateATokens(cr *reserve, u *user, liquidator common.Address, amount *uint256.Int) error {
	l := m.userFor(liquidator)
	m.savePosition(l, cr.id)
	var before, index uint256.Int
	if err := cr.aTokenBalance(&before, &l.pos[cr.id], m.now); err != nil {
		return err
	}
	if err := cr.normalizedIncome(&index, m.now); err != nil {
		return err
	}
	if err := transferScaled(&u.pos[cr.id].scaledAToken, &l.pos[cr.id].scaledAToken, amount, &index); err != nil {
		return err
	}
	if before.IsZero() && cr.cfg.LTV != 0 {
		l.setUsingAsCollateral(cr.id, true)
	}
	return nil
}

// payProtocolFee moves the protocol fee's aTokens from the user to the
// treasury, capped at what the user has left (the fee is lowered in place).
func (m *Market) payProtocolFee(cr *reserve, u *user, fee *uint256.Int) error {
	var index, scaledFee uint256.Int
	if err := cr.normalizedIncome(&index, m.now); err != nil {
		return err
	}
	if err := RayDiv(&scaledFee, fee, &index); err != nil {
		return err
	}
	left := &u.pos[cr.id].scaledAToken
	if scaledFee.Gt(left) {
		if err := RayMul(fee, left, &index); err != nil {
			return err
		}
	}
	t := m.userFor(m.treasury)
	m.savePosition(t, cr.id)
	return transferScaled(left, &t.pos[cr.id].scaledAToken, fee, &index)
}
