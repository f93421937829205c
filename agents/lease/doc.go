// Package lease lets two or more replicas share agents without two of
// them ever acting for the same one: each agent is owned through a lease
// row in the shared PostgreSQL store (migrations/postgres/00005_leases.sql)
// with an owner, an expiry and a fencing token, and every decision a
// replica submits is claimed under it. The SQL is in agents/store/postgres
// (Store); the runtime's side (agents.Replica, `steward run --ha`) is in
// agents/ha.go. SQLite stores are one replica's and have no leases.
//
// # One replica's view of one agent (Keeper)
//
//	        ┌──┐ AcquireLease refused (HeldError: the holder is alive): retry every Retry
//	        ▼  │
//	New ─▶ standby ── AcquireLease ok (free or expired; token + 1) ──▶ holder ◀──┐ RenewLease ok:
//	        ▲                                                          │  │      │ every Renew, and
//	        │                                                          │  └──────┘ at every Kick (head)
//	        └── lost: RenewLease refused (ErrLost: taken over), or ────┤
//	                  none succeeded by its start + TTL − Margin       │
//	                                                                   └─▶ Release (a stop): expires now,
//	                                                                       token kept
//
// A holder answers the fence: Admit (before every broadcast) and Claim
// (before a decision goes to the outbox), both checked in the store.
//
// # What is guaranteed
//
// Time is the store's: every expiry is set and compared with PostgreSQL's
// clock_timestamp(); replicas' wall clocks are never compared. A replica's
// own (monotonic) clock is used only where erring makes it give up sooner:
// it counts a lease from the start of the call that renewed it.
//
//  1. One holder at a time. AcquireLease is one conditional upsert (take
//     the row only if it has expired) serialised by the row's lock, so of
//     replicas racing for an agent exactly one wins, and the winner's
//     token is the previous one plus one. Tokens never repeat or go back:
//     Release ends a lease by moving its expiry to now, keeping the token.
//     RenewLease, CheckLease and ClaimBlock match owner AND token, so a
//     replica that lost the lease is refused even if it kept its name.
//
//  2. One submission per agent and block, whatever the timing. ClaimBlock
//     inserts (agent, block) — the primary key of lease_claims — with the
//     transaction's idempotency key (unique too) in the same database
//     transaction as the check of the lease, whose row it locks FOR SHARE:
//     no acquisition can commit between the check and the claim, so every
//     committed claim was made by the lease's holder at that moment. The
//     executor (agents.ChainExecutor with Claims) claims before it hands a
//     bundle to the outbox; a refused claim sends nothing and the decision
//     is failed with the reason ("not sent: … lease: not held", "… block
//     already claimed"). The outbox then sends one transaction per key:
//     re-broadcasts reuse the saved bytes (same hash) and replacements the
//     same nonce, so at most one transaction per claim is ever mined. This
//     holds with no assumption about clocks, pauses or networks, and also
//     for a replica whose view of its lease has gone stale (TestHAFence…).
//     Conservative corner: after a reorg, a decision on a new block at a
//     height already claimed is refused too.
//
//  3. A replica that does not hold the lease sends nothing. The outbox asks
//     the fence (CheckLease: owner, token and more than Margin left) before
//     it reserves a nonce, before it signs a replacement, and right before
//     every broadcast — first sends, re-broadcasts, re-sends after a reorg
//     — and runs the broadcast under a deadline of what was left minus
//     Margin, counted from when the answer came back. A holder that cannot
//     renew gives the lease up by its own clock (the diagram's second way
//     back to standby) before the store can expire it, so it stops before
//     a standby starts.
//
// The window that remains is between the check and the node: the chain does
// not know the token, so the check and the broadcast are two steps. A
// broadcast admitted with L left is abandoned by the sender, at the latest,
// L − Margin after the check's answer arrived, which is before the lease
// ends provided that answer took less than Margin to arrive. What can still
// reach a node after the lease has passed on is a request whose bytes were
// written before that deadline and delayed in the network past it. Such a
// transaction carries a decision claimed under the old lease (point 2: not
// a second one), saved with its row before it was sent, so the new owner
// finds and follows it at its start (Recover); it may land a little after
// the new owner began. Likewise a row the old owner saved just before its
// lease ran out (a pause between the check and the save) may share a nonce
// with one of the new owner's: the old owner's broadcast is refused and the
// row failed, and in any case only one transaction per nonce can be mined.
//
// A replica whose view has gone stale (it believes it still holds the
// lease) goes on running the agent until its renewals reach the store and
// are refused: meanwhile it records its ticks, and every decision it
// approves is failed with the fence's reason instead of being sent.
//
// # Fail-over time
//
// A dead owner's lease ends at most TTL after its last renewal (it renews
// every Renew = TTL/3 and at every head); a standby tries every Retry =
// TTL/4, then starts the agent from the store (Recover) and ticks at the
// next head. With `steward run --ha`'s default TTL of three blocks that is
// under four blocks plus the start; TestHAFailover measures at most 3
// blocks over 20 fail-overs (250 ms blocks, a two-block TTL).
//
// # Limits
//
//   - Standby is cold: the new owner builds its agent at take-over, and its
//     program fills its window from the node (market making back-fills at
//     once); windows that cannot be back-filled restart warm-up.
//   - Agents that share a signing key should be owned by one replica at a
//     time: outboxes of different processes reserve the key's nonces from
//     the store without a lock between them.
//   - The token stops at the sender. A contract that refused a token lower
//     than the last it saw would close the window above; ParameterGuard
//     does not take one.
package lease
