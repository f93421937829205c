package rpcclient

import (
	"errors"
	"strings"
)

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

// IsStateUnavailable reports whether err is a node's answer that it does not
// keep the state a call asked for: a full node has pruned the state of
// blocks more than about 128 behind its head, and only an archive node
// serves them. Asking again does not help, unlike a failure to get an
// answer. It recognises the messages of go-ethereum ("missing trie node",
// "historical state is not available", "required historical state
// unavailable"), Nethermind, Erigon and Reth (… "pruned" …) and hosted
// providers (… "archive" …).
func IsStateUnavailable(err error) bool {
	if err == nil {
		return false
	}
	msg := strings.ToLower(err.Error())
	for _, s := range [...]string{"missing trie node", "historical state", "pruned", "archive"} {
		if strings.Contains(msg, s) {
			return true
		}
	}
	return false
}
