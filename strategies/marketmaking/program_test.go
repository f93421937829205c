package marketmaking_test

import (
	"context"
	"math/big"
	"slices"
	"sync/atomic"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// countingReader is the embedded chain's client, counting the reads made
// at a past block.
type countingReader struct {
	marketmaking.ChainReader
	calls atomic.Int64
}

func (c *countingReader) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.calls.Add(1)
	return c.ChainReader.CallContract(ctx, msg, block)
}

// TestObserveReadsOnlyTheMissedBlocks: after heads the runtime dropped, the
// program reads the pool at those blocks only (not the whole window again,
// which would make a late agent later still), and its window — hence its
// features — is exactly that of a program that saw every block.
func TestObserveReadsOnlyTheMissedBlocks(t *testing.T) {
	ctx := context.Background()
	ticks := make([]int32, 200)
	for i := range ticks {
		ticks[i] = 199000 + int32(i%7)*3 - int32(i%5)*2
	}
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: ticks})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Stop)
	for range marketmaking.Window + 12 {
		chain.Commit()
	}
	dep := chain.Deployment()
	params := marketmaking.Params{WidthMilli: 2000, MinWidth: 60, MaxWidth: 4000, RecenterMilli: 500,
		WidthChangeMilli: 300, TickSpacing: dep.TickSpacing}
	newProgram := func(r marketmaking.ChainReader) *marketmaking.Program {
		p, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: dep.Vault, Params: params}, r)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	header := func(n uint64) *types.Header {
		h, err := chain.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			t.Fatal(err)
		}
		return h
	}
	head, err := chain.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	late := &countingReader{ChainReader: chain.Client()}
	p := newProgram(late)
	start := head - 8
	for n := start; n <= start+2; n++ { // back-fills, then one block a head
		if _, err := p.Observe(ctx, header(n), nil); err != nil {
			t.Fatal(err)
		}
	}
	perHead := late.calls.Load()
	if _, err := p.Observe(ctx, header(start+3), nil); err != nil {
		t.Fatal(err)
	}
	perHead = late.calls.Load() - perHead // one block's reads: the pool and the vault
	before := late.calls.Load()
	const dropped = 4
	obs, err := p.Observe(ctx, header(start+4+dropped), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := late.calls.Load()-before, perHead+dropped*(perHead-1); got != want {
		t.Fatalf("after %d dropped heads: %d reads, want %d (the head's %d and the pool at each dropped block)",
			dropped, got, want, perHead)
	}
	q := newProgram(chain.Client()) // saw only this head: back-fills the window
	fresh, err := q.Observe(ctx, header(start+4+dropped), nil)
	if err != nil {
		t.Fatal(err)
	}
	a, readyA, errA := p.Inputs(obs)
	b, readyB, errB := q.Inputs(fresh)
	if errA != nil || errB != nil || !readyA || !readyB {
		t.Fatalf("inputs: %v, %v (ready %v, %v)", errA, errB, readyA, readyB)
	}
	if !slices.Equal(a[0].Features, b[0].Features) || obs.State["twapTick"] != fresh.State["twapTick"] {
		t.Fatalf("window after the gap: features %v, twap %v; a program that saw every block: %v, %v",
			a[0].Features, obs.State["twapTick"], b[0].Features, fresh.State["twapTick"])
	}
}
