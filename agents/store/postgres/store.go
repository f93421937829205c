package pgstore

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/store/internal/rules"
	"github.com/steward-agents/steward/migrations"
)

var _ store.Store = (*Store)(nil)

// Store is a store.Store in PostgreSQL.
type Store struct {
	pool *pgxpool.Pool
	now  func() time.Time
}

// Open connects to the database at url (a postgres:// URL or a key=value
// connection string), checks it answers and brings its schema up to date.
func Open(ctx context.Context, url string) (*Store, error) {
	if url == "" {
		return nil, errors.New("pgstore: open: database URL is empty")
	}
	cfg, err := pgxpool.ParseConfig(url)
	if err != nil {
		// The parse error may quote the URL; say only what kind of error it is.
		return nil, fmt.Errorf("pgstore: open: parse database URL: %w", err)
	}
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("pgstore: open: %w", err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("pgstore: open: connect to %s:%d/%s: %w",
			cfg.ConnConfig.Host, cfg.ConnConfig.Port, cfg.ConnConfig.Database, err)
	}
	db := stdlib.OpenDBFromPool(pool)
	err = migrations.Up(ctx, db, migrations.Postgres)
	if cerr := db.Close(); err == nil && cerr != nil {
		err = cerr
	}
	if err != nil {
		pool.Close()
		return nil, fmt.Errorf("pgstore: open: %w", err)
	}
	return &Store{pool: pool, now: time.Now}, nil
}

// Close closes every connection of the pool.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// SQLSTATE codes translated to store.ErrInvalid.
const (
	codeNotNullViolation    = "23502"
	codeForeignKeyViolation = "23503"
	codeCheckViolation      = "23514"
	codeUniqueViolation     = "23505"
	classDataException      = "22"
)

// translate maps pgx errors to the store's sentinels, keeping the original.
func translate(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, pgx.ErrNoRows) {
		return fmt.Errorf("%w: %w", store.ErrNotFound, err)
	}
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) {
		switch {
		case pgErr.Code == codeUniqueViolation:
			return fmt.Errorf("%w: %w", store.ErrConflict, err)
		case pgErr.Code == codeCheckViolation, pgErr.Code == codeNotNullViolation,
			pgErr.Code == codeForeignKeyViolation, strings.HasPrefix(pgErr.Code, classDataException):
			return fmt.Errorf("%w: %w", store.ErrInvalid, err)
		}
	}
	return err
}

// SaveBlock records an observed block; saving the same block again changes
// only its place in the save order, which BlockHash reads.
func (s *Store) SaveBlock(ctx context.Context, b store.Block) error {
	if err := rules.CheckBlock(b); err != nil {
		return fmt.Errorf("save block: %w", err)
	}
	_, err := s.pool.Exec(ctx, `INSERT INTO blocks (agent, block_number, block_hash, parent_hash, block_time)
		VALUES ($1, $2, $3, $4, $5) ON CONFLICT (agent, block_number, block_hash)
		DO UPDATE SET seq = nextval(pg_get_serial_sequence('blocks', 'seq'))`,
		b.Agent, int64(b.Number), b.Hash.Bytes(), b.ParentHash.Bytes(), int64(b.Time))
	if err != nil {
		return fmt.Errorf("save block %d of %s: %w", b.Number, b.Agent, translate(err))
	}
	return nil
}

// rowScanner is what pgx.Row and pgx.Rows have in common.
type rowScanner interface{ Scan(dest ...any) error }
