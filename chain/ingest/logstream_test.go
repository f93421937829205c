package ingest_test

import (
	"context"
	"errors"
	"slices"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/ingest"
)

// blockLogReader answers eth_getLogs by block hash from a fixed set of
// logs, counting the calls; fail makes the next call fail.
type blockLogReader struct {
	logs  []types.Log
	calls atomic.Int64
	fail  atomic.Bool
}

func (r *blockLogReader) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	r.calls.Add(1)
	if r.fail.Swap(false) {
		return nil, errors.New("connection reset")
	}
	var out []types.Log
	for _, l := range r.logs {
		if q.BlockHash != nil && l.BlockHash == *q.BlockHash && slices.Contains(q.Addresses, l.Address) {
			out = append(out, l)
		}
	}
	return out, nil
}

func (r *blockLogReader) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("not supported")
}

func TestLogStreamReadsEachBlockOnceForAllWatchers(t *testing.T) {
	ctx := context.Background()
	a, b, c := common.HexToAddress("0xa"), common.HexToAddress("0xb"), common.HexToAddress("0xc")
	blocks := []common.Hash{common.HexToHash("0x01"), common.HexToHash("0x02"), common.HexToHash("0x03")}
	r := &blockLogReader{}
	for i, h := range blocks {
		for j, addr := range []common.Address{a, b, c} {
			r.logs = append(r.logs, types.Log{Address: addr, BlockHash: h, BlockNumber: uint64(i + 1), Index: uint(j)})
		}
	}
	s := ingest.NewLogStream(r, 2)
	s.Watch(a)
	s.Watch(b, a)
	from := func(addr common.Address) func(types.Log) bool {
		return func(l types.Log) bool { return l.Address == addr }
	}

	// Eight agents ask for block 1 at once: one read, each gets its own logs.
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Go(func() {
			want := []common.Address{a, b}[i%2]
			logs, err := s.Logs(ctx, blocks[0], from(want))
			if err != nil || len(logs) != 1 || logs[0].Address != want {
				t.Errorf("agent %d: %v %v", i, logs, err)
			}
		})
	}
	wg.Wait()
	if n := r.calls.Load(); n != 1 {
		t.Fatalf("8 agents asking for one block made %d reads, want 1", n)
	}
	// c was not watched: its logs are not read.
	if logs, _ := s.Logs(ctx, blocks[0], from(c)); len(logs) != 0 {
		t.Fatalf("logs of an unwatched contract: %v", logs)
	}
	// Watching c makes the next ask read the block again, with c.
	s.Watch(c)
	if logs, err := s.Logs(ctx, blocks[0], from(c)); err != nil || len(logs) != 1 {
		t.Fatalf("after Watch(c): %v %v", logs, err)
	}
	if n := r.calls.Load(); n != 2 {
		t.Fatalf("reads after a new watch: %d, want 2", n)
	}
	// A failed read is not kept: the next ask tries again.
	r.fail.Store(true)
	if _, err := s.Logs(ctx, blocks[1], from(a)); err == nil {
		t.Fatal("a failed read returned no error")
	}
	if logs, err := s.Logs(ctx, blocks[1], from(a)); err != nil || len(logs) != 1 {
		t.Fatalf("after a failed read: %v %v", logs, err)
	}
	// Keep 2: block 3 evicts block 1, which is read again when asked for.
	if _, err := s.Logs(ctx, blocks[2], from(a)); err != nil {
		t.Fatal(err)
	}
	before := r.calls.Load()
	if _, err := s.Logs(ctx, blocks[0], from(a)); err != nil {
		t.Fatal(err)
	}
	if r.calls.Load() != before+1 {
		t.Fatal("an evicted block was not read again")
	}
	if s.Reads() != uint64(r.calls.Load()) {
		t.Fatalf("Reads() = %d, the node saw %d", s.Reads(), r.calls.Load())
	}
}
