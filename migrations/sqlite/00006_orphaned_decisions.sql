-- Deep reorgs (issue 14): a decision confirmed when its bundle was mined
-- goes to 'orphaned' when a reorg takes that block off the chain, and on
-- to confirmed or failed when the re-broadcast bundle is mined again
-- (agents/store/doc.go). SQLite cannot change a CHECK constraint in place,
-- so the table is rebuilt with the same columns, rows, ids and indexes.
-- migrations/postgres/00006_orphaned_decisions.sql is the same change for
-- PostgreSQL; keep the two in step.

-- +goose Up
ALTER TABLE decisions RENAME TO decisions_old;
CREATE TABLE decisions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    agent        TEXT    NOT NULL CHECK (agent <> ''),
    block_number INTEGER NOT NULL CHECK (block_number >= 0),
    block_hash   BLOB    NOT NULL CHECK (length(block_hash) = 32),
    -- No foreign key: records are written in batches off the tick's path and
    -- may land after the decision that cites them.
    record_hash  BLOB    NOT NULL CHECK (length(record_hash) = 32),
    action       TEXT    CHECK (json_valid(action)), -- kept byte for byte
    state        TEXT    NOT NULL CHECK (state IN ('proposed', 'held', 'rejected', 'approved',
                             'recorded', 'submitted', 'confirmed', 'failed', 'orphaned')),
    verdict      TEXT    NOT NULL DEFAULT '[]' CHECK (json_type(verdict) = 'array'),
    reason       TEXT    NOT NULL DEFAULT '',
    root         BLOB    NOT NULL CHECK (length(root) = 32),
    proof        BLOB    NOT NULL DEFAULT x'' CHECK (length(proof) % 32 = 0), -- 32-byte hashes, concatenated
    tx_id        INTEGER REFERENCES transactions (id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    records      BLOB    NOT NULL DEFAULT x'' CHECK (length(records) % 32 = 0) -- 32-byte hashes, concatenated
) STRICT;
INSERT INTO decisions (id, agent, block_number, block_hash, record_hash, action, state, verdict, reason,
                       root, proof, tx_id, created_at, updated_at, records)
    SELECT id, agent, block_number, block_hash, record_hash, action, state, verdict, reason,
           root, proof, tx_id, created_at, updated_at, records
    FROM decisions_old;
-- AUTOINCREMENT never hands out an id again: keep the old table's counter.
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'decisions_old'))
    WHERE name = 'decisions';
DROP TABLE decisions_old;
CREATE INDEX decisions_agent_state_id_idx ON decisions (agent, state, id);
CREATE INDEX decisions_tx_id_idx ON decisions (tx_id, id) WHERE tx_id IS NOT NULL;
CREATE INDEX decisions_agent_id_idx ON decisions (agent, id);
CREATE INDEX decisions_state_id_idx ON decisions (state, id);

-- +goose Down
-- An orphaned decision cannot be written under the old constraint: it goes
-- back to confirmed, the state it left (its reason says what happened).
UPDATE decisions SET state = 'confirmed' WHERE state = 'orphaned';
ALTER TABLE decisions RENAME TO decisions_new;
CREATE TABLE decisions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    agent        TEXT    NOT NULL CHECK (agent <> ''),
    block_number INTEGER NOT NULL CHECK (block_number >= 0),
    block_hash   BLOB    NOT NULL CHECK (length(block_hash) = 32),
    record_hash  BLOB    NOT NULL CHECK (length(record_hash) = 32),
    action       TEXT    CHECK (json_valid(action)),
    state        TEXT    NOT NULL CHECK (state IN ('proposed', 'held', 'rejected', 'approved',
                             'recorded', 'submitted', 'confirmed', 'failed')),
    verdict      TEXT    NOT NULL DEFAULT '[]' CHECK (json_type(verdict) = 'array'),
    reason       TEXT    NOT NULL DEFAULT '',
    root         BLOB    NOT NULL CHECK (length(root) = 32),
    proof        BLOB    NOT NULL DEFAULT x'' CHECK (length(proof) % 32 = 0),
    tx_id        INTEGER REFERENCES transactions (id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    records      BLOB    NOT NULL DEFAULT x'' CHECK (length(records) % 32 = 0)
) STRICT;
INSERT INTO decisions SELECT id, agent, block_number, block_hash, record_hash, action, state, verdict, reason,
                             root, proof, tx_id, created_at, updated_at, records FROM decisions_new;
UPDATE sqlite_sequence SET seq = max(seq, (SELECT seq FROM sqlite_sequence WHERE name = 'decisions_new'))
    WHERE name = 'decisions';
DROP TABLE decisions_new;
CREATE INDEX decisions_agent_state_id_idx ON decisions (agent, state, id);
CREATE INDEX decisions_tx_id_idx ON decisions (tx_id, id) WHERE tx_id IS NOT NULL;
CREATE INDEX decisions_agent_id_idx ON decisions (agent, id);
CREATE INDEX decisions_state_id_idx ON decisions (state, id);
