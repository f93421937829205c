-- High availability (issue 14): the lease tables of
-- migrations/postgres/00005_leases.sql, kept here so both dialects describe
-- the same schema. Nothing uses them on SQLite: a SQLite store is one
-- replica's, and `steward run --ha` refuses it.

-- +goose Up
CREATE TABLE agent_leases (
    agent       TEXT    PRIMARY KEY CHECK (agent <> ''),
    owner       TEXT    NOT NULL CHECK (owner <> ''),
    token       INTEGER NOT NULL CHECK (token > 0),
    acquired_at INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;

CREATE TABLE lease_claims (
    agent        TEXT    NOT NULL CHECK (agent <> ''),
    block_number INTEGER NOT NULL CHECK (block_number >= 0),
    idem_key     TEXT    NOT NULL UNIQUE CHECK (idem_key <> ''),
    owner        TEXT    NOT NULL CHECK (owner <> ''),
    token        INTEGER NOT NULL CHECK (token > 0),
    claimed_at   INTEGER NOT NULL,
    PRIMARY KEY (agent, block_number)
) STRICT;

-- +goose Down
DROP TABLE lease_claims;
DROP TABLE agent_leases;
