package txmgr

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what sending needs from a node; OutboxBackend adds the mined nonce.
type Backend interface {
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.TransactionSender
	ethereum.TransactionReader
	ethereum.ChainReader
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// revertData digs the revert payload out of a node error, if it carries one.
func revertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr == nil {
			return b
		}
	case []byte:
		return d
	}
	return nil
}

// fees is either an EIP-1559 fee pair or, on chains without a base fee, a
// legacy gas price.
type fees struct {
	tip, feeCap *big.Int // EIP-1559
	gasPrice    *big.Int // legacy
}

// suggestFees asks the node for fees at head: a legacy gas price without a
// base fee, else tip + base fee × multiplier.
func suggestFees(ctx context.Context, backend Backend, head *types.Header, multiplier int64) (fees, error) {
	if head.BaseFee == nil {
		price, err := backend.SuggestGasPrice(ctx)
		if err != nil {
			return fees{}, fmt.Errorf("txmgr: suggest gas price: %w", err)
		}
		return fees{gasPrice: price}, nil
	}
	tip, err := backend.SuggestGasTipCap(ctx)
	if err != nil {
		return fees{}, fmt.Errorf("txmgr: suggest tip: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(multiplier)))
	return fees{tip: tip, feeCap: feeCap}, nil
}

func (f fees) tx(chainID *big.Int, nonce, gas uint64, to common.Address, data []byte) types.TxData {
	if f.gasPrice != nil {
		return &types.LegacyTx{Nonce: nonce, GasPrice: f.gasPrice, Gas: gas, To: &to, Data: data}
	}
	return &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.feeCap,
		Gas: gas, To: &to, Data: data}
}

// pendingEstimator is a node client that can estimate against a chosen
// block (ethclient's EstimateGasAtBlock).
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// pendingBlock selects the node's pending block in EstimateGasAtBlock.
var pendingBlock = big.NewInt(int64(rpc.PendingBlockNumber))

// estimateNext simulates msg in the context of the next block, where the
// transaction will land: block.number is one past the latest block and
// BLOCKHASH of the latest block is known, so ParameterGuard's check that a
// record rests on a canonical, earlier block passes in simulation as it will
// on chain. Nodes whose client cannot select the block fall back to their
// default (usually latest).
func estimateNext(ctx context.Context, b ethereum.GasEstimator, msg ethereum.CallMsg) (uint64, error) {
	if pe, ok := b.(pendingEstimator); ok {
		return pe.EstimateGasAtBlock(ctx, msg, pendingBlock)
	}
	return b.EstimateGas(ctx, msg)
}

// notYet reports whether a receipt lookup failed only because the node does
// not have it yet: not found, or geth still indexing its transactions
// ("transaction indexing is in progress", which carries no error code of its own).
func notYet(err error) bool {
	return errors.Is(err, ethereum.NotFound) ||
		(err != nil && strings.Contains(err.Error(), "transaction indexing is in progress"))
}
