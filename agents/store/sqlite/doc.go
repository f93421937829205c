// Package sqlitestore is the store that needs no server: one SQLite file,
// through the pure-Go driver modernc.org/sqlite and database/sql. It is the
// default for dry runs, backtests and single-machine deployments;
// agents/store/postgres is the production backend. Both pass the same
// behavioural suite (agents/store/storetest).
//
// Open runs the embedded migrations (migrations/sqlite) and sets, on every
// connection: WAL journal (readers do not block the writer), synchronous=NORMAL
// (durable at each WAL checkpoint; a power cut may lose the last commits but
// never corrupts the file), busy_timeout 5 s (another process holding the
// write lock makes us wait, not fail) and foreign_keys=ON. A file's WAL is
// moved into it by a checkpointer on a connection of its own, every second
// (checkpoint.go), not by whichever commit takes the log past 1,000 pages:
// that commit is an agent's tick, and the agents of a process reach it
// together. Close checkpoints what is left.
//
// The pool has a single connection. SQLite admits one writer at a time
// anyway, and this store's reads are point lookups that take microseconds,
// so a second connection would add lock contention and buy nothing. Calls
// from many goroutines are safe; they queue for the connection.
//
// Transitions are guarded updates (UPDATE … WHERE id = ? AND state IN (…));
// when no row changes, a second query tells ErrNotFound from ErrWrongState.
// Driver errors from constraint checks are translated to store.ErrInvalid.
package sqlitestore
