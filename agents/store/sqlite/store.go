package sqlitestore

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/store/internal/rules"
	"github.com/steward-agents/steward/migrations"
)

var _ store.Store = (*Store)(nil)

// Store is a store.Store in one SQLite file.
type Store struct {
	db  *sql.DB
	now func() time.Time
	// ckpt is the file's checkpointer (checkpoint.go); nil in memory.
	ckpt *checkpointer
}

// Open opens (creating if needed) the SQLite database at path and brings its
// schema up to date. Path ":memory:" gives a private in-memory database.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("sqlitestore: open: path is empty")
	}
	if strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("sqlitestore: open %q: path must not contain '?' or '#'", path)
	}
	dsn := "file:" + path + "?_txlock=immediate" +
		"&_pragma=busy_timeout(5000)" +
		"&_pragma=journal_mode(WAL)" +
		"&_pragma=synchronous(NORMAL)" +
		"&_pragma=foreign_keys(1)"
	if path != ":memory:" {
		// No write moves the WAL into the file on the caller's time: the
		// checkpointer does, beside (checkpoint.go).
		dsn += "&_pragma=wal_autocheckpoint(0)"
	}
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	db.SetMaxIdleConns(1)
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0) // an in-memory database lives as long as its connection
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlitestore: open %s: %w", path, err)
	}
	if err := migrations.Up(ctx, db, migrations.SQLite); err != nil {
		db.Close()
		return nil, fmt.Errorf("sqlitestore: open %s: %w", path, err)
	}
	s := &Store{db: db, now: time.Now}
	if path != ":memory:" {
		if s.ckpt, err = startCheckpointer(path); err != nil {
			db.Close()
			return nil, fmt.Errorf("sqlitestore: open %s: %w", path, err)
		}
	}
	return s, nil
}

// Close stops the checkpointer (after a last checkpoint) and closes the
// database.
func (s *Store) Close() error {
	var err error
	if s.ckpt != nil {
		err = s.ckpt.stop()
	}
	return errors.Join(err, s.db.Close())
}

// translate maps driver errors to the store's sentinels: constraint
// violations become ErrInvalid, a missing row ErrNotFound.
func translate(err error) error {
	if err == nil {
		return nil
	}
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: %w", store.ErrNotFound, err)
	}
	var se *sqlite.Error
	if errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CONSTRAINT {
		if se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE {
			return fmt.Errorf("%w: %w", store.ErrConflict, err)
		}
		return fmt.Errorf("%w: %w", store.ErrInvalid, err)
	}
	return err
}

// SaveBlock records an observed block; saving the same block again changes
// only its place in the save order, which BlockHash reads.
func (s *Store) SaveBlock(ctx context.Context, b store.Block) error {
	if err := rules.CheckBlock(b); err != nil {
		return fmt.Errorf("save block: %w", err)
	}
	_, err := s.db.ExecContext(ctx, `INSERT INTO blocks
		(agent, block_number, block_hash, parent_hash, block_time, created_at, seq)
		VALUES (?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM blocks))
		ON CONFLICT (agent, block_number, block_hash) DO UPDATE SET seq = excluded.seq`,
		b.Agent, int64(b.Number), b.Hash.Bytes(), b.ParentHash.Bytes(), int64(b.Time), s.now().UnixMicro())
	if err != nil {
		return fmt.Errorf("save block %d of %s: %w", b.Number, b.Agent, translate(err))
	}
	return nil
}

// micros converts a time to the schema's integer microseconds.
func micros(t time.Time) int64 { return t.UnixMicro() }

// fromMicros converts the schema's integer microseconds to a UTC time.
func fromMicros(v int64) time.Time { return time.UnixMicro(v).UTC() }

// inList returns "?, ?, …" with n placeholders.
func inList(n int) string {
	return strings.TrimSuffix(strings.Repeat("?, ", n), ", ")
}
