package txmgr_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/txmgr"
)

// gate is a txmgr.Fence a test opens and closes; with refuseFrom set, it
// admits that many calls and refuses the rest with refusal.
type gate struct {
	mu         sync.Mutex
	open       bool
	calls      int
	refuseFrom int // 0: decided by open alone
	refusal    error
	agents     []string
}

func (g *gate) Admit(_ context.Context, agent string) (time.Duration, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.calls++
	g.agents = append(g.agents, agent)
	if !g.open || (g.refuseFrom > 0 && g.calls > g.refuseFrom) {
		return 0, g.refusal
	}
	return time.Minute, nil
}

func (g *gate) set(open bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.open = open
}

var errLeaseLost = fmt.Errorf("%w: lease of agent mm taken over (token 3)", txmgr.ErrFenced)

// A process the fence refuses reserves no nonce, saves no row and sends nothing.
func TestOutboxFenceRefusesBeforeReservingANonce(t *testing.T) {
	e, st := newEnv(t), backends["sqlite"](t)()
	ctx := context.Background()
	g := &gate{refusal: errLeaseLost}
	o := e.outbox(t, txmgr.OutboxConfig{Fence: g}, nil, st, nil)
	req := e.mint(3)
	req.Key, req.Agent = "mm/decision/1", "mm"
	tx, err := o.Submit(ctx, req)
	var na *txmgr.NotAdmittedError
	if !errors.As(err, &na) || !errors.Is(err, txmgr.ErrFenced) || na.Agent != "mm" || tx.ID != 0 {
		t.Fatalf("fenced submit = %+v, %v; want a NotAdmittedError wrapping ErrFenced and no row", tx, err)
	}
	if _, err := st.TransactionByKey(ctx, req.Key); !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("row of a fenced submit: %v, want none", err)
	}
	e.commit(t)
	if n := e.minedNonce(t); n != 1 { // the deploy only
		t.Fatalf("sender nonce %d: a fenced submit was sent", n)
	}
}

// The fence closes between the nonce's reservation and the broadcast (the
// lease ran out meanwhile): a refusal that says the process may not send
// fails the row, giving its nonce back; one that could not tell leaves the
// row signed, for whoever may send to broadcast.
func TestOutboxFenceClosingBeforeTheBroadcast(t *testing.T) {
	for _, tc := range []struct {
		name    string
		refusal error
		want    store.TxState
	}{
		{"lease lost: failed, nonce given back", errLeaseLost, store.TxFailed},
		{"store unreachable: left signed", errors.New("check lease: connection refused"), store.TxSigned},
	} {
		t.Run(tc.name, func(t *testing.T) {
			e, st := newEnv(t), backends["sqlite"](t)()
			ctx := context.Background()
			g := &gate{open: true, refuseFrom: 1, refusal: tc.refusal}
			o := e.outbox(t, txmgr.OutboxConfig{Fence: g}, nil, st, nil)
			req := e.mint(3)
			req.Key = "mm/decision/1"
			tx, err := o.Submit(ctx, req)
			if !errors.Is(err, tc.refusal) {
				t.Fatalf("submit = %v, want the fence's refusal", err)
			}
			row := wantState(t, st, req.Key, tc.want)
			if tc.want == store.TxFailed && (tx.ID != 0 || !strings.Contains(row.Error, "not sent")) {
				t.Fatalf("fenced row %+v (returned %+v): want it failed as not sent, and no transaction returned", row, tx)
			}
			if tc.want == store.TxSigned && tx.Hash != row.Hash {
				t.Fatalf("returned %s, want the signed row %s (the caller tracks it)", tx.Hash, row.Hash)
			}
			e.commit(t)
			if n := e.minedNonce(t); n != 1 {
				t.Fatalf("sender nonce %d: a refused broadcast was sent", n)
			}
			if tc.want == store.TxFailed {
				g.mu.Lock()
				g.refuseFrom = 0 // open again: a holder's next submission takes the nonce back
				g.mu.Unlock()
				next := e.mint(4)
				next.Key = "mm/decision/2"
				sent, err := o.Submit(ctx, next)
				if err != nil || sent.Nonce != row.Nonce {
					t.Fatalf("next submit: nonce %d, %v; want the given-back nonce %d", sent.Nonce, err, row.Nonce)
				}
			}
		})
	}
}

// Rows of an agent the process may not send for are left as they are at
// every tick — no error, nothing sent — and broadcast with their saved
// bytes once the fence admits them (the new lease holder's outbox).
func TestOutboxFencedTickLeavesRowsToTheHolder(t *testing.T) {
	e := newEnv(t)
	open := backends["sqlite"](t)
	ctx := context.Background()
	// A broadcast lost in transit leaves a signed row.
	flaky := e.outbox(t, txmgr.OutboxConfig{}, &flakySender{Client: e.sim.Client()}, open(), nil)
	req := e.mint(9)
	req.Key = "mm/decision/7"
	signed, err := flaky.Submit(ctx, req)
	if err != nil || signed.State != store.TxSigned {
		t.Fatalf("submit = %s, %v; want signed", signed.State, err)
	}
	st := open()
	g := &gate{refusal: errLeaseLost}
	o := e.outbox(t, txmgr.OutboxConfig{Fence: g}, nil, st, nil)
	for range 3 {
		if err := o.Tick(ctx, e.commit(t)); err != nil {
			t.Fatalf("tick of a fenced outbox: %v", err)
		}
		wantState(t, st, req.Key, store.TxSigned)
	}
	if n := e.minedNonce(t); n != 1 {
		t.Fatalf("sender nonce %d: a fenced tick sent the row", n)
	}
	g.set(true)
	if err := o.Reconcile(ctx); err != nil {
		t.Fatal(err)
	}
	sent := wantState(t, st, req.Key, store.TxSent)
	if sent.Hash != signed.Hash {
		t.Fatalf("sent %s, want the saved %s", sent.Hash, signed.Hash)
	}
	if err := o.Tick(ctx, e.commit(t, sent.Hash)); err != nil {
		t.Fatal(err)
	}
	wantState(t, st, req.Key, store.TxConfirmed)
	g.mu.Lock()
	defer g.mu.Unlock()
	for _, a := range g.agents {
		if a != "mm" {
			t.Fatalf("the fence was asked for agent %q, want the row's agent mm", a)
		}
	}
}

// A fenced outbox signs no replacement for a stuck transaction.
func TestOutboxFencedBumpSignsNothing(t *testing.T) {
	e, st := newEnv(t), backends["sqlite"](t)()
	ctx := context.Background()
	g := &gate{open: true, refusal: errLeaseLost}
	o := e.outbox(t, txmgr.OutboxConfig{Fence: g, InitialFeeCap: big.NewInt(1), BumpAfterBlocks: 1}, nil, st, nil)
	req := e.mint(5)
	req.Key = "mm/decision/underpriced"
	first, err := o.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	g.set(false)
	for range 4 {
		if err := o.Tick(ctx, e.commit(t)); err != nil {
			t.Fatal(err)
		}
	}
	if tx := wantState(t, st, req.Key, store.TxSent); tx.ID != first.ID || tx.Attempt != 0 {
		t.Fatalf("latest attempt %d (row %d): a fenced outbox made a replacement", tx.Attempt, tx.ID)
	}
}
