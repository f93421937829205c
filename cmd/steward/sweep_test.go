//go:build linux

package main

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/backtest/sweep/queue"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// sweepGrid is 5 × 2 × 2 = 20 configurations of the demo config on 120
// steps of the recorded day.
const sweepGrid = `window: {from: 0, to: 120}
objective: pnl
parameters:
  strategy.widthMultiplier: [1.5, 2, 2.5, 3, 3.5]
  strategy.recenterFraction: [0.3, 0.5]
  policies.cooldown.expr:
    - "!has(last.block) || block.number - last.block >= 3"
    - "!has(last.block) || block.number - last.block >= 6"
`

// lockedBuffer is a process's output, safe to read while it runs.
type lockedBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *lockedBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *lockedBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestSweepAcrossWorkers is issue 11's sweep across machines, for real: a
// sweep of 20 configurations is queued in a fresh database, two `steward
// worker` processes work it, one is killed with SIGKILL while it runs a
// job, and nothing else is started. The survivor gets the dead worker's job
// once River rescues it, and the sweep completes with exactly one result
// per configuration, the rescued one from its second attempt.
func TestSweepAcrossWorkers(t *testing.T) {
	if testing.Short() {
		t.Skip("builds steward and runs 20 backtests in two worker processes")
	}
	onnxtest.Runtime(t)
	start := time.Now()
	dbURL := storetest.NewPostgres(t)
	dir := t.TempDir()
	bin := filepath.Join(dir, "steward")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build steward: %v\n%s", err, out)
	}
	gridPath := filepath.Join(dir, "grid.yaml")
	if err := os.WriteFile(gridPath, []byte(sweepGrid), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	var out bytes.Buffer
	if code := run(ctx, []string{"sweep", "-c", agents.RepoPath("configs/marketmaking-demo.yaml"), "--grid", gridPath, "--db", dbURL}, &out, &out); code != 0 {
		t.Fatalf("steward sweep exited %d:\n%s", code, out.String())
	}
	m := regexp.MustCompile(`queued sweep (\d+): 20 jobs`).FindStringSubmatch(out.String())
	if m == nil {
		t.Fatalf("steward sweep did not queue 20 jobs:\n%s", out.String())
	}
	id, _ := strconv.ParseInt(m[1], 10, 64)

	q, err := queue.Open(ctx, dbURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()

	workers := map[string]*exec.Cmd{}
	logs := map[string]*lockedBuffer{}
	for _, name := range []string{"worker-a", "worker-b"} {
		cmd := exec.Command(bin, "worker", "--db", dbURL, "--id", name, "--concurrency", "1",
			"--job-timeout", "12s", "--rescue-after", "15s", "--grace", "5s")
		logs[name] = &lockedBuffer{}
		cmd.Stdout, cmd.Stderr = logs[name], logs[name]
		cmd.Env = append(os.Environ(), "STEWARD_ONNXRUNTIME_LIB="+os.Getenv("STEWARD_ONNXRUNTIME_LIB"))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		workers[name] = cmd
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				_ = cmd.Process.Kill()
				_ = cmd.Wait()
			}
		})
	}
	defer func() {
		if t.Failed() {
			for name, l := range logs {
				t.Logf("%s output:\n%s", name, l.String())
			}
		}
	}()

	// Kill worker-a while it runs a job, after it has finished one (so both
	// workers are known to work).
	var killed queue.Job
	for killed.ID == 0 {
		if ctx.Err() != nil {
			t.Fatal("worker-a never ran a job")
		}
		jobs, err := q.Jobs(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		doneByA := 0
		var running *queue.Job
		for i, j := range jobs {
			by := j.AttemptedBy
			if len(by) == 0 || by[len(by)-1] != "worker-a" {
				continue
			}
			switch j.State {
			case "completed":
				doneByA++
			case "running":
				running = &jobs[i]
			}
		}
		if doneByA > 0 && running != nil {
			if err := workers["worker-a"].Process.Signal(syscall.SIGKILL); err != nil {
				t.Fatal(err)
			}
			_ = workers["worker-a"].Wait()
			killed = *running
			t.Logf("killed worker-a while it ran configuration %d (job %d), %s in", killed.Index, killed.ID, time.Since(start).Round(time.Second))
			break
		}
		time.Sleep(50 * time.Millisecond)
	}

	// Nothing else is started: worker-b finishes the sweep, the rescued job included.
	var st queue.Status
	for {
		if st, err = q.Status(ctx, id); err != nil {
			t.Fatal(err)
		}
		if st.Complete() {
			break
		}
		if ctx.Err() != nil {
			t.Fatalf("the sweep did not complete: %s", st)
		}
		time.Sleep(500 * time.Millisecond)
	}
	t.Logf("%s, %s after the start", st, time.Since(start).Round(time.Second))
	if st.Done != 20 || st.Failed != 0 || st.Lost != 0 || st.Running != 0 || st.Retried < 1 || st.Models != 1 {
		t.Fatalf("status %+v: want 20 done, none failed or lost, one model, at least one retried", st)
	}

	results, err := q.Results(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var indices []int
	for _, r := range results {
		indices = append(indices, r.Index)
		if r.Err != "" || r.Attempt < 1 || (r.Worker != "worker-a" && r.Worker != "worker-b") {
			t.Errorf("result %d: %+v", r.Index, r)
		}
		if r.Index == killed.Index && (r.Attempt < 2 || r.Worker != "worker-b") {
			t.Errorf("the killed worker's configuration %d: attempt %d by %s, want a later attempt by worker-b", r.Index, r.Attempt, r.Worker)
		}
	}
	if want := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}; !slices.Equal(indices, want) {
		t.Fatalf("result indices %v, want each of 0..19 once", indices)
	}
	jobs, err := q.Jobs(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(jobs) != 20 {
		t.Fatalf("%d jobs for 20 configurations", len(jobs))
	}
	for _, j := range jobs {
		if j.State != "completed" {
			t.Errorf("job %d (configuration %d) is %s", j.ID, j.Index, j.State)
		}
		if j.ID == killed.ID && (j.Attempt < 2 || !slices.Equal(j.AttemptedBy[:2], []string{"worker-a", "worker-b"})) {
			t.Errorf("the killed job: attempt %d by %v, want worker-a then worker-b", j.Attempt, j.AttemptedBy)
		}
	}

	// --status of a complete sweep writes the ranked results.
	outDir := filepath.Join(dir, "results")
	out.Reset()
	if code := run(ctx, []string{"sweep", "--status", "--sweep", m[1], "--db", dbURL, "--out", outDir}, &out, &out); code != 0 {
		t.Fatalf("steward sweep --status exited %d:\n%s", code, out.String())
	}
	if !strings.Contains(out.String(), fmt.Sprintf("sweep %d: 20/20 done", id)) || !strings.Contains(out.String(), "best first by pnl") {
		t.Fatalf("steward sweep --status:\n%s", out.String())
	}
	f, err := os.Open(filepath.Join(outDir, "results.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) != 21 {
		t.Fatalf("results.csv: %d rows, %v; want a header and 20", len(rows), err)
	}
	pnl := slices.Index(rows[0], "pnl")
	for i := 2; i < len(rows); i++ {
		a, _ := strconv.ParseFloat(rows[i-1][pnl], 64)
		b, _ := strconv.ParseFloat(rows[i][pnl], 64)
		if a < b {
			t.Fatalf("results.csv is not ranked by pnl: row %d %v, row %d %v", i-1, a, i, b)
		}
	}
	if _, err := os.Stat(filepath.Join(outDir, "results.html")); err != nil {
		t.Fatal(err)
	}

	// SIGTERM stops the survivor gracefully.
	b := workers["worker-b"]
	if err := b.Process.Signal(syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	if err := b.Wait(); err != nil || !strings.Contains(logs["worker-b"].String(), "worker-b: stopped") {
		t.Fatalf("worker-b after SIGTERM: %v\n%s", err, logs["worker-b"].String())
	}
	t.Logf("done in %s", time.Since(start).Round(time.Second))
}

// TestSweepBadGridQueuesNothing: a grid with a mistake is an error naming
// the field, and nothing reaches the queue.
func TestSweepBadGridQueuesNothing(t *testing.T) {
	dbURL := storetest.NewPostgres(t)
	dir := t.TempDir()
	cfg := agents.RepoPath("configs/marketmaking-demo.yaml")
	for _, c := range []struct{ name, grid, want string }{
		{"unknown path", "objective: pnl\nparameters: {strategy.widthMultiplyer: [2]}", `grid: parameters["strategy.widthMultiplyer"]: strategy.widthMultiplyer is not a field`},
		{"unknown policy", "objective: pnl\nparameters: {policies.cooldwn.expr: [x]}", `no policy named "cooldwn"`},
		{"bad objective", "objective: profit\nparameters: {strategy.widthMultiplier: [2]}", "grid: objective: \"profit\" is not a metric"},
		{"one invalid configuration", "objective: pnl\nparameters: {strategy.minWidth: [60, 5000]}", "1 of 2 configurations, the first #1 (strategy.minWidth=5000)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(c.name, " ", "-")+".yaml")
			if err := os.WriteFile(path, []byte(c.grid), 0o644); err != nil {
				t.Fatal(err)
			}
			var out bytes.Buffer
			code := run(t.Context(), []string{"sweep", "-c", cfg, "--grid", path, "--db", dbURL}, &out, &out)
			if code != 1 || !strings.Contains(out.String(), c.want) {
				t.Fatalf("exit %d:\n%s\nwant exit 1 and %q", code, out.String(), c.want)
			}
		})
	}
	q, err := queue.Open(t.Context(), dbURL, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	if sweeps, err := q.Latest(t.Context(), 10); err != nil || len(sweeps) != 0 {
		t.Fatalf("%d sweeps queued (%v); want none", len(sweeps), err)
	}
	var out bytes.Buffer
	if code := run(t.Context(), []string{"sweep", "--status", "--db", dbURL}, &out, &out); code != 0 || !strings.Contains(out.String(), "no sweeps queued") {
		t.Fatalf("--status: exit %d:\n%s", code, out.String())
	}
}

// TestSweepLocalCommand runs `steward sweep --local` on two configurations.
func TestSweepLocalCommand(t *testing.T) {
	onnxtest.Runtime(t)
	dir := t.TempDir()
	grid := filepath.Join(dir, "grid.yaml")
	if err := os.WriteFile(grid, []byte("window: {from: 200, to: 260}\nobjective: maxDrawdown\nparameters: {strategy.widthMultiplier: [1.5, 3]}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	args := []string{"sweep", "-c", agents.RepoPath("configs/marketmaking-demo.yaml"), "--grid", grid, "--local", "--parallel", "2", "--out", dir}
	if code := run(t.Context(), args, &out, &out); code != 0 {
		t.Fatalf("exit %d:\n%s", code, out.String())
	}
	for _, want := range []string{"2 configurations (grid), ranked by maxDrawdown (asc)", "2/2 configurations (0 failed)", "2 results (0 failed), best first by maxDrawdown", "maxDrawdown (asc)", "results.html"} {
		if !strings.Contains(out.String(), want) {
			t.Fatalf("output lacks %q:\n%s", want, out.String())
		}
	}
	for _, name := range []string{"results.csv", "results.html"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
}
