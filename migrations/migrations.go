package migrations

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"
)

// Dialect names a SQL dialect with its own set of migration files.
type Dialect string

// Supported dialects. Each has a folder of numbered migrations of the same name.
const (
	Postgres Dialect = "postgres"
	SQLite   Dialect = "sqlite"
)

// ErrUnknownDialect is returned for a Dialect other than Postgres or SQLite.
var ErrUnknownDialect = errors.New("migrations: unknown dialect")

//go:embed postgres/*.sql sqlite/*.sql
var files embed.FS

// FS returns the migration files of one dialect, named NNNNN_name.sql.
func FS(dialect Dialect) (fs.FS, error) {
	if dialect != Postgres && dialect != SQLite {
		return nil, fmt.Errorf("%w %q (want %q or %q)", ErrUnknownDialect, dialect, Postgres, SQLite)
	}
	return fs.Sub(files, string(dialect))
}

// Up applies every migration of dialect that db has not applied yet. On
// PostgreSQL it holds a session advisory lock while it runs, so processes
// starting together do not race; SQLite serialises writers by itself.
func Up(ctx context.Context, db *sql.DB, dialect Dialect) error {
	p, err := newProvider(db, dialect)
	if err != nil {
		return err
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("migrations: up (%s): %w", dialect, err)
	}
	return nil
}

// Version returns the highest migration version applied to db (0 when none).
func Version(ctx context.Context, db *sql.DB, dialect Dialect) (int64, error) {
	p, err := newProvider(db, dialect)
	if err != nil {
		return 0, err
	}
	v, err := p.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("migrations: version (%s): %w", dialect, err)
	}
	return v, nil
}

// newProvider builds a goose provider that uses no global goose state: no
// global Go migrations, no package-level dialect, no default logger output.
func newProvider(db *sql.DB, dialect Dialect) (*goose.Provider, error) {
	if db == nil {
		return nil, errors.New("migrations: db is nil")
	}
	fsys, err := FS(dialect)
	if err != nil {
		return nil, err
	}
	opts := []goose.ProviderOption{goose.WithDisableGlobalRegistry(true)}
	gooseDialect := goose.DialectSQLite3
	if dialect == Postgres {
		gooseDialect = goose.DialectPostgres
		// Retry every second (goose's minimum; its default is 5 s) for up to 5 minutes.
		locker, err := lock.NewPostgresSessionLocker(lock.WithLockTimeout(1, 300))
		if err != nil {
			return nil, fmt.Errorf("migrations: postgres session lock: %w", err)
		}
		opts = append(opts, goose.WithSessionLocker(locker))
	}
	p, err := goose.NewProvider(gooseDialect, db, fsys, opts...)
	if err != nil {
		return nil, fmt.Errorf("migrations: new provider (%s): %w", dialect, err)
	}
	return p, nil
}
