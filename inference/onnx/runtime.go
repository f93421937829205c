package onnx

import (
	"fmt"
	"os"
	"path/filepath"
	"sync"

	ort "github.com/yalue/onnxruntime_go"
)

// LibraryEnv names the environment variable that points at the ONNX Runtime
// shared library, overriding the repository's .cache copy.
const LibraryEnv = "STEWARD_ONNXRUNTIME_LIB"

// RepoLibraryPath is where fetch-runtime.sh installs the library, relative to
// the repository root (the directory holding go.mod).
const RepoLibraryPath = ".cache/onnxruntime/libonnxruntime.so"

// environment guards onnxruntime_go's process-wide environment; see doc.go.
var environment struct {
	mu      sync.Mutex
	libPath string // absolute path of the loaded library; "" until loaded
}

// Runtime is a handle on the process's ONNX Runtime environment. It is safe
// for concurrent use.
type Runtime struct {
	libPath string
}

// LibraryPath returns the ONNX Runtime library to use: the file named by
// STEWARD_ONNXRUNTIME_LIB if that is set (it must exist), else
// <repo>/.cache/onnxruntime/libonnxruntime.so, where <repo> is the nearest
// directory at or above the working directory that holds a go.mod. It returns
// an error wrapping ErrLibraryNotFound when there is none.
func LibraryPath() (string, error) {
	if p := os.Getenv(LibraryEnv); p != "" {
		if _, err := os.Stat(p); err != nil {
			return "", fmt.Errorf("%w: %s=%s: %v", ErrLibraryNotFound, LibraryEnv, p, err)
		}
		return p, nil
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrLibraryNotFound, err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			p := filepath.Join(dir, RepoLibraryPath)
			if _, err := os.Stat(p); err != nil {
				return "", fmt.Errorf("%w: %s is missing (run inference/onnx/fetch-runtime.sh or set %s)", ErrLibraryNotFound, p, LibraryEnv)
			}
			return p, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf("%w: no go.mod above the working directory and %s is not set", ErrLibraryNotFound, LibraryEnv)
		}
		dir = parent
	}
}

// NewRuntime loads the ONNX Runtime shared library at libPath and initialises
// its environment, once per process. Later calls with the same file return a
// Runtime on the same environment; a different file fails with
// ErrRuntimeConflict.
func NewRuntime(libPath string) (*Runtime, error) {
	if libPath == "" {
		return nil, fmt.Errorf("%w: empty library path", ErrLibraryNotFound)
	}
	abs, err := filepath.Abs(libPath)
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrLibraryNotFound, libPath, err)
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrLibraryNotFound, err)
	}
	environment.mu.Lock()
	defer environment.mu.Unlock()
	switch environment.libPath {
	case abs:
		return &Runtime{libPath: abs}, nil
	case "":
	default:
		return nil, fmt.Errorf("%w: loaded %s, asked for %s", ErrRuntimeConflict, environment.libPath, abs)
	}
	ort.SetSharedLibraryPath(abs)
	if err := ort.InitializeEnvironment(ort.WithLogLevelError()); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrRuntimeInit, abs, err)
	}
	environment.libPath = abs
	return &Runtime{libPath: abs}, nil
}

// LibPath returns the absolute path of the loaded library.
func (r *Runtime) LibPath() string { return r.libPath }

// Version returns the ONNX Runtime version string, e.g. "1.24.3".
func (r *Runtime) Version() string { return ort.GetVersion() }
