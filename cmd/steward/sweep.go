package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"runtime"
	"strconv"
	"time"

	"github.com/steward-agents/steward/backtest/sweep"
	"github.com/steward-agents/steward/backtest/sweep/queue"
)

// sweepOptions are `steward sweep`'s flags.
type sweepOptions struct {
	cfgPath, gridPath string
	local             bool
	parallel          int
	db, out           string
	wait, status      bool
	id, requeue       int64
	top               int
	poll              time.Duration
}

// runSweep runs a parameter sweep of backtests: on this machine (--local),
// or queued for `steward worker` processes; --status reports on queued ones.
func runSweep(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("sweep", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o sweepOptions
	fs.StringVar(&o.cfgPath, "c", "", "agent config (YAML) the sweep varies; required to start a sweep")
	fs.StringVar(&o.gridPath, "grid", "", "grid file (YAML): window, objective, mode and parameters (see backtest/sweep/doc.go); required to start a sweep")
	fs.BoolVar(&o.local, "local", false, "run every configuration on this machine instead of queueing them")
	fs.IntVar(&o.parallel, "parallel", runtime.GOMAXPROCS(0), "with --local: backtests at once")
	fs.StringVar(&o.db, "db", queue.DefaultURL, "the queue's PostgreSQL database (the same for sweep, worker and --status)")
	fs.StringVar(&o.out, "out", "", "directory for results.csv and results.html (default data/sweep-<id>, or data/sweep-local-<agent> with --local)")
	fs.BoolVar(&o.wait, "wait", false, "after queueing, wait until the workers finish the sweep, then write the results")
	fs.BoolVar(&o.status, "status", false, "show the progress of queued sweeps (the latest, or --sweep ID); write the results of a complete one")
	fs.Int64Var(&o.id, "sweep", 0, "with --status: the sweep's ID")
	fs.Int64Var(&o.requeue, "requeue", 0, "queue again the jobs of sweep ID that River gave up on (never doubles a configuration)")
	fs.IntVar(&o.top, "top", 10, "result rows to print")
	fs.DurationVar(&o.poll, "poll", 2*time.Second, "with --wait: how often to check progress")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	switch {
	case o.status:
		return sweepStatus(ctx, o, stdout)
	case o.requeue != 0:
		return sweepRequeue(ctx, o, stdout)
	case o.cfgPath == "" || o.gridPath == "":
		return errors.New("-c <agent.yaml> and --grid <sweep.yaml> are required (or --status)")
	case o.parallel < 1:
		return fmt.Errorf("--parallel %d: at least 1", o.parallel)
	case o.local && o.wait:
		return errors.New("--wait is for a queued sweep; --local always waits")
	}
	base, err := sweep.LoadBase(o.cfgPath, kinds())
	if err != nil {
		return err
	}
	grid, err := sweep.LoadGrid(o.gridPath)
	if err != nil {
		return err
	}
	agent, err := agentName(base)
	if err != nil {
		return err
	}
	// Every configuration is checked before anything runs or is queued.
	plan, err := sweep.NewPlan(base, grid)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "steward sweep: %s, %d configurations (%s), ranked by %s (%s)\n",
		agent, len(plan.Points), grid.Mode, grid.Objective, grid.Order)
	if o.local {
		return sweepLocal(ctx, o, plan, agent, stdout)
	}
	q, err := queue.Open(ctx, o.db, nil)
	if err != nil {
		return err
	}
	defer q.Close()
	id, err := q.Enqueue(ctx, plan, agent)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "queued sweep %d: %d jobs. Start workers on any machine with this repository checked out:\n"+
		"  steward worker --db %q\nprogress: steward sweep --status --sweep %d\n", id, len(plan.Points), o.db, id)
	if !o.wait {
		return nil
	}
	return waitSweep(ctx, q, id, o, stdout)
}

func agentName(b sweep.Base) (string, error) {
	c, err := b.Build(nil)
	if err != nil {
		return "", err
	}
	return c.Agent.Name, nil
}

// sweepLocal runs the plan on this machine and writes its results.
func sweepLocal(ctx context.Context, o sweepOptions, plan *sweep.Plan, agent string, stdout io.Writer) error {
	if o.out == "" {
		o.out = filepath.Join("data", "sweep-local-"+agent)
	}
	fmt.Fprintf(stdout, "running on this machine, %d at a time\n", o.parallel)
	bar := newProgress(stdout, "configurations")
	failed := 0
	results, err := sweep.RunLocal(ctx, plan, sweep.LocalParams{Parallel: o.parallel,
		Progress: func(done, total int, r sweep.Result) {
			if r.Err != "" {
				failed++
			}
			bar.note(done, total, fmt.Sprintf("(%d failed)", failed))
		}})
	bar.done()
	if err != nil {
		return err
	}
	return writeResults(stdout, o, sweep.Table{Title: "local sweep — " + agent, Grid: plan.Grid, Results: results})
}

// writeResults ranks the results, writes both files and prints the top rows.
func writeResults(stdout io.Writer, o sweepOptions, t sweep.Table) error {
	sweep.Sort(t.Results, t.Grid)
	if err := sweep.WriteDir(o.out, t); err != nil {
		return err
	}
	failed := 0
	for _, r := range t.Results {
		if r.Err != "" {
			failed++
		}
	}
	fmt.Fprintf(stdout, "%d results (%d failed), best first by %s:\n", len(t.Results), failed, t.Grid.Objective)
	t.WriteTop(stdout, o.top)
	fmt.Fprintf(stdout, "wrote %s and %s\n", filepath.Join(o.out, sweep.CSVFile), filepath.Join(o.out, sweep.HTMLFile))
	return nil
}

// waitSweep polls a queued sweep until it is complete, then writes its results.
func waitSweep(ctx context.Context, q *queue.Queue, id int64, o sweepOptions, stdout io.Writer) error {
	var last string
	lastAt := time.Time{}
	for {
		st, err := q.Status(ctx, id)
		if err != nil {
			return err
		}
		// A line when something changed, and one a minute while nothing does.
		if line := st.String(); line != last || time.Since(lastAt) >= time.Minute {
			fmt.Fprintf(stdout, "%s  %s\n", time.Now().Format("15:04:05"), line)
			last, lastAt = line, time.Now()
		}
		if st.Complete() {
			return sweepResults(ctx, q, st, o, stdout)
		}
		select {
		case <-ctx.Done():
			fmt.Fprintf(stdout, "stopped waiting; the sweep goes on: steward sweep --status --sweep %d\n", id)
			return ctx.Err()
		case <-time.After(o.poll):
		}
	}
}

// sweepResults writes a complete sweep's results.
func sweepResults(ctx context.Context, q *queue.Queue, st queue.Status, o sweepOptions, stdout io.Writer) error {
	g, err := st.Sweep.Grid()
	if err != nil {
		return err
	}
	results, err := q.Results(ctx, st.Sweep.ID)
	if err != nil {
		return err
	}
	if o.out == "" {
		o.out = filepath.Join("data", "sweep-"+strconv.FormatInt(st.Sweep.ID, 10))
	}
	title := fmt.Sprintf("sweep %d — %s (queued %s)", st.Sweep.ID, st.Sweep.Agent, st.Sweep.Created.Format(time.RFC3339))
	return writeResults(stdout, o, sweep.Table{Title: title, Grid: g, Results: results})
}

// sweepStatus prints the progress of one sweep, or of the latest ten.
func sweepStatus(ctx context.Context, o sweepOptions, stdout io.Writer) error {
	q, err := queue.Open(ctx, o.db, nil)
	if err != nil {
		return err
	}
	defer q.Close()
	if o.id == 0 {
		latest, err := q.Latest(ctx, 10)
		if err != nil {
			return err
		}
		if len(latest) == 0 {
			fmt.Fprintln(stdout, "no sweeps queued")
			return nil
		}
		for _, s := range latest {
			st, err := q.Status(ctx, s.ID)
			if err != nil {
				return err
			}
			fmt.Fprintf(stdout, "%s  (%s, by %s, queued %s)\n", st, s.Agent, s.Objective, s.Created.Format(time.DateTime))
		}
		return nil
	}
	st, err := q.Status(ctx, o.id)
	if err != nil {
		return err
	}
	fmt.Fprintln(stdout, st)
	if !st.Complete() {
		return nil
	}
	return sweepResults(ctx, q, st, o, stdout)
}

func sweepRequeue(ctx context.Context, o sweepOptions, stdout io.Writer) error {
	q, err := queue.Open(ctx, o.db, nil)
	if err != nil {
		return err
	}
	defer q.Close()
	n, err := q.Requeue(ctx, o.requeue)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "sweep %d: %d jobs queued again\n", o.requeue, n)
	return nil
}

// runWorker works sweep jobs until SIGINT or SIGTERM.
func runWorker(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("worker", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var cfg queue.WorkerConfig
	fs.StringVar(&cfg.URL, "db", queue.DefaultURL, "the queue's PostgreSQL database")
	fs.IntVar(&cfg.Concurrency, "concurrency", runtime.GOMAXPROCS(0), "backtests at once")
	fs.StringVar(&cfg.ID, "id", "", "this worker's name among all of the queue's (default <hostname>-<pid>)")
	fs.DurationVar(&cfg.JobTimeout, "job-timeout", queue.DefaultJobTimeout, "cancel a backtest that runs longer, and return it to the queue")
	fs.DurationVar(&cfg.RescueAfter, "rescue-after", 0, "run a job again when it has been running this long: how soon a dead worker's job is retried; longer than --job-timeout (default --job-timeout + 1m)")
	fs.DurationVar(&cfg.Grace, "grace", queue.DefaultGrace, "on SIGINT/SIGTERM, let running backtests finish this long, then send them back to the queue")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if cfg.Concurrency < 1 {
		return fmt.Errorf("--concurrency %d: at least 1", cfg.Concurrency)
	}
	if cfg.JobTimeout <= 0 {
		// River rescues only jobs with a timeout: without one, a dead
		// worker's job would stay running for ever.
		return fmt.Errorf("--job-timeout %s: must be positive (River rescues a dead worker's job only once its timeout has passed)", cfg.JobTimeout)
	}
	cfg.Kinds = kinds()
	cfg.Logger = slog.New(slog.NewTextHandler(stdout, nil))
	w, err := queue.NewWorker(ctx, cfg)
	if err != nil {
		return err
	}
	if err := w.Start(ctx); err != nil {
		_ = w.Stop(context.Background())
		return err
	}
	fmt.Fprintf(stdout, "steward worker %s: %d at a time; stop with Ctrl-C (running backtests get %s to finish)\n", w.ID(), cfg.Concurrency, cfg.Grace)
	<-ctx.Done()
	fmt.Fprintf(stdout, "steward worker %s: stopping\n", w.ID())
	stopCtx, cancel := context.WithTimeout(context.Background(), cfg.Grace+time.Minute)
	defer cancel()
	if err := w.Stop(stopCtx); err != nil {
		return fmt.Errorf("stop: %w", err)
	}
	fmt.Fprintf(stdout, "steward worker %s: stopped\n", w.ID())
	return nil
}
