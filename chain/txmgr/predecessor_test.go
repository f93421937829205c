package txmgr_test

import (
	"context"
	"math/big"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/txmgr"
)

// heldBroadcasts is a node that hears none of the outbox's broadcasts: each
// is kept, for the test to deliver when it chooses (a transaction that
// reached a builder or another node by a path the outbox does not see).
type heldBroadcasts struct {
	simulated.Client
	mu   sync.Mutex
	sent map[common.Hash]*types.Transaction
}

func (h *heldBroadcasts) SendTransaction(_ context.Context, tx *types.Transaction) error {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.sent[tx.Hash()] = tx
	return nil
}

func (h *heldBroadcasts) deliver(t *testing.T, hash common.Hash) {
	t.Helper()
	h.mu.Lock()
	tx := h.sent[hash]
	h.mu.Unlock()
	if tx == nil {
		t.Fatalf("transaction %s was never broadcast", hash)
	}
	if err := h.Client.SendTransaction(context.Background(), tx); err != nil {
		t.Fatal(err)
	}
}

// TestOutboxRecordsAMinedPredecessor: a fee bump is sent, then the attempt
// it replaced is mined instead. The predecessor is the key's transaction
// again (replaced → included → confirmed, found by TransactionByKey), the
// bump is dropped naming it, and the call ran once. Before, the bump was
// dropped and the mined predecessor stayed replaced: an agent settling the
// key read "dropped" and reported a decision failed whose bundle was
// applied.
func TestOutboxRecordsAMinedPredecessor(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		ctx := context.Background()
		node := &heldBroadcasts{Client: e.sim.Client(), sent: map[common.Hash]*types.Transaction{}}
		o := e.outbox(t, txmgr.OutboxConfig{BumpAfterBlocks: 2, Confirmations: 2}, node, st, nil)
		req := e.mint(7)
		req.Key = "mm/decision/predecessor"
		first, err := o.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		// The node never hears of the first attempt: after BumpAfterBlocks
		// heads the outbox bumps it.
		var bump store.Transaction
		for range 6 {
			if err := o.Tick(ctx, e.commit(t)); err != nil {
				t.Fatal(err)
			}
			if bump, err = st.TransactionByKey(ctx, req.Key); err != nil {
				t.Fatal(err)
			}
			if bump.Attempt == 1 {
				break
			}
		}
		if bump.Attempt != 1 || bump.Replaces != first.ID {
			t.Fatalf("the key's transaction is %s; want attempt 1 replacing the first attempt %d", bump, first.ID)
		}
		if orig, _ := st.Transaction(ctx, first.ID); orig.State != store.TxReplaced {
			t.Fatalf("first attempt is %s after the bump, want replaced", orig.State)
		}

		node.deliver(t, first.Hash)
		mined := e.commit(t, first.Hash)
		final := runUntil(t, e, o, st, req.Key, 6, func(tx store.Transaction) bool { return tx.State == store.TxConfirmed })
		if final.ID != first.ID || final.BlockNumber != mined || final.Hash != first.Hash {
			t.Fatalf("the key's transaction is %s; want the first attempt %d (%s) confirmed in block %d", final, first.ID, first.Hash, mined)
		}
		dropped, err := st.Transaction(ctx, bump.ID)
		if err != nil {
			t.Fatal(err)
		}
		if dropped.State != store.TxDropped || !strings.Contains(dropped.Error, first.Hash.Hex()) {
			t.Fatalf("the bump is %s (%q); want dropped naming its mined predecessor %s", dropped.State, dropped.Error, first.Hash)
		}
		if got := e.balance(t); got.Int64() != 7 {
			t.Fatalf("balance %s, want 7 (the mint ran once)", got)
		}
		if open, err := st.OpenTransactions(ctx, e.from); err != nil || len(open) != 0 {
			t.Fatalf("open transactions %v, %v; want none", open, err)
		}
	})
}

// refusingReplacements is a node that refuses the first replacement of a
// nonce it has seen (as a node refuses one below its price bump), and takes
// every other transaction.
type refusingReplacements struct {
	simulated.Client
	mu      sync.Mutex
	first   map[uint64]common.Hash
	refused int
}

type refusal string

func (r refusal) Error() string  { return string(r) }
func (r refusal) ErrorCode() int { return -32000 }

func (n *refusingReplacements) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	n.mu.Lock()
	h, seen := n.first[tx.Nonce()]
	if !seen {
		n.first[tx.Nonce()] = tx.Hash()
	}
	refuse := seen && h != tx.Hash() && n.refused == 0
	if refuse {
		n.refused++
	}
	n.mu.Unlock()
	if refuse {
		return refusal("replacement transaction underpriced")
	}
	return n.Client.SendTransaction(ctx, tx)
}

// TestOutboxBumpsAgainAfterARefusedReplacement: the node refuses the first
// fee bump of an underpriced transaction; the refused bump is failed, the
// transaction stays the key's current one, and the next bump (attempt 2:
// the refused one keeps attempt 1) is sent and mined. Before, every later
// bump asked for attempt 1 again and the store refused it (ErrConflict),
// so the transaction was never bumped.
func TestOutboxBumpsAgainAfterARefusedReplacement(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		ctx := context.Background()
		node := &refusingReplacements{Client: e.sim.Client(), first: map[uint64]common.Hash{}}
		o := e.outbox(t, txmgr.OutboxConfig{InitialFeeCap: big.NewInt(1), MaxFeeCap: big.NewInt(100_000_000_000), BumpAfterBlocks: 2}, node, st, nil)
		req := e.mint(3)
		req.Key = "mm/decision/refused-bump"
		first, err := o.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		final := runUntil(t, e, o, st, req.Key, 16, func(tx store.Transaction) bool { return tx.State == store.TxConfirmed })
		if node.refused != 1 || final.Attempt != 2 || final.Replaces != first.ID || final.Nonce != first.Nonce {
			t.Fatalf("%d replacements refused; confirmed %s; want attempt 2 replacing %d after one refusal", node.refused, final, first.ID)
		}
		refused, err := st.TransactionByHash(ctx, firstRefused(t, st, first.ID, final.ID))
		if err != nil {
			t.Fatal(err)
		}
		if refused.State != store.TxFailed || refused.Attempt != 1 || !strings.Contains(refused.Error, "underpriced") {
			t.Fatalf("the refused bump is %s; want attempt 1 failed with the node's reason", refused)
		}
		if got := e.balance(t); got.Int64() != 3 {
			t.Fatalf("balance %s, want 3", got)
		}
	})
}

// firstRefused returns the hash of the row between the first attempt and
// the confirmed one (ids are given in order).
func firstRefused(t *testing.T, st store.Store, first, confirmed int64) common.Hash {
	t.Helper()
	for id := first + 1; id < confirmed; id++ {
		tx, err := st.Transaction(context.Background(), id)
		if err == nil && tx.Key == "mm/decision/refused-bump" {
			return tx.Hash
		}
	}
	t.Fatalf("no row between %d and %d", first, confirmed)
	return common.Hash{}
}
