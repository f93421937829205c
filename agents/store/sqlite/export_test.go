package sqlitestore

import "database/sql"

// DB exposes the connection pool to this package's external tests.
func DB(s *Store) *sql.DB { return s.db }

// Translate exposes translate to this package's external tests.
func Translate(err error) error { return translate(err) }
