package univ3

import (
	"fmt"
	"math/big"

	"github.com/holiman/uint256"
)

// SetSigned sets z to x as an int256 in two's complement, the representation
// this package uses for signed amounts. x outside [-2^255, 2^255) is
// ErrMathOverflow.
func SetSigned(z *uint256.Int, x *big.Int) error {
	var abs big.Int
	abs.Abs(x)
	if overflow := z.SetFromBig(&abs); overflow || (!fitsInt256(z) && !(x.Sign() < 0 && z.Eq(&uint256.Int{0, 0, 0, 1 << 63}))) {
		return fmt.Errorf("%w: %s is not an int256", ErrMathOverflow, x)
	}
	if x.Sign() < 0 {
		z.Neg(z)
	}
	return nil
}

// Signed returns x, an int256 in two's complement, as a *big.Int.
func Signed(x *uint256.Int) *big.Int {
	if x.Sign() >= 0 {
		return x.ToBig()
	}
	var abs uint256.Int
	abs.Neg(x)
	return new(big.Int).Neg(abs.ToBig())
}

// SignedString formats an int256 in two's complement in decimal.
func SignedString(x *uint256.Int) string { return Signed(x).String() }
