package storetest

import (
	"context"
	"errors"
	"net/url"
	"os"
	"strings"
	"testing"
	"time"

	pgstore "github.com/steward-agents/steward/agents/store/postgres"
)

// DefaultPostgresURL is the administrative database NewPostgres connects to
// when STEWARD_TEST_DATABASE_URL is not set.
const DefaultPostgresURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable"

// PostgresAdminURL is the administrative database tests create their
// databases from: STEWARD_TEST_DATABASE_URL, or DefaultPostgresURL when unset.
func PostgresAdminURL() string {
	if u := os.Getenv("STEWARD_TEST_DATABASE_URL"); u != "" {
		return u
	}
	return DefaultPostgresURL
}

// NewPostgres creates a fresh database for this test and returns its URL; the
// database is dropped when the test ends. It connects to
// STEWARD_TEST_DATABASE_URL (DefaultPostgresURL when unset). When PostgreSQL
// is not reachable the test fails, saying how to start it, unless
// STEWARD_SKIP_POSTGRES=1, which skips the test instead.
func NewPostgres(t testing.TB) string {
	t.Helper()
	admin := PostgresAdminURL()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	dbURL, drop, err := pgstore.CreateTestDatabase(ctx, admin)
	if errors.Is(err, pgstore.ErrUnreachable) {
		if os.Getenv("STEWARD_SKIP_POSTGRES") == "1" {
			t.Skipf("PostgreSQL not reachable, skipped (STEWARD_SKIP_POSTGRES=1): %v", err)
		}
		t.Fatalf("%v\nThese tests need PostgreSQL: `make test` starts it (agents/store/ensure-postgres.sh); "+
			"set STEWARD_TEST_DATABASE_URL to use another server, or STEWARD_SKIP_POSTGRES=1 to skip them.", err)
	}
	if err != nil {
		t.Fatalf("new postgres test database: %v", err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if err := drop(ctx); err != nil {
			t.Errorf("drop test database: %v", err)
		}
	})
	u, err := url.Parse(dbURL)
	if err != nil {
		t.Fatalf("test database URL: %v", err)
	}
	if err := pgstore.CheckTestDatabaseName(strings.TrimPrefix(u.Path, "/")); err != nil {
		t.Fatalf("refusing to hand out database %q: %v", u.Path, err)
	}
	return dbURL
}
