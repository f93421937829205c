package anviltest

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFindBinary(t *testing.T) {
	dir := t.TempDir()
	exe := filepath.Join(dir, "anvil")
	if err := os.WriteFile(exe, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	plain := filepath.Join(dir, "not-executable")
	if err := os.WriteFile(plain, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		explicit string
		env      string
		want     string // the path found, or "" for an error
		errPart  string
	}{
		{"explicit wins over the environment", exe, plain, exe, ""},
		{"environment", "", exe, exe, ""},
		{"explicit missing", filepath.Join(dir, "nope"), "", "", "Options.Binary"},
		{"environment not executable", "", plain, "", EnvBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := findBinary(tt.explicit, func(k string) string {
				if k == EnvBinary {
					return tt.env
				}
				return ""
			})
			if tt.want != "" {
				if err != nil || got != tt.want {
					t.Fatalf("findBinary = %q, %v; want %q", got, err, tt.want)
				}
				return
			}
			if !errors.Is(err, ErrNotInstalled) || !strings.Contains(err.Error(), tt.errPart) {
				t.Fatalf("findBinary = %q, %v; want ErrNotInstalled naming %s", got, err, tt.errPart)
			}
		})
	}
}
