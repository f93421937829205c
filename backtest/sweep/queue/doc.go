// Package queue runs sweeps across machines: each configuration of a sweep
// is a River job (github.com/riverqueue/river, pgx v5 driver) in
// PostgreSQL, and `steward worker` processes on any number of machines pull
// the jobs, backtest them, and write their results to the same database.
// It is the one package of the sweep that talks to PostgreSQL and River;
// their errors are translated here.
//
// # Schema
//
// Open and NewWorker bring the database up to date under one advisory
// lock: River's own tables with rivermigrate, then the sweep tables
// (migrations/00001_sweeps.sql, goose, version table
// sweep_goose_db_version):
//
//	sweeps          id, created_at, agent, config_yaml, config_dir, config_repo_dir, grid_yaml, objective, total
//	sweep_results   (sweep_id, idx) PRIMARY KEY, overrides, metrics JSONB (summary.json keys) | error,
//	                model digest, attempt, worker, job_id, duration_ms, finished_at
//
// The sweep tables are kept apart from the agent store's migrations
// (migrations/postgres): they belong to the queue, beside River's tables,
// and a sweep database need not be an agent's store.
//
// # A configuration's life
//
//	  Enqueue (one transaction: the sweep row + every job)
//	     │
//	     ▼
//	available ──fetch──▶ running ──backtest, then ONE transaction:──▶ completed
//	   ▲  ▲                │  │    INSERT result ON CONFLICT DO NOTHING
//	   │  │                │  │    + river.JobCompleteTx
//	   │  └── retryable ◀──┘  │  worker killed (River's rescuer, after RescueAfter),
//	   │                      │  or an error (River's executor): attempt + 1
//	   └──────────────────────┘  worker stopping, Grace over: the job is
//	                             cancelled and released, its attempt not counted
//
// # Exactly once
//
//   - Nothing is queued unless everything is: the sweep row and all its
//     jobs are inserted in one transaction, after every configuration was
//     checked (sweep.NewPlan).
//   - No configuration is queued twice: a job is unique by (sweep_id,
//     index) in every job state (River's UniqueOpts ByArgs on those two
//     fields, ByState all states), so inserting it again — Requeue, or a
//     retried Enqueue — is skipped.
//   - A result is written in the transaction that completes its job
//     (river.JobCompleteTx): a committed result row and a completed job go
//     together, or neither happens.
//   - Never lost: a worker killed mid-job commits nothing, and its job stays
//     running until River's rescuer (run by whichever worker leads) finds it
//     running longer than RescueAfter (and its JobTimeout) and makes it
//     retryable; another worker runs it again. A stopping worker lets its
//     jobs finish for Grace, then cancels them, and River releases them:
//     available again, the attempt not counted.
//   - Never counted twice: the result's primary key is (sweep_id, idx) and
//     the insert is ON CONFLICT DO NOTHING. If a slow worker is taken for
//     dead and its job runs twice, the first attempt to commit completes the
//     job and writes the row; JobCompleteTx then finds the job no longer
//     running for the other, which rolls back and writes nothing. Backtests
//     are deterministic, so either attempt's figures are the same.
//
// A backtest that fails (an error, not a cancellation) is a result too,
// with its error, so a sweep finishes; a job River gives up on
// (MaxAttempts) shows as lost in Status, and Requeue queues it again.
//
// # Workers on several machines
//
// On each machine, in a checkout of the repository at the same commit,
// with the ONNX Runtime library (STEWARD_ONNXRUNTIME_LIB):
//
//	steward worker --db postgres://user@db-host:5432/sweeps --concurrency 4
//
// Queue from any of them, and watch:
//
//	steward sweep -c configs/marketmaking-demo.yaml --grid sweep.yaml --db postgres://user@db-host:5432/sweeps
//	steward sweep --status --db postgres://user@db-host:5432/sweeps [--sweep ID]
//
// A sweep keeps the agent config's text and its directory. A worker
// resolves the config's relative paths (model.card) against that directory
// when it exists on its machine, else against the same place relative to
// the root of its own checkout (config_repo_dir). Every result records the
// model's digest, and Status warns when a sweep's results come from more
// than one model.
//
// # Timing
//
// River's rescuer runs on the leader every 30 s and uses the leader's
// settings, so give every worker the same --job-timeout and --rescue-after.
// A killed worker's job is retried after its RescueAfter (which must
// exceed JobTimeout: River rescues a job only once its timeout has passed,
// and never one without a timeout), plus up to 30 s, plus a leader
// election (about 15 s) when the dead worker led. Defaults: JobTimeout
// 10 minutes (a whole day's backtest takes about 12 s), RescueAfter 11
// minutes; a test uses 12 s and 15 s.
package queue
