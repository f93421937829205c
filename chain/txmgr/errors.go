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

// ErrFenced is what a Fence's refusal wraps when this process may not send
// for the agent at all (in HA: it does not hold the agent's lease); the
// outbox then fails a row Submit has just saved, so its nonce is given back.
var ErrFenced = errors.New("txmgr: fenced: this process may not send for the agent")

// NotAdmittedError is a broadcast the outbox's Fence refused: nothing was
// sent. Err wraps ErrFenced when the process may not send for the agent;
// any other Err (the fence could not tell) leaves the row to a later tick.
type NotAdmittedError struct {
	Agent string
	Err   error
}

// Error says that nothing was sent, and why.
func (e *NotAdmittedError) Error() string {
	return fmt.Sprintf("txmgr: broadcast for agent %s not admitted (nothing sent): %v", e.Agent, e.Err)
}

// Unwrap returns the fence's error.
func (e *NotAdmittedError) Unwrap() error { return e.Err }
