package pgstore

import "errors"

var (
	// ErrUnreachable is returned by CreateTestDatabase when it cannot connect
	// to the administrative database.
	ErrUnreachable = errors.New("pgstore: PostgreSQL is not reachable")
	// ErrNotTestDatabase is returned when a test helper is asked to create or
	// drop a database whose name does not end in _test.
	ErrNotTestDatabase = errors.New("pgstore: not a test database (name must end in _test)")
)
