package aavev3

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// AccountData is Pool.getUserAccountData's result, in its units: values in
// the base currency (8-decimal USD), LTV and liquidation threshold in basis
// points (collateral-weighted averages), the health factor a wad (MaxAmount
// when the user has no debt).
type AccountData struct {
	TotalCollateralBase         uint256.Int
	TotalDebtBase               uint256.Int
	AvailableBorrowsBase        uint256.Int
	CurrentLiquidationThreshold uint256.Int
	LTV                         uint256.Int
	HealthFactor                uint256.Int
}

// accountData is GenericLogic.calculateUserAccountData's result.
type accountData struct {
	collateral, debt, avgLTV, avgLT, healthFactor uint256.Int
	hasZeroLTVCollateral                          bool
}

// UserAccountData returns the user's account data now, as
// Pool.getUserAccountData.
func (m *Market) UserAccountData(addr common.Address) (AccountData, error) {
	var out AccountData
	u, ok := m.users[addr]
	if !ok {
		out.HealthFactor = MaxAmount
		return out, nil
	}
	ad, err := m.accountData(u)
	if err != nil {
		return out, fmt.Errorf("account data of %s: %w", addr, err)
	}
	out.TotalCollateralBase = ad.collateral
	out.TotalDebtBase = ad.debt
	out.CurrentLiquidationThreshold = ad.avgLT
	out.LTV = ad.avgLTV
	out.HealthFactor = ad.healthFactor
	// calculateAvailableBorrows
	if err := PercentMul(&out.AvailableBorrowsBase, &ad.collateral, ad.avgLTV.Uint64()); err != nil {
		return out, err
	}
	if out.AvailableBorrowsBase.Lt(&ad.debt) {
		out.AvailableBorrowsBase.Clear()
	} else {
		out.AvailableBorrowsBase.Sub(&out.AvailableBorrowsBase, &ad.debt)
	}
	return out, nil
}

// accountData is GenericLogic.calculateUserAccountData without e-mode: for
// every reserve the user borrows or uses as collateral, in id order, the
// collateral (if its liquidation threshold is not zero) and the debt in the
// base currency at the oracle's price and the indexes accrued to now, each
// rounded down; then the collateral-weighted LTV and threshold, and the
// health factor, collateral × threshold / debt.
func (m *Market) accountData(u *user) (accountData, error) {
	var ad accountData
	if u.isEmpty() {
		ad.healthFactor = MaxAmount
		return ad, nil
	}
	for i := range m.reserves {
		collateral, borrowing := u.isUsingAsCollateral(i), u.isBorrowing(i)
		if !collateral && !borrowing {
			continue
		}
		r := &m.reserves[i]
		price, err := r.priceOf()
		if err != nil {
			return ad, err
		}
		p := &u.pos[i]
		if r.cfg.LiquidationThreshold != 0 && collateral {
			var v, w uint256.Int
			if err := r.aTokenBalance(&v, p, m.now); err != nil {
				return ad, err
			}
			if !mulChecked(&v, &v, price) {
				return ad, ErrArithmetic
			}
			v.Div(&v, &r.unit)
			if !addChecked(&ad.collateral, &ad.collateral, &v) {
				return ad, ErrArithmetic
			}
			if r.cfg.LTV != 0 {
				w.SetUint64(uint64(r.cfg.LTV))
				if !mulChecked(&w, &v, &w) || !addChecked(&ad.avgLTV, &ad.avgLTV, &w) {
					return ad, ErrArithmetic
				}
			} else {
				ad.hasZeroLTVCollateral = true
			}
			w.SetUint64(uint64(r.cfg.LiquidationThreshold))
			if !mulChecked(&w, &v, &w) || !addChecked(&ad.avgLT, &ad.avgLT, &w) {
				return ad, ErrArithmetic
			}
		}
		if borrowing {
			var d uint256.Int
			if err := r.debtBalance(&d, p, m.now); err != nil {
				return ad, err
			}
			if !mulChecked(&d, price, &d) {
				return ad, ErrArithmetic
			}
			d.Div(&d, &r.unit)
			if !addChecked(&ad.debt, &ad.debt, &d) {
				return ad, ErrArithmetic
			}
		}
	}
	if !ad.collateral.IsZero() {
		ad.avgLTV.Div(&ad.avgLTV, &ad.collateral)
		ad.avgLT.Div(&ad.avgLT, &ad.collateral)
	} else {
		ad.avgLTV.Clear()
		ad.avgLT.Clear()
	}
	if ad.debt.IsZero() {
		ad.healthFactor = MaxAmount
		return ad, nil
	}
	if err := PercentMul(&ad.healthFactor, &ad.collateral, ad.avgLT.Uint64()); err != nil {
		return ad, err
	}
	if err := WadDiv(&ad.healthFactor, &ad.healthFactor, &ad.debt); err != nil {
		return ad, err
	}
	return ad, nil
}

// BadDebt returns the debt, in the base currency, of every user who owes
// something and has no collateral left counted in the health factor: what
// Aave v3.0 leaves on its books when a liquidation takes the last of a
// user's collateral (later versions burn it into a reserve deficit).
func (m *Market) BadDebt() (uint256.Int, error) {
	var total uint256.Int
	for addr, u := range m.users {
		if !u.isBorrowingAny() {
			continue
		}
		ad, err := m.accountData(u)
		if err != nil {
			return total, fmt.Errorf("bad debt of %s: %w", addr, err)
		}
		if ad.collateral.IsZero() && !ad.debt.IsZero() {
			if !addChecked(&total, &total, &ad.debt) {
				return total, ErrArithmetic
			}
		}
	}
	return total, nil
}
