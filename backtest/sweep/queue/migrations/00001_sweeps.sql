-- The sweep queue's own tables, beside River's (rivermigrate). A sweep is
-- one row; each configuration is one River job, and its result one row of
-- sweep_results, written in the transaction that completes the job.

-- +goose Up
CREATE TABLE sweeps (
    id              BIGSERIAL PRIMARY KEY,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    agent           TEXT NOT NULL,
    config_yaml     TEXT NOT NULL,           -- the agent config as written
    config_dir      TEXT NOT NULL,           -- its directory on the machine that queued the sweep
    config_repo_dir TEXT NOT NULL DEFAULT '', -- the same, relative to the repository root ('' outside one)
    grid_yaml       TEXT NOT NULL,
    objective       TEXT NOT NULL,
    total           INTEGER NOT NULL CHECK (total > 0)
);

CREATE TABLE sweep_results (
    sweep_id    BIGINT NOT NULL REFERENCES sweeps (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL CHECK (idx >= 0),
    overrides   JSONB NOT NULL,
    metrics     JSONB,                       -- summary.json's metric keys; NULL when the backtest failed
    error       TEXT NOT NULL DEFAULT '',
    model       TEXT NOT NULL DEFAULT '',    -- the model's digest
    attempt     INTEGER NOT NULL CHECK (attempt >= 1),
    worker      TEXT NOT NULL,               -- the River client that ran it
    job_id      BIGINT NOT NULL,
    duration_ms BIGINT NOT NULL CHECK (duration_ms >= 0),
    finished_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (sweep_id, idx),
    CHECK ((metrics IS NULL) = (error <> ''))
);

-- +goose Down
DROP TABLE sweep_results;
DROP TABLE sweeps;
