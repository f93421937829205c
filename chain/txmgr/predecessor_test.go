package txmgr_test

import (
	"context"
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
