package ingest

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/steward-agents/steward/chain/anviltest"
)

// anvilLogChain is logChain on anvil, an external node: the same emitters
// (installed with anvil_setCode), the same per-block calls, and a reorg made
// with evm_snapshot / evm_revert instead of the simulated backend's Fork.
// Automine is off: each block's transactions are sent in one batch and mined
// with anvil_mine, so a block holds exactly what blocks sent for it.
// The embedded logChain (client = anvil's HTTP client, no sim) gives the
// recorder's waitFor its head and canonical logs, read from receipts.
type anvilLogChain struct {
	*logChain
	node *anviltest.Node
	ctx  context.Context
}

func newAnvilLogChain(t *testing.T) *anvilLogChain {
	t.Helper()
	node := anviltest.Start(t, anviltest.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 2*eventTimeout)
	t.Cleanup(cancel)
	if err := node.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	for addr, topic := range map[common.Address]common.Hash{emitterA: topicX, emitterB: topicY, emitterC: topicX} {
		if err := node.RPC().CallContext(ctx, nil, "anvil_setCode", addr, hexutil.Bytes(logEmitter(topic))); err != nil {
			t.Fatalf("anvil_setCode %s: %v", addr, err)
		}
	}
	keys := node.Keys()[:4]
	return &anvilLogChain{
		logChain: &logChain{t: t, client: node.Client(), keys: keys, nonces: make([]uint64, len(keys))},
		node:     node,
		ctx:      ctx,
	}
}

// blocks mines n blocks with logs, like logChain.blocks: calls to emitterA
// (twice on every third block), emitterB and emitterC, whose data names the
// branch, so a new branch's logs differ from the orphaned ones.
func (a *anvilLogChain) blocks(n int) {
	a.t.Helper()
	for range n {
		a.seq++
		tos := []common.Address{emitterA, emitterB, emitterC}
		if a.seq%3 == 0 {
			tos = append(tos, emitterA)
		}
		batch := make([]rpc.BatchElem, 0, len(tos))
		for _, to := range tos {
			raw := a.signCall(to, fmt.Appendf(nil, "branch %d block %d to %s", a.branch, a.seq, to.Hex()[38:]))
			batch = append(batch, rpc.BatchElem{Method: "eth_sendRawTransaction", Args: []any{hexutil.Bytes(raw)}, Result: new(common.Hash)})
		}
		if err := a.node.RPC().BatchCallContext(a.ctx, batch); err != nil {
			a.t.Fatalf("send batch: %v", err)
		}
		for _, el := range batch {
			if el.Error != nil {
				a.t.Fatalf("eth_sendRawTransaction: %v", el.Error)
			}
		}
		a.mine(1)
		b, err := a.client.BlockByNumber(a.ctx, nil)
		if err != nil {
			a.t.Fatal(err)
		}
		if got := b.Transactions().Len(); got != len(tos) {
			a.t.Fatalf("block %d holds %d transactions, want the %d just sent", b.NumberU64(), got, len(tos))
		}
	}
}

func (a *anvilLogChain) signCall(to common.Address, data []byte) []byte {
	a.t.Helper()
	id := a.node.ChainID()
	tx, err := types.SignNewTx(a.keys[a.branch], types.LatestSignerForChainID(id), &types.DynamicFeeTx{
		ChainID: id, Nonce: a.nonces[a.branch], GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(50e9),
		Gas: 60_000, To: &to, Data: data,
	})
	if err != nil {
		a.t.Fatal(err)
	}
	a.nonces[a.branch]++
	raw, err := tx.MarshalBinary()
	if err != nil {
		a.t.Fatal(err)
	}
	return raw
}

// mine mines n blocks at once (anvil_mine); empty unless calls are pending.
func (a *anvilLogChain) mine(n uint64) {
	a.t.Helper()
	if err := a.node.Mine(a.ctx, n); err != nil {
		a.t.Fatal(err)
	}
}

func (a *anvilLogChain) snapshot() anviltest.SnapshotID {
	a.t.Helper()
	id, err := a.node.Snapshot(a.ctx)
	if err != nil {
		a.t.Fatal(err)
	}
	return id
}

// revert drops every block mined since the snapshot; later blocks are sent
// from a fresh key (its nonce is 0 on the restored state too).
func (a *anvilLogChain) revert(id anviltest.SnapshotID, ancestor *types.Header) {
	a.t.Helper()
	if err := a.node.Revert(a.ctx, id); err != nil {
		a.t.Fatal(err)
	}
	if h := a.head(); h.Hash() != ancestor.Hash() {
		a.t.Fatalf("after evm_revert the head is %d %s, want the snapshot's %d %s", h.Number, h.Hash(), ancestor.Number, ancestor.Hash())
	}
	a.branch++
}

// dialHTTP is a fresh HTTP client of the node for the code under test: it
// cannot subscribe, so the follower polls.
func dialHTTP(t *testing.T, node *anviltest.Node) *ethclient.Client {
	t.Helper()
	cl, err := ethclient.Dial(node.HTTPURL())
	if err != nil {
		t.Fatalf("dial %s: %v", node.HTTPURL(), err)
	}
	t.Cleanup(cl.Close)
	return cl
}

// Issue 3: reorgs of depth 1, 2, 7 and 64 made with anvil's snapshot/revert,
// seen by a LogPoller polling anvil over HTTP. The poller must retract
// exactly the orphaned blocks in one notice and end up holding exactly the
// node's canonical logs, none delivered twice as canonical.
func TestAnvilLogPollerReorgs(t *testing.T) {
	tests := []struct {
		name  string
		depth int
	}{
		{name: "depth 1", depth: 1},
		{name: "depth 2", depth: 2},
		{name: "depth 7", depth: 7},
		{name: "depth 64", depth: 64},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newAnvilLogChain(t)
			a.blocks(1)
			a.mine(10) // bulk blocks without logs, delivered live all the same
			rec := newRecorder(t)
			cp := newMemCheckpoints()
			p := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, dialHTTP(t, a.node), cp, rec)
			a.blocks(2)
			rec.waitFor(a.logChain, p, 1)

			fork := a.head()
			ancestor := fork.Number.Uint64()
			snap := a.snapshot()
			a.blocks(tc.depth)
			rec.waitFor(a.logChain, p, 1)
			rec.mu.Lock()
			var orphaned []common.Hash
			for _, b := range rec.blocks {
				if b.Header.Number.Uint64() > ancestor {
					orphaned = append(orphaned, b.Header.Hash())
				}
			}
			rec.mu.Unlock()
			if len(orphaned) != tc.depth {
				t.Fatalf("poller holds %d blocks above the fork point %d, want %d", len(orphaned), ancestor, tc.depth)
			}
			oldLogs := a.canonicalLogs(ancestor + 1)

			a.revert(snap, fork)
			a.blocks(tc.depth + 1)
			rec.waitFor(a.logChain, p, 1)

			rec.mu.Lock()
			defer rec.mu.Unlock()
			if len(rec.reorgs) != 1 {
				t.Fatalf("got %d reorg notices, want 1: %v", len(rec.reorgs), rec.events)
			}
			r := rec.reorgs[0]
			if r.Depth != tc.depth || r.CommonAncestor != ancestor || r.AncestorHash != fork.Hash() || !slices.Equal(r.Orphaned, orphaned) {
				t.Fatalf("reorg %+v, want depth %d ancestor %d %s orphaned %v", r, tc.depth, ancestor, fork.Hash(), orphaned)
			}
			// The new branch's logs are new ones, and none of the orphaned
			// blocks' logs survived in what the consumer holds.
			for k, l := range oldLogs {
				if _, ok := rec.held[k]; ok {
					t.Fatalf("orphaned log %v (block %d) still held as canonical", k, l.BlockNumber)
				}
			}
			for k, l := range rec.held {
				if l.BlockNumber > ancestor && !bytes.HasPrefix(l.Data, []byte("branch 1 ")) {
					t.Fatalf("held log %v above the fork point carries %q, not the new branch's data", k, l.Data)
				}
			}
			cp.waitAt(t, "agent-1", a.head().Hash())
		})
	}
}

// The Follower alone over anvil's HTTP endpoint: a snapshot/revert reorg is
// reported once, with the snapshot's block as ancestor and the right depth,
// and the new branch follows without a gap.
func TestAnvilFollowerReorg(t *testing.T) {
	tests := []struct {
		name  string
		depth int
	}{
		{name: "depth 2", depth: 2},
		{name: "depth 64", depth: 64},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := newAnvilLogChain(t)
			a.mine(10)
			fork := a.head()
			ancestor := fork.Number.Uint64()
			f, logs := startFollower(t, FollowerConfig{PollInterval: 10 * time.Millisecond, StartBlock: u64(1)}, dialHTTP(t, a.node))
			c := &checker{t: t, f: f}
			c.until(ancestor, fork.Hash())

			snap := a.snapshot()
			a.mine(uint64(tc.depth)) // empty blocks: the old branch needs no logs
			oldHead := a.head()
			c.until(oldHead.Number.Uint64(), oldHead.Hash())
			old := append([]*types.Header(nil), c.chain...)

			// The new branch's first block carries a call, so it cannot
			// coincide with the orphaned one; the rest are empty.
			a.revert(snap, fork)
			a.blocks(1)
			a.mine(uint64(tc.depth))
			newHead := a.head()
			c.until(newHead.Number.Uint64(), newHead.Hash())

			if len(c.reorgs) != 1 {
				t.Fatalf("got %d reorg events, want 1", len(c.reorgs))
			}
			r := c.reorgs[0]
			if r.ReorgDepth != tc.depth || r.CommonAncestor != ancestor || r.Header.Hash() != fork.Hash() {
				t.Fatalf("reorg depth %d ancestor %d (%s), want %d, %d (%s)",
					r.ReorgDepth, r.CommonAncestor, r.Header.Hash(), tc.depth, ancestor, fork.Hash())
			}
			first := c.chain[0].Number.Uint64()
			for n := ancestor + 1; n <= oldHead.Number.Uint64(); n++ {
				if c.chain[n-first].Hash() == old[n-first].Hash() {
					t.Fatalf("block %d was not replaced by the new branch", n)
				}
			}
			c.canonical(a.client)
			if got, want := newHead.Number.Uint64(), oldHead.Number.Uint64()+1; got != want {
				t.Fatalf("new head %d, want %d", got, want)
			}
			if !bytes.Contains([]byte(logs.String()), []byte("msg=reorg")) {
				t.Fatalf("reorg not logged:\n%s", logs)
			}
		})
	}
}
