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
//	  recorded            submitted ─────▶ failed
//	  (dry run)               │   MarkFailed (mined and reverted)
//	                          │ MarkConfirmed
//	                          ▼
//	                      confirmed
//
// held, rejected, recorded, confirmed and failed are final. MarkApproved
// needs a verdict in which every policy allowed the decision; MarkRejected
// and MarkFailed need a reason; MarkRecorded and MarkSubmitted store the
// Merkle root the decision's record was committed under and its proof, and
// MarkSubmitted links the transaction that carries it.
//
// # Transactions
//
//	            InsertTransaction
//	                   │
//	                   ▼
//	   ┌────────── queued
//	   │               │ MarkTxSent (stores the hash)
//	   │ MarkTxFailed  ▼
//	   ├─────────── sent
//	   │               │ MarkTxConfirmed (gas used, block)
//	   ▼               ▼
//	failed         confirmed
//
// The other TxState values (signed, included, replaced, dropped, reorged) are
// accepted by the schema and reserved for the durable transaction manager; no
// method leads to them yet.
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
