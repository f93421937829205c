package rpcclient

import "errors"

var (
	// ErrInvalidConfig reports a Config that cannot work; the message names the field.
	ErrInvalidConfig = errors.New("rpcclient: invalid config")
	// ErrWrongChain reports an endpoint whose eth_chainId is not the expected one.
	ErrWrongChain = errors.New("rpcclient: endpoint on the wrong chain")
	// ErrNoEndpoint reports that no endpoint answered (at Dial) or none may be used.
	ErrNoEndpoint = errors.New("rpcclient: no usable endpoint")
	// ErrRetriesExhausted reports a request that failed on every attempt; it wraps the last fault.
	ErrRetriesExhausted = errors.New("rpcclient: retries exhausted")
	// ErrClosed reports use of a closed Client.
	ErrClosed = errors.New("rpcclient: client closed")
)
