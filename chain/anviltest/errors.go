package anviltest

import "errors"

// Sentinel errors of this package.
var (
	// ErrNotInstalled is returned when the anvil binary cannot be found.
	ErrNotInstalled = errors.New("anvil not installed")
	// ErrUnknownSnapshot is returned by Revert for an id anvil does not know
	// (never taken, or already reverted to).
	ErrUnknownSnapshot = errors.New("anvil snapshot unknown")
)
