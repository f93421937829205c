package demo

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// The demo's promise, at the default length of 150 blocks (on a faster
// clock): at least five re-ranges committed on chain, every transaction
// verified, one line per tick and a summary with the verify command.
func TestDemo(t *testing.T) {
	onnxtest.Runtime(t)
	if testing.Short() {
		t.Skip("runs 150 blocks")
	}
	var out bytes.Buffer
	sum, err := Run(context.Background(), Params{
		Kinds:         []program.Kind{marketmaking.Kind()},
		BlockInterval: 100 * time.Millisecond,
		StorePath:     filepath.Join(t.TempDir(), "demo.db"),
		Out:           &out,
	})
	if err != nil {
		t.Fatalf("demo: %v\n%s", err, out.String())
	}
	if sum.Ticks+sum.Dropped != 150 || sum.Committed < 5 || sum.Verified != len(sum.TxHashes) || sum.Verified != sum.Committed {
		t.Fatalf("summary %+v: want 150 heads (ticked or dropped as stale), ≥ 5 committed, all verified\n%s", sum, out.String())
	}
	text := out.String()
	for _, want := range []string{"forecast", "tickLower", "policy ok", "gas ", "Summary: ", "steward verify"} {
		if !strings.Contains(text, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if lines := strings.Count(text, "\nblock "); lines < 150 {
		t.Errorf("%d tick lines, want one per tick", lines)
	}
}
