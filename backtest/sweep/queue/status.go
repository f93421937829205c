package queue

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/backtest/sweep"
)

const sweepColumns = `id, created_at, agent, objective, total, config_yaml, config_dir, config_repo_dir, grid_yaml`

func scanSweep(row pgx.Row) (Sweep, error) {
	var s Sweep
	err := row.Scan(&s.ID, &s.Created, &s.Agent, &s.Objective, &s.Total, &s.ConfigYAML, &s.ConfigDir, &s.ConfigRepoDir, &s.GridYAML)
	return s, err
}

// Sweep returns the sweep with the given ID.
func (q *Queue) Sweep(ctx context.Context, id int64) (Sweep, error) {
	s, err := scanSweep(q.pool.QueryRow(ctx, `SELECT `+sweepColumns+` FROM sweeps WHERE id = $1`, id))
	if err != nil {
		return Sweep{}, fmt.Errorf("sweep %d: %w", id, translate(err))
	}
	return s, nil
}

// Latest returns up to n sweeps, newest first.
func (q *Queue) Latest(ctx context.Context, n int) ([]Sweep, error) {
	rows, err := q.pool.Query(ctx, `SELECT `+sweepColumns+` FROM sweeps ORDER BY id DESC LIMIT $1`, n)
	if err != nil {
		return nil, fmt.Errorf("sweep queue: list sweeps: %w", err)
	}
	defer rows.Close()
	var out []Sweep
	for rows.Next() {
		s, err := scanSweep(rows)
		if err != nil {
			return nil, fmt.Errorf("sweep queue: list sweeps: %w", err)
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// Status is how far a sweep has got.
type Status struct {
	Sweep Sweep
	// Done counts configurations with a result (Failed of them with a
	// failed backtest).
	Done, Failed int
	// Running, Waiting (available, scheduled, pending or retryable) and
	// Lost (discarded or cancelled by River) count jobs without a result.
	Running, Waiting, Lost int
	// Retried counts configurations whose job ran, or is running, more
	// than once (a killed worker's job rescued, an error retried).
	Retried int
	// Models counts the distinct model digests of the results: more than
	// one means workers ran different models.
	Models int
}

// Complete reports whether every configuration has a result or will never
// get one.
func (s Status) Complete() bool { return s.Done+s.Lost >= s.Sweep.Total }

// String is one line: "sweep 3: 12/24 done (1 failed), 2 running, 10 waiting, 1 retried".
func (s Status) String() string {
	line := fmt.Sprintf("sweep %d: %d/%d done", s.Sweep.ID, s.Done, s.Sweep.Total)
	if s.Failed > 0 {
		line += fmt.Sprintf(" (%d failed)", s.Failed)
	}
	line += fmt.Sprintf(", %d running, %d waiting, %d retried", s.Running, s.Waiting, s.Retried)
	if s.Lost > 0 {
		line += fmt.Sprintf(", %d lost (River gave up on their jobs; `steward sweep --requeue %d` queues them again)", s.Lost, s.Sweep.ID)
	}
	if s.Models > 1 {
		line += fmt.Sprintf("; WARNING: the results come from %d different models", s.Models)
	}
	return line
}

// Status reports the sweep's progress.
func (q *Queue) Status(ctx context.Context, id int64) (Status, error) {
	s, err := q.Sweep(ctx, id)
	if err != nil {
		return Status{}, err
	}
	st := Status{Sweep: s}
	err = q.pool.QueryRow(ctx, `SELECT count(*), count(*) FILTER (WHERE error <> ''), count(*) FILTER (WHERE attempt > 1),
			count(DISTINCT model) FILTER (WHERE model <> '')
		FROM sweep_results WHERE sweep_id = $1`, id).Scan(&st.Done, &st.Failed, &st.Retried, &st.Models)
	if err != nil {
		return Status{}, fmt.Errorf("sweep %d: status: %w", id, err)
	}
	rows, err := q.pool.Query(ctx, `SELECT j.state::text, count(*), count(*) FILTER (WHERE j.attempt > 1 OR j.state = 'retryable')
		FROM river_job j
		WHERE j.kind = $1 AND j.args @> jsonb_build_object('sweep_id', $2::bigint)
		  AND NOT EXISTS (SELECT 1 FROM sweep_results r WHERE r.sweep_id = $2 AND r.idx = (j.args->>'index')::int)
		GROUP BY j.state`, JobKind, id)
	if err != nil {
		return Status{}, fmt.Errorf("sweep %d: status of its jobs: %w", id, err)
	}
	defer rows.Close()
	for rows.Next() {
		var state string
		var n, retried int
		if err := rows.Scan(&state, &n, &retried); err != nil {
			return Status{}, fmt.Errorf("sweep %d: status of its jobs: %w", id, err)
		}
		st.Retried += retried
		switch state {
		case "running":
			st.Running += n
		case "discarded", "cancelled":
			st.Lost += n
		case "completed":
			// Completed without a result row cannot happen: the row is
			// written in the transaction that completes the job.
		default:
			st.Waiting += n
		}
	}
	return st, rows.Err()
}

// Results returns the sweep's results in index order.
func (q *Queue) Results(ctx context.Context, id int64) ([]sweep.Result, error) {
	rows, err := q.pool.Query(ctx, `SELECT idx, overrides, metrics, error, model, attempt, worker, duration_ms
		FROM sweep_results WHERE sweep_id = $1 ORDER BY idx`, id)
	if err != nil {
		return nil, fmt.Errorf("sweep %d: results: %w", id, err)
	}
	defer rows.Close()
	var out []sweep.Result
	for rows.Next() {
		var (
			r                  sweep.Result
			overrides, metrics []byte
			ms                 int64
		)
		if err := rows.Scan(&r.Index, &overrides, &metrics, &r.Err, &r.Model, &r.Attempt, &r.Worker, &ms); err != nil {
			return nil, fmt.Errorf("sweep %d: results: %w", id, err)
		}
		if err := json.Unmarshal(overrides, &r.Point); err != nil {
			return nil, fmt.Errorf("sweep %d: result %d: overrides: %w", id, r.Index, err)
		}
		if metrics != nil {
			if err := json.Unmarshal(metrics, &r.Metrics); err != nil {
				return nil, fmt.Errorf("sweep %d: result %d: %w", id, r.Index, err)
			}
		}
		r.Duration = time.Duration(ms) * time.Millisecond
		out = append(out, r)
	}
	return out, rows.Err()
}

// Grid parses the sweep's grid file.
func (s Sweep) Grid() (*sweep.Grid, error) {
	g, err := sweep.ParseGrid([]byte(s.GridYAML))
	if err != nil {
		return nil, fmt.Errorf("sweep %d: stored grid: %w", s.ID, err)
	}
	return g, nil
}

// planOf rebuilds a queued sweep's plan on this machine (already checked
// when it was queued). The config's directory is the queuing machine's
// when it exists here, else the same place in this machine's checkout.
func planOf(s Sweep, kinds []program.Kind) (*sweep.Plan, error) {
	g, err := s.Grid()
	if err != nil {
		return nil, err
	}
	points := g.Expand()
	if len(points) != s.Total {
		return nil, fmt.Errorf("sweep %d: its grid expands to %d configurations here, %d when it was queued", s.ID, len(points), s.Total)
	}
	dir := s.ConfigDir
	if _, err := os.Stat(dir); err != nil && s.ConfigRepoDir != "" {
		if alt := agents.RepoPath(s.ConfigRepoDir); alt != s.ConfigRepoDir {
			dir = alt
		}
	}
	if _, err := os.Stat(dir); err != nil && kinds != nil {
		return nil, fmt.Errorf("sweep %d: the config's directory %s (%q in the repository) is not on this machine: "+
			"run workers in a checkout of the repository: %w", s.ID, s.ConfigDir, s.ConfigRepoDir, errors.Unwrap(err))
	}
	base := sweep.Base{YAML: []byte(s.ConfigYAML), Dir: dir, Kinds: kinds}
	return &sweep.Plan{Base: base, Grid: g, Points: points}, nil
}

// Job is one River job of a sweep, as River holds it (River deletes
// completed jobs after a day).
type Job struct {
	ID      int64
	Index   int
	State   string
	Attempt int
	// AttemptedBy lists the workers (River client IDs) that ran it, in order.
	AttemptedBy []string
}

// Jobs returns the sweep's River jobs in index order.
func (q *Queue) Jobs(ctx context.Context, id int64) ([]Job, error) {
	rows, err := q.pool.Query(ctx, `SELECT id, (args->>'index')::int, state::text, attempt, coalesce(attempted_by, '{}')
		FROM river_job WHERE kind = $1 AND args @> jsonb_build_object('sweep_id', $2::bigint)
		ORDER BY (args->>'index')::int, id`, JobKind, id)
	if err != nil {
		return nil, fmt.Errorf("sweep %d: jobs: %w", id, err)
	}
	jobs, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (Job, error) {
		var j Job
		err := r.Scan(&j.ID, &j.Index, &j.State, &j.Attempt, &j.AttemptedBy)
		return j, err
	})
	if err != nil {
		return nil, fmt.Errorf("sweep %d: jobs: %w", id, err)
	}
	return jobs, nil
}
