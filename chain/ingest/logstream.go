package ingest

import (
	"context"
	"fmt"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// readTimeout bounds one shared eth_getLogs.
const readTimeout = 30 * time.Second

// LogStream is the log stream of one chain, shared by every agent on it:
// each agent Watches the contracts whose logs it needs, and at each head
// asks for the head block's logs that match its own filter. The first ask
// for a block reads the logs of every watched contract in that block with
// one eth_getLogs (by block hash, so a reorg can never mix branches); the
// others, concurrent or later, are served from that read. The last Keep
// blocks are kept. Safe for concurrent use.
type LogStream struct {
	reader ethereum.LogFilterer
	keep   int

	mu      sync.Mutex
	watched map[common.Address]bool
	version int // bumped when a new address is watched: older reads lack it
	blocks  map[common.Hash]*blockRead
	order   []common.Hash // reads, oldest first, for eviction

	reads atomic.Uint64
}

type blockRead struct {
	version int
	done    chan struct{}
	logs    []types.Log
	err     error
}

// NewLogStream returns a log stream reading from reader and keeping the
// logs of the last keep blocks (64 when keep <= 0).
func NewLogStream(reader ethereum.LogFilterer, keep int) *LogStream {
	if keep <= 0 {
		keep = 64
	}
	return &LogStream{reader: reader, keep: keep, watched: map[common.Address]bool{}, blocks: map[common.Hash]*blockRead{}}
}

// Watch adds contracts whose logs the stream reads from now on.
func (b *LogStream) Watch(addrs ...common.Address) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, a := range addrs {
		if !b.watched[a] {
			b.watched[a] = true
			b.version++
		}
	}
}

// Reads counts the eth_getLogs calls made so far.
func (b *LogStream) Reads() uint64 { return b.reads.Load() }

// Logs returns the logs of the block with the given hash that match, in
// log order. The block's contracts must have been Watched.
func (b *LogStream) Logs(ctx context.Context, block common.Hash, match func(types.Log) bool) ([]types.Log, error) {
	r, err := b.read(ctx, block)
	if err != nil {
		return nil, err
	}
	var out []types.Log
	for _, l := range r.logs {
		if match(l) {
			out = append(out, l)
		}
	}
	return out, nil
}

// read returns the block's read, making it when none covers every watched
// contract; concurrent callers wait for one read. A failed read is
// forgotten, so the next caller tries again.
func (b *LogStream) read(ctx context.Context, block common.Hash) (*blockRead, error) {
	b.mu.Lock()
	r, ok := b.blocks[block]
	if !ok || r.version < b.version {
		r = &blockRead{version: b.version, done: make(chan struct{})}
		addrs := make([]common.Address, 0, len(b.watched))
		for a := range b.watched {
			addrs = append(addrs, a)
		}
		slices.SortFunc(addrs, func(x, y common.Address) int { return x.Cmp(y) })
		if !ok {
			b.order = append(b.order, block)
		}
		b.blocks[block] = r
		b.evict()
		b.mu.Unlock()
		b.fetch(ctx, block, addrs, r)
	} else {
		b.mu.Unlock()
	}
	select {
	case <-r.done:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	return r, r.err
}

func (b *LogStream) fetch(ctx context.Context, block common.Hash, addrs []common.Address, r *blockRead) {
	defer close(r.done)
	if len(addrs) == 0 {
		return
	}
	b.reads.Add(1)
	h := block
	// The read serves every agent waiting for it: not bound to the first
	// caller's context (an agent stopping must not fail the others' ticks).
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), readTimeout)
	defer cancel()
	r.logs, r.err = b.reader.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &h, Addresses: addrs})
	if r.err != nil {
		r.err = fmt.Errorf("logs of block %s: %w", block, r.err)
		b.mu.Lock()
		if b.blocks[block] == r {
			delete(b.blocks, block)
			b.order = slices.DeleteFunc(b.order, func(x common.Hash) bool { return x == block })
		}
		b.mu.Unlock()
	}
}

// evict drops the oldest reads beyond keep. Called with mu held.
func (b *LogStream) evict() {
	for len(b.order) > b.keep {
		delete(b.blocks, b.order[0])
		b.order = b.order[1:]
	}
}
