package storetest

import (
	"math"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
)

// insertTx stores a queued transaction of agent with this nonce.
func insertTx(t *testing.T, s store.Store, agent string, nonce uint64) int64 {
	t.Helper()
	id, err := s.InsertTransaction(t.Context(), store.Transaction{
		Agent: agent, From: addrOf("from", agent), To: addrOf("guard"), Nonce: nonce, Root: hashOf("root", nonce),
	})
	mustOK(t, "insert transaction", err)
	return id
}

func readTx(t *testing.T, s store.Store, id int64) store.Transaction {
	t.Helper()
	tx, err := s.Transaction(t.Context(), id)
	mustOK(t, "read transaction", err)
	if tx.CreatedAt.Location() != time.UTC || tx.UpdatedAt.Location() != time.UTC {
		t.Fatalf("transaction %d times not in UTC: %v, %v", id, tx.CreatedAt, tx.UpdatedAt)
	}
	tx.CreatedAt, tx.UpdatedAt = canonical(tx.CreatedAt), canonical(tx.UpdatedAt)
	return tx
}

func testTransactionRoundTrip(t *testing.T, s store.Store) {
	ctx := t.Context()
	created := time.Date(2025, 5, 6, 7, 8, 9, 999_999_999, time.UTC)
	cases := []store.Transaction{
		{Agent: "a", From: addrOf("f"), To: addrOf("t"), Nonce: math.MaxInt64, Root: hashOf("root"), CreatedAt: created},
		{Agent: "a", State: store.TxQueued, CreatedAt: created}, // zero addresses, hash and root
		// Already signed when queued: the hash is kept and findable.
		{Agent: "b", Nonce: 7, Hash: hashOf("signed"), GasUsed: 1, BlockNumber: 2, Error: "e", CreatedAt: created},
	}
	for _, tx := range cases {
		id, err := s.InsertTransaction(ctx, tx)
		mustOK(t, "insert", err)
		want := tx
		want.ID, want.State, want.CreatedAt = id, store.TxQueued, canonical(created)
		want.UpdatedAt = want.CreatedAt
		mustEqual(t, "transaction round trip", readTx(t, s, id), want)
	}
	got, err := s.TransactionByHash(ctx, hashOf("signed"))
	mustOK(t, "by hash", err)
	mustEqual(t, "by hash", got.Nonce, uint64(7))

	// A replacement shares its predecessor's sender and nonce.
	a, b := insertTx(t, s, "r", 3), insertTx(t, s, "r", 3)
	if a == b {
		t.Fatalf("two transactions got id %d", a)
	}

	bad := []struct {
		name string
		tx   store.Transaction
	}{
		{"empty agent", store.Transaction{}},
		{"starts sent", store.Transaction{Agent: "a", State: store.TxSent}},
		{"unknown state", store.Transaction{Agent: "a", State: "pending"}},
		{"nonce above int64", store.Transaction{Agent: "a", Nonce: math.MaxUint64}},
		{"gas above int64", store.Transaction{Agent: "a", GasUsed: math.MaxInt64 + 1}},
	}
	for _, tc := range bad {
		_, err := s.InsertTransaction(ctx, tc.tx)
		mustBe(t, tc.name, err, store.ErrInvalid)
	}
}

// txOp is one MarkTx* call and the change it must make.
type txOp struct {
	name  string
	to    store.TxState
	from  []store.TxState // written out by hand
	do    func(t *testing.T, s store.Store, id int64) error
	apply func(tx *store.Transaction)
}

func txOps() []txOp {
	hash := hashOf("sent")
	signed := store.SignedTx{
		Hash: hash, Raw: []byte{0x02, 0xf8, 0x01}, GasTipCap: big.NewInt(1_500_000_000),
		GasFeeCap: new(big.Int).Lsh(big.NewInt(1), 255), GasLimit: 210_000,
	}
	inc := store.Inclusion{BlockNumber: 9, BlockHash: hashOf("block", 9), GasUsed: 50_000, Reverted: true}
	return []txOp{
		{
			name: "sign", to: store.TxSigned, from: []store.TxState{store.TxQueued},
			do: func(t *testing.T, s store.Store, id int64) error { return s.MarkTxSigned(t.Context(), id, signed) },
			apply: func(tx *store.Transaction) {
				tx.Hash, tx.Raw, tx.GasTipCap, tx.GasFeeCap, tx.GasLimit =
					signed.Hash, signed.Raw, signed.GasTipCap, signed.GasFeeCap, signed.GasLimit
			},
		},
		{
			name: "send", to: store.TxSent, from: []store.TxState{store.TxQueued, store.TxSigned, store.TxReorged},
			do: func(t *testing.T, s store.Store, id int64) error { return s.MarkTxSent(t.Context(), id, hash) },
			// A re-broadcast after a reorg forgets the orphaned inclusion.
			apply: func(tx *store.Transaction) {
				tx.Hash, tx.BlockNumber, tx.BlockHash, tx.GasUsed, tx.Reverted = hash, 0, common.Hash{}, 0, false
			},
		},
		{
			// replaced: the attempt a fee bump replaced was mined after all.
			name: "include", to: store.TxIncluded, from: []store.TxState{store.TxSent, store.TxReplaced},
			do: func(t *testing.T, s store.Store, id int64) error { return s.MarkTxIncluded(t.Context(), id, inc) },
			apply: func(tx *store.Transaction) {
				tx.BlockNumber, tx.BlockHash, tx.GasUsed, tx.Reverted = inc.BlockNumber, inc.BlockHash, inc.GasUsed, inc.Reverted
			},
		},
		{
			name: "confirm", to: store.TxConfirmed, from: []store.TxState{store.TxSent, store.TxIncluded},
			do: func(t *testing.T, s store.Store, id int64) error {
				return s.MarkTxConfirmed(t.Context(), id, 52_000, math.MaxInt64)
			},
			apply: func(tx *store.Transaction) { tx.GasUsed, tx.BlockNumber = 52_000, math.MaxInt64 },
		},
		{
			name: "replace", to: store.TxReplaced, from: []store.TxState{store.TxSent, store.TxIncluded},
			do:    func(t *testing.T, s store.Store, id int64) error { return s.MarkTxReplaced(t.Context(), id) },
			apply: func(tx *store.Transaction) {},
		},
		{
			name: "drop", to: store.TxDropped, from: []store.TxState{store.TxSent},
			do: func(t *testing.T, s store.Store, id int64) error {
				return s.MarkTxDropped(t.Context(), id, "nonce used by another transaction")
			},
			apply: func(tx *store.Transaction) { tx.Error = "nonce used by another transaction" },
		},
		{
			name: "reorg", to: store.TxReorged, from: []store.TxState{store.TxIncluded, store.TxConfirmed},
			do:    func(t *testing.T, s store.Store, id int64) error { return s.MarkTxReorged(t.Context(), id) },
			apply: func(tx *store.Transaction) {},
		},
		{
			name: "fail", to: store.TxFailed, from: []store.TxState{store.TxQueued, store.TxSigned, store.TxSent},
			do: func(t *testing.T, s store.Store, id int64) error {
				return s.MarkTxFailed(t.Context(), id, "nonce too low")
			},
			apply: func(tx *store.Transaction) { tx.Error = "nonce too low" },
		},
	}
}

func txOpByName(name string) txOp {
	for _, op := range txOps() {
		if op.name == name {
			return op
		}
	}
	panic("storetest: no tx op " + name)
}

// txPathTo walks a new transaction to each state.
var txPathTo = map[store.TxState][]string{
	store.TxQueued:    nil,
	store.TxSigned:    {"sign"},
	store.TxSent:      {"sign", "send"},
	store.TxIncluded:  {"sign", "send", "include"},
	store.TxConfirmed: {"sign", "send", "include", "confirm"},
	store.TxReplaced:  {"sign", "send", "replace"},
	store.TxFailed:    {"fail"},
	store.TxDropped:   {"sign", "send", "drop"},
	store.TxReorged:   {"sign", "send", "include", "reorg"},
}

func testTransactionTransitions(t *testing.T, s store.Store) {
	ctx := t.Context()
	paths := [][]string{
		{"send", "confirm"}, {"send", "fail"}, {"fail"}, // the issue-2 path without signing
		{"sign", "send", "include", "confirm"},
		{"sign", "fail"}, {"sign", "send", "fail"},
		{"sign", "send", "include", "reorg", "send", "include", "confirm"},
		{"sign", "send", "include", "confirm", "reorg", "send", "include", "confirm"}, // deeper than the confirmations
		{"sign", "send", "replace"}, {"sign", "send", "include", "replace"},
		{"sign", "send", "replace", "include", "confirm"}, // mined instead of its fee bump
		{"sign", "send", "drop"},
	}
	for _, path := range paths {
		t.Run(strings.Join(path, "-"), func(t *testing.T) {
			id := insertTx(t, s, "a", 1)
			prev := readTx(t, s, id)
			for _, name := range path {
				op := txOpByName(name)
				mustOK(t, name, op.do(t, s, id))
				got := readTx(t, s, id)
				if got.UpdatedAt.Before(prev.UpdatedAt) {
					t.Fatalf("after %s: updated_at went back from %v to %v", name, prev.UpdatedAt, got.UpdatedAt)
				}
				want := prev
				want.State, want.UpdatedAt = op.to, got.UpdatedAt
				op.apply(&want)
				mustEqual(t, "transaction after "+name, got, want)
				prev = got
			}
		})
	}
	// The latest transaction sent with a hash is the one found by it.
	first, second := insertTx(t, s, "h", 1), insertTx(t, s, "h", 1)
	mustOK(t, "send first", s.MarkTxSent(ctx, first, hashOf("same")))
	mustOK(t, "send second", s.MarkTxSent(ctx, second, hashOf("same")))
	got, err := s.TransactionByHash(ctx, hashOf("same"))
	mustOK(t, "by hash", err)
	mustEqual(t, "transaction found by a shared hash", got.ID, second)

	id := insertTx(t, s, "a", 2)
	before := readTx(t, s, id)
	mustBe(t, "send with zero hash", s.MarkTxSent(ctx, id, common.Hash{}), store.ErrInvalid)
	mustBe(t, "fail without reason", s.MarkTxFailed(ctx, id, ""), store.ErrInvalid)
	good := store.SignedTx{Hash: hashOf("s"), Raw: []byte{1}, GasTipCap: big.NewInt(1), GasFeeCap: big.NewInt(2), GasLimit: 1}
	for name, bad := range map[string]func(*store.SignedTx){
		"zero hash":        func(st *store.SignedTx) { st.Hash = common.Hash{} },
		"no raw bytes":     func(st *store.SignedTx) { st.Raw = nil },
		"no tip cap":       func(st *store.SignedTx) { st.GasTipCap = nil },
		"negative fee cap": func(st *store.SignedTx) { st.GasFeeCap = big.NewInt(-1) },
		"fee cap 2^256":    func(st *store.SignedTx) { st.GasFeeCap = new(big.Int).Lsh(big.NewInt(1), 256) },
		"gas above int64":  func(st *store.SignedTx) { st.GasLimit = math.MaxUint64 },
	} {
		st := good
		bad(&st)
		mustBe(t, "sign with "+name, s.MarkTxSigned(ctx, id, st), store.ErrInvalid)
	}
	mustEqual(t, "row after refused input", readTx(t, s, id), before)
	mustOK(t, "send", s.MarkTxSent(ctx, id, hashOf("x")))
	before = readTx(t, s, id)
	mustBe(t, "confirm with gas above int64", s.MarkTxConfirmed(ctx, id, math.MaxUint64, 1), store.ErrInvalid)
	mustBe(t, "confirm with block above int64", s.MarkTxConfirmed(ctx, id, 1, math.MaxInt64+1), store.ErrInvalid)
	mustBe(t, "include in a zero block hash", s.MarkTxIncluded(ctx, id, store.Inclusion{BlockNumber: 1}), store.ErrInvalid)
	mustBe(t, "include with block above int64",
		s.MarkTxIncluded(ctx, id, store.Inclusion{BlockNumber: math.MaxUint64, BlockHash: hashOf(1)}), store.ErrInvalid)
	mustBe(t, "drop without reason", s.MarkTxDropped(ctx, id, ""), store.ErrInvalid)
	mustEqual(t, "row after refused input", readTx(t, s, id), before)
}

func testTransactionIllegalTransitions(t *testing.T, s store.Store) {
	n := 0
	for _, from := range allTxStates {
		for _, op := range txOps() {
			if slices.Contains(op.from, from) {
				continue
			}
			n++
			t.Run(string(from)+"/"+op.name, func(t *testing.T) {
				id := insertTx(t, s, "a", 1)
				for _, name := range txPathTo[from] {
					mustOK(t, "walk to "+string(from), txOpByName(name).do(t, s, id))
				}
				before := readTx(t, s, id)
				mustEqual(t, "setup state", before.State, from)
				err := op.do(t, s, id)
				mustBe(t, op.name+" from "+string(from), err, store.ErrWrongState)
				if msg := err.Error(); !strings.Contains(msg, string(from)) || !containsAll(msg, op.from) {
					t.Fatalf("error %q should name the current state %s and the expected %v", msg, from, op.from)
				}
				mustEqual(t, "row after a refused transition", readTx(t, s, id), before)
			})
		}
	}
	if n != 56 { // 9 states × 8 transitions − 16 legal pairs
		t.Fatalf("checked %d illegal transitions, want 56", n)
	}
}

// allTxStates lists every transaction state, written out by hand.
var allTxStates = []store.TxState{
	store.TxQueued, store.TxSigned, store.TxSent, store.TxIncluded, store.TxConfirmed,
	store.TxReplaced, store.TxFailed, store.TxDropped, store.TxReorged,
}

func testDecisionsByTx(t *testing.T, s store.Store) {
	ctx := t.Context()
	tx1, tx2, tx3 := insertTx(t, s, "a", 1), insertTx(t, s, "a", 2), insertTx(t, s, "a", 3)
	ops := decisionOps(tx1)
	var ids []int64
	for range 5 {
		ids = append(ids, decisionIn(t, s, ops, store.DecisionApproved))
	}
	root := hashOf("root")
	// Submitted out of id order; read back in id order.
	for _, i := range []int{3, 0, 2} {
		mustOK(t, "submit", s.MarkSubmitted(ctx, ids[i], tx1, root, []common.Hash{hashOf("p", i)}))
	}
	mustOK(t, "submit to tx2", s.MarkSubmitted(ctx, ids[1], tx2, root, nil))

	for _, tc := range []struct {
		tx   int64
		want []int64
	}{{tx1, []int64{ids[0], ids[2], ids[3]}}, {tx2, []int64{ids[1]}}, {tx3, nil}} {
		ds, err := s.DecisionsByTx(ctx, tc.tx)
		mustOK(t, "by tx", err)
		var got []int64
		for _, d := range ds {
			got = append(got, d.ID)
			d.CreatedAt, d.UpdatedAt = canonical(d.CreatedAt), canonical(d.UpdatedAt)
			mustEqual(t, "decision by tx", d, readDecision(t, s, d.ID))
		}
		mustEqual(t, "decision ids of tx", got, tc.want)
	}
	_, err := s.DecisionsByTx(ctx, 0)
	mustBe(t, "by tx 0", err, store.ErrInvalid)
}

func testLastDecision(t *testing.T, s store.Store) {
	ctx := t.Context()
	ops := decisionOps(0)
	approved := decisionIn(t, s, ops, store.DecisionApproved)
	newDecision(t, s, "a", store.DecisionProposed)
	held := newDecision(t, s, "a", store.DecisionHeld)
	second := newDecision(t, s, "a", store.DecisionProposed)
	newDecision(t, s, "b", store.DecisionProposed) // another agent's later decision
	for _, tc := range []struct {
		state store.DecisionState
		want  int64
	}{{store.DecisionProposed, second}, {store.DecisionHeld, held}, {store.DecisionApproved, approved}} {
		d, err := s.LastDecision(ctx, "a", tc.state)
		mustOK(t, "last "+string(tc.state), err)
		mustEqual(t, "last "+string(tc.state), d.ID, tc.want)
		d.CreatedAt, d.UpdatedAt = canonical(d.CreatedAt), canonical(d.UpdatedAt)
		mustEqual(t, "last decision content", d, readDecision(t, s, tc.want))
	}
	_, err := s.LastDecision(ctx, "a", store.DecisionConfirmed)
	mustBe(t, "last confirmed of a", err, store.ErrNotFound)
	_, err = s.LastDecision(ctx, "a", "bogus")
	mustBe(t, "last in an unknown state", err, store.ErrInvalid)
	_, err = s.LastDecision(ctx, "", store.DecisionProposed)
	mustBe(t, "last of empty agent", err, store.ErrInvalid)
}

func testStats(t *testing.T, s store.Store) {
	ctx := t.Context()
	ops := decisionOps(insertTx(t, s, "a", 1))
	want := store.Stats{}
	for _, st := range allDecisionStates {
		for range len(st)%3 + 1 { // 1 to 3 of each state
			decisionIn(t, s, ops, st)
			want[st]++
		}
	}
	decisionIn(t, s, ops, store.DecisionHeld) // agent "a" is decisionIn's agent
	want[store.DecisionHeld]++
	newDecision(t, s, "other", store.DecisionProposed)

	got, err := s.Stats(ctx, "a")
	mustOK(t, "stats", err)
	mustEqual(t, "stats of a", got, want)
	got, err = s.Stats(ctx, "nobody")
	mustOK(t, "stats of an agent without decisions", err)
	if len(got) != 0 {
		t.Fatalf("stats of an agent without decisions = %v, want empty", got)
	}
	_, err = s.Stats(ctx, "")
	mustBe(t, "stats of empty agent", err, store.ErrInvalid)
}
