-- Steward store schema, PostgreSQL dialect. migrations/sqlite/00001_init.sql
-- is the same schema for SQLite; keep the two in step.
--
-- Conventions:
--   * hashes (32 bytes) and addresses (20 bytes) are BYTEA with a length CHECK;
--   * uint64 chain values (block numbers, nonces, gas) are BIGINT >= 0: the
--     store refuses values above 2^63-1 before they reach SQL;
--   * a column that links or is looked up (transactions.hash, decisions.tx_id)
--     is NULL while it has no value; other hashes store the zero hash as is;
--   * every state column has a CHECK listing the Go constants in
--     agents/store/store.go.

-- +goose Up
CREATE TABLE blocks (
    agent        TEXT        NOT NULL CHECK (agent <> ''),
    block_number BIGINT      NOT NULL CHECK (block_number >= 0),
    block_hash   BYTEA       NOT NULL CHECK (length(block_hash) = 32),
    parent_hash  BYTEA       NOT NULL CHECK (length(parent_hash) = 32),
    block_time   BIGINT      NOT NULL CHECK (block_time >= 0),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The hash is part of the key: after a reorg both blocks at a height stay.
    PRIMARY KEY (agent, block_number, block_hash)
);

CREATE TABLE inference_records (
    record_hash   BYTEA       PRIMARY KEY CHECK (length(record_hash) = 32),
    agent         TEXT        NOT NULL CHECK (agent <> ''),
    agent_address BYTEA       NOT NULL CHECK (length(agent_address) = 20),
    model_digest  BYTEA       NOT NULL CHECK (length(model_digest) = 32),
    input_scale   BIGINT      NOT NULL,
    output_scale  BIGINT      NOT NULL,
    inputs        BIGINT[]    NOT NULL CHECK (array_ndims(inputs) IS NULL OR array_ndims(inputs) = 1),
    outputs       BIGINT[]    NOT NULL CHECK (array_ndims(outputs) IS NULL OR array_ndims(outputs) = 1),
    input_digest  BYTEA       NOT NULL CHECK (length(input_digest) = 32),
    output_digest BYTEA       NOT NULL CHECK (length(output_digest) = 32),
    block_number  BIGINT      NOT NULL CHECK (block_number >= 0),
    block_hash    BYTEA       NOT NULL CHECK (length(block_hash) = 32),
    nonce         BIGINT      NOT NULL CHECK (nonce >= 0),
    created_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX inference_records_agent_block_idx ON inference_records (agent, block_number);
-- NextRecordNonce reads max(nonce) of one agent.
CREATE INDEX inference_records_agent_nonce_idx ON inference_records (agent, nonce);

CREATE TABLE transactions (
    id           BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent        TEXT        NOT NULL CHECK (agent <> ''),
    from_address BYTEA       NOT NULL CHECK (length(from_address) = 20),
    to_address   BYTEA       NOT NULL CHECK (length(to_address) = 20),
    nonce        BIGINT      NOT NULL CHECK (nonce >= 0),
    hash         BYTEA       CHECK (length(hash) = 32), -- NULL until sent
    root         BYTEA       NOT NULL CHECK (length(root) = 32),
    state        TEXT        NOT NULL CHECK (state IN ('queued', 'signed', 'sent', 'included',
                                 'confirmed', 'replaced', 'failed', 'dropped', 'reorged')),
    gas_used     BIGINT      NOT NULL DEFAULT 0 CHECK (gas_used >= 0),
    block_number BIGINT      NOT NULL DEFAULT 0 CHECK (block_number >= 0),
    error        TEXT        NOT NULL DEFAULT '',
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX transactions_hash_idx ON transactions (hash) WHERE hash IS NOT NULL;
-- Not unique: a replacement reuses its predecessor's nonce.
CREATE INDEX transactions_from_nonce_idx ON transactions (from_address, nonce);
CREATE INDEX transactions_agent_state_idx ON transactions (agent, state, id);

CREATE TABLE decisions (
    id           BIGINT      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agent        TEXT        NOT NULL CHECK (agent <> ''),
    block_number BIGINT      NOT NULL CHECK (block_number >= 0),
    block_hash   BYTEA       NOT NULL CHECK (length(block_hash) = 32),
    -- No foreign key: records are written in batches off the tick's path and
    -- may land after the decision that cites them.
    record_hash  BYTEA       NOT NULL CHECK (length(record_hash) = 32),
    -- JSON, not JSONB: the action is kept byte for byte as the strategy wrote it.
    action       JSON,
    state        TEXT        NOT NULL CHECK (state IN ('proposed', 'held', 'rejected', 'approved',
                                 'recorded', 'submitted', 'confirmed', 'failed')),
    verdict      JSONB       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(verdict) = 'array'),
    reason       TEXT        NOT NULL DEFAULT '',
    root         BYTEA       NOT NULL CHECK (length(root) = 32),
    proof        BYTEA       NOT NULL DEFAULT '' CHECK (length(proof) % 32 = 0), -- 32-byte hashes, concatenated
    tx_id        BIGINT      REFERENCES transactions (id),
    created_at   TIMESTAMPTZ NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX decisions_agent_state_id_idx ON decisions (agent, state, id);
CREATE INDEX decisions_tx_id_idx ON decisions (tx_id, id) WHERE tx_id IS NOT NULL;

-- +goose Down
DROP TABLE decisions;
DROP TABLE transactions;
DROP TABLE inference_records;
DROP TABLE blocks;
