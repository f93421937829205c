package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
)

const (
	// DefaultFinalityDepth is LogPollerConfig.FinalityDepth's default: blocks
	// at least this deep are backfilled with ranged eth_getLogs.
	DefaultFinalityDepth = 64

	// DefaultBatchSize is LogPollerConfig.BatchSize's default: the largest
	// eth_getLogs range, in blocks.
	DefaultBatchSize = 1000

	// DefaultRetryInterval is LogPollerConfig.RetryInterval's default.
	DefaultRetryInterval = time.Second

	// checkpointSaveTimeout bounds saving the checkpoint of a block the
	// consumer has accepted; the save outlives a stop, not a dead store.
	checkpointSaveTimeout = 10 * time.Second
)

// LogReader is what a LogPoller needs from a node. *ethclient.Client and the
// client of ethclient/simulated satisfy it.
type LogReader interface {
	HeadReader
	HeaderByHash(ctx context.Context, hash common.Hash) (*types.Header, error)
	FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error)
}

var _ LogReader = (*ethclient.Client)(nil)

// Checkpoints stores how far a LogPoller has delivered, per agent. The store
// implements it; Checkpoint reports "none yet" as a zero hash with a nil
// error, or as an error matching LogPollerDeps.NoCheckpoint.
type Checkpoints interface {
	SaveCheckpoint(ctx context.Context, agent string, number uint64, hash common.Hash) error
	Checkpoint(ctx context.Context, agent string) (uint64, common.Hash, error)
}

// LogConsumer receives a LogPoller's deliveries, one at a time and in order.
// Returning nil accepts the delivery, after which the poller saves its
// checkpoint; an error stops the poller (Err wraps ErrConsumer) and the
// delivery is repeated by the next run.
type LogConsumer interface {
	HandleBlock(ctx context.Context, b BlockLogs) error
	HandleReorg(ctx context.Context, r LogReorg) error
}

// BlockLogs is one canonical block and its logs matching the poller's filter,
// in log-index order. Every log's BlockHash is Header.Hash().
type BlockLogs struct {
	Header *types.Header
	Logs   []types.Log
	// Finalized is true when the block came from a ranged backfill query at
	// least FinalityDepth blocks below the head. Backfill delivers only the
	// blocks that have matching logs; live delivery delivers every block.
	Finalized bool
}

// LogReorg retracts every delivered block above CommonAncestor: a consumer
// drops their logs. The canonical blocks follow as BlockLogs.
type LogReorg struct {
	// Depth is the number of retracted block heights (previous last delivered
	// block − CommonAncestor).
	Depth          int
	CommonAncestor uint64
	AncestorHash   common.Hash
	// Orphaned holds the hashes of the retracted blocks, oldest first. It is
	// complete unless the node could no longer serve an orphaned header, in
	// which case the poller fell back to FinalityDepth (see the package doc).
	Orphaned []common.Hash
}

// LogPollerConfig configures a LogPoller.
type LogPollerConfig struct {
	// Agent names the checkpoint. Required.
	Agent string
	// Addresses and Topics filter the logs, as in ethereum.FilterQuery. Empty
	// Addresses matches every contract.
	Addresses []common.Address
	Topics    [][]common.Hash
	// StartBlock is the first block delivered when there is no checkpoint.
	// Nil means the node's head when the poller starts.
	StartBlock *uint64
	// FinalityDepth: blocks at least this far below the head are backfilled
	// with ranged eth_getLogs; newer ones are delivered block by block with
	// hash checks. Defaults to 64.
	FinalityDepth uint64
	// BatchSize is the largest eth_getLogs range in blocks; the poller halves
	// it when a node refuses a range and grows it back slowly. Defaults to 1000.
	BatchSize uint64
	// PollInterval is the head follower's. Defaults to 200ms.
	PollInterval time.Duration
	// RetryInterval is the wait after an RPC error. Defaults to 1s.
	RetryInterval time.Duration
}

func (c *LogPollerConfig) validate() error {
	switch {
	case c.Agent == "":
		return fmt.Errorf("%w: Agent is empty", ErrInvalidConfig)
	case c.PollInterval < 0:
		return fmt.Errorf("%w: PollInterval %s must not be negative", ErrInvalidConfig, c.PollInterval)
	case c.RetryInterval < 0:
		return fmt.Errorf("%w: RetryInterval %s must not be negative", ErrInvalidConfig, c.RetryInterval)
	case c.FinalityDepth >= ReorgWindow:
		return fmt.Errorf("%w: FinalityDepth %d must be below the follower's window of %d", ErrInvalidConfig, c.FinalityDepth, ReorgWindow)
	}
	if c.FinalityDepth == 0 {
		c.FinalityDepth = DefaultFinalityDepth
	}
	if c.BatchSize == 0 {
		c.BatchSize = DefaultBatchSize
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	if c.RetryInterval == 0 {
		c.RetryInterval = DefaultRetryInterval
	}
	return nil
}

// LogPollerDeps are a LogPoller's collaborators.
type LogPollerDeps struct {
	Node        LogReader   // required
	Checkpoints Checkpoints // required
	Consumer    LogConsumer // required
	Logger      *slog.Logger
	// NoCheckpoint is the error Checkpoints.Checkpoint returns when the agent
	// has none (the store's ErrNotFound). Optional.
	NoCheckpoint error
}

// LogPoller delivers the logs of every canonical block, in order, to a
// LogConsumer, with reorg notices and checkpoints. See the package
// documentation for its guarantees.
type LogPoller struct {
	cfg    LogPollerConfig
	deps   LogPollerDeps
	logger *slog.Logger

	mu       sync.Mutex
	started  bool
	cancel   context.CancelFunc
	done     chan struct{}
	err      error
	stopOnce sync.Once

	// Owned by the run goroutine. window holds the last delivered headers
	// (hash-linked, oldest first, at most ReorgWindow); after a ranged
	// backfill it restarts from the range's last block. start is the first
	// block to deliver while window is empty.
	window []*types.Header
	start  uint64
	batch  uint64 // current eth_getLogs range
	wins   int    // ranged queries accepted since the range last changed
}

// NewLogPoller checks cfg and deps and returns a poller; Start runs it.
func NewLogPoller(cfg LogPollerConfig, deps LogPollerDeps) (*LogPoller, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	switch {
	case deps.Node == nil:
		return nil, fmt.Errorf("%w: Node is nil", ErrInvalidConfig)
	case deps.Checkpoints == nil:
		return nil, fmt.Errorf("%w: Checkpoints is nil", ErrInvalidConfig)
	case deps.Consumer == nil:
		return nil, fmt.Errorf("%w: Consumer is nil", ErrInvalidConfig)
	}
	logger := deps.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &LogPoller{
		cfg:    cfg,
		deps:   deps,
		logger: logger.With("component", "ingest.logpoller", "agent", cfg.Agent),
		batch:  cfg.BatchSize,
		done:   make(chan struct{}),
	}, nil
}

// Start reads the checkpoint (an error here is returned) and runs the poller
// in the background until ctx is cancelled, Stop is called or a terminal
// error (see Err). It may be called once.
func (p *LogPoller) Start(ctx context.Context) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.started {
		return ErrAlreadyStarted
	}
	n, hash, err := p.deps.Checkpoints.Checkpoint(ctx, p.cfg.Agent)
	switch {
	case err != nil && p.deps.NoCheckpoint != nil && errors.Is(err, p.deps.NoCheckpoint):
		hash = common.Hash{}
	case err != nil:
		return fmt.Errorf("log poller start: %w: read: %w", ErrCheckpoint, err)
	}
	runCtx, cancel := context.WithCancel(ctx)
	p.started, p.cancel = true, cancel
	go p.run(runCtx, n, hash)
	return nil
}

// Stop ends the poller and waits for it. A block or reorg notice the
// consumer has accepted is checkpointed before Stop returns; nothing new is
// handed to the consumer after it is called. It is idempotent.
func (p *LogPoller) Stop() {
	p.stopOnce.Do(func() {
		p.mu.Lock()
		cancel := p.cancel
		p.started = true // a later Start is refused
		p.mu.Unlock()
		if cancel == nil {
			close(p.done)
			return
		}
		cancel()
		<-p.done
	})
}

// Done is closed when the poller has ended.
func (p *LogPoller) Done() <-chan struct{} { return p.done }

// Err returns the terminal error that ended the poller, or nil after a stop.
// Read it after Done is closed.
func (p *LogPoller) Err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.err
}

func (p *LogPoller) run(ctx context.Context, ckptNumber uint64, ckptHash common.Hash) {
	defer close(p.done)
	err := p.loop(ctx, ckptNumber, ckptHash)
	if err == nil || ctx.Err() != nil {
		return
	}
	p.logger.Error("log poller stopped", "err", err)
	p.mu.Lock()
	p.err = err
	p.mu.Unlock()
}

// loop resumes from the checkpoint, backfills up to the finality depth, then
// follows the head.
func (p *LogPoller) loop(ctx context.Context, ckptNumber uint64, ckptHash common.Hash) error {
	if err := p.retry(ctx, "resume", func() error { return p.resume(ctx, ckptNumber, ckptHash) }); err != nil {
		return err
	}
	if err := p.retry(ctx, "backfill", func() error { return p.backfill(ctx) }); err != nil {
		return err
	}
	start := p.next()
	f, err := NewFollower(FollowerConfig{PollInterval: p.cfg.PollInterval, StartBlock: &start}, p.deps.Node, p.logger)
	if err != nil {
		return err
	}
	defer f.Stop()
	if err := p.retry(ctx, "start follower", func() error { return f.Start(ctx) }); err != nil {
		return err
	}
	for ev := range f.Heads() {
		if ctx.Err() != nil {
			break // stopped: leave the heads still buffered for the next run
		}
		var err error
		switch ev.Kind {
		case Reorg:
			err = p.retry(ctx, "reorg", func() error {
				if last := p.last(); last != nil && last.Number.Uint64() > ev.CommonAncestor {
					_, err := p.rewind(ctx)
					return err
				}
				return nil
			})
		case NewHead:
			err = p.retry(ctx, "deliver", func() error { return p.advance(ctx, ev.Header) })
		}
		if err != nil {
			return err
		}
	}
	if ctx.Err() != nil {
		return nil
	}
	if err := f.Err(); err != nil {
		return err
	}
	return errors.New("log poller: head follower ended")
}

// retry runs fn until it succeeds, ctx ends, or it fails with a terminal
// error (the consumer's, the checkpoint store's, or a reorg too deep).
func (p *LogPoller) retry(ctx context.Context, what string, fn func() error) error {
	for {
		err := fn()
		if err == nil || ctx.Err() != nil {
			return err
		}
		if errors.Is(err, ErrConsumer) || errors.Is(err, ErrCheckpoint) || errors.Is(err, ErrReorgTooDeep) {
			return err
		}
		p.logger.Warn(what+" failed; retrying", "in", p.cfg.RetryInterval, "err", err)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(p.cfg.RetryInterval):
		}
	}
}

// resume sets the poller's position from the checkpoint (or StartBlock, or
// the head) and retracts the checkpointed block first if it was reorged out
// while the poller was down.
func (p *LogPoller) resume(ctx context.Context, n uint64, hash common.Hash) error {
	if hash == (common.Hash{}) {
		if p.cfg.StartBlock != nil {
			p.start = *p.cfg.StartBlock
		} else {
			head, err := p.headerByNumber(ctx, nil)
			if err != nil {
				return err
			}
			p.start = head.Number.Uint64()
		}
		p.logger.Info("no checkpoint; starting", "block", p.start)
		return nil
	}
	h, err := p.deps.Node.HeaderByHash(ctx, hash)
	switch {
	case errors.Is(err, ethereum.NotFound):
		// The node has forgotten the checkpointed block: it was reorged out
		// and pruned. Rewind from a stand-in header carrying its number.
		h = &types.Header{Number: new(big.Int).SetUint64(n)}
		p.window = []*types.Header{h}
		p.logger.Warn("checkpointed block unknown to the node", "block", n, "hash", hash)
		_, err = p.rewindFrom(ctx, hash)
		return err
	case err != nil:
		return fmt.Errorf("checkpoint header %s: %w", hash, err)
	case h.Number == nil || h.Number.Uint64() != n || h.Hash() != hash:
		return fmt.Errorf("%w: checkpoint header %s: node returned block %v", ErrBadLogs, hash, h.Number)
	}
	p.window = []*types.Header{h}
	p.logger.Info("resuming after checkpoint", "block", n, "hash", hash)
	_, err = p.rewind(ctx)
	return err
}

func (p *LogPoller) last() *types.Header {
	if len(p.window) == 0 {
		return nil
	}
	return p.window[len(p.window)-1]
}

// next is the number of the next block to deliver.
func (p *LogPoller) next() uint64 {
	if last := p.last(); last != nil {
		return last.Number.Uint64() + 1
	}
	return p.start
}

// delivered returns the delivered header at n, or nil outside the window.
func (p *LogPoller) delivered(n uint64) *types.Header { return windowAt(p.window, n) }

// advance delivers every canonical block up to h, block by block, each
// checked to extend the last delivered one; a block that does not triggers a
// rewind (a reorg notice) first.
func (p *LogPoller) advance(ctx context.Context, h *types.Header) error {
	for {
		last := p.last()
		n := h.Number.Uint64()
		if n < p.next() {
			if d := p.delivered(n); d == nil || d.Hash() == h.Hash() {
				return nil // delivered already, or older than the window
			}
			retracted, err := p.rewind(ctx)
			if err != nil || !retracted {
				return err // !retracted: what we hold is canonical and h is stale
			}
			continue
		}
		next := h
		if n != p.next() {
			var err error
			if next, err = p.headerByNumber(ctx, new(big.Int).SetUint64(p.next())); err != nil {
				return err
			}
		}
		if last != nil && next.ParentHash != last.Hash() {
			retracted, err := p.rewind(ctx)
			if err != nil {
				return err
			}
			if !retracted {
				return fmt.Errorf("block %d %s does not extend delivered %s, which is still canonical", next.Number, next.Hash(), last.Hash())
			}
			continue
		}
		logs, err := p.blockLogs(ctx, next)
		if err != nil {
			return err
		}
		if err := p.deliver(ctx, BlockLogs{Header: next, Logs: logs}); err != nil {
			return err
		}
		if next == h {
			return nil
		}
	}
}

// deliver hands b to the consumer, then records and checkpoints it
// (acknowledge, then save). Once the consumer has accepted b, its checkpoint
// is saved even if the poller is stopped meanwhile: a clean stop never makes
// the next run deliver b again. Only a crash between the two does.
func (p *LogPoller) deliver(ctx context.Context, b BlockLogs) error {
	n, hash := b.Header.Number.Uint64(), b.Header.Hash()
	if err := ctx.Err(); err != nil {
		return err // stopped: hand the consumer nothing new
	}
	if err := p.deps.Consumer.HandleBlock(ctx, b); err != nil {
		return fmt.Errorf("%w: block %d %s: %w", ErrConsumer, n, hash, err)
	}
	if last := p.last(); b.Finalized || last == nil || b.Header.ParentHash != last.Hash() {
		p.window = append(p.window[:0], b.Header)
	} else {
		if len(p.window) >= ReorgWindow {
			p.window = append(p.window[:0], p.window[1:]...)
		}
		p.window = append(p.window, b.Header)
	}
	return p.save(ctx, n, hash)
}

// save checkpoints block n, which the consumer has accepted (a delivery or a
// reorg notice down to n). The save is not cut short by a stop, so a clean
// stop leaves the checkpoint at the last accepted block.
func (p *LogPoller) save(ctx context.Context, n uint64, hash common.Hash) error {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), checkpointSaveTimeout)
	defer cancel()
	if err := p.deps.Checkpoints.SaveCheckpoint(ctx, p.cfg.Agent, n, hash); err != nil {
		return fmt.Errorf("%w: save block %d %s: %w", ErrCheckpoint, n, hash, err)
	}
	return nil
}

// rewind retracts the delivered blocks that are no longer canonical, newest
// first, down to the newest one the node still has. It reports whether it
// retracted anything.
func (p *LogPoller) rewind(ctx context.Context) (bool, error) {
	return p.rewindFrom(ctx, common.Hash{})
}

// rewindFrom is rewind; a non-zero unknownTop is the hash of a last delivered
// block the node no longer serves (the window then holds a stand-in).
func (p *LogPoller) rewindFrom(ctx context.Context, unknownTop common.Hash) (bool, error) {
	top := p.last()
	if top == nil {
		return false, nil
	}
	topNum := top.Number.Uint64()
	var (
		orphaned []common.Hash // newest first
		ancestor *types.Header
		kept     = -1 // index in window of the ancestor, or -1
		partial  bool
	)
	cur, i := top, len(p.window)-1
	for ancestor == nil {
		n := cur.Number.Uint64()
		curHash := cur.Hash()
		if i == len(p.window)-1 && unknownTop != (common.Hash{}) {
			curHash = unknownTop
		}
		canon, err := p.headerByNumber(ctx, new(big.Int).SetUint64(n))
		switch {
		case errors.Is(err, ethereum.NotFound): // the chain is now shorter
		case err != nil:
			return false, err
		case canon.Hash() == curHash:
			ancestor, kept = cur, i
			continue
		}
		orphaned = append(orphaned, curHash)
		if n == 0 {
			return false, fmt.Errorf("%w: genesis %s is not the node's", ErrReorgTooDeep, curHash)
		}
		if topNum-n+1 >= ReorgWindow {
			return false, fmt.Errorf("%w: block %d and %d below it are no longer canonical", ErrReorgTooDeep, topNum, topNum-n+1)
		}
		if i > 0 {
			i--
			cur = p.window[i]
			continue
		}
		// Below the window: follow the orphaned branch by parent hash.
		i = -1
		var parent *types.Header
		if cur.ParentHash != (common.Hash{}) {
			parent, err = p.deps.Node.HeaderByHash(ctx, cur.ParentHash)
		} else {
			err = ethereum.NotFound // a stand-in: its parent is unknown
		}
		switch {
		case errors.Is(err, ethereum.NotFound):
			// The node pruned the orphaned branch: assume the block
			// FinalityDepth below the last delivered one is final.
			fin := uint64(0)
			if topNum > p.cfg.FinalityDepth {
				fin = topNum - p.cfg.FinalityDepth
			}
			fin = min(fin, n-1)
			if ancestor, err = p.headerByNumber(ctx, new(big.Int).SetUint64(fin)); err != nil {
				return false, err
			}
			partial = true
			p.logger.Warn("orphaned block unknown to the node; assuming finality", "block", n-1, "ancestor", fin)
		case err != nil:
			return false, fmt.Errorf("orphaned header %s: %w", cur.ParentHash, err)
		default:
			cur = parent
		}
	}
	if len(orphaned) == 0 {
		return false, nil
	}
	anc := ancestor.Number.Uint64()
	for l, r := 0, len(orphaned)-1; l < r; l, r = l+1, r-1 {
		orphaned[l], orphaned[r] = orphaned[r], orphaned[l]
	}
	notice := LogReorg{Depth: int(topNum - anc), CommonAncestor: anc, AncestorHash: ancestor.Hash(), Orphaned: orphaned}
	p.logger.Warn("reorg", "depth", notice.Depth, "ancestor", anc, "ancestor_hash", notice.AncestorHash, "old_head", topNum, "partial", partial)
	if err := p.deps.Consumer.HandleReorg(ctx, notice); err != nil {
		return false, fmt.Errorf("%w: reorg to %d: %w", ErrConsumer, anc, err)
	}
	if kept >= 0 {
		p.window = p.window[:kept+1]
	} else {
		p.window = append(p.window[:0], ancestor)
	}
	return true, p.save(ctx, anc, notice.AncestorHash)
}

// blockLogs fetches h's logs by block hash, so they belong to exactly h.
func (p *LogPoller) blockLogs(ctx context.Context, h *types.Header) ([]types.Log, error) {
	hash := h.Hash()
	logs, err := p.deps.Node.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash, Addresses: p.cfg.Addresses, Topics: p.cfg.Topics})
	if err != nil {
		return nil, fmt.Errorf("logs of block %d %s: %w", h.Number, hash, err)
	}
	if err := CheckBlockLogs(logs, h.Number.Uint64(), hash); err != nil {
		return nil, err
	}
	return logs, nil
}

// headerByNumber fetches a header (nil: the head) and checks its number.
func (p *LogPoller) headerByNumber(ctx context.Context, n *big.Int) (*types.Header, error) {
	h, err := p.deps.Node.HeaderByNumber(ctx, n)
	if err != nil {
		return nil, fmt.Errorf("header %v: %w", n, err)
	}
	if h == nil || h.Number == nil || (n != nil && h.Number.Cmp(n) != 0) {
		return nil, fmt.Errorf("%w: header %v: node returned a different or empty header", ErrBadLogs, n)
	}
	return h, nil
}
