package aavev3

import "github.com/holiman/uint256"

// The aToken and variable debt token hold scaled balances: an amount is
// divided by the reserve's index (rayDiv, half up) when minted, burned or
// transferred, and a balance is the scaled balance times the index now. The
// helpers below are ScaledBalanceTokenBase's balance arithmetic; the
// tokens' events and incentives hooks are not modelled.

// mintScaled is _mintScaled: it adds amount/index to the holder's scaled
// balance and the token's scaled supply, and reports whether the holder's
// balance was zero before (the "first supply" or "first borrow" flag).
func mintScaled(balance, supply, amount, index *uint256.Int) (first bool, err error) {
	var s uint256.Int
	if err := RayDiv(&s, amount, index); err != nil {
		return false, err
	}
	if s.IsZero() {
		return false, ErrInvalidMintAmount
	}
	if err := toUint128(&s); err != nil {
		return false, err
	}
	// _mint: the uint256 total and the uint128 balance, both checked.
	var t, b uint256.Int
	if !addChecked(&t, supply, &s) {
		return false, ErrArithmetic
	}
	b.Add(balance, &s)
	if b.Gt(&maxUint128) {
		return false, ErrArithmetic
	}
	first = balance.IsZero()
	*supply, *balance = t, b
	return first, nil
}

// burnScaled is _burnScaled: it takes amount/index from the holder's scaled
// balance and the scaled supply.
func burnScaled(balance, supply, amount, index *uint256.Int) error {
	var s uint256.Int
	if err := RayDiv(&s, amount, index); err != nil {
		return err
	}
	if s.IsZero() {
		return ErrInvalidBurnAmount
	}
	if err := toUint128(&s); err != nil {
		return err
	}
	var t, b uint256.Int
	if !subChecked(&t, supply, &s) || !subChecked(&b, balance, &s) {
		return ErrArithmetic
	}
	*supply, *balance = t, b
	return nil
}

// transferScaled is ScaledBalanceTokenBase._transfer's balance change:
// amount/index moves from one scaled balance to another (which may be the
// same balance).
func transferScaled(from, to, amount, index *uint256.Int) error {
	var s uint256.Int
	if err := RayDiv(&s, amount, index); err != nil {
		return err
	}
	if err := toUint128(&s); err != nil {
		return err
	}
	// IncentivizedERC20._transfer: the sender's uint128 balance first, then
	// the recipient's (read after the sender's write, so a self-transfer
	// nets to zero).
	var b uint256.Int
	if !subChecked(&b, from, &s) {
		return ErrArithmetic
	}
	*from = b
	b.Add(to, &s)
	if b.Gt(&maxUint128) {
		return ErrArithmetic
	}
	*to = b
	return nil
}

// addCash and takeCash move the underlying into and out of the aToken (the
// ERC20 transfers). Taking more than the aToken holds reverts in the token;
// the model reports it as ErrArithmetic.
func addCash(r *reserve, amount *uint256.Int) error {
	if !addChecked(&r.cash, &r.cash, amount) {
		return ErrArithmetic
	}
	return nil
}

func takeCash(r *reserve, amount *uint256.Int) error {
	var c uint256.Int
	if !subChecked(&c, &r.cash, amount) {
		return ErrArithmetic
	}
	r.cash = c
	return nil
}
