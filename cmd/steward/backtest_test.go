//go:build linux

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/backtest/report/reporttest"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestBacktestShippedDay runs `steward backtest -c configs/marketmaking-demo.yaml`
// on the recorded day as a quant would (issue 11): the fast executor's
// summary of the whole day the same but for gas; at GOMAXPROCS 1 and 2 the
// same summary.json and report.html byte for byte (on its first 600
// blocks); the strategy and both
// baselines side by side; every applied re-range verified; and the report,
// opened in headless Chromium, shows its charts (the screenshot is kept).
func TestBacktestShippedDay(t *testing.T) {
	onnxtest.Runtime(t)
	chromium := reporttest.FindChromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cfg := agents.RepoPath("configs/marketmaking-demo.yaml")
	dirs := []string{filepath.Join(t.TempDir(), "day")}
	var outs []string
	var out bytes.Buffer
	if code := run(ctx, []string{"backtest", "-c", cfg, "--out", dirs[0]}, &out, &out); code != 0 {
		t.Fatalf("steward backtest exited %d:\n%s", code, out.String())
	}
	outs = append(outs, out.String())
	// The same config and data give the same bytes at any GOMAXPROCS: two
	// runs of the day's first 600 blocks (the whole day once, above, and
	// on the fast executor below, which must agree with it).
	var first struct{ Blocks struct{ From int } }
	if err := json.Unmarshal(mustReadFile(t, filepath.Join(dirs[0], "summary.json")), &first); err != nil {
		t.Fatal(err)
	}
	window := []string{"--from", strconv.Itoa(first.Blocks.From), "--to", strconv.Itoa(first.Blocks.From + 600)}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var windows []string
	for _, procs := range []int{1, 2} {
		runtime.GOMAXPROCS(procs)
		dir := filepath.Join(t.TempDir(), fmt.Sprintf("window-%d", procs))
		var out bytes.Buffer
		if code := run(ctx, append([]string{"backtest", "-c", cfg, "--out", dir}, window...), &out, &out); code != 0 {
			t.Fatalf("steward backtest %v (GOMAXPROCS=%d) exited %d:\n%s", window, procs, code, out.String())
		}
		windows = append(windows, dir)
	}
	for _, name := range []string{"summary.json", "report.html"} {
		a, b := mustReadFile(t, filepath.Join(windows[0], name)), mustReadFile(t, filepath.Join(windows[1], name))
		if !bytes.Equal(a, b) {
			t.Fatalf("%s differs between two runs of the same config and data (GOMAXPROCS 1 and 2)", name)
		}
	}
	// The fast executor on the same day: the same summary but the executor's
	// name and the gas (which it does not model).
	fastDir := filepath.Join(t.TempDir(), "fast")
	var fastOut bytes.Buffer
	if code := run(ctx, []string{"backtest", "-c", cfg, "--executor", "fast", "--out", fastDir}, &fastOut, &fastOut); code != 0 {
		t.Fatalf("steward backtest --executor fast exited %d:\n%s", code, fastOut.String())
	}
	exactSum, fastSum := gasless(t, mustReadFile(t, filepath.Join(dirs[0], "summary.json"))), gasless(t, mustReadFile(t, filepath.Join(fastDir, "summary.json")))
	if exactSum != fastSum {
		t.Fatalf("the fast and exact executors' summaries of the day differ beyond executor and gas:\n%s\n---\n%s", exactSum, fastSum)
	}
	var sum struct {
		Blocks     struct{ Count int }
		Strategies []struct {
			Name    string
			Metrics struct {
				Reranges    int
				GasUsed     uint64
				TimeInRange float64
			}
		}
	}
	if err := json.Unmarshal(mustReadFile(t, filepath.Join(dirs[0], "summary.json")), &sum); err != nil {
		t.Fatal(err)
	}
	if len(sum.Strategies) != 3 || !strings.HasPrefix(sum.Strategies[1].Name, "static range") || !strings.HasPrefix(sum.Strategies[2].Name, "hold") {
		t.Fatalf("summary.json does not hold the strategy and both baselines: %+v", sum.Strategies)
	}
	if s := sum.Strategies[0].Metrics; s.Reranges == 0 || s.GasUsed == 0 || sum.Blocks.Count < 1000 {
		t.Fatalf("the strategy did nothing over %d blocks: %+v", sum.Blocks.Count, s)
	}
	got := outs[0]
	if m := regexp.MustCompile(`(\d+) re-ranges applied through the guard, (\d+) verified`).FindStringSubmatch(got); m == nil || m[1] != m[2] ||
		m[1] != strconv.Itoa(sum.Strategies[0].Metrics.Reranges) {
		t.Fatalf("every applied re-range must verify, as summary.json counts them (%d):\n%s", sum.Strategies[0].Metrics.Reranges, got)
	}
	for _, want := range []string{"100%", "PnL  vs hold", "static range", "hold (", "verified from the chain"} {
		if !strings.Contains(got, want) {
			t.Fatalf("the output lacks %q:\n%s", want, got)
		}
	}

	openReport(t, chromium, dirs[0], "backtest-report.png",
		`id="chart-price"`, `id="chart-pnl"`, `id="chart-drawdown"`, sum.Strategies[0].Name, sum.Strategies[1].Name)
}

// openReport opens dir's report.html in headless Chromium: the rendered
// DOM must hold each of wants and the screenshot must not be blank; it is
// kept in $STEWARD_ARTIFACTS as keep.
func openReport(t *testing.T, chromium, dir, keep string, wants ...string) {
	t.Helper()
	target := (&url.URL{Scheme: "file", Path: filepath.Join(dir, "report.html")}).String()
	dom := string(reporttest.RunChromium(t, chromium, target, "--dump-dom"))
	for _, want := range wants {
		if !strings.Contains(dom, want) {
			t.Fatalf("the rendered report lacks %q", want)
		}
	}
	shot := filepath.Join(dir, "report.png")
	reporttest.RunChromium(t, chromium, target, "--window-size=1280,2400", "--screenshot="+shot)
	data := mustReadFile(t, shot)
	reporttest.KeepArtifacts(t, map[string][]byte{keep: data})
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	inked := 0
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			if r, g, bl, _ := img.At(x, y).RGBA(); r < 0xe000 || g < 0xe000 || bl < 0xe000 {
				inked++
			}
		}
	}
	if share := float64(inked) / float64(b.Dx()*b.Dy()/4); share < 0.03 {
		t.Fatalf("the screenshot is almost blank: %.1f %% of pixels drawn", 100*share)
	}
}

// TestBacktestRefusesBadInput: bad flags are named, and nothing runs.
func TestBacktestRefusesBadInput(t *testing.T) {
	cfg := agents.RepoPath("configs/marketmaking-demo.yaml")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"backtest"}, "-c <config.yaml> is required"},
		{[]string{"backtest", "-c", cfg, "--executor", "quick"}, `--executor "quick": exact (the real contracts on the embedded EVM) or fast`},
		{[]string{"backtest", "-c", cfg, "--from", "500", "--to", "100"}, "--from 500 --to 100: the data has steps 0..3985"},
		{[]string{"backtest", "-c", cfg, "--market", "ticks"}, `--market "ticks": swaps or minutes`},
		{[]string{"backtest", "-c", cfg, "--market", "minutes", "--from", "1439"}, "--from 1439 --to 0: the data has steps 0..1439"},
	} {
		var out bytes.Buffer
		if code := run(context.Background(), tc.args, &out, &out); code != 1 || !strings.Contains(out.String(), tc.want) {
			t.Fatalf("%v exited %d, want 1 and %q:\n%s", tc.args, code, tc.want, out.String())
		}
	}
}

// gasless is a summary.json without what only the exact executor has: its
// name and the strategies' (or a lending backtest's sides') gas.
func gasless(t *testing.T, data []byte) string {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	delete(m, "executor")
	for _, list := range []string{"strategies", "sides"} {
		ss, _ := m[list].([]any)
		for _, s := range ss {
			delete(s.(map[string]any)["metrics"].(map[string]any), "gasUsed")
		}
	}
	out, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func mustReadFile(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
