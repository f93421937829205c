// Package storetest is the behavioural test suite every store.Store backend
// must pass, and the helper that gives a test its own PostgreSQL database.
//
// A backend's test calls RunSuite with a function that opens a fresh, empty
// store; the suite closes it. The suite checks round trips of every type
// (int64 extremes, empty vectors and proofs, zero hashes, microsecond UTC
// times), idempotent writes, every legal transition and every illegal one
// (each must fail with store.ErrWrongState and leave the row as it was),
// not-found and invalid-value errors, and concurrent use (run it with -race).
//
// The legal transitions are written out here again, not taken from the
// backends' shared rules, so that a mistake in those rules fails the suite.
//
// NewPostgres creates a database named steward_<random>_test for one test
// and drops it when the test ends. It refuses any database whose name does
// not end in _test. Without a reachable PostgreSQL it fails the test with
// the way to start one, unless STEWARD_SKIP_POSTGRES=1, which skips it.
package storetest
