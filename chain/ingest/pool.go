package ingest

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// PoolState is a Uniswap v3 pool's price and in-range liquidity at one block.
type PoolState struct {
	SqrtPriceX96 *big.Int
	Tick         int32
	Liquidity    *big.Int
	Block        uint64
}

// PoolReader reads Uniswap v3 pool state with eth_call. It holds the parsed
// pool ABI and the packed call data, so one reader serves any number of pools
// and goroutines.
type PoolReader struct {
	abi       abi.ABI
	slot0     []byte
	liquidity []byte
}

// NewPoolReader parses UniswapV3PoolStateABI and packs the two calls.
func NewPoolReader() (*PoolReader, error) {
	parsed, err := abi.JSON(strings.NewReader(UniswapV3PoolStateABI))
	if err != nil {
		return nil, fmt.Errorf("parse pool state ABI: %w", err)
	}
	slot0, err := parsed.Pack("slot0")
	if err != nil {
		return nil, fmt.Errorf("pack slot0: %w", err)
	}
	liquidity, err := parsed.Pack("liquidity")
	if err != nil {
		return nil, fmt.Errorf("pack liquidity: %w", err)
	}
	return &PoolReader{abi: parsed, slot0: slot0, liquidity: liquidity}, nil
}

// ReadPool calls slot0() and liquidity() on pool at block. The block must be
// pinned (non-nil, non-negative) so both calls see the same state; pass the
// number of the head the follower delivered.
func (r *PoolReader) ReadPool(ctx context.Context, caller ethereum.ContractCaller, pool common.Address, block *big.Int) (PoolState, error) {
	if block == nil || block.Sign() < 0 || !block.IsUint64() {
		return PoolState{}, fmt.Errorf("read pool %s: block %v: %w", pool.Hex(), block, ErrBadBlock)
	}
	slot0, err := r.call(ctx, caller, pool, block, "slot0", r.slot0)
	if err != nil {
		return PoolState{}, err
	}
	liquidity, err := r.call(ctx, caller, pool, block, "liquidity", r.liquidity)
	if err != nil {
		return PoolState{}, err
	}
	st, err := r.unpack(slot0, liquidity)
	if err != nil {
		return PoolState{}, fmt.Errorf("read pool %s at block %d: %w", pool.Hex(), block, err)
	}
	st.Block = block.Uint64()
	return st, nil
}

func (r *PoolReader) call(ctx context.Context, caller ethereum.ContractCaller, pool common.Address, block *big.Int, method string, data []byte) ([]byte, error) {
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &pool, Data: data}, block)
	if err != nil {
		return nil, fmt.Errorf("read pool %s at block %d: call %s(): %w", pool.Hex(), block, method, err)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("read pool %s at block %d: %s() returned no data: %w", pool.Hex(), block, method, ErrNoPool)
	}
	return out, nil
}

// unpack decodes the return data of slot0() and liquidity().
func (r *PoolReader) unpack(slot0, liquidity []byte) (PoolState, error) {
	vals, err := r.abi.Unpack("slot0", slot0)
	if err != nil {
		return PoolState{}, fmt.Errorf("unpack slot0: %w", err)
	}
	sqrtPrice, ok := vals[0].(*big.Int)
	if !ok || sqrtPrice.BitLen() > 160 {
		return PoolState{}, fmt.Errorf("unpack slot0: field sqrtPriceX96: %v is not a uint160", vals[0])
	}
	tick, ok := vals[1].(*big.Int)
	if !ok || !tick.IsInt64() || tick.Int64() < -(1<<23) || tick.Int64() >= 1<<23 {
		return PoolState{}, fmt.Errorf("unpack slot0: field tick: %v is not an int24", vals[1])
	}
	lvals, err := r.abi.Unpack("liquidity", liquidity)
	if err != nil {
		return PoolState{}, fmt.Errorf("unpack liquidity: %w", err)
	}
	liq, ok := lvals[0].(*big.Int)
	if !ok || liq.BitLen() > 128 {
		return PoolState{}, fmt.Errorf("unpack liquidity: %v is not a uint128", lvals[0])
	}
	return PoolState{SqrtPriceX96: sqrtPrice, Tick: int32(tick.Int64()), Liquidity: liq}, nil
}

// SwapFilter is the eth_getLogs query for pool's Swap events in blocks
// [from, to], both inclusive.
func SwapFilter(pool common.Address, from, to uint64) ethereum.FilterQuery {
	return ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from),
		ToBlock:   new(big.Int).SetUint64(to),
		Addresses: []common.Address{pool},
		Topics:    [][]common.Hash{{common.HexToHash(SwapTopic0)}},
	}
}
