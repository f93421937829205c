package program

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/inference/commit"
)

// Derivation is what a Deriver gets: the action's target, its record, the
// re-checked outputs and the published context.
type Derivation struct {
	Chain  DeriveChain
	Target common.Address
	// Params are the action's parameters, in calldata order.
	Params  [][32]byte
	Record  commit.Record
	Outputs Output
	// Inputs are the published inputs the record commits to, as the action
	// carries them (an ONNX model's: commit.EncodeInts of the features at
	// the card's input scale), for a kind whose values follow from its
	// inputs too (a floor a feature sets).
	Inputs  []byte
	Context commit.Context
	// Included is the block the action's transaction was included in: a
	// state the strategy observed must come before it.
	Included uint64
}

// DeriveChain is what a Deriver may read: calls at the latest block and
// logs (both served by any full node; historical state is not assumed).
type DeriveChain interface {
	ethereum.ContractCaller
	ethereum.LogFilterer
}

// Deriver recomputes the parameter values a strategy derives from a
// committed output and its published context, checking the context against
// the chain where the chain can tell. `steward verify` finds a kind's
// Deriver by the derivation name the kind publishes in its context
// (commit.Context.Strategy).
type Deriver interface {
	Derive(ctx context.Context, d Derivation) (map[[32]byte]*big.Int, error)
}
