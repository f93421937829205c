//go:build linux

// Package reporttest opens HTML reports in headless Chromium for tests:
// the rendered DOM, a screenshot, and the artifacts a test keeps. Chromium
// comes from Debian's package (backtest/report/ensure-chromium.sh, which
// make test runs).
package reporttest

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// chromiumTimeout bounds one Chromium run; a cold start on a loaded
// two-core machine takes a few seconds.
const chromiumTimeout = 60 * time.Second

// FindChromium returns the Chromium binary; without one the test fails
// (make test installs it) unless -short is set.
func FindChromium(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium"
	}
	if p, err := exec.LookPath("chromium"); err == nil {
		return p
	}
	if testing.Short() {
		t.Skip("chromium not found; skipped in -short mode")
	}
	t.Fatal("chromium not found at /usr/bin/chromium or on PATH; run backtest/report/ensure-chromium.sh (make test does)")
	return ""
}

// RunChromium runs headless Chromium with a fresh profile on target and
// returns its stdout. Chromium's helpers (zygote, GPU, crash handler) run
// in its process group, which is killed when it exits or times out, so
// none outlives the test or holds its pipes open.
func RunChromium(t *testing.T, bin, target string, args ...string) []byte {
	t.Helper()
	profile, err := os.MkdirTemp("", "steward-chromium-profile-")
	if err != nil {
		t.Fatal(err)
	}
	// Not t.TempDir: a helper still flushing into the profile would turn a
	// failed removal into a test failure.
	t.Cleanup(func() { os.RemoveAll(profile) })
	ctx, cancel := context.WithTimeout(context.Background(), chromiumTimeout)
	defer cancel()
	full := append([]string{
		"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-dev-shm-usage", "--hide-scrollbars", "--no-default-browser-check",
		"--user-data-dir=" + profile,
	}, args...)
	full = append(full, target)
	cmd := exec.CommandContext(ctx, bin, full...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error { return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) }
	cmd.WaitDelay = 5 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	if cmd.Process != nil {
		_ = syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL) // stragglers; ESRCH when none
	}
	if ctx.Err() != nil {
		t.Fatalf("chromium %s did not finish within %v; stderr:\n%s", strings.Join(args, " "), chromiumTimeout, tail(stderr.String(), 2000))
	}
	if err != nil {
		t.Fatalf("chromium %s: %v; stderr:\n%s", strings.Join(args, " "), err, tail(stderr.String(), 2000))
	}
	return stdout.Bytes()
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}

// KeepArtifacts writes files into $STEWARD_ARTIFACTS, or
// $TMPDIR/steward-artifacts, never into the source tree.
func KeepArtifacts(t *testing.T, files map[string][]byte) {
	t.Helper()
	dir := os.Getenv("STEWARD_ARTIFACTS")
	if dir == "" {
		dir = filepath.Join(os.TempDir(), "steward-artifacts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatalf("artifacts directory: %v", err)
	}
	for name, data := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatalf("keep artifact: %v", err)
		}
		t.Logf("kept %s", path)
	}
}
