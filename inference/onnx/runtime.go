package onnx

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
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

// LibraryName is the file name of the ONNX Runtime shared library.
const LibraryName = "libonnxruntime.so"

// LibraryPath returns the ONNX Runtime library to use, looking, in order:
//
//  1. at the file named by STEWARD_ONNXRUNTIME_LIB, if that is set (it must exist);
//  2. next to the running binary (<dir of the executable>/libonnxruntime.so);
//  3. in the repository's .cache/onnxruntime/, in the nearest directory at or
//     above the working directory, then at or above the binary's directory,
//     that holds a go.mod (where `make deps` installs it);
//  4. in the directories of LD_LIBRARY_PATH, then where a system install puts
//     it (/usr/local/lib, /usr/lib, /usr/lib/x86_64-linux-gnu, /usr/lib64).
//
// When none holds it, the error wraps ErrLibraryNotFound, lists where it
// looked and names STEWARD_ONNXRUNTIME_LIB.
func LibraryPath() (string, error) {
	exe, _ := os.Executable()
	wd, _ := os.Getwd()
	libDirs := append(filepath.SplitList(os.Getenv("LD_LIBRARY_PATH")),
		"/usr/local/lib", "/usr/lib", "/usr/lib/x86_64-linux-gnu", "/usr/lib64")
	return findLibrary(os.Getenv(LibraryEnv), exe, wd, libDirs)
}

// findLibrary is LibraryPath with its inputs explicit, for tests: the
// variable's value, the executable, the working directory and the library
// directories searched last.
func findLibrary(env, exe, wd string, libDirs []string) (string, error) {
	if env != "" {
		if _, err := os.Stat(env); err != nil {
			return "", fmt.Errorf("%w: %s=%s: %v", ErrLibraryNotFound, LibraryEnv, env, err)
		}
		return env, nil
	}
	var candidates []string
	if exe != "" {
		if resolved, err := filepath.EvalSymlinks(exe); err == nil {
			exe = resolved
		}
		candidates = append(candidates, filepath.Join(filepath.Dir(exe), LibraryName))
	}
	for _, start := range []string{wd, exe} {
		if start == exe && exe != "" {
			start = filepath.Dir(exe)
		}
		if root, ok := moduleRoot(start); ok {
			candidates = append(candidates, filepath.Join(root, RepoLibraryPath))
		}
	}
	for _, dir := range libDirs {
		if dir != "" {
			candidates = append(candidates, filepath.Join(dir, LibraryName))
		}
	}
	candidates = slices.Compact(candidates)
	for _, c := range candidates {
		if _, err := os.Stat(c); err == nil {
			return c, nil
		}
	}
	return "", fmt.Errorf("%w: looked in %s; set %s to the library's path, put %s next to the steward binary, "+
		"or run `make deps` in the repository (it installs %s)",
		ErrLibraryNotFound, strings.Join(candidates, ", "), LibraryEnv, LibraryName, RepoLibraryPath)
}

// moduleRoot is the nearest directory at or above dir holding a go.mod.
func moduleRoot(dir string) (string, bool) {
	if dir == "" {
		return "", false
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
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
