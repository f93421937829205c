package agents_test

import (
	"context"
	"log/slog"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// The same agent, unchanged, against anvil as an external node over HTTP:
// deploy the stack with the devchain Operator, drive the market from the
// test, run the agent through agents.Run (head follower polling over HTTP),
// and verify what it sent.
func TestPipelineOnAnvil(t *testing.T) {
	rt := onnxtest.Runtime(t)
	node := anviltest.Start(t, anviltest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	keys := node.Keys()
	owner, agentKey := keys[0], keys[1]
	agentAddr := crypto.PubkeyToAddress(agentKey.PublicKey)

	op, err := devchain.NewOperator(ctx, devchain.OperatorConfig{Client: node.Client(), Key: owner, ChainID: node.ChainID()})
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
	if err := op.Authorize(ctx, dep, agentAddr, mdl.Digest()); err != nil {
		t.Fatal(err)
	}
	// Warm the window: one market step per block.
	for i := 1; i <= marketmaking.Window; i++ {
		if _, err := op.MarketStep(ctx, dep, ticks[i]); err != nil {
			t.Fatal(err)
		}
	}
	// Keep the market moving while the agent runs.
	marketCtx, stopMarket := context.WithCancel(ctx)
	marketDone := make(chan struct{})
	go func() {
		defer close(marketDone)
		for i := marketmaking.Window + 1; marketCtx.Err() == nil; i++ {
			if _, err := op.MarketStep(marketCtx, dep, ticks[i%len(ticks)]); err != nil && marketCtx.Err() == nil {
				t.Errorf("market step: %v", err)
				return
			}
			time.Sleep(50 * time.Millisecond)
		}
	}()

	st := sqliteStore(t)
	engine, err := policies.Compile([]policies.Rule{{Name: "width", Expr: "action.width >= 60 && action.width <= 4000"}})
	if err != nil {
		t.Fatal(err)
	}
	var settled []agents.Report
	err = agents.Run(ctx, agents.RunParams{
		Name: "mm-anvil", Node: node.Client(), Key: agentKey, Pool: dep.Pool, Vault: dep.Vault, Guard: dep.Guard,
		Params: marketmaking.Params{WidthMilli: 2000, MinWidth: 60, MaxWidth: 4000, RecenterMilli: 500,
			WidthChangeMilli: 300, TickSpacing: dep.TickSpacing},
		Model: mdl, Policies: engine, Store: st, Blocks: 60, PollInterval: 25 * time.Millisecond,
		Logger: slog.New(slog.DiscardHandler),
		Report: func(r agents.Report) {
			if r.Stage == agents.StageSettled {
				settled = append(settled, r)
			}
		},
	})
	stopMarket()
	<-marketDone
	if err != nil {
		t.Fatal(err)
	}
	if len(settled) == 0 {
		t.Fatal("no bundle settled on anvil")
	}
	models, err := agents.LoadModels(rt, agents.RepoPath("configs/models"))
	if err != nil {
		t.Fatal(err)
	}
	defer models.Close()
	ver, err := verify.New(node.Client(), st, models, dep.Guard)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range settled {
		if !r.Outcome.Success {
			t.Fatalf("bundle %s reverted on anvil: %s", r.TxHash, r.Outcome.Reason)
		}
		v, err := ver.Tx(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if !v.OK() {
			t.Fatalf("verify %s on anvil: %+v", r.TxHash, v)
		}
	}
	stats, _ := st.Stats(ctx, "mm-anvil")
	if stats[store.DecisionConfirmed] != len(settled) {
		t.Fatalf("store has %d confirmed decisions, %d bundles settled", stats[store.DecisionConfirmed], len(settled))
	}
}
