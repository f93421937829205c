package contracts

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
)

// Call runs msg as an eth_call at block (nil: the latest) and unpacks the
// result with a binding's Unpack method. A revert comes back as the
// contract's named error (DecodeError); an empty answer, which a call to an
// address without code gives, says so instead of failing to unpack.
func Call[T any](ctx context.Context, c ethereum.ContractCaller, msg ethereum.CallMsg, block *big.Int, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.CallContract(ctx, msg, block)
	if err != nil {
		return zero, DecodeError(err)
	}
	if len(out) == 0 {
		return zero, fmt.Errorf("no contract code at %s", msg.To)
	}
	return unpack(out)
}
