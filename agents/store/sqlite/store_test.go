package sqlitestore_test

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

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
		"wal_autocheckpoint": "0", // the checkpointer's job
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
	if err != nil || v != 6 {
		t.Fatalf("schema version = %d, %v; want 6", v, err)
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

// TestCheckpointerMovesTheLog: with checkpoints taken off the writers'
// path, the checkpointer moves the log into the file beside them, so the
// log does not grow with the writes, and a reopened store has every row.
func TestCheckpointerMovesTheLog(t *testing.T) {
	if testing.Short() {
		t.Skip("make test runs it in its full pass; under the race detector the pure-Go driver's writes take minutes")
	}
	path := filepath.Join(t.TempDir(), "steward.db")
	s, err := sqlitestore.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	write := func(from, to int) {
		for i := from; i < to; i++ {
			if err := s.SaveBlock(t.Context(), store.Block{Agent: "a", Number: uint64(i), Hash: common.BigToHash(big.NewInt(int64(i) + 1))}); err != nil {
				t.Fatal(err)
			}
		}
	}
	write(0, 800)
	deadline := time.Now().Add(30 * time.Second)
	for sqlitestore.Checkpoints(s) < 2 {
		if time.Now().After(deadline) {
			t.Fatal("no checkpoint in 30 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
	walAfterFirst := walSize(t, path)
	write(800, 1600) // into the log the checkpoint emptied: it starts afresh
	if w := walSize(t, path); w > 2*walAfterFirst+(1<<20) {
		t.Errorf("the log grew from %d to %d bytes over as many writes again: not checkpointed", walAfterFirst, w)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if w := walSize(t, path); w != 0 {
		t.Errorf("the log holds %d bytes after Close, want it emptied into the file", w)
	}
	s, err = sqlitestore.Open(t.Context(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if h, err := s.BlockHash(t.Context(), "a", 1599); err != nil || h != common.BigToHash(big.NewInt(1600)) {
		t.Fatalf("block 1599 after reopening: %s, %v", h, err)
	}
}

func walSize(t *testing.T, path string) int64 {
	t.Helper()
	fi, err := os.Stat(path + "-wal")
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}
