package faultproxy

import "errors"

var (
	// ErrInvalidConfig reports a bad Config or Fault; the message names the field.
	ErrInvalidConfig = errors.New("faultproxy: invalid config")
	// ErrClosed reports use of a closed Proxy.
	ErrClosed = errors.New("faultproxy: closed")
)
