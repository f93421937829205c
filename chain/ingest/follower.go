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
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
)

const (
	// DefaultPollInterval is FollowerConfig.PollInterval's default.
	DefaultPollInterval = 200 * time.Millisecond

	// ReorgWindow is how many delivered headers a Follower keeps to find the
	// common ancestor of a reorg. A deeper reorg is terminal (ErrReorgTooDeep).
	ReorgWindow = 128

	// eventBuffer is the capacity of the Heads channel. When it is full the
	// follower blocks: events are never dropped.
	eventBuffer = 64
)

// HeadReader is what a Follower needs from a node. *ethclient.Client and the
// client of ethclient/simulated satisfy it.
type HeadReader interface {
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	SubscribeNewHead(ctx context.Context, ch chan<- *types.Header) (ethereum.Subscription, error)
}

var _ HeadReader = (*ethclient.Client)(nil)

// EventKind tells what a follower Event reports.
type EventKind string

const (
	// NewHead reports the next canonical block: its number is one more than the
	// previous NewHead's (or the Reorg's CommonAncestor) and its ParentHash is
	// that block's hash.
	NewHead EventKind = "new_head"
	// Reorg reports that the delivered blocks above CommonAncestor are no
	// longer canonical. NewHead events for the new branch follow.
	Reorg EventKind = "reorg"
)

// Event is one item of Follower.Heads.
//
// For NewHead, Header is the new block. For Reorg, Header is the common
// ancestor (still canonical), CommonAncestor its number, and ReorgDepth the
// number of delivered blocks that were dropped (previous head − ancestor).
type Event struct {
	Kind           EventKind
	Header         *types.Header
	ReorgDepth     int
	CommonAncestor uint64
}

// FollowerConfig configures a Follower.
type FollowerConfig struct {
	// PollInterval is how often the head is polled when the node cannot
	// subscribe (plain HTTP) or after the subscription failed, and the delay
	// before retrying after an RPC error. Defaults to 200ms.
	PollInterval time.Duration
	// StartBlock is the first block delivered. Nil means the node's head at
	// Start. A StartBlock above the head is delivered once the chain reaches it.
	StartBlock *uint64
}

func (c *FollowerConfig) validate() error {
	if c.PollInterval < 0 {
		return fmt.Errorf("%w: PollInterval %s must not be negative", ErrInvalidConfig, c.PollInterval)
	}
	if c.PollInterval == 0 {
		c.PollInterval = DefaultPollInterval
	}
	return nil
}

// Follower delivers a node's canonical chain as an ordered stream of NewHead
// and Reorg events. See the package documentation for its guarantees.
type Follower struct {
	cfg    FollowerConfig
	src    HeadReader
	logger *slog.Logger
	out    chan Event

	mu       sync.Mutex
	started  bool
	stopped  bool
	cancel   context.CancelFunc
	done     chan struct{}
	err      error
	stopOnce sync.Once

	// Owned by the run goroutine: the last delivered headers, contiguous by
	// number, oldest first, at most ReorgWindow long.
	window  []*types.Header
	trimmed bool // window has dropped delivered headers off its front
}

// NewFollower checks cfg and returns a Follower that reads heads from src.
// A nil logger discards logs.
func NewFollower(cfg FollowerConfig, src HeadReader, logger *slog.Logger) (*Follower, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if src == nil {
		return nil, fmt.Errorf("%w: src HeadReader is nil", ErrInvalidConfig)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Follower{
		cfg:    cfg,
		src:    src,
		logger: logger.With("component", "ingest.follower"),
		out:    make(chan Event, eventBuffer),
	}, nil
}

// Heads returns the event stream. It is closed when the follower ends: after
// Stop, when Start's ctx is cancelled, or on a terminal error (see Err).
func (f *Follower) Heads() <-chan Event { return f.out }

// Err returns the terminal error that ended the follower (ErrReorgTooDeep),
// or nil. Read it after Heads is closed.
func (f *Follower) Err() error {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.err
}

// Start reads the node's head (an error here is returned), subscribes to new
// heads — falling back to polling when the node cannot — and runs until ctx
// is cancelled or Stop is called. It may be called once.
func (f *Follower) Start(ctx context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.started || f.stopped {
		return ErrAlreadyStarted
	}
	head, err := f.src.HeaderByNumber(ctx, nil)
	if err != nil {
		return fmt.Errorf("follower start: read head: %w", err)
	}
	if head == nil {
		return fmt.Errorf("follower start: read head: node returned no header")
	}
	runCtx, cancel := context.WithCancel(ctx)
	subCh := make(chan *types.Header, 16)
	sub, err := f.src.SubscribeNewHead(runCtx, subCh)
	if err != nil {
		f.logSubscribeFailure(err)
		sub = nil
	}
	f.started = true
	f.cancel = cancel
	f.done = make(chan struct{})
	go f.run(runCtx, head, sub, subCh)
	return nil
}

// Stop ends the follower, waits for it and closes Heads. It is idempotent.
func (f *Follower) Stop() {
	f.stopOnce.Do(func() {
		f.mu.Lock()
		f.stopped = true
		cancel, done := f.cancel, f.done
		f.mu.Unlock()
		if cancel == nil {
			close(f.out) // never started
			return
		}
		cancel()
		<-done
	})
}

func (f *Follower) logSubscribeFailure(err error) {
	if errors.Is(err, rpc.ErrNotificationsUnsupported) {
		f.logger.Info("node cannot push new heads; polling", "interval", f.cfg.PollInterval)
		return
	}
	f.logger.Warn("new-head subscription failed; polling", "interval", f.cfg.PollInterval, "err", err)
}

// run is the follower's only goroutine. It syncs to the first head, then to
// every head it is told about (subscription) or finds (polling).
func (f *Follower) run(ctx context.Context, first *types.Header, sub ethereum.Subscription, subCh chan *types.Header) {
	defer close(f.done)
	defer close(f.out)
	defer func() {
		if sub != nil {
			sub.Unsubscribe()
		}
	}()

	target := first
	for {
		var retry <-chan time.Time
		if target != nil {
			err := f.syncTo(ctx, target)
			switch {
			case ctx.Err() != nil:
				return
			case errors.Is(err, ErrReorgTooDeep):
				f.logger.Error("follower stopped", "err", err)
				f.mu.Lock()
				f.err = err
				f.mu.Unlock()
				return
			case err != nil:
				f.logger.Warn("sync to head failed; retrying", "head", target.Number, "err", err)
				retry = time.After(f.cfg.PollInterval)
			}
		}
		target = nil

		if sub != nil {
			select {
			case <-ctx.Done():
				return
			case h := <-subCh:
				target = latestQueued(h, subCh)
			case err := <-sub.Err():
				f.logSubscribeFailure(err)
				sub.Unsubscribe()
				sub = nil
				target = f.pollHead(ctx)
			case <-retry:
				target = f.pollHead(ctx)
			}
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(f.cfg.PollInterval):
			target = f.pollHead(ctx)
		}
	}
}

// latestQueued drains already-queued notifications and returns the newest:
// syncing to it delivers the skipped ones by number anyway.
func latestQueued(h *types.Header, ch chan *types.Header) *types.Header {
	for {
		select {
		case next := <-ch:
			h = next
		default:
			return h
		}
	}
}

func (f *Follower) pollHead(ctx context.Context) *types.Header {
	h, err := f.src.HeaderByNumber(ctx, nil)
	if err != nil {
		if ctx.Err() == nil {
			f.logger.Warn("poll head failed", "err", err)
		}
		return nil
	}
	return h
}

func (f *Follower) last() *types.Header {
	if len(f.window) == 0 {
		return nil
	}
	return f.window[len(f.window)-1]
}

// delivered returns the delivered header at number n, or nil when n is outside
// the window.
func (f *Follower) delivered(n uint64) *types.Header { return windowAt(f.window, n) }

// windowAt returns the header numbered n in a window of consecutive headers
// (oldest first), or nil when n is outside it.
func windowAt(window []*types.Header, n uint64) *types.Header {
	if len(window) == 0 {
		return nil
	}
	first := window[0].Number.Uint64()
	if n < first || n-first >= uint64(len(window)) {
		return nil
	}
	return window[n-first]
}

// syncTo delivers every block from the last delivered one up to target,
// handling any reorg it meets on the way. Invariant after each delivery: the
// window is a hash-linked chain ending at the last delivered header.
func (f *Follower) syncTo(ctx context.Context, target *types.Header) error {
	for {
		last := f.last()
		if last == nil {
			if err := f.deliverFirst(ctx, target); err != nil || f.last() == nil {
				return err // nil last: waiting for the chain to reach StartBlock
			}
			// Guards a past bug: returning here delivered only StartBlock and
			// waited for the next head before catching up to this one.
			continue
		}
		n := target.Number.Uint64()
		if n <= last.Number.Uint64() {
			known := f.delivered(n)
			if known == nil || known.Hash() == target.Hash() {
				// Already delivered, or older than the window (a lagging node's
				// stale head): nothing new.
				return nil
			}
			if err := f.reorg(ctx, target); err != nil {
				return err
			}
			continue
		}
		next := last.Number.Uint64() + 1
		h := target
		if n != next {
			var err error
			if h, err = f.headerByNumber(ctx, next); err != nil {
				return err
			}
		}
		if h.ParentHash != last.Hash() {
			if err := f.reorg(ctx, h); err != nil {
				return err
			}
			continue
		}
		if err := f.deliver(ctx, h); err != nil {
			return err
		}
	}
}

// deliverFirst delivers the first block: StartBlock, or the head at Start.
func (f *Follower) deliverFirst(ctx context.Context, head *types.Header) error {
	h := head
	if f.cfg.StartBlock != nil {
		start := *f.cfg.StartBlock
		switch n := head.Number.Uint64(); {
		case start > n:
			return nil // wait for the chain to reach StartBlock
		case start < n:
			var err error
			if h, err = f.headerByNumber(ctx, start); err != nil {
				return err
			}
		}
	}
	return f.deliver(ctx, h)
}

// reorg handles a canonical header h that does not extend the delivered
// chain: it walks h's ancestry back by number until it meets a delivered
// header, emits Reorg, then delivers the new branch up to h.
func (f *Follower) reorg(ctx context.Context, h *types.Header) error {
	// h may be a late notification of a block already replaced: only act on
	// what the node calls canonical now.
	cur, err := f.headerByNumber(ctx, h.Number.Uint64())
	if err != nil {
		return fmt.Errorf("reorg check: %w", err)
	}
	if cur.Hash() != h.Hash() {
		return fmt.Errorf("reorg check: block %d %s is no longer canonical (node has %s)", h.Number, h.Hash(), cur.Hash())
	}
	branch := []*types.Header{h} // newest first
	var ancestor *types.Header
	for ancestor == nil {
		oldest := branch[len(branch)-1]
		if oldest.Number.Sign() == 0 {
			return fmt.Errorf("%w: genesis %s differs from the delivered chain", ErrReorgTooDeep, oldest.Hash())
		}
		pn := oldest.Number.Uint64() - 1
		if known := f.delivered(pn); known != nil && known.Hash() == oldest.ParentHash {
			ancestor = known
			break
		}
		below := pn < f.window[0].Number.Uint64()
		if below && f.trimmed {
			return fmt.Errorf("%w: block %d (%d deep) differs from the delivered chain and older blocks were dropped",
				ErrReorgTooDeep, pn+1, f.last().Number.Uint64()-pn)
		}
		p, err := f.headerByNumber(ctx, pn)
		if err != nil {
			return fmt.Errorf("reorg walk back: %w", err)
		}
		if p.Hash() != oldest.ParentHash {
			return fmt.Errorf("reorg walk back: block %d changed during the walk (want %s, node has %s)", pn, oldest.ParentHash, p.Hash())
		}
		if below {
			// Everything delivered is reorged out; p was never delivered but is
			// an ancestor of the new branch, which is all a consumer needs.
			ancestor = p
			break
		}
		branch = append(branch, p)
	}

	last := f.last().Number.Uint64()
	anc := ancestor.Number.Uint64()
	depth := int(last - anc)
	f.logger.Warn("reorg", "depth", depth, "ancestor", anc, "ancestor_hash", ancestor.Hash(), "old_head", last, "new_head", h.Number)
	if f.delivered(anc) == ancestor {
		f.window = f.window[:anc-f.window[0].Number.Uint64()+1]
	} else {
		f.window = append(f.window[:0], ancestor)
	}
	if err := f.send(ctx, Event{Kind: Reorg, Header: ancestor, ReorgDepth: depth, CommonAncestor: anc}); err != nil {
		return err
	}
	for i := len(branch) - 1; i >= 0; i-- {
		if err := f.deliver(ctx, branch[i]); err != nil {
			return err
		}
	}
	return nil
}

func (f *Follower) deliver(ctx context.Context, h *types.Header) error {
	if err := f.send(ctx, Event{Kind: NewHead, Header: h}); err != nil {
		return err
	}
	if len(f.window) >= ReorgWindow {
		f.window = append(f.window[:0], f.window[1:]...)
		f.trimmed = true
	}
	f.window = append(f.window, h)
	return nil
}

// send blocks until the consumer takes ev: a slow consumer slows the
// follower down, it never loses events.
func (f *Follower) send(ctx context.Context, ev Event) error {
	select {
	case f.out <- ev:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (f *Follower) headerByNumber(ctx context.Context, n uint64) (*types.Header, error) {
	h, err := f.src.HeaderByNumber(ctx, new(big.Int).SetUint64(n))
	if err != nil {
		return nil, fmt.Errorf("header %d: %w", n, err)
	}
	if h == nil || h.Number == nil || h.Number.Uint64() != n {
		return nil, fmt.Errorf("header %d: node returned a different or empty header", n)
	}
	return h, nil
}
