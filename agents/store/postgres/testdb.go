package pgstore

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net/url"
	"strings"

	"github.com/jackc/pgx/v5"
)

// CreateTestDatabase creates an empty database named steward_<random>_test
// on the server of adminURL (a postgres:// URL of a database the user may
// connect to, usually "postgres") and returns its URL and a function that
// drops it. It is a test helper: it lives here so pgx stays in this package.
// An error connecting to adminURL wraps ErrUnreachable.
func CreateTestDatabase(ctx context.Context, adminURL string) (dbURL string, drop func(context.Context) error, err error) {
	u, err := url.Parse(adminURL)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", nil, fmt.Errorf("pgstore: admin URL must be a postgres:// URL, got %q", redact(adminURL))
	}
	var b [6]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", nil, fmt.Errorf("pgstore: random database name: %w", err)
	}
	name := "steward_" + hex.EncodeToString(b[:]) + "_test"
	if err := execAdmin(ctx, u, "CREATE DATABASE "+pgx.Identifier{name}.Sanitize()); err != nil {
		return "", nil, fmt.Errorf("pgstore: create test database %s: %w", name, err)
	}
	target := *u
	target.Path = "/" + name
	drop = func(ctx context.Context) error { return dropTestDatabase(ctx, u, name) }
	return target.String(), drop, nil
}

// dropTestDatabase drops a test database, closing the sessions still on it.
func dropTestDatabase(ctx context.Context, admin *url.URL, name string) error {
	if err := CheckTestDatabaseName(name); err != nil {
		return err
	}
	if err := execAdmin(ctx, admin, "DROP DATABASE IF EXISTS "+pgx.Identifier{name}.Sanitize()+" WITH (FORCE)"); err != nil {
		return fmt.Errorf("pgstore: drop test database %s: %w", name, err)
	}
	return nil
}

// CheckTestDatabaseName refuses (with ErrNotTestDatabase) any database name
// that does not end in _test, so a test helper cannot touch a real database.
func CheckTestDatabaseName(name string) error {
	if !strings.HasSuffix(name, "_test") || name == "_test" {
		return fmt.Errorf("%w: %q", ErrNotTestDatabase, name)
	}
	return nil
}

// execAdmin runs one statement on the administrative database.
func execAdmin(ctx context.Context, admin *url.URL, sql string) error {
	conn, err := pgx.Connect(ctx, admin.String())
	if err != nil {
		return fmt.Errorf("%w at %s: %w", ErrUnreachable, admin.Redacted(), err)
	}
	defer conn.Close(context.WithoutCancel(ctx))
	_, err = conn.Exec(ctx, sql)
	return err
}

// redact hides the password of a URL that may not parse.
func redact(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return "(unparsable URL)"
}
