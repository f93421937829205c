package ingest

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/steward-agents/steward/chain/devchain"
)

var (
	_ LogReader   = simulated.Client(nil)
	_ Checkpoints = (*memCheckpoints)(nil)
	_ LogConsumer = (*recorder)(nil)
)

// Contracts of the log chain: emitterA's logs match the test filter;
// emitterB emits another topic and emitterC the right topic from another
// address, so both must be filtered out.
var (
	emitterA = common.HexToAddress("0x00000000000000000000000000000000000e0001")
	emitterB = common.HexToAddress("0x00000000000000000000000000000000000e0002")
	emitterC = common.HexToAddress("0x00000000000000000000000000000000000e0003")
	topicX   = crypto.Keccak256Hash([]byte("Tick(bytes)"))
	topicY   = crypto.Keccak256Hash([]byte("Other(bytes)"))
)

// logEmitter is runtime code that emits LOG1(topic) with the calldata as data.
func logEmitter(topic common.Hash) []byte {
	code := []byte{0x36, 0x60, 0x00, 0x60, 0x00, 0x37, 0x7f} // CALLDATACOPY(0, 0, CALLDATASIZE); PUSH32
	code = append(code, topic[:]...)
	return append(code, 0x36, 0x60, 0x00, 0xa1, 0x00) // LOG1(0, CALLDATASIZE, topic); STOP
}

// logChain is a simulated chain whose blocks carry logs. Each branch after a
// Fork sends from its own key: the orphaned branch's transactions go back to
// the pool and may land on the new branch, which is fine (the reference is the
// node) but must not collide with new nonces.
type logChain struct {
	t      *testing.T
	sim    *simulated.Backend
	client simulated.Client
	keys   []*ecdsa.PrivateKey
	nonces []uint64
	branch int
	seq    uint64
}

func newLogChain(t *testing.T) *logChain {
	t.Helper()
	alloc := types.GenesisAlloc{
		emitterA: {Code: logEmitter(topicX)},
		emitterB: {Code: logEmitter(topicY)},
		emitterC: {Code: logEmitter(topicX)},
	}
	c := &logChain{t: t}
	for range 4 {
		key, err := crypto.GenerateKey()
		if err != nil {
			t.Fatal(err)
		}
		alloc[crypto.PubkeyToAddress(key.PublicKey)] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(100))}
		c.keys = append(c.keys, key)
		c.nonces = append(c.nonces, 0)
	}
	c.sim = simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = c.sim.Close() })
	c.client = c.sim.Client()
	return c
}

// blocks mines n blocks, each with calls to emitterA (twice on every third
// block), emitterB and emitterC.
func (c *logChain) blocks(n int) {
	c.t.Helper()
	for range n {
		c.seq++
		tos := []common.Address{emitterA, emitterB, emitterC}
		if c.seq%3 == 0 {
			tos = append(tos, emitterA)
		}
		for _, to := range tos {
			c.send(to, fmt.Appendf(nil, "branch %d block %d to %s", c.branch, c.seq, to.Hex()[38:]))
		}
		c.waitPooled()
		c.sim.Commit()
	}
}

func (c *logChain) send(to common.Address, data []byte) {
	c.t.Helper()
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID: big.NewInt(1337), Nonce: c.nonces[c.branch], GasTipCap: big.NewInt(1e9), GasFeeCap: big.NewInt(50e9),
		Gas: 60_000, To: &to, Data: data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(1337)), c.keys[c.branch])
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.client.SendTransaction(context.Background(), signed); err != nil {
		c.t.Fatalf("send: %v", err)
	}
	c.nonces[c.branch]++
}

// mined is the account's nonce at the head.
func mined(c *logChain, from common.Address) uint64 {
	n, err := c.client.NonceAt(context.Background(), from, nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return n
}

// waitPooled waits until the pool holds every transaction sent, so the next
// Commit mines them all: the simulated pool takes transactions in on a
// goroutine, and one left pending would be mined into an extra block later
// (e.g. by fork), making reorgs deeper than the test expects.
func (c *logChain) waitPooled() {
	c.t.Helper()
	from := crypto.PubkeyToAddress(c.keys[c.branch].PublicKey)
	ctx := context.Background()
	if _, ok := devchain.WaitPending(ctx, c.client, from, c.nonces[c.branch], 2*time.Second); ok {
		return
	}
	// Under heavy load go-ethereum's pool can keep transactions it knows
	// queued although every nonce below them is pending (seen: pending
	// nonce 641 with 641 and 642 known, for good; neither a resend nor a
	// replacement promoted them). A block resets the pool, which promotes
	// them: once something is pending, mine it and let the rest go into the
	// next block.
	n, ok := devchain.WaitPending(ctx, c.client, from, mined(c, from)+1, eventTimeout)
	if !ok {
		c.t.Fatal("the pool did not take the sent transactions")
	}
	if n < c.nonces[c.branch] {
		c.t.Logf("pool holds nonces %d..%d queued; mining the pending ones first", n, c.nonces[c.branch]-1)
	}
}

// fork rewinds the chain to block ancestor; later blocks are sent from a
// fresh key.
// It returns the old head's number: when transactions of an earlier fork's
// orphaned branch are still pending, it mines them first.
func (c *logChain) fork(ancestor uint64) uint64 {
	c.t.Helper()
	hash := headerAt(c.t, c.client, ancestor).Hash()
	for range 20 {
		head := c.head().Number.Uint64()
		err := c.sim.Fork(hash)
		if err == nil {
			c.branch++
			return head
		}
		if err.Error() != "pending block dirty" {
			c.t.Fatalf("Fork: %v", err)
		}
		c.sim.Commit()
	}
	c.t.Fatal("Fork: the pool never emptied")
	return 0
}

func (c *logChain) head() *types.Header {
	c.t.Helper()
	h, err := c.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		c.t.Fatal(err)
	}
	return h
}

// canonicalLogs returns the logs of emitterA with topicX in canonical blocks
// [from, head], read from receipts (not eth_getLogs), keyed like logKey.
func (c *logChain) canonicalLogs(from uint64) map[logKey]types.Log {
	c.t.Helper()
	ctx := context.Background()
	out := map[logKey]types.Log{}
	for n := from; n <= c.head().Number.Uint64(); n++ {
		b, err := c.client.BlockByNumber(ctx, new(big.Int).SetUint64(n))
		if err != nil {
			c.t.Fatal(err)
		}
		for _, tx := range b.Transactions() {
			r, err := c.client.TransactionReceipt(ctx, tx.Hash())
			if err != nil {
				c.t.Fatal(err)
			}
			for _, l := range r.Logs {
				if l.Address == emitterA && l.Topics[0] == topicX {
					out[keyOf(*l)] = *l
				}
			}
		}
	}
	return out
}

func testFilter() ([]common.Address, [][]common.Hash) {
	return []common.Address{emitterA, emitterB}, [][]common.Hash{{topicX}}
}

// logKey identifies a log the way a consumer dedupes it.
type logKey struct {
	block common.Hash
	index uint
}

func keyOf(l types.Log) logKey { return logKey{l.BlockHash, l.Index} }

// recorder is a consumer that holds the delivered-minus-retracted chain and
// checks the poller's guarantees after every delivery (property checks run
// on the poller's goroutine; a violation fails the test and the delivery).
type recorder struct {
	t *testing.T

	mu        sync.Mutex
	blocks    []BlockLogs // held, ascending numbers
	held      map[logKey]types.Log
	delivered map[logKey]int // times delivered as canonical, over all runs
	reorgs    []LogReorg
	events    []string // "block N" / "reorg A", in order
	redeliv   []uint64 // blocks delivered again after a crash (deduped)

	// onBlock, if set, runs first in HandleBlock, on the poller's goroutine.
	onBlock func(ctx context.Context, n uint64)
}

func newRecorder(t *testing.T) *recorder {
	return &recorder{t: t, held: map[logKey]types.Log{}, delivered: map[logKey]int{}}
}

func (r *recorder) fail(format string, args ...any) error {
	err := fmt.Errorf(format, args...)
	r.t.Error(err)
	return err
}

func (r *recorder) head() *types.Header {
	if len(r.blocks) == 0 {
		return nil
	}
	return r.blocks[len(r.blocks)-1].Header
}

func (r *recorder) HandleBlock(ctx context.Context, b BlockLogs) error {
	if r.onBlock != nil {
		r.onBlock(ctx, b.Header.Number.Uint64())
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	n, hash := b.Header.Number.Uint64(), b.Header.Hash()
	r.events = append(r.events, fmt.Sprintf("block %d", n))
	if head := r.head(); head != nil {
		hn := head.Number.Uint64()
		if n == hn && hash == head.Hash() {
			// At-least-once across a crash: dedupe by block hash.
			r.redeliv = append(r.redeliv, n)
			return nil
		}
		if n <= hn {
			return r.fail("block %d delivered after block %d without a reorg notice", n, hn)
		}
		if !b.Finalized && n == hn+1 && b.Header.ParentHash != head.Hash() {
			return r.fail("block %d does not extend held block %d", n, hn)
		}
	}
	for i, l := range b.Logs {
		if l.BlockHash != hash || l.BlockNumber != n {
			return r.fail("block %d log %d names block %d %s", n, i, l.BlockNumber, l.BlockHash)
		}
		if l.Address != emitterA || l.Topics[0] != topicX {
			return r.fail("block %d log %d from %s topic %s passed the filter", n, i, l.Address, l.Topics[0])
		}
		k := keyOf(l)
		if _, dup := r.held[k]; dup {
			return r.fail("log %v delivered twice as canonical", k)
		}
		r.held[k] = l
		r.delivered[k]++
	}
	r.blocks = append(r.blocks, b)
	return nil
}

func (r *recorder) HandleReorg(_ context.Context, n LogReorg) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.events = append(r.events, fmt.Sprintf("reorg %d", n.CommonAncestor))
	head := r.head()
	if head == nil {
		return r.fail("reorg notice before any block")
	}
	if n.CommonAncestor >= head.Number.Uint64() || n.Depth != int(head.Number.Uint64()-n.CommonAncestor) {
		return r.fail("reorg depth %d ancestor %d with held head %d", n.Depth, n.CommonAncestor, head.Number)
	}
	cut := len(r.blocks)
	for cut > 0 && r.blocks[cut-1].Header.Number.Uint64() > n.CommonAncestor {
		cut--
		b := r.blocks[cut]
		if !slices.Contains(n.Orphaned, b.Header.Hash()) {
			return r.fail("held block %d %s retracted but not listed as orphaned %v", b.Header.Number, b.Header.Hash(), n.Orphaned)
		}
		for _, l := range b.Logs {
			delete(r.held, keyOf(l))
		}
	}
	if cut > 0 {
		if b := r.blocks[cut-1].Header; b.Number.Uint64() == n.CommonAncestor && b.Hash() != n.AncestorHash {
			return r.fail("ancestor %d %s, but held %s", n.CommonAncestor, n.AncestorHash, b.Hash())
		}
	}
	r.blocks = r.blocks[:cut]
	r.reorgs = append(r.reorgs, n)
	return nil
}

// waitFor waits until the held head is the node's head and then checks that
// the held logs are exactly the canonical logs from block from.
func (r *recorder) waitFor(c *logChain, p *LogPoller, from uint64) {
	r.t.Helper()
	want := c.head()
	deadline := time.Now().Add(eventTimeout)
	for {
		r.mu.Lock()
		h := r.head()
		r.mu.Unlock()
		if h != nil && h.Hash() == want.Hash() {
			break
		}
		select {
		case <-p.Done():
			r.t.Fatalf("poller ended early: %v", p.Err())
		default:
		}
		if time.Now().After(deadline) {
			r.t.Fatalf("held head %v, want %d %s", h.Number, want.Number, want.Hash())
		}
		time.Sleep(5 * time.Millisecond)
	}
	canon := c.canonicalLogs(from)
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(canon) != len(r.held) {
		r.t.Fatalf("hold %d logs, canonical chain has %d", len(r.held), len(canon))
	}
	for k, l := range canon {
		got, ok := r.held[k]
		if !ok {
			r.t.Fatalf("canonical log %v (block %d) missing", k, l.BlockNumber)
		}
		if got.TxHash != l.TxHash || string(got.Data) != string(l.Data) {
			r.t.Fatalf("log %v differs from the canonical one", k)
		}
	}
	for k, times := range r.delivered {
		if times > 1 {
			r.t.Fatalf("log %v delivered %d times as canonical", k, times)
		}
	}
}

// memCheckpoints is an in-memory Checkpoints; failSave fails one save. Like
// a database, it refuses a save whose context has ended.
type memCheckpoints struct {
	mu       sync.Mutex
	m        map[string]ckpt
	failSave func(n uint64) bool
	saves    int
}

type ckpt struct {
	n    uint64
	hash common.Hash
}

var errNoCheckpoint = errors.New("memCheckpoints: not found")

func newMemCheckpoints() *memCheckpoints { return &memCheckpoints{m: map[string]ckpt{}} }

func (m *memCheckpoints) SaveCheckpoint(ctx context.Context, agent string, n uint64, hash common.Hash) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.failSave != nil && m.failSave(n) {
		m.failSave = nil
		return errors.New("connection reset by peer")
	}
	m.saves++
	m.m[agent] = ckpt{n, hash}
	return nil
}

func (m *memCheckpoints) Checkpoint(_ context.Context, agent string) (uint64, common.Hash, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	c, ok := m.m[agent]
	if !ok {
		return 0, common.Hash{}, errNoCheckpoint
	}
	return c.n, c.hash, nil
}

// waitAt waits until agent's checkpoint is hash: a running poller saves it
// just after the consumer accepted the block.
func (m *memCheckpoints) waitAt(t *testing.T, agent string, hash common.Hash) {
	t.Helper()
	deadline := time.Now().Add(eventTimeout)
	for got := m.get(agent); got.hash != hash; got = m.get(agent) {
		if time.Now().After(deadline) {
			t.Fatalf("checkpoint %d %s, want %s", got.n, got.hash, hash)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

func (m *memCheckpoints) get(agent string) ckpt {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.m[agent]
}

// pollOnlyLogs is a LogReader that cannot push heads (HTTP).
type pollOnlyLogs struct{ LogReader }

func (pollOnlyLogs) SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error) {
	return pollOnly{}.SubscribeNewHead(ctx, ch)
}

func startPoller(t *testing.T, cfg LogPollerConfig, node LogReader, cp Checkpoints, rec *recorder) *LogPoller {
	t.Helper()
	cfg.Agent = "agent-1"
	cfg.Addresses, cfg.Topics = testFilter()
	if cfg.PollInterval == 0 {
		cfg.PollInterval = 10 * time.Millisecond
	}
	cfg.RetryInterval = 10 * time.Millisecond
	p, err := NewLogPoller(cfg, LogPollerDeps{
		Node: node, Checkpoints: cp, Consumer: rec, NoCheckpoint: errNoCheckpoint,
		Logger: slog.New(slog.NewTextHandler(&lockedBuffer{}, nil)),
	})
	if err != nil {
		t.Fatalf("NewLogPoller: %v", err)
	}
	if err := p.Start(context.Background()); err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(p.Stop)
	return p
}

func u64(n uint64) *uint64 { return &n }

func TestLogPollerReorgs(t *testing.T) {
	tests := []struct {
		name  string
		depth int
		extra int // blocks the new branch adds beyond the old head
		poll  bool
	}{
		{name: "depth 1", depth: 1, extra: 1},
		{name: "depth 2", depth: 2, extra: 1},
		{name: "depth 7", depth: 7, extra: 2},
		{name: "depth 7 polling", depth: 7, extra: 2, poll: true},
		// The deepest case: half the follower's window.
		{name: "depth 64", depth: 64, extra: 1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := newLogChain(t)
			c.blocks(1)
			rec := newRecorder(t)
			var node LogReader = c.client
			if tc.poll {
				node = pollOnlyLogs{node}
			}
			cp := newMemCheckpoints()
			p := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, node, cp, rec)
			c.blocks(tc.depth + 3)
			rec.waitFor(c, p, 1)
			oldHead := c.head().Number.Uint64()
			ancestor := oldHead - uint64(tc.depth)
			rec.mu.Lock()
			var orphaned []common.Hash
			for _, b := range rec.blocks {
				if b.Header.Number.Uint64() > ancestor {
					orphaned = append(orphaned, b.Header.Hash())
				}
			}
			rec.mu.Unlock()

			c.fork(ancestor)
			c.blocks(tc.depth + tc.extra)
			rec.waitFor(c, p, 1)

			rec.mu.Lock()
			defer rec.mu.Unlock()
			if len(rec.reorgs) != 1 {
				t.Fatalf("got %d reorg notices, want 1: %v", len(rec.reorgs), rec.events)
			}
			r := rec.reorgs[0]
			if r.Depth != tc.depth || r.CommonAncestor != ancestor || !slices.Equal(r.Orphaned, orphaned) {
				t.Fatalf("reorg %+v, want depth %d ancestor %d orphaned %v", r, tc.depth, ancestor, orphaned)
			}
			cp.waitAt(t, "agent-1", c.head().Hash())
		})
	}
}

// Two reorgs in a row, the second replacing blocks of the first's branch.
func TestLogPollerRepeatedReorgs(t *testing.T) {
	c := newLogChain(t)
	c.blocks(1)
	rec := newRecorder(t)
	p := startPoller(t, LogPollerConfig{StartBlock: u64(1)}, c.client, newMemCheckpoints(), rec)
	c.blocks(10)
	rec.waitFor(c, p, 1)
	backs := []uint64{3, 6}
	var olds []uint64 // old head minus ancestor: above back only when fork had to mine leftovers
	for _, back := range backs {
		ancestor := c.head().Number.Uint64() - back
		olds = append(olds, c.fork(ancestor)-ancestor)
		c.blocks(int(back) + 1)
		rec.waitFor(c, p, 1)
	}
	rec.mu.Lock()
	defer rec.mu.Unlock()
	if len(rec.reorgs) != 2 {
		t.Fatalf("reorgs %+v, want 2", rec.reorgs)
	}
	for i, r := range rec.reorgs {
		if d := uint64(r.Depth); d < backs[i] || d > olds[i] {
			t.Fatalf("reorg %d depth %d, want %d (up to %d)", i, d, backs[i], olds[i])
		}
	}
}
