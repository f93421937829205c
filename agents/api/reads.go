package api

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/steward-agents/steward/agents/store"
)

var (
	decisionStates = []store.DecisionState{store.DecisionProposed, store.DecisionHeld, store.DecisionRejected,
		store.DecisionApproved, store.DecisionRecorded, store.DecisionSubmitted, store.DecisionConfirmed, store.DecisionFailed,
		store.DecisionOrphaned}
	txStates = []store.TxState{store.TxQueued, store.TxSigned, store.TxSent, store.TxIncluded, store.TxConfirmed,
		store.TxReplaced, store.TxFailed, store.TxDropped, store.TxReorged}
)

// params reads a request's query, refusing parameters the route does not
// take (a typo would otherwise silently list everything).
func params(r *http.Request, allowed ...string) (url.Values, *Error) {
	q := r.URL.Query()
	for k := range q {
		if !slices.Contains(allowed, k) {
			return nil, badRequest("unknown parameter %q (this route takes %s)", k, strings.Join(allowed, ", "))
		}
		if len(q[k]) > 1 {
			return nil, badRequest("parameter %q is given %d times", k, len(q[k]))
		}
	}
	return q, nil
}

// page reads ?limit= (1..MaxLimit, default DefaultLimit) and ?cursor= (the
// previous page's NextCursor).
func page(q url.Values) (limit int, before int64, e *Error) {
	limit = DefaultLimit
	if s := q.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 || n > MaxLimit {
			return 0, 0, badRequest("limit %q: want a whole number from 1 to %d", s, MaxLimit)
		}
		limit = n
	}
	if s := q.Get("cursor"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || n < 1 {
			return 0, 0, badRequest("cursor %q: pass back a nextCursor this API returned", s)
		}
		before = n
	}
	return limit, before, nil
}

// oneOf checks an enumerated parameter.
func oneOf[S ~string](name, v string, known []S) *Error {
	if v == "" || slices.Contains(known, S(v)) {
		return nil
	}
	return badRequest("%s %q: want one of %s", name, v, strings.Join(strs(known), ", "))
}

func strs[S ~string](xs []S) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = string(x)
	}
	return out
}

// decisionPage lists one page of the decisions r asks for, narrowed by
// narrow, as views.
func (s *Server) decisionPage(r *http.Request, narrow func(*store.DecisionFilter)) ([]Decision, string, *Error) {
	f, _, limit, e := decisionFilter(r)
	if e != nil {
		return nil, "", e
	}
	narrow(&f)
	ds, next, e := s.listDecisions(r.Context(), f, limit)
	if e != nil {
		return nil, "", e
	}
	views, e := s.decisionViews(r.Context(), ds)
	return views, next, e
}

// listDecisions runs a decision listing one row past the page, to know
// whether another page follows.
func (s *Server) listDecisions(ctx context.Context, f store.DecisionFilter, limit int) ([]store.Decision, string, *Error) {
	f.Limit = limit + 1
	ds, err := s.store.ListDecisions(ctx, f)
	if err != nil {
		return nil, "", fromStore("list decisions", err)
	}
	next := ""
	if len(ds) > limit {
		ds = ds[:limit]
		next = strconv.FormatInt(ds[limit-1].ID, 10)
	}
	return ds, next, nil
}

// decisionFilter reads the parameters the decision listings share.
func decisionFilter(r *http.Request, extra ...string) (store.DecisionFilter, url.Values, int, *Error) {
	q, e := params(r, append([]string{"agent", "limit", "cursor"}, extra...)...)
	if e != nil {
		return store.DecisionFilter{}, nil, 0, e
	}
	limit, before, e := page(q)
	if e != nil {
		return store.DecisionFilter{}, nil, 0, e
	}
	return store.DecisionFilter{Agent: q.Get("agent"), Before: before}, q, limit, nil
}

func (s *Server) getDecisions(w http.ResponseWriter, r *http.Request) {
	f, q, limit, e := decisionFilter(r, "state", "has")
	if e == nil {
		e = oneOf("state", q.Get("state"), decisionStates)
	}
	if e == nil && q.Get("has") != "" && !isKey(q.Get("has")) {
		e = badRequest("has %q: an action key of letters, digits and '_'", q.Get("has"))
	}
	if e != nil {
		writeError(w, s.logger, e)
		return
	}
	f.State, f.ActionKey = store.DecisionState(q.Get("state")), q.Get("has")
	ds, next, e := s.listDecisions(r.Context(), f, limit)
	if e != nil {
		writeError(w, s.logger, e)
		return
	}
	views, e := s.decisionViews(r.Context(), ds)
	if e != nil {
		writeError(w, s.logger, e)
		return
	}
	writeJSON(w, http.StatusOK, Page[Decision]{Items: views, NextCursor: next})
}

func (s *Server) getDecision(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		writeError(w, s.logger, badRequest("decision id %q: want a positive whole number", r.PathValue("id")))
		return
	}
	d, err := s.store.Decision(r.Context(), id)
	if err != nil {
		writeError(w, s.logger, fromStore("decision "+r.PathValue("id"), err))
		return
	}
	views, e := s.decisionViews(r.Context(), []store.Decision{d})
	if e != nil {
		writeError(w, s.logger, e)
		return
	}
	writeJSON(w, http.StatusOK, views[0])
}

func (s *Server) getCommitments(w http.ResponseWriter, r *http.Request) {
	views, next, e := s.decisionPage(r, func(f *store.DecisionFilter) { f.Committed = true })
	if e != nil {
		writeError(w, s.logger, e)
		return
	}
	out := Page[Commitment]{Items: make([]Commitment, len(views)), NextCursor: next}
	for i, d := range views {
		out.Items[i] = Commitment{Root: *d.Root, Agent: d.Agent, Decision: d.ID, Block: d.Block, State: d.State,
			Records: d.Records, ProofValid: d.ProofValid != nil && *d.ProofValid, Tx: d.Tx, Verify: d.Verify, CreatedAt: d.CreatedAt}
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getScores(w http.ResponseWriter, r *http.Request) {
	views, next, e := s.decisionPage(r, func(f *store.DecisionFilter) { f.ActionKey = s.cfg.ScoreKey })
	if e != nil {
		writeError(w, s.logger, e)
		return
	}
	out := Page[Score]{Items: make([]Score, len(views)), NextCursor: next}
	for i, d := range views {
		var action map[string]json.RawMessage
		_ = json.Unmarshal(d.Action, &action) // the store selected objects with the key
		out.Items[i] = Score{Decision: d, Score: action[s.cfg.ScoreKey], Flags: action["flags"]}
	}
	writeJSON(w, http.StatusOK, out)
}

// decisionViews turns decisions into their JSON, with the transaction that
// carries each (its current attempt, store.TransactionByKey) and its verify
// status where known.
func (s *Server) decisionViews(ctx context.Context, ds []store.Decision) ([]Decision, *Error) {
	out := make([]Decision, len(ds))
	txs := map[int64]*TxRef{}
	for i, d := range ds {
		out[i] = decisionView(d)
		if d.TxID == 0 {
			continue
		}
		ref, ok := txs[d.TxID]
		if !ok {
			tx, err := s.store.Transaction(ctx, d.TxID)
			if err != nil {
				return nil, fromStore("transaction of decision "+strconv.FormatInt(d.ID, 10), err)
			}
			if tx.Key != "" {
				if latest, err := s.store.TransactionByKey(ctx, tx.Key); err == nil {
					tx = latest
				}
			}
			ref = txRef(tx)
			txs[d.TxID] = ref
		}
		out[i].Tx = ref
		if ref.Hash != nil {
			out[i].Verify = s.verification(*ref.Hash)
		}
	}
	return out, nil
}

func (s *Server) verification(h common.Hash) *Verification {
	if s.cfg.Verified == nil {
		return nil
	}
	if v, ok := s.cfg.Verified.Verification(h); ok {
		return &v
	}
	return nil
}

func (s *Server) getTransactions(w http.ResponseWriter, r *http.Request) {
	q, e := params(r, "agent", "state", "limit", "cursor")
	var limit int
	var before int64
	if e == nil {
		limit, before, e = page(q)
	}
	if e == nil {
		e = oneOf("state", q.Get("state"), txStates)
	}
	if e != nil {
		writeError(w, s.logger, e)
		return
	}
	txs, err := s.store.ListTransactions(r.Context(), store.TxFilter{Agent: q.Get("agent"),
		State: store.TxState(q.Get("state")), Before: before, Limit: limit + 1})
	if err != nil {
		writeError(w, s.logger, fromStore("list transactions", err))
		return
	}
	out := Page[Transaction]{Items: []Transaction{}}
	if len(txs) > limit {
		txs = txs[:limit]
		out.NextCursor = strconv.FormatInt(txs[limit-1].ID, 10)
	}
	for _, tx := range txs {
		v := txView(tx)
		if v.Hash != nil {
			v.Verify = s.verification(*v.Hash)
		}
		out.Items = append(out.Items, v)
	}
	writeJSON(w, http.StatusOK, out)
}

// getTransaction answers one transaction by id or hash, with the decisions
// it carries (those of the attempt it replaced, for a fee bump).
func (s *Server) getTransaction(w http.ResponseWriter, r *http.Request) {
	ref := r.PathValue("ref")
	var tx store.Transaction
	var err error
	if strings.HasPrefix(ref, "0x") {
		b, derr := hexutil.Decode(ref)
		if derr != nil || len(b) != common.HashLength {
			writeError(w, s.logger, badRequest("transaction %q: want an id or a 32-byte 0x-hex hash", ref))
			return
		}
		tx, err = s.store.TransactionByHash(r.Context(), common.BytesToHash(b))
	} else {
		id, perr := strconv.ParseInt(ref, 10, 64)
		if perr != nil || id < 1 {
			writeError(w, s.logger, badRequest("transaction %q: want an id or a 32-byte 0x-hex hash", ref))
			return
		}
		tx, err = s.store.Transaction(r.Context(), id)
	}
	if err != nil {
		writeError(w, s.logger, fromStore("transaction "+ref, err))
		return
	}
	v := txView(tx)
	if v.Hash != nil {
		v.Verify = s.verification(*v.Hash)
	}
	// Decisions link the attempt that was first sent; follow a bump back.
	for at, hops := tx, 0; hops < 16; hops++ {
		ds, err := s.store.DecisionsByTx(r.Context(), at.ID)
		if err != nil {
			writeError(w, s.logger, fromStore("decisions of transaction "+ref, err))
			return
		}
		if len(ds) > 0 || at.Replaces == 0 {
			views, e := s.decisionViews(r.Context(), ds)
			if e != nil {
				writeError(w, s.logger, e)
				return
			}
			v.Decisions = views
			break
		}
		if at, err = s.store.Transaction(r.Context(), at.Replaces); err != nil {
			writeError(w, s.logger, fromStore("transaction replaced by "+ref, err))
			return
		}
	}
	writeJSON(w, http.StatusOK, v)
}

func (s *Server) getRecord(w http.ResponseWriter, r *http.Request) {
	b, err := hexutil.Decode(r.PathValue("hash"))
	if err != nil || len(b) != common.HashLength {
		writeError(w, s.logger, badRequest("record %q: want a 32-byte 0x-hex hash", r.PathValue("hash")))
		return
	}
	rec, err := s.store.Record(r.Context(), common.BytesToHash(b))
	if err != nil {
		writeError(w, s.logger, fromStore("record "+r.PathValue("hash"), err))
		return
	}
	writeJSON(w, http.StatusOK, recordView(rec))
}

func (s *Server) getAgents(w http.ResponseWriter, r *http.Request) {
	if _, e := params(r); e != nil {
		writeError(w, s.logger, e)
		return
	}
	ctx := r.Context()
	acts, err := s.store.Agents(ctx)
	if err != nil {
		writeError(w, s.logger, fromStore("agents", err))
		return
	}
	ctls, err := s.store.Controls(ctx)
	if err != nil {
		writeError(w, s.logger, fromStore("controls", err))
		return
	}
	out := AgentList{Items: []Agent{}, Now: s.cfg.Now().UTC()}
	byName := map[string]*Agent{}
	var names []string
	for _, a := range acts {
		names = append(names, a.Agent)
		byName[a.Agent] = &Agent{Name: a.Agent, LastBlock: &Block{Number: a.LastBlock.Number, Hash: a.LastBlock.Hash,
			Time: time.Unix(int64(a.LastBlock.Time), 0).UTC(), SeenAt: a.SeenAt}}
	}
	for _, c := range ctls {
		switch {
		case c.Agent == store.AllAgents:
			if c.State != store.ControlRunning {
				out.All = controlView(c)
			}
		case byName[c.Agent] == nil: // switched before its first tick
			names = append(names, c.Agent)
			byName[c.Agent] = &Agent{Name: c.Agent}
		}
	}
	slices.Sort(names)
	for _, n := range names {
		a := byName[n]
		c, err := s.store.Control(ctx, n)
		if err != nil {
			writeError(w, s.logger, fromStore("control of "+n, err))
			return
		}
		a.State = c.State
		if !c.UpdatedAt.IsZero() {
			a.Control = controlView(c)
		}
		ds, _, e := s.listDecisions(ctx, store.DecisionFilter{Agent: n}, 1)
		if e == nil && len(ds) > 0 {
			var views []Decision
			if views, e = s.decisionViews(ctx, ds); e == nil {
				a.LastDecision = &views[0]
			}
		}
		if e != nil {
			writeError(w, s.logger, e)
			return
		}
		out.Items = append(out.Items, *a)
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getControls(w http.ResponseWriter, r *http.Request) {
	ctls, err := s.store.Controls(r.Context())
	if err != nil {
		writeError(w, s.logger, fromStore("controls", err))
		return
	}
	out := []Control{}
	for _, c := range ctls {
		out = append(out, *controlView(c))
	}
	writeJSON(w, http.StatusOK, struct {
		Items []Control `json:"items"`
	}{out})
}

// Settings is GET /api/config: what the dashboard needs to know of the server.
type Settings struct {
	Explorer string `json:"explorer,omitempty"`
	PollMS   int64  `json:"pollMs"`
	ScoreKey string `json:"scoreKey"`
	// Backtests says whether a backtest folder is configured.
	Backtests bool `json:"backtests"`
	// TokenSet says whether state changes can be authorised at all.
	TokenSet bool     `json:"tokenSet"`
	Routes   []string `json:"routes"`
}

func (s *Server) getConfig(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, Settings{Explorer: strings.TrimSuffix(s.cfg.Explorer, "/"), PollMS: s.cfg.Poll.Milliseconds(),
		ScoreKey: s.cfg.ScoreKey, Backtests: s.cfg.BacktestDir != "", TokenSet: s.cfg.Token != "", Routes: Routes()})
}

// Routes lists the API's routes, for people.
func Routes() []string {
	return []string{
		"GET /api/agents", "GET /api/decisions?agent=&state=&has=&limit=&cursor=", "GET /api/decisions/{id}",
		"GET /api/transactions?agent=&state=&limit=&cursor=", "GET /api/transactions/{id|hash}",
		"GET /api/commitments?agent=&limit=&cursor=", "GET /api/records/{hash}", "GET /api/scores?agent=&limit=&cursor=",
		"GET /api/backtests?limit=&cursor=", "GET /api/controls", "GET /api/config",
		"POST /api/agents/{name}/pause|resume|halt (token)", "POST /api/pause|resume|halt (token; every agent)",
	}
}
