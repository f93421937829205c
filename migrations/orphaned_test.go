package migrations_test

import (
	"testing"

	"github.com/pressly/goose/v3"

	"github.com/steward-agents/steward/migrations"
)

// TestSQLiteDecisionsRebuild: 00006 rebuilds the decisions table (SQLite
// cannot change a CHECK in place). The rows keep their ids and values, the
// ids go on after the highest ever handed out, 'orphaned' is accepted
// afterwards, and the Down step puts the old constraint back.
func TestSQLiteDecisionsRebuild(t *testing.T) {
	ctx := t.Context()
	db := openSQLite(t)
	fsys, err := migrations.FS(migrations.SQLite)
	if err != nil {
		t.Fatal(err)
	}
	p, err := goose.NewProvider(goose.DialectSQLite3, db, fsys, goose.WithDisableGlobalRegistry(true))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 5); err != nil {
		t.Fatal(err)
	}
	insert := func(state string) error {
		_, err := db.ExecContext(ctx, `INSERT INTO decisions (agent, block_number, block_hash, record_hash, action, state,
			reason, root, created_at, updated_at, records) VALUES ('a', 7, zeroblob(32), zeroblob(32), '{"x": 1}', ?,
			'why', zeroblob(32), 1, 2, zeroblob(64))`, state)
		return err
	}
	for range 3 {
		if err := insert("confirmed"); err != nil {
			t.Fatal(err)
		}
	}
	if err := insert("orphaned"); err == nil {
		t.Fatal("version 5 accepted an orphaned decision")
	}
	// The highest id is deleted: AUTOINCREMENT must not hand it out again.
	if _, err := db.ExecContext(ctx, `DELETE FROM decisions WHERE id = 3`); err != nil {
		t.Fatal(err)
	}
	if _, err := p.UpTo(ctx, 6); err != nil {
		t.Fatal(err)
	}
	var n, maxID int64
	var action, reason string
	var records []byte
	if err := db.QueryRowContext(ctx, `SELECT count(*), max(id), min(action), min(reason), min(records) FROM decisions`).
		Scan(&n, &maxID, &action, &reason, &records); err != nil {
		t.Fatal(err)
	}
	if n != 2 || maxID != 2 || action != `{"x": 1}` || reason != "why" || len(records) != 64 {
		t.Fatalf("after the rebuild: %d rows, max id %d, action %q, reason %q, %d record bytes", n, maxID, action, reason, len(records))
	}
	if err := insert("orphaned"); err != nil {
		t.Fatalf("version 6 refused an orphaned decision: %v", err)
	}
	var id int64
	if err := db.QueryRowContext(ctx, `SELECT max(id) FROM decisions`).Scan(&id); err != nil || id != 4 {
		t.Fatalf("new id = %d, %v; want 4 (3 was handed out before)", id, err)
	}
	var indexes int
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'decisions'
		AND name LIKE 'decisions_%_idx'`).Scan(&indexes); err != nil || indexes != 4 {
		t.Fatalf("%d indexes on decisions, %v; want 4", indexes, err)
	}
	if _, err := p.Down(ctx); err != nil {
		t.Fatal(err)
	}
	var state string
	if err := db.QueryRowContext(ctx, `SELECT state FROM decisions WHERE id = 4`).Scan(&state); err != nil || state != "confirmed" {
		t.Fatalf("after Down the orphaned row is %q, %v; want confirmed", state, err)
	}
	if err := insert("orphaned"); err == nil {
		t.Fatal("after Down an orphaned decision is accepted")
	}
}
