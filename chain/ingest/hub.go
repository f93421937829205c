package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
)

// DefaultHubBuffer is HubConfig.Buffer's default.
const DefaultHubBuffer = 256

// Hub errors. They belong with the others in errors.go; they are here only
// because hub.go was written while errors.go was being edited elsewhere.
var (
	// ErrSubscriberLagged is wrapped by the LagError with which a Hub cuts off
	// a subscriber whose buffer was full when the next event arrived.
	ErrSubscriberLagged = errors.New("ingest: subscriber lagged behind the head stream")

	// ErrHubClosed is returned by Hub.Subscribe once the hub has ended (its
	// source ended, its context was cancelled, or Stop was called).
	ErrHubClosed = errors.New("ingest: hub closed")

	// ErrDuplicateSubscriber is returned by Hub.Subscribe when a subscription
	// of that name is still attached: names identify subscribers in logs and
	// metrics.
	ErrDuplicateSubscriber = errors.New("ingest: duplicate subscriber name")
)

// HeadStream is an ordered stream of head events that ends with a reason:
// Heads is closed, then Err tells why (nil: stopped; non-nil: failed). A
// *Follower and a *Subscription are both HeadStreams, so a consumer such as
// the agent runtime can read either.
type HeadStream interface {
	// Heads returns the events in order; it is closed when the stream ends.
	Heads() <-chan Event
	// Err returns why the stream ended. Read it after Heads is closed.
	Err() error
}

var (
	_ HeadStream = (*Follower)(nil)
	_ HeadStream = (*Subscription)(nil)
)

// HubConfig configures a Hub. The hub has no timers, so unlike the other
// services it takes no clock.
type HubConfig struct {
	// Buffer is the capacity of each subscription's channel, unless
	// WithSubscriberBuffer overrides it for one subscriber. A subscriber whose
	// buffer is full when the next event arrives is cut off (see LagError).
	// Defaults to 256 (DefaultHubBuffer): twice ReorgWindow, so the burst of
	// events of the deepest reorg a Follower reports fits, and about 100 s of
	// heads on a chain with 400 ms blocks.
	Buffer int
}

func (c *HubConfig) validate() error {
	if c.Buffer < 0 {
		return fmt.Errorf("%w: HubConfig.Buffer %d must not be negative", ErrInvalidConfig, c.Buffer)
	}
	if c.Buffer == 0 {
		c.Buffer = DefaultHubBuffer
	}
	return nil
}

// HubStats is a snapshot of a Hub's counters, for metrics.
type HubStats struct {
	// Subscribers is how many subscriptions are attached now.
	Subscribers int
	// Events is how many events the hub has read from its source and fanned
	// out.
	Events uint64
	// Lagged is how many subscriptions were cut off because their buffer was
	// full (ErrSubscriberLagged).
	Lagged uint64
}

// LagError is the Err of a subscription that a Hub cut off because its
// buffer was full when the next event arrived. It unwraps to
// ErrSubscriberLagged.
//
// The subscriber did receive every event up to the cut-off: the events
// buffered before it are still read from Heads before it closes. It missed
// Missed and everything after: to resume it must rebuild from its store (or
// a Follower with a StartBlock) and subscribe again.
type LagError struct {
	// Subscriber is the subscription's name.
	Subscriber string
	// Behind is how many events the subscriber had not taken when it was cut
	// off: its full buffer and the event that did not fit.
	Behind int
	// Missed is the first event the subscriber did not receive.
	Missed Event
}

// Error names the subscriber, how far behind it was and the first event it
// missed.
func (e *LagError) Error() string {
	at := "unknown block"
	if e.Missed.Header != nil && e.Missed.Header.Number != nil {
		at = "block " + e.Missed.Header.Number.String()
	}
	return fmt.Sprintf("%v: %q was cut off %d events behind; first missed event: %s at %s",
		ErrSubscriberLagged, e.Subscriber, e.Behind, e.Missed.Kind, at)
}

// Unwrap returns ErrSubscriberLagged.
func (e *LagError) Unwrap() error { return ErrSubscriberLagged }

// Hub fans one HeadStream (a chain's Follower) out to many subscribers, so
// that the agents of one process share one head stream per chain. Every
// attached subscriber receives every event of the source, in the source's
// order, on its own buffered channel.
//
// Delivery never blocks: a subscriber whose buffer is full is cut off (its
// channel is closed after the events already buffered and its Err is a
// LagError), so a slow subscriber can neither stall the others nor the
// source, and a subscriber that stays attached never misses an event. See the
// package documentation ("Fan-out") for the full contract.
//
// The hub must be its source's only reader. It does not start or stop the
// source: whoever built the Follower does, and stopping it ends the hub.
type Hub struct {
	cfg    HubConfig
	src    HeadStream
	logger *slog.Logger

	mu       sync.Mutex
	subs     []*Subscription // attached, in order of subscription
	started  bool
	stopped  bool
	ended    bool  // no more deliveries; every subscription is detached
	endErr   error // the source's Err when it ended the hub
	events   uint64
	lagged   uint64
	cancel   context.CancelFunc
	done     chan struct{}
	stopOnce sync.Once
}

// NewHub checks cfg and returns a Hub that will fan out src once started. A
// nil logger discards logs.
func NewHub(cfg HubConfig, src HeadStream, logger *slog.Logger) (*Hub, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if src == nil {
		return nil, fmt.Errorf("%w: src HeadStream is nil", ErrInvalidConfig)
	}
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	return &Hub{cfg: cfg, src: src, logger: logger.With("component", "ingest.hub")}, nil
}

// Start reads the source until it ends, ctx is cancelled or Stop is called.
// It may be called once. Subscribe before Start to receive the source's
// first event.
func (h *Hub) Start(ctx context.Context) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.started || h.stopped {
		return fmt.Errorf("hub start: %w", ErrAlreadyStarted)
	}
	runCtx, cancel := context.WithCancel(ctx)
	h.started = true
	h.cancel = cancel
	h.done = make(chan struct{})
	go h.run(runCtx, h.src.Heads())
	return nil
}

// Stop ends the hub, waits for it and closes every subscription with a nil
// Err (stopped). It does not stop the source. It is idempotent.
func (h *Hub) Stop() {
	h.stopOnce.Do(func() {
		h.mu.Lock()
		h.stopped = true
		cancel, done := h.cancel, h.done
		h.mu.Unlock()
		if cancel != nil {
			cancel()
			<-done
		}
		h.end(nil) // a no-op when the hub already ended
	})
}

// Err returns the source's error when a failing source ended the hub (for a
// Follower: ErrReorgTooDeep), and nil otherwise: while it runs, after Stop or
// a cancelled context, or when the source stopped cleanly.
func (h *Hub) Err() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.endErr
}

// Stats returns the hub's counters.
func (h *Hub) Stats() HubStats {
	h.mu.Lock()
	defer h.mu.Unlock()
	return HubStats{Subscribers: len(h.subs), Events: h.events, Lagged: h.lagged}
}

// SubscribeOption adjusts one subscription.
type SubscribeOption func(*subscribeOptions)

type subscribeOptions struct {
	buffer int
}

// WithSubscriberBuffer sets this subscription's channel capacity instead of
// HubConfig.Buffer; it must be at least 1.
func WithSubscriberBuffer(n int) SubscribeOption {
	return func(o *subscribeOptions) { o.buffer = n }
}

// Subscribe attaches a subscriber. It receives every event the hub reads
// from its source after Subscribe returns — from the source's first event if
// it subscribed before Start; a late subscriber starts from the next event
// and is not sent earlier ones — until it calls Close, is cut off for lagging
// (LagError), or the hub ends.
//
// name identifies the subscriber in logs, errors and metrics; it must be
// non-empty and unique among attached subscriptions (ErrDuplicateSubscriber).
// Once the hub has ended Subscribe returns ErrHubClosed, wrapping the
// source's error if it failed.
func (h *Hub) Subscribe(name string, opts ...SubscribeOption) (*Subscription, error) {
	if name == "" {
		return nil, fmt.Errorf("%w: subscriber name must not be empty", ErrInvalidConfig)
	}
	o := subscribeOptions{buffer: h.cfg.Buffer}
	for _, opt := range opts {
		opt(&o)
	}
	if o.buffer < 1 {
		return nil, fmt.Errorf("%w: subscriber %q: buffer %d must be at least 1", ErrInvalidConfig, name, o.buffer)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ended {
		if h.endErr != nil {
			return nil, fmt.Errorf("subscribe %q: %w: source failed: %w", name, ErrHubClosed, h.endErr)
		}
		return nil, fmt.Errorf("subscribe %q: %w", name, ErrHubClosed)
	}
	for _, s := range h.subs {
		if s.name == name {
			return nil, fmt.Errorf("subscribe %q: %w", name, ErrDuplicateSubscriber)
		}
	}
	s := &Subscription{hub: h, name: name, ch: make(chan Event, o.buffer), attached: true}
	h.subs = append(h.subs, s)
	return s, nil
}

// run is the hub's only goroutine: it reads the source and fans each event
// out until the source ends or ctx is cancelled.
func (h *Hub) run(ctx context.Context, events <-chan Event) {
	defer close(h.done)
	for {
		select {
		case <-ctx.Done():
			h.end(nil)
			return
		case ev, ok := <-events:
			if !ok {
				err := h.src.Err()
				if err != nil {
					h.logger.Error("head source failed; closing every subscription", "err", err)
				} else {
					h.logger.Info("head source stopped; closing every subscription")
				}
				h.end(err)
				return
			}
			h.publish(ev)
		}
	}
}

// publish offers ev to every attached subscription without blocking and cuts
// off those whose buffer is full. Holding mu for the whole fan-out makes each
// event atomic with respect to Subscribe and Close: a subscription sees all
// of an event's deliveries or none, and is never sent to after it closed.
func (h *Hub) publish(ev Event) {
	var cut []*LagError // nil, and no allocation, unless someone lags
	h.mu.Lock()
	h.events++
	kept := h.subs[:0]
	for _, s := range h.subs {
		select {
		case s.ch <- ev:
			kept = append(kept, s)
		default:
			lag := &LagError{Subscriber: s.name, Behind: cap(s.ch) + 1, Missed: ev}
			s.detach(lag)
			h.lagged++
			cut = append(cut, lag)
		}
	}
	clear(h.subs[len(kept):])
	h.subs = kept
	h.mu.Unlock()

	for _, lag := range cut {
		h.logger.Warn("subscriber cut off: its buffer was full", "subscriber", lag.Subscriber,
			"behind", lag.Behind, "missed_kind", lag.Missed.Kind, "missed_block", blockNumber(lag.Missed))
	}
}

// end marks the hub ended and detaches every subscription with err (the
// source's error, or nil when stopped). Only the first call counts.
func (h *Hub) end(err error) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.ended {
		return
	}
	h.ended = true
	h.endErr = err
	for _, s := range h.subs {
		s.detach(err)
	}
	clear(h.subs)
	h.subs = nil
}

// remove drops s from the attached subscriptions. The caller holds mu.
func (h *Hub) remove(s *Subscription) {
	if i := slices.Index(h.subs, s); i >= 0 {
		h.subs = slices.Delete(h.subs, i, i+1)
	}
}

func blockNumber(ev Event) any {
	if ev.Header == nil {
		return nil
	}
	return ev.Header.Number
}

// Subscription is one subscriber's view of a Hub: the hub's events on its own
// channel. It is a HeadStream.
//
// Events share their *types.Header with the other subscribers: treat headers
// as read-only.
type Subscription struct {
	hub  *Hub
	name string
	ch   chan Event

	// Guarded by hub.mu.
	attached bool
	err      error
}

// Name returns the name given to Subscribe.
func (s *Subscription) Name() string { return s.name }

// Heads returns the subscription's events. It is closed when the subscriber
// calls Close, is cut off for lagging, or the hub ends; events buffered
// before then can still be read. Then Err tells why.
func (s *Subscription) Heads() <-chan Event { return s.ch }

// Err returns why Heads was closed: a *LagError (ErrSubscriberLagged) when
// the subscriber was cut off, the source's error when it failed (for a
// Follower, ErrReorgTooDeep), and nil when the subscriber closed it, the hub
// was stopped or the source stopped cleanly. Read it after Heads is closed.
func (s *Subscription) Err() error {
	s.hub.mu.Lock()
	defer s.hub.mu.Unlock()
	return s.err
}

// Close detaches the subscription and closes Heads; Err stays nil. It may
// be called at any time, also while the hub is delivering, and more than
// once.
func (s *Subscription) Close() {
	h := s.hub
	h.mu.Lock()
	defer h.mu.Unlock()
	if !s.attached {
		return
	}
	s.detach(nil)
	h.remove(s)
}

// detach records err and closes the channel; err is written before the close
// so that a reader that sees Heads closed reads it. The caller holds hub.mu.
func (s *Subscription) detach(err error) {
	s.attached = false
	s.err = err
	close(s.ch)
}
