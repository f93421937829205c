package storetest

import (
	"math"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
)

// testOutboxRoundTrip stores every outbox field at insert and reads it back.
func testOutboxRoundTrip(t *testing.T, s store.Store) {
	ctx := t.Context()
	created := time.Date(2025, 5, 6, 7, 8, 9, 0, time.UTC)
	first := store.Transaction{
		Agent: "a", Key: "a/decision/1", From: addrOf("f"), To: addrOf("t"), Nonce: 4, Root: hashOf("root"),
		Hash: hashOf("h"), Raw: []byte{2, 3}, GasTipCap: big.NewInt(0),
		GasFeeCap: new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)), // uint256 max
		GasLimit:  math.MaxInt64, BlockHash: hashOf("b"), BlockNumber: 3, Reverted: true, CreatedAt: created,
	}
	id, err := s.InsertTransaction(ctx, first)
	mustOK(t, "insert", err)
	want := first
	want.ID, want.State, want.UpdatedAt = id, store.TxQueued, created
	mustEqual(t, "round trip", readTx(t, s, id), want)

	second := first
	second.Attempt, second.Replaces, second.Hash, second.Reverted = 1, id, hashOf("h2"), false
	id2, err := s.InsertTransaction(ctx, second)
	mustOK(t, "insert attempt 1", err)
	got, err := s.TransactionByKey(ctx, "a/decision/1")
	mustOK(t, "by key", err)
	mustEqual(t, "by key returns the latest attempt", got.ID, id2)
	mustEqual(t, "replaces", got.Replaces, id)

	// The idempotency key refuses a second row for the same attempt.
	dup := first
	dup.Hash = hashOf("other")
	_, err = s.InsertTransaction(ctx, dup)
	mustBe(t, "second first attempt at a key", err, store.ErrConflict)
	_, err = s.TransactionByKey(ctx, "a/decision/2")
	mustBe(t, "missing key", err, store.ErrNotFound)
	_, err = s.TransactionByKey(ctx, "")
	mustBe(t, "empty key", err, store.ErrInvalid)

	bad := []struct {
		name string
		tx   store.Transaction
	}{
		{"attempt without key", store.Transaction{Agent: "a", Attempt: 1, Replaces: id}},
		{"attempt without predecessor", store.Transaction{Agent: "a", Key: "k", Attempt: 1}},
		{"replaces a missing row", store.Transaction{Agent: "a", Key: "k", Attempt: 1, Replaces: 1 << 40}},
		{"negative tip", store.Transaction{Agent: "a", GasTipCap: big.NewInt(-1)}},
		{"gas limit above int64", store.Transaction{Agent: "a", GasLimit: math.MaxUint64}},
	}
	for _, tc := range bad {
		_, err := s.InsertTransaction(ctx, tc.tx)
		mustBe(t, tc.name, err, store.ErrInvalid)
	}
}

// testCurrentAttempt: TransactionByKey returns the attempt that counts — the
// latest, until the attempt a fee bump replaced is found mined instead.
func testCurrentAttempt(t *testing.T, s store.Store) {
	ctx := t.Context()
	attempts := func(key string) (first, bump int64) {
		first, err := s.InsertTransaction(ctx, store.Transaction{Agent: "a", Key: key, From: addrOf("f"), Nonce: 1})
		mustOK(t, "insert", err)
		for _, name := range []string{"sign", "send", "replace"} {
			mustOK(t, name, txOpByName(name).do(t, s, first))
		}
		bump, err = s.InsertTransaction(ctx, store.Transaction{Agent: "a", Key: key, From: addrOf("f"), Nonce: 1, Attempt: 1, Replaces: first})
		mustOK(t, "insert the bump", err)
		for _, name := range []string{"sign", "send"} {
			mustOK(t, name, txOpByName(name).do(t, s, bump))
		}
		return first, bump
	}
	current := func(key string) int64 {
		tx, err := s.TransactionByKey(ctx, key)
		mustOK(t, "by key", err)
		return tx.ID
	}

	// The replaced attempt mined after all: it is current from its
	// inclusion on, before and after the bump is dropped.
	first, bump := attempts("a/decision/mined-predecessor")
	mustEqual(t, "current while the bump is pending", current("a/decision/mined-predecessor"), bump)
	mustOK(t, "include the replaced attempt", txOpByName("include").do(t, s, first))
	mustEqual(t, "current once the replaced attempt is mined", current("a/decision/mined-predecessor"), first)
	mustOK(t, "drop the bump", txOpByName("drop").do(t, s, bump))
	mustEqual(t, "current after the bump is dropped", current("a/decision/mined-predecessor"), first)

	// A bump the node refused (failed) while the first attempt is still
	// sent: the first is current. (The outbox marks a predecessor replaced
	// only once its bump is sent.)
	refused, err := s.InsertTransaction(ctx, store.Transaction{Agent: "a", Key: "a/decision/refused-bump", From: addrOf("f"), Nonce: 2})
	mustOK(t, "insert", err)
	for _, name := range []string{"sign", "send"} {
		mustOK(t, name, txOpByName(name).do(t, s, refused))
	}
	bump, err = s.InsertTransaction(ctx, store.Transaction{Agent: "a", Key: "a/decision/refused-bump", From: addrOf("f"), Nonce: 2, Attempt: 1, Replaces: refused})
	mustOK(t, "insert the bump", err)
	for _, name := range []string{"sign", "fail"} {
		mustOK(t, name, txOpByName(name).do(t, s, bump))
	}
	mustEqual(t, "current after the bump was refused", current("a/decision/refused-bump"), refused)

	// The nonce taken by a foreign transaction: the dropped bump stays
	// current, the replaced attempt is not.
	_, bump = attempts("a/decision/foreign")
	mustOK(t, "drop the bump", txOpByName("drop").do(t, s, bump))
	mustEqual(t, "current after a foreign transaction took the nonce", current("a/decision/foreign"), bump)
}

// walkTx inserts a transaction of sender `from` with this nonce and walks it to state.
func walkTx(t *testing.T, s store.Store, from common.Address, nonce uint64, state store.TxState) int64 {
	t.Helper()
	id, err := s.InsertTransaction(t.Context(), store.Transaction{Agent: "a", From: from, Nonce: nonce})
	mustOK(t, "insert", err)
	for _, name := range txPathTo[state] {
		mustOK(t, "walk to "+string(state), txOpByName(name).do(t, s, id))
	}
	return id
}

func testOpenTransactionsAndNonces(t *testing.T, s store.Store) {
	ctx := t.Context()
	from, other := addrOf("sender"), addrOf("other")

	next, err := s.ReserveNonce(ctx, from, 0)
	mustOK(t, "reserve on an empty store", err)
	mustEqual(t, "first nonce", next, uint64(0))
	next, err = s.ReserveNonce(ctx, from, 17)
	mustOK(t, "reserve", err)
	mustEqual(t, "node pending nonce wins over an empty store", next, uint64(17))

	// One row per state, nonces out of order; the other sender's rows never count.
	nonceOf := map[store.TxState]uint64{
		store.TxConfirmed: 0, store.TxIncluded: 1, store.TxQueued: 5, store.TxSent: 2, store.TxSigned: 3,
		store.TxReorged: 4, store.TxReplaced: 9, store.TxFailed: 8, store.TxDropped: 7,
	}
	ids := map[store.TxState]int64{}
	for _, st := range allTxStates {
		ids[st] = walkTx(t, s, from, nonceOf[st], st)
	}
	walkTx(t, s, other, 50, store.TxSent)

	open, err := s.OpenTransactions(ctx, from)
	mustOK(t, "open", err)
	var gotIDs []int64
	for _, tx := range open {
		gotIDs = append(gotIDs, tx.ID)
		mustEqual(t, "open row", tx.From, from)
	}
	mustEqual(t, "open rows in nonce order", gotIDs, []int64{
		ids[store.TxIncluded], ids[store.TxSent], ids[store.TxSigned], ids[store.TxReorged], ids[store.TxQueued],
	})

	for _, tc := range []struct {
		name    string
		pending uint64
		want    uint64
	}{
		// Failed (8), dropped (7) and replaced (9) rows give their nonce back:
		// the highest held nonce is the queued row's 5.
		{"store ahead of node", 3, 6},
		{"node ahead of store", 40, 40},
	} {
		got, err := s.ReserveNonce(ctx, from, tc.pending)
		mustOK(t, tc.name, err)
		mustEqual(t, tc.name, got, tc.want)
	}
	// A confirmed row holds its nonce.
	confirmedOnly := addrOf("confirmed")
	walkTx(t, s, confirmedOnly, 11, store.TxConfirmed)
	got, err := s.ReserveNonce(ctx, confirmedOnly, 0)
	mustOK(t, "reserve after confirmed", err)
	mustEqual(t, "nonce after a confirmed row", got, uint64(12))

	_, err = s.ReserveNonce(ctx, from, math.MaxUint64)
	mustBe(t, "pending above int64", err, store.ErrInvalid)
	none, err := s.OpenTransactions(ctx, addrOf("nobody"))
	mustOK(t, "open of an unknown sender", err)
	mustEqual(t, "open of an unknown sender", len(none), 0)
}

func testCheckpoints(t *testing.T, s store.Store) {
	ctx := t.Context()
	_, _, err := s.Checkpoint(ctx, "a")
	mustBe(t, "checkpoint before any", err, store.ErrNotFound)
	for _, n := range []uint64{5, 9, 7} { // a reorg may move it back
		mustOK(t, "save", s.SaveCheckpoint(ctx, "a", n, hashOf("cp", n)))
		num, hash, err := s.Checkpoint(ctx, "a")
		mustOK(t, "read", err)
		mustEqual(t, "checkpoint number", num, n)
		mustEqual(t, "checkpoint hash", hash, hashOf("cp", n))
	}
	mustOK(t, "another agent", s.SaveCheckpoint(ctx, "b", math.MaxInt64, hashOf("b")))
	num, _, err := s.Checkpoint(ctx, "a")
	mustOK(t, "read a", err)
	mustEqual(t, "agents keep their own checkpoints", num, uint64(7))

	mustBe(t, "empty agent", s.SaveCheckpoint(ctx, "", 1, hashOf(1)), store.ErrInvalid)
	mustBe(t, "zero hash", s.SaveCheckpoint(ctx, "a", 1, common.Hash{}), store.ErrInvalid)
	mustBe(t, "number above int64", s.SaveCheckpoint(ctx, "a", math.MaxUint64, hashOf(1)), store.ErrInvalid)
	_, _, err = s.Checkpoint(ctx, "")
	mustBe(t, "read empty agent", err, store.ErrInvalid)
}

func testBlockHash(t *testing.T, s store.Store) {
	ctx := t.Context()
	save := func(h common.Hash) {
		mustOK(t, "save", s.SaveBlock(ctx, store.Block{Agent: "a", Number: 7, Hash: h, ParentHash: hashOf(6)}))
	}
	expect := func(what string, want common.Hash) {
		t.Helper()
		got, err := s.BlockHash(ctx, "a", 7)
		mustOK(t, what, err)
		mustEqual(t, what, got, want)
	}
	_, err := s.BlockHash(ctx, "a", 7)
	mustBe(t, "no block yet", err, store.ErrNotFound)
	save(hashOf("x"))
	expect("first block", hashOf("x"))
	save(hashOf("y"))
	expect("after a reorg to y", hashOf("y"))
	save(hashOf("x")) // the chain went back to x: saving it again makes it current
	expect("after a reorg back to x", hashOf("x"))
	mustOK(t, "other agent", s.SaveBlock(ctx, store.Block{Agent: "b", Number: 7, Hash: hashOf("z")}))
	expect("another agent's block does not count", hashOf("x"))

	_, err = s.BlockHash(ctx, "a", 8)
	mustBe(t, "missing height", err, store.ErrNotFound)
	_, err = s.BlockHash(ctx, "", 7)
	mustBe(t, "empty agent", err, store.ErrInvalid)
	_, err = s.BlockHash(ctx, "a", math.MaxUint64)
	mustBe(t, "height above int64", err, store.ErrInvalid)
}
