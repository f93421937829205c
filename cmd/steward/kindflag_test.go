package main

import (
	"slices"
	"testing"
)

// TestKindFlag: --kind and --scenario (the issues' name) pick the kind,
// in either form, and the other flags pass through.
func TestKindFlag(t *testing.T) {
	for _, c := range []struct {
		args []string
		kind string
		rest []string
	}{
		{nil, defaultKind, nil},
		{[]string{"--kind", "governance", "-v"}, "governance", []string{"-v"}},
		{[]string{"-scenario=governance", "--blocks", "5"}, "governance", []string{"--blocks", "5"}},
		{[]string{"--scenario", "market-making"}, "marketmaking", nil},
	} {
		kind, rest, err := kindFlag(c.args)
		if err != nil || kind != c.kind || !slices.Equal(rest, c.rest) {
			t.Fatalf("kindFlag(%q) = %q %q %v; want %q %q", c.args, kind, rest, err, c.kind, c.rest)
		}
	}
	if _, _, err := kindFlag([]string{"--scenario"}); err == nil {
		t.Fatal("--scenario without a value passed")
	}
}
