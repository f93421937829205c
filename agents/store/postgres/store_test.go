package pgstore_test

import (
	"context"
	"errors"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/stdlib"

	"github.com/steward-agents/steward/agents/store"
	pgstore "github.com/steward-agents/steward/agents/store/postgres"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/migrations"
)

func open(t testing.TB) *pgstore.Store {
	t.Helper()
	s, err := pgstore.Open(t.Context(), storetest.NewPostgres(t))
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	return s
}

func TestSuite(t *testing.T) {
	storetest.RunSuite(t, func(t *testing.T) store.Store { return open(t) })
}

// Several processes starting at once against one empty database: the
// advisory lock makes one migrate and the others find the schema in place.
func TestConcurrentOpenMigratesOnce(t *testing.T) {
	dbURL := storetest.NewPostgres(t)
	var wg sync.WaitGroup
	stores := make([]*pgstore.Store, 4)
	errs := make([]error, len(stores))
	for i := range stores {
		wg.Add(1)
		go func() {
			defer wg.Done()
			stores[i], errs[i] = pgstore.Open(t.Context(), dbURL)
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		defer stores[i].Close()
	}
	db := stdlib.OpenDBFromPool(pgstore.Pool(stores[0]))
	defer db.Close()
	v, err := migrations.Version(t.Context(), db, migrations.Postgres)
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
	rows, err := pgstore.Pool(s).Query(ctx,
		`SELECT block_hash, parent_hash, block_time FROM blocks WHERE agent = 'a' AND block_number = 5 ORDER BY block_hash`)
	if err != nil {
		t.Fatal(err)
	}
	got, err := pgx.CollectRows(rows, func(r pgx.CollectableRow) (store.Block, error) {
		var h, p []byte
		blk := store.Block{Agent: "a", Number: 5}
		err := r.Scan(&h, &p, &blk.Time)
		blk.Hash, blk.ParentHash = common.BytesToHash(h), common.BytesToHash(p)
		return blk, err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0] != b || got[1] != b2 {
		t.Fatalf("blocks at height 5 = %+v, want %+v and %+v", got, b, b2)
	}
}

// The schema refuses what the Go checks would also refuse; PostgreSQL's
// errors are translated to ErrInvalid, a missing row to ErrNotFound.
func TestTranslate(t *testing.T) {
	s := open(t)
	defer s.Close()
	pool := pgstore.Pool(s)
	cases := map[string]string{
		"unknown state": `INSERT INTO transactions (agent, from_address, to_address, nonce, root, state, created_at, updated_at)
			VALUES ('a', '\x0000000000000000000000000000000000000000', '\x0000000000000000000000000000000000000000', 0,
			'\x0000000000000000000000000000000000000000000000000000000000000000', 'pending', now(), now())`,
		"missing tx": `INSERT INTO decisions (agent, block_number, block_hash, record_hash, state, root, tx_id, created_at, updated_at)
			VALUES ('a', 1, '\x00', '\x00', 'proposed', '\x00', 12345, now(), now())`,
		"null agent": `INSERT INTO blocks (agent, block_number, block_hash, parent_hash, block_time) VALUES (NULL, 1, '\x00', '\x00', 0)`,
		"invalid json": `INSERT INTO decisions (agent, block_number, block_hash, record_hash, action, state, root, created_at, updated_at)
			VALUES ('a', 1, '\x00', '\x00', '{', 'proposed', '\x00', now(), now())`,
	}
	for name, q := range cases {
		_, err := pool.Exec(t.Context(), q)
		if err == nil {
			t.Errorf("%s: accepted", name)
			continue
		}
		if !errors.Is(pgstore.Translate(err), store.ErrInvalid) {
			t.Errorf("%s: %v not translated to ErrInvalid", name, err)
		}
	}
	var n int
	err := pool.QueryRow(t.Context(), `SELECT 1 FROM blocks WHERE false`).Scan(&n)
	if !errors.Is(pgstore.Translate(err), store.ErrNotFound) {
		t.Errorf("no rows: %v not translated to ErrNotFound", err)
	}
}

func TestCheckTestDatabaseName(t *testing.T) {
	for name, ok := range map[string]bool{
		"steward_ab12_test": true, "x_test": true,
		"postgres": false, "steward": false, "steward_test_": false, "_test": false, "prod_test1": false, "": false,
	} {
		err := pgstore.CheckTestDatabaseName(name)
		if ok != (err == nil) || (!ok && !errors.Is(err, pgstore.ErrNotTestDatabase)) {
			t.Errorf("CheckTestDatabaseName(%q) = %v", name, err)
		}
	}
}

func TestCreateTestDatabase(t *testing.T) {
	ctx := t.Context()
	admin := storetest.PostgresAdminURL()
	storetest.NewPostgres(t) // skips or fails the test, as documented, when PostgreSQL is down
	dbURL, drop, err := pgstore.CreateTestDatabase(ctx, admin)
	if err != nil {
		t.Fatal(err)
	}
	u, _ := url.Parse(dbURL)
	name := strings.TrimPrefix(u.Path, "/")
	if !strings.HasPrefix(name, "steward_") || !strings.HasSuffix(name, "_test") {
		t.Fatalf("database name %q", name)
	}
	// A session still open on it does not stop the drop.
	conn, err := pgx.Connect(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if err := drop(ctx); err != nil {
		t.Fatalf("drop: %v", err)
	}
	adminConn, err := pgx.Connect(ctx, admin)
	if err != nil {
		t.Fatal(err)
	}
	defer adminConn.Close(context.Background())
	var exists bool
	if err := adminConn.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name).Scan(&exists); err != nil || exists {
		t.Fatalf("database %s still exists after drop (%v)", name, err)
	}
}

func TestCreateTestDatabaseErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	_, _, err := pgstore.CreateTestDatabase(ctx, "postgres://postgres@127.0.0.1:1/postgres?sslmode=disable")
	if !errors.Is(err, pgstore.ErrUnreachable) {
		t.Errorf("closed port: %v, want ErrUnreachable", err)
	}
	_, _, err = pgstore.CreateTestDatabase(ctx, "host=127.0.0.1 user=postgres")
	if err == nil || !strings.Contains(err.Error(), "postgres:// URL") {
		t.Errorf("key=value string: %v, want a request for a URL", err)
	}
	_, _, err = pgstore.CreateTestDatabase(ctx, "postgres://postgres:secret@127.0.0.1:1/postgres")
	if err == nil || strings.Contains(err.Error(), "secret") {
		t.Errorf("error %v leaks the password", err)
	}
}

func TestOpenErrors(t *testing.T) {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	for _, u := range []string{"", "postgres://postgres@127.0.0.1:1/x?sslmode=disable&connect_timeout=2", "::not a url::"} {
		if s, err := pgstore.Open(ctx, u); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded", u)
		}
	}
}

func BenchmarkInsertRecords(b *testing.B) {
	storetest.BenchInsertRecords(b, func(b *testing.B) store.Store { return open(b) })
}
