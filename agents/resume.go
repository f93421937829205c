package agents

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/ingest"
)

// catchUpTimeout bounds the catch-up at start-up.
const catchUpTimeout = 2 * time.Minute

// errCaughtUp stops the catch-up poller at the first live head.
var errCaughtUp = errors.New("caught up with the live head")

// catchUp runs once, before the first live head is ticked: it reads, through
// the reorg-safe log poller (chain/ingest.LogPoller), the logs the program
// declares of every block between the agent's checkpoint (the last head it
// observed, saved at every tick) and that live head — the blocks it missed
// while it was stopped — and hands them to the program with the live
// head's own, as it does a dropped stale head's. Nothing is decided on a
// missed block: the agent acts only on live ones. When the checkpoint's
// block left the chain meanwhile, the poller reports the reorg first: the
// agent rewinds the program and rechecks what it had settled (orphans.go).
// Without History, or on a first start (no checkpoint), nothing is read.
func (a *Agent) catchUp(ctx context.Context, live *types.Header) error {
	if a.cfg.History == nil || len(a.events) == 0 {
		return nil
	}
	n, hash, err := a.cfg.Store.Checkpoint(ctx, a.cfg.Name)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil
	case err != nil:
		return fmt.Errorf("catch up: %w", err)
	case n+1 >= live.Number.Uint64() && live.ParentHash == hash:
		return nil // nothing missed
	case n >= live.Number.Uint64():
		// Restarted on a node behind its checkpoint (or a shorter branch):
		// the live heads' own reorg checks take over from here.
		return nil
	}
	var addrs []common.Address
	var topics []common.Hash
	anyTopic := false
	for _, e := range a.events {
		if !slices.Contains(addrs, e.Address) {
			addrs = append(addrs, e.Address)
		}
		anyTopic = anyTopic || len(e.Topics) == 0
		topics = append(topics, e.Topics...)
	}
	cfg := ingest.LogPollerConfig{Agent: a.cfg.Name, Addresses: addrs, PollInterval: 50 * time.Millisecond,
		RetryInterval: 250 * time.Millisecond}
	if !anyTopic {
		cfg.Topics = [][]common.Hash{topics}
	}
	done := make(chan struct{})
	c := &catchUpConsumer{agent: a, live: live.Number.Uint64(), finish: sync.OnceFunc(func() { close(done) })}
	poller, err := ingest.NewLogPoller(cfg, ingest.LogPollerDeps{Node: a.cfg.History, Checkpoints: a.cfg.Store,
		Consumer: c, Logger: a.logger, NoCheckpoint: store.ErrNotFound})
	if err != nil {
		return fmt.Errorf("catch up: %w", err)
	}
	ctx, cancel := context.WithTimeout(ctx, catchUpTimeout)
	defer cancel()
	if err := poller.Start(ctx); err != nil {
		return fmt.Errorf("catch up: %w", err)
	}
	defer poller.Stop()
	select {
	case <-done:
	case <-poller.Done():
		if err := poller.Err(); err != nil && !errors.Is(err, errCaughtUp) {
			return fmt.Errorf("catch up from block %d: %w", n, err)
		}
	case <-ctx.Done():
		return fmt.Errorf("catch up from block %d to %d: %w", n, live.Number, ctx.Err())
	}
	poller.Stop() // nothing reaches c after it returns
	for _, b := range c.blocks {
		a.missed = append(a.missed, b.Logs...)
	}
	a.logger.Info("caught up from the checkpoint", "block", live.Number, "checkpoint", n,
		"blocks", live.Number.Uint64()-n-1, "logs", len(a.missed))
	return nil
}

// catchUpConsumer keeps what the poller delivers below the live head.
type catchUpConsumer struct {
	agent  *Agent
	live   uint64
	blocks []ingest.BlockLogs
	finish func() // says the blocks below live are all in (once)
}

func (c *catchUpConsumer) HandleBlock(_ context.Context, b ingest.BlockLogs) error {
	n := b.Header.Number.Uint64()
	if n >= c.live {
		c.finish()
		return errCaughtUp // not accepted: the live tick observes it
	}
	c.blocks = append(c.blocks, b)
	if n+1 == c.live {
		c.finish()
	}
	return nil
}

// HandleReorg drops what it kept above the ancestor and tells the agent,
// as the live follower's reorg event does.
func (c *catchUpConsumer) HandleReorg(_ context.Context, r ingest.LogReorg) error {
	c.blocks = slices.DeleteFunc(c.blocks, func(b ingest.BlockLogs) bool { return b.Header.Number.Uint64() > r.CommonAncestor })
	c.agent.onReorg(ingest.Event{Kind: ingest.Reorg, ReorgDepth: r.Depth, CommonAncestor: r.CommonAncestor})
	return nil
}
