// Package txmgr signs, simulates and sends transactions and tracks them to
// confirmation.
//
// Outbox is the durable transaction manager: every transaction is a row of
// the store's transactions table (types in chain/txtype, persisted by
// agents/store), saved with its signed bytes before it is broadcast.
//
// Simulation: every call is run with eth_estimateGas in the context of the
// pending block (where it will land) before it is signed; a revert is returned as a *SimulationError carrying the
// raw revert data, so the caller can decode the contract's named error.
// Outbox.Submit writes no row for a reverted simulation, so the same key may
// be submitted again later (the state may have changed).
//
// # Outbox
//
//	Submit(key) ── row with key exists? ──yes──▶ return it (nothing sent)
//	   │ no
//	simulate ──revert──▶ SimulationError (no row)
//	   │
//	ReserveNonce (store) ─▶ sign ─▶ insert row with raw bytes ─▶ signed
//	   │                                   (crash here: Reconcile re-broadcasts the same bytes)
//	broadcast ──transport error──▶ stays signed; Tick/Reconcile broadcast again
//	   │        ──refused, not mined──▶ failed (nonce given back)
//	   ▼
//	 sent ──Tick: receipt──▶ included ──Tick: Confirmations reached──▶ confirmed
//	   │                        │
//	   │                        └─ block hash no longer canonical ─▶ reorged ─▶ broadcast again ─▶ sent
//	   │                             (sent even if the node refuses it: a reorged row never fails)
//	   ├─ nonce used, no receipt ─▶ dropped
//	   └─ pending BumpAfterBlocks heads ─▶ bump: new row (same key and nonce,
//	        Attempt+1, Replaces=id, fees +BumpPercent or the market's, ≤ MaxFeeCap),
//	        signed and saved, broadcast; then the old row is replaced.
//	        The old row mined after all: replaced ─▶ included, bump dropped.
//	        Above MaxFeeCap: logged at Error once, listed by Stuck(), left sent.
//	        A replacement the node refuses is failed (keeping its Attempt);
//	        the next comes BumpAfterBlocks heads on, at the next Attempt.
//
// Invariants:
//   - a key is sent at most once: Submit returns the existing row, and the
//     store refuses a second first attempt at a key (ErrConflict);
//   - nonces have no gaps: the store hands out max(highest held nonce + 1,
//     node pending); failed and dropped rows give theirs back; Submit holds
//     the outbox's lock from reservation to insert;
//   - a signed row is only ever broadcast with its saved bytes, so a
//     re-broadcast has the same hash and cannot execute twice;
//   - a transaction above the fee cap is reported, never dropped silently.
//
// Fence (OutboxConfig.Fence, set by agents.Replica when replicas share the
// store): asked before Submit reserves a nonce, before a replacement is
// signed, and right before every broadcast — first sends, re-broadcasts of
// signed and reorged rows, re-sends of forgotten ones, replacements. A
// refusal sends nothing and changes no row, except the row Submit has just
// saved when the refusal wraps ErrFenced: that one is failed ("not sent"),
// giving its nonce back, and Submit returns no transaction. Rows an outbox
// may not send stay as they are for the process that may (the agent's lease
// holder), which broadcasts them with their saved bytes. An admitted
// broadcast runs under a deadline of the time the fence admitted.
//
// Limits: the bump clock (heads since sent) is kept in memory and restarts at
// Reconcile. If a replaced attempt is mined instead of its replacement, the
// predecessor moves replaced → included (then confirmed like any other) and
// the replacement is marked dropped with a reason naming it; the store's
// TransactionByKey then returns the mined predecessor. (Not handled: a
// reorg that then mines the dropped replacement instead, which needs
// something outside the node to still hold it; the key would show no mined
// attempt.) With BuilderURL set, transactions go only to
// the builder as one-transaction bundles (eth_sendBundle {txs, blockNumber}
// for the next block), sent again at every head while pending.
package txmgr
