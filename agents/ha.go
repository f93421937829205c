package agents

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"github.com/steward-agents/steward/agents/lease"
	"github.com/steward-agents/steward/chain/txmgr"
)

// High availability (issue 14): two or more replicas — processes running
// the same agents against one PostgreSQL database — each run an agent only
// while they hold its lease (agents/lease):
//
//	          Acquire refused (holder alive)
//	          ┌──────┐
//	          ▼      │
//	 start ─▶ standby ──Acquire──▶ owner: Recover, run the agent; renew the
//	          ▲                     │     lease at every head and every Renew
//	          │                     │
//	          └── lost ◀────────────┤  renewal refused (taken over), or none
//	              (agent stopped,   │  succeeded in time
//	               nothing sent)    │
//	                                └─ ctx ends / --blocks done ─▶ release ─▶ exit
//
// A replica that dies keeps its lease until it expires (TTL); a standby
// then takes it with the next fencing token and starts the agent from the
// store, as a restart would (Recover: the outbox reconciles, the decision
// in flight is resumed). While it owns the agent, every send is fenced:
// the executor claims the decision's block (Replica.Claim) and the outbox
// asks Replica.Admit before every broadcast, each checked in PostgreSQL
// against the lease and its token (see agents/lease's documentation for
// what is guaranteed).

// minTTL is the shortest default lease: a shorter one would make a
// database hiccup of a second look like a dead replica.
const minTTL = time.Second

// ReplicaConfig configures a Replica.
type ReplicaConfig struct {
	// ID names this replica in the lease rows. Required (`steward run`
	// defaults it to hostname-pid).
	ID string
	// TTL of each agent's lease: a dead owner is replaced within about
	// 1.25 TTL. Defaults to three blocks of the agent's chain, measured
	// over its last 20 heads (at least 1s), or 3s when they do not tell.
	TTL time.Duration
	// Margin, Renew and Retry are lease.Config's; they default from TTL.
	Margin, Renew, Retry time.Duration
	// OnLease, when set, is told every change of an agent's lease on this
	// replica, for people (`steward run` prints them). It is called from
	// the agents' goroutines.
	OnLease func(LeaseEvent)
}

// LeaseState is where an agent stands on this replica.
type LeaseState string

// Lease states of a LeaseEvent.
const (
	LeaseStandby  LeaseState = "standby"  // another replica holds the lease: waiting for it
	LeaseOwner    LeaseState = "owner"    // acquired: the agent runs here
	LeaseLost     LeaseState = "lost"     // taken over or not renewed in time: the agent stopped here
	LeaseReleased LeaseState = "released" // given back at a stop, for a standby to take at once
)

// LeaseEvent is a change of an agent's lease on this replica.
type LeaseEvent struct {
	Agent   string
	Replica string
	State   LeaseState
	// Lease is this replica's lease, or the holder's when State is standby.
	Lease lease.Lease
	// Err says why the lease was lost.
	Err error
}

// Replica is this process's side of HA: one lease keeper per agent it
// runs, and the fence of its outboxes (txmgr.Fence) and executors
// (Claimer). Agents of one process share it (RunOptions.HA). Safe for
// concurrent use.
type Replica struct {
	cfg    ReplicaConfig
	logger *slog.Logger

	mu      sync.Mutex
	keepers map[string]*lease.Keeper
}

var (
	_ txmgr.Fence = (*Replica)(nil)
	_ Claimer     = (*Replica)(nil)
)

// NewReplica returns the replica cfg.ID, holding no lease yet.
func NewReplica(cfg ReplicaConfig, logger *slog.Logger) (*Replica, error) {
	if cfg.ID == "" {
		return nil, errors.New("agents: ReplicaConfig.ID is required")
	}
	if cfg.TTL < 0 {
		return nil, errors.New("agents: ReplicaConfig.TTL must be >= 0")
	}
	if logger == nil {
		logger = slog.Default()
	}
	return &Replica{cfg: cfg, logger: logger, keepers: map[string]*lease.Keeper{}}, nil
}

// ID names the replica.
func (r *Replica) ID() string { return r.cfg.ID }

// Admit lets a broadcast for agent through only if this replica holds the
// agent's lease with its token and more than the margin left, checked in
// the store; it returns how long the broadcast may take. A refusal wraps
// txmgr.ErrFenced when the replica does not hold the lease.
func (r *Replica) Admit(ctx context.Context, agent string) (time.Duration, error) {
	k, err := r.keeperOf(agent)
	if err != nil {
		return 0, err
	}
	within, err := k.Admit(ctx)
	if errors.Is(err, lease.ErrLost) {
		return 0, fmt.Errorf("%w: %w", txmgr.ErrFenced, err)
	}
	return within, err
}

// Claim records, atomically with the check Admit makes, that this replica
// submits agent's decision at block under key: the store refuses a second
// claim of the block (lease.ErrClaimed), whichever replica makes it.
func (r *Replica) Claim(ctx context.Context, agent string, block uint64, key string) error {
	k, err := r.keeperOf(agent)
	if err != nil {
		return err
	}
	return k.Claim(ctx, block, key)
}

func (r *Replica) keeperOf(agent string) (*lease.Keeper, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	k, ok := r.keepers[agent]
	if !ok {
		return nil, fmt.Errorf("%w: replica %s runs no agent %s", txmgr.ErrFenced, r.cfg.ID, agent)
	}
	return k, nil
}

// join makes the keeper of agent's lease, its TTL defaulting to three
// blocks of node's chain.
func (r *Replica) join(ctx context.Context, agent string, leases lease.Store, node txmgr.Backend) (*lease.Keeper, error) {
	ttl := r.cfg.TTL
	if ttl == 0 {
		ttl = defaultTTL(ctx, node)
	}
	k, err := lease.New(lease.Config{Agent: agent, Owner: r.cfg.ID, TTL: ttl, Margin: r.cfg.Margin,
		Renew: r.cfg.Renew, Retry: r.cfg.Retry}, leases, r.logger)
	if err != nil {
		return nil, fmt.Errorf("agent %s: %w", agent, err)
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.keepers[agent]; ok {
		return nil, fmt.Errorf("agent %s already runs on replica %s", agent, r.cfg.ID)
	}
	r.keepers[agent] = k
	return k, nil
}

func (r *Replica) leave(agent string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	delete(r.keepers, agent)
}

func (r *Replica) tell(e LeaseEvent) {
	e.Replica = r.cfg.ID
	if r.cfg.OnLease != nil {
		r.cfg.OnLease(e)
	}
}

// defaultTTL is three blocks of the chain, measured over its last 20
// heads' timestamps, at least minTTL; 3s when the chain is too young or
// its timestamps do not tell (sub-second blocks share a second).
func defaultTTL(ctx context.Context, node txmgr.Backend) time.Duration {
	const span, fallback = 20, 3 * time.Second
	head, err := node.HeaderByNumber(ctx, nil)
	if err != nil || head.Number.Uint64() < span {
		return fallback
	}
	old, err := node.HeaderByNumber(ctx, new(big.Int).SetUint64(head.Number.Uint64()-span))
	if err != nil || old.Time >= head.Time {
		return fallback
	}
	block := time.Duration(head.Time-old.Time) * time.Second / span
	return max(3*block, minTTL)
}

// runHA runs the agent whenever this replica holds its lease (see the
// state diagram above) until ctx ends or p.Blocks heads have been ticked
// over all the times it owned it. It returns what every ownership did.
func runHA(ctx context.Context, p RunParams) (Summary, error) {
	if p.Logger == nil {
		p.Logger = slog.Default()
	}
	leases, ok := p.Store.(lease.Store)
	if !ok {
		return Summary{}, fmt.Errorf("agent %s: HA needs a store that keeps leases (PostgreSQL); %T does not", p.Name, p.Store)
	}
	k, err := p.HA.join(ctx, p.Name, leases, p.Node)
	if err != nil {
		return Summary{}, err
	}
	defer p.HA.leave(p.Name)
	if p.Metrics != nil {
		g := leaseGauge(p.Name, p.HA.ID(), k)
		if err := p.Metrics.Register(g); err != nil {
			return Summary{}, fmt.Errorf("register lease metrics: %w", err)
		}
		defer p.Metrics.Unregister(g)
	}
	if p.Parts == nil {
		// Parts of its own, so the follower and the outbox (and its
		// metrics) outlive each ownership instead of being built anew.
		parts := NewParts(p.Logger)
		defer parts.Close()
		p.Parts = parts
	}
	var total Summary
	for {
		l, err := k.Acquire(ctx, func(holder lease.Lease) {
			p.HA.tell(LeaseEvent{Agent: p.Name, State: LeaseStandby, Lease: holder})
		})
		if err != nil {
			return total, nil // ended in standby, as Run ends with ctx
		}
		p.HA.tell(LeaseEvent{Agent: p.Name, State: LeaseOwner, Lease: l})
		sum, lost, err := own(ctx, k, p)
		total.merge(sum)
		if lost != nil {
			p.HA.tell(LeaseEvent{Agent: p.Name, State: LeaseLost, Lease: l, Err: lost})
			if ctx.Err() != nil {
				return total, nil
			}
			if p.Blocks > 0 {
				used := uint64(sum.Ticks + sum.Dropped)
				if used >= p.Blocks {
					return total, nil
				}
				p.Blocks -= used
			}
			continue
		}
		// Stopped (ctx, --blocks) or failed while owning: give the lease
		// back so a standby takes the agent now rather than at expiry.
		rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
		if rerr := k.Release(rctx); rerr != nil {
			p.Logger.Warn("could not release the lease; it expires by itself", "agent", p.Name, "err", rerr)
		} else {
			p.HA.tell(LeaseEvent{Agent: p.Name, State: LeaseReleased, Lease: l})
		}
		cancel()
		if ctx.Err() != nil {
			return total, nil // interrupted, perhaps mid-start: as Run ends with ctx
		}
		return total, err
	}
}

// own runs the agent while k holds its lease: k renews it at every tick
// and every Renew, and the agent stops when the lease is lost (lost says
// why) or ctx ends.
func own(ctx context.Context, k *lease.Keeper, p RunParams) (sum Summary, lost, err error) {
	owned, cancel := context.WithCancel(ctx)
	defer cancel()
	kept := make(chan error, 1)
	go func() {
		err := k.Keep(owned)
		cancel() // a lost lease stops the agent
		kept <- err
	}()
	report := p.Report
	p.Report = func(r Report) {
		k.Kick() // renew at every head
		if report != nil {
			report(r)
		}
	}
	sum, err = run(owned, p)
	cancel()
	if kerr := <-kept; errors.Is(kerr, lease.ErrLost) {
		p.Logger.Warn("lease lost: the agent stopped here; standby", "agent", p.Name, "replica", p.HA.ID(), "err", kerr)
		return sum, kerr, nil
	}
	return sum, nil, err
}

// merge adds what another run (another ownership of the agent) did.
func (s *Summary) merge(o Summary) {
	if o.Ticks > 0 {
		if s.Ticks == 0 || o.FirstBlock < s.FirstBlock {
			s.FirstBlock = o.FirstBlock
		}
		s.LastBlock = max(s.LastBlock, o.LastBlock)
	}
	s.Ticks += o.Ticks
	s.Dropped += o.Dropped
	if len(o.Stages) > 0 && s.Stages == nil {
		s.Stages = map[Stage]int{}
	}
	for st, n := range o.Stages {
		s.Stages[st] += n
	}
	s.Confirmed += o.Confirmed
	s.Reverted += o.Reverted
	s.GasUsed += o.GasUsed
	s.Txs = append(s.Txs, o.Txs...)
	// What was left is what the last run left.
	s.Unsettled, s.Abandoned, s.Open, s.Drained = o.Unsettled, o.Abandoned, o.Open, o.Drained
}

// leaseGauge exports whether this replica owns the agent now (1) or
// stands by (0): steward_lease_owner{agent,replica}.
func leaseGauge(agent, replica string, k *lease.Keeper) prometheus.Collector {
	return prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "steward_lease_owner", Help: "1 while this replica holds the agent's lease, 0 while it stands by.",
		ConstLabels: prometheus.Labels{"agent": agent, "replica": replica},
	}, func() float64 {
		if _, held := k.Held(); held {
			return 1
		}
		return 0
	})
}
