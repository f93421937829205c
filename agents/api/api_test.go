package api_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/api"
	"github.com/steward-agents/steward/agents/store"
	sqlitestore "github.com/steward-agents/steward/agents/store/sqlite"
	"github.com/steward-agents/steward/inference/commit"
)

const token = "s3cret-token"

func hashOf(parts ...any) common.Hash { return crypto.Keccak256Hash([]byte(fmt.Sprint(parts...))) }

func openSQLite(t testing.TB) store.Store {
	t.Helper()
	s, err := sqlitestore.Open(context.Background(), filepath.Join(t.TempDir(), "api.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// serve starts the API over st in an httptest server.
func serve(t testing.TB, st store.Store, cfg api.Config) *httptest.Server {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	srv, err := api.New(cfg, st)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv.Handler())
	t.Cleanup(ts.Close)
	return ts
}

// call makes a request and decodes the JSON answer into out (when not nil).
func call(t testing.TB, method, url, auth string, body string, out any) (int, http.Header) {
	t.Helper()
	req, err := http.NewRequest(method, url, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	data, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	if out != nil {
		if err := json.Unmarshal(data, out); err != nil {
			t.Fatalf("%s %s: %d, body %q is not the JSON expected: %v", method, url, res.StatusCode, data, err)
		}
	}
	return res.StatusCode, res.Header
}

type apiError struct {
	Error api.Error `json:"error"`
}

// fixture fills a store as two agents' ticks would: blocks, decisions in
// every final state (some carrying a score), the transactions that carry
// the submitted ones (one bumped) and their records.
type fixture struct {
	st        store.Store
	decisions map[int64]store.Decision // by id
	bumped    store.Transaction        // the fee bump of the first submitted decision
	record    common.Hash
}

func newFixture(t *testing.T, st store.Store) *fixture {
	t.Helper()
	ctx := t.Context()
	f := &fixture{st: st, decisions: map[int64]store.Decision{}}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	agentKey := crypto.PubkeyToAddress(mustKey(t).PublicKey)
	for i := range 30 {
		agent := []string{"alpha", "beta"}[i%2]
		block := uint64(100 + i)
		must(st.SaveBlock(ctx, store.Block{Agent: agent, Number: block, Hash: hashOf("block", block), ParentHash: hashOf("block", block-1), Time: 1_700_000_000 + block}))
		rec := commit.Record{Agent: agentKey, ModelDigest: hashOf("model"), InputDigest: hashOf("in", i), OutputDigest: hashOf("out", i),
			BlockNumber: block, BlockHash: hashOf("block", block), Nonce: uint64(i)}
		must(st.InsertRecords(ctx, []store.InferenceRecord{{RecordHash: rec.Hash(), Agent: agent, AgentAddress: agentKey,
			ModelDigest: rec.ModelDigest, InputScale: 1000, OutputScale: 1000, Inputs: []int64{int64(i)}, Outputs: []int64{7},
			InputDigest: rec.InputDigest, OutputDigest: rec.OutputDigest, BlockNumber: block, BlockHash: rec.BlockHash, Nonce: rec.Nonce}}))
		f.record = rec.Hash()
		action := fmt.Sprintf(`{"width":%d}`, 60+i)
		if i%3 == 0 {
			action = fmt.Sprintf(`{"score":%d,"flags":["upgrade"],"vote":false}`, i)
		}
		state := store.DecisionHeld
		if i%4 != 0 {
			state = store.DecisionProposed
		}
		id, err := st.InsertDecision(ctx, store.Decision{Agent: agent, BlockNumber: block, BlockHash: hashOf("block", block),
			RecordHash: rec.Hash(), Action: json.RawMessage(action), State: state, Reason: map[bool]string{true: "nothing to change"}[state == store.DecisionHeld]})
		must(err)
		switch {
		case state == store.DecisionHeld:
		case i%4 == 1:
			must(st.MarkRejected(ctx, id, []store.PolicyResult{{Name: "width", Allowed: true}, {Name: "step", Message: "step 40 > 25"}}, "step: step 40 > 25"))
		case i%4 == 2:
			must(st.MarkApproved(ctx, id, []store.PolicyResult{{Name: "width", Allowed: true}}))
			must(st.MarkRecorded(ctx, id, rec.Hash(), nil)) // one record: the root is the leaf
		default:
			must(st.MarkApproved(ctx, id, []store.PolicyResult{{Name: "width", Allowed: true}}))
			key := fmt.Sprintf("%s/decision/%d", agent, id)
			tx, err := st.InsertTransaction(ctx, store.Transaction{Agent: agent, Key: key, From: agentKey, To: common.Address{1}, Nonce: uint64(i), Root: rec.Hash()})
			must(err)
			must(st.MarkTxSent(ctx, tx, hashOf("tx", i)))
			must(st.MarkSubmitted(ctx, id, tx, rec.Hash(), nil))
			if f.bumped.ID == 0 {
				// A fee bump: the decision links the first attempt, the
				// bump is what got mined.
				must(st.MarkTxReplaced(ctx, tx))
				bump, err := st.InsertTransaction(ctx, store.Transaction{Agent: agent, Key: key, From: agentKey, To: common.Address{1},
					Nonce: uint64(i), Root: rec.Hash(), Attempt: 1, Replaces: tx})
				must(err)
				must(st.MarkTxSent(ctx, bump, hashOf("bump", i)))
				tx = bump
			}
			must(st.MarkTxConfirmed(ctx, tx, 21000, block+1))
			must(st.MarkConfirmed(ctx, id))
			if f.bumped.ID == 0 {
				f.bumped, err = st.Transaction(ctx, tx)
				must(err)
			}
		}
		d, err := st.Decision(ctx, id)
		must(err)
		f.decisions[id] = d
	}
	return f
}

func mustKey(t *testing.T) *ecdsa.PrivateKey {
	t.Helper()
	k, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	return k
}

// ids lists the fixture's decision ids that keep selects, newest first.
func (f *fixture) ids(keep func(store.Decision) bool) []int64 {
	var out []int64
	for id, d := range f.decisions {
		if keep(d) {
			out = append(out, id)
		}
	}
	slices.Sort(out)
	slices.Reverse(out)
	return out
}

// walk pages through a listing with ?limit=n and returns every item's id.
func walk[T any](t *testing.T, base string, n int, id func(T) int64) []int64 {
	t.Helper()
	var out []int64
	cursor := ""
	for pages := 0; ; pages++ {
		sep := "?"
		if strings.Contains(base, "?") {
			sep = "&"
		}
		url := fmt.Sprintf("%s%slimit=%d", base, sep, n)
		if cursor != "" {
			url += "&cursor=" + cursor
		}
		var page api.Page[T]
		if code, _ := call(t, "GET", url, "", "", &page); code != http.StatusOK {
			t.Fatalf("GET %s: %d", url, code)
		}
		if len(page.Items) > n {
			t.Fatalf("GET %s: %d items, limit %d", url, len(page.Items), n)
		}
		for _, it := range page.Items {
			out = append(out, id(it))
		}
		if page.NextCursor == "" {
			return out
		}
		if len(page.Items) != n {
			t.Fatalf("GET %s: a short page (%d of %d) with a next cursor", url, len(page.Items), n)
		}
		cursor = page.NextCursor
		if pages > 100 {
			t.Fatal("the listing does not end")
		}
	}
}

func TestDecisionsPaginateAndFilter(t *testing.T) {
	st := openSQLite(t)
	f := newFixture(t, st)
	ts := serve(t, st, api.Config{Token: token})
	decisionID := func(d api.Decision) int64 { return d.ID }
	all := func(store.Decision) bool { return true }
	cases := []struct {
		name, query string
		keep        func(store.Decision) bool
	}{
		{"all", "", all},
		{"agent", "agent=beta", func(d store.Decision) bool { return d.Agent == "beta" }},
		{"state", "state=held", func(d store.Decision) bool { return d.State == store.DecisionHeld }},
		{"agent and state", "agent=alpha&state=confirmed", func(d store.Decision) bool { return d.Agent == "alpha" && d.State == store.DecisionConfirmed }},
		{"action key", "has=score", func(d store.Decision) bool { return bytes.Contains(d.Action, []byte(`"score"`)) }},
		{"no such agent", "agent=gamma", func(store.Decision) bool { return false }},
	}
	for _, tc := range cases {
		for _, n := range []int{1, 4, api.MaxLimit} {
			got := walk(t, ts.URL+"/api/decisions?"+tc.query, n, decisionID)
			if want := f.ids(tc.keep); !slices.Equal(got, want) {
				t.Errorf("%s, pages of %d: got %v, want %v", tc.name, n, got, want)
			}
		}
	}
	// The default page is DefaultLimit long: 30 decisions fit in one.
	var page api.Page[api.Decision]
	call(t, "GET", ts.URL+"/api/decisions", "", "", &page)
	if len(page.Items) != 30 || page.NextCursor != "" {
		t.Fatalf("default page: %d items, next %q", len(page.Items), page.NextCursor)
	}

	// A decision carries its verdict, its transaction's latest attempt (the
	// fee bump that was mined) and whether its proof holds.
	var d api.Decision
	first := f.ids(func(d store.Decision) bool { return d.State == store.DecisionConfirmed })
	firstConfirmed := first[len(first)-1]
	if code, _ := call(t, "GET", fmt.Sprintf("%s/api/decisions/%d", ts.URL, firstConfirmed), "", "", &d); code != 200 {
		t.Fatalf("GET decision: %d", code)
	}
	if d.Tx == nil || d.Tx.Hash == nil || *d.Tx.Hash != f.bumped.Hash || d.Tx.State != store.TxConfirmed || d.Tx.Attempt != 1 {
		t.Fatalf("decision's transaction %+v, want the confirmed bump %s", d.Tx, f.bumped.Hash)
	}
	if d.ProofValid == nil || !*d.ProofValid || len(d.Verdict) != 1 || !d.Verdict[0].Allowed || d.Root == nil {
		t.Fatalf("decision %+v: want a valid proof, a root and the verdict", d)
	}
	var rejected api.Page[api.Decision]
	call(t, "GET", ts.URL+"/api/decisions?state=rejected&limit=1", "", "", &rejected)
	if v := rejected.Items[0].Verdict; len(v) != 2 || v[1].Allowed || v[1].Message != "step 40 > 25" {
		t.Fatalf("rejected decision's verdict %+v", v)
	}
	var held api.Page[api.Decision]
	call(t, "GET", ts.URL+"/api/decisions?state=held&limit=1", "", "", &held)
	if v := held.Items[0]; v.Verdict == nil || len(v.Verdict) != 0 || v.Root != nil || v.ProofValid != nil || v.Reason != "nothing to change" {
		t.Fatalf("held decision %+v: want an empty verdict ([]), no root and its reason", v)
	}
}

func TestScoresCommitmentsTransactionsRecords(t *testing.T) {
	st := openSQLite(t)
	f := newFixture(t, st)
	verified := &api.Verifications{}
	verified.Set(f.bumped.Hash, api.Verification{OK: true, CheckedAt: time.Now()})
	ts := serve(t, st, api.Config{Verified: verified})

	scores := walk(t, ts.URL+"/api/scores", 3, func(s api.Score) int64 { return s.ID })
	if want := f.ids(func(d store.Decision) bool { return bytes.Contains(d.Action, []byte(`"score"`)) }); !slices.Equal(scores, want) {
		t.Fatalf("scores %v, want %v", scores, want)
	}
	var sp api.Page[api.Score]
	call(t, "GET", ts.URL+"/api/scores?agent=alpha&limit=1", "", "", &sp)
	if s := sp.Items[0]; s.Agent != "alpha" || string(s.Score) != fmt.Sprint(s.Block-100) || string(s.Flags) != `["upgrade"]` {
		t.Fatalf("score %+v (score %s, flags %s)", s, s.Score, s.Flags)
	}

	committed := walk(t, ts.URL+"/api/commitments", 2, func(c api.Commitment) int64 { return c.Decision })
	if want := f.ids(func(d store.Decision) bool { return d.Root != (common.Hash{}) }); !slices.Equal(committed, want) || len(want) == 0 {
		t.Fatalf("commitments %v, want %v", committed, want)
	}
	var cp api.Page[api.Commitment]
	call(t, "GET", ts.URL+"/api/commitments?limit=500", "", "", &cp)
	for _, c := range cp.Items {
		if !c.ProofValid || len(c.Records) != 1 || c.Records[0] != c.Root {
			t.Errorf("commitment %+v: want one record, the root, with a valid proof", c)
		}
		if c.Tx != nil && c.Tx.Hash != nil && *c.Tx.Hash == f.bumped.Hash && (c.Verify == nil || !c.Verify.OK) {
			t.Errorf("commitment %+v: the verified transaction shows no verify status", c)
		}
	}

	txs := walk(t, ts.URL+"/api/transactions", 2, func(tx api.Transaction) int64 { return tx.ID })
	if len(txs) < 3 || !slices.IsSortedFunc(txs, func(a, b int64) int { return int(b - a) }) {
		t.Fatalf("transactions %v: want every row, newest first", txs)
	}
	var replaced api.Page[api.Transaction]
	call(t, "GET", ts.URL+"/api/transactions?state=replaced", "", "", &replaced)
	if len(replaced.Items) != 1 || replaced.Items[0].ID != f.bumped.Replaces {
		t.Fatalf("replaced transactions %+v, want the bumped one %d", replaced.Items, f.bumped.Replaces)
	}

	// By hash or id, a transaction comes with the decisions it carries —
	// a bump with those of the attempt it replaced.
	for _, ref := range []string{f.bumped.Hash.Hex(), fmt.Sprint(f.bumped.ID)} {
		var tx api.Transaction
		if code, _ := call(t, "GET", ts.URL+"/api/transactions/"+ref, "", "", &tx); code != 200 {
			t.Fatalf("GET transaction %s: %d", ref, code)
		}
		if tx.ID != f.bumped.ID || len(tx.Decisions) != 1 || tx.Decisions[0].State != store.DecisionConfirmed || tx.Verify == nil || !tx.Verify.OK {
			t.Fatalf("transaction %s: %+v", ref, tx)
		}
	}

	var rec api.Record
	if code, _ := call(t, "GET", ts.URL+"/api/records/"+f.record.Hex(), "", "", &rec); code != 200 || !rec.HashValid || rec.RecordHash != f.record {
		t.Fatalf("record: %d %+v", code, rec)
	}

	var agents api.AgentList
	call(t, "GET", ts.URL+"/api/agents", "", "", &agents)
	if len(agents.Items) != 2 || agents.Items[0].Name != "alpha" || agents.Items[1].Name != "beta" || agents.All != nil {
		t.Fatalf("agents %+v", agents)
	}
	for _, a := range agents.Items {
		last := f.ids(func(d store.Decision) bool { return d.Agent == a.Name })[0]
		if a.State != store.ControlRunning || a.Control != nil || a.LastBlock == nil || a.LastDecision == nil || a.LastDecision.ID != last {
			t.Errorf("agent %+v: want running, its last block and decision %d", a, last)
		}
	}
	if agents.Items[1].LastBlock.Number != 129 {
		t.Errorf("beta's last block %d, want 129", agents.Items[1].LastBlock.Number)
	}
}

func TestErrorsAreJSON(t *testing.T) {
	st := openSQLite(t)
	newFixture(t, st)
	ts := serve(t, st, api.Config{Token: token})
	cases := []struct {
		method, path string
		status       int
		code, says   string
	}{
		{"GET", "/api/decisions?limit=0", 400, api.CodeBadRequest, "limit"},
		{"GET", "/api/decisions?limit=501", 400, api.CodeBadRequest, "1 to 500"},
		{"GET", "/api/decisions?limit=ten", 400, api.CodeBadRequest, "limit"},
		{"GET", "/api/decisions?cursor=-3", 400, api.CodeBadRequest, "cursor"},
		{"GET", "/api/decisions?cursor=abc", 400, api.CodeBadRequest, "cursor"},
		{"GET", "/api/decisions?state=pending", 400, api.CodeBadRequest, "want one of proposed, held"},
		{"GET", "/api/decisions?has=a.b", 400, api.CodeBadRequest, "action key"},
		{"GET", "/api/decisions?stat=held", 400, api.CodeBadRequest, `unknown parameter "stat"`},
		{"GET", "/api/decisions?agent=a&agent=b", 400, api.CodeBadRequest, "2 times"},
		{"GET", "/api/transactions?state=mined", 400, api.CodeBadRequest, "want one of queued"},
		{"GET", "/api/decisions/0", 400, api.CodeBadRequest, "positive"},
		{"GET", "/api/decisions/99999", 404, api.CodeNotFound, "decision 99999"},
		{"GET", "/api/transactions/0x12", 400, api.CodeBadRequest, "32-byte"},
		{"GET", "/api/transactions/" + hashOf("none").Hex(), 404, api.CodeNotFound, "transaction"},
		{"GET", "/api/records/nothex", 400, api.CodeBadRequest, "32-byte"},
		{"GET", "/api/records/" + hashOf("none").Hex(), 404, api.CodeNotFound, "record"},
		{"GET", "/api/nothing", 404, api.CodeNotFound, "no route GET /api/nothing"},
		{"POST", "/api/decisions", 405, "method_not_allowed", "use GET"},
		{"DELETE", "/api/pause", 405, "method_not_allowed", "use POST"},
		{"POST", "/api/agents/gamma/pause", 404, api.CodeNotFound, `agent "gamma" has no ticks`},
		{"POST", "/api/agents/alpha/pause", 400, api.CodeBadRequest, "must be empty or"}, // the body below
	}
	for _, tc := range cases {
		body := ""
		if strings.HasSuffix(tc.path, "alpha/pause") {
			body = `{"reason": "x", "force": true}`
		}
		var e apiError
		code, hdr := call(t, tc.method, ts.URL+tc.path, "Bearer "+token, body, &e)
		if code != tc.status || e.Error.Code != tc.code || !strings.Contains(e.Error.Message, tc.says) {
			t.Errorf("%s %s: %d %+v, want %d %s saying %q", tc.method, tc.path, code, e.Error, tc.status, tc.code, tc.says)
		}
		if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("%s %s: Content-Type %q", tc.method, tc.path, ct)
		}
		if code == 405 && hdr.Get("Allow") == "" {
			t.Errorf("%s %s: 405 without Allow", tc.method, tc.path)
		}
	}
}

// Every state change is refused with 401 without the token — and always
// when the server has none — and changes nothing; reads need no token.
func TestStateChangesNeedTheToken(t *testing.T) {
	st := openSQLite(t)
	newFixture(t, st)
	routes := []string{"/api/agents/alpha/pause", "/api/agents/alpha/resume", "/api/agents/alpha/halt", "/api/pause", "/api/resume", "/api/halt"}
	for _, srv := range []struct {
		name  string
		token string
		auths []string
	}{
		{"with a token", token, []string{"", "Bearer wrong", "Bearer " + token + "x", "Basic " + token, "Bearer", token, "bearer  "}},
		{"without a token", "", []string{"", "Bearer " + token, "Bearer "}},
	} {
		ts := serve(t, st, api.Config{Token: srv.token})
		for _, route := range routes {
			for _, auth := range srv.auths {
				var e apiError
				code, hdr := call(t, "POST", ts.URL+route, auth, `{"reason":"no"}`, &e)
				if code != http.StatusUnauthorized || e.Error.Code != api.CodeUnauthorized || !strings.HasPrefix(hdr.Get("WWW-Authenticate"), "Bearer") {
					t.Errorf("%s: POST %s with %q: %d %+v, want 401", srv.name, route, auth, code, e)
				}
			}
		}
		if srv.token == "" {
			var e apiError
			call(t, "POST", ts.URL+"/api/halt", "Bearer x", "", &e)
			if !strings.Contains(e.Error.Message, "no API token") {
				t.Errorf("a server without a token says %q", e.Error.Message)
			}
		}
		for _, read := range []string{"/api/agents", "/api/decisions", "/api/controls", "/api/config"} {
			if code, _ := call(t, "GET", ts.URL+read, "", "", nil); code != 200 {
				t.Errorf("%s: GET %s without a token: %d", srv.name, read, code)
			}
		}
	}
	cs, err := st.Controls(t.Context())
	if err != nil || len(cs) != 0 {
		t.Fatalf("refused requests changed the switches: %+v, %v", cs, err)
	}
}

func TestControlRoutes(t *testing.T) {
	st := openSQLite(t)
	newFixture(t, st)
	ts := serve(t, st, api.Config{Token: token})
	auth := "Bearer " + token
	inForce := func(agent string) store.Control {
		c, err := st.Control(t.Context(), agent)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	var res api.ControlResult
	if code, _ := call(t, "POST", ts.URL+"/api/agents/alpha/pause", auth, `{"reason":"maintenance"}`, &res); code != 200 {
		t.Fatalf("pause: %d %+v", code, res)
	}
	if c := inForce("alpha"); c.State != store.ControlPaused || c.Reason != "maintenance" || res.InForce.State != store.ControlPaused {
		t.Fatalf("after pause: %+v, answer %+v", c, res)
	}
	if c := inForce("beta"); c.State != store.ControlRunning {
		t.Fatalf("pausing alpha touched beta: %+v", c)
	}
	call(t, "POST", ts.URL+"/api/halt", auth, "", &res) // an empty body is fine
	if c := inForce("beta"); c.State != store.ControlHalted || c.Agent != store.AllAgents {
		t.Fatalf("after halting all, beta: %+v", c)
	}
	res = api.ControlResult{}
	call(t, "POST", ts.URL+"/api/agents/beta/resume", auth, "", &res)
	if res.InForce == nil || res.InForce.State != store.ControlHalted || !strings.Contains(res.Note, "every agent is halted") {
		t.Fatalf("resuming one agent under every agent's kill switch: %+v", res)
	}
	var agents api.AgentList
	call(t, "GET", ts.URL+"/api/agents", "", "", &agents)
	if agents.All == nil || agents.All.State != store.ControlHalted || agents.Items[0].State != store.ControlHalted {
		t.Fatalf("agents under every agent's kill switch: %+v", agents)
	}
	res = api.ControlResult{}
	call(t, "POST", ts.URL+"/api/resume", auth, `{"reason":"all clear"}`, &res)
	if !slices.Equal(res.Changed, []string{"alpha"}) {
		t.Fatalf("resuming every agent released %v, want alpha's own pause", res.Changed)
	}
	for _, a := range []string{"alpha", "beta"} {
		if c := inForce(a); c.State != store.ControlRunning {
			t.Fatalf("after resuming all, %s: %+v", a, c)
		}
	}
	var ctl struct{ Items []api.Control }
	call(t, "GET", ts.URL+"/api/controls", "", "", &ctl)
	if len(ctl.Items) != 3 || ctl.Items[0].Agent != store.AllAgents {
		t.Fatalf("controls %+v", ctl.Items)
	}
}

func TestBacktestRuns(t *testing.T) {
	dir := t.TempDir()
	write := func(path, data string, age time.Duration) {
		p := filepath.Join(dir, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		at := time.Now().Add(-age)
		if err := os.Chtimes(p, at, at); err != nil {
			t.Fatal(err)
		}
	}
	write("old/summary.json", `{"title":"old run","blocks":{"count":10}}`, 2*time.Hour)
	write("new/summary.json", `{"title":"new run"}`, time.Minute)
	write("new/report.html", `<html>report</html>`, time.Minute)
	write("broken/summary.json", `{not json`, time.Hour)
	write("empty/notes.txt", `no summary here`, time.Hour)
	write("stray.json", `{}`, time.Hour)
	ts := serve(t, openSQLite(t), api.Config{BacktestDir: dir})

	var names []string
	for _, b := range walkBacktests(t, ts.URL) {
		names = append(names, b.Name)
	}
	if !slices.Equal(names, []string{"new", "broken", "old"}) {
		t.Fatalf("backtest runs %v, want new, broken, old (newest first; folders with a summary.json)", names)
	}
	var page api.Page[api.Backtest]
	call(t, "GET", ts.URL+"/api/backtests", "", "", &page)
	if b := page.Items[0]; string(b.Summary) != `{"title":"new run"}` || b.Report != "/backtests/new/report.html" {
		t.Fatalf("newest run %+v", b)
	}
	if b := page.Items[1]; b.Error == "" || b.Summary != nil {
		t.Fatalf("broken run %+v: want an error and no summary", b)
	}
	res, err := http.Get(ts.URL + "/backtests/new/report.html")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || string(body) != "<html>report</html>" {
		t.Fatalf("report: %d %q", res.StatusCode, body)
	}
	for _, bad := range []string{"/backtests/old/report.html", "/backtests/..%2f..%2fetc/report.html", "/backtests/%2e%2e/report.html"} {
		res, err := http.Get(ts.URL + bad)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 404 {
			t.Errorf("GET %s: %d, want 404", bad, res.StatusCode)
		}
	}
	// Without a folder the list is empty, not an error.
	var none api.Page[api.Backtest]
	if code, _ := call(t, "GET", serve(t, openSQLite(t), api.Config{}).URL+"/api/backtests", "", "", &none); code != 200 || len(none.Items) != 0 {
		t.Fatalf("no backtest folder: %d %+v", code, none)
	}
}

func walkBacktests(t *testing.T, base string) []api.Backtest {
	var out []api.Backtest
	cursor := ""
	for {
		url := base + "/api/backtests?limit=2"
		if cursor != "" {
			url += "&cursor=" + cursor
		}
		var page api.Page[api.Backtest]
		call(t, "GET", url, "", "", &page)
		out = append(out, page.Items...)
		if page.NextCursor == "" {
			return out
		}
		cursor = page.NextCursor
	}
}

func TestConfigValidation(t *testing.T) {
	st := openSQLite(t)
	for _, cfg := range []api.Config{
		{Poll: time.Millisecond}, {ScoreKey: "a-b"}, {Explorer: "javascript:alert(1)"},
	} {
		if _, err := api.New(cfg, st); err == nil {
			t.Errorf("config %+v accepted", cfg)
		}
	}
	if _, err := api.New(api.Config{}, nil); err == nil {
		t.Error("a nil store accepted")
	}
}

// Start, URL, Stop and Wait: the server serves until stopped, Stop is
// idempotent, and ending Start's context stops it too.
func TestServerLifecycle(t *testing.T) {
	st := openSQLite(t)
	srv, err := api.New(api.Config{Addr: "127.0.0.1:0", Logger: slog.New(slog.DiscardHandler)}, st)
	if err != nil {
		t.Fatal(err)
	}
	srv.Stop() // before Start: nothing to do
	ctx, cancel := context.WithCancel(t.Context())
	if err := srv.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(srv.URL(), "http://127.0.0.1:") {
		t.Fatalf("URL %q", srv.URL())
	}
	res, err := http.Get(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if !bytes.Contains(page, []byte(`<script src="app.js"`)) {
		t.Fatalf("GET / did not serve the dashboard: %q", page)
	}
	cancel()
	if err := srv.Wait(); err != nil {
		t.Fatalf("Wait after the context ended: %v", err)
	}
	srv.Stop()
	if _, err := http.Get(srv.URL()); err == nil {
		t.Fatal("the server still answers after Stop")
	}
}
