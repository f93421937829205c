// Package onnx runs ONNX models on ONNX Runtime. It is the only package of
// Steward that imports github.com/yalue/onnxruntime_go; every error from it is
// translated into this package's errors (errors.go) before it leaves.
//
// # Runtime
//
// ONNX Runtime is a shared library loaded once per process: onnxruntime_go
// keeps its environment in package-level variables, so one process can hold
// only one environment, from one library file. NewRuntime initialises it on
// the first call and hands out a *Runtime on every later call for the same
// library; asking for a different library file once one is loaded fails with
// ErrRuntimeConflict. The mutex and the loaded path that enforce this are the
// only package-level mutable state here, and they exist only because
// onnxruntime_go's environment is process-wide. The environment lives until
// the process exits.
//
// The library comes from the npm package onnxruntime-node, installed by
// fetch-runtime.sh into <repo>/.cache/onnxruntime/; LibraryPath finds it
// (or the file named by STEWARD_ONNXRUNTIME_LIB).
//
// # Sessions
//
// A Session is one loaded model with one float32 input and one float32 output
// of fixed shapes (batch included). Load checks the graph's declared names,
// element types and shapes against the caller's Specs and refuses a mismatch
// with a *SpecError. Input and output tensors are allocated once; Run copies
// the inputs in, runs, and copies the outputs out under a mutex, so a Session
// is safe for concurrent use and allocates only the returned slice.
//
// Sessions run with one intra-op and one inter-op thread in sequential
// execution mode: the same model and input give the same bits on every call,
// which the commitments in inference/commit depend on. Outputs that are NaN
// or ±Inf are refused (ErrNonFiniteOutput) rather than returned.
//
// ctx is checked before a run starts; a run itself (microseconds for the
// models Steward ships) is not interrupted.
package onnx
