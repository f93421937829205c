package onnx

import (
	"errors"
	"fmt"
)

// Sentinel errors of this package.
var (
	// ErrLibraryNotFound is returned when no ONNX Runtime shared library can
	// be found. Run inference/onnx/fetch-runtime.sh or set
	// STEWARD_ONNXRUNTIME_LIB.
	ErrLibraryNotFound = errors.New("onnx runtime library not found")
	// ErrRuntimeInit is returned when ONNX Runtime fails to initialise.
	ErrRuntimeInit = errors.New("onnx runtime initialisation failed")
	// ErrRuntimeConflict is returned when a runtime from a different library
	// file is requested after one was loaded in this process.
	ErrRuntimeConflict = errors.New("onnx runtime already loaded from another library")
	// ErrLoad is returned when a model cannot be read or ONNX Runtime refuses it.
	ErrLoad = errors.New("load onnx model")
	// ErrSpecMismatch is returned (inside a *SpecError) when a model's
	// declared input or output differs from the expected Spec.
	ErrSpecMismatch = errors.New("model does not match its spec")
	// ErrInvalidSpec is returned when a Spec itself is unusable.
	ErrInvalidSpec = errors.New("invalid tensor spec")
	// ErrInputSize is returned when Run gets the wrong number of inputs.
	ErrInputSize = errors.New("input size does not match the model")
	// ErrRun is returned when ONNX Runtime fails to run a model.
	ErrRun = errors.New("onnx run failed")
	// ErrNonFiniteOutput is returned when a model outputs NaN or ±Inf.
	ErrNonFiniteOutput = errors.New("model output is not finite")
	// ErrClosed is returned when a closed Session or Batcher is used.
	ErrClosed = errors.New("onnx session is closed")
	// ErrNotBatchable says why a Batcher runs a model one row at a time:
	// its graph is not one the batch rewrite can show to keep rows apart,
	// or batched runs did not give the bits of single runs (Batcher.Batching).
	ErrNotBatchable = errors.New("model cannot run batched")
)

// SpecError reports which part of a model's declared input or output
// disagrees with the expected Spec. It wraps ErrSpecMismatch.
type SpecError struct {
	// Role is "input" or "output".
	Role string
	// Field is "count", "name", "type" or "shape".
	Field string
	// Want is what the Spec expects; Got is what the model declares.
	Want, Got string
}

// Error describes the mismatch.
func (e *SpecError) Error() string {
	return fmt.Sprintf("%s %s: spec says %s, model declares %s", e.Role, e.Field, e.Want, e.Got)
}

// Unwrap returns ErrSpecMismatch.
func (e *SpecError) Unwrap() error { return ErrSpecMismatch }
