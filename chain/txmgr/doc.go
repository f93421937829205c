// Package txmgr signs, simulates and sends transactions and looks up their
// receipts.
//
// Every transaction is simulated (eth_estimateGas against the latest block)
// before it is signed; a revert is returned as a *SimulationError carrying the
// raw revert data, so the caller can decode the contract's named error and
// nothing is sent. The gas limit is the estimate plus a margin.
//
// Lifecycle of one transaction as this package sees it:
//
//	simulate ──revert──▶ SimulationError (not sent)
//	   │ok
//	 sign ─▶ send ─▶ Receipt(): nil while pending, then status 1 (success) or 0 (reverted)
//
// Scope today: nonces are taken from the node once (pending nonce) and then
// counted locally, resynchronised after a send error. The durable outbox
// (nonces in the store, gas bumping, replacement, reconciliation on start-up)
// is issue #3.
package txmgr
