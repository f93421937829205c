package agents_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/devchain"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/chain/rpc/faultproxy"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// The agent keeps going through node faults injected between it and the
// node — a dropped WebSocket subscription, 429s, 5xx, timeouts, truncated
// and malformed answers, a node that lags, and a node restart — observes every block exactly once, loses no
// decision, and its bundles verify. The faults show in the client's stats.
func TestPipelineThroughNodeFaults(t *testing.T) {
	if testing.Short() {
		t.Skip("make test runs it in its full pass; its second run under -race -short would only add time")
	}
	rt := onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: path(), Funded: []common.Address{addr},
		HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0", BlockInterval: 150 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	mdl, err := agents.LoadModel(rt, agents.RepoPath("configs/models/mm-range-v1.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer mdl.Close()
	if err := chain.Authorize(ctx, addr, mdl.Digest()); err != nil {
		t.Fatal(err)
	}
	for range marketmaking.Window + 1 {
		chain.Commit()
	}
	httpURL, wsURL := chain.Endpoints()
	proxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: httpURL, Seed: 7})
	wsProxy := faultproxy.NewForTest(t, faultproxy.Config{Upstream: wsURL, Seed: 8})
	// Calls over HTTP, new heads by WebSocket subscription: both through proxies.
	client, err := rpcclient.Dial(ctx, rpcclient.Config{Endpoints: []string{proxy.URL(), wsProxy.WSURL()},
		RequestTimeout: 500 * time.Millisecond, MaxRetries: 8}, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	if err := chain.Start(ctx); err != nil {
		t.Fatal(err)
	}

	// Faults arrive while the agent runs: from its first tick on, so a
	// slow start on a loaded machine cannot meet them before it reads the
	// chain id.
	faultsDone, ticking := make(chan struct{}), make(chan struct{})
	var firstTick sync.Once
	go func() {
		defer close(faultsDone)
		select {
		case <-ticking:
		case <-ctx.Done():
			return
		}
		time.Sleep(300 * time.Millisecond)
		if err := wsProxy.Set(faultproxy.Fault{Kind: faultproxy.DropWS}); err != nil {
			t.Errorf("drop websocket: %v", err)
		}
		for _, f := range []faultproxy.Fault{
			{Kind: faultproxy.HTTP429, Count: 3}, {Kind: faultproxy.HTTP5xx, Count: 3},
			{Kind: faultproxy.Timeout, Count: 2}, {Kind: faultproxy.Truncate, Count: 2},
			{Kind: faultproxy.Malformed, Count: 2}, {Kind: faultproxy.Lag, Count: 3, Blocks: 5},
			{Kind: faultproxy.Down}, {Kind: faultproxy.Up},
		} {
			time.Sleep(400 * time.Millisecond)
			if err := proxy.Set(f); err != nil {
				t.Errorf("inject %s: %v", f.Kind, err)
			}
		}
	}()

	st := sqliteStore(t)
	var blocks []uint64
	var skipped []int // stale heads dropped before each observed block
	stages := map[agents.Stage]int{}
	var settled []agents.Report
	_, err = agents.Run(ctx, agents.RunParams{
		Name: "mm-faults", Node: client.Eth(), Heads: client, Key: key,
		Guard: chain.Deployment().Guard, Program: mmProgram(t, client.Eth(), chain.Deployment()),
		Model: mdl, Policies: widthPolicy(t), Store: st, Blocks: 40, PollInterval: 50 * time.Millisecond,
		Logger: slog.New(slog.DiscardHandler),
		Report: func(r agents.Report) {
			firstTick.Do(func() { close(ticking) })
			if r.Stage == agents.StageSettled {
				settled = append(settled, r)
				return
			}
			blocks, skipped = append(blocks, r.Block), append(skipped, r.Skipped)
			stages[r.Stage]++
		},
	})
	<-faultsDone
	if err != nil {
		t.Fatal(err)
	}
	// Each block once, in order: ticked, or dropped as stale for a newer
	// one when a retried read made a tick slow (its logs went with it).
	heads := len(blocks)
	for i := 1; i < len(blocks); i++ {
		heads += skipped[i]
		if blocks[i] != blocks[i-1]+1+uint64(skipped[i]) {
			t.Fatalf("blocks observed %v (stale heads dropped before each: %v): want each block once, in order", blocks, skipped)
		}
	}
	// A tick whose reads ran out of retries is reported failed, and the
	// agent goes on with the next head; most heads must still be processed.
	if failed := stages[agents.StageError]; failed > 5 {
		t.Fatalf("%d of 40 ticks failed under the faults", failed)
	}
	if heads != 40 || len(settled) == 0 {
		t.Fatalf("%d heads observed or dropped, %d bundles settled: want 40 and at least one", heads, len(settled))
	}
	stats, _ := st.Stats(ctx, "mm-faults")
	if stats[store.DecisionSubmitted]+stats[store.DecisionApproved]+stats[store.DecisionProposed] != 0 {
		t.Fatalf("decisions left open: %v", stats)
	}
	if wsProxy.Hits(faultproxy.DropWS) == 0 {
		t.Fatal("the WebSocket subscription was never dropped")
	}
	s := client.Stats()
	if s.Retries == 0 || s.Faults[rpcclient.FaultHTTP429] == 0 || s.Faults[rpcclient.FaultHTTP5xx] == 0 {
		t.Fatalf("faults not counted: %+v", s)
	}
	models, err := agents.LoadModels(rt, agents.RepoPath("configs/models"))
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close()
	verifySettled(t, ctx, chain.Client(), st, models, chain.Deployment().Guard, settled)
}
