package harness

import (
	"context"
	"errors"

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
