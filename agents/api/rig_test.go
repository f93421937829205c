package api_test

import (
	"context"
	"crypto/ecdsa"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	pgstore "github.com/steward-agents/steward/agents/store/postgres"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/chain/txmgr"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// rig is a real market-making agent (the shipped ONNX model, real policies,
// the guard and vault on the embedded chain) whose store the API serves.
type rig struct {
	t      *testing.T
	ctx    context.Context
	name   string
	chain  *devchain.Chain
	key    *ecdsa.PrivateKey
	model  agents.CardModel
	engine *policies.Engine
	store  store.Store

	mu      sync.Mutex
	reports []stamped
}

// stamped is a report with when its tick started.
type stamped struct {
	agents.Report
	started time.Time
}

func openPostgres(t testing.TB) store.Store {
	t.Helper()
	s, err := pgstore.Open(context.Background(), storetest.NewPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// marketPath is quiet, then climbs steadily, so the agent re-ranges.
func marketPath() []int32 {
	var ticks []int32
	tick := int32(199000)
	for i := range 600 {
		switch {
		case i > 80:
			tick += 3
		case i%2 == 0:
			tick++
		default:
			tick--
		}
		ticks = append(ticks, tick)
	}
	return ticks
}

// newRig deploys the chain and fills the agent's feature window; the agent
// itself is built by ticker (block by block) or run (agents.Run).
func newRig(t *testing.T, st store.Store, name string, blockInterval time.Duration) *rig {
	t.Helper()
	ctx := t.Context()
	rt := onnxtest.Runtime(t)
	mdl, err := agents.LoadModel(rt, agents.RepoPath("configs/models/mm-range-v1.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mdl.Close() })
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: marketPath(), Funded: []common.Address{addr}, BlockInterval: blockInterval})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(chain.Stop)
	if err := chain.Authorize(ctx, addr, mdl.Digest()); err != nil {
		t.Fatal(err)
	}
	for range marketmaking.Window + 1 {
		chain.Commit()
	}
	engine, err := policies.Compile([]policies.Rule{{Name: "width", Expr: "action.width >= 60 && action.width <= 4000"}})
	if err != nil {
		t.Fatal(err)
	}
	return &rig{t: t, ctx: ctx, name: name, chain: chain, key: key, model: mdl, engine: engine, store: st}
}

func (r *rig) program() program.Program {
	dep := r.chain.Deployment()
	p, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: dep.Vault,
		Params: marketmaking.Params{WidthMilli: 2000, MinWidth: 60, MaxWidth: 4000, RecenterMilli: 500,
			WidthChangeMilli: 300, TickSpacing: dep.TickSpacing}}, r.chain.Client())
	if err != nil {
		r.t.Fatal(err)
	}
	return p
}

func (r *rig) report(rep agents.Report) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.reports = append(r.reports, stamped{Report: rep, started: time.Now().Add(-rep.Elapsed)})
}

// seen returns the reports so far.
func (r *rig) seen() []stamped {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]stamped(nil), r.reports...)
}

// ticker is the agent built as a process would (outbox, executor, the
// store as its Control), ticked by the test one block at a time.
type ticker struct {
	*rig
	agent *agents.Agent
}

func (r *rig) ticker() *ticker {
	t := r.t
	dep := r.chain.Deployment()
	logger := slog.New(slog.DiscardHandler)
	outbox, err := txmgr.NewOutbox(txmgr.OutboxConfig{ChainID: r.chain.ChainID(), Agent: r.name, Confirmations: 1},
		r.chain.Client(), r.store, r.key, logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(outbox.Close)
	exec, err := agents.NewChainExecutor(agents.ChainExecutorConfig{Agent: r.name, Guard: dep.Guard, Outbox: outbox, Store: r.store})
	if err != nil {
		t.Fatal(err)
	}
	agent, err := agents.New(r.ctx, agents.Config{Name: r.name, Address: crypto.PubkeyToAddress(r.key.PublicKey),
		Program: r.program(), Model: r.model, Policies: r.engine, Store: r.store, Control: r.store, Executor: exec,
		Logs: ingest.NewLogStream(r.chain.Client(), 0), Report: r.report, Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	if err := agent.Recover(r.ctx); err != nil {
		t.Fatal(err)
	}
	return &ticker{rig: r, agent: agent}
}

// step mines a block, ticks the agent on it and returns the tick's report
// (a settlement reported on the way is in seen()).
func (k *ticker) step() agents.Report {
	k.t.Helper()
	k.chain.Commit()
	head, err := k.chain.Client().HeaderByNumber(k.ctx, nil)
	if err != nil {
		k.t.Fatal(err)
	}
	if err := k.agent.Tick(k.ctx, head); err != nil {
		k.t.Fatalf("tick %d: %v", head.Number, err)
	}
	reps := k.seen()
	for i := len(reps) - 1; i >= 0; i-- {
		if reps[i].Block == head.Number.Uint64() && reps[i].Stage != agents.StageSettled {
			return reps[i].Report
		}
	}
	k.t.Fatalf("tick %d reported nothing", head.Number)
	return agents.Report{}
}
