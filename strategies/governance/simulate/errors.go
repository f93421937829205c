package simulate

import (
	"errors"
	"fmt"
)

// Sentinel errors of Run. A proposal that reverts is not one of them: a
// revert is an effect (effects.Effects.Reverted), not a failure to simulate.
var (
	// ErrInvalidProposal wraps a proposal Run cannot execute: nil, or whose
	// call arrays disagree in length, or with a nil value.
	ErrInvalidProposal = errors.New("invalid proposal")
	// ErrNoExecutor is returned when Options.Executor is the zero address.
	ErrNoExecutor = errors.New("Options.Executor is not set")
	// ErrUnsupported is wrapped by *UnsupportedError.
	ErrUnsupported = errors.New("node cannot simulate")
	// ErrTooManyBlocks is returned for a proposal that alternates calls and
	// delegatecalls more often than eth_simulateV1 takes blocks.
	ErrTooManyBlocks = errors.New("proposal needs more simulated blocks than eth_simulateV1 allows")
)

// UnsupportedError names the JSON-RPC method (and, for debug_traceCall,
// the tracer) the node does not serve.
type UnsupportedError struct {
	// Method is the missing method, e.g. "eth_simulateV1", or
	// "debug_traceCall (prestateTracer)" for a tracer the node lacks.
	Method string
	// Err is the node's answer.
	Err error
}

func (e *UnsupportedError) Error() string {
	return fmt.Sprintf("%v: the node does not serve %s: %v", ErrUnsupported, e.Method, e.Err)
}

// Unwrap lets errors.Is find ErrUnsupported.
func (e *UnsupportedError) Unwrap() []error { return []error{ErrUnsupported, e.Err} }

// ErrWrongChain is returned when the proposal names a chain id other than
// the node's.
var ErrWrongChain = errors.New("proposal is for another chain")
