package record_test

import (
	"context"
	"errors"
	"math/big"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/backtest/record"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// TestRecordAndReplayReads records market making's reads of an embedded
// chain and checks the replay answers them as the chain does, names what
// it lacks, serves the declared logs by block, and refuses to resume with
// other parameters.
func TestRecordAndReplayReads(t *testing.T) {
	ctx := context.Background()
	chain, settings := newChain(t)
	dep := chain.Deployment()
	st, err := record.Open(ctx, filepath.Join(t.TempDir(), "rec.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := record.Params{Node: chain.Client(), Kind: marketmaking.Kind(), Settings: settings, From: 40, To: 55, Store: st, BatchSize: 4}
	if err := record.Record(ctx, p); err != nil {
		t.Fatal(err)
	}
	heads, err := st.Headers(ctx)
	if err != nil || len(heads) != 16 || heads[0].Number.Uint64() != 40 {
		t.Fatalf("recorded headers: %d (%v)", len(heads), err)
	}
	want, err := chain.Client().HeaderByNumber(ctx, big.NewInt(47))
	if err != nil {
		t.Fatal(err)
	}
	if heads[7].Hash() != want.Hash() {
		t.Fatalf("recorded header 47 hashes to %s, the chain's is %s", heads[7].Hash(), want.Hash())
	}

	pool := bindings.NewUniswapV3Pool()
	msg := ethereum.CallMsg{To: &dep.Pool, Data: pool.PackSlot0()}
	for _, b := range []int64{40, 47, 55} {
		got, err := st.Reader().CallContract(ctx, msg, big.NewInt(b))
		if err != nil {
			t.Fatal(err)
		}
		live, err := chain.Client().CallContract(ctx, msg, big.NewInt(b))
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != string(live) {
			t.Fatalf("slot0 at block %d: the replay answers %x, the chain %x", b, got, live)
		}
	}
	if _, err := st.Reader().CallContract(ctx, msg, big.NewInt(58)); !errors.Is(err, record.ErrNotRecorded) {
		t.Fatalf("a read outside the recording: %v, want ErrNotRecorded", err)
	}
	swaps, err := st.Reader().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(40), ToBlock: big.NewInt(55), Addresses: []common.Address{dep.Pool}})
	if err != nil {
		t.Fatal(err)
	}
	live, err := chain.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(40), ToBlock: big.NewInt(55), Addresses: []common.Address{dep.Pool},
		Topics: [][]common.Hash{{common.HexToHash("0xc42079f94a6350d7e6235f29174924f928cc2ac818eb64fed8004e115fbcca67")}}})
	if err != nil {
		t.Fatal(err)
	}
	if len(swaps) == 0 || len(swaps) != len(live) {
		t.Fatalf("recorded %d swap logs, the chain has %d", len(swaps), len(live))
	}

	p.To = 56
	if err := record.Record(ctx, p); !errors.Is(err, record.ErrMismatch) {
		t.Fatalf("resuming with another range: %v, want ErrMismatch", err)
	}
}

// newChain starts an archive chain of 60 blocks of market-making swaps
// (JSON-RPC on a free port) and returns it with the settings of an agent
// on its pool.
func newChain(t *testing.T) (*devchain.Chain, *marketmaking.Settings) {
	t.Helper()
	path, _, err := demo.MarketPath()
	if err != nil {
		t.Fatal(err)
	}
	chain, err := devchain.New(context.Background(), devchain.Config{PriceTicks: path[:200], Archive: true, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Stop)
	for range 60 {
		chain.Commit()
	}
	dep := chain.Deployment()
	settings := marketmaking.DefaultSettings()
	settings.Pool, settings.Vault = dep.Pool.Hex(), dep.Vault.Hex()
	if err := settings.Validate(); err != nil {
		t.Fatal(err)
	}
	return chain, settings
}
