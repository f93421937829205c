package record

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver, as agents/store/sqlite uses
)

// latest is the block key of reads made at the latest block (a program's
// builder reading constants such as a pool's tick spacing).
const latest = -1

// schemaVersion is the layout this recorder writes, kept in SQLite's
// user_version: 2 added the receipts table. A recording made before it
// (user_version 0 with a recording in it) is version 1: it replays, but
// has no receipts and cannot be resumed.
const schemaVersion = 2

const schema = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS blocks (
    number INTEGER PRIMARY KEY, hash BLOB NOT NULL, header TEXT NOT NULL) STRICT;
CREATE TABLE IF NOT EXISTS logs (
    block INTEGER NOT NULL, idx INTEGER NOT NULL, block_hash BLOB NOT NULL, log TEXT NOT NULL,
    PRIMARY KEY (block, idx)) STRICT;
CREATE INDEX IF NOT EXISTS logs_hash_idx ON logs (block_hash);
CREATE TABLE IF NOT EXISTS calls (
    block INTEGER NOT NULL, target BLOB NOT NULL, data BLOB NOT NULL, result BLOB NOT NULL,
    PRIMARY KEY (block, target, data)) STRICT;
CREATE TABLE IF NOT EXISTS receipts (
    block INTEGER NOT NULL, tx_index INTEGER NOT NULL, tx_hash BLOB NOT NULL, receipt TEXT NOT NULL,
    PRIMARY KEY (block, tx_index)) STRICT;
CREATE INDEX IF NOT EXISTS receipts_tx_idx ON receipts (tx_hash);
`

// Store is a recording: a SQLite file holding the headers of a block
// range, the logs a program declares, the receipts of the transactions
// that emitted them, and every state read the program made, with a
// checkpoint per block.
type Store struct {
	db      *sql.DB
	path    string
	version int // the file's schemaVersion
}

// Open opens (creating if needed) the recording at path.
func Open(ctx context.Context, path string) (*Store, error) {
	if path == "" || strings.ContainsAny(path, "?#") {
		return nil, fmt.Errorf("record: recording path %q must be a plain file path", path)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?_txlock=immediate&_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
	if err != nil {
		return nil, fmt.Errorf("record: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	if _, err := db.ExecContext(ctx, schema); err != nil {
		db.Close()
		return nil, fmt.Errorf("record: %s: create schema: %w", path, err)
	}
	version, err := schemaOf(ctx, db)
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("record: %s: %w", path, err)
	}
	return &Store{db: db, path: path, version: version}, nil
}

// schemaOf returns the recording's schema version, marking a new file with
// this recorder's.
func schemaOf(ctx context.Context, db *sql.DB) (int, error) {
	var version, recordings int
	if err := db.QueryRowContext(ctx, `PRAGMA user_version`).Scan(&version); err != nil {
		return 0, err
	}
	if version > schemaVersion {
		return 0, fmt.Errorf("%w: schema %d is a newer recorder's (this one writes %d)", ErrSchema, version, schemaVersion)
	}
	if version > 0 {
		return version, nil
	}
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM meta`).Scan(&recordings); err != nil {
		return 0, err
	}
	if recordings > 0 {
		return 1, nil // made before the versioning, so before receipts
	}
	if _, err := db.ExecContext(ctx, fmt.Sprintf(`PRAGMA user_version = %d`, schemaVersion)); err != nil {
		return 0, err
	}
	return schemaVersion, nil
}

// Close closes the recording.
func (s *Store) Close() error { return s.db.Close() }

// Meta is what a recording is of: it must match when a recording resumes.
type Meta struct {
	ChainID  uint64 `json:"chainId"`
	Kind     string `json:"kind"`
	Settings string `json:"settings"` // the strategy section, as JSON
	From, To uint64
}

// meta reads the recording's description and the next block to record; ok
// is false for a new recording.
func (s *Store) meta(ctx context.Context) (m Meta, next uint64, ok bool, err error) {
	var raw, nextText string
	err = s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'meta'`).Scan(&raw)
	if errors.Is(err, sql.ErrNoRows) {
		return Meta{}, 0, false, nil
	}
	if err != nil {
		return Meta{}, 0, false, fmt.Errorf("record: read %s: %w", s.path, err)
	}
	if err := json.Unmarshal([]byte(raw), &m); err != nil {
		return Meta{}, 0, false, fmt.Errorf("record: %s: bad meta: %w", s.path, err)
	}
	if err := s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'next'`).Scan(&nextText); err != nil {
		return Meta{}, 0, false, fmt.Errorf("record: %s: no checkpoint: %w", s.path, err)
	}
	if _, err := fmt.Sscan(nextText, &next); err != nil {
		return Meta{}, 0, false, fmt.Errorf("record: %s: bad checkpoint %q", s.path, nextText)
	}
	return m, next, true, nil
}

// begin writes a new recording's description and its first checkpoint.
func (s *Store) begin(ctx context.Context, m Meta) error {
	raw, err := json.Marshal(m)
	if err != nil {
		return err
	}
	_, err = s.db.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('meta', ?), ('next', ?)`, string(raw), fmt.Sprint(m.From))
	return err
}

// Meta returns the recording's description and how far it got (the next
// block it would record; To+1 when complete).
func (s *Store) Meta(ctx context.Context) (Meta, uint64, error) {
	m, next, ok, err := s.meta(ctx)
	if err == nil && !ok {
		err = fmt.Errorf("record: %s holds no recording", s.path)
	}
	return m, next, err
}

// call is one state read: its result at a block (latest for the latest).
type call struct {
	block  int64
	target common.Address
	data   []byte
	result []byte
}

// recordedBlock is what a recording keeps of one block.
type recordedBlock struct {
	header   *types.Header
	logs     []types.Log      // the declared Events'
	receipts []*types.Receipt // of the transactions that emitted logs
	calls    []call           // the reads made while observing it
}

// commitBlock stores one block and moves the checkpoint past it, in one
// transaction.
func (s *Store) commitBlock(ctx context.Context, b recordedBlock) error {
	h := b.header
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it is a no-op
	header, err := json.Marshal(h)
	if err != nil {
		return err
	}
	n := h.Number.Uint64()
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO blocks (number, hash, header) VALUES (?, ?, ?)`, n, h.Hash().Bytes(), string(header)); err != nil {
		return fmt.Errorf("store block %d: %w", n, err)
	}
	for _, l := range b.logs {
		raw, err := json.Marshal(l)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO logs (block, idx, block_hash, log) VALUES (?, ?, ?, ?)`, n, l.Index, l.BlockHash.Bytes(), string(raw)); err != nil {
			return fmt.Errorf("store log %d of block %d: %w", l.Index, n, err)
		}
	}
	for _, r := range b.receipts {
		raw, err := json.Marshal(r)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO receipts (block, tx_index, tx_hash, receipt) VALUES (?, ?, ?, ?)`, n, r.TransactionIndex, r.TxHash.Bytes(), string(raw)); err != nil {
			return fmt.Errorf("store the receipt of transaction %s of block %d: %w", r.TxHash, n, err)
		}
	}
	for _, c := range b.calls {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO calls (block, target, data, result) VALUES (?, ?, ?, ?)`, c.block, c.target.Bytes(), c.data, c.result); err != nil {
			return fmt.Errorf("store a read at block %d: %w", c.block, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE meta SET value = ? WHERE key = 'next'`, fmt.Sprint(n+1)); err != nil {
		return err
	}
	return tx.Commit()
}

// hashOf returns the recorded hash of block n.
func (s *Store) hashOf(ctx context.Context, n uint64) (common.Hash, error) {
	var h []byte
	if err := s.db.QueryRowContext(ctx, `SELECT hash FROM blocks WHERE number = ?`, n).Scan(&h); err != nil {
		return common.Hash{}, fmt.Errorf("record: %s: block %d: %w", s.path, n, err)
	}
	return common.BytesToHash(h), nil
}

// headers returns the recorded headers from..to (inclusive), in order.
func (s *Store) headers(ctx context.Context, from, to uint64) ([]*types.Header, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT number, header FROM blocks WHERE number BETWEEN ? AND ? ORDER BY number`, from, to)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*types.Header
	for rows.Next() {
		var n uint64
		var raw string
		if err := rows.Scan(&n, &raw); err != nil {
			return nil, err
		}
		h := new(types.Header)
		if err := json.Unmarshal([]byte(raw), h); err != nil {
			return nil, fmt.Errorf("record: %s: header of block %d: %w", s.path, n, err)
		}
		out = append(out, h)
	}
	return out, rows.Err()
}

// result returns a recorded read.
func (s *Store) result(ctx context.Context, block *big.Int, target common.Address, data []byte) ([]byte, error) {
	key := int64(latest)
	if block != nil {
		key = block.Int64()
	}
	var out []byte
	err := s.db.QueryRowContext(ctx, `SELECT result FROM calls WHERE block = ? AND target = ? AND data = ?`, key, target.Bytes(), data).Scan(&out)
	if errors.Is(err, sql.ErrNoRows) {
		at := "latest"
		if block != nil {
			at = block.String()
		}
		return nil, fmt.Errorf("%w: a call to %s (selector %x) at block %s", ErrNotRecorded, target, data[:min(4, len(data))], at)
	}
	return out, err
}

// logs returns the recorded logs of the block with this hash, in log order.
func (s *Store) logs(ctx context.Context, where string, args ...any) ([]types.Log, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT log FROM logs WHERE `+where+` ORDER BY block, idx`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []types.Log
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, err
		}
		var l types.Log
		if err := json.Unmarshal([]byte(raw), &l); err != nil {
			return nil, fmt.Errorf("record: %s: bad log: %w", s.path, err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// receipts returns the recorded receipts that match where, in block and
// transaction order.
func (s *Store) receipts(ctx context.Context, where string, args ...any) ([]*types.Receipt, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT receipt FROM receipts WHERE `+where+` ORDER BY block, tx_index`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*types.Receipt
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, err
		}
		r := new(types.Receipt)
		if err := json.Unmarshal([]byte(raw), r); err != nil {
			return nil, fmt.Errorf("record: %s: bad receipt: %w", s.path, err)
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
