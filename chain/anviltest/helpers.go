package anviltest

import (
	"context"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// SnapshotID names a state saved by Snapshot.
type SnapshotID string

// Snapshot saves the chain's state (evm_snapshot). A Revert to it drops
// every block mined since, so blocks mined after the Revert replace them.
func (n *Node) Snapshot(ctx context.Context) (SnapshotID, error) {
	var id string
	if err := n.rpc.CallContext(ctx, &id, "evm_snapshot"); err != nil {
		return "", errorf("evm_snapshot", err)
	}
	return SnapshotID(id), nil
}

// Revert restores the state saved as id (evm_revert). Anvil forgets id and
// every later snapshot: reverting twice to the same id is ErrUnknownSnapshot.
func (n *Node) Revert(ctx context.Context, id SnapshotID) error {
	var ok bool
	if err := n.rpc.CallContext(ctx, &ok, "evm_revert", string(id)); err != nil {
		return errorf("evm_revert", err)
	}
	if !ok {
		return fmt.Errorf("%w: %s", ErrUnknownSnapshot, id)
	}
	return nil
}

// Mine mines blocks blocks at once (anvil_mine), with the pending
// transactions in the first.
func (n *Node) Mine(ctx context.Context, blocks uint64) error {
	return errorf("anvil_mine", n.rpc.CallContext(ctx, nil, "anvil_mine", hexutil.Uint64(blocks)))
}

// SetAutomine turns mining a block per transaction on or off
// (evm_setAutomine). Off, transactions wait in the pool for Mine or the
// block interval.
func (n *Node) SetAutomine(ctx context.Context, on bool) error {
	return errorf("evm_setAutomine", n.rpc.CallContext(ctx, nil, "evm_setAutomine", on))
}

// SetIntervalMining mines a block every interval (evm_setIntervalMining,
// whole seconds; zero turns interval mining off).
func (n *Node) SetIntervalMining(ctx context.Context, interval time.Duration) error {
	secs := uint64(interval / time.Second)
	return errorf("evm_setIntervalMining", n.rpc.CallContext(ctx, nil, "evm_setIntervalMining", secs))
}

// SetNextBlockBaseFee sets the next block's base fee per gas
// (anvil_setNextBlockBaseFeePerGas): a transaction whose fee cap is below it
// stays pending, as an underpriced one does on a busy network.
func (n *Node) SetNextBlockBaseFee(ctx context.Context, fee *big.Int) error {
	return errorf("anvil_setNextBlockBaseFeePerGas",
		n.rpc.CallContext(ctx, nil, "anvil_setNextBlockBaseFeePerGas", (*hexutil.Big)(fee)))
}

// DropTransaction removes a pending transaction from the pool
// (anvil_dropTransaction), as a node that evicts it would.
func (n *Node) DropTransaction(ctx context.Context, hash common.Hash) error {
	return errorf("anvil_dropTransaction", n.rpc.CallContext(ctx, nil, "anvil_dropTransaction", hash))
}
