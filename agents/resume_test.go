package agents_test

import (
	"context"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// logbook is a program that declares the pool's swaps and remembers every
// one it is handed, and the heads it ticked; it always holds.
type logbook struct {
	watcher
	pool common.Address

	mu    sync.Mutex
	seen  map[logID]int
	from  uint64 // the lowest block of a log it was handed
	heads []uint64
}

func (p *logbook) Declare() program.Declaration {
	return program.Declaration{State: []string{"applied"},
		Events: []program.Event{{Address: p.pool, Topics: []common.Hash{common.HexToHash(ingest.SwapTopic0)}}}}
}

func (p *logbook) Observe(ctx context.Context, head *types.Header, logs []types.Log) (program.Observation, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.heads = append(p.heads, head.Number.Uint64())
	for _, l := range logs {
		p.seen[logID{l.TxHash, l.Index}]++
		if p.from == 0 || l.BlockNumber < p.from {
			p.from = l.BlockNumber
		}
	}
	return p.watcher.Observe(ctx, head, logs)
}

// TestRestartCatchesUpFromTheCheckpoint stops an agent, lets the chain go
// on without it, and starts it again on the same store: the swaps of the
// blocks it missed reach its program with the first live head, through
// the log poller from its checkpoint, so over both runs it has seen every
// swap of every block from its first head to its last exactly once — and
// it ticked (acted on) live heads only, each once.
func TestRestartCatchesUpFromTheCheckpoint(t *testing.T) {
	rt := onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain, keys := fundedChain(t, ctx, 1)
	mdl, _ := shippedModels(t, rt)
	if err := chain.Start(ctx); err != nil {
		t.Fatal(err)
	}
	dep := chain.Deployment()
	prog := &logbook{watcher: watcher{guard: dep.Guard}, pool: dep.Pool, seen: map[logID]int{}}
	st := sqliteStore(t)
	run := func(blocks uint64) {
		t.Helper()
		parts := agents.NewParts(slog.New(slog.DiscardHandler))
		defer parts.Close()
		if _, err := agents.Run(ctx, agents.RunParams{Name: "logbook", Node: chain.Client(), Parts: parts, Key: keys[0],
			Guard: dep.Guard, Program: prog, Model: mdl, Policies: widthPolicy(t), Store: st, Blocks: blocks,
			PollInterval: 25 * time.Millisecond, Logger: slog.New(slog.DiscardHandler)}); err != nil {
			t.Fatal(err)
		}
	}
	started, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	run(4)
	prog.mu.Lock()
	stopped := prog.heads[len(prog.heads)-1]
	prog.mu.Unlock()
	for {
		n, err := chain.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= stopped+8 {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	run(3)

	prog.mu.Lock()
	defer prog.mu.Unlock()
	// A head dropped as stale hands its logs to the program with the next
	// one: the first run's first head ticked may bring an earlier block's.
	first, last := prog.heads[0], prog.heads[len(prog.heads)-1]
	if prog.from != 0 && prog.from < first {
		if prog.from < started {
			t.Fatalf("the program was handed a swap of block %d, before the chain's head %d when the agent started", prog.from, started)
		}
		first = prog.from
	}
	for i := 1; i < len(prog.heads); i++ {
		if prog.heads[i] <= prog.heads[i-1] {
			t.Fatalf("heads ticked %v: not each once, in order", prog.heads)
		}
	}
	resumedAt := prog.heads[4]
	if resumedAt < stopped+8 {
		t.Fatalf("the second run's first head is %d, want at least %d (it was stopped at %d)", resumedAt, stopped+8, stopped)
	}
	logs, err := chain.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(first),
		ToBlock: new(big.Int).SetUint64(last), Addresses: []common.Address{dep.Pool},
		Topics: [][]common.Hash{{common.HexToHash(ingest.SwapTopic0)}}})
	if err != nil {
		t.Fatal(err)
	}
	missed := 0
	for _, l := range logs {
		if n := prog.seen[logID{l.TxHash, l.Index}]; n != 1 {
			t.Errorf("swap %s/%d of block %d seen %d times, want once", l.TxHash, l.Index, l.BlockNumber, n)
		}
		if l.BlockNumber > stopped && l.BlockNumber < resumedAt {
			missed++
		}
	}
	if missed == 0 || len(prog.seen) != len(logs) {
		t.Fatalf("%d swaps in blocks %d..%d (%d while stopped), the program saw %d", len(logs), first, last, missed, len(prog.seen))
	}
}
