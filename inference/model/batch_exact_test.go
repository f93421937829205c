package model_test

import (
	"context"
	"fmt"
	"io/fs"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/governance/features"
	govtrain "github.com/steward-agents/steward/strategies/governance/train"
	"github.com/steward-agents/steward/strategies/marketmaking"
	risktrain "github.com/steward-agents/steward/strategies/risk/train"
)

// batchSizes are the batch sizes TestBatchedRunsAreBitIdentical runs every
// input in.
var batchSizes = []int{1, 2, 7, 50, 200}

// TestBatchedRunsAreBitIdentical guards batching across agents: for every
// card under configs/models (sub-folders included), the model's bytes,
// loaded with a symbolic batch dimension (onnx.LoadBatch), must give every
// input row the float32 bits a single batch-1 run gives it, in batches of
// 1, 2, 7, 50 and 200 rows. The inputs are the golden inputs (real
// market-making features, seeded vectors of ±1…±1000, edge cases), real
// feature vectors of the card's own strategy where the repository has them
// (lending risk: the embedded WETH prices; governance: the shared corpus of
// proposals, when present), and seeded vectors drawn feature by feature
// within the range those real vectors span (the golden ones' when there
// are none). The Batcher (onnx.LoadBatcher)
// must turn batching on for every shipped model.
func TestBatchedRunsAreBitIdentical(t *testing.T) {
	rt := onnxtest.Runtime(t)
	cards := allShippedCards(t)
	for _, path := range cards {
		rel, _ := filepath.Rel(modelsDir, path)
		t.Run(rel, func(t *testing.T) {
			card, err := model.LoadCard(path)
			if err != nil {
				t.Fatal(err)
			}
			data, err := os.ReadFile(filepath.Join(filepath.Dir(path), card.File))
			if err != nil {
				t.Fatal(err)
			}
			if got := crypto.Keccak256Hash(data); got != card.Digest {
				t.Fatalf("%s hashes to %s, card says %s", card.File, got.Hex(), card.Digest.Hex())
			}
			in := onnx.Spec{Name: card.Inputs[0].Name, Shape: card.Inputs[0].Shape}
			out := onnx.Spec{Name: card.Outputs[0].Name, Shape: card.Outputs[0].Shape}
			single, err := rt.LoadBytes(data, in, out)
			if err != nil {
				t.Fatal(err)
			}
			defer single.Close()
			batch, err := rt.LoadBatch(data, in, out)
			if err != nil {
				t.Fatal(err)
			}
			defer batch.Close()

			rows, kinds := exactnessInputs(t, card)
			want := make([][]float32, 0, len(rows))
			kept := rows[:0]
			for _, x := range rows {
				y, err := single.Run(context.Background(), x)
				if err != nil {
					continue // a non-finite output is refused either way
				}
				want, kept = append(want, y), append(kept, x)
			}
			rows = kept
			for _, k := range batchSizes {
				mismatches := 0
				for start := 0; start < len(rows); start += k {
					end := min(start+k, len(rows))
					got, err := batch.RunBatch(context.Background(), rows[start:end])
					if err != nil {
						t.Fatalf("batch of %d from row %d: %v", end-start, start, err)
					}
					for i, y := range got {
						for j, v := range y {
							if w := want[start+i][j]; math.Float32bits(v) != math.Float32bits(w) {
								if mismatches++; mismatches <= 5 {
									t.Errorf("k=%d row %d (%v) output %d: batched %v (%#08x), alone %v (%#08x)",
										k, start+i, rows[start+i], j, v, math.Float32bits(v), w, math.Float32bits(w))
								}
							}
						}
					}
				}
				t.Logf("k=%3d: %d rows, %d outputs differ in any bit", k, len(rows), mismatches)
			}
			t.Logf("inputs: %s", kinds)

			b, err := rt.LoadBatcher(data, in, out, onnx.BatcherConfig{})
			if err != nil {
				t.Fatal(err)
			}
			defer b.Close()
			if err := b.Batching(); err != nil {
				t.Errorf("the Batcher runs %s one row at a time: %v", card.Name, err)
			}
		})
	}
}

// allShippedCards lists every *.card.json under configs/models.
func allShippedCards(t *testing.T) []string {
	t.Helper()
	var cards []string
	err := filepath.WalkDir(modelsDir, func(path string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".card.json") {
			cards = append(cards, path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(cards) < 3 {
		t.Fatalf("found %d cards under %s, want the 3 shipped ones at least", len(cards), modelsDir)
	}
	return cards
}

// exactnessInputs returns the float32 input rows for a card (dequantised
// from the card's fixed point, as Model.Infer feeds them) and says how many
// of each kind there are.
func exactnessInputs(t *testing.T, card model.Card) ([][]float32, string) {
	t.Helper()
	var q [][]int64
	for _, in := range goldenInputs(t, card) {
		q = append(q, in.values)
	}
	golden := len(q)
	real := realFeatureInputs(t, card)
	q = append(q, real...)
	span := real
	if len(span) == 0 {
		span = q
	}
	spanned := spannedInputs(span, 1000, uint64(len(card.Features)))
	q = append(q, spanned...)
	rows := make([][]float32, len(q))
	for i, v := range q {
		rows[i] = make([]float32, len(v))
		for j, x := range v {
			rows[i][j] = float32(commit.Dequantize(x, card.InputScale))
		}
	}
	return rows, fmt.Sprintf("%d golden, %d real %s, %d seeded within their span", golden, len(real), card.Name, len(spanned))
}

// realFeatureInputs returns real feature vectors for the card's features,
// quantised at its inputScale: market making's of every minute window of
// the embedded day, lending risk's of every tenth training sample, and
// governance's of the shared corpus' first 40 proposals and their variants.
func realFeatureInputs(t *testing.T, card model.Card) [][]int64 {
	t.Helper()
	var floats [][]float64
	switch {
	case slices.Equal(card.Features, marketmaking.FeatureNames):
		ticks, err := dataset.EmbeddedMinuteTicks()
		if err != nil {
			t.Fatal(err)
		}
		for end := marketmaking.Window - 1; end < len(ticks); end++ {
			f, err := marketmaking.Features(ticks[:end+1])
			if err != nil {
				t.Fatal(err)
			}
			floats = append(floats, f)
		}
	case len(card.Features) == 5 && card.Features[0] == "vol" && card.Features[4] == "utilisation":
		cents, err := risktrain.Cents()
		if err != nil {
			t.Fatal(err)
		}
		prices, blocks := risktrain.Stepped(cents)
		samples, err := risktrain.Samples(prices, blocks, 1)
		if err != nil {
			t.Fatal(err)
		}
		for i := 0; i < len(samples); i += 10 {
			floats = append(floats, samples[i].Features)
		}
	case slices.Equal(card.Features, features.Names):
		dir, ok := dataset.FindSharedDir()
		if !ok {
			t.Log("no shared data folder: no real governance features")
			return nil
		}
		records, err := govtrain.LoadCorpus(dir)
		if err != nil {
			t.Fatal(err)
		}
		samples, err := govtrain.Samples(records[:min(40, len(records))])
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range samples {
			v := make([]float64, len(s.Vector))
			for i, x := range s.Vector {
				v[i] = float64(x) / features.Scale
			}
			floats = append(floats, v)
		}
	}
	out := make([][]int64, 0, len(floats))
	for _, f := range floats {
		v, err := commit.QuantizeAll(f, card.InputScale)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

// spannedInputs returns n seeded vectors whose value j is uniform between
// the least and the greatest value j of vs (the edge cases' ±1e9 left out,
// so that the span is the features' own).
func spannedInputs(vs [][]int64, n int, seed uint64) [][]int64 {
	const limit = 1e6 * 1e4
	width := len(vs[0])
	lo, hi := make([]int64, width), make([]int64, width)
	for j := range width {
		lo[j], hi[j] = math.MaxInt64, math.MinInt64
		for _, v := range vs {
			if math.Abs(float64(v[j])) < limit {
				lo[j], hi[j] = min(lo[j], v[j]), max(hi[j], v[j])
			}
		}
	}
	rng := rand.New(rand.NewPCG(seed, 0x5ba7))
	out := make([][]int64, n)
	for i := range out {
		out[i] = make([]int64, width)
		for j := range width {
			out[i][j] = lo[j] + rng.Int64N(hi[j]-lo[j]+1)
		}
	}
	return out
}
