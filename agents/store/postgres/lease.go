package pgstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/steward-agents/steward/agents/lease"
	"github.com/steward-agents/steward/agents/store/internal/rules"
)

var _ lease.Store = (*Store)(nil)

// Every expiry below is reckoned by the server's clock_timestamp() (the
// time of the statement, not of its transaction), so replicas whose clocks
// disagree still agree on who holds a lease.

// remaining is the lease's time left in microseconds (negative once expired).
const remaining = `(EXTRACT(EPOCH FROM expires_at - clock_timestamp()) * 1000000)::bigint`

// AcquireLease takes the agent's lease for owner for ttl when it is free or
// expired, with the next fencing token (1 for an agent never held), in one
// statement: of several replicas trying at once, exactly one succeeds.
func (s *Store) AcquireLease(ctx context.Context, agent, owner string, ttl time.Duration) (lease.Lease, error) {
	if err := checkLeaseArgs(agent, owner, ttl); err != nil {
		return lease.Lease{}, fmt.Errorf("acquire lease: %w", err)
	}
	l := lease.Lease{Agent: agent, Owner: owner}
	var token int64
	err := s.pool.QueryRow(ctx, `INSERT INTO agent_leases (agent, owner, token, acquired_at, expires_at)
		VALUES ($1, $2, 1, clock_timestamp(), clock_timestamp() + $3::bigint * interval '1 microsecond')
		ON CONFLICT (agent) DO UPDATE SET owner = excluded.owner, token = agent_leases.token + 1,
			acquired_at = excluded.acquired_at, expires_at = excluded.expires_at
		WHERE agent_leases.expires_at <= clock_timestamp()
		RETURNING token, expires_at`, agent, owner, ttl.Microseconds()).Scan(&token, &l.Expires)
	if errors.Is(err, pgx.ErrNoRows) {
		holder, herr := s.Lease(ctx, agent)
		if herr != nil {
			return lease.Lease{}, fmt.Errorf("acquire lease of %s: held, and reading the holder failed: %w", agent, herr)
		}
		return lease.Lease{}, &lease.HeldError{Holder: holder}
	}
	if err != nil {
		return lease.Lease{}, fmt.Errorf("acquire lease of %s: %w", agent, translate(err))
	}
	l.Token, l.Expires = uint64(token), l.Expires.UTC()
	return l, nil
}

// RenewLease extends l to ttl from now if its owner still holds it with
// its token; an expired lease nobody took since (same token) is renewed too.
func (s *Store) RenewLease(ctx context.Context, l lease.Lease, ttl time.Duration) (lease.Lease, error) {
	if err := checkLease(l, ttl); err != nil {
		return lease.Lease{}, fmt.Errorf("renew lease: %w", err)
	}
	err := s.pool.QueryRow(ctx, `UPDATE agent_leases
		SET expires_at = clock_timestamp() + $4::bigint * interval '1 microsecond'
		WHERE agent = $1 AND owner = $2 AND token = $3 RETURNING expires_at`,
		l.Agent, l.Owner, int64(l.Token), ttl.Microseconds()).Scan(&l.Expires)
	if errors.Is(err, pgx.ErrNoRows) {
		return lease.Lease{}, fmt.Errorf("renew %s: %w", l, lease.ErrLost)
	}
	if err != nil {
		return lease.Lease{}, fmt.Errorf("renew %s: %w", l, translate(err))
	}
	l.Expires = l.Expires.UTC()
	return l, nil
}

// ReleaseLease ends l now if it is still held, keeping its token (the next
// acquisition takes the one after it).
func (s *Store) ReleaseLease(ctx context.Context, l lease.Lease) error {
	if err := checkLease(l, time.Second); err != nil {
		return fmt.Errorf("release lease: %w", err)
	}
	_, err := s.pool.Exec(ctx, `UPDATE agent_leases SET expires_at = clock_timestamp()
		WHERE agent = $1 AND owner = $2 AND token = $3 AND expires_at > clock_timestamp()`,
		l.Agent, l.Owner, int64(l.Token))
	if err != nil {
		return fmt.Errorf("release %s: %w", l, translate(err))
	}
	return nil
}

// CheckLease returns l's time left if its owner holds it with its token
// and more than margin is left, else lease.ErrLost.
func (s *Store) CheckLease(ctx context.Context, l lease.Lease, margin time.Duration) (time.Duration, error) {
	if err := checkLease(l, time.Second); err != nil {
		return 0, fmt.Errorf("check lease: %w", err)
	}
	return leftOf(ctx, s.pool, l, margin, ``)
}

// ClaimBlock records that l's holder submits the agent's decision at block
// under key, in one transaction with the check of CheckLease. The lease row
// is locked FOR SHARE by the check, so no acquisition can take the lease
// between the check and the commit: a claim committed is a claim made
// under a lease held.
func (s *Store) ClaimBlock(ctx context.Context, l lease.Lease, margin time.Duration, block uint64, key string) error {
	if err := checkLease(l, time.Second); err != nil {
		return fmt.Errorf("claim block: %w", err)
	}
	n, err := rules.Int64("block", block)
	if err != nil {
		return fmt.Errorf("claim block: %w", err)
	}
	if key == "" {
		return fmt.Errorf("claim block: %w", rules.Invalid("key is empty"))
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := leftOf(ctx, tx, l, margin, ` FOR SHARE`); err != nil {
			return err
		}
		tag, err := tx.Exec(ctx, `INSERT INTO lease_claims (agent, block_number, idem_key, owner, token, claimed_at)
			VALUES ($1, $2, $3, $4, $5, clock_timestamp()) ON CONFLICT DO NOTHING`,
			l.Agent, n, key, l.Owner, int64(l.Token))
		if err != nil {
			return fmt.Errorf("claim block %d of %s: %w", block, l.Agent, translate(err))
		}
		if tag.RowsAffected() == 1 {
			return nil
		}
		// The block or the key is claimed: by this key (a retry), or not.
		c, err := scanClaim(tx.QueryRow(ctx, `SELECT `+claimColumns+` FROM lease_claims
			WHERE (agent = $1 AND block_number = $2) OR idem_key = $3 ORDER BY (idem_key = $3) DESC LIMIT 1`, l.Agent, n, key))
		if err != nil {
			return fmt.Errorf("claim block %d of %s: read the claim in force: %w", block, l.Agent, translate(err))
		}
		if c.Key == key && c.Agent == l.Agent && c.Block == block {
			return nil
		}
		return &lease.ClaimedError{Claim: c}
	})
}

// Lease reads the agent's lease row, held or not.
func (s *Store) Lease(ctx context.Context, agent string) (lease.Lease, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return lease.Lease{}, fmt.Errorf("lease: %w", err)
	}
	l := lease.Lease{Agent: agent}
	var token int64
	err := s.pool.QueryRow(ctx, `SELECT owner, token, expires_at FROM agent_leases WHERE agent = $1`, agent).
		Scan(&l.Owner, &token, &l.Expires)
	if errors.Is(err, pgx.ErrNoRows) {
		return lease.Lease{}, rules.NotFound("lease of agent", agent)
	}
	if err != nil {
		return lease.Lease{}, fmt.Errorf("lease of %s: %w", agent, translate(err))
	}
	l.Token, l.Expires = uint64(token), l.Expires.UTC()
	return l, nil
}

// Claims lists the agent's claims in block order.
func (s *Store) Claims(ctx context.Context, agent string) ([]lease.Claim, error) {
	if err := rules.CheckAgent(agent); err != nil {
		return nil, fmt.Errorf("claims: %w", err)
	}
	rows, err := s.pool.Query(ctx, `SELECT `+claimColumns+` FROM lease_claims WHERE agent = $1 ORDER BY block_number`, agent)
	if err != nil {
		return nil, fmt.Errorf("claims of %s: %w", agent, translate(err))
	}
	defer rows.Close()
	var out []lease.Claim
	for rows.Next() {
		c, err := scanClaim(rows)
		if err != nil {
			return nil, fmt.Errorf("claims of %s: %w", agent, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claims of %s: %w", agent, translate(err))
	}
	return out, nil
}

// querier is what a pool and a transaction have in common here.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// leftOf reads l's time left, refusing (lease.ErrLost) a lease not held
// with its token or with no more than margin left. lock is appended to the
// query (" FOR SHARE" inside a claim).
func leftOf(ctx context.Context, q querier, l lease.Lease, margin time.Duration, lock string) (time.Duration, error) {
	var micros int64
	err := q.QueryRow(ctx, `SELECT `+remaining+` FROM agent_leases
		WHERE agent = $1 AND owner = $2 AND token = $3`+lock, l.Agent, l.Owner, int64(l.Token)).Scan(&micros)
	if errors.Is(err, pgx.ErrNoRows) {
		return 0, fmt.Errorf("%s: taken over or never held: %w", l, lease.ErrLost)
	}
	if err != nil {
		return 0, fmt.Errorf("check %s: %w", l, translate(err))
	}
	left := time.Duration(micros) * time.Microsecond
	if left <= margin {
		return 0, fmt.Errorf("%s: %s left, not more than the margin %s: %w", l, left, margin, lease.ErrLost)
	}
	return left, nil
}

const claimColumns = `agent, block_number, idem_key, owner, token, claimed_at`

func scanClaim(sc rowScanner) (lease.Claim, error) {
	var (
		c            lease.Claim
		block, token int64
	)
	if err := sc.Scan(&c.Agent, &block, &c.Key, &c.Owner, &token, &c.At); err != nil {
		return c, err
	}
	c.Block, c.Token, c.At = uint64(block), uint64(token), c.At.UTC()
	return c, nil
}

// checkLeaseArgs refuses an empty agent or owner and a TTL below a millisecond.
func checkLeaseArgs(agent, owner string, ttl time.Duration) error {
	if err := rules.CheckAgent(agent); err != nil {
		return err
	}
	if owner == "" {
		return rules.Invalid("owner is empty")
	}
	if ttl < time.Millisecond {
		return rules.Invalid("lease TTL %s is below 1ms", ttl)
	}
	return nil
}

// checkLease refuses a lease that no acquisition can have returned.
func checkLease(l lease.Lease, ttl time.Duration) error {
	if err := checkLeaseArgs(l.Agent, l.Owner, ttl); err != nil {
		return err
	}
	if _, err := rules.Int64("token", l.Token); err != nil || l.Token == 0 {
		return rules.Invalid("lease token %d is out of range", l.Token)
	}
	return nil
}
