package queue

import (
	"context"
	"log/slog"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/backtest/sweep"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

func testKinds() []program.Kind { return []program.Kind{marketmaking.Kind()} }

func testPlan(t *testing.T, grid string) *sweep.Plan {
	t.Helper()
	base, err := sweep.LoadBase(agents.RepoPath("configs/marketmaking-demo.yaml"), testKinds())
	if err != nil {
		t.Fatal(err)
	}
	g, err := sweep.ParseGrid([]byte(grid))
	if err != nil {
		t.Fatal(err)
	}
	p, err := sweep.NewPlan(base, g)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestSweepQueueJobsAreUnique: a sweep's jobs are unique per (sweep,
// index), so inserting them again — or Requeue — adds none.
func TestSweepQueueJobsAreUnique(t *testing.T) {
	ctx := t.Context()
	q, err := Open(ctx, storetest.NewPostgres(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	p := testPlan(t, "window: {from: 0, to: 40}\nobjective: maxDrawdown\nparameters: {strategy.widthMultiplier: [1.5, 2, 3], halt: [false, true]}")
	id, err := q.Enqueue(ctx, p, "mm-usdc-weth")
	if err != nil {
		t.Fatal(err)
	}
	jobs, err := q.Jobs(ctx, id)
	if err != nil || len(jobs) != 6 {
		t.Fatalf("%d jobs, %v; want 6", len(jobs), err)
	}
	for i, j := range jobs {
		if j.Index != i || j.State != "available" || j.Attempt != 0 {
			t.Fatalf("job %d: %+v", i, j)
		}
	}
	tx, err := q.pool.Begin(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n, err := q.insertJobs(ctx, tx, id, p.Points)
	if err != nil || n != 0 {
		t.Fatalf("inserting the same jobs again added %d, %v; want 0", n, err)
	}
	if err := tx.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	if n, err := q.Requeue(ctx, id); err != nil || n != 0 {
		t.Fatalf("Requeue added %d, %v; want 0", n, err)
	}
	// Another sweep of the same plan is another set of jobs.
	id2, err := q.Enqueue(ctx, p, "mm-usdc-weth")
	if err != nil || id2 == id {
		t.Fatalf("second sweep %d, %v", id2, err)
	}
	st, err := q.Status(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Sweep.Total != 6 || st.Waiting != 6 || st.Done != 0 || st.Complete() || st.Sweep.Objective != "maxDrawdown" || st.Sweep.ConfigRepoDir != "configs" {
		t.Fatalf("status %+v", st)
	}
	if _, err := q.Status(ctx, 999); err == nil || !strings.Contains(err.Error(), "sweep 999: sweep not found") {
		t.Fatalf("status of a missing sweep: %v", err)
	}
}

// TestWorkerRunsSweep works a small sweep in this process and checks each
// configuration's result, written as its job completed.
func TestWorkerRunsSweep(t *testing.T) {
	onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	url := storetest.NewPostgres(t)
	q, err := Open(ctx, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer q.Close()
	id, err := q.Enqueue(ctx, testPlan(t, "window: {from: 100, to: 160}\nobjective: pnl\nparameters: {strategy.widthMultiplier: [1.5, 3]}"), "mm-usdc-weth")
	if err != nil {
		t.Fatal(err)
	}
	w, err := NewWorker(ctx, WorkerConfig{URL: url, ID: "in-process", Concurrency: 2, Kinds: testKinds(), TempDir: t.TempDir(),
		Logger: slog.New(slog.NewTextHandler(os.Stderr, nil))})
	if err != nil {
		t.Fatal(err)
	}
	if err := w.Start(ctx); err != nil {
		t.Fatal(err)
	}
	defer w.Stop(context.Background())
	for {
		st, err := q.Status(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		if st.Complete() {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	results, err := q.Results(ctx, id)
	if err != nil || len(results) != 2 {
		t.Fatalf("%d results, %v", len(results), err)
	}
	for i, r := range results {
		if r.Index != i || r.Err != "" || r.Worker != "in-process" || r.Attempt != 1 || r.Model == "" || r.Metrics.Reranges == 0 ||
			r.Point[0].Value != []string{"1.5", "3"}[i] {
			t.Fatalf("result %d: %+v", i, r)
		}
	}
	if err := w.Stop(ctx); err != nil {
		t.Fatal(err)
	}
	if err := w.Stop(ctx); err != nil {
		t.Fatalf("a second Stop: %v", err)
	}
}

func TestWorkerConfigIsChecked(t *testing.T) {
	for _, c := range []struct {
		name string
		cfg  WorkerConfig
		want string
	}{
		{"no URL", WorkerConfig{Kinds: testKinds()}, "WorkerConfig.URL: required"},
		{"no kinds", WorkerConfig{URL: "postgres://x"}, "WorkerConfig.Kinds: required"},
		{"rescue before the timeout", WorkerConfig{URL: "postgres://x", Kinds: testKinds(), JobTimeout: time.Minute, RescueAfter: 30 * time.Second},
			"WorkerConfig.RescueAfter: 30s must be longer than JobTimeout 1m0s"},
		{"no timeout", WorkerConfig{URL: "postgres://x", Kinds: testKinds(), JobTimeout: -1}, "WorkerConfig.JobTimeout: -1ns must be positive"},
		{"long ID", WorkerConfig{URL: "postgres://x", Kinds: testKinds(), ID: strings.Repeat("w", 101)}, "WorkerConfig.ID: 101 characters"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := c.cfg.validate()
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("validate: %v, want %q", err, c.want)
			}
		})
	}
	cfg := WorkerConfig{URL: "postgres://x", Kinds: testKinds(), JobTimeout: 2 * time.Hour}
	if err := cfg.validate(); err != nil || cfg.RescueAfter != 2*time.Hour+time.Minute || cfg.Concurrency < 1 || cfg.ID == "" {
		t.Fatalf("defaults: %+v, %v", cfg, err)
	}
}
