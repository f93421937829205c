package sweep

import (
	"bytes"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestSweepLocal runs a 2 × 2 grid on this machine, two backtests at a
// time, and checks the ranking and both files.
func TestSweepLocal(t *testing.T) {
	onnxtest.Runtime(t)
	g := mustGrid(t, `
window: {from: 0, to: 150}
objective: pnl
parameters:
  strategy.widthMultiplier: [1.5, 3]
  policies.twap-distance.message: ["<b>far</b> & away", "far"]
`)
	p, err := NewPlan(demoBase(t), g)
	if err != nil {
		t.Fatal(err)
	}
	var calls []int
	start := time.Now()
	results, err := RunLocal(t.Context(), p, LocalParams{Parallel: 2, TempDir: t.TempDir(),
		Progress: func(done, total int, r Result) { calls = append(calls, done) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("4 backtests of 150 steps, 2 at a time: %s", time.Since(start).Round(time.Millisecond))
	if len(results) != 4 || len(calls) != 4 || calls[3] != 4 {
		t.Fatalf("%d results, progress %v; want 4 and 1..4", len(results), calls)
	}
	for i, r := range results {
		if r.Index != i || r.Err != "" || r.Model == "" || r.Metrics.Reranges == 0 || math.IsNaN(r.Metrics.PnL) {
			t.Fatalf("result %d: %+v", i, r)
		}
	}
	// The message does not change what the strategy does: the same figures.
	if results[0].Metrics != results[1].Metrics || results[0].Metrics == results[2].Metrics {
		t.Fatalf("figures: %+v", results)
	}
	Sort(results, g)
	for i := 1; i < len(results); i++ {
		if results[i-1].Metrics.PnL < results[i].Metrics.PnL {
			t.Fatalf("not ranked by pnl, highest first: %v then %v", results[i-1].Metrics.PnL, results[i].Metrics.PnL)
		}
	}
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteDir(dir, Table{Title: "local sweep — mm-usdc-weth", Grid: g, Results: results}); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, CSVFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 5 || rows[0][2] != "strategy.widthMultiplier" || rows[0][3] != "policies.twap-distance.message" || rows[0][6] != "pnl" {
		t.Fatalf("CSV header %v, %d rows", rows[0], len(rows))
	}
	for i, row := range rows[1:] {
		pnl, err := strconv.ParseFloat(row[6], 64)
		if row[0] != strconv.Itoa(i+1) || err != nil || pnl != mustRound(results[i].Metrics.PnL) {
			t.Fatalf("CSV row %d: %v (pnl %v, want %v)", i+1, row, pnl, results[i].Metrics.PnL)
		}
	}
	html, err := os.ReadFile(filepath.Join(dir, HTMLFile))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"&lt;b&gt;far&lt;/b&gt; &amp; away", `class="objective"`, "best first by <b>pnl</b> (highest first)", "<tbody>"} {
		if !bytes.Contains(html, []byte(want)) {
			t.Fatalf("results.html lacks %q", want)
		}
	}
	if bytes.Contains(html, []byte("<b>far</b>")) || bytes.Contains(html, []byte("<script")) || bytes.Contains(html, []byte("http")) {
		t.Fatal("results.html holds an unescaped value, a script or an external resource")
	}
	var top bytes.Buffer
	(Table{Grid: g, Results: results}).WriteTop(&top, 3)
	if lines := strings.Split(strings.TrimSpace(top.String()), "\n"); len(lines) != 4 || !strings.Contains(lines[0], "pnl (desc)") {
		t.Fatalf("top 3:\n%s", top.String())
	}
}

func mustRound(v float64) float64 {
	f, _ := strconv.ParseFloat(formatNumber(v), 64)
	return f
}
