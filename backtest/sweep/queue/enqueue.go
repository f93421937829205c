package queue

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"github.com/steward-agents/steward/backtest/sweep"
)

// JobKind is the River kind of a sweep job.
const JobKind = "steward_sweep_backtest"

// MaxAttempts is how many times River runs a sweep job before it discards
// it: a rescue after a killed worker counts as one.
const MaxAttempts = 10

// JobArgs are one configuration of a sweep, as a River job: the sweep, the
// configuration's index and its overrides. The sweep and index alone make
// it unique.
type JobArgs struct {
	SweepID   int64            `json:"sweep_id" river:"unique"`
	Index     int              `json:"index" river:"unique"`
	Overrides []sweep.Override `json:"overrides"`
}

// Kind implements river.JobArgs.
func (JobArgs) Kind() string { return JobKind }

// InsertOpts implements river.JobArgsWithInsertOpts: the sweep queue, and
// unique by (sweep_id, index) across every job state, so inserting a
// configuration again is skipped whatever became of the first job.
func (JobArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{
		Queue:       Name,
		MaxAttempts: MaxAttempts,
		UniqueOpts:  river.UniqueOpts{ByArgs: true, ByState: rivertype.JobStates()},
	}
}

// Sweep is a queued sweep's row.
type Sweep struct {
	ID        int64
	Created   time.Time
	Agent     string
	Objective string
	Total     int
	// ConfigYAML, ConfigDir and ConfigRepoDir are the base config and
	// where its relative paths resolve (see Base); GridYAML the grid file.
	ConfigYAML, ConfigDir, ConfigRepoDir string
	GridYAML                             string
}

// Enqueue stores the sweep and one job per configuration in one
// transaction: either all of it is queued, or nothing.
func (q *Queue) Enqueue(ctx context.Context, p *sweep.Plan, agent string) (int64, error) {
	tx, err := q.pool.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("sweep queue: enqueue: %w", err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	var id int64
	err = tx.QueryRow(ctx, `INSERT INTO sweeps (agent, config_yaml, config_dir, config_repo_dir, grid_yaml, objective, total)
		VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
		agent, string(p.Base.YAML), p.Base.Dir, repoDir(p.Base.Dir), string(p.Grid.Raw), p.Grid.Objective, len(p.Points)).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("sweep queue: enqueue: %w", err)
	}
	if _, err := q.insertJobs(ctx, tx, id, p.Points); err != nil {
		return 0, err
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("sweep queue: enqueue: %w", err)
	}
	return id, nil
}

// insertJobs inserts one job per point; it returns how many were new (a
// job already there for the same sweep and index is skipped).
func (q *Queue) insertJobs(ctx context.Context, tx pgx.Tx, id int64, points []sweep.Point) (int, error) {
	params := make([]river.InsertManyParams, len(points))
	for i, p := range points {
		params[i] = river.InsertManyParams{Args: JobArgs{SweepID: id, Index: i, Overrides: p}}
	}
	res, err := q.client.InsertManyTx(ctx, tx, params)
	if err != nil {
		return 0, fmt.Errorf("sweep queue: enqueue jobs of sweep %d: %w", id, err)
	}
	n := 0
	for _, r := range res {
		if !r.UniqueSkippedAsDuplicate {
			n++
		}
	}
	return n, nil
}

// Requeue inserts again the jobs of a queued sweep whose configurations
// have no result, and returns how many were new: River's unique options
// skip every configuration whose job is still there, in any state, so
// this never doubles one; it brings back only jobs River has cleaned away.
func (q *Queue) Requeue(ctx context.Context, id int64) (int, error) {
	s, err := q.Sweep(ctx, id)
	if err != nil {
		return 0, err
	}
	p, err := planOf(s, nil)
	if err != nil {
		return 0, err
	}
	done := map[int]bool{}
	rows, err := q.pool.Query(ctx, `SELECT idx FROM sweep_results WHERE sweep_id = $1`, id)
	if err != nil {
		return 0, fmt.Errorf("sweep queue: requeue %d: %w", id, err)
	}
	idx, err := pgx.CollectRows(rows, pgx.RowTo[int])
	if err != nil {
		return 0, fmt.Errorf("sweep queue: requeue %d: %w", id, err)
	}
	for _, i := range idx {
		done[i] = true
	}
	tx, err := q.pool.Begin(ctx)
	if err != nil {
		return 0, fmt.Errorf("sweep queue: requeue %d: %w", id, err)
	}
	defer func() { _ = tx.Rollback(ctx) }()
	var params []river.InsertManyParams
	for i, pt := range p.Points {
		if !done[i] {
			params = append(params, river.InsertManyParams{Args: JobArgs{SweepID: id, Index: i, Overrides: pt}})
		}
	}
	if len(params) == 0 {
		return 0, nil
	}
	res, err := q.client.InsertManyTx(ctx, tx, params)
	if err != nil {
		return 0, fmt.Errorf("sweep queue: requeue %d: %w", id, err)
	}
	if err := tx.Commit(ctx); err != nil {
		return 0, fmt.Errorf("sweep queue: requeue %d: %w", id, err)
	}
	n := 0
	for _, r := range res {
		if !r.UniqueSkippedAsDuplicate {
			n++
		}
	}
	return n, nil
}

// repoDir is dir relative to the root of the repository that holds it
// (the nearest directory above with a go.mod), or "" outside one: a worker
// on another machine finds the config's directory in its own checkout.
func repoDir(dir string) string {
	for d := dir; ; {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			rel, err := filepath.Rel(d, dir)
			if err != nil {
				return ""
			}
			return rel
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}
