package proposal

import (
	"errors"
	"fmt"
)

// Sentinel errors. Test with errors.Is.
var (
	// ErrInvalid is wrapped by every problem Parse and ParseBook report
	// with their input, so a command tells a malformed file (exit 2) from
	// any other failure.
	ErrInvalid = errors.New("invalid input")
	// ErrTooLarge is wrapped when the input is over MaxInputSize, or holds
	// more than MaxCalls calls; it wraps ErrInvalid.
	ErrTooLarge = fmt.Errorf("%w: too large", ErrInvalid)
)

// FieldError is one problem with one field. Field is the field's path as
// written in the file: "values[2]", "creation_params.targets[0]",
// `files["proposalCalldata.json"].executableCalls[1].calldata`, or for an
// address book `[3].role` or `"ENS Labs"`.
type FieldError struct {
	Field string
	Err   error
}

// Error is "<field>: <problem>".
func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }

// Unwrap returns ErrInvalid and the underlying error.
func (e *FieldError) Unwrap() []error { return []error{ErrInvalid, e.Err} }

func fieldErr(field, format string, args ...any) error {
	return &FieldError{Field: field, Err: fmt.Errorf(format, args...)}
}
