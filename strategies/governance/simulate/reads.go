package simulate

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/strategies/governance/effects"
)

// ERC-20 (and ERC-721) read selectors.
var (
	selBalanceOf   = crypto.Keccak256([]byte("balanceOf(address)"))[:4]
	selTotalSupply = crypto.Keccak256([]byte("totalSupply()"))[:4]
)

// readBefore reads, in one batch on the run's block, the executor's ETH
// and its balance of each touched token into e.Holdings, each token's
// totalSupply into e.Supply, and returns the proxies' implementation
// slots. A token that does not answer balanceOf(address) or totalSupply()
// with one word (an ERC-1155, a contract that is no token) is left out of
// the map it failed for: "where it could be read".
func (r *run) readBefore(ctx context.Context, tokens []common.Address, e *effects.Effects) ([]common.Hash, error) {
	tag := blockTag(r.block)
	var (
		eth     hexutil.Big
		balance = make([]hexutil.Bytes, len(tokens))
		supply  = make([]hexutil.Bytes, len(tokens))
		slots   = make([]common.Hash, len(r.proxies))
		batch   = []rpc.BatchElem{{Method: "eth_getBalance", Args: []any{r.executor, tag}, Result: &eth}}
	)
	balanceOf := append(append([]byte{}, selBalanceOf...), common.LeftPadBytes(r.executor.Bytes(), 32)...)
	for i, t := range tokens {
		batch = append(batch,
			rpc.BatchElem{Method: "eth_call", Args: []any{txArgs{To: t, Input: balanceOf}, tag}, Result: &balance[i]},
			rpc.BatchElem{Method: "eth_call", Args: []any{txArgs{To: t, Input: selTotalSupply}, tag}, Result: &supply[i]})
	}
	for i, p := range r.proxies {
		batch = append(batch, rpc.BatchElem{Method: "eth_getStorageAt", Args: []any{p, implementationSlot, tag}, Result: &slots[i]})
	}
	if err := r.c.BatchCallContext(ctx, batch); err != nil {
		return nil, fmt.Errorf("read holdings before the proposal: %w", err)
	}
	if err := batch[0].Error; err != nil {
		return nil, fmt.Errorf("eth_getBalance of the executor: %w", err)
	}
	e.Holdings[effects.ETH] = (*big.Int)(&eth)
	for i, t := range tokens {
		// A revert or a wrong shape means the token has no such read.
		if err := batch[1+2*i].Error; err == nil && len(balance[i]) == 32 {
			e.Holdings[t] = new(big.Int).SetBytes(balance[i])
		}
		if err := batch[2+2*i].Error; err == nil && len(supply[i]) == 32 {
			e.Supply[t] = new(big.Int).SetBytes(supply[i])
		}
	}
	for i := range r.proxies {
		if err := batch[1+2*len(tokens)+i].Error; err != nil {
			return nil, fmt.Errorf("eth_getStorageAt of %s: %w", r.proxies[i], err)
		}
	}
	return slots, nil
}
