package train

import (
	"errors"

	"github.com/steward-agents/steward/inference/onnx/build"
)

// Sentinel errors of this package.
var (
	// ErrInvalidParams is returned when Params has a bad field; the message
	// names it.
	ErrInvalidParams = errors.New("invalid training params")
	// ErrTooFewSamples is returned when the ticks yield too few samples to
	// train and validate on (build's: early stopping reports it too).
	ErrTooFewSamples = build.ErrTooFewSamples
)
