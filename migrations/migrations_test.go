package migrations_test

import (
	"database/sql"
	"errors"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	_ "modernc.org/sqlite"

	"github.com/steward-agents/steward/migrations"
)

func TestBothDialectsHaveTheSameMigrations(t *testing.T) {
	names := map[migrations.Dialect][]string{}
	for _, d := range []migrations.Dialect{migrations.Postgres, migrations.SQLite} {
		fsys, err := migrations.FS(d)
		if err != nil {
			t.Fatal(err)
		}
		entries, err := fs.Glob(fsys, "*.sql")
		if err != nil || len(entries) == 0 {
			t.Fatalf("%s: no migrations (%v)", d, err)
		}
		names[d] = entries
	}
	if !slices.Equal(names[migrations.Postgres], names[migrations.SQLite]) {
		t.Fatalf("postgres has %v, sqlite has %v", names[migrations.Postgres], names[migrations.SQLite])
	}
}

// goStates reads the DecisionState constants from agents/store/store.go and
// the transaction State constants from chain/txtype/txtype.go, so a state
// added there without a migration fails here.
func goStates(t *testing.T) map[string][]string {
	t.Helper()
	states := map[string][]string{}
	readStates(t, states, filepath.Join("..", "agents", "store", "store.go"), map[string]string{"DecisionState": "DecisionState", "ControlState": "ControlState"})
	readStates(t, states, filepath.Join("..", "chain", "txtype", "txtype.go"), map[string]string{"State": "TxState"})
	if len(states["DecisionState"]) != 9 || len(states["TxState"]) != 9 || len(states["ControlState"]) != 3 {
		t.Fatalf("parsed states %v: expected 9 decision, 9 transaction and 3 control states", states)
	}
	return states
}

// readStates adds the string constants of the named types in file to
// states, under the names types maps them to.
func readStates(t *testing.T, states map[string][]string, file string, types map[string]string) {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.CONST {
			continue
		}
		for _, spec := range gd.Specs {
			vs := spec.(*ast.ValueSpec)
			typ, ok := vs.Type.(*ast.Ident)
			if !ok || types[typ.Name] == "" {
				continue
			}
			for _, v := range vs.Values {
				s, err := strconv.Unquote(v.(*ast.BasicLit).Value)
				if err != nil {
					t.Fatal(err)
				}
				states[types[typ.Name]] = append(states[types[typ.Name]], s)
			}
		}
	}
}

func TestStateChecksListEveryGoState(t *testing.T) {
	want := goStates(t)
	tableRe := regexp.MustCompile(`(?s)CREATE TABLE (\w+) \((.*?)\n\)`)
	checkRe := regexp.MustCompile(`(?s)CHECK \(state IN \((.*?)\)\)`)
	alterRe := regexp.MustCompile(`(?s)ALTER TABLE (\w+) ADD CONSTRAINT \w+ CHECK \(state IN \((.*?)\)\)`)
	for _, d := range []migrations.Dialect{migrations.Postgres, migrations.SQLite} {
		fsys, _ := migrations.FS(d)
		files, err := fs.Glob(fsys, "*.sql")
		if err != nil {
			t.Fatal(err)
		}
		// Every table that has a state, as the last Up section that
		// creates it or replaces its CHECK leaves it (files in order).
		found := map[string][]string{}
		list := func(table, in string) {
			var states []string
			for _, s := range strings.Split(in, ",") {
				states = append(states, strings.Trim(strings.TrimSpace(s), "'"))
			}
			found[table] = states
		}
		for _, f := range files {
			b, err := fs.ReadFile(fsys, f)
			if err != nil {
				t.Fatal(err)
			}
			up, _, _ := strings.Cut(string(b), "-- +goose Down")
			for _, m := range tableRe.FindAllStringSubmatch(up, -1) {
				if c := checkRe.FindStringSubmatch(m[2]); c != nil {
					list(m[1], c[1])
				}
			}
			for _, m := range alterRe.FindAllStringSubmatch(up, -1) {
				list(m[1], m[2])
			}
		}
		for table, typ := range map[string]string{"decisions": "DecisionState", "transactions": "TxState", "agent_controls": "ControlState"} {
			got, w := slices.Sorted(slices.Values(found[table])), slices.Sorted(slices.Values(want[typ]))
			if !slices.Equal(got, w) {
				t.Errorf("%s %s: CHECK lists %v, Go declares %v", d, table, got, w)
			}
		}
	}
}

func openSQLite(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(t.TempDir(), "m.db")+"?_pragma=foreign_keys(1)")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

func TestUpSQLiteIsIdempotent(t *testing.T) {
	db := openSQLite(t)
	ctx := t.Context()
	v, err := migrations.Version(ctx, db, migrations.SQLite)
	if err != nil || v != 0 {
		t.Fatalf("version of an empty database = %d, %v; want 0", v, err)
	}
	for range 2 {
		if err := migrations.Up(ctx, db, migrations.SQLite); err != nil {
			t.Fatalf("up: %v", err)
		}
	}
	if v, err := migrations.Version(ctx, db, migrations.SQLite); err != nil || v != 6 {
		t.Fatalf("version = %d, %v; want 6", v, err)
	}
	for _, table := range []string{"blocks", "inference_records", "decisions", "transactions", "checkpoints", "agent_controls", "agent_leases", "lease_claims"} {
		var n int
		if err := db.QueryRowContext(ctx, `SELECT count(*) FROM `+table).Scan(&n); err != nil {
			t.Errorf("table %s: %v", table, err)
		}
	}
	// The CHECK refuses a state the Go code does not know.
	_, err = db.ExecContext(ctx, `INSERT INTO transactions (agent, from_address, to_address, nonce, root, state, created_at, updated_at)
		VALUES ('a', zeroblob(20), zeroblob(20), 0, zeroblob(32), 'pending', 0, 0)`)
	if err == nil || !strings.Contains(err.Error(), "CHECK") {
		t.Fatalf("unknown state: %v, want a CHECK failure", err)
	}
}

func TestUnknownDialect(t *testing.T) {
	db := openSQLite(t)
	if err := migrations.Up(t.Context(), db, "mysql"); !errors.Is(err, migrations.ErrUnknownDialect) {
		t.Fatalf("Up(mysql) = %v, want ErrUnknownDialect", err)
	}
	if err := migrations.Up(t.Context(), nil, migrations.SQLite); err == nil {
		t.Fatal("Up(nil db) succeeded")
	}
}
