package harness

import (
	"context"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// LogBook is a fast chain's logs by block hash. It is the agent's log
// source (agents.LogSource) and the log side of its program's
// ChainReader: a program reads logs through its declared Events, never by
// query, so FilterLogs and SubscribeFilterLogs refuse.
type LogBook map[common.Hash][]types.Log

// Watch does nothing: every log of the book is served.
func (LogBook) Watch(...common.Address) {}

// Logs returns the block's logs that match, in log order.
func (b LogBook) Logs(_ context.Context, block common.Hash, match func(types.Log) bool) ([]types.Log, error) {
	var out []types.Log
	for _, l := range b[block] {
		if match(l) {
			out = append(out, l)
		}
	}
	return out, nil
}

// FilterLogs refuses: read logs through declared Events.
func (LogBook) FilterLogs(context.Context, ethereum.FilterQuery) ([]types.Log, error) {
	return nil, errors.New("fast executor: read logs through declared Events")
}

// SubscribeFilterLogs refuses: a fast chain has no subscriptions.
func (LogBook) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("fast executor: no subscriptions")
}

// GenesisTime is the backtest chains' genesis time, 2100-01-01 UTC: ahead
// of the wall clock, so each block's time is its parent's + 1 s and a run —
// timestamps, hashes, the records that commit to them — is the same every
// time.
const GenesisTime = 4102444800

// FastHeader is the block after chain (a fast executor's headers, by
// number): block n = len(chain) at time GenesisTime + n, its other fields
// fixed, as the embedded chain's.
func FastHeader(chain []*types.Header, coinbase common.Address) *types.Header {
	n := uint64(len(chain))
	h := &types.Header{Number: new(big.Int).SetUint64(n), Time: GenesisTime + n, GasLimit: 60_000_000, Difficulty: new(big.Int),
		BaseFee: big.NewInt(1), Coinbase: coinbase}
	if n > 0 {
		h.ParentHash = chain[n-1].Hash()
	}
	return h
}
