package lease

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// Lease is one replica's hold on one agent, as the store keeps it.
type Lease struct {
	// Agent is the agent the lease is of.
	Agent string
	// Owner names the replica that holds (or last held) it.
	Owner string
	// Token is the fencing token: one more at every acquisition, never less.
	Token uint64
	// Expires is when the lease ends, by the store's clock.
	Expires time.Time
}

// String names the lease for logs and errors.
func (l Lease) String() string {
	return fmt.Sprintf("lease of agent %s held by %s (token %d)", l.Agent, l.Owner, l.Token)
}

// Claim is a lease holder's record that it submitted an agent's decision at
// one block: the store keeps at most one per agent and block.
type Claim struct {
	Agent string
	Block uint64
	// Key is the idempotency key of the decision's transaction.
	Key string
	// Owner and Token are the lease the claim was made under.
	Owner string
	Token uint64
	// At is when the claim was made, by the store's clock.
	At time.Time
}

// Store keeps the leases; the PostgreSQL store (agents/store/postgres) has
// them. Every time is the store's: no replica's clock decides an expiry.
type Store interface {
	// AcquireLease takes the agent's lease for owner for ttl when no one
	// holds it or its holder's has expired, with the next fencing token.
	// Otherwise it returns a *HeldError naming the holder (ErrHeld).
	AcquireLease(ctx context.Context, agent, owner string, ttl time.Duration) (Lease, error)
	// RenewLease extends l to ttl from now if l's owner still holds it with
	// l's token (an expired lease nobody took since may be renewed: its
	// token proves no one else held it). Otherwise it returns ErrLost.
	RenewLease(ctx context.Context, l Lease, ttl time.Duration) (Lease, error)
	// ReleaseLease ends l now, keeping its token, so a standby takes the
	// agent at once. A lease no longer held is not an error.
	ReleaseLease(ctx context.Context, l Lease) error
	// CheckLease returns how long l has left, by the store's clock, if its
	// owner still holds it with its token and more than margin is left;
	// otherwise ErrLost.
	CheckLease(ctx context.Context, l Lease, margin time.Duration) (time.Duration, error)
	// ClaimBlock records, in one transaction with the check CheckLease
	// makes, that l's holder submits the agent's decision at block under
	// key. It returns ErrLost when the check fails, a *ClaimedError
	// (ErrClaimed) when another key claimed the block, and nil when this
	// key already has (a retry).
	ClaimBlock(ctx context.Context, l Lease, margin time.Duration, block uint64, key string) error
	// Lease reads the agent's lease row, held or not (store's ErrNotFound
	// when no replica ever held it).
	Lease(ctx context.Context, agent string) (Lease, error)
	// Claims lists the agent's claims in block order.
	Claims(ctx context.Context, agent string) ([]Claim, error)
}

var (
	// ErrHeld is returned by AcquireLease when another replica holds the lease.
	ErrHeld = errors.New("lease: held by another replica")
	// ErrLost is returned when a replica asks for what only a holder may do
	// (renew, check, claim) and no longer holds the lease with its token,
	// or holds it with too little time left.
	ErrLost = errors.New("lease: not held")
	// ErrClaimed is returned by ClaimBlock when a decision of the agent at
	// that block was already submitted under another key.
	ErrClaimed = errors.New("lease: block already claimed")
)

// HeldError is an acquisition refused because another replica holds the lease.
type HeldError struct {
	// Holder is the lease in force.
	Holder Lease
}

// Error names the holder and its token.
func (e *HeldError) Error() string {
	return fmt.Sprintf("lease of agent %s: held by %s (token %d) until %s", e.Holder.Agent, e.Holder.Owner,
		e.Holder.Token, e.Holder.Expires.Format(time.RFC3339Nano))
}

// Unwrap returns ErrHeld.
func (e *HeldError) Unwrap() error { return ErrHeld }

// ClaimedError is a submission refused because the agent's decision at the
// block was already submitted.
type ClaimedError struct {
	// Claim is the claim in force.
	Claim Claim
}

// Error names the block and who claimed it.
func (e *ClaimedError) Error() string {
	return fmt.Sprintf("agent %s at block %d: a decision was already submitted (%s, by %s with token %d)",
		e.Claim.Agent, e.Claim.Block, e.Claim.Key, e.Claim.Owner, e.Claim.Token)
}

// Unwrap returns ErrClaimed.
func (e *ClaimedError) Unwrap() error { return ErrClaimed }
