package agents_test

import (
	"context"
	"fmt"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// watcher is a program whose work items are events: it declares the
// guard's ParameterApplied log as a trigger, runs on a schedule that never
// fires during the test, and at each block holding such a log asks for one
// inference and holds, naming how many it saw.
type watcher struct {
	guard   common.Address
	applied common.Hash
}

func (w *watcher) Observe(_ context.Context, head *types.Header, logs []types.Log) (program.Observation, error) {
	return program.Observation{Block: head, State: map[string]any{"applied": int64(len(logs))}}, nil
}

func (w *watcher) Inputs(program.Observation) ([]program.Input, bool, error) {
	f := make([]float64, len(marketmaking.FeatureNames))
	for i := range f {
		f[i] = 0.01 * float64(i+1)
	}
	return []program.Input{{Features: f}}, true, nil
}

func (w *watcher) Decide(obs program.Observation, _ []program.Output) (program.Plan, error) {
	return program.Plan{Hold: true, Reason: fmt.Sprintf("%d applied", obs.State["applied"])}, nil
}

func (w *watcher) Declare() program.Declaration {
	return program.Declaration{State: []string{"applied"},
		Events: []program.Event{{Address: w.guard, Topics: []common.Hash{w.applied}, Trigger: true}}}
}

// TestAgentsShareParts runs three agents in one process from one set of
// shared parts (issue 10): two market-making agents that sign with the
// same key, each steering its own vault and keeping one store, and an
// event-triggered watcher with a key of its own. The two of one key share
// one outbox: their transactions take consecutive nonces with none lost or
// doubled. All three read one follower and one log stream. The watcher,
// whose schedule never fires, decides exactly at the blocks where the guard
// applied a parameter.
func TestAgentsShareParts(t *testing.T) {
	rt := onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain, keys := fundedChain(t, ctx, 2)
	mdl, models := shippedModels(t, rt)
	dep := chain.Deployment()
	for _, k := range keys {
		if err := chain.Authorize(ctx, crypto.PubkeyToAddress(k.PublicKey), mdl.Digest()); err != nil {
			t.Fatal(err)
		}
	}
	guardABI, err := abi.JSON(strings.NewReader(bindings.ParameterGuardMetaData.ABI))
	if err != nil {
		t.Fatal(err)
	}
	applied := guardABI.Events["ParameterApplied"].ID
	never, err := config.ParseCron("0 0 29 2 *") // 29 February: not within the test's blocks
	if err != nil {
		t.Fatal(err)
	}

	shared := sqliteStore(t) // the store of the shared key
	vaults := [2]common.Address{dep.Vault, secondVault(t, ctx, chain)}
	fleet := []*fleetAgent{{name: "mm-wide", key: keys[0], store: shared}, {name: "mm-narrow", key: keys[0], store: shared},
		{name: "watcher", key: keys[1], store: sqliteStore(t), program: &watcher{guard: dep.Guard, applied: applied}}}
	for i, width := range []int64{3000, 1500} {
		params := testParams(dep.TickSpacing)
		params.WidthMilli = width
		if fleet[i].program, err = marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: vaults[i], Params: params}, chain.Client()); err != nil {
			t.Fatal(err)
		}
	}
	for range marketmaking.Window + 1 {
		chain.Commit()
	}

	fleet[2].schedule = never
	for _, a := range fleet {
		a.model = mdl
	}
	const blocks = 40
	parts := runFleet(t, ctx, chain, fleet, blocks)

	checkFleet(t, ctx, chain, fleet[:2], models)
	// One outbox for the key: every transaction it sent has its own nonce,
	// from the first, each row names the agent that sent it, and the
	// chain's nonce of the key counts exactly these.
	// The key's records, drawn from one RecordNonces, never share a nonce:
	// two agents of one key seeing the same pool at the same block would
	// otherwise commit the same record, and the registry refuses a root twice.
	var nonces []uint64
	recordNonces := map[uint64]string{}
	for _, a := range fleet[:2] {
		for _, s := range a.settled {
			tx, err := shared.TransactionByHash(ctx, s.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			if tx.Agent != a.name {
				t.Fatalf("%s's transaction %s is stored as %s's", a.name, s.TxHash, tx.Agent)
			}
			nonces = append(nonces, tx.Nonce)
			ds, err := shared.DecisionsByTx(ctx, tx.ID)
			if err != nil {
				t.Fatal(err)
			}
			for _, d := range ds {
				for _, h := range d.Records {
					rec, err := shared.Record(ctx, h)
					if err != nil {
						t.Fatal(err)
					}
					if other, dup := recordNonces[rec.Nonce]; dup {
						t.Fatalf("%s and %s committed records of one key with nonce %d", other, a.name, rec.Nonce)
					}
					recordNonces[rec.Nonce] = a.name
				}
			}
		}
	}
	slices.Sort(nonces)
	for i, n := range nonces {
		if n != uint64(i) {
			t.Fatalf("the shared key's nonces are %v: want 0..%d, each once", nonces, len(nonces)-1)
		}
	}
	mined, err := chain.Client().NonceAt(ctx, crypto.PubkeyToAddress(keys[0].PublicKey), nil)
	if err != nil {
		t.Fatal(err)
	}
	if mined != uint64(len(nonces)) {
		t.Fatalf("the shared key sent %d transactions on chain, the agents settled %d", mined, len(nonces))
	}

	// The watcher decided at, and only at, the blocks holding a ParameterApplied log.
	w := fleet[2]
	if w.err != nil {
		t.Fatal(w.err)
	}
	if len(w.reports) < blocks {
		t.Fatalf("the watcher reported %d heads, want %d", len(w.reports), blocks)
	}
	from, to := w.reports[0].Block, w.reports[len(w.reports)-1].Block
	logs, err := chain.Client().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: bigU(from), ToBlock: bigU(to),
		Addresses: []common.Address{dep.Guard}, Topics: [][]common.Hash{{applied}}})
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64]int{}
	for _, l := range logs {
		want[l.BlockNumber]++
	}
	if len(want) == 0 {
		t.Fatal("no parameter was applied while the watcher ran: the test shows nothing")
	}
	for _, r := range w.reports {
		n, triggered := want[r.Block]
		switch {
		case triggered && (r.Stage != agents.StageHeld || r.Reason != fmt.Sprintf("%d applied", n)):
			t.Fatalf("block %d holds %d ParameterApplied logs; the watcher reported %s %q", r.Block, n, r.Stage, r.Reason)
		case !triggered && r.Stage != agents.StageIdle:
			t.Fatalf("block %d holds no trigger; the watcher reported %s %q", r.Block, r.Stage, r.Reason)
		}
	}

	t.Logf("shared key: %d transactions (%d and %d settled); watcher triggered at %d blocks", len(nonces), len(fleet[0].settled), len(fleet[1].settled), len(want))

	// One follower and one log stream for the three: the hub fanned out
	// each head to every agent, and the logs of a block were read about
	// once (a new Watch re-reads a block at most once per agent).
	st := parts.Stats(chain.ChainID().Uint64())
	if st.Heads.Lagged != 0 || st.Heads.Events < blocks {
		t.Fatalf("shared head stream %+v: want ≥ %d events, none cut off", st.Heads, blocks)
	}
	if st.LogReads == 0 || st.LogReads > st.Heads.Events+uint64(len(fleet)) {
		t.Fatalf("the shared log stream made %d reads for %d heads: want about one per head", st.LogReads, st.Heads.Events)
	}
	t.Logf("shared streams: %d heads fanned out, %d log reads", st.Heads.Events, st.LogReads)
}

func bigU(n uint64) *big.Int { return new(big.Int).SetUint64(n) }
