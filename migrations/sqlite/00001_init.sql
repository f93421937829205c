-- Steward store schema, SQLite dialect. migrations/postgres/00001_init.sql
-- is the same schema for PostgreSQL; keep the two in step.
--
-- Conventions (as in PostgreSQL, with SQLite types):
--   * hashes (32 bytes) and addresses (20 bytes) are BLOB with a length CHECK;
--   * uint64 chain values are INTEGER >= 0: the store refuses values above
--     2^63-1 before they reach SQL;
--   * inputs and outputs are JSON arrays of integers (SQLite has no arrays;
--     JSON integers up to 64 bits round-trip exactly through encoding/json);
--   * times are INTEGER microseconds since the Unix epoch, UTC (the precision
--     of PostgreSQL's TIMESTAMPTZ);
--   * transactions.hash and decisions.tx_id are NULL while they have no value;
--   * tables are STRICT so a value of the wrong type is refused, not coerced.

-- +goose Up
CREATE TABLE blocks (
    agent        TEXT    NOT NULL CHECK (agent <> ''),
    block_number INTEGER NOT NULL CHECK (block_number >= 0),
    block_hash   BLOB    NOT NULL CHECK (length(block_hash) = 32),
    parent_hash  BLOB    NOT NULL CHECK (length(parent_hash) = 32),
    block_time   INTEGER NOT NULL CHECK (block_time >= 0),
    created_at   INTEGER NOT NULL,
    PRIMARY KEY (agent, block_number, block_hash)
) STRICT;

CREATE TABLE inference_records (
    record_hash   BLOB    PRIMARY KEY CHECK (length(record_hash) = 32),
    agent         TEXT    NOT NULL CHECK (agent <> ''),
    agent_address BLOB    NOT NULL CHECK (length(agent_address) = 20),
    model_digest  BLOB    NOT NULL CHECK (length(model_digest) = 32),
    input_scale   INTEGER NOT NULL,
    output_scale  INTEGER NOT NULL,
    inputs        TEXT    NOT NULL CHECK (json_type(inputs) = 'array'),
    outputs       TEXT    NOT NULL CHECK (json_type(outputs) = 'array'),
    input_digest  BLOB    NOT NULL CHECK (length(input_digest) = 32),
    output_digest BLOB    NOT NULL CHECK (length(output_digest) = 32),
    block_number  INTEGER NOT NULL CHECK (block_number >= 0),
    block_hash    BLOB    NOT NULL CHECK (length(block_hash) = 32),
    nonce         INTEGER NOT NULL CHECK (nonce >= 0),
    created_at    INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
CREATE INDEX inference_records_agent_block_idx ON inference_records (agent, block_number);
-- NextRecordNonce reads max(nonce) of one agent.
CREATE INDEX inference_records_agent_nonce_idx ON inference_records (agent, nonce);

CREATE TABLE transactions (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    agent        TEXT    NOT NULL CHECK (agent <> ''),
    from_address BLOB    NOT NULL CHECK (length(from_address) = 20),
    to_address   BLOB    NOT NULL CHECK (length(to_address) = 20),
    nonce        INTEGER NOT NULL CHECK (nonce >= 0),
    hash         BLOB    CHECK (length(hash) = 32), -- NULL until sent
    root         BLOB    NOT NULL CHECK (length(root) = 32),
    state        TEXT    NOT NULL CHECK (state IN ('queued', 'signed', 'sent', 'included',
                             'confirmed', 'replaced', 'failed', 'dropped', 'reorged')),
    gas_used     INTEGER NOT NULL DEFAULT 0 CHECK (gas_used >= 0),
    block_number INTEGER NOT NULL DEFAULT 0 CHECK (block_number >= 0),
    error        TEXT    NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX transactions_hash_idx ON transactions (hash) WHERE hash IS NOT NULL;
-- Not unique: a replacement reuses its predecessor's nonce.
CREATE INDEX transactions_from_nonce_idx ON transactions (from_address, nonce);
CREATE INDEX transactions_agent_state_idx ON transactions (agent, state, id);

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
                             'recorded', 'submitted', 'confirmed', 'failed')),
    verdict      TEXT    NOT NULL DEFAULT '[]' CHECK (json_type(verdict) = 'array'),
    reason       TEXT    NOT NULL DEFAULT '',
    root         BLOB    NOT NULL CHECK (length(root) = 32),
    proof        BLOB    NOT NULL DEFAULT x'' CHECK (length(proof) % 32 = 0), -- 32-byte hashes, concatenated
    tx_id        INTEGER REFERENCES transactions (id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
) STRICT;
CREATE INDEX decisions_agent_state_id_idx ON decisions (agent, state, id);
CREATE INDEX decisions_tx_id_idx ON decisions (tx_id, id) WHERE tx_id IS NOT NULL;

-- +goose Down
DROP TABLE decisions;
DROP TABLE transactions;
DROP TABLE inference_records;
DROP TABLE blocks;
