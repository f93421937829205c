package storetest

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
)

func testAgents(t *testing.T, s store.Store) {
	ctx := t.Context()
	got, err := s.Agents(ctx)
	mustOK(t, "agents of an empty store", err)
	if len(got) != 0 {
		t.Fatalf("agents of an empty store: %+v", got)
	}
	save := func(agent string, n uint64, hash common.Hash) {
		mustOK(t, "save block", s.SaveBlock(ctx, store.Block{Agent: agent, Number: n, Hash: hash, ParentHash: hashOf(agent, n-1), Time: 1000 + n}))
	}
	for n := uint64(1); n <= 5; n++ {
		save("beta", n, hashOf("beta", n))
	}
	save("alpha", 9, hashOf("alpha", 9))
	save("alpha", 9, hashOf("alpha-reorg", 9)) // a sibling saved last at the top height
	save("alpha", 3, hashOf("alpha", 3))       // a lower block saved later changes nothing
	save("alpha-2", 7, hashOf("alpha-2", 7))   // sorts between "alpha" and "beta" in byte order

	got, err = s.Agents(ctx)
	mustOK(t, "agents", err)
	var names []string
	for _, a := range got {
		names = append(names, a.Agent)
		if a.SeenAt.IsZero() || a.SeenAt.Location() != time.UTC || time.Since(a.SeenAt) > time.Hour {
			t.Errorf("agent %s seen at %v, want a recent UTC time", a.Agent, a.SeenAt)
		}
	}
	mustEqual(t, "agent names", names, []string{"alpha", "alpha-2", "beta"})
	want := store.Block{Agent: "alpha", Number: 9, Hash: hashOf("alpha-reorg", 9), ParentHash: hashOf("alpha", uint64(8)), Time: 1009}
	mustEqual(t, "alpha's latest block", got[0].LastBlock, want)
	mustEqual(t, "beta's latest block", got[2].LastBlock.Number, uint64(5))
}

// listAll pages through ListDecisions with page size n and returns the ids.
func listAll(t *testing.T, s store.Store, f store.DecisionFilter, n int) []int64 {
	t.Helper()
	var ids []int64
	f.Limit = n
	for page := 0; ; page++ {
		ds, err := s.ListDecisions(t.Context(), f)
		mustOK(t, "list decisions", err)
		if len(ds) > n {
			t.Fatalf("page of %d decisions, limit %d", len(ds), n)
		}
		for _, d := range ds {
			ids = append(ids, d.ID)
		}
		if len(ds) < n {
			return ids
		}
		f.Before = ds[len(ds)-1].ID
		if page > 1000 {
			t.Fatal("pagination does not end")
		}
	}
}

func testListDecisions(t *testing.T, s store.Store) {
	ctx := t.Context()
	tx := insertTx(t, s, "a", 0)
	ops := decisionOps(tx)
	insert := func(agent string, action string, state store.DecisionState) int64 {
		first := store.DecisionProposed
		if state == store.DecisionHeld {
			first = state
		}
		id, err := s.InsertDecision(ctx, store.Decision{Agent: agent, BlockNumber: 10, BlockHash: hashOf("block"),
			RecordHash: hashOf("record", agent, action, state), Action: json.RawMessage(action), State: first})
		mustOK(t, "insert", err)
		for _, name := range pathTo[state] {
			mustOK(t, name, opByName(ops, name).do(t, s, id))
		}
		return id
	}
	type row struct {
		id    int64
		agent string
		state store.DecisionState
		key   bool // the action has "score"
	}
	var rows []row
	for i, st := range []store.DecisionState{store.DecisionHeld, store.DecisionRejected, store.DecisionRecorded,
		store.DecisionConfirmed, store.DecisionFailed, store.DecisionHeld, store.DecisionSubmitted} {
		for _, agent := range []string{"a", "b"} {
			action, key := `{"width":60}`, false
			if i%2 == 1 {
				action, key = `{"score":72,"flags":["upgrade"]}`, true
			}
			rows = append(rows, row{insert(agent, action, st), agent, st, key})
		}
	}
	// Actions that name the key without having it at the top level.
	rows = append(rows,
		row{insert("a", `{"nested":{"score":1}}`, store.DecisionHeld), "a", store.DecisionHeld, false},
		row{insert("a", `[{"score":1}]`, store.DecisionHeld), "a", store.DecisionHeld, false},
		row{insert("a", `"score"`, store.DecisionHeld), "a", store.DecisionHeld, false},
		row{insert("b", `{"score":null}`, store.DecisionHeld), "b", store.DecisionHeld, true}, // present, if null
	)
	want := func(keep func(r row) bool) []int64 {
		var ids []int64
		for _, r := range slices.Backward(rows) {
			if keep(r) {
				ids = append(ids, r.id)
			}
		}
		return ids
	}
	committed := func(st store.DecisionState) bool {
		// recorded and submitted store a root; confirmed went on from
		// submitted; failed here went approved → failed, before any root.
		return st == store.DecisionRecorded || st == store.DecisionSubmitted || st == store.DecisionConfirmed
	}
	cases := []struct {
		name string
		f    store.DecisionFilter
		keep func(r row) bool
	}{
		{"all", store.DecisionFilter{}, func(row) bool { return true }},
		{"agent", store.DecisionFilter{Agent: "b"}, func(r row) bool { return r.agent == "b" }},
		{"state", store.DecisionFilter{State: store.DecisionHeld}, func(r row) bool { return r.state == store.DecisionHeld }},
		{"agent and state", store.DecisionFilter{Agent: "a", State: store.DecisionConfirmed},
			func(r row) bool { return r.agent == "a" && r.state == store.DecisionConfirmed }},
		{"committed", store.DecisionFilter{Committed: true}, func(r row) bool { return committed(r.state) }},
		{"action key", store.DecisionFilter{ActionKey: "score"}, func(r row) bool { return r.key }},
		{"action key and agent", store.DecisionFilter{ActionKey: "score", Agent: "a"}, func(r row) bool { return r.key && r.agent == "a" }},
		{"unknown agent", store.DecisionFilter{Agent: "nobody"}, func(row) bool { return false }},
	}
	for _, tc := range cases {
		for _, n := range []int{1, 3, store.MaxPage} {
			got := listAll(t, s, tc.f, n)
			mustEqual(t, fmt.Sprintf("%s (pages of %d)", tc.name, n), got, want(tc.keep))
		}
	}

	// A page holds whole rows, as Decision reads them.
	page, err := s.ListDecisions(ctx, store.DecisionFilter{State: store.DecisionConfirmed, Limit: 1})
	mustOK(t, "list", err)
	one, err := s.Decision(ctx, page[0].ID)
	mustOK(t, "read", err)
	mustEqual(t, "listed decision", page[0], one)
	if page[0].TxID != tx || page[0].Root == (common.Hash{}) || len(page[0].Verdict) == 0 {
		t.Fatalf("listed confirmed decision lacks its tx, root or verdict: %+v", page[0])
	}

	for _, bad := range []store.DecisionFilter{
		{Limit: 0}, {Limit: store.MaxPage + 1}, {Limit: 1, State: "pending"}, {Limit: 1, Before: -1},
		{Limit: 1, ActionKey: "a.b"}, {Limit: 1, ActionKey: "x') OR 1=1 --"}, {Limit: 1, ActionKey: strings.Repeat("k", 65)},
	} {
		_, err := s.ListDecisions(ctx, bad)
		mustBe(t, "list decisions with a bad filter", err, store.ErrInvalid)
	}
}

func testListTransactions(t *testing.T, s store.Store) {
	ctx := t.Context()
	var ids, bIDs, sent []int64
	for i := range 7 {
		agent := "a"
		if i%3 == 0 {
			agent = "b"
		}
		id := insertTx(t, s, agent, uint64(i))
		if i%2 == 0 {
			mustOK(t, "send", s.MarkTxSent(ctx, id, hashOf("tx", i)))
			sent = append(sent, id)
		}
		ids = append(ids, id)
		if agent == "b" {
			bIDs = append(bIDs, id)
		}
	}
	list := func(f store.TxFilter) []int64 {
		var out []int64
		for f.Limit = 2; ; {
			txs, err := s.ListTransactions(ctx, f)
			mustOK(t, "list transactions", err)
			for _, tx := range txs {
				out = append(out, tx.ID)
			}
			if len(txs) < f.Limit {
				return out
			}
			f.Before = txs[len(txs)-1].ID
		}
	}
	rev := func(xs []int64) []int64 {
		out := slices.Clone(xs)
		slices.Reverse(out)
		return out
	}
	mustEqual(t, "all transactions, newest first", list(store.TxFilter{}), rev(ids))
	mustEqual(t, "b's", list(store.TxFilter{Agent: "b"}), rev(bIDs))
	mustEqual(t, "sent", list(store.TxFilter{State: store.TxSent}), rev(sent))
	mustEqual(t, "none failed", list(store.TxFilter{State: store.TxFailed}), []int64(nil))

	page, err := s.ListTransactions(ctx, store.TxFilter{State: store.TxSent, Limit: 1})
	mustOK(t, "list", err)
	mustEqual(t, "listed transaction", page[0], readTxRaw(t, s, page[0].ID))

	for _, bad := range []store.TxFilter{{Limit: 0}, {Limit: store.MaxPage + 1}, {Limit: 1, State: "pending"}, {Limit: 1, Before: -1}} {
		_, err := s.ListTransactions(ctx, bad)
		mustBe(t, "list transactions with a bad filter", err, store.ErrInvalid)
	}
}

// readTxRaw reads a transaction as the store hands it back.
func readTxRaw(t *testing.T, s store.Store, id int64) store.Transaction {
	t.Helper()
	tx, err := s.Transaction(t.Context(), id)
	mustOK(t, "read transaction", err)
	return tx
}

func testControls(t *testing.T, s store.Store) {
	ctx := t.Context()
	get := func(agent string) store.Control {
		t.Helper()
		c, err := s.Control(ctx, agent)
		mustOK(t, "control of "+agent, err)
		if !c.UpdatedAt.IsZero() {
			c.UpdatedAt = canonical(c.UpdatedAt)
		}
		return c
	}
	set := func(c store.Control) store.Control {
		t.Helper()
		mustOK(t, "set control", s.SetControl(ctx, c))
		c.UpdatedAt = canonical(c.UpdatedAt)
		return c
	}
	mustEqual(t, "no switch set", get("a"), store.Control{Agent: "a", State: store.ControlRunning})
	cs, err := s.Controls(ctx)
	mustOK(t, "controls", err)
	if len(cs) != 0 {
		t.Fatalf("controls of an empty store: %+v", cs)
	}

	at := time.Date(2025, 6, 1, 12, 0, 0, 123_456_789, time.UTC)
	pausedA := set(store.Control{Agent: "a", State: store.ControlPaused, Reason: "maintenance", UpdatedAt: at})
	mustEqual(t, "a paused", get("a"), pausedA)
	mustEqual(t, "b untouched", get("b"), store.Control{Agent: "b", State: store.ControlRunning})

	haltAll := set(store.Control{Agent: store.AllAgents, State: store.ControlHalted, Reason: "incident", UpdatedAt: at.Add(time.Second)})
	mustEqual(t, "every agent's kill switch wins over a's pause", get("a"), haltAll)
	mustEqual(t, "and holds b", get("b"), haltAll)

	haltedA := set(store.Control{Agent: "a", State: store.ControlHalted, Reason: "own", UpdatedAt: at.Add(2 * time.Second)})
	mustEqual(t, "a tie is the agent's own", get("a"), haltedA)

	pauseAll := set(store.Control{Agent: store.AllAgents, State: store.ControlPaused, UpdatedAt: at.Add(3 * time.Second)})
	mustEqual(t, "a's own kill switch wins over every agent's pause", get("a"), haltedA)
	mustEqual(t, "b paused with every agent", get("b"), pauseAll)

	runAll := set(store.Control{Agent: store.AllAgents, State: store.ControlRunning, UpdatedAt: at.Add(4 * time.Second)})
	mustEqual(t, "b runs again", get("b"), runAll)
	runA := set(store.Control{Agent: "a", State: store.ControlRunning, UpdatedAt: at.Add(5 * time.Second)})
	mustEqual(t, "a resumed: its own switch (a tie)", get("a"), runA)

	// A zero UpdatedAt means now.
	mustOK(t, "set without a time", s.SetControl(ctx, store.Control{Agent: "c", State: store.ControlPaused}))
	if c := get("c"); c.State != store.ControlPaused || time.Since(c.UpdatedAt) > time.Hour {
		t.Fatalf("control set without a time: %+v", c)
	}

	cs, err = s.Controls(ctx)
	mustOK(t, "controls", err)
	var agents []string
	for _, c := range cs {
		agents = append(agents, c.Agent)
	}
	mustEqual(t, "controls in agent order, every agent's first", agents, []string{store.AllAgents, "a", "c"})

	for _, bad := range []store.Control{
		{Agent: "", State: store.ControlPaused},
		{Agent: "a", State: "stopped"},
		{Agent: "a", State: store.ControlPaused, Reason: strings.Repeat("r", 501)},
	} {
		mustBe(t, "set a bad control", s.SetControl(ctx, bad), store.ErrInvalid)
	}
	mustEqual(t, "a bad control changes nothing", get("a"), runA)
	_, err = s.Control(ctx, "")
	mustBe(t, "control of no agent", err, store.ErrInvalid)
}
