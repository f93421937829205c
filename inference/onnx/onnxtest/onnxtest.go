// Package onnxtest gives tests a real ONNX Runtime. It skips the test, with
// the reason, only when no library is installed; any other failure fails it.
package onnxtest

import (
	"errors"
	"os"
	"testing"

	"github.com/steward-agents/steward/inference/onnx"
)

// Runtime returns the process's ONNX Runtime, found by onnx.LibraryPath.
func Runtime(tb testing.TB) *onnx.Runtime {
	tb.Helper()
	path, err := onnx.LibraryPath()
	// A library named explicitly must exist: then a missing file fails the test.
	if errors.Is(err, onnx.ErrLibraryNotFound) && os.Getenv(onnx.LibraryEnv) == "" {
		tb.Skipf("skipping: %v (make test fetches it)", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	rt, err := onnx.NewRuntime(path)
	if err != nil {
		tb.Fatal(err)
	}
	return rt
}
