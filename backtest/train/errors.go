package train

import "errors"

// Sentinel errors of this package.
var (
	// ErrInvalidParams is returned when Params has a bad field; the message
	// names it.
	ErrInvalidParams = errors.New("invalid training params")
	// ErrTooFewSamples is returned when the ticks yield too few samples to
	// train and validate on.
	ErrTooFewSamples = errors.New("too few training samples")
)
