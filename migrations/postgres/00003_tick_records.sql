-- A tick can make several inferences (issue 10): its records are the leaves
-- of the tick's Merkle tree, and a decision keeps them all, in leaf order,
-- so that a restart rebuilds the root it committed. record_hash stays the
-- first of them. A row written before this migration has '' here: its tick
-- had the one record in record_hash. migrations/sqlite/00003_tick_records.sql
-- is the same change for SQLite; keep the two in step.

-- +goose Up
ALTER TABLE decisions
    ADD COLUMN records BYTEA NOT NULL DEFAULT '' CHECK (length(records) % 32 = 0); -- 32-byte hashes, concatenated

-- +goose Down
ALTER TABLE decisions DROP COLUMN records;
