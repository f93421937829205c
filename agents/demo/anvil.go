package demo

import (
	"context"
	"errors"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/steward-agents/steward/chain/contracts"
)

// An operator's client on anvil asks a call that panicked again, up to
// anvilCallRetries times, anvilCallRetryWait apart.
const (
	anvilCallRetries   = 3
	anvilCallRetryWait = 25 * time.Millisecond
)

// anvilClient is an operator's client on anvil. While anvil mines (its
// automine, for another account's transaction), it can answer a call from a
// state that matches none of its blocks: under the latest header, part of
// the block being mined. A view of an Aave market then sees a reserve
// updated after the call's block time, and Aave's interest maths
// underflows: Panic(0x11), which stopped the lending deploy's market while
// an agent was sending (cmd/steward's TestLendingOnAnvil). A call that
// reverts with a Panic is asked again: a real panic panics every time,
// and only the waits are lost.
type anvilClient struct{ *ethclient.Client }

// CallContract is ethclient's, asked again after a Panic.
func (c anvilClient) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	for try := 0; ; try++ {
		out, err := c.Client.CallContract(ctx, msg, block)
		if err == nil || try == anvilCallRetries || !isPanic(err) {
			return out, err
		}
		select {
		case <-ctx.Done():
			return out, err
		case <-time.After(anvilCallRetryWait):
		}
	}
}

// isPanic reports whether err is a call's revert with Solidity's Panic(uint256).
func isPanic(err error) bool {
	data, ok := contracts.RevertData(err)
	if !ok {
		return false
	}
	var re *contracts.RevertError
	return errors.As(contracts.DecodeRevert(data), &re) && re.Contract == "" && re.Name == "Panic"
}
