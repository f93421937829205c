package build

import "errors"

// Sentinel errors of this package.
var (
	// ErrInvalidModel is returned when a Model or MLP cannot be encoded: a
	// missing name, a tensor whose data does not fill its dimensions, a node
	// that reads a value nothing defines, and the like.
	ErrInvalidModel = errors.New("invalid model")
	// ErrInputSize is returned by MLP.Forward when the input length is not the
	// first layer's width.
	ErrInputSize = errors.New("input size does not match the network")
	// ErrInvalidFit is returned when FitParams or a fit's arguments are bad.
	ErrInvalidFit = errors.New("invalid fit parameters")
	// ErrTooFewSamples is returned when a fit has too few samples.
	ErrTooFewSamples = errors.New("too few training samples")
)
