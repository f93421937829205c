package aavev3

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// BorrowParams is Pool.borrow's arguments at the variable rate, borrowing
// for oneself (credit delegation is not modelled).
type BorrowParams struct {
	Asset  common.Address
	User   common.Address
	Amount uint256.Int
}

// Borrow takes a variable-rate loan, as BorrowLogic.executeBorrow: update
// the reserve's state, validate (borrow cap, a health factor above 1 before
// the loan, the LTV limit after it), mint debt tokens at the new borrow
// index, update the rates for the cash taken, and release it.
func (m *Market) Borrow(p BorrowParams) (err error) {
	defer m.settle(&err)
	if err := m.borrow(&p); err != nil {
		return fmt.Errorf("borrow %s: %w", p.Asset, err)
	}
	return nil
}

func (m *Market) borrow(p *BorrowParams) error {
	r, err := m.reserveOf(p.Asset)
	if err != nil {
		return err
	}
	m.saveReserve(r)
	u := m.userFor(p.User)
	m.savePosition(u, r.id)

	c := r.cache()
	if err := r.updateState(&c, m.now); err != nil {
		return err
	}
	if err := m.validateBorrow(r, &c, u, &p.Amount); err != nil {
		return err
	}
	first, err := mintScaled(&u.pos[r.id].scaledDebt, &r.scaledVariableDebt, &p.Amount, &c.nextVariableBorrowIndex)
	if err != nil {
		return err
	}
	c.nextScaledVariableDebt = r.scaledVariableDebt
	if first {
		u.setBorrowing(r.id, true)
	}
	var zero uint256.Int
	if err := r.updateInterestRates(&c, &zero, &p.Amount); err != nil {
		return err
	}
	return takeCash(r, &p.Amount)
}

// validateBorrow is ValidationLogic.validateBorrow for a variable-rate
// borrow with no oracle sentinel, isolation mode, e-mode or siloed assets.
func (m *Market) validateBorrow(r *reserve, c *reserveCache, u *user, amount *uint256.Int) error {
	switch {
	case amount.IsZero():
		return ErrInvalidAmount
	case !r.cfg.Active:
		return ErrReserveInactive
	case r.cfg.Paused:
		return ErrReservePaused
	case r.cfg.Frozen:
		return ErrReserveFrozen
	case !r.cfg.BorrowingEnabled:
		return ErrBorrowingNotEnabled
	}
	if r.cfg.BorrowCap != 0 {
		// The cap counts the debt before this borrow's mint.
		var total, limit uint256.Int
		if err := RayMul(&total, &c.currScaledVariableDebt, &c.nextVariableBorrowIndex); err != nil {
			return err
		}
		if !addChecked(&total, &total, amount) {
			return ErrArithmetic
		}
		borrowCap := uint256.Int{r.cfg.BorrowCap, 0, 0, 0}
		limit.Mul(&borrowCap, &r.unit) // unchecked in the contract
		if total.Gt(&limit) {
			return ErrBorrowCapExceeded
		}
	}
	ad, err := m.accountData(u)
	if err != nil {
		return err
	}
	switch {
	case ad.collateral.IsZero():
		return ErrCollateralBalanceIsZero
	case ad.avgLTV.IsZero():
		return ErrLTVValidationFailed
	case !ad.healthFactor.Gt(&Wad):
		return ErrHealthFactorLowerThanLiquidationThreshold
	}
	price, err := r.priceOf()
	if err != nil {
		return err
	}
	var inBase, needed uint256.Int
	if !mulChecked(&inBase, price, amount) {
		return ErrArithmetic
	}
	inBase.Div(&inBase, &r.unit)
	if !addChecked(&needed, &ad.debt, &inBase) {
		return ErrArithmetic
	}
	if err := PercentDiv(&needed, &needed, ad.avgLTV.Uint64()); err != nil {
		return err
	}
	if needed.Gt(&ad.collateral) {
		return ErrCollateralCannotCoverNewBorrow
	}
	return nil
}

// RepayParams is Pool.repay's (or Pool.repayWithATokens') arguments at the
// variable rate.
type RepayParams struct {
	Asset common.Address
	// OnBehalfOf is the borrower whose debt is repaid.
	OnBehalfOf common.Address
	// Payer is msg.sender; zero means OnBehalfOf. Only the payer's identity
	// matters (repaying MaxAmount for someone else is refused); its wallet
	// is not modelled.
	Payer common.Address
	// Amount is at most what is repaid; MaxAmount repays the whole debt.
	Amount uint256.Int
	// WithATokens repays with OnBehalfOf's own aTokens of the same reserve
	// (repayWithATokens; Payer is ignored), burning them instead of
	// bringing cash.
	WithATokens bool
}

// Repay repays variable debt, as BorrowLogic.executeRepay, and returns the
// amount repaid. Note that repaying with aTokens leaves the aToken
// reserve's collateral flag set even when it burns the whole balance, as
// v3.0 does.
func (m *Market) Repay(p RepayParams) (repaid uint256.Int, err error) {
	defer m.settle(&err)
	repaid, err = m.repay(&p)
	if err != nil {
		return uint256.Int{}, fmt.Errorf("repay %s: %w", p.Asset, err)
	}
	return repaid, nil
}

func (m *Market) repay(p *RepayParams) (uint256.Int, error) {
	var payback uint256.Int
	r, err := m.reserveOf(p.Asset)
	if err != nil {
		return payback, err
	}
	payer := p.Payer
	if payer == (common.Address{}) || p.WithATokens {
		payer = p.OnBehalfOf
	}
	m.saveReserve(r)
	u := m.userFor(p.OnBehalfOf)
	m.savePosition(u, r.id)
	pos := &u.pos[r.id]

	c := r.cache()
	if err := r.updateState(&c, m.now); err != nil {
		return payback, err
	}
	var debt uint256.Int
	if err := r.debtBalance(&debt, pos, m.now); err != nil {
		return payback, err
	}
	// validateRepay
	switch {
	case p.Amount.IsZero():
		return payback, ErrInvalidAmount
	case p.Amount.Eq(&MaxAmount) && payer != p.OnBehalfOf:
		return payback, ErrNoExplicitAmountToRepayOnBehalf
	case !r.cfg.Active:
		return payback, ErrReserveInactive
	case r.cfg.Paused:
		return payback, ErrReservePaused
	case debt.IsZero():
		return payback, ErrNoDebtOfSelectedType
	}
	payback = debt
	amount := p.Amount
	if p.WithATokens && amount.Eq(&MaxAmount) {
		if err := r.aTokenBalance(&amount, pos, m.now); err != nil {
			return payback, err
		}
	}
	if amount.Lt(&payback) {
		payback = amount
	}
	if err := burnScaled(&pos.scaledDebt, &r.scaledVariableDebt, &payback, &c.nextVariableBorrowIndex); err != nil {
		return payback, err
	}
	c.nextScaledVariableDebt = r.scaledVariableDebt
	var added, zero uint256.Int
	if !p.WithATokens {
		added = payback
	}
	if err := r.updateInterestRates(&c, &added, &zero); err != nil {
		return payback, err
	}
	if debt.Eq(&payback) {
		u.setBorrowing(r.id, false)
	}
	if p.WithATokens {
		// The aTokens burn to the aToken itself: no cash moves.
		err := burnScaled(&pos.scaledAToken, &r.scaledATokenSupply, &payback, &c.nextLiquidityIndex)
		return payback, err
	}
	return payback, addCash(r, &payback)
}
