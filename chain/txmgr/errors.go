package txmgr

import (
	"errors"
	"fmt"
)

// ErrNoKey is returned by NewOutbox when no signing key is given.
var ErrNoKey = errors.New("txmgr: no signing key")

// SimulationError is a transaction that reverted in simulation and was not sent.
type SimulationError struct {
	// RevertData is the raw revert payload (selector + ABI-encoded arguments), if the node returned one.
	RevertData []byte
	// Err is the node's error.
	Err error
}

// Error says the transaction was not sent and why.
func (e *SimulationError) Error() string {
	return fmt.Sprintf("simulation reverted (not sent): %v", e.Err)
}

// Unwrap returns the node's error.
func (e *SimulationError) Unwrap() error { return e.Err }

// ErrNoIdempotencyKey is returned by Outbox.Submit for a request without a Key.
var ErrNoIdempotencyKey = errors.New("txmgr: request has no idempotency key")
