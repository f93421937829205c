package agents_test

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// On anvil, a snapshot/revert orphans the blocks the agent decided and
// acted on: the outbox re-broadcasts the dropped transaction, the guard
// refuses its record (its block is no longer canonical), nothing is applied
// twice, and the agent goes on acting on the new branch.
func TestPipelineOnAnvilReorg(t *testing.T) {
	rt := onnxtest.Runtime(t)
	node := anviltest.Start(t, anviltest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	keys := node.Keys()
	agentKey := keys[1]
	op, err := devchain.NewOperator(ctx, devchain.OperatorConfig{Client: node.Client(), Key: keys[0], ChainID: node.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
	ticks := path()
	dep, err := op.Deploy(ctx, devchain.DeployParams{StartTick: ticks[0]})
	if err != nil {
		t.Fatal(err)
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath("configs/models/mm-range-v1.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	defer mdl.Close()
	if err := op.Authorize(ctx, dep, crypto.PubkeyToAddress(agentKey.PublicKey), mdl.Digest()); err != nil {
		t.Fatal(err)
	}
	step := 1
	for ; step <= marketmaking.Window; step++ {
		if _, err := op.MarketStep(ctx, dep, ticks[step]); err != nil {
			t.Fatal(err)
		}
	}
	snap, err := node.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	forkBase, _ := node.Client().BlockNumber(ctx)

	var mu sync.Mutex
	var settled []agents.Report
	settledCount := func() int { mu.Lock(); defer mu.Unlock(); return len(settled) }
	st := sqliteStore(t)
	engine, _ := policies.Compile([]policies.Rule{{Name: "width", Expr: "action.width >= 60 && action.width <= 4000"}})
	agentCtx, stopAgent := context.WithCancel(ctx)
	agentDone := make(chan error, 1)
	go func() {
		agentDone <- agents.Run(agentCtx, agents.RunParams{
			Name: "mm-anvil-reorg", Node: node.Client(), Key: agentKey, Pool: dep.Pool, Vault: dep.Vault, Guard: dep.Guard,
			Params: marketmaking.Params{WidthMilli: 2000, MinWidth: 60, MaxWidth: 4000, RecenterMilli: 500,
				WidthChangeMilli: 300, TickSpacing: dep.TickSpacing},
			Model: mdl, Policies: engine, Store: st, PollInterval: 20 * time.Millisecond,
			Confirmations: 64, // keep transactions open across the reorg
			Logger:        slog.New(slog.DiscardHandler),
			Report: func(r agents.Report) {
				if r.Stage == agents.StageSettled {
					mu.Lock()
					settled = append(settled, r)
					mu.Unlock()
				}
			},
		})
	}()
	// The market moves until the agent has acted once.
	for settledCount() == 0 && ctx.Err() == nil {
		if _, err := op.MarketStep(ctx, dep, ticks[step%len(ticks)]); err != nil {
			t.Fatal(err)
		}
		step++
		time.Sleep(30 * time.Millisecond)
	}
	head, _ := node.Client().BlockNumber(ctx)
	// Orphan everything since the snapshot, including the agent's decision
	// and its transaction, with a longer branch.
	if err := node.Revert(ctx, snap); err != nil {
		t.Fatal(err)
	}
	if err := node.Mine(ctx, head-forkBase+2); err != nil {
		t.Fatal(err)
	}
	if err := op.Resync(ctx); err != nil {
		t.Fatal(err)
	}
	before := settledCount()
	for settledCount() <= before && ctx.Err() == nil {
		if _, err := op.MarketStep(ctx, dep, ticks[step%len(ticks)]); err != nil {
			t.Fatal(err)
		}
		step++
		time.Sleep(30 * time.Millisecond)
	}
	stopAgent()
	if err := <-agentDone; err != nil {
		t.Fatal(err)
	}
	if ctx.Err() != nil {
		t.Fatal("the agent did not act again after the reorg")
	}

	// On the canonical chain: each (record, parameter) applied once, and only
	// records of canonical blocks.
	logs, err := node.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{dep.Guard}})
	if err != nil {
		t.Fatal(err)
	}
	guard := bindings.NewParameterGuard()
	seen := map[string]bool{}
	for i := range logs {
		ev, err := guard.UnpackParameterAppliedEvent(&logs[i])
		if err != nil {
			continue
		}
		k := fmt.Sprintf("%x/%x", ev.RecordHash, ev.Param)
		if seen[k] {
			t.Fatalf("record %x applied parameter %x twice", ev.RecordHash, ev.Param)
		}
		seen[k] = true
		rec, err := st.Record(ctx, ev.RecordHash)
		if err != nil {
			t.Fatal(err)
		}
		h, err := node.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(rec.BlockNumber))
		if err != nil || h.Hash() != rec.BlockHash {
			t.Fatalf("record of block %d applied but that block is not canonical (%v)", rec.BlockNumber, err)
		}
	}
	if len(seen) == 0 {
		t.Fatal("nothing applied on the canonical chain")
	}
}
