package aavev3

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// SupplyParams is Pool.supply's arguments (the referral code aside).
type SupplyParams struct {
	Asset common.Address
	// OnBehalfOf receives the aTokens; the caller's wallet is not modelled.
	OnBehalfOf common.Address
	Amount     uint256.Int
}

// Supply deposits Amount of the underlying, as SupplyLogic.executeSupply:
// update the reserve's state, check the supply cap, update the rates for the
// added cash, mint aTokens at the new liquidity index, and on a first supply
// enable the reserve as collateral when its LTV is not zero.
func (m *Market) Supply(p SupplyParams) (err error) {
	defer m.settle(&err)
	if err := m.supply(&p); err != nil {
		return fmt.Errorf("supply %s: %w", p.Asset, err)
	}
	return nil
}

func (m *Market) supply(p *SupplyParams) error {
	r, err := m.reserveOf(p.Asset)
	if err != nil {
		return err
	}
	m.saveReserve(r)
	u := m.userFor(p.OnBehalfOf)
	m.savePosition(u, r.id)

	c := r.cache()
	if err := r.updateState(&c, m.now); err != nil {
		return err
	}
	if err := r.validateSupply(&c, &p.Amount); err != nil {
		return err
	}
	var zero uint256.Int
	if err := r.updateInterestRates(&c, &p.Amount, &zero); err != nil {
		return err
	}
	if err := addCash(r, &p.Amount); err != nil {
		return err
	}
	first, err := mintScaled(&u.pos[r.id].scaledAToken, &r.scaledATokenSupply, &p.Amount, &c.nextLiquidityIndex)
	if err != nil {
		return err
	}
	// validateAutomaticUseAsCollateral: with no debt ceilings (no isolation
	// mode) it comes down to a non-zero LTV.
	if first && r.cfg.LTV != 0 {
		u.setUsingAsCollateral(r.id, true)
	}
	return nil
}

// validateSupply is ValidationLogic.validateSupply.
func (r *reserve) validateSupply(c *reserveCache, amount *uint256.Int) error {
	if amount.IsZero() {
		return ErrInvalidAmount
	}
	if !r.cfg.Active {
		return ErrReserveInactive
	}
	if r.cfg.Paused {
		return ErrReservePaused
	}
	if r.cfg.Frozen {
		return ErrReserveFrozen
	}
	if r.cfg.SupplyCap != 0 {
		var total, limit uint256.Int
		if !addChecked(&total, &r.scaledATokenSupply, &r.accruedToTreasury) {
			return ErrArithmetic
		}
		if err := RayMul(&total, &total, &c.nextLiquidityIndex); err != nil {
			return err
		}
		supplyCap := uint256.Int{r.cfg.SupplyCap, 0, 0, 0}
		if !addChecked(&total, &total, amount) || !mulChecked(&limit, &supplyCap, &r.unit) {
			return ErrArithmetic
		}
		if total.Gt(&limit) {
			return ErrSupplyCapExceeded
		}
	}
	return nil
}

// WithdrawParams is Pool.withdraw's arguments; the recipient is not modelled.
type WithdrawParams struct {
	Asset common.Address
	// User is msg.sender, whose aTokens are burned.
	User common.Address
	// Amount is the underlying to withdraw; MaxAmount withdraws the whole
	// balance.
	Amount uint256.Int
}

// Withdraw burns aTokens for the underlying, as SupplyLogic.executeWithdraw,
// and returns the amount withdrawn. Withdrawing collateral while borrowing
// must leave the health factor at or above 1.
func (m *Market) Withdraw(p WithdrawParams) (amount uint256.Int, err error) {
	defer m.settle(&err)
	amount, err = m.withdraw(&p)
	if err != nil {
		return uint256.Int{}, fmt.Errorf("withdraw %s: %w", p.Asset, err)
	}
	return amount, nil
}

func (m *Market) withdraw(p *WithdrawParams) (uint256.Int, error) {
	var amount uint256.Int
	r, err := m.reserveOf(p.Asset)
	if err != nil {
		return amount, err
	}
	m.saveReserve(r)
	u := m.userFor(p.User)
	m.savePosition(u, r.id)
	pos := &u.pos[r.id]

	c := r.cache()
	if err := r.updateState(&c, m.now); err != nil {
		return amount, err
	}
	var balance uint256.Int
	if err := RayMul(&balance, &pos.scaledAToken, &c.nextLiquidityIndex); err != nil {
		return amount, err
	}
	amount = p.Amount
	if amount.Eq(&MaxAmount) {
		amount = balance
	}
	// validateWithdraw
	switch {
	case amount.IsZero():
		return amount, ErrInvalidAmount
	case amount.Gt(&balance):
		return amount, ErrNotEnoughAvailableUserBalance
	case !r.cfg.Active:
		return amount, ErrReserveInactive
	case r.cfg.Paused:
		return amount, ErrReservePaused
	}
	var zero uint256.Int
	if err := r.updateInterestRates(&c, &zero, &amount); err != nil {
		return amount, err
	}
	isCollateral := u.isUsingAsCollateral(r.id)
	if isCollateral && amount.Eq(&balance) {
		u.setUsingAsCollateral(r.id, false)
	}
	if err := burnScaled(&pos.scaledAToken, &r.scaledATokenSupply, &amount, &c.nextLiquidityIndex); err != nil {
		return amount, err
	}
	if err := takeCash(r, &amount); err != nil {
		return amount, err
	}
	if isCollateral && u.isBorrowingAny() {
		if err := m.validateHFAndLTV(u, r); err != nil {
			return amount, err
		}
	}
	return amount, nil
}

// validateHFAndLTV is ValidationLogic.validateHFAndLtv for a change to the
// user's collateral in reserve r: the health factor must stay at or above
// 1, and a user holding zero-LTV collateral may only take out zero-LTV
// collateral.
func (m *Market) validateHFAndLTV(u *user, r *reserve) error {
	ad, err := m.accountData(u)
	if err != nil {
		return err
	}
	if ad.healthFactor.Lt(&Wad) {
		return ErrHealthFactorLowerThanLiquidationThreshold
	}
	if ad.hasZeroLTVCollateral && r.cfg.LTV != 0 {
		return ErrLTVValidationFailed
	}
	return nil
}

// CollateralParams is Pool.setUserUseReserveAsCollateral's arguments.
type CollateralParams struct {
	Asset common.Address
	// User is msg.sender.
	User common.Address
	// UseAsCollateral is the new setting.
	UseAsCollateral bool
}

// SetUseReserveAsCollateral turns a supplied reserve on or off as the user's
// collateral, as SupplyLogic.executeUseReserveAsCollateral (which does not
// update the reserve's state). Turning it off must leave the health factor
// at or above 1.
func (m *Market) SetUseReserveAsCollateral(p CollateralParams) (err error) {
	defer m.settle(&err)
	if err := m.setUseReserveAsCollateral(&p); err != nil {
		return fmt.Errorf("set collateral %s: %w", p.Asset, err)
	}
	return nil
}

func (m *Market) setUseReserveAsCollateral(p *CollateralParams) error {
	r, err := m.reserveOf(p.Asset)
	if err != nil {
		return err
	}
	u := m.userFor(p.User)
	m.savePosition(u, r.id)
	var balance uint256.Int
	if err := r.aTokenBalance(&balance, &u.pos[r.id], m.now); err != nil {
		return err
	}
	switch {
	case balance.IsZero():
		return ErrUnderlyingBalanceZero
	case !r.cfg.Active:
		return ErrReserveInactive
	case r.cfg.Paused:
		return ErrReservePaused
	}
	if p.UseAsCollateral == u.isUsingAsCollateral(r.id) {
		return nil
	}
	if p.UseAsCollateral {
		// validateUseAsCollateral without isolation mode.
		if r.cfg.LTV == 0 {
			return ErrUserInIsolationModeOrLTVZero
		}
		u.setUsingAsCollateral(r.id, true)
		return nil
	}
	u.setUsingAsCollateral(r.id, false)
	return m.validateHFAndLTV(u, r)
}

// MintToTreasury turns the reserves' accrued treasury shares into aTokens
// held by the treasury, as PoolLogic.executeMintToTreasury (inactive
// reserves are skipped; the reserves' state is not updated first).
func (m *Market) MintToTreasury(assets ...common.Address) (err error) {
	defer m.settle(&err)
	for _, a := range assets {
		if err := m.mintToTreasury(a); err != nil {
			return fmt.Errorf("mint to treasury %s: %w", a, err)
		}
	}
	return nil
}

func (m *Market) mintToTreasury(asset common.Address) error {
	r, err := m.reserveOf(asset)
	if err != nil {
		return err
	}
	if !r.cfg.Active || r.accruedToTreasury.IsZero() {
		return nil
	}
	m.saveReserve(r)
	accrued := r.accruedToTreasury
	r.accruedToTreasury.Clear()
	var ni, amount uint256.Int
	if err := r.normalizedIncome(&ni, m.now); err != nil {
		return err
	}
	if err := RayMul(&amount, &accrued, &ni); err != nil {
		return err
	}
	if amount.IsZero() { // AToken.mintToTreasury returns early
		return nil
	}
	t := m.userFor(m.treasury)
	m.savePosition(t, r.id)
	_, err = mintScaled(&t.pos[r.id].scaledAToken, &r.scaledATokenSupply, &amount, &ni)
	return err
}
