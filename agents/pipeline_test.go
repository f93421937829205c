package agents_test

import (
	"cmp"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"log/slog"
	"math/big"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/robfig/cron/v3"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	pgstore "github.com/steward-agents/steward/agents/store/postgres"
	sqlitestore "github.com/steward-agents/steward/agents/store/sqlite"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/policies"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// rig is one agent on a fresh embedded chain, driven block by block.
type rig struct {
	t      testing.TB
	ctx    context.Context
	chain  *devchain.Chain
	key    *ecdsa.PrivateKey
	store  store.Store
	model  agents.CardModel
	agent  *agents.Agent
	models agents.ModelSet
	engine *policies.Engine
	opts   rigOptions

	mu     sync.Mutex
	report []agents.Report
}

type rigOptions struct {
	rules  []policies.Rule
	dryRun bool
	bounds devchain.Bounds // guard bounds for both edges; zero = devchain defaults
	store  func(t testing.TB) store.Store
	cron   string
	// program, when set, builds the agent's program at every (re)start;
	// default: market making on the deployment's vault.
	program func(r *rig) program.Program
	// confirmations the outbox waits for before a transaction is final.
	confirmations uint64
	logger        *slog.Logger // the agent's; discarded when nil
	// model, when set, wraps the shipped card as the agent's model.
	model func(agents.CardModel) agents.Model
	// funded are other accounts the chain funds at genesis.
	funded []common.Address
}

func sqliteStore(t testing.TB) store.Store {
	s, err := sqlitestore.Open(context.Background(), t.TempDir()+"/agent.db")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func pgStore(t testing.TB) store.Store {
	s, err := pgstore.Open(context.Background(), storetest.NewPostgres(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// path is a recorded-looking market: quiet, then a steady climb that forces
// re-centring.
func path() []int32 {
	var ticks []int32
	t := int32(199000)
	for i := range 400 {
		if i > 80 {
			t += 3
		} else if i%2 == 0 {
			t++
		} else {
			t--
		}
		ticks = append(ticks, t)
	}
	return ticks
}

func newRig(t testing.TB, o rigOptions) *rig {
	t.Helper()
	ctx := context.Background()
	rt := onnxtest.Runtime(t)
	mdl, err := agents.LoadModel(rt, agents.RepoPath("configs/models/mm-range-v1.card.json"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { mdl.Close() })
	models, err := agents.LoadModels(rt, agents.RepoPath("configs/models"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { models.Close() })

	key, _ := crypto.GenerateKey()
	addr := crypto.PubkeyToAddress(key.PublicKey)
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: path(), Funded: append([]common.Address{addr}, o.funded...),
		LowerBounds: o.bounds, UpperBounds: o.bounds})
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
	engine := widthPolicy(t)
	if o.rules != nil {
		if engine, err = policies.Compile(o.rules); err != nil {
			t.Fatal(err)
		}
	}
	if o.store == nil {
		o.store = sqliteStore
	}
	r := &rig{t: t, ctx: ctx, chain: chain, key: key, store: o.store(t), model: mdl, models: models,
		engine: engine, opts: o}
	r.restart()
	return r
}

// restart builds a new agent (program, outbox, executor) on the same chain
// and store, as a new process would, and runs its recovery.
func (r *rig) restart() {
	t := r.t
	t.Helper()
	dep := r.chain.Deployment()
	var prog program.Program
	if r.opts.program != nil {
		prog = r.opts.program(r)
	} else {
		prog = mmProgram(t, r.chain.Client(), dep)
	}
	exec := newExecutor(t, r.chain, r.key, dep.Guard, r.store, r.opts)
	var model agents.Model = r.model
	if r.opts.model != nil {
		model = r.opts.model(r.model)
	}
	var err error
	r.agent, err = agents.New(r.ctx, agents.Config{Name: "mm-test", Address: crypto.PubkeyToAddress(r.key.PublicKey),
		Program: prog, Model: model, Policies: r.engine, Store: r.store,
		Executor: exec, Logs: ingest.NewLogStream(r.chain.Client(), 0), Schedule: r.schedule(), Logger: cmp.Or(r.opts.logger, slog.New(slog.DiscardHandler)),
		Report: func(rep agents.Report) {
			r.mu.Lock()
			defer r.mu.Unlock()
			r.report = append(r.report, rep)
		}})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.agent.Recover(r.ctx); err != nil {
		t.Fatal(err)
	}
}

// schedule parses the rig's cron option with the config's one parser.
func (r *rig) schedule() cron.Schedule {
	r.t.Helper()
	if r.opts.cron == "" {
		return nil
	}
	s, err := config.ParseCron(r.opts.cron)
	if err != nil {
		r.t.Fatal(err)
	}
	return s
}

func newExecutor(t testing.TB, chain *devchain.Chain, key *ecdsa.PrivateKey, guard common.Address, st store.Store, o rigOptions) program.Executor {
	t.Helper()
	outbox, err := newOutbox(chain, st, key, o.confirmations)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(outbox.Close)
	exec, err := agents.NewChainExecutor(agents.ChainExecutorConfig{Agent: "mm-test", Guard: guard, Outbox: outbox, Store: st, DryRun: o.dryRun})
	if err != nil {
		t.Fatal(err)
	}
	return exec
}

// step mines a block and runs one tick on it.
func (r *rig) step() {
	r.t.Helper()
	r.chain.Commit()
	head, err := r.chain.Client().HeaderByNumber(r.ctx, nil)
	if err != nil {
		r.t.Fatal(err)
	}
	if err := r.agent.Tick(r.ctx, head); err != nil {
		r.t.Fatalf("tick %d: %v", head.Number, err)
	}
}

func (r *rig) stages() map[agents.Stage]int {
	r.mu.Lock()
	defer r.mu.Unlock()
	m := map[agents.Stage]int{}
	for _, rep := range r.report {
		m[rep.Stage]++
	}
	return m
}

func (r *rig) vaultRange() (int64, int64, *big.Int) {
	r.t.Helper()
	v := bindings.NewRangeVault()
	dep := r.chain.Deployment()
	out, err := r.chain.Client().CallContract(r.ctx, callMsg(dep.Vault, v.PackPosition()), nil)
	if err != nil {
		r.t.Fatal(err)
	}
	p, err := v.UnpackPosition(out)
	if err != nil {
		r.t.Fatal(err)
	}
	return p.TickLower.Int64(), p.TickUpper.Int64(), p.Liquidity
}

func TestPipelineLive(t *testing.T) {
	for name, open := range map[string]func(testing.TB) store.Store{"sqlite": sqliteStore, "postgres": pgStore} {
		t.Run(name, func(t *testing.T) {
			r := newRig(t, rigOptions{store: open})
			for range 60 {
				r.step()
			}
			st := r.stages()
			if st["settled"] < 2 {
				t.Fatalf("want at least 2 settled re-ranges in 60 blocks, stages %v", st)
			}
			stats, err := r.store.Stats(r.ctx, "mm-test")
			if err != nil {
				t.Fatal(err)
			}
			if stats[store.DecisionConfirmed] != st["settled"] || stats[store.DecisionFailed] != 0 {
				t.Fatalf("store stats %v disagree with reports %v", stats, st)
			}

			// The vault holds exactly the last confirmed decision's range.
			last, err := r.store.LastDecision(r.ctx, "mm-test", store.DecisionConfirmed)
			if err != nil {
				t.Fatal(err)
			}
			var action struct{ TickLower, TickUpper int64 }
			if err := json.Unmarshal(last.Action, &action); err != nil {
				t.Fatal(err)
			}
			lo, hi, liq := r.vaultRange()
			if lo != action.TickLower || hi != action.TickUpper || liq.Sign() == 0 {
				t.Fatalf("vault range [%d,%d] liq %s, last confirmed decision %+v", lo, hi, liq, action)
			}

			// Every confirmed decision's record re-hashes, and its transaction verifies.
			rec, err := r.store.Record(r.ctx, last.RecordHash)
			if err != nil {
				t.Fatal(err)
			}
			re := commit.Record{Agent: rec.AgentAddress, ModelDigest: rec.ModelDigest,
				InputDigest: commit.DigestInts(rec.Inputs), OutputDigest: commit.DigestInts(rec.Outputs),
				BlockNumber: rec.BlockNumber, BlockHash: rec.BlockHash, Nonce: rec.Nonce}
			if re.Hash() != last.RecordHash {
				t.Fatalf("record %s does not re-hash (got %s)", last.RecordHash, re.Hash())
			}
			tx, err := r.store.Transaction(r.ctx, last.TxID)
			if err != nil {
				t.Fatal(err)
			}
			if tx.State != store.TxConfirmed || tx.GasUsed == 0 {
				t.Fatalf("transaction row %+v, want confirmed with gas", tx)
			}
			ver, err := verify.New(r.chain.Client(), verify.Config{Guard: r.chain.Deployment().Guard, Derivers: marketmaking.Derivers(), Models: r.models, Records: r.store})
			if err != nil {
				t.Fatal(err)
			}
			v, err := ver.Tx(r.ctx, tx.Hash)
			if err != nil {
				t.Fatal(err)
			}
			if !v.OK() {
				t.Fatalf("verify %s: %+v", tx.Hash, v)
			}
			r.checkDeclared()
		})
	}
}

// checkDeclared checks that every state and action key the program put in a
// report is one its Declare lists: start-up checks type policies against
// those lists (issue 9), so a key missing there would refuse a valid policy.
func (r *rig) checkDeclared() {
	r.t.Helper()
	dep := r.chain.Deployment()
	program, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: dep.Vault,
		Params: testParams(dep.TickSpacing)}, r.chain.Client())
	if err != nil {
		r.t.Fatal(err)
	}
	decl := program.Declare()
	r.mu.Lock()
	defer r.mu.Unlock()
	seen := 0
	for _, rep := range r.report {
		for k := range rep.State {
			if !slices.Contains(decl.State, k) {
				r.t.Fatalf("block %d: state key %q is not declared (declared: %v)", rep.Block, k, decl.State)
			}
		}
		for k := range rep.Action {
			if !slices.Contains(decl.Action, k) {
				r.t.Fatalf("block %d: action key %q is not declared (declared: %v)", rep.Block, k, decl.Action)
			}
			seen++
		}
	}
	if seen == 0 {
		r.t.Fatal("no report carried an action")
	}
	if len(decl.Guarded) != 2 || decl.Guarded[0].Target != dep.Vault {
		r.t.Fatalf("guarded = %+v, want the vault's tickLower and tickUpper", decl.Guarded)
	}
}

func TestPipelinePolicyRejects(t *testing.T) {
	r := newRig(t, rigOptions{rules: []policies.Rule{{Name: "narrow-only", Expr: "action.width <= 20", Message: "too wide"}}})
	for range 10 {
		r.step()
	}
	st := r.stages()
	if st["rejected"] == 0 || st["submitted"] != 0 || st["settled"] != 0 {
		t.Fatalf("stages %v: want rejections and nothing sent", st)
	}
	for _, rep := range r.report {
		if rep.Stage == "rejected" && !strings.Contains(rep.Reason, "narrow-only: too wide") {
			t.Fatalf("rejection reason %q does not name the policy", rep.Reason)
		}
	}
	if _, _, liq := r.vaultRange(); liq.Sign() != 0 {
		t.Fatal("vault moved although every action was rejected")
	}
}

func TestPipelineDryRunSendsNothing(t *testing.T) {
	r := newRig(t, rigOptions{dryRun: true})
	addr := crypto.PubkeyToAddress(r.key.PublicKey)
	for range 10 {
		r.step()
	}
	if st := r.stages(); st["recorded"] == 0 || st["submitted"] != 0 {
		t.Fatalf("stages %v: want recorded bundles and none submitted", st)
	}
	nonce, err := r.chain.Client().NonceAt(r.ctx, addr, nil)
	if err != nil || nonce != 0 {
		t.Fatalf("agent nonce %d (err %v): dry run must send nothing", nonce, err)
	}
}

// A bundle the guard would refuse is caught in simulation, decoded into the
// contract's named error, recorded as failed, and never sent.
func TestPipelineGuardRevertIsNotSent(t *testing.T) {
	// Bounds far below the market: every range is out of bounds on chain,
	// while the off-chain policy lets it through.
	r := newRig(t, rigOptions{bounds: devchain.Bounds{Min: 100000, Max: 110000, MaxStep: 3000, CooldownBlocks: 2}})
	for range 3 {
		r.step()
	}
	var failed []agents.Report
	for _, rep := range r.report {
		if rep.Stage == "failed" {
			failed = append(failed, rep)
		}
	}
	if len(failed) == 0 {
		t.Fatalf("stages %v: want failed decisions", r.stages())
	}
	if !strings.Contains(failed[0].Reason, "ParameterGuard.OutOfBounds") {
		t.Fatalf("reason %q does not name the guard's custom error", failed[0].Reason)
	}
	d, err := r.store.Decision(r.ctx, failed[0].Decision)
	if err != nil || d.State != store.DecisionFailed {
		t.Fatalf("decision %+v err %v, want state failed", d, err)
	}
	nonce, _ := r.chain.Client().NonceAt(r.ctx, crypto.PubkeyToAddress(r.key.PublicKey), nil)
	if nonce != 0 {
		t.Fatalf("a refused bundle was sent (nonce %d)", nonce)
	}
}

// A cron-triggered agent observes every head but decides only at the first
// head at or after each firing of its schedule, in block time.
func TestPipelineCronTrigger(t *testing.T) {
	r := newRig(t, rigOptions{cron: "@every 5s"})
	var times []uint64
	for range 40 {
		r.step()
		head, _ := r.chain.Client().HeaderByNumber(r.ctx, nil)
		times = append(times, head.Time)
	}
	span := times[len(times)-1] - times[0]
	if span < 15 {
		t.Fatalf("block times span %ds; the test needs at least 15s of chain time", span)
	}
	// Replay the schedule over the heads the agent saw once its window was
	// full: the first sets the first firing; after that a head at or past the
	// firing is due and the next firing is 5s after it. Block times follow
	// the wall clock, so how many decisions fall in the span depends on the
	// machine's speed; which heads are due does not.
	var decided, due []uint64 // block times of the heads that decided / were due
	var next uint64
	r.mu.Lock()
	for i, rep := range r.report {
		if rep.Stage == agents.StageWarmup || rep.Stage == agents.StageSettled {
			continue
		}
		at := times[i-settledBefore(r.report, i)]
		switch {
		case next == 0:
			next = at + 5
		case at >= next:
			due, next = append(due, at), at+5
		}
		if rep.Stage != agents.StageIdle {
			decided = append(decided, at)
		}
	}
	r.mu.Unlock()
	t.Logf("span %ds, decisions at %v", span, decided)
	if len(due) < 2 || !slices.Equal(decided, due) {
		t.Fatalf("decisions at block times %v, want at the due heads %v (at least 2)", decided, due)
	}
}

// settledBefore counts settle reports before index i: they share a head with
// the tick report that follows them.
func settledBefore(reps []agents.Report, i int) int {
	n := 0
	for _, r := range reps[:i] {
		if r.Stage == agents.StageSettled {
			n++
		}
	}
	return n
}

// A head the agent never saw (a failed tick) must not leave a hole in the
// feature window: the window is rebuilt from consecutive blocks.
func TestPipelineWindowHasNoHoles(t *testing.T) {
	r := newRig(t, rigOptions{})
	r.step()
	r.chain.Commit() // this block's tick is missed
	r.step()
	var ticks []int32
	rd, _ := ingestPoolReader()
	head, _ := r.chain.Client().HeaderByNumber(r.ctx, nil)
	for b := head.Number.Int64() - int64(marketmaking.Window) + 1; b <= head.Number.Int64(); b++ {
		ps, err := rd.ReadPool(r.ctx, r.chain.Client(), r.chain.Deployment().Pool, big.NewInt(b))
		if err != nil {
			t.Fatal(err)
		}
		ticks = append(ticks, ps.Tick)
	}
	want, _ := marketmaking.Features(ticks)
	rec, err := r.store.Record(r.ctx, lastRecord(t, r))
	if err != nil {
		t.Fatal(err)
	}
	for i, w := range want {
		if got := float64(rec.Inputs[i]) / float64(rec.InputScale); got != w {
			t.Fatalf("feature %s = %v, want %v from the %d consecutive blocks", marketmaking.FeatureNames[i], got, w, marketmaking.Window)
		}
	}
}

func lastRecord(t *testing.T, r *rig) common.Hash {
	t.Helper()
	r.mu.Lock()
	defer r.mu.Unlock()
	last := r.report[len(r.report)-1]
	d, err := r.store.Decision(r.ctx, last.Decision)
	if err != nil {
		t.Fatal(err)
	}
	return d.RecordHash
}

// idler is a program with no work item at any block: it says so.
type idler struct{ watcher }

func (p *idler) Observe(_ context.Context, head *types.Header, _ []types.Log) (program.Observation, error) {
	return program.Observation{Block: head, State: map[string]any{"applied": int64(0)}, Idle: "no proposal to score"}, nil
}

func (p *idler) Inputs(program.Observation) ([]program.Input, bool, error) { return nil, false, nil }

// TestIdleProgramSaysWhy: a program that is not ready because it has
// nothing to work on reports the reason it gives, as an idle tick, not as
// a warm-up.
func TestIdleProgramSaysWhy(t *testing.T) {
	r := newRig(t, rigOptions{program: func(r *rig) program.Program { return &idler{watcher{guard: r.chain.Deployment().Guard}} }})
	r.step()
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.report) != 1 || r.report[0].Stage != agents.StageIdle || r.report[0].Reason != "no proposal to score" {
		t.Fatalf("reports %+v, want one idle tick saying why", r.report)
	}
}
