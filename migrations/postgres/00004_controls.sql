-- steward serve (issue 14): the operator's switches, and the indexes its
-- listings read. migrations/sqlite/00004_controls.sql is the same change
-- for SQLite; keep the two in step.
--
--   * agent_controls holds one switch per agent, '*' for every agent; the
--     runtime reads its agent's and '*' at every tick (the primary key);
--   * the listings page newest first by id, filtered by agent or state.

-- +goose Up
CREATE TABLE agent_controls (
    agent      TEXT        PRIMARY KEY CHECK (agent <> ''),
    state      TEXT        NOT NULL CHECK (state IN ('running', 'paused', 'halted')),
    reason     TEXT        NOT NULL DEFAULT '',
    updated_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX decisions_agent_id_idx ON decisions (agent, id);
CREATE INDEX decisions_state_id_idx ON decisions (state, id);
CREATE INDEX transactions_agent_id_idx ON transactions (agent, id);
CREATE INDEX transactions_state_id_idx ON transactions (state, id);

-- +goose Down
DROP INDEX transactions_state_id_idx;
DROP INDEX transactions_agent_id_idx;
DROP INDEX decisions_state_id_idx;
DROP INDEX decisions_agent_id_idx;
DROP TABLE agent_controls;
