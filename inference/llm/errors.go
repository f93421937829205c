package llm

import (
	"errors"
	"fmt"
)

// Sentinel errors of this package.
var (
	// ErrInvalidConfig is returned by New and NewVerifier when the Config is
	// unusable; the message names the field.
	ErrInvalidConfig = errors.New("invalid llm config")
	// ErrInvalidInput is returned when Infer's variables do not match the
	// declared Variables (the message names the variable), or when a
	// recorded prompt does not belong to the template.
	ErrInvalidInput = errors.New("invalid llm input")
	// ErrInvalidOutput is returned (inside an *OutputError) when an answer
	// fails validation, and by Infer when every attempt did.
	ErrInvalidOutput = errors.New("invalid llm output")
	// ErrTimeout is returned when an attempt exceeds Timeout or Infer
	// exceeds Deadline (or the caller's deadline).
	ErrTimeout = errors.New("llm call timed out")
	// ErrProvider is returned when the provider fails: a transport error, a
	// non-success status, an unreadable or oversized response.
	ErrProvider = errors.New("llm provider error")
	// ErrPublish is returned when publishing to the blob store fails.
	ErrPublish = errors.New("llm publication failed")
	// ErrEncoding is returned when publication bytes (inputs, outputs,
	// prompt) are malformed or not canonical.
	ErrEncoding = errors.New("malformed llm publication bytes")
)

// OutputError says why one answer was refused. It wraps ErrInvalidOutput.
type OutputError struct {
	// Path is the JSON pointer of the offending value ("/score"), or "" when
	// the answer as a whole is wrong (not JSON, wrapped in prose, …).
	Path string
	// Reason says what is wrong.
	Reason string
}

// Error describes the problem.
func (e *OutputError) Error() string {
	if e.Path == "" {
		return "invalid output: " + e.Reason
	}
	return fmt.Sprintf("invalid output at %s: %s", e.Path, e.Reason)
}

// Unwrap returns ErrInvalidOutput.
func (e *OutputError) Unwrap() error { return ErrInvalidOutput }

func outputErr(path, format string, args ...any) *OutputError {
	return &OutputError{Path: path, Reason: fmt.Sprintf(format, args...)}
}
