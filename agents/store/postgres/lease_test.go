package pgstore_test

import (
	"errors"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents/lease"
	"github.com/steward-agents/steward/agents/store"
)

func TestLeaseAcquireRenewExpireRelease(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := t.Context()
	const ttl = 300 * time.Millisecond

	if _, err := s.Lease(ctx, "mm"); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("lease of an agent never held: %v, want ErrNotFound", err)
	}
	a, err := s.AcquireLease(ctx, "mm", "r1", ttl)
	if err != nil {
		t.Fatal(err)
	}
	if a.Token != 1 || a.Owner != "r1" || a.Agent != "mm" {
		t.Fatalf("first acquisition = %+v, want token 1 for r1", a)
	}
	// Held: another replica, or the same one again, is refused with the holder.
	for _, owner := range []string{"r2", "r1"} {
		_, err := s.AcquireLease(ctx, "mm", owner, ttl)
		var held *lease.HeldError
		if !errors.As(err, &held) || !errors.Is(err, lease.ErrHeld) || held.Holder.Owner != "r1" || held.Holder.Token != 1 {
			t.Fatalf("%s acquiring a held lease: %v, want HeldError naming r1 token 1", owner, err)
		}
	}
	// Another agent's lease is its own.
	if b, err := s.AcquireLease(ctx, "other", "r2", ttl); err != nil || b.Token != 1 {
		t.Fatalf("another agent: %+v, %v", b, err)
	}

	renewed, err := s.RenewLease(ctx, a, ttl)
	if err != nil || !renewed.Expires.After(a.Expires) || renewed.Token != 1 {
		t.Fatalf("renew = %+v, %v; want a later expiry, same token", renewed, err)
	}
	left, err := s.CheckLease(ctx, renewed, 50*time.Millisecond)
	if err != nil || left <= 50*time.Millisecond || left > ttl {
		t.Fatalf("check = %s, %v; want between the margin and the TTL", left, err)
	}
	if _, err := s.CheckLease(ctx, renewed, ttl); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("check with a margin as long as the TTL: %v, want ErrLost", err)
	}
	forged := renewed
	forged.Token = 7
	if _, err := s.CheckLease(ctx, forged, 0); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("check with another token: %v, want ErrLost", err)
	}
	if _, err := s.RenewLease(ctx, forged, ttl); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("renew with another token: %v, want ErrLost", err)
	}

	// Expired: checks fail; the owner may still renew it (no one took it:
	// same token), until another replica acquires it with the next token.
	time.Sleep(ttl + 50*time.Millisecond)
	if _, err := s.CheckLease(ctx, renewed, 0); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("check of an expired lease: %v, want ErrLost", err)
	}
	if again, err := s.RenewLease(ctx, renewed, ttl); err != nil || again.Token != 1 {
		t.Fatalf("renewing an expired lease nobody took: %+v, %v", again, err)
	}
	time.Sleep(ttl + 50*time.Millisecond)
	b, err := s.AcquireLease(ctx, "mm", "r2", ttl)
	if err != nil || b.Token != 2 || b.Owner != "r2" {
		t.Fatalf("take-over after expiry = %+v, %v; want token 2 for r2", b, err)
	}
	if _, err := s.RenewLease(ctx, renewed, ttl); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("the old owner renewing after a take-over: %v, want ErrLost", err)
	}
	// The old owner's release does not touch the new owner's lease.
	if err := s.ReleaseLease(ctx, renewed); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CheckLease(ctx, b, 0); err != nil {
		t.Fatalf("the new owner's lease after the old owner's release: %v", err)
	}

	// Released: free at once, and the token goes on from where it was.
	if err := s.ReleaseLease(ctx, b); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CheckLease(ctx, b, 0); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("check after release: %v, want ErrLost", err)
	}
	c, err := s.AcquireLease(ctx, "mm", "r1", ttl)
	if err != nil || c.Token != 3 {
		t.Fatalf("acquisition after release = %+v, %v; want token 3", c, err)
	}
	if got, err := s.Lease(ctx, "mm"); err != nil || got.Token != 3 || got.Owner != "r1" {
		t.Fatalf("lease row = %+v, %v", got, err)
	}
}

// Many replicas racing for one lease, again and again: each round exactly
// one wins, and the tokens the winners get are 1, 2, 3 … with no repeat.
func TestLeaseTokensAreMonotonicUnderContention(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := t.Context()
	const replicas, rounds = 6, 10
	var tokens []uint64
	for round := range rounds {
		var (
			wg  sync.WaitGroup
			mu  sync.Mutex
			won []lease.Lease
		)
		for r := range replicas {
			wg.Go(func() {
				l, err := s.AcquireLease(ctx, "mm", fmt.Sprintf("r%d", r), time.Minute)
				if err != nil && !errors.Is(err, lease.ErrHeld) {
					t.Errorf("round %d, r%d: %v", round, r, err)
					return
				}
				if err == nil {
					mu.Lock()
					won = append(won, l)
					mu.Unlock()
				}
			})
		}
		wg.Wait()
		if len(won) != 1 {
			t.Fatalf("round %d: %d replicas acquired the lease: %+v", round, len(won), won)
		}
		tokens = append(tokens, won[0].Token)
		if err := s.ReleaseLease(ctx, won[0]); err != nil {
			t.Fatal(err)
		}
	}
	for i, tok := range tokens {
		if tok != uint64(i+1) {
			t.Fatalf("tokens %v: want 1..%d in order", tokens, rounds)
		}
	}
}

func TestLeaseClaimOncePerBlock(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := t.Context()
	const ttl = 300 * time.Millisecond
	a, err := s.AcquireLease(ctx, "mm", "r1", ttl)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ClaimBlock(ctx, a, 0, 10, "mm/decision/1"); err != nil {
		t.Fatal(err)
	}
	// A retry of the same key is no second claim.
	if err := s.ClaimBlock(ctx, a, 0, 10, "mm/decision/1"); err != nil {
		t.Fatalf("the same claim again: %v", err)
	}
	// Another decision at the same block is refused, naming the claim.
	err = s.ClaimBlock(ctx, a, 0, 10, "mm/decision/2")
	var claimed *lease.ClaimedError
	if !errors.As(err, &claimed) || !errors.Is(err, lease.ErrClaimed) || claimed.Claim.Key != "mm/decision/1" || claimed.Claim.Token != 1 {
		t.Fatalf("a second decision at block 10: %v, want ClaimedError naming mm/decision/1", err)
	}
	// Nor can a key be claimed for a second block.
	if err := s.ClaimBlock(ctx, a, 0, 11, "mm/decision/1"); !errors.Is(err, lease.ErrClaimed) {
		t.Fatalf("one key at two blocks: %v, want ErrClaimed", err)
	}
	// Too little time left, or a lease taken over: no claim.
	if err := s.ClaimBlock(ctx, a, ttl, 12, "mm/decision/3"); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("claim with the margin above what is left: %v, want ErrLost", err)
	}
	time.Sleep(ttl + 50*time.Millisecond)
	b, err := s.AcquireLease(ctx, "mm", "r2", ttl)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.ClaimBlock(ctx, a, 0, 13, "mm/decision/4"); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("the old owner claiming after a take-over: %v, want ErrLost", err)
	}
	// The new owner cannot claim a block the old one did.
	if err := s.ClaimBlock(ctx, b, 0, 10, "mm/decision/5"); !errors.Is(err, lease.ErrClaimed) {
		t.Fatalf("the new owner claiming the old owner's block: %v, want ErrClaimed", err)
	}
	if err := s.ClaimBlock(ctx, b, 0, 14, "mm/decision/6"); err != nil {
		t.Fatal(err)
	}
	got, err := s.Claims(ctx, "mm")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Block != 10 || got[0].Owner != "r1" || got[0].Token != 1 ||
		got[1].Block != 14 || got[1].Owner != "r2" || got[1].Token != 2 {
		t.Fatalf("claims = %+v", got)
	}
}

// Claims racing for one block from two leases' holders — only possible if
// the lease changed hands mid-way — never both succeed; and concurrent
// claims of distinct blocks by the holder all succeed.
func TestLeaseClaimRace(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := t.Context()
	a, err := s.AcquireLease(ctx, "mm", "r1", time.Minute)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make([]error, 8)
	for i := range errs {
		wg.Go(func() { errs[i] = s.ClaimBlock(ctx, a, 0, 100, fmt.Sprintf("mm/decision/%d", i)) })
	}
	wg.Wait()
	ok := 0
	for _, err := range errs {
		switch {
		case err == nil:
			ok++
		case !errors.Is(err, lease.ErrClaimed):
			t.Fatalf("racing claim: %v", err)
		}
	}
	if ok != 1 {
		t.Fatalf("%d of %d racing claims of one block succeeded, want 1", ok, len(errs))
	}
}

func TestLeaseRefusesBadInput(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := t.Context()
	for name, err := range map[string]error{
		"empty agent": func() error { _, err := s.AcquireLease(ctx, "", "r1", time.Second); return err }(),
		"empty owner": func() error { _, err := s.AcquireLease(ctx, "mm", "", time.Second); return err }(),
		"zero TTL":    func() error { _, err := s.AcquireLease(ctx, "mm", "r1", 0); return err }(),
		"zero token": func() error {
			_, err := s.RenewLease(ctx, lease.Lease{Agent: "mm", Owner: "r1"}, time.Second)
			return err
		}(),
		"empty key": s.ClaimBlock(ctx, lease.Lease{Agent: "mm", Owner: "r1", Token: 1}, 0, 1, ""),
	} {
		if !errors.Is(err, store.ErrInvalid) {
			t.Errorf("%s: %v, want ErrInvalid", name, err)
		}
	}
}
