package report

import (
	"errors"
	"strings"
)

// ErrInvalidRun is wrapped by every *FieldError that Run.Validate returns,
// so callers can test for a bad Run with errors.Is.
var ErrInvalidRun = errors.New("invalid backtest run")

// FieldError names one field of a Run that is inconsistent and what is
// wrong with it, e.g. Field "Strategies[2].PnL (\"hold\")", Problem "has
// 1439 values, Blocks has 1440".
type FieldError struct {
	Field   string
	Problem string
}

func (e *FieldError) Error() string {
	return "report: " + ErrInvalidRun.Error() + ": " + e.short()
}

func (e *FieldError) short() string { return e.Field + " " + e.Problem }

// Unwrap returns ErrInvalidRun.
func (e *FieldError) Unwrap() error { return ErrInvalidRun }

// validationErrors joins the problems Validate found. Unlike errors.Join
// it prints them on one line separated by "; ", which reads better inside
// a wrapped error.
type validationErrors []error

func (es validationErrors) Error() string {
	msgs := make([]string, len(es))
	for i, e := range es {
		if fe, ok := e.(*FieldError); ok {
			msgs[i] = fe.short()
		} else {
			msgs[i] = e.Error()
		}
	}
	return "report: " + ErrInvalidRun.Error() + ": " + strings.Join(msgs, "; ")
}

// Unwrap returns the joined errors, for errors.Is and errors.As.
func (es validationErrors) Unwrap() []error { return es }

func joinErrors(errs []error) error {
	switch len(errs) {
	case 0:
		return nil
	case 1:
		return errs[0]
	}
	return validationErrors(errs)
}
