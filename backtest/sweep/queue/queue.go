package queue

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riverpgxv5"
	"github.com/riverqueue/river/rivermigrate"
)

// DefaultURL is the database a sweep, its workers and --status use when
// given none: the local PostgreSQL the project's tests use.
const DefaultURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// Name is the River queue sweep jobs go to.
const Name = "steward_sweep"

//go:embed migrations/*.sql
var migrationFiles embed.FS

// migrateLock is the advisory lock held while the schema is brought up to
// date, so workers starting together do not race: rivermigrate takes no
// lock of its own.
const migrateLock int64 = 0x5757_6565_7000_0001

// Queue is a connection to the sweep queue's database: the sweeps and their
// results, and River's jobs. It enqueues sweeps and reports on them; a
// Worker works them.
type Queue struct {
	pool   *pgxpool.Pool
	client *river.Client[pgx.Tx] // insert-only: never started
	logger *slog.Logger
}

// Open connects to the database at url and brings its schema up to date:
// River's tables (rivermigrate), then the sweep tables (goose, with their
// own version table, sweep_goose_db_version).
func Open(ctx context.Context, url string, logger *slog.Logger) (*Queue, error) {
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	pool, err := connect(ctx, url)
	if err != nil {
		return nil, err
	}
	if err := migrate(ctx, pool); err != nil {
		pool.Close()
		return nil, err
	}
	client, err := river.NewClient(riverpgxv5.New(pool), &river.Config{Workers: workers(nil), Logger: riverLogger(logger)})
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("sweep queue: river client: %w", err)
	}
	return &Queue{pool: pool, client: client, logger: logger}, nil
}

// Close closes the connections.
func (q *Queue) Close() { q.pool.Close() }

func connect(ctx context.Context, url string) (*pgxpool.Pool, error) {
	if url == "" {
		return nil, errors.New("sweep queue: database URL is empty")
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// The parse error may quote the URL; say only what kind of error it is.
		return nil, fmt.Errorf("sweep queue: parse database URL: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("sweep queue: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("%w: %s:%d/%s: %w", ErrUnreachable, cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database, err)
	}
	return pool, nil
}

// migrate applies River's migrations and the sweep tables' under one
// session advisory lock.
func migrate(ctx context.Context, pool *pgxpool.Pool) error {
	conn, err := pool.Acquire(ctx)
	if err != nil {
		return fmt.Errorf("sweep queue: migrate: %w", err)
	}
	defer conn.Release()
	if _, err := conn.Exec(ctx, `SELECT pg_advisory_lock($1)`, migrateLock); err != nil {
		return fmt.Errorf("sweep queue: migrate: lock: %w", err)
	}
	defer func() {
		// A fresh context: the lock must go even when ctx is done.
		_, _ = conn.Exec(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrateLock)
	}()
	migrator, err := rivermigrate.New(riverpgxv5.New(pool), nil)
	if err != nil {
		return fmt.Errorf("sweep queue: river migrations: %w", err)
	}
	if _, err := migrator.Migrate(ctx, rivermigrate.DirectionUp, nil); err != nil {
		return fmt.Errorf("sweep queue: river migrations: %w", err)
	}
	fsys, err := fs.Sub(migrationFiles, "migrations")
	if err != nil {
		return err
	}
	db := stdlib.OpenDBFromPool(pool)
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, fsys,
		goose.WithDisableGlobalRegistry(true), goose.WithTableName("sweep_goose_db_version"))
	if err != nil {
		return fmt.Errorf("sweep queue: migrations: %w", err)
	}
	if _, err := p.Up(ctx); err != nil {
		return fmt.Errorf("sweep queue: migrations: %w", err)
	}
	return nil
}

// riverLogger is River's logger: warnings and errors only, so a worker's
// output is its jobs.
func riverLogger(l *slog.Logger) *slog.Logger {
	return slog.New(levelFilter{l.Handler(), slog.LevelWarn})
}

type levelFilter struct {
	slog.Handler
	min slog.Level
}

func (f levelFilter) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= f.min && f.Handler.Enabled(ctx, l)
}

func (f levelFilter) WithAttrs(a []slog.Attr) slog.Handler {
	return levelFilter{f.Handler.WithAttrs(a), f.min}
}

func (f levelFilter) WithGroup(name string) slog.Handler {
	return levelFilter{f.Handler.WithGroup(name), f.min}
}
