package store

import "errors"

// Sentinel errors; each backend translates its driver's errors into these.
var (
	// ErrNotFound is returned when a looked-up row does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrWrongState is returned when a transition is asked from a state it does not start from.
	ErrWrongState = errors.New("store: row is not in the expected state")
	// ErrInvalid is returned when a value to store breaks a rule (empty agent, bad state).
	ErrInvalid = errors.New("store: invalid value")
	// ErrConflict is returned when a row would break a uniqueness rule, such
	// as a second first attempt at one idempotency key.
	ErrConflict = errors.New("store: conflicts with an existing row")
)
