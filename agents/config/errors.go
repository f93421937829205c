package config

import "errors"

// Sentinel errors. Test with errors.Is.
var (
	// ErrInvalid is wrapped by every problem Parse, Load and Validate report.
	ErrInvalid = errors.New("invalid config")
	// ErrSecret is wrapped when a config holds (or seems to hold) a private
	// key or password. Secrets are only ever named, never written: an
	// environment variable in key.env / key.passwordEnv, or a keystore file.
	ErrSecret = errors.New("config must not hold a secret")
)

// FieldError is one problem with one field. Field is the path of the field
// as written in YAML, e.g. "chain.pool" or "policies[2].expr".
type FieldError struct {
	Field string
	Err   error
}

// Error is "<field>: <problem>".
func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }

// Unwrap returns ErrInvalid and the underlying error.
func (e *FieldError) Unwrap() []error { return []error{ErrInvalid, e.Err} }
