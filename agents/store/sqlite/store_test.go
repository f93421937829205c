package sqlitestore_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	sqlitestore "github.com/steward-agents/steward/agents/store/sqlite"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/migrations"
)

func open(t testing.TB) *sqlitestore.Store {
	t.Helper()
	s, err := sqlitestore.Open(t.Context(), filepath.Join(t.TempDir(), "steward.db"))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return s
}

func TestSuite(t *testing.T) {
	storetest.RunSuite(t, func(t *testing.T) store.Store { return open(t) })
}

func TestSuiteInMemory(t *testing.T) {
	storetest.RunSuite(t, func(t *testing.T) store.Store {
		s, err := sqlitestore.Open(t.Context(), ":memory:")
		if err != nil {
			t.Fatalf("open: %v", err)
		}
		return s
	})
}

func TestOpenSetsPragmas(t *testing.T) {
	s := open(t)
	defer s.Close()
	for pragma, want := range map[string]string{
		"journal_mode": "wal", "foreign_keys": "1", "busy_timeout": "5000", "synchronous": "1",
	} {
		var got string
		if err := sqlitestore.DB(s).QueryRowContext(t.Context(), "PRAGMA "+pragma).Scan(&got); err != nil {
			t.Fatalf("PRAGMA %s: %v", pragma, err)
		}
		if got != want {
			t.Errorf("PRAGMA %s = %s, want %s", pragma, got, want)
		}
	}
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "steward.db")
	s, err := sqlitestore.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	id, err := s.InsertTransaction(t.Context(), store.Transaction{Agent: "a"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	s, err = sqlitestore.Open(t.Context(), path) // migrations run again: must be a no-op
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if _, err := s.Transaction(t.Context(), id); err != nil {
		t.Fatalf("transaction after reopen: %v", err)
	}
	v, err := migrations.Version(t.Context(), sqlitestore.DB(s), migrations.SQLite)
	if err != nil || v != 3 {
		t.Fatalf("schema version = %d, %v; want 3", v, err)
	}
}

func TestSaveBlockStoresOneRowPerHash(t *testing.T) {
	s := open(t)
	defer s.Close()
	ctx := t.Context()
	b := store.Block{Agent: "a", Number: 5, Hash: common.HexToHash("0x01"), ParentHash: common.HexToHash("0x02"), Time: 99}
	for range 3 {
		if err := s.SaveBlock(ctx, b); err != nil {
			t.Fatal(err)
		}
	}
	b2 := b
	b2.Hash = common.HexToHash("0x03")
	if err := s.SaveBlock(ctx, b2); err != nil {
		t.Fatal(err)
	}
	rows, err := sqlitestore.DB(s).QueryContext(ctx,
		`SELECT block_hash, parent_hash, block_time FROM blocks WHERE agent = 'a' AND block_number = 5 ORDER BY block_hash`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var got []store.Block
	for rows.Next() {
		var h, p []byte
		blk := store.Block{Agent: "a", Number: 5}
		if err := rows.Scan(&h, &p, &blk.Time); err != nil {
			t.Fatal(err)
		}
		blk.Hash, blk.ParentHash = common.BytesToHash(h), common.BytesToHash(p)
		got = append(got, blk)
	}
	if len(got) != 2 || got[0] != b || got[1] != b2 {
		t.Fatalf("blocks at height 5 = %+v, want %+v and %+v", got, b, b2)
	}
}

// The schema refuses what the Go checks would also refuse; its errors are
// translated to ErrInvalid.
func TestConstraintErrorsAreInvalid(t *testing.T) {
	s := open(t)
	defer s.Close()
	db := sqlitestore.DB(s)
	cases := map[string]string{
		"unknown state":   `INSERT INTO transactions (agent, from_address, to_address, nonce, root, state, created_at, updated_at) VALUES ('a', zeroblob(20), zeroblob(20), 0, zeroblob(32), 'pending', 0, 0)`,
		"short hash":      `INSERT INTO blocks (agent, block_number, block_hash, parent_hash, block_time, created_at) VALUES ('a', 1, zeroblob(31), zeroblob(32), 0, 0)`,
		"missing tx":      `INSERT INTO decisions (agent, block_number, block_hash, record_hash, state, root, tx_id, created_at, updated_at) VALUES ('a', 1, zeroblob(32), zeroblob(32), 'proposed', zeroblob(32), 12345, 0, 0)`,
		"text for a blob": `INSERT INTO blocks (agent, block_number, block_hash, parent_hash, block_time, created_at) VALUES ('a', 1, 'x', zeroblob(32), 0, 0)`,
	}
	for name, q := range cases {
		_, err := db.ExecContext(t.Context(), q)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if !errors.Is(sqlitestore.Translate(err), store.ErrInvalid) {
			t.Errorf("%s: %v not translated to ErrInvalid", name, err)
		}
	}
}

func TestOpenRefusesBadPaths(t *testing.T) {
	for _, path := range []string{"", "a?mode=ro", filepath.Join(t.TempDir(), "missing-dir", "x.db")} {
		s, err := sqlitestore.Open(t.Context(), path)
		if err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", path)
			continue
		}
		if path != "" && !strings.Contains(err.Error(), path) {
			t.Errorf("Open(%q) error %q does not name the path", path, err)
		}
	}
}

func BenchmarkInsertRecords(b *testing.B) {
	storetest.BenchInsertRecords(b, func(b *testing.B) store.Store { return open(b) })
}
