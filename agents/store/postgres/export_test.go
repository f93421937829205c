package pgstore

import "github.com/jackc/pgx/v5/pgxpool"

// Pool exposes the connection pool to this package's external tests.
func Pool(s *Store) *pgxpool.Pool { return s.pool }

// Translate exposes translate to this package's external tests.
func Translate(err error) error { return translate(err) }
