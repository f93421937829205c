-- The durable transaction outbox (issue 3), ingestion checkpoints and the
-- order in which blocks were saved. migrations/postgres/00002_outbox.sql is
-- the same change for PostgreSQL; keep the two in step.
--
--   * idem_key is the caller's idempotency key, shared by every attempt at
--     one submission; (idem_key, attempt) is unique;
--   * raw is the signed transaction, saved before it is broadcast;
--   * fees are decimal TEXT (any uint256; SQLite integers stop at 2^63);
--   * reverted is 0 or 1;
--   * blocks.seq orders the saves of one height: the latest is canonical
--     (existing rows take their rowid, i.e. insertion order).

-- +goose Up
ALTER TABLE transactions ADD COLUMN idem_key TEXT CHECK (idem_key <> '');
ALTER TABLE transactions ADD COLUMN raw BLOB CHECK (length(raw) > 0);
ALTER TABLE transactions ADD COLUMN gas_tip_cap TEXT
    CHECK (gas_tip_cap <> '' AND gas_tip_cap NOT GLOB '*[^0-9]*' AND length(gas_tip_cap) <= 78);
ALTER TABLE transactions ADD COLUMN gas_fee_cap TEXT
    CHECK (gas_fee_cap <> '' AND gas_fee_cap NOT GLOB '*[^0-9]*' AND length(gas_fee_cap) <= 78);
ALTER TABLE transactions ADD COLUMN gas_limit INTEGER NOT NULL DEFAULT 0 CHECK (gas_limit >= 0);
ALTER TABLE transactions ADD COLUMN attempt INTEGER NOT NULL DEFAULT 0 CHECK (attempt >= 0);
ALTER TABLE transactions ADD COLUMN replaces INTEGER REFERENCES transactions (id);
ALTER TABLE transactions ADD COLUMN block_hash BLOB CHECK (length(block_hash) = 32);
ALTER TABLE transactions ADD COLUMN reverted INTEGER NOT NULL DEFAULT 0 CHECK (reverted IN (0, 1));
CREATE UNIQUE INDEX transactions_key_attempt_idx ON transactions (idem_key, attempt) WHERE idem_key IS NOT NULL;
CREATE INDEX transactions_from_state_nonce_idx ON transactions (from_address, state, nonce);

CREATE TABLE checkpoints (
    agent        TEXT    PRIMARY KEY CHECK (agent <> ''),
    block_number INTEGER NOT NULL CHECK (block_number >= 0),
    block_hash   BLOB    NOT NULL CHECK (length(block_hash) = 32),
    updated_at   INTEGER NOT NULL
) STRICT;

ALTER TABLE blocks ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE blocks SET seq = rowid;
CREATE INDEX blocks_agent_number_seq_idx ON blocks (agent, block_number, seq);

-- +goose Down
DROP INDEX blocks_agent_number_seq_idx;
ALTER TABLE blocks DROP COLUMN seq;
DROP TABLE checkpoints;
DROP INDEX transactions_from_state_nonce_idx;
DROP INDEX transactions_key_attempt_idx;
ALTER TABLE transactions DROP COLUMN reverted;
ALTER TABLE transactions DROP COLUMN block_hash;
ALTER TABLE transactions DROP COLUMN replaces;
ALTER TABLE transactions DROP COLUMN attempt;
ALTER TABLE transactions DROP COLUMN gas_limit;
ALTER TABLE transactions DROP COLUMN gas_fee_cap;
ALTER TABLE transactions DROP COLUMN gas_tip_cap;
ALTER TABLE transactions DROP COLUMN raw;
ALTER TABLE transactions DROP COLUMN idem_key;
