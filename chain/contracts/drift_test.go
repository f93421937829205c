package contracts

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/steward-agents/steward/chain/contracts/internal/bindgen"
)

// TestBindingsUpToDate regenerates every binding from the committed artifacts
// and compares byte for byte with the committed files.
func TestBindingsUpToDate(t *testing.T) {
	files, err := bindgen.Generate(".")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("bindings", name))
		if err != nil {
			t.Errorf("%s: %v (run chain/contracts/gen.sh)", name, err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("bindings/%s differs from what the artifacts generate: run go run ./chain/contracts/internal/genbindings", name)
		}
	}
	// A generated file whose contract left the list would linger unnoticed.
	entries, err := os.ReadDir("bindings")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if _, ok := files[e.Name()]; ok || e.Name() == "doc.go" {
			continue
		}
		t.Errorf("bindings/%s is not generated from any artifact: remove it", e.Name())
	}
}

// TestArtifactsUpToDate recompiles src/ with build.mjs into a temporary folder
// and compares with the committed artifacts. It needs node and the pinned
// node_modules (npm ci in chain/contracts).
func TestArtifactsUpToDate(t *testing.T) {
	if _, err := os.Stat(filepath.Join("node_modules", "solc", "package.json")); err != nil {
		t.Skip("chain/contracts/node_modules/solc is not installed: run `npm ci` in chain/contracts to check artifacts/ against src/")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("node is not on PATH: cannot recompile the contracts")
	}
	out := t.TempDir()
	cmd := exec.Command(node, "build.mjs", out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("node build.mjs: %v\n%s", err, msg)
	}
	compareDirs(t, out, "artifacts")
}

// TestUniswapArtifactsUnchanged checks that uniswap/ holds the npm package's
// artifacts and licence byte for byte.
func TestUniswapArtifactsUnchanged(t *testing.T) {
	core := filepath.Join("node_modules", "@uniswap", "v3-core")
	if _, err := os.Stat(filepath.Join(core, "package.json")); err != nil {
		t.Skip("chain/contracts/node_modules/@uniswap/v3-core is not installed: run `npm ci` in chain/contracts")
	}
	for committed, original := range map[string]string{
		"UniswapV3Factory.json": "artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json",
		"UniswapV3Pool.json":    "artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json",
		"LICENSE":               "LICENSE",
	} {
		want, err := os.ReadFile(filepath.Join(core, original))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join("uniswap", committed))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("uniswap/%s differs from @uniswap/v3-core/%s: run chain/contracts/gen.sh", committed, original)
		}
	}
}

func compareDirs(t *testing.T, fresh, committed string) {
	t.Helper()
	freshFiles := jsonFiles(t, fresh)
	committedFiles := jsonFiles(t, committed)
	for name := range committedFiles {
		if _, ok := freshFiles[name]; !ok {
			t.Errorf("%s/%s is committed but build.mjs no longer produces it", committed, name)
		}
	}
	for name, want := range freshFiles {
		got, ok := committedFiles[name]
		switch {
		case !ok:
			t.Errorf("build.mjs produces %s, which is not committed in %s", name, committed)
		case !bytes.Equal(got, want):
			t.Errorf("%s/%s differs from a fresh compile of src/: run chain/contracts/gen.sh", committed, name)
		}
	}
}

func jsonFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	files := make(map[string][]byte)
	for _, e := range entries {
		if !strings.HasSuffix(e.Name(), ".json") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		files[e.Name()] = b
	}
	return files
}
