package blob

import (
	"errors"
	"fmt"
)

// Sentinel errors of this package.
var (
	// ErrNotFound is returned when the store holds no blob with that digest.
	ErrNotFound = errors.New("blob not found")
	// ErrDigestMismatch is returned when bytes do not hash to the digest they
	// are stored or served under.
	ErrDigestMismatch = errors.New("blob digest mismatch")
	// ErrTooLarge is returned when a blob exceeds the size limit.
	ErrTooLarge = errors.New("blob too large")
	// ErrInvalidHash is returned when a blob name is not 0x followed by 64
	// lower-case hex digits.
	ErrInvalidHash = errors.New("invalid blob hash")
	// ErrInvalidConfig is returned when a Client or HandlerConfig is unusable;
	// the message names the field.
	ErrInvalidConfig = errors.New("invalid blob store config")
	// ErrUnexpectedStatus is returned (inside a *StatusError) when the server
	// answers with a status the protocol does not define.
	ErrUnexpectedStatus = errors.New("unexpected blob server status")
)

// StatusError reports an HTTP status the blob protocol does not expect. It
// wraps ErrUnexpectedStatus.
type StatusError struct {
	// Op is "put" or "get".
	Op string
	// Code is the HTTP status code.
	Code int
	// Message is the start of the response body, for diagnosis.
	Message string
}

// Error describes the status.
func (e *StatusError) Error() string {
	return fmt.Sprintf("blob %s: server answered %d: %s", e.Op, e.Code, e.Message)
}

// Unwrap returns ErrUnexpectedStatus.
func (e *StatusError) Unwrap() error { return ErrUnexpectedStatus }
