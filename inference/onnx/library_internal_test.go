package onnx

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFindLibrary checks the search order of LibraryPath on a made-up tree:
// a repository (go.mod and .cache/onnxruntime), a binary directory outside
// it, an unrelated working directory and a library directory.
func TestFindLibrary(t *testing.T) {
	root := t.TempDir()
	touch := func(path string) string {
		t.Helper()
		p := filepath.Join(root, path)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	dir := func(path string) string {
		t.Helper()
		p := filepath.Join(root, path)
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	touch("repo/go.mod")
	repoLib := touch("repo/" + RepoLibraryPath)
	repoBin := dir("repo/bin")
	beside := touch("opt/steward/" + LibraryName)
	otherBin := dir("elsewhere/bin")
	away := dir("home/user")
	sysLib := touch("usr/lib/" + LibraryName)
	envLib := touch("custom/ort.so")

	cases := []struct {
		name          string
		env, exe, wd  string
		libDirs       []string
		want          string
		wantErrSubstr string
	}{
		{name: "the variable wins", env: envLib, exe: filepath.Join(repoBin, "steward"), wd: filepath.Join(root, "repo"), want: envLib},
		{name: "a variable naming a missing file is an error, not a fallback", env: filepath.Join(root, "nope.so"),
			exe: filepath.Join(repoBin, "steward"), wantErrSubstr: LibraryEnv},
		{name: "next to the binary", exe: filepath.Join(root, "opt/steward/steward"), wd: filepath.Join(root, "repo"), want: beside},
		{name: "repo cache from the working directory", exe: filepath.Join(otherBin, "steward"), wd: filepath.Join(root, "repo/agents"), want: repoLib},
		// The case of issue 9: bin/steward run from another directory.
		{name: "repo cache from the binary's directory", exe: filepath.Join(repoBin, "steward"), wd: away, want: repoLib},
		{name: "library directories last", exe: filepath.Join(otherBin, "steward"), wd: away,
			libDirs: []string{filepath.Join(root, "empty"), filepath.Dir(sysLib)}, want: sysLib},
		{name: "nowhere: the error names the variable", exe: filepath.Join(otherBin, "steward"), wd: away,
			libDirs: []string{filepath.Join(root, "empty")}, wantErrSubstr: LibraryEnv},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := findLibrary(c.env, c.exe, c.wd, c.libDirs)
			if c.wantErrSubstr != "" {
				if !errors.Is(err, ErrLibraryNotFound) || !strings.Contains(err.Error(), c.wantErrSubstr) {
					t.Fatalf("err = %v, want ErrLibraryNotFound naming %s", err, c.wantErrSubstr)
				}
				return
			}
			if err != nil || got != c.want {
				t.Fatalf("findLibrary = %q, %v; want %q", got, err, c.want)
			}
		})
	}
}
