package record

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
)

// Reader answers a program's reads from the recording: each call by its
// target, data and block; logs by block (only the declared Events' logs
// are recorded). A read the recording lacks is an error wrapping
// ErrNotRecorded that names it.
func (s *Store) Reader() program.ChainReader { return replayReader{s} }

type replayReader struct{ s *Store }

func (r replayReader) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if msg.To == nil {
		return nil, errors.New("record: a replayed call needs a target")
	}
	return r.s.result(ctx, block, *msg.To, msg.Data)
}

func (r replayReader) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	var logs []types.Log
	var err error
	switch {
	case q.BlockHash != nil:
		logs, err = r.s.logs(ctx, `block_hash = ?`, q.BlockHash.Bytes())
	case q.FromBlock != nil && q.ToBlock != nil:
		logs, err = r.s.logs(ctx, `block BETWEEN ? AND ?`, q.FromBlock.Int64(), q.ToBlock.Int64())
	default:
		return nil, errors.New("record: a replayed log query needs a block hash or a closed block range")
	}
	if err != nil {
		return nil, err
	}
	out := logs[:0]
	for _, l := range logs {
		if matches(q, l) {
			out = append(out, l)
		}
	}
	return out, nil
}

func (r replayReader) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("record: a replay has no subscriptions")
}

// matches applies a filter's addresses and topics to a log.
func matches(q ethereum.FilterQuery, l types.Log) bool {
	if len(q.Addresses) > 0 && !slices.Contains(q.Addresses, l.Address) {
		return false
	}
	for i, alts := range q.Topics {
		if len(alts) == 0 {
			continue
		}
		if i >= len(l.Topics) || !slices.Contains(alts, l.Topics[i]) {
			return false
		}
	}
	return true
}

// Watch is a no-op: a recording holds the logs it holds (agents.LogSource).
func (s *Store) Watch(...common.Address) {}

// Logs returns the recorded logs of the block with this hash that match
// (agents.LogSource).
func (s *Store) Logs(ctx context.Context, block common.Hash, match func(types.Log) bool) ([]types.Log, error) {
	logs, err := s.logs(ctx, `block_hash = ?`, block.Bytes())
	if err != nil {
		return nil, err
	}
	out := logs[:0]
	for _, l := range logs {
		if match(l) {
			out = append(out, l)
		}
	}
	return out, nil
}

// Headers returns the recorded headers, in order; an unfinished recording
// is an error saying how far it got.
func (s *Store) Headers(ctx context.Context) ([]*types.Header, error) {
	m, next, err := s.Meta(ctx)
	if err != nil {
		return nil, err
	}
	if next <= m.To {
		return nil, fmt.Errorf("record: %s is unfinished: blocks %d..%d recorded of %d..%d (run the same `steward record` again to resume)", s.path, m.From, next-1, m.From, m.To)
	}
	return s.headers(ctx, m.From, m.To)
}

// Receipts returns the recorded receipts of block number, in transaction
// order: those of the transactions that emitted the block's recorded logs
// (none for a block without any). A block the recording does not hold
// (outside the range, or not recorded yet), or any block of a recording
// made before receipts were recorded, is an error wrapping ErrNotRecorded.
func (s *Store) Receipts(ctx context.Context, number uint64) ([]*types.Receipt, error) {
	if err := s.holdsReceipts(); err != nil {
		return nil, err
	}
	m, next, err := s.Meta(ctx)
	if err != nil {
		return nil, err
	}
	if number < m.From || number >= next {
		return nil, fmt.Errorf("%w: the receipts of block %d (%s holds blocks [%d, %d))", ErrNotRecorded, number, s.path, m.From, next)
	}
	return s.receipts(ctx, `block = ?`, number)
}

// TransactionReceipt returns the recorded receipt of a transaction, as
// ethereum.TransactionReader does; the receipt of a transaction that
// emitted no recorded log is an error wrapping ErrNotRecorded.
func (s *Store) TransactionReceipt(ctx context.Context, tx common.Hash) (*types.Receipt, error) {
	if err := s.holdsReceipts(); err != nil {
		return nil, err
	}
	rs, err := s.receipts(ctx, `tx_hash = ?`, tx.Bytes())
	if err != nil {
		return nil, err
	}
	if len(rs) == 0 {
		return nil, fmt.Errorf("%w: the receipt of transaction %s", ErrNotRecorded, tx)
	}
	return rs[0], nil
}

// holdsReceipts says why a recording made before receipts were has none.
func (s *Store) holdsReceipts() error {
	if s.version < schemaVersion {
		return fmt.Errorf("%w: %s was recorded before receipts were (schema %d)", ErrNotRecorded, s.path, s.version)
	}
	return nil
}
