package contracts

import "errors"

// Sentinel errors of this package.
var (
	// ErrNoRevertData is returned by DecodeRevert for a revert without data
	// (a bare `revert()`, an out-of-gas, or a call to an address without code).
	ErrNoRevertData = errors.New("revert without data")
	// ErrUnknownRevert is returned when the revert selector belongs to none of
	// the known ABIs.
	ErrUnknownRevert = errors.New("unknown revert selector")
	// ErrMalformedRevert is returned when the selector is known but its
	// arguments do not decode.
	ErrMalformedRevert = errors.New("malformed revert data")
)
