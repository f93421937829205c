package storetest

import (
	"encoding/json"
	"errors"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
)

var (
	// passed is a verdict that lets a decision through.
	passed = []store.PolicyResult{{Name: "bounds", Allowed: true}, {Name: "cooldown", Allowed: true, Message: "ok after 12 blocks"}}
	// refused is a verdict with one refusal.
	refused = []store.PolicyResult{{Name: "bounds", Allowed: true}, {Name: "step", Allowed: false, Message: "step 40 > 25"}}
)

// allDecisionStates lists every DecisionState.
var allDecisionStates = []store.DecisionState{
	store.DecisionProposed, store.DecisionHeld, store.DecisionRejected, store.DecisionApproved,
	store.DecisionRecorded, store.DecisionSubmitted, store.DecisionConfirmed, store.DecisionFailed,
	store.DecisionOrphaned,
}

// decisionOp is one Mark* call with what it must have changed.
type decisionOp struct {
	name  string
	to    store.DecisionState
	from  []store.DecisionState // the legal source states, written out by hand
	do    func(t *testing.T, s store.Store, id int64) error
	apply func(d *store.Decision) // what the op must change besides state and updated_at
}

// decisionOps returns every decision transition; submit links txID.
func decisionOps(txID int64) []decisionOp {
	root, proof := hashOf("root"), []common.Hash{hashOf("p", 0), hashOf("p", 1)}
	return []decisionOp{
		{
			name: "approve", to: store.DecisionApproved, from: []store.DecisionState{store.DecisionProposed},
			do:    func(t *testing.T, s store.Store, id int64) error { return s.MarkApproved(t.Context(), id, passed) },
			apply: func(d *store.Decision) { d.Verdict = passed },
		},
		{
			name: "reject", to: store.DecisionRejected, from: []store.DecisionState{store.DecisionProposed},
			do: func(t *testing.T, s store.Store, id int64) error {
				return s.MarkRejected(t.Context(), id, refused, "step limit")
			},
			apply: func(d *store.Decision) { d.Verdict, d.Reason = refused, "step limit" },
		},
		{
			name: "record", to: store.DecisionRecorded, from: []store.DecisionState{store.DecisionApproved},
			do: func(t *testing.T, s store.Store, id int64) error {
				return s.MarkRecorded(t.Context(), id, root, proof)
			},
			apply: func(d *store.Decision) { d.Root, d.Proof = root, proof },
		},
		{
			name: "submit", to: store.DecisionSubmitted, from: []store.DecisionState{store.DecisionApproved},
			do: func(t *testing.T, s store.Store, id int64) error {
				return s.MarkSubmitted(t.Context(), id, txID, root, proof)
			},
			apply: func(d *store.Decision) { d.TxID, d.Root, d.Proof = txID, root, proof },
		},
		{
			name: "confirm", to: store.DecisionConfirmed, from: []store.DecisionState{store.DecisionSubmitted, store.DecisionOrphaned},
			do:    func(t *testing.T, s store.Store, id int64) error { return s.MarkConfirmed(t.Context(), id) },
			apply: func(d *store.Decision) {},
		},
		{
			name: "fail", to: store.DecisionFailed, from: []store.DecisionState{store.DecisionApproved, store.DecisionSubmitted, store.DecisionOrphaned},
			do: func(t *testing.T, s store.Store, id int64) error {
				return s.MarkFailed(t.Context(), id, "reverted: StepTooLarge")
			},
			apply: func(d *store.Decision) { d.Reason = "reverted: StepTooLarge" },
		},
		{
			name: "orphan", to: store.DecisionOrphaned, from: []store.DecisionState{store.DecisionConfirmed, store.DecisionFailed},
			do: func(t *testing.T, s store.Store, id int64) error {
				return s.MarkOrphaned(t.Context(), id, "block 9 left the chain")
			},
			apply: func(d *store.Decision) { d.Reason = "block 9 left the chain" },
		},
	}
}

func opByName(ops []decisionOp, name string) decisionOp {
	for _, op := range ops {
		if op.name == name {
			return op
		}
	}
	panic("storetest: no decision op " + name)
}

// pathTo lists the ops that take a new proposed decision to state.
var pathTo = map[store.DecisionState][]string{
	store.DecisionProposed:  nil,
	store.DecisionRejected:  {"reject"},
	store.DecisionApproved:  {"approve"},
	store.DecisionRecorded:  {"approve", "record"},
	store.DecisionSubmitted: {"approve", "submit"},
	store.DecisionConfirmed: {"approve", "submit", "confirm"},
	store.DecisionFailed:    {"approve", "fail"},
	store.DecisionOrphaned:  {"approve", "submit", "confirm", "orphan"},
}

// newDecision inserts a decision of agent in state proposed or held.
func newDecision(t *testing.T, s store.Store, agent string, state store.DecisionState) int64 {
	t.Helper()
	id, err := s.InsertDecision(t.Context(), store.Decision{
		Agent: agent, BlockNumber: 10, BlockHash: hashOf("block", 10), RecordHash: hashOf("record", agent),
		Action: json.RawMessage(`{"tickLower":-600,"tickUpper":600}`), State: state,
	})
	mustOK(t, "insert decision", err)
	return id
}

// decisionIn creates a decision and walks it to state along pathTo.
func decisionIn(t *testing.T, s store.Store, ops []decisionOp, state store.DecisionState) int64 {
	t.Helper()
	if state == store.DecisionHeld {
		return newDecision(t, s, "a", store.DecisionHeld)
	}
	id := newDecision(t, s, "a", store.DecisionProposed)
	for _, name := range pathTo[state] {
		mustOK(t, "walk to "+string(state)+": "+name, opByName(ops, name).do(t, s, id))
	}
	return id
}

func readDecision(t *testing.T, s store.Store, id int64) store.Decision {
	t.Helper()
	d, err := s.Decision(t.Context(), id)
	mustOK(t, "read decision", err)
	if d.CreatedAt.Location() != time.UTC || d.UpdatedAt.Location() != time.UTC {
		t.Fatalf("decision %d times not in UTC: %v, %v", id, d.CreatedAt, d.UpdatedAt)
	}
	d.CreatedAt, d.UpdatedAt = canonical(d.CreatedAt), canonical(d.UpdatedAt)
	return d
}

func testDecisionRoundTrip(t *testing.T, s store.Store) {
	ctx := t.Context()
	created := time.Date(2025, 3, 4, 5, 6, 7, 891_234_567, time.FixedZone("EST", -5*3600))
	cases := []store.Decision{
		{ // byte-exact action: spacing and key order must survive
			Agent: "a", BlockNumber: math.MaxInt64, BlockHash: hashOf("bh"), RecordHash: hashOf("rh"),
			Action: json.RawMessage(`{"b": 1,  "a":[2,3], "big": 123456789012345678901234567890}`),
			State:  store.DecisionProposed, CreatedAt: created,
		},
		{ // held, no action, zero hashes everywhere
			Agent: "a", State: store.DecisionHeld, Reason: "spread within band", CreatedAt: created,
		},
		{ // verdict, root and proof given at insert are kept
			Agent: "b", BlockNumber: 3, State: store.DecisionProposed, Verdict: passed,
			Root: hashOf("root"), Proof: []common.Hash{hashOf("p")}, Action: json.RawMessage(`null`), CreatedAt: created,
		},
		{ // empty (non-nil) proof and verdict read back as nil
			Agent: "b", State: store.DecisionProposed, Verdict: []store.PolicyResult{}, Proof: []common.Hash{},
			Action: json.RawMessage(`[]`), CreatedAt: created,
		},
		{ // a tick of three records keeps them all, in leaf order
			Agent: "c", BlockNumber: 7, State: store.DecisionProposed, RecordHash: hashOf("r", 0),
			Records: []common.Hash{hashOf("r", 0), hashOf("r", 1), hashOf("r", 2)}, CreatedAt: created,
		},
	}
	var lastID int64
	for i, d := range cases {
		id, err := s.InsertDecision(ctx, d)
		mustOK(t, "insert", err)
		if id <= lastID {
			t.Fatalf("case %d: id %d not above previous id %d", i, id, lastID)
		}
		lastID = id
		want := d
		want.ID, want.CreatedAt = id, canonical(d.CreatedAt)
		want.UpdatedAt = want.CreatedAt
		if len(want.Verdict) == 0 {
			want.Verdict = nil
		}
		if len(want.Proof) == 0 {
			want.Proof = nil
		}
		if len(want.Records) == 0 { // one record: RecordHash
			want.Records = []common.Hash{want.RecordHash}
		}
		mustEqual(t, "decision round trip", readDecision(t, s, id), want)
	}

	before := time.Now().Add(-time.Second)
	id := newDecision(t, s, "c", store.DecisionProposed)
	if d := readDecision(t, s, id); d.CreatedAt.Before(before) || !d.UpdatedAt.Equal(d.CreatedAt) {
		t.Fatalf("decision stored without a time: created %v updated %v, want about now and equal", d.CreatedAt, d.UpdatedAt)
	}
}

func testDecisionInvalid(t *testing.T, s store.Store) {
	ctx := t.Context()
	ok := store.Decision{Agent: "a", State: store.DecisionProposed}
	cases := []struct {
		name   string
		modify func(d *store.Decision)
	}{
		{"empty agent", func(d *store.Decision) { d.Agent = "" }},
		{"empty state", func(d *store.Decision) { d.State = "" }},
		{"starts approved", func(d *store.Decision) { d.State = store.DecisionApproved }},
		{"unknown state", func(d *store.Decision) { d.State = "pending" }},
		{"linked to a tx", func(d *store.Decision) { d.TxID = 1 }},
		{"action not JSON", func(d *store.Decision) { d.Action = json.RawMessage(`{"a":`) }},
		{"verdict entry without name", func(d *store.Decision) { d.Verdict = []store.PolicyResult{{Allowed: true}} }},
		{"block above int64", func(d *store.Decision) { d.BlockNumber = math.MaxInt64 + 1 }},
		{"records not led by the record hash", func(d *store.Decision) {
			d.RecordHash, d.Records = hashOf("r", 0), []common.Hash{hashOf("r", 1), hashOf("r", 0)}
		}},
	}
	for _, tc := range cases {
		d := ok
		tc.modify(&d)
		_, err := s.InsertDecision(ctx, d)
		mustBe(t, tc.name, err, store.ErrInvalid)
	}
	st, err := s.Stats(ctx, "a")
	mustOK(t, "stats", err)
	if len(st) != 0 {
		t.Fatalf("refused decisions left rows: stats %v", st)
	}
}

func testDecisionLegalTransitions(t *testing.T, s store.Store) {
	ops := decisionOps(insertTx(t, s, "a", 1))
	paths := [][]string{
		{"reject"},
		{"approve", "record"},
		{"approve", "submit", "confirm"},
		{"approve", "submit", "fail"},
		{"approve", "fail"},
		{"approve", "submit", "confirm", "orphan", "confirm"}, // re-mined after a reorg
		{"approve", "submit", "confirm", "orphan", "fail"},
		{"approve", "submit", "fail", "orphan", "confirm"}, // reverted, then re-mined on the new branch
	}
	for _, path := range paths {
		t.Run(strings.Join(path, "-"), func(t *testing.T) {
			id := newDecision(t, s, "a", store.DecisionProposed)
			prev := readDecision(t, s, id)
			for _, name := range path {
				op := opByName(ops, name)
				mustOK(t, name, op.do(t, s, id))
				got := readDecision(t, s, id)
				if got.UpdatedAt.Before(prev.UpdatedAt) {
					t.Fatalf("after %s: updated_at went back from %v to %v", name, prev.UpdatedAt, got.UpdatedAt)
				}
				want := prev
				want.State, want.UpdatedAt = op.to, got.UpdatedAt
				op.apply(&want)
				mustEqual(t, "decision after "+name, got, want)
				prev = got
			}
		})
	}
}

func testDecisionIllegalTransitions(t *testing.T, s store.Store) {
	ops := decisionOps(insertTx(t, s, "a", 1))
	n := 0
	for _, from := range allDecisionStates {
		for _, op := range ops {
			if slices.Contains(op.from, from) {
				continue
			}
			n++
			t.Run(string(from)+"/"+op.name, func(t *testing.T) {
				id := decisionIn(t, s, ops, from)
				before := readDecision(t, s, id)
				mustEqual(t, "setup state", before.State, from)
				err := op.do(t, s, id)
				mustBe(t, op.name+" from "+string(from), err, store.ErrWrongState)
				if msg := err.Error(); !strings.Contains(msg, string(from)) || !containsAll(msg, op.from) {
					t.Fatalf("error %q should name the current state %s and the expected %v", msg, from, op.from)
				}
				mustEqual(t, "row after a refused transition", readDecision(t, s, id), before)
			})
		}
	}
	if n != 9*7-11 { // states × ops − legal pairs
		t.Fatalf("checked %d illegal transitions, want %d", n, 9*7-11)
	}
}

func testDecisionTransitionBadInput(t *testing.T, s store.Store) {
	ctx := t.Context()
	txID := insertTx(t, s, "a", 1)
	ops := decisionOps(txID)
	proposed := decisionIn(t, s, ops, store.DecisionProposed)
	approved := decisionIn(t, s, ops, store.DecisionApproved)
	submitted := decisionIn(t, s, ops, store.DecisionSubmitted)
	confirmed := decisionIn(t, s, ops, store.DecisionConfirmed)
	cases := []struct {
		name string
		id   int64
		do   func(id int64) error
	}{
		{"approve with a refusal in the verdict", proposed, func(id int64) error { return s.MarkApproved(ctx, id, refused) }},
		{"approve with an unnamed policy", proposed, func(id int64) error {
			return s.MarkApproved(ctx, id, []store.PolicyResult{{Allowed: true}})
		}},
		{"reject without reason", proposed, func(id int64) error { return s.MarkRejected(ctx, id, refused, "") }},
		{"record with zero root", approved, func(id int64) error { return s.MarkRecorded(ctx, id, common.Hash{}, nil) }},
		{"submit to tx 0", approved, func(id int64) error { return s.MarkSubmitted(ctx, id, 0, hashOf("r"), nil) }},
		{"submit to a missing tx", approved, func(id int64) error {
			return s.MarkSubmitted(ctx, id, 1<<40, hashOf("r"), nil)
		}},
		{"submit with zero root", approved, func(id int64) error {
			return s.MarkSubmitted(ctx, id, txID, common.Hash{}, nil)
		}},
		{"fail without reason", submitted, func(id int64) error { return s.MarkFailed(ctx, id, "") }},
		{"orphan without reason", confirmed, func(id int64) error { return s.MarkOrphaned(ctx, id, "") }},
	}
	for _, tc := range cases {
		before := readDecision(t, s, tc.id)
		mustBe(t, tc.name, tc.do(tc.id), store.ErrInvalid)
		mustEqual(t, "row after "+tc.name, readDecision(t, s, tc.id), before)
	}
}

// testDecisionTransitionRace has goroutines race to approve or reject one
// decision: exactly one must win, the others get ErrWrongState.
func testDecisionTransitionRace(t *testing.T, s store.Store) {
	ctx := t.Context()
	for round := range 5 {
		id := newDecision(t, s, "a", store.DecisionProposed)
		const racers = 8
		var (
			wg      sync.WaitGroup
			mu      sync.Mutex
			winners []store.DecisionState
		)
		for r := range racers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				to, err := store.DecisionApproved, error(nil)
				if r%2 == 0 {
					err = s.MarkApproved(ctx, id, passed)
				} else {
					to, err = store.DecisionRejected, s.MarkRejected(ctx, id, refused, "race")
				}
				switch {
				case err == nil:
					mu.Lock()
					winners = append(winners, to)
					mu.Unlock()
				case !errors.Is(err, store.ErrWrongState):
					t.Errorf("round %d racer %d: %v, want nil or ErrWrongState", round, r, err)
				}
			}()
		}
		wg.Wait()
		if len(winners) != 1 {
			t.Fatalf("round %d: %d transitions succeeded, want exactly 1", round, len(winners))
		}
		mustEqual(t, "state after the race", readDecision(t, s, id).State, winners[0])
	}
}

func containsAll[S ~string](msg string, list []S) bool {
	for _, x := range list {
		if !strings.Contains(msg, string(x)) {
			return false
		}
	}
	return true
}
