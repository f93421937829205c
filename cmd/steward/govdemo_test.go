//go:build linux

package main

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestGovernanceDemo runs `steward demo --kind governance` as a DAO would
// watch it: the agent, live on the embedded chain, scores every generated
// proposal before its vote opens — each harmful kind ≥ 70 with its flag,
// each benign one < 70 — posts each score through the guard, casts an
// against vote on the harmful ones once their vote opens, and every posted
// transaction verifies from the chain alone (the demo fails otherwise).
func TestGovernanceDemo(t *testing.T) {
	onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var out bytes.Buffer
	rows, err := governanceDemo(ctx, govDemoParams{StorePath: filepath.Join(t.TempDir(), "gov.db"), BlockInterval: 150 * time.Millisecond, Every: 2, Out: &out})
	if err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	harmful := 0
	for _, r := range rows {
		if r.Harmful {
			harmful++
		}
	}
	if len(rows) < 8 || harmful < 5 {
		t.Fatalf("%d proposals, %d harmful: the demo shows too little", len(rows), harmful)
	}
	for _, want := range []string{"Every proposal scored before its vote", "PASS"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("the demo's output lacks %q:\n%s", want, out.String())
		}
	}
}
