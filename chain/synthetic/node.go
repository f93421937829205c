package synthetic

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/steward-agents/steward/chain/devchain"
)

// Timings of the node's own work.
const (
	resubscribeDelay = 100 * time.Millisecond // after the inner node's head subscription failed
	shutdownTimeout  = 2 * time.Second        // for HTTP requests in flight at Stop
)

// Node is a synthetic high-throughput chain: it serves an inner node's
// JSON-RPC (the embedded dev chain, in process) with every block filled to
// the configured transactions and logs. See the package documentation.
type Node struct {
	cfg   Config
	log   *slog.Logger
	inner *rpc.Client

	gen *generator // built by Start, which learns the chain id

	mu        sync.Mutex
	blocks    map[common.Hash]*entry // filler built or being built, by block hash
	order     []common.Hash          // built blocks, oldest first, for eviction
	fillerTxs map[common.Hash]txRef  // filler transactions of the built blocks
	conns     map[*wsConn]bool
	subs      map[*wsConn]map[string]bool // newHeads subscriptions
	subSeq    uint64
	started   bool
	stopped   bool
	cancel    context.CancelFunc
	servers   []*http.Server

	httpURL, wsURL string
	wg             sync.WaitGroup
	stopOnce       sync.Once

	head           atomic.Uint64 // the last head published
	callsMu        sync.Mutex
	calls          map[string]uint64
	logsServed     atomic.Uint64
	fillerBuilt    atomic.Uint64
	headsPublished atomic.Uint64
}

// entry is one block's filler, built once: waiters block on done.
type entry struct {
	done chan struct{}
	ov   *overlay
	err  error
}

// txRef locates a filler transaction.
type txRef struct {
	block common.Hash
	index int
}

// New checks cfg and returns a node that will serve inner, a JSON-RPC
// client of the chain it overlays (DevchainClient gives the embedded
// chain's, in process). Start serves it.
func New(cfg Config, inner *rpc.Client) (*Node, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if inner == nil {
		return nil, fmt.Errorf("%w: the inner node's client is nil", ErrInvalidConfig)
	}
	return &Node{cfg: cfg, log: cfg.Logger.With("component", "synthetic"), inner: inner,
		blocks: map[common.Hash]*entry{}, fillerTxs: map[common.Hash]txRef{},
		conns: map[*wsConn]bool{}, subs: map[*wsConn]map[string]bool{}, calls: map[string]uint64{}}, nil
}

// DevchainClient returns the embedded chain's in-process JSON-RPC client,
// for New: the node forwards to it without a network hop.
func DevchainClient(c *devchain.Chain) (*rpc.Client, error) {
	rc, ok := c.Client().(interface{ Client() *rpc.Client })
	if !ok {
		return nil, fmt.Errorf("%w: %T", ErrNoInProcessClient, c.Client())
	}
	return rc.Client(), nil
}

// Start opens the listeners (a taken port is an error here, naming the
// field), starts following the inner node's heads and serves JSON-RPC
// until Stop or until ctx ends.
func (n *Node) Start(ctx context.Context) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	switch {
	case n.stopped:
		return ErrStopped
	case n.started:
		return ErrAlreadyStarted
	}
	var chainID hexutil.Big
	if err := n.inner.CallContext(ctx, &chainID, "eth_chainId"); err != nil {
		return fmt.Errorf("chain id of the inner node: %w", err)
	}
	var head hexutil.Uint64
	if err := n.inner.CallContext(ctx, &head, "eth_blockNumber"); err != nil {
		return fmt.Errorf("head of the inner node: %w", err)
	}
	ls, err := n.listen()
	if err != nil {
		return err
	}
	n.gen = newGenerator(n.cfg, chainID.ToInt())
	n.head.Store(uint64(head))
	runCtx, cancel := context.WithCancel(ctx)
	n.started, n.cancel = true, cancel
	n.serve(ls)
	n.wg.Add(1)
	go n.watch(runCtx)
	n.log.Info("synthetic node serving", "http", n.httpURL, "ws", n.wsURL, "txsPerBlock", n.cfg.TxsPerBlock,
		"logsPerBlock", n.cfg.LogsPerBlock, "latency", n.cfg.Latency)
	return nil
}

// listen opens the listeners for HTTPAddr and WSAddr; on error none is left open.
func (n *Node) listen() ([]net.Listener, error) {
	var ls []net.Listener
	if n.cfg.HTTPAddr != "" {
		l, err := net.Listen("tcp", n.cfg.HTTPAddr)
		if err != nil {
			return nil, fmt.Errorf("HTTPAddr %s: %w", n.cfg.HTTPAddr, err)
		}
		ls = append(ls, l)
		n.httpURL = "http://" + l.Addr().String()
		if n.cfg.WSAddr == n.cfg.HTTPAddr {
			n.wsURL = "ws://" + l.Addr().String()
			return ls, nil
		}
	}
	if n.cfg.WSAddr != "" {
		l, err := net.Listen("tcp", n.cfg.WSAddr)
		if err != nil {
			for _, o := range ls {
				_ = o.Close()
			}
			return nil, fmt.Errorf("WSAddr %s: %w", n.cfg.WSAddr, err)
		}
		ls = append(ls, l)
		n.wsURL = "ws://" + l.Addr().String()
	}
	return ls, nil
}

// Endpoints returns the URLs served ("" for one not served); set by Start.
func (n *Node) Endpoints() (httpURL, wsURL string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.httpURL, n.wsURL
}

// Head returns the number of the last head the node announced.
func (n *Node) Head() uint64 { return n.head.Load() }

// Stop stops serving (closing every WebSocket connection), stops following
// heads, and waits for the node's goroutines. It is idempotent and safe to
// call without Start. The inner node is the caller's to stop.
func (n *Node) Stop() {
	n.stopOnce.Do(func() {
		n.mu.Lock()
		n.stopped = true
		cancel, servers := n.cancel, n.servers
		conns := make([]*wsConn, 0, len(n.conns))
		for c := range n.conns {
			conns = append(conns, c)
		}
		n.mu.Unlock()
		if cancel != nil {
			cancel()
		}
		ctx, done := context.WithTimeout(context.Background(), shutdownTimeout)
		defer done()
		for _, s := range servers {
			_ = s.Shutdown(ctx) // hijacked WebSocket connections are closed below
		}
		for _, c := range conns {
			c.close()
		}
		n.wg.Wait()
		st := n.Stats()
		n.log.Info("synthetic node stopped", "calls", st.Calls, "logsServed", st.LogsServed, "fillerBuilt", st.FillerBuilt,
			"headsPublished", st.HeadsPublished)
	})
}

// Stats are the node's counters since Start.
type Stats struct {
	// Calls counts JSON-RPC calls by method (a batch counts each).
	Calls map[string]uint64
	// LogsServed counts the logs in eth_getLogs answers, filler and real.
	LogsServed uint64
	// FillerBuilt counts the blocks whose filler was built (again, for a
	// block that had left the cache).
	FillerBuilt uint64
	// HeadsPublished counts the heads announced to newHeads subscribers'
	// connections (once per head, whatever the number of subscribers).
	HeadsPublished uint64
}

// Stats returns a copy of the node's counters.
func (n *Node) Stats() Stats {
	n.callsMu.Lock()
	calls := maps.Clone(n.calls)
	n.callsMu.Unlock()
	return Stats{Calls: calls, LogsServed: n.logsServed.Load(), FillerBuilt: n.fillerBuilt.Load(), HeadsPublished: n.headsPublished.Load()}
}

func (n *Node) count(method string) {
	n.callsMu.Lock()
	n.calls[method]++
	n.callsMu.Unlock()
}

// watch follows the inner node's heads: each new head's filler is built,
// then the head is announced, so a subscriber that asks for the head's
// logs or receipts at once finds them. Heads are announced in order, none
// skipped (a gap is filled by number); a reorg's new head is announced as
// it comes.
func (n *Node) watch(ctx context.Context) {
	defer n.wg.Done()
	client := ethclient.NewClient(n.inner)
	for ctx.Err() == nil {
		ch := make(chan *types.Header, 256)
		sub, err := client.SubscribeNewHead(ctx, ch)
		if err != nil {
			n.log.Warn("subscribe to the inner node's heads", "err", err)
			sleep(ctx, resubscribeDelay)
			continue
		}
		n.follow(ctx, sub.Err(), ch)
		sub.Unsubscribe()
	}
}

func (n *Node) follow(ctx context.Context, subErr <-chan error, ch <-chan *types.Header) {
	for {
		select {
		case <-ctx.Done():
			return
		case err := <-subErr:
			n.log.Warn("the inner node's head subscription ended; resubscribing", "err", err)
			return
		case h := <-ch:
			n.advance(ctx, h.Number.Uint64())
		}
	}
}

// advance announces the heads after the last one announced up to target
// (only target after a reorg to a lower or equal number, or a jump of
// more than Keep blocks).
func (n *Node) advance(ctx context.Context, target uint64) {
	last := n.head.Load()
	from := last + 1
	if target <= last || target-last > uint64(n.cfg.Keep) {
		from = target
	}
	for num := from; num <= target; num++ {
		raw, info, err := n.header(ctx, hexutil.EncodeUint64(num))
		if err == nil {
			_, err = n.overlayFor(ctx, info)
		}
		if err != nil {
			if ctx.Err() == nil {
				n.log.Warn("announce head", "number", num, "err", err)
			}
			return
		}
		n.publish(raw)
		n.head.Store(num)
	}
}

// headerJSON holds the header fields the filler depends on.
type headerJSON struct {
	Hash    *common.Hash    `json:"hash"`
	Number  *hexutil.Uint64 `json:"number"`
	Time    hexutil.Uint64  `json:"timestamp"`
	BaseFee *hexutil.Big    `json:"baseFeePerGas"`
	GasUsed hexutil.Uint64  `json:"gasUsed"`
}

// errBlockNotFound is the inner node's null for a block.
var errBlockNotFound = errors.New("block not found")

// header reads a header from the inner node: by hash when block is a
// 32-byte hex string, else by number or tag.
func (n *Node) header(ctx context.Context, block string) (json.RawMessage, headerJSON, error) {
	method := "eth_getHeaderByNumber"
	if len(block) == 66 {
		method = "eth_getHeaderByHash"
	}
	var raw json.RawMessage
	if err := n.inner.CallContext(ctx, &raw, method, block); err != nil {
		return nil, headerJSON{}, err
	}
	h, err := parseHeader(raw)
	return raw, h, err
}

func parseHeader(raw json.RawMessage) (headerJSON, error) {
	var h headerJSON
	if len(raw) == 0 || string(raw) == "null" {
		return h, errBlockNotFound
	}
	if err := json.Unmarshal(raw, &h); err != nil {
		return h, fmt.Errorf("the inner node's header: %w", err)
	}
	if h.Hash == nil || h.Number == nil {
		return h, errBlockNotFound // a pending block
	}
	return h, nil
}

// overlayFor returns the block's filler, building it on the first ask;
// concurrent asks wait for one build.
func (n *Node) overlayFor(ctx context.Context, h headerJSON) (*overlay, error) {
	n.mu.Lock()
	e, ok := n.blocks[*h.Hash]
	if !ok {
		e = &entry{done: make(chan struct{})}
		n.blocks[*h.Hash] = e
	}
	n.mu.Unlock()
	if !ok {
		n.build(ctx, h, e)
	}
	select {
	case <-e.done:
		return e.ov, e.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// build makes e's filler: the real block's transaction and log counts come
// from its receipts (filler indexes start after them).
func (n *Node) build(ctx context.Context, h headerJSON, e *entry) {
	defer close(e.done)
	var receipts []struct {
		Logs []json.RawMessage `json:"logs"`
	}
	// Not bound to the first asker's context: others may be waiting.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	e.err = n.inner.CallContext(rctx, &receipts, "eth_getBlockReceipts", h.Hash.Hex())
	if e.err != nil {
		e.err = fmt.Errorf("receipts of block %s: %w", h.Hash, e.err)
		n.mu.Lock()
		delete(n.blocks, *h.Hash)
		n.mu.Unlock()
		return
	}
	info := blockInfo{number: uint64(*h.Number), hash: *h.Hash, time: uint64(h.Time), realTxs: len(receipts), realGas: uint64(h.GasUsed)}
	if h.BaseFee != nil {
		info.baseFee = new(big.Int).Set(h.BaseFee.ToInt())
	}
	for _, r := range receipts {
		info.realLogs += len(r.Logs)
	}
	e.ov = n.gen.fill(info)
	n.fillerBuilt.Add(1)
	n.mu.Lock()
	defer n.mu.Unlock()
	n.order = append(n.order, *h.Hash)
	for i, tx := range e.ov.txs {
		n.fillerTxs[tx.Hash()] = txRef{block: *h.Hash, index: i}
	}
	for len(n.order) > n.cfg.Keep {
		old := n.blocks[n.order[0]]
		delete(n.blocks, n.order[0])
		n.order = n.order[1:]
		for i, tx := range old.ov.txs {
			// The same filler transaction may belong to a newer block of
			// another branch (a reorg): keep that one.
			if ref := n.fillerTxs[tx.Hash()]; ref.block == old.ov.hash && ref.index == i {
				delete(n.fillerTxs, tx.Hash())
			}
		}
	}
}

// fillerTx returns the built block holding filler transaction hash.
func (n *Node) fillerTx(hash common.Hash) (*overlay, int, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	ref, ok := n.fillerTxs[hash]
	if !ok {
		return nil, 0, false
	}
	return n.blocks[ref.block].ov, ref.index, true
}

func sleep(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}
