package agents_test

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"log/slog"
	"os"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/devchain"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/chain/synthetic"
	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// fleetBlockInterval is the embedded chain's block time under the
// synthetic node: 4,000 filler transactions a block make 10,000 TPS.
const fleetBlockInterval = 400 * time.Millisecond

// fleetBlocks is how many heads each benchmark run lasts: 25 (10 s of
// 400 ms blocks), or STEWARD_FLEET_BLOCKS (`make bench-fleet-soak` sets
// 1,500: ten minutes).
func fleetBlocks(b *testing.B) uint64 {
	s := os.Getenv("STEWARD_FLEET_BLOCKS")
	if s == "" {
		return 25
	}
	n, err := strconv.ParseUint(s, 10, 64)
	if err != nil || n == 0 {
		b.Fatalf("STEWARD_FLEET_BLOCKS=%q: want a positive number of blocks", s)
	}
	return n
}

// BenchmarkFleet runs N agents of the three kinds in this process (issue
// 14): 70 % market making, each steering its own RangeVault; 20 % lending
// risk on one Aave v3 market whose suppliers, borrowers and liquidator act
// along the ETH sell-off meanwhile; 10 % governance scorers of one DAO
// that gets a proposal every fleetProposeEvery blocks. They run against
// the synthetic node at 10,000 TPS (4,000 filler transactions and logs per
// 400 ms block; the agents' own executed by the embedded EVM), reading
// heads over WebSocket and logs through the shared parts (one follower and
// log stream), each with its own key and SQLite store, as separate teams'
// agents would. Each b.N iteration is fleetBlocks heads. It reports, over
// every agent's ticks:
//
//   - pipeline-p99-ms: the tick's own work once the head's state is read —
//     infer, decide, guard and commit (the Merkle tree and the bundle) —
//     i.e. head → bundle ready to sign with RPC time excluded (signing one
//     transaction adds ~0.1 ms, inside the act stage with the node's
//     simulation and send); and per kind, <kind>-pipeline-p99-ms, with
//     <kind>-inferred-ticks (the ticks that ran the model) and
//     <kind>-bundles (bundles submitted), kind being mm, risk or gov;
//   - tick-p99-ms: the whole tick of those ticks, the node's RPC included;
//     observe-p99-ms and act-p99-ms, its two RPC-bound stages;
//   - the ingest lag, a tick's stale heads (dropped because newer ones
//     were already waiting when it started): lag-blocks (the most),
//     lag-mean-blocks, lag-p99-blocks, and lagged-ticks-%, the share of
//     ticks that started one block or more late — what "lag < 1 block"
//     of the Done-when counts — and per kind <kind>-lagged-ticks-%;
//   - bundles: bundles submitted by all kinds.
func BenchmarkFleet(b *testing.B) {
	for _, n := range []int{50, 200} {
		b.Run(fmt.Sprintf("agents=%d", n), func(b *testing.B) { benchFleet(b, n) })
	}
}

func benchFleet(b *testing.B, n int) {
	rt := onnxtest.Runtime(b)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Minute)
	defer cancel()
	keys := make([]*ecdsa.PrivateKey, n)
	funded := make([]common.Address, n)
	for i := range keys {
		keys[i], _ = crypto.GenerateKey()
		funded[i] = crypto.PubkeyToAddress(keys[i].PublicKey)
	}
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: path(), Funded: funded,
		BlockInterval: fleetBlockInterval, Logger: slog.New(slog.DiscardHandler)})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(chain.Stop)
	mix := fleetMix(n)
	deal := func(kind string) []*ecdsa.PrivateKey {
		k := keys[:mix[kind]]
		keys = keys[mix[kind]:]
		return k
	}
	members := marketMakers(b, ctx, chain, rt, deal(kindMM))
	lenders, aave := riskAgents(b, ctx, chain, rt, deal(kindRisk))
	daoScorers, proposer := scorers(b, ctx, chain, rt, deal(kindGov))
	members = append(append(members, lenders...), daoScorers...)
	for range marketmaking.Window + 1 {
		chain.Commit()
	}
	inner, err := synthetic.DevchainClient(chain)
	if err != nil {
		b.Fatal(err)
	}
	node, err := synthetic.New(synthetic.Config{HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0"}, inner)
	if err != nil {
		b.Fatal(err)
	}
	if err := node.Start(ctx); err != nil {
		b.Fatal(err)
	}
	b.Cleanup(node.Stop)
	httpURL, wsURL := node.Endpoints()
	client, err := rpcclient.Dial(ctx, rpcclient.Config{Endpoints: []string{httpURL, wsURL}}, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(client.Close)
	if err := chain.Start(ctx); err != nil {
		b.Fatal(err)
	}
	stores := make([]store.Store, n)
	for i := range stores {
		stores[i] = sqliteStore(b)
	}
	stats := newFleetStats()
	blocks := fleetBlocks(b)
	b.ResetTimer()
	for range b.N {
		runFleetOnce(b, ctx, fleetRun{members: members, stores: stores, workers: []fleetWorker{aave, proposer},
			client: client, blocks: blocks, stats: stats})
	}
	b.StopTimer()
	stats.publish(b)
}

// fleetRun is one run of a fleet: its members with their stores, the
// background workers, the node and how many heads the agents take.
type fleetRun struct {
	members []fleetMember
	stores  []store.Store
	workers []fleetWorker
	client  *rpcclient.Client
	blocks  uint64
	stats   *fleetStats
}

// runFleetOnce runs every member for r.blocks heads, with fresh programs
// and shared parts, and the workers until the agents are done.
func runFleetOnce(b *testing.B, ctx context.Context, r fleetRun) {
	b.Helper()
	workCtx, stopWork := context.WithCancel(ctx)
	var workers sync.WaitGroup
	workErrs := make([]error, len(r.workers))
	for i, w := range r.workers {
		if w != nil {
			workers.Go(func() { workErrs[i] = w(workCtx) })
		}
	}
	parts := agents.NewParts(slog.New(slog.DiscardHandler))
	var wg sync.WaitGroup
	errs := make([]error, len(r.members))
	// Every agent joins its kind's shared model before any runs, as RunAll
	// has them do: a tick's inferences of one model are one batched run.
	models := make([]agents.Model, len(r.members))
	leaves := make([]func(), len(r.members))
	for i, m := range r.members {
		mdl, leave, err := parts.CardModel(m.card)
		if err != nil {
			b.Fatal(err)
		}
		models[i], leaves[i] = mdl, leave
	}
	for i, m := range r.members {
		prog, err := m.build(r.client.Eth())
		if err != nil {
			b.Fatal(err)
		}
		wg.Go(func() {
			defer leaves[i]()
			_, errs[i] = agents.Run(ctx, agents.RunParams{Name: m.name, Node: r.client.Eth(), Heads: r.client, Parts: parts,
				Key: m.key, Guard: m.guard, Program: prog, Model: models[i], Policies: m.policies, Store: r.stores[i], Blocks: r.blocks,
				Logger: slog.New(slog.DiscardHandler), Report: r.stats.reporter(m.kind)})
		})
	}
	wg.Wait()
	seen := map[*onnx.Batcher]bool{}
	for _, m := range models {
		if cm, ok := m.(agents.CardModel); ok && cm.Batcher() != nil && !seen[cm.Batcher()] {
			seen[cm.Batcher()] = true
			st := cm.Batcher().Stats()
			r.stats.addBatches(st.Rows, st.Runs)
		}
	}
	parts.Close()
	stopWork()
	workers.Wait()
	for i, err := range errs {
		if err != nil {
			b.Fatalf("agent %s: %v", r.members[i].name, err)
		}
	}
	for _, err := range workErrs {
		if err != nil {
			b.Fatal(err)
		}
	}
}
