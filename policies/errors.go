package policies

import (
	"errors"
	"fmt"
)

// Sentinel errors. Test with errors.Is.
var (
	// ErrInvalidRule is wrapped by every error Compile or CheckFields
	// returns about a rule.
	ErrInvalidRule = errors.New("invalid policy rule")
	// ErrInvalidInput is wrapped by Evaluate when an input value has a type
	// that CEL cannot represent (see Input).
	ErrInvalidInput = errors.New("invalid policy input")
	// ErrUnknownField is wrapped by every *FieldError: a rule names a key
	// the strategy does not declare (see CheckFields).
	ErrUnknownField = errors.New("unknown policy field")
)

// RuleError is a problem with one rule found by Compile or CheckFields.
type RuleError struct {
	Index int    // position of the rule in the slice given to Compile or CheckFields
	Name  string // the rule's name as given (may be empty)
	Field string // "name" or "expr"
	Err   error  // what is wrong; a *FieldError for an undeclared key
}

// Error names the rule and the problem.
func (e *RuleError) Error() string {
	if e.Name == "" {
		return fmt.Sprintf("policy #%d: %s: %v", e.Index, e.Field, e.Err)
	}
	return fmt.Sprintf("policy %q: %s: %v", e.Name, e.Field, e.Err)
}

// Unwrap returns ErrInvalidRule and the underlying error, so errors.Is
// matches both.
func (e *RuleError) Unwrap() []error { return []error{ErrInvalidRule, e.Err} }
