// Package store declares what the agent runtime persists and the states its
// rows go through. It holds types and the Store interface only; the backends
// are sqlitestore (agents/store/sqlite, one file, no server: the default) and
// pgstore (agents/store/postgres, production). Both pass the same suite,
// agents/store/storetest, and share one schema (migrations/).
//
// # Decisions
//
// A decision is written when the strategy has spoken, before anything is
// sent (the outbox), and then only moves forward:
//
//	                 InsertDecision
//	          ┌──────────┴───────────┐
//	          ▼                      ▼
//	      proposed                  held            (strategy chose to do nothing)
//	          │
//	  ┌───────┴────────┐
//	  │ MarkRejected   │ MarkApproved
//	  ▼                ▼
//	rejected        approved ─────────────────┐
//	                   │                      │ MarkFailed
//	      ┌────────────┴──────┐               │ (simulation reverted,
//	      │ MarkRecorded      │ MarkSubmitted │  send refused)
//	      ▼                   ▼               ▼
//	  recorded            submitted ─────▶ failed ◀──────────────┐
//	  (dry run)               │   MarkFailed (mined and reverted) │ MarkFailed
//	                          │ MarkConfirmed                     │ (re-mined and reverted,
//	                          ▼                  MarkOrphaned     │  or never mined again)
//	                      confirmed ─────────────────────────▶ orphaned
//	                          ▲  (a reorg took its bundle's block) │
//	                          └────────────────────────────────────┘
//	                              MarkConfirmed (re-mined, succeeded)
//
// A failed decision whose bundle was mined and reverted is orphaned the same
// way (MarkOrphaned from failed) when the block it reverted in leaves.
//
// held, rejected and recorded are final; confirmed, and failed when its
// bundle was mined and reverted, are final unless a reorg deeper than the
// outbox's confirmations takes the block its bundle was mined in off the
// chain: the agent then marks it orphaned (its reason names the block) and
// settles it again when the outbox's re-broadcast is mined. MarkApproved
// needs a verdict in which every policy allowed the decision; MarkRejected
// and MarkFailed need a reason; MarkRecorded and MarkSubmitted store the
// Merkle root the decision's record was committed under and its proof, and
// MarkSubmitted links the transaction that carries it.
//
// # Transactions (the durable outbox)
//
// One row is one signed attempt at one nonce. The sender's next nonce comes
// from the store (ReserveNonce: the highest nonce held by its open or
// confirmed rows + 1, or the node's pending nonce if higher), and the signed
// bytes are saved before they are broadcast, so a restart re-broadcasts the
// same transaction instead of signing a new one.
//
//	      InsertTransaction (idempotency key, nonce)
//	                │
//	                ▼
//	┌──────────── queued ──────────────────────────────┐
//	│               │ MarkTxSigned (hash, raw, fees)   │ MarkTxSent
//	│               ▼                                  │ (issue-2 path:
//	├──────────── signed                               │  no raw bytes)
//	│               │ MarkTxSent (broadcast)           │
//	│ MarkTxFailed  ▼                                  │
//	├──────────── sent ◀───────────────────────────────┘
//	▼    ┌─────────┤ │ │
//	failed         │ │ └── MarkTxDropped ──▶ dropped   (its nonce was used by another transaction)
//	     │         │ │
//	     │         │ └──── MarkTxReplaced ─▶ replaced  (a fee bump with the same nonce was sent;
//	     │         │                           ▲        the bump is a new row: same key,
//	     │         │ MarkTxIncluded            │        Attempt + 1, Replaces = this id)
//	     │         ▼ (block, block hash, gas)  │
//	     │      included ──────────────────────┘
//	     │         │  │ MarkTxReorged (its block left the chain)
//	     │         │  ▼
//	     │         │ reorged ── MarkTxSent (re-broadcast the saved bytes) ──▶ sent
//	     │         │  ▲
//	     │         │  │ MarkTxReorged (a reorg deeper than the confirmations)
//	     │         │ MarkTxConfirmed (N confirmations)
//	     │         ▼  │
//	     └───▶ confirmed    (MarkTxConfirmed also accepts sent, for callers
//	                         that skip the included step)
//
// confirmed, replaced, failed and dropped are final (TxState.Final) — a
// confirmed row leaves only by a reorg deeper than its confirmations; the
// others are open and returned by OpenTransactions for start-up
// reconciliation. A failed, dropped or replaced row gives its nonce back to
// ReserveNonce. (Key, Attempt) is unique: inserting a second first attempt at
// a key returns ErrConflict; TransactionByKey returns the current attempt
// (a mined one first, see Store). A replaced row moves to included when it
// was mined after all: its fee bump is then dropped.
//
// # Checkpoints and block hashes
//
// SaveCheckpoint keeps one restart point per agent (the last block whose logs
// were delivered as final); Checkpoint reads it back. SaveBlock keeps every
// block seen at a height (a reorg leaves both) in the order they were saved;
// BlockHash returns the hash saved last at a height, so the ingester saves
// the canonical block again when the chain switches back to it.
//
// # Listings and the operator's switches
//
// Agents, ListDecisions and ListTransactions serve readers such as `steward
// serve` (agents/api). The lists page newest first by id: a page's last id
// is the cursor (Before) of the next, so a row inserted meanwhile never
// shifts a page. Filters are by agent and state; ListDecisions also keeps
// only committed decisions (a Merkle root stored) or those whose action has
// a given top-level key (a kind's "score", say), so a reader stays as
// generic as the runtime.
//
// A Control is what an operator set for one agent, or for every agent
// (AllAgents): running, paused or halted (the kill switch). It is not a
// lifecycle — any state may follow any other, SetControl replaces the row —
// and Control(agent) answers the stricter of the agent's own and every
// agent's, so a kill switch for all cannot be undone by resuming one. The
// runtime reads it at the start of every tick (agents.Config.Control), so a
// switch set by another process takes effect at the agent's next tick.
//
// # Guarantees
//
// Every Mark* is one guarded UPDATE … WHERE id = $1 AND state IN (sources):
// two racing transitions cannot both succeed, and a refused one changes
// nothing. A transition from another state returns an error wrapping
// ErrWrongState that names the current and the expected states; a missing
// row, ErrNotFound; a value that breaks a rule (empty agent, zero root, a
// uint64 above 2^63-1, invalid JSON), ErrInvalid, before any SQL runs.
//
// Values round-trip exactly, with two normalisations: times come back in UTC
// at microsecond precision, and empty slices (inputs, outputs, proof,
// verdict) come back nil. A zero CreatedAt on insert means "now"; otherwise
// the caller's time is kept, so backtests can replay time. SaveBlock and
// InsertRecords are idempotent (same agent+number+hash; same record hash:
// the first write wins), and an InsertRecords batch is all or nothing.
package store
