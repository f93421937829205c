// Package pgstore is the PostgreSQL store.Store, and the only package that
// imports pgx. It uses a pgxpool for its queries and runs the embedded
// migrations (migrations/postgres) through pgx's database/sql adapter and
// goose when it opens, under a session advisory lock so that processes
// starting together migrate once.
//
// InsertRecords is the bulk path (the design asks ≥ 20,000 records/s): in one
// transaction it COPYs the batch into a session-local temporary table, then
// moves it with INSERT … SELECT … ORDER BY record_hash ON CONFLICT DO
// NOTHING. The temporary table gives COPY its speed and ON CONFLICT its
// idempotence; the ORDER BY makes concurrent batches that share records take
// their row locks in the same order, so they cannot deadlock.
//
// Transitions are guarded updates (UPDATE … WHERE id = $1 AND state =
// ANY($4)); when no row changes, a second query tells ErrNotFound from
// ErrWrongState. pgx.ErrNoRows becomes store.ErrNotFound; check, not-null
// and foreign-key violations and invalid input (SQLSTATE class 22) become
// store.ErrInvalid.
//
// The agents' leases (lease.go, agents/lease.Store) are kept here too, for
// replicas sharing the database: each statement reckons expiry by the
// server's clock_timestamp(), acquisition is one conditional upsert, and a
// claim of an agent's block is inserted in the same transaction as the
// check of the lease, whose row it locks FOR SHARE.
//
// CreateTestDatabase gives tests a throw-away database whose name ends in
// _test; storetest.NewPostgres wraps it for tests.
package pgstore
