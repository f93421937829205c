// Package api is `steward serve`: an HTTP API over an agent store and the
// web dashboard that runs on it, served together by one Server (the
// dashboard is embedded: plain HTML, CSS and JavaScript, nothing fetched
// from elsewhere, so it works offline).
//
// # Reads
//
//	GET /api/agents                     every agent: switch in force, latest tick, latest decision
//	GET /api/decisions?agent=&state=&has=   decisions with policy verdicts, tx and verify status
//	GET /api/decisions/{id}
//	GET /api/transactions?agent=&state= the outbox's rows through every state
//	GET /api/transactions/{id|0xhash}   one row, with the decisions it carries
//	GET /api/commitments?agent=         Merkle roots committed, with their records
//	GET /api/records/{0xhash}           one inference record (and whether its hash recomputes)
//	GET /api/scores?agent=              decisions whose action has a score (Config.ScoreKey)
//	GET /api/backtests                  backtest runs (folders with summary.json)
//	GET /api/controls                   every switch set
//	GET /api/config                     what the dashboard needs, and these routes
//
// Listings are newest first and paginated: ?limit= (1..500, default 50)
// and ?cursor=, the nextCursor of the page before (absent on the last
// page). The cursor is the last row's id, so rows written meanwhile never
// shift a page. A parameter a route does not take is refused, not ignored.
//
// Scores are generic: a decision is a score when its action object has the
// key Config.ScoreKey ("score"), whichever kind wrote it; its "flags" come
// along. Backtest runs are not in the store: the server lists the direct
// subfolders of Config.BacktestDir that hold a summary.json (what
// `steward backtest --out DIR` writes), newest first, and serves their
// report.html under /backtests/{name}/report.html.
//
// Verify status is shown where known. The server re-runs nothing: a
// decision's proofValid says whether its stored Merkle proof puts its
// record under its root, a record's hashValid whether its hash recomputes
// from its fields, and Config.Verified supplies the result of a full
// verification (the demo fills one as it verifies).
//
// # State changes
//
//	POST /api/agents/{name}/pause|resume|halt    one agent
//	POST /api/pause|resume|halt                  every agent (store.AllAgents)
//
// Each needs Authorization: Bearer <Config.Token> and is refused with 401
// otherwise — always, when the server has no token. The optional body is
// {"reason": "…"}. A switch is a row in the store (store.Control), not a
// message to a process: the agents read theirs at the start of every tick
// (agents.Config.Control), so it reaches agents run by any process on the
// same store, at their next tick, and outlives restarts:
//
//	           pause                       halt
//	running ─────────▶ paused    running ─────────▶ halted (kill switch)
//	   ▲   ◀───────────  │          ▲   ◀─────────────  │
//	   │      resume     │          │      resume       │
//	   └─────────────────┴── halt / pause move between the two directly
//
// Paused, a tick observes its head and decides nothing (agents.StagePaused);
// halted, every action is rejected with the kill-switch verdict. The
// stricter of an agent's own switch and every agent's is in force, so
// resuming one agent while every agent is halted leaves it halted (the
// answer says so); resuming every agent releases each agent's own switch
// too. Only agents the store knows can be switched, so a misspelt name is
// refused (404), not stored.
//
// # Errors
//
// Every failure is JSON: {"error": {"code": "bad_request", "message":
// "limit \"0\": want a whole number from 1 to 500"}} with its status: 400
// for a bad parameter or body, 401 for a state change without the token,
// 404 for a missing row, route or agent, 405 for a route used with the
// wrong method, 500 when the store fails.
package api
