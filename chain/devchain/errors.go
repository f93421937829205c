package devchain

import "errors"

// Sentinel errors of this package.
var (
	// ErrInvalidConfig wraps every Config validation failure; the message names the field.
	ErrInvalidConfig = errors.New("invalid devchain config")
	// ErrStopped is returned by methods called after Stop.
	ErrStopped = errors.New("devchain stopped")
	// ErrNotSealed is returned when the simulated beacon seals no block.
	ErrNotSealed = errors.New("devchain: no block sealed")
	// ErrAlreadyStarted is returned by a second Start.
	ErrAlreadyStarted = errors.New("devchain already started")
	// ErrTxFailed is returned when a transaction of the chain's owner is mined but reverted.
	ErrTxFailed = errors.New("devchain transaction failed")
	// ErrStateMismatch is returned for a deploy state file that belongs to
	// another chain id, operator or set of parameters, or is not one.
	ErrStateMismatch = errors.New("deploy state does not match")
	// ErrPendingTxs is returned by Deploy when transactions the operator sent
	// earlier are still not mined after a while: what is on chain is not final.
	ErrPendingTxs = errors.New("operator transactions still pending")
)
