package agents_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// testParams are the strategy parameters every test agent uses.
func testParams(spacing int32) marketmaking.Params {
	return marketmaking.Params{WidthMilli: 2000, MinWidth: 60, MaxWidth: 4000, RecenterMilli: 500,
		WidthChangeMilli: 300, TickSpacing: spacing}
}

// widthPolicy is a policy every sensible range passes.
func widthPolicy(t testing.TB) *policies.Engine {
	t.Helper()
	e, err := policies.Compile([]policies.Rule{{Name: "width", Expr: "action.width >= 60 && action.width <= 4000"}})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// anvilStack is the demo stack deployed on anvil, with the agent (dev key
// 1) authorised for the shipped model and the feature window filled.
type anvilStack struct {
	node     *anviltest.Node
	op       *devchain.Operator
	dep      devchain.Deployment
	model    agents.CardModel
	models   agents.ModelSet
	agentKey *ecdsa.PrivateKey
	ticks    []int32
	step     int
}

func newAnvilStack(t *testing.T, ctx context.Context) *anvilStack {
	t.Helper()
	rt := onnxtest.Runtime(t)
	s := &anvilStack{node: anviltest.Start(t, anviltest.Options{}), ticks: path()}
	keys := s.node.Keys()
	s.agentKey = keys[1]
	var err error
	if s.op, err = devchain.NewOperator(ctx, devchain.OperatorConfig{Client: s.node.Client(), Key: keys[0], ChainID: s.node.ChainID(),
		Flush: func(ctx context.Context) error { return s.node.Mine(ctx, 1) }}); err != nil {
		t.Fatal(err)
	}
	if s.dep, err = s.op.Deploy(ctx, devchain.DeployParams{StartTick: s.ticks[0]}); err != nil {
		t.Fatal(err)
	}
	if s.model, err = agents.LoadModel(rt, agents.RepoPath("configs/models/mm-range-v1.card.json")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.model.Close() })
	if s.models, err = agents.LoadModels(rt, agents.RepoPath("configs/models")); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.models.Close() })
	if err := s.op.Authorize(ctx, s.dep, crypto.PubkeyToAddress(s.agentKey.PublicKey), s.model.Digest()); err != nil {
		t.Fatal(err)
	}
	for range marketmaking.Window {
		if err := s.marketStep(ctx); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// marketStep moves the pool to the next tick of the path (one block on anvil).
func (s *anvilStack) marketStep(ctx context.Context) error {
	s.step++
	_, err := s.op.MarketStep(ctx, s.dep, s.ticks[s.step%len(s.ticks)])
	return err
}

// appliedReader is what assertAppliedOnce reads from a node.
type appliedReader interface {
	ethereum.LogFilterer
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
}

// assertAppliedOnce reads every ParameterApplied event on the canonical
// chain: each (record, parameter) appears once, every applied record was
// decided on a block that is canonical, and something was applied.
func assertAppliedOnce(t *testing.T, ctx context.Context, node appliedReader, guard common.Address, records verify.Records) {
	t.Helper()
	logs, err := node.FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{guard}})
	if err != nil {
		t.Fatal(err)
	}
	abi := bindings.NewParameterGuard()
	seen := map[string]bool{}
	for i := range logs {
		ev, err := abi.UnpackParameterAppliedEvent(&logs[i])
		if err != nil {
			continue
		}
		k := fmt.Sprintf("%x/%x", ev.RecordHash, ev.Param)
		if seen[k] {
			t.Fatalf("record %x applied parameter %x twice", ev.RecordHash, ev.Param)
		}
		seen[k] = true
		rec, err := records.Record(ctx, ev.RecordHash)
		if err != nil {
			t.Fatal(err)
		}
		h, err := node.HeaderByNumber(ctx, new(big.Int).SetUint64(rec.BlockNumber))
		if err != nil {
			t.Fatal(err)
		}
		if h.Hash() != rec.BlockHash {
			t.Fatalf("record of block %d (%s) applied, but that block is orphaned (canonical %s)", rec.BlockNumber, rec.BlockHash, h.Hash())
		}
	}
	if len(seen) == 0 {
		t.Fatal("nothing applied on the canonical chain")
	}
}

// verifySettled checks that every settled bundle succeeded and verifies.
func verifySettled(t *testing.T, ctx context.Context, node verify.Chain, records verify.Records, models verify.Models, guard common.Address, settled []agents.Report) {
	t.Helper()
	ver, err := verify.New(node, verify.Config{Guard: guard, Derivers: marketmaking.Derivers(), Models: models, Records: records})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range settled {
		if !r.Outcome.Success {
			t.Fatalf("bundle %s failed: %s", r.TxHash, r.Outcome.Reason)
		}
		v, err := ver.Tx(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if !v.OK() {
			t.Fatalf("verify %s: %+v", r.TxHash, v)
		}
	}
}

// mmProgram is the market-making program over a deployment, with the test parameters.
func mmProgram(t testing.TB, chain marketmaking.ChainReader, dep devchain.Deployment) program.Program {
	t.Helper()
	p, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: dep.Vault, Params: testParams(dep.TickSpacing)}, chain)
	if err != nil {
		t.Fatal(err)
	}
	return p
}
