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
)
