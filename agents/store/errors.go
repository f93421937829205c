package store

import (
	"errors"

	"github.com/steward-agents/steward/chain/txtype"
)

// Sentinel errors; each backend translates its driver's errors into these.
// Three are shared with the outbox (chain/txtype), which tests for them.
var (
	// ErrNotFound is returned when a looked-up row does not exist.
	ErrNotFound = txtype.ErrNotFound
	// ErrWrongState is returned when a transition is asked from a state it does not start from.
	ErrWrongState = txtype.ErrWrongState
	// ErrInvalid is returned when a value to store breaks a rule (empty agent, bad state).
	ErrInvalid = errors.New("store: invalid value")
	// ErrConflict is returned when a row would break a uniqueness rule, such
	// as a second first attempt at one idempotency key.
	ErrConflict = txtype.ErrConflict
)
