package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"runtime"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivertype"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/backtest/sweep"
)

// Worker defaults.
const (
	// DefaultJobTimeout bounds one backtest: a whole day takes about 12 s
	// on one core.
	DefaultJobTimeout = 10 * time.Minute
	// DefaultRescueAfter is how long a job may be running before River
	// takes its worker for dead and runs it again.
	DefaultRescueAfter = DefaultJobTimeout + time.Minute
	// DefaultGrace is how long a stopping worker lets its running jobs
	// finish before it cancels them, which sends them back to the queue.
	DefaultGrace = 30 * time.Second
	// timeoutAttempts is how many timed-out attempts make a
	// configuration's result a failure rather than another retry.
	timeoutAttempts = 3
)

// WorkerConfig configures a Worker.
type WorkerConfig struct {
	// URL is the queue's database. Required.
	URL string
	// ID names this worker among all of the queue's (River's client ID);
	// at most 100 characters. Defaults to <hostname>-<pid>.
	ID string
	// Concurrency is how many backtests run at once. Defaults to GOMAXPROCS.
	Concurrency int
	// JobTimeout cancels a backtest that runs longer. Defaults to
	// DefaultJobTimeout. It must be finite: River's rescuer never takes a
	// job without a timeout for stuck, so its dead worker's job would stay
	// running for ever.
	JobTimeout time.Duration
	// RescueAfter is how long a job may stay running before River (on
	// whichever worker leads) runs it again: how soon a killed worker's
	// job is retried. Longer than JobTimeout. Defaults to
	// DefaultRescueAfter, or JobTimeout + 1 minute when that is longer.
	RescueAfter time.Duration
	// Grace is how long Stop lets running jobs finish before cancelling
	// them. Defaults to DefaultGrace.
	Grace time.Duration
	// TempDir holds each backtest's store while it runs. Defaults to
	// os.TempDir().
	TempDir string
	// Kinds are the registered strategy kinds, for loading configs.
	Kinds []program.Kind
	// Logger gets a line per job. Defaults to discarding.
	Logger *slog.Logger
}

func (c *WorkerConfig) validate() error {
	var errs []error
	if c.URL == "" {
		errs = append(errs, errors.New("WorkerConfig.URL: required"))
	}
	if c.ID == "" {
		host, _ := os.Hostname()
		c.ID = fmt.Sprintf("%s-%d", host, os.Getpid())
	}
	if len(c.ID) > 100 {
		errs = append(errs, fmt.Errorf("WorkerConfig.ID: %d characters, at most 100", len(c.ID)))
	}
	if c.Concurrency < 0 {
		errs = append(errs, fmt.Errorf("WorkerConfig.Concurrency: %d must not be negative", c.Concurrency))
	}
	if c.Concurrency == 0 {
		c.Concurrency = runtime.GOMAXPROCS(0)
	}
	if c.JobTimeout == 0 {
		c.JobTimeout = DefaultJobTimeout
	}
	if c.JobTimeout < 0 {
		errs = append(errs, fmt.Errorf("WorkerConfig.JobTimeout: %s must be positive: River rescues a dead worker's job only once its timeout has passed", c.JobTimeout))
	}
	if c.RescueAfter == 0 {
		c.RescueAfter = max(DefaultRescueAfter, c.JobTimeout+time.Minute)
	}
	if c.RescueAfter <= c.JobTimeout {
		errs = append(errs, fmt.Errorf("WorkerConfig.RescueAfter: %s must be longer than JobTimeout %s, or a running job would be taken for dead", c.RescueAfter, c.JobTimeout))
	}
	if c.Grace == 0 {
		c.Grace = DefaultGrace
	}
	if len(c.Kinds) == 0 {
		errs = append(errs, errors.New("WorkerConfig.Kinds: required"))
	}
	if c.TempDir == "" {
		c.TempDir = os.TempDir()
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return errors.Join(errs...)
}

// Worker pulls sweep jobs from the queue and runs their backtests.
type Worker struct {
	cfg    WorkerConfig
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx]

	mu    sync.Mutex
	plans map[int64]*sweep.Plan
	stop  sync.Once
}

// NewWorker connects to the queue's database and brings its schema up to
// date; Start starts working.
func NewWorker(ctx context.Context, cfg WorkerConfig) (*Worker, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	pool, err := connect(ctx, cfg.URL)
	if err != nil {
		return nil, err
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	w := &Worker{cfg: cfg, pool: pool, plans: map[int64]*sweep.Plan{}}
	w.client, err = river.NewClient(riverpgxv5.New(pool), &river.Config{
		ID:                   cfg.ID,
		Queues:               map[string]river.QueueConfig{Name: {MaxWorkers: cfg.Concurrency}},
		Workers:              workers(w),
		JobTimeout:           cfg.JobTimeout,
		RescueStuckJobsAfter: cfg.RescueAfter,
		SoftStopTimeout:      cfg.Grace,
		Logger:               riverLogger(cfg.Logger),
	})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("sweep worker: river client: %w", err)
	}
	return w, nil
}

// ID is the worker's River client ID, as river_job.attempted_by lists it.
func (w *Worker) ID() string { return w.cfg.ID }

// Start starts working jobs until Stop.
func (w *Worker) Start(ctx context.Context) error {
	if err := w.client.Start(context.WithoutCancel(ctx)); err != nil {
		return fmt.Errorf("sweep worker: start: %w", err)
	}
	return nil
}

// Stop stops fetching jobs, lets running ones finish for Grace, then
// cancels them (River returns a cancelled job to the queue), and closes the
// connections. It is idempotent.
func (w *Worker) Stop(ctx context.Context) error {
	var err error
	w.stop.Do(func() {
		err = w.client.Stop(ctx)
		w.pool.Close()
	})
	return err
}

// workers registers the sweep job's worker; w is nil for an insert-only
// client.
func workers(w *Worker) *river.Workers {
	ws := river.NewWorkers()
	river.AddWorker(ws, &jobWorker{w: w})
	return ws
}

var (
	_ river.Worker[JobArgs]       = (*jobWorker)(nil)
	_ river.JobArgsWithInsertOpts = JobArgs{}
)

// jobWorker is River's worker for JobArgs.
type jobWorker struct {
	river.WorkerDefaults[JobArgs]
	w *Worker
}

// Work runs one configuration's backtest, then writes its result and
// completes the job in one transaction (river.JobCompleteTx): a result row
// exists exactly when its job completed. A backtest that fails is a
// result too (its error); a cancelled one returns its error: the worker
// stopping (River releases the job to the queue), or the job timing out
// (River retries it; after timeoutAttempts timeouts it is a failed result).
func (j *jobWorker) Work(ctx context.Context, job *river.Job[JobArgs]) error {
	w, a := j.w, job.Args
	log := w.cfg.Logger.With("sweep", a.SweepID, "index", a.Index, "attempt", job.Attempt)
	plan, err := w.plan(ctx, a.SweepID)
	if err != nil {
		return err
	}
	if a.Index < 0 || a.Index >= len(plan.Points) {
		return river.JobCancel(fmt.Errorf("sweep %d has configurations 0..%d, not %d", a.SweepID, len(plan.Points)-1, a.Index))
	}
	start := time.Now()
	out, runErr := run(ctx, plan, a.Overrides, w.cfg.TempDir)
	if runErr != nil && ctx.Err() != nil && !(errors.Is(ctx.Err(), context.DeadlineExceeded) && job.Attempt >= timeoutAttempts) {
		log.Warn("backtest stopped; the job goes back to the queue", "err", runErr)
		return runErr
	}
	res := sweep.Result{Index: a.Index, Point: a.Overrides, Metrics: out.Metrics, Model: out.Model,
		Duration: time.Since(start), Attempt: job.Attempt, Worker: w.cfg.ID}
	if runErr != nil {
		res.Err = runErr.Error()
	}
	// Writing the result must not be cut short by the job's own deadline.
	wctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Minute)
	defer cancel()
	written, err := w.complete(wctx, job, res)
	if err != nil {
		return err
	}
	if !written {
		log.Info("another attempt of this job completed it first; result discarded")
		return nil
	}
	if res.Err != "" {
		log.Info("backtest failed", "err", res.Err, "seconds", fmt.Sprintf("%.3f", res.Duration.Seconds()))
	} else {
		log.Info("done", plan.Grid.Objective, res.Objective(plan.Grid), "seconds", fmt.Sprintf("%.3f", res.Duration.Seconds()))
	}
	return nil
}

// run builds one configuration from its overrides and backtests it.
func run(ctx context.Context, plan *sweep.Plan, overrides []sweep.Override, tempDir string) (sweep.Outcome, error) {
	cfg, err := plan.Base.Build(overrides)
	if err != nil {
		return sweep.Outcome{}, err
	}
	return sweep.Execute(ctx, cfg, plan.Grid, tempDir)
}

// complete inserts the result and completes the job in one transaction.
// written is false when the job was no longer running (rescued and
// completed by another attempt): then nothing is written.
func (w *Worker) complete(ctx context.Context, job *river.Job[JobArgs], r sweep.Result) (written bool, err error) {
	overrides, err := json.Marshal(r.Point)
	if err != nil {
		return false, err
	}
	var metrics []byte
	if r.Err == "" {
		if metrics, err = json.Marshal(r.Metrics); err != nil {
			return false, err
		}
	}
	tx, err := w.pool.Begin(ctx)
	if err != nil {
		return false, fmt.Errorf("sweep worker: write result: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	_, err = tx.Exec(ctx, `INSERT INTO sweep_results (sweep_id, idx, overrides, metrics, error, model, attempt, worker, job_id, duration_ms)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (sweep_id, idx) DO NOTHING`,
		job.Args.SweepID, r.Index, overrides, metrics, r.Err, r.Model, r.Attempt, r.Worker, job.ID, r.Duration.Milliseconds())
	if err != nil {
		return false, fmt.Errorf("sweep worker: write result: %w", err)
	}
	if _, err := river.JobCompleteTx[*riverpgxv5.Driver](ctx, tx, job); err != nil {
		if errors.Is(err, rivertype.ErrNotFound) {
			return false, nil
		}
		return false, fmt.Errorf("sweep worker: complete job %d: %w", job.ID, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return false, fmt.Errorf("sweep worker: write result: %w", err)
	}
	return true, nil
}

// plan returns the sweep's plan, loading it once.
func (w *Worker) plan(ctx context.Context, id int64) (*sweep.Plan, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if p, ok := w.plans[id]; ok {
		return p, nil
	}
	s, err := scanSweep(w.pool.QueryRow(ctx, `SELECT `+sweepColumns+` FROM sweeps WHERE id = $1`, id))
	if err != nil {
		return nil, fmt.Errorf("sweep %d: %w", id, translate(err))
	}
	p, err := planOf(s, w.cfg.Kinds)
	if err != nil {
		return nil, err
	}
	w.plans[id] = p
	return p, nil
}
