package lease

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Config configures a Keeper.
type Config struct {
	// Agent is the agent whose lease is kept. Required.
	Agent string
	// Owner names this replica. Required.
	Owner string
	// TTL is how long an acquisition or a renewal holds the lease: a
	// replica that dies is replaced within about TTL + Retry. Defaults to 3s.
	TTL time.Duration
	// Margin is the least lease time a send needs left (CheckLease,
	// ClaimBlock); Admit lets a broadcast run until only Margin is left, so
	// the margin absorbs the check's way back and any difference between
	// the store's clock rate and ours. Defaults to TTL/3.
	Margin time.Duration
	// Renew is the interval between renewals when no Kick comes sooner.
	// It must be below TTL - Margin, or sends would be refused between
	// renewals. Defaults to TTL/3.
	Renew time.Duration
	// Retry is the interval between a standby's acquisition attempts (and
	// between renewals after one failed). Defaults to TTL/4.
	Retry time.Duration
}

func (c *Config) validate() error {
	var errs []error
	if c.Agent == "" {
		errs = append(errs, errors.New("lease: Config.Agent is required"))
	}
	if c.Owner == "" {
		errs = append(errs, errors.New("lease: Config.Owner is required"))
	}
	if c.TTL < 0 || c.Margin < 0 || c.Renew < 0 || c.Retry < 0 {
		errs = append(errs, errors.New("lease: Config durations must be >= 0"))
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if c.TTL == 0 {
		c.TTL = 3 * time.Second
	}
	if c.Margin == 0 {
		c.Margin = c.TTL / 3
	}
	if c.Renew == 0 {
		c.Renew = c.TTL / 3
	}
	if c.Retry == 0 {
		c.Retry = c.TTL / 4
	}
	if c.Margin >= c.TTL {
		return fmt.Errorf("lease: Config.Margin %s must be below TTL %s", c.Margin, c.TTL)
	}
	if c.Renew >= c.TTL-c.Margin {
		return fmt.Errorf("lease: Config.Renew %s must be below TTL - Margin (%s)", c.Renew, c.TTL-c.Margin)
	}
	if c.Retry <= 0 || c.Renew <= 0 {
		return fmt.Errorf("lease: Config.TTL %s is too short", c.TTL)
	}
	return nil
}

// Keeper is one replica's side of one agent's lease: it waits for it in
// standby (Acquire), keeps it (Keep, Kick), answers the fence (Admit,
// Claim) and gives it back (Release). Safe for concurrent use; Acquire and
// Keep run one at a time.
type Keeper struct {
	cfg    Config
	st     Store
	logger *slog.Logger
	kick   chan struct{}

	mu   sync.Mutex
	held *Lease // nil in standby
	// valid is when the held lease ends by this replica's own (monotonic)
	// reckoning: the start of its last successful acquisition or renewal
	// plus TTL, never later than the store's expiry.
	valid time.Time
}

// New returns a Keeper of cfg.Agent's lease for replica cfg.Owner, in standby.
func New(cfg Config, st Store, logger *slog.Logger) (*Keeper, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if st == nil {
		return nil, errors.New("lease: New needs a store")
	}
	if logger == nil {
		logger = slog.Default()
	}
	return &Keeper{cfg: cfg, st: st, kick: make(chan struct{}, 1),
		logger: logger.With("agent", cfg.Agent, "replica", cfg.Owner)}, nil
}

// Config returns the keeper's config, defaults filled in.
func (k *Keeper) Config() Config { return k.cfg }

// Held returns the lease this replica holds, if it holds it.
func (k *Keeper) Held() (Lease, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.held == nil {
		return Lease{}, false
	}
	return *k.held, true
}

// set records a held lease, acquired or renewed by a call started at start.
func (k *Keeper) set(l Lease, start time.Time) {
	k.mu.Lock()
	defer k.mu.Unlock()
	k.held, k.valid = &l, start.Add(k.cfg.TTL)
}

// drop forgets the held lease: from now on Admit and Claim refuse.
func (k *Keeper) drop() (Lease, bool) {
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.held == nil {
		return Lease{}, false
	}
	l := *k.held
	k.held = nil
	return l, true
}

// Acquire waits in standby until this replica holds the lease, trying now
// and then every Retry. standby, when set, is called with the holder each
// time the replica starts waiting for another holder (not at every retry).
// It returns ctx.Err() when ctx ends first.
func (k *Keeper) Acquire(ctx context.Context, standby func(holder Lease)) (Lease, error) {
	var waiting Lease
	for {
		start := time.Now()
		l, err := k.st.AcquireLease(ctx, k.cfg.Agent, k.cfg.Owner, k.cfg.TTL)
		if err == nil {
			k.set(l, start)
			k.logger.Info("lease acquired", "token", l.Token, "expires", l.Expires)
			return l, nil
		}
		var held *HeldError
		switch {
		case ctx.Err() != nil:
			return Lease{}, ctx.Err()
		case errors.As(err, &held):
			if held.Holder.Owner != waiting.Owner || held.Holder.Token != waiting.Token {
				waiting = held.Holder
				k.logger.Info("standby: another replica holds the lease", "holder", held.Holder.Owner, "token", held.Holder.Token)
				if standby != nil {
					standby(held.Holder)
				}
			}
		default:
			k.logger.Warn("lease acquisition failed; retrying", "err", err, "retry", k.cfg.Retry)
		}
		select {
		case <-ctx.Done():
			return Lease{}, ctx.Err()
		case <-time.After(k.cfg.Retry):
		}
	}
}

// Kick asks Keep to renew now (the runner kicks at every head). It never blocks.
func (k *Keeper) Kick() {
	select {
	case k.kick <- struct{}{}:
	default:
	}
}

// Keep renews the held lease every Renew, and at once after a Kick, until
// ctx ends or the lease is lost. When ctx ends it returns ctx.Err() still
// holding the lease (Release it, or let it expire). The lease is lost when
// the store refuses a renewal (another replica took it), or when no renewal
// has succeeded for so long that, by this replica's own reckoning, no more
// than Margin is left; Keep then holds nothing and returns an error
// wrapping ErrLost.
func (k *Keeper) Keep(ctx context.Context) error {
	l, ok := k.Held()
	if !ok {
		return fmt.Errorf("lease of agent %s: keep: %w", k.cfg.Agent, ErrLost)
	}
	timer := time.NewTimer(k.cfg.Renew)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timer.C:
		case <-k.kick:
		}
		k.mu.Lock()
		deadline := k.valid.Add(-k.cfg.Margin)
		k.mu.Unlock()
		start := time.Now()
		// A renewal that hangs must not outlive what is left of the lease.
		rctx, cancel := context.WithDeadline(ctx, deadline)
		next, err := k.st.RenewLease(rctx, l, k.cfg.TTL)
		cancel()
		switch {
		case err == nil:
			l = next
			k.set(l, start)
			timer.Reset(k.cfg.Renew)
			continue
		case ctx.Err() != nil:
			return ctx.Err()
		case errors.Is(err, ErrLost):
			k.drop()
			k.logger.Warn("lease lost: renewal refused", "token", l.Token)
			return fmt.Errorf("%s: renewal refused: %w", l, err)
		case !time.Now().Before(deadline):
			k.drop()
			k.logger.Warn("lease lost: no renewal in time", "token", l.Token, "err", err)
			return fmt.Errorf("%s: no renewal succeeded before it ran short (%v): %w", l, err, ErrLost)
		}
		k.logger.Warn("lease renewal failed; retrying", "token", l.Token, "err", err, "retry", k.cfg.Retry)
		timer.Reset(k.cfg.Retry)
	}
}

// Release gives the lease back at once, so a standby takes the agent
// without waiting for it to expire. Call it after Keep has returned.
// Releasing a lease not held is a no-op.
func (k *Keeper) Release(ctx context.Context) error {
	l, ok := k.drop()
	if !ok {
		return nil
	}
	if err := k.st.ReleaseLease(ctx, l); err != nil {
		return fmt.Errorf("release %s: %w", l, err)
	}
	k.logger.Info("lease released", "token", l.Token)
	return nil
}

// Admit is the fence before a broadcast: it checks in the store that this
// replica still holds the lease with its token and more than Margin left,
// and returns how long the broadcast may take (what is left minus Margin).
// It returns an error wrapping ErrLost when the replica may not send.
func (k *Keeper) Admit(ctx context.Context) (time.Duration, error) {
	l, ok := k.Held()
	if !ok {
		return 0, fmt.Errorf("replica %s does not hold the lease of agent %s: %w", k.cfg.Owner, k.cfg.Agent, ErrLost)
	}
	left, err := k.st.CheckLease(ctx, l, k.cfg.Margin)
	if err != nil {
		return 0, err
	}
	return left - k.cfg.Margin, nil
}

// Claim records, atomically with the check Admit makes, that this replica
// submits the agent's decision at block under key (Store.ClaimBlock).
func (k *Keeper) Claim(ctx context.Context, block uint64, key string) error {
	l, ok := k.Held()
	if !ok {
		return fmt.Errorf("replica %s does not hold the lease of agent %s: %w", k.cfg.Owner, k.cfg.Agent, ErrLost)
	}
	return k.st.ClaimBlock(ctx, l, k.cfg.Margin, block, key)
}
