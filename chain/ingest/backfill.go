package ingest

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net/http"
	"strings"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

const (
	// limitExceededCode is the JSON-RPC error code EIP-1474 assigns to
	// "limit exceeded"; nodes and providers use it for refused log ranges.
	limitExceededCode = -32005

	// growAfter is how many accepted ranged queries in a row it takes to grow
	// the range by a quarter: growth is slow so a node's limit is not hit
	// again at once.
	growAfter = 4
)

// rangeRefusal reports whether msg (in lower case) holds one of the
// substrings with which nodes and RPC providers refuse an eth_getLogs range as
// too large or too heavy. Kept in step with the list in doc.go.
func rangeRefusal(msg string) bool {
	for _, s := range [...]string{
		"query returned more than",  // geth, Infura: "query returned more than 10000 results"
		"block range too large",     // "block range too large"
		"block range is too",        // "block range is too wide"
		"maximum block range",       // Infura and others: "exceed maximum block range: 5000"
		"limit exceeded",            // "limit exceeded", "query limit exceeded", EIP-1474 -32005's message
		"response size exceeded",    // Alchemy: "Log response size exceeded."
		"range is too large",        // "requested range is too large"
		"is limited to",             // QuickNode: "eth_getLogs is limited to a 10,000 range"
		"too many logs",             // "too many logs, narrow the block range"
		"request entity too large",  // HTTP 413's status text
		"exceeds the range allowed", // various gateways
	} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}

// IsRangeRefused reports whether err is a node refusing an eth_getLogs range
// as too large: a JSON-RPC error with code -32005, an HTTP 413 answer, or a
// message containing one of the substrings listed in the package doc.
func IsRangeRefused(err error) bool {
	if err == nil {
		return false
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == limitExceededCode {
		return true
	}
	var httpErr rpc.HTTPError
	if errors.As(err, &httpErr) && httpErr.StatusCode == http.StatusRequestEntityTooLarge {
		return true
	}
	return rangeRefusal(strings.ToLower(err.Error()))
}

// backfill delivers the blocks at least FinalityDepth below the head with
// ranged eth_getLogs, halving the range when the node refuses it.
func (p *LogPoller) backfill(ctx context.Context) error {
	var safe uint64
	for {
		from := p.next()
		if from > safe {
			head, err := p.headerByNumber(ctx, nil)
			if err != nil {
				return err
			}
			if head.Number.Uint64() < p.cfg.FinalityDepth {
				return nil
			}
			if safe = head.Number.Uint64() - p.cfg.FinalityDepth; from > safe {
				return nil
			}
		}
		to := min(from+p.batch-1, safe)
		q := ethereum.FilterQuery{
			FromBlock: new(big.Int).SetUint64(from),
			ToBlock:   new(big.Int).SetUint64(to),
			Addresses: p.cfg.Addresses,
			Topics:    p.cfg.Topics,
		}
		logs, err := p.deps.Node.FilterLogs(ctx, q)
		if err != nil {
			if IsRangeRefused(err) && p.batch > 1 {
				p.batch = max(1, p.batch/2)
				p.wins = 0
				p.logger.Info("node refused log range; halving", "from", from, "to", to, "range", p.batch, "err", err)
				continue
			}
			return fmt.Errorf("logs of blocks %d-%d: %w", from, to, err)
		}
		p.grow()
		groups, err := GroupRangeLogs(logs, from, to)
		if err != nil {
			return err
		}
		for _, g := range groups {
			if err := p.deliverFinal(ctx, g); err != nil {
				return err
			}
		}
		if p.next() <= to {
			// The range ends without logs: checkpoint its last block.
			h, err := p.headerByNumber(ctx, new(big.Int).SetUint64(to))
			if err != nil {
				return err
			}
			if err := p.save(ctx, to, h.Hash()); err != nil {
				return err
			}
			p.window = append(p.window[:0], h)
		}
	}
}

// grow widens the range by a quarter after growAfter accepted queries in a
// row, up to BatchSize.
func (p *LogPoller) grow() {
	if p.batch >= p.cfg.BatchSize {
		return
	}
	if p.wins++; p.wins < growAfter {
		return
	}
	p.wins = 0
	p.batch = min(p.cfg.BatchSize, p.batch+max(1, p.batch/4))
}

// deliverFinal delivers one block of a ranged query after checking that the
// node's canonical block at that height is the one the logs name.
func (p *LogPoller) deliverFinal(ctx context.Context, g LogGroup) error {
	h, err := p.headerByNumber(ctx, new(big.Int).SetUint64(g.Number))
	if err != nil {
		return err
	}
	if h.Hash() != g.Hash {
		return fmt.Errorf("block %d: ranged logs name %s but the canonical block is %s: not final yet", g.Number, g.Hash, h.Hash())
	}
	return p.deliver(ctx, BlockLogs{Header: h, Logs: g.Logs, Finalized: true})
}

// LogGroup is the logs of one block from a ranged eth_getLogs answer.
type LogGroup struct {
	Number uint64
	Hash   common.Hash
	Logs   []types.Log
}

// GroupRangeLogs checks an eth_getLogs answer for blocks [from, to] and
// splits it by block: every log inside the range, not removed, blocks in
// ascending order, one hash per block, log indexes strictly ascending within
// a block. An error wraps ErrBadLogs.
func GroupRangeLogs(logs []types.Log, from, to uint64) ([]LogGroup, error) {
	var groups []LogGroup
	for i := range logs {
		l := &logs[i]
		if l.BlockNumber < from || l.BlockNumber > to {
			return nil, fmt.Errorf("%w: log %d is in block %d, outside %d-%d", ErrBadLogs, i, l.BlockNumber, from, to)
		}
		if l.Removed {
			return nil, fmt.Errorf("%w: log %d of block %d is marked removed", ErrBadLogs, i, l.BlockNumber)
		}
		if n := len(groups); n > 0 && groups[n-1].Number == l.BlockNumber {
			g := &groups[n-1]
			if l.BlockHash != g.Hash {
				return nil, fmt.Errorf("%w: block %d has logs of two hashes, %s and %s", ErrBadLogs, l.BlockNumber, g.Hash, l.BlockHash)
			}
			if prev := g.Logs[len(g.Logs)-1].Index; l.Index <= prev {
				return nil, fmt.Errorf("%w: block %d: log index %d after %d", ErrBadLogs, l.BlockNumber, l.Index, prev)
			}
			g.Logs = append(g.Logs, *l)
			continue
		}
		if n := len(groups); n > 0 && l.BlockNumber < groups[n-1].Number {
			return nil, fmt.Errorf("%w: block %d after block %d", ErrBadLogs, l.BlockNumber, groups[n-1].Number)
		}
		groups = append(groups, LogGroup{Number: l.BlockNumber, Hash: l.BlockHash, Logs: []types.Log{*l}})
	}
	return groups, nil
}

// CheckBlockLogs checks an eth_getLogs answer for one block (queried by
// hash): every log names that block, none is removed, and log indexes are
// strictly ascending. An error wraps ErrBadLogs.
func CheckBlockLogs(logs []types.Log, number uint64, hash common.Hash) error {
	for i := range logs {
		l := &logs[i]
		switch {
		case l.BlockHash != hash || l.BlockNumber != number:
			return fmt.Errorf("%w: log %d names block %d %s, want %d %s", ErrBadLogs, i, l.BlockNumber, l.BlockHash, number, hash)
		case l.Removed:
			return fmt.Errorf("%w: log %d of block %d is marked removed", ErrBadLogs, i, number)
		case i > 0 && l.Index <= logs[i-1].Index:
			return fmt.Errorf("%w: block %d: log index %d after %d", ErrBadLogs, number, l.Index, logs[i-1].Index)
		}
	}
	return nil
}
