package agents_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// The runtime's borders (issue 10): agents/... depends on no strategy
// package, and its code names no strategy's domain — a kind arrives through
// the seam in agents/program and is wired in cmd/steward/kinds.go.

// TestRuntimeImportsNoStrategy runs `go list -deps ./agents/...` (tests
// excluded) and refuses any strategies/ package in it.
func TestRuntimeImportsNoStrategy(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list -deps ./agents/...: %v\n%s", err, out)
	}
	seen := 0
	for _, pkg := range strings.Fields(string(out)) {
		if strings.HasPrefix(pkg, "github.com/steward-agents/steward/") {
			seen++
		}
		if strings.HasPrefix(pkg, "github.com/steward-agents/steward/strategies") {
			t.Errorf("agents/... depends on %s", pkg)
		}
	}
	if seen < 10 {
		t.Fatalf("go list saw only %d Steward packages: the check looked at nothing", seen)
	}
}

// domainWords are the words of strategy kinds' domains: the runtime's code
// (identifiers and strings; comments and tests aside) uses none of them.
var domainWords = map[string]bool{
	"pool": true, "vault": true, "ticklower": true, "tickupper": true, "uniswap": true,
	"reserve": true, "reserves": true, "proposal": true, "proposals": true,
	"aave": true, "ltv": true, "collateral": true, "liquidation": true, "borrow": true, "borrower": true, "borrowers": true,
}

// allowed are the uses of those words that mean something else.
func allowed(pkg, word, text string) bool {
	switch {
	case pkg == "pgstore" && word == "pool":
		return true // pgx's connection pool, in the store's PostgreSQL adapter
	case word == "reserve" && strings.Contains(strings.ToLower(text), "nonce"):
		return true // ReserveNonce: reserving a transaction nonce
	}
	return false
}

// TestRuntimeNamesNoStrategyDomain scans every non-test file of agents/...
// except the demo scenarios (agents/demo) and the store suite shared by
// the stores' tests (agents/store/storetest).
func TestRuntimeNamesNoStrategyDomain(t *testing.T) {
	files := 0
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (path == "demo" || d.Name() == "storetest" || d.Name() == "testdata") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		files++
		pkg := f.Name.Name
		check := func(text string) {
			for _, w := range words(text) {
				if domainWords[w] && !allowed(pkg, w, text) {
					t.Errorf("%s: %q names %q, a strategy's domain", path, text, w)
				}
			}
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch x := n.(type) {
			case *ast.Ident:
				check(x.Name)
			case *ast.BasicLit:
				if x.Kind == token.STRING {
					if s, err := strconv.Unquote(x.Value); err == nil && !strings.HasPrefix(s, "github.com/") {
						check(s)
					}
				}
			case *ast.ImportSpec:
				return false // an import path is checked by TestRuntimeImportsNoStrategy
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if files < 20 {
		t.Fatalf("scanned only %d files: the check looked at nothing", files)
	}
}

// words splits text into lower-case words at non-letters and camelCase
// boundaries ("tickLower" → tick, lower; "UniswapV3Pool" → uniswap, v3, pool).
func words(text string) []string {
	var out []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	rs := []rune(text)
	for i, r := range rs {
		switch {
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			flush()
			continue
		case unicode.IsUpper(r) && len(cur) > 0 && (unicode.IsLower(cur[len(cur)-1]) || i+1 < len(rs) && unicode.IsLower(rs[i+1])):
			flush()
		}
		cur = append(cur, r)
	}
	flush()
	// tickLower splits into tick + lower: join the pairs that name a range.
	var joined []string
	for i := 0; i < len(out); i++ {
		if out[i] == "tick" && i+1 < len(out) && (out[i+1] == "lower" || out[i+1] == "upper") {
			joined = append(joined, "tick"+out[i+1])
			i++
			continue
		}
		joined = append(joined, out[i])
	}
	return joined
}
