package train

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/steward-agents/steward/backtest/dataset"
)

// TestEmbeddedPricesMatchShared reads the shared Uniswap v2 reserves and
// checks every block's price against the embedded series;
// STEWARD_UPDATE_MODELS=1 rewrites the embedded file from them.
func TestEmbeddedPricesMatchShared(t *testing.T) {
	dir, ok := dataset.FindSharedDir()
	if !ok {
		t.Skip("the shared data folder is absent")
	}
	f, err := os.Open(filepath.Join(dir, "uniswap-v2-usdc-weth-reserves", "reserves.csv"))
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	want, err := centsFromReserves(f)
	if err != nil {
		t.Fatal(err)
	}
	if len(want) != LastBlock-FirstBlock+1 {
		t.Fatalf("the shared file has %d blocks, want %d", len(want), LastBlock-FirstBlock+1)
	}
	if os.Getenv("STEWARD_UPDATE_MODELS") == "1" {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		if err := writeCents(zw, want); err != nil {
			t.Fatal(err)
		}
		zw.Close()
		if err := os.WriteFile("weth-usd-2024-01-01-06.csv.gz", buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		pricesGz = buf.Bytes()
	}
	got, err := Cents()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(got, want) {
		for i := range min(len(got), len(want)) {
			if got[i] != want[i] {
				t.Fatalf("block %d: embedded %d cents, shared %d", FirstBlock+i, got[i], want[i])
			}
		}
		t.Fatalf("embedded %d blocks, shared %d", len(got), len(want))
	}
}

func TestReadCentsRefusesBadRows(t *testing.T) {
	for _, text := range []string{
		"block,usd\n18908895,1\n",
		"block,cents\n18908896,1\n",
		"block,cents\n18908895,1\n18908895,2\n",
		"block,cents\n18908895,x\n",
		"block,cents\n18908895,-3\n",
		"block,cents\n",
	} {
		if _, err := readCents(bytes.NewReader([]byte(text))); err == nil {
			t.Errorf("%q: accepted", text)
		}
	}
}
