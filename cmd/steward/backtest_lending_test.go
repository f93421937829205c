//go:build linux

package main

import (
	"bytes"
	"context"
	"encoding/json"
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

// TestBacktestLending runs `steward backtest -c configs/aave-risk.yaml`
// on the whole crash window (issue 13 item 6): at GOMAXPROCS 1 and 2 the
// same summary.json and report.html byte for byte; the agent's market and
// the static one side by side, liquidations on both, the agent's changes
// all verified from the chain; the fast executor's summary the same but
// for its name and gas; and the report, opened in headless Chromium,
// shows its charts (the screenshot is kept as backtest-lending-report.png).
func TestBacktestLending(t *testing.T) {
	onnxtest.Runtime(t)
	chromium := reporttest.FindChromium(t)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cfg := agents.RepoPath("configs/aave-risk.yaml")
	dirs := []string{filepath.Join(t.TempDir(), "one"), filepath.Join(t.TempDir(), "two"), filepath.Join(t.TempDir(), "fast")}
	var outs []string
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	for i, args := range [][]string{{}, {}, {"--executor", "fast"}} {
		runtime.GOMAXPROCS(1 + i%2)
		var out bytes.Buffer
		start := time.Now()
		if code := run(ctx, append([]string{"backtest", "-c", cfg, "--out", dirs[i]}, args...), &out, &out); code != 0 {
			t.Fatalf("steward backtest %v exited %d:\n%s", args, code, out.String())
		}
		t.Logf("steward backtest %v: %v", args, time.Since(start).Round(10*time.Millisecond))
		outs = append(outs, out.String())
	}
	for _, name := range []string{"summary.json", "report.html"} {
		if !bytes.Equal(mustReadFile(t, filepath.Join(dirs[0], name)), mustReadFile(t, filepath.Join(dirs[1], name))) {
			t.Fatalf("%s differs between two runs of the same config and data (GOMAXPROCS 1 and 2)", name)
		}
	}
	summary := mustReadFile(t, filepath.Join(dirs[0], "summary.json"))
	if exact, fast := gasless(t, summary), gasless(t, mustReadFile(t, filepath.Join(dirs[2], "summary.json"))); exact != fast {
		t.Fatalf("the fast and exact executors' summaries differ beyond executor and gas:\n%s\n---\n%s", exact, fast)
	}
	var sum struct {
		Blocks struct{ Count int }
		Sides  []struct {
			Name    string
			Metrics struct {
				Liquidations, ParameterChanges, Transactions int
				GasUsed                                      uint64
				BonusPaid, MaxUtilisation                    float64
			}
		}
	}
	if err := json.Unmarshal(summary, &sum); err != nil {
		t.Fatal(err)
	}
	if sum.Blocks.Count != 360 || len(sum.Sides) != 2 || sum.Sides[1].Name != "static parameters" {
		t.Fatalf("summary.json does not hold the 360 steps and both markets: %s", summary)
	}
	agent, static := sum.Sides[0].Metrics, sum.Sides[1].Metrics
	if agent.ParameterChanges == 0 || agent.Transactions == 0 || agent.GasUsed == 0 || static.ParameterChanges != 0 ||
		agent.Liquidations == 0 || static.Liquidations == 0 || agent.BonusPaid <= 0 || agent.MaxUtilisation <= 0 {
		t.Fatalf("the run did not exercise both markets: %s", summary)
	}
	if m := regexp.MustCompile(`in (\d+) transactions applied through the guard, (\d+) verified`).FindStringSubmatch(outs[0]); m == nil ||
		m[1] != m[2] || m[1] != strconv.Itoa(agent.Transactions) {
		t.Fatalf("every applied transaction must verify, as summary.json counts them (%d):\n%s", agent.Transactions, outs[0])
	}
	for _, want := range []string{"bad debt (USD)", "bonus paid to liquidators (USD)", "static parameters", "360/360 steps"} {
		if !strings.Contains(outs[0], want) {
			t.Fatalf("the output lacks %q:\n%s", want, outs[0])
		}
	}
	t.Logf("output:\n%s", outs[0])
	openReport(t, chromium, dirs[0], "backtest-lending-report.png", `id="chart-price"`, `id="chart-params"`,
		`id="chart-liquidations"`, `id="chart-utilisation"`, sum.Sides[0].Name, "static parameters")
}

// TestBacktestLendingRefusesBadInput: flags that do not fit the lending
// backtest are named, and nothing runs.
func TestBacktestLendingRefusesBadInput(t *testing.T) {
	cfg := agents.RepoPath("configs/aave-risk.yaml")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--market", "minutes"}, "--market minutes is market making's; the lending backtest replays the 2024-01-03 ETH crash path"},
		{[]string{"--from", "300", "--to", "200"}, "--from 300 --to 200: the crash path has steps 0…359"},
		{[]string{"--from", "400"}, "--from 400 --to 0: the crash path has steps 0…359"},
		// The strategy's window (30 prices) and one step to act on.
		{[]string{"--from", "340"}, "the path has 20 steps, at least 31 are needed"},
	} {
		var out bytes.Buffer
		args := append([]string{"backtest", "-c", cfg, "--out", t.TempDir()}, tc.args...)
		if code := run(context.Background(), args, &out, &out); code != 1 || !strings.Contains(out.String(), tc.want) {
			t.Fatalf("%v exited %d, want 1 and %q:\n%s", tc.args, code, tc.want, out.String())
		}
	}
}
