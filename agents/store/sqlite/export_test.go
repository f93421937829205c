package sqlitestore

import "database/sql"

// DB exposes the connection pool to this package's external tests.
func DB(s *Store) *sql.DB { return s.db }

// Translate exposes translate to this package's external tests.
func Translate(err error) error { return translate(err) }

// Checkpoints counts the checkpointer's runs (0 in memory).
func Checkpoints(s *Store) int64 {
	if s.ckpt == nil {
		return 0
	}
	return s.ckpt.runs.Load()
}
