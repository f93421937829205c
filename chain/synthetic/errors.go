package synthetic

import "errors"

// Sentinel errors of this package.
var (
	// ErrInvalidConfig wraps every Config validation failure; the message names the field.
	ErrInvalidConfig = errors.New("invalid synthetic node config")
	// ErrBadEvent is returned for a filler event whose values or shape do not fit its kind.
	ErrBadEvent = errors.New("bad filler event")
	// ErrStopped is returned by Start after Stop.
	ErrStopped = errors.New("synthetic node stopped")
	// ErrAlreadyStarted is returned by a second Start.
	ErrAlreadyStarted = errors.New("synthetic node already started")
	// ErrNoInProcessClient is returned by DevchainClient when the chain's
	// client is not go-ethereum's in-process JSON-RPC client.
	ErrNoInProcessClient = errors.New("the chain has no in-process JSON-RPC client")
)
