package sweep

import "errors"

// ErrInvalidGrid is wrapped by every problem with a grid file or with a
// configuration it expands to. Test with errors.Is.
var ErrInvalidGrid = errors.New("invalid sweep grid")

// FieldError is one problem with one field of a grid file. Field is the
// field as written in YAML, e.g. "objective" or
// `parameters["strategy.widthMultiplier"]`.
type FieldError struct {
	Field string
	Err   error
}

// Error is "grid: <field>: <problem>".
func (e *FieldError) Error() string { return "grid: " + e.Field + ": " + e.Err.Error() }

// Unwrap returns ErrInvalidGrid and the underlying error.
func (e *FieldError) Unwrap() []error { return []error{ErrInvalidGrid, e.Err} }

// paramField is the FieldError.Field of one parameter.
func paramField(path string) string { return `parameters["` + path + `"]` }
