package lease_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents/lease"
)

// memStore is a lease.Store in memory, with the store's rules, for the
// keeper's state machine (the SQL is tested against PostgreSQL in
// agents/store/postgres). down makes every call fail as a lost database would.
type memStore struct {
	mu     sync.Mutex
	leases map[string]lease.Lease
	claims map[string]lease.Claim // by agent/block
	down   bool
	renews int
}

func newMemStore() *memStore {
	return &memStore{leases: map[string]lease.Lease{}, claims: map[string]lease.Claim{}}
}

var errDown = errors.New("database unreachable")

func (m *memStore) AcquireLease(_ context.Context, agent, owner string, ttl time.Duration) (lease.Lease, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.down {
		return lease.Lease{}, errDown
	}
	cur, ok := m.leases[agent]
	if ok && time.Now().Before(cur.Expires) {
		return lease.Lease{}, &lease.HeldError{Holder: cur}
	}
	l := lease.Lease{Agent: agent, Owner: owner, Token: cur.Token + 1, Expires: time.Now().Add(ttl)}
	m.leases[agent] = l
	return l, nil
}

func (m *memStore) RenewLease(_ context.Context, l lease.Lease, ttl time.Duration) (lease.Lease, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.down {
		return lease.Lease{}, errDown
	}
	cur := m.leases[l.Agent]
	if cur.Owner != l.Owner || cur.Token != l.Token {
		return lease.Lease{}, lease.ErrLost
	}
	m.renews++
	cur.Expires = time.Now().Add(ttl)
	m.leases[l.Agent] = cur
	return cur, nil
}

func (m *memStore) ReleaseLease(_ context.Context, l lease.Lease) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	if cur := m.leases[l.Agent]; cur.Owner == l.Owner && cur.Token == l.Token {
		cur.Expires = time.Now()
		m.leases[l.Agent] = cur
	}
	return nil
}

func (m *memStore) CheckLease(_ context.Context, l lease.Lease, margin time.Duration) (time.Duration, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.down {
		return 0, errDown
	}
	cur := m.leases[l.Agent]
	left := time.Until(cur.Expires)
	if cur.Owner != l.Owner || cur.Token != l.Token || left <= margin {
		return 0, lease.ErrLost
	}
	return left, nil
}

func (m *memStore) ClaimBlock(ctx context.Context, l lease.Lease, margin time.Duration, block uint64, key string) error {
	if _, err := m.CheckLease(ctx, l, margin); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	id := fmt.Sprintf("%s/%d", l.Agent, block)
	if c, ok := m.claims[id]; ok && c.Key != key {
		return &lease.ClaimedError{Claim: c}
	}
	m.claims[id] = lease.Claim{Agent: l.Agent, Block: block, Key: key, Owner: l.Owner, Token: l.Token}
	return nil
}

func (m *memStore) Lease(_ context.Context, agent string) (lease.Lease, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.leases[agent], nil
}

func (m *memStore) Claims(context.Context, string) ([]lease.Claim, error) { return nil, nil }

func (m *memStore) setDown(down bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	m.down = down
}

// steal expires the agent's lease and gives it to another replica, as a
// standby would after this one stalled.
func (m *memStore) steal(agent, owner string, ttl time.Duration) lease.Lease {
	m.mu.Lock()
	defer m.mu.Unlock()
	cur := m.leases[agent]
	l := lease.Lease{Agent: agent, Owner: owner, Token: cur.Token + 1, Expires: time.Now().Add(ttl)}
	m.leases[agent] = l
	return l
}

func newKeeper(t *testing.T, st lease.Store, owner string) *lease.Keeper {
	t.Helper()
	k, err := lease.New(lease.Config{Agent: "mm", Owner: owner, TTL: 300 * time.Millisecond}, st, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return k
}

func TestConfigDefaultsAndLimits(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  lease.Config
		ok   bool
	}{
		{"defaults", lease.Config{Agent: "mm", Owner: "r1"}, true},
		{"no agent", lease.Config{Owner: "r1"}, false},
		{"no owner", lease.Config{Agent: "mm"}, false},
		{"margin as long as the TTL", lease.Config{Agent: "mm", Owner: "r1", TTL: time.Second, Margin: time.Second}, false},
		// Renewing no sooner than the margin allows would leave sends
		// refused between renewals.
		{"renew too slow", lease.Config{Agent: "mm", Owner: "r1", TTL: time.Second, Margin: 500 * time.Millisecond, Renew: 600 * time.Millisecond}, false},
		{"negative", lease.Config{Agent: "mm", Owner: "r1", TTL: -time.Second}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k, err := lease.New(tc.cfg, newMemStore(), nil)
			if (err == nil) != tc.ok {
				t.Fatalf("New = %v, want ok %v", err, tc.ok)
			}
			if tc.name == "defaults" {
				c := k.Config()
				if c.TTL != 3*time.Second || c.Margin != time.Second || c.Renew != time.Second || c.Retry != 750*time.Millisecond {
					t.Fatalf("defaults = %+v", c)
				}
			}
		})
	}
}

// A standby waits while the holder renews, reports the holder once, and
// takes the lease (next token) once the holder stops renewing.
func TestKeeperStandbyThenTakeOver(t *testing.T) {
	st := newMemStore()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	owner, standby := newKeeper(t, st, "r1"), newKeeper(t, st, "r2")
	l1, err := owner.Acquire(ctx, nil)
	if err != nil || l1.Token != 1 {
		t.Fatalf("acquire = %+v, %v", l1, err)
	}
	keepCtx, stopKeeping := context.WithCancel(ctx)
	kept := make(chan error, 1)
	go func() { kept <- owner.Keep(keepCtx) }()

	var mu sync.Mutex
	var told []lease.Lease
	got := make(chan lease.Lease, 1)
	go func() {
		l, err := standby.Acquire(ctx, func(h lease.Lease) {
			mu.Lock()
			defer mu.Unlock()
			told = append(told, h)
		})
		if err != nil {
			t.Error(err)
		}
		got <- l
	}()
	// Three TTLs with the owner renewing: the standby must not get it.
	select {
	case l := <-got:
		t.Fatalf("the standby took a lease its owner renews: %+v", l)
	case <-time.After(900 * time.Millisecond):
	}
	if _, err := owner.Admit(ctx); err != nil {
		t.Fatalf("the owner's fence while it renews: %v", err)
	}
	// The owner "dies": it stops renewing and never releases.
	stopKeeping()
	if err := <-kept; !errors.Is(err, context.Canceled) {
		t.Fatalf("Keep after ctx ended = %v", err)
	}
	start := time.Now()
	l2 := <-got
	if l2.Token != 2 || l2.Owner != "r2" {
		t.Fatalf("take-over = %+v, want token 2 for r2", l2)
	}
	// TTL 300ms, retry 75ms: taken within about TTL + retry.
	if d := time.Since(start); d > 600*time.Millisecond {
		t.Fatalf("take-over took %s", d)
	}
	mu.Lock()
	if len(told) != 1 || told[0].Owner != "r1" || told[0].Token != 1 {
		t.Fatalf("standby was told %+v, want r1 once", told)
	}
	mu.Unlock()
	// The old owner still thinks it holds token 1; the store says no.
	if _, err := owner.Admit(ctx); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("the old owner's fence after a take-over: %v, want ErrLost", err)
	}
	if err := owner.Claim(ctx, 5, "k"); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("the old owner's claim after a take-over: %v, want ErrLost", err)
	}
	if _, err := standby.Admit(ctx); err != nil {
		t.Fatalf("the new owner's fence: %v", err)
	}
}

func TestKeeperLosesATakenLease(t *testing.T) {
	st := newMemStore()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	k := newKeeper(t, st, "r1")
	if _, err := k.Acquire(ctx, nil); err != nil {
		t.Fatal(err)
	}
	kept := make(chan error, 1)
	go func() { kept <- k.Keep(ctx) }()
	st.steal("mm", "r2", time.Minute)
	k.Kick() // the next head: renew now
	select {
	case err := <-kept:
		if !errors.Is(err, lease.ErrLost) {
			t.Fatalf("Keep = %v, want ErrLost", err)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("Keep did not notice the lease was taken")
	}
	if _, ok := k.Held(); ok {
		t.Fatal("the keeper still holds a lost lease")
	}
	if _, err := k.Admit(ctx); !errors.Is(err, lease.ErrLost) {
		t.Fatalf("Admit after the loss: %v, want ErrLost", err)
	}
	if err := k.Release(ctx); err != nil {
		t.Fatalf("releasing a lost lease: %v", err)
	}
	if l, _ := st.Lease(ctx, "mm"); l.Owner != "r2" || !time.Now().Before(l.Expires) {
		t.Fatalf("the old owner's release touched the new lease: %+v", l)
	}
}

// With the database gone, the owner gives the lease up by its own clock
// before it can expire in the store: it stops before a standby can start.
func TestKeeperGivesUpWhenItCannotRenew(t *testing.T) {
	st := newMemStore()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	k := newKeeper(t, st, "r1")
	l, err := k.Acquire(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	st.setDown(true)
	err = k.Keep(ctx)
	if !errors.Is(err, lease.ErrLost) {
		t.Fatalf("Keep = %v, want ErrLost", err)
	}
	if left := time.Until(l.Expires); left <= 0 {
		t.Fatalf("gave up %s after the store's expiry; want before it", -left)
	}
}

func TestKeeperRenewsAtEveryKick(t *testing.T) {
	st := newMemStore()
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	k, err := lease.New(lease.Config{Agent: "mm", Owner: "r1", TTL: 10 * time.Second, Renew: 5 * time.Second}, st, nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := k.Acquire(ctx, nil); err != nil {
		t.Fatal(err)
	}
	keepCtx, stop := context.WithCancel(ctx)
	done := make(chan error, 1)
	go func() { done <- k.Keep(keepCtx) }()
	renews := func() int {
		st.mu.Lock()
		defer st.mu.Unlock()
		return st.renews
	}
	for range 3 {
		before := renews()
		k.Kick()
		deadline := time.Now().Add(2 * time.Second)
		for renews() == before {
			if time.Now().After(deadline) {
				t.Fatal("a kick did not renew")
			}
			time.Sleep(5 * time.Millisecond)
		}
	}
	stop()
	<-done
	// Released: a standby gets it at once, with the next token.
	if err := k.Release(ctx); err != nil {
		t.Fatal(err)
	}
	l, err := newKeeper(t, st, "r2").Acquire(ctx, nil)
	if err != nil || l.Token != 2 {
		t.Fatalf("acquire after release = %+v, %v", l, err)
	}
}
