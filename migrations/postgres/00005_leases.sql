-- High availability (issue 14): replicas sharing this database own each
-- agent through a lease, and record every decision they submit under it
-- (agents/lease). migrations/sqlite/00005_leases.sql creates the same
-- tables for SQLite, where nothing uses them: a SQLite store is one
-- replica's.
--
--   * agent_leases holds one row per agent that any replica ever owned.
--     token is the fencing token: it grows by one at every acquisition and
--     never goes back (release only moves expires_at to now), so a replica
--     that lost the lease is refused by its token even if it kept its name.
--     Every expiry is reckoned by this server's clock (clock_timestamp()),
--     never by a replica's;
--   * lease_claims holds one row per (agent, block) a lease holder
--     submitted a decision at, with the idempotency key of its transaction
--     and the token it held: its primary key is what makes a second
--     submission for the same agent and block impossible, whichever
--     replica tries it.

-- +goose Up
CREATE TABLE agent_leases (
    agent       TEXT        PRIMARY KEY CHECK (agent <> ''),
    owner       TEXT        NOT NULL CHECK (owner <> ''),
    token       BIGINT      NOT NULL CHECK (token > 0),
    acquired_at TIMESTAMPTZ NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE lease_claims (
    agent        TEXT        NOT NULL CHECK (agent <> ''),
    block_number BIGINT      NOT NULL CHECK (block_number >= 0),
    idem_key     TEXT        NOT NULL UNIQUE CHECK (idem_key <> ''),
    owner        TEXT        NOT NULL CHECK (owner <> ''),
    token        BIGINT      NOT NULL CHECK (token > 0),
    claimed_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (agent, block_number)
);

-- +goose Down
DROP TABLE lease_claims;
DROP TABLE agent_leases;
