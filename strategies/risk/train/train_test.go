package train

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// shippedDir is where the shipped model lives, from this package.
var shippedDir = filepath.Join("..", "..", "..", "configs", "models", "risk")

// TestShippedModelIsReproducible retrains lending-risk v1 and compares the
// model and card with the shipped files byte for byte; it checks that the
// model beats the best constant on the held-out day and orders its risks,
// and that ONNX Runtime runs the shipped file to the reported error.
// STEWARD_UPDATE_MODELS=1 rewrites the shipped files.
func TestShippedModelIsReproducible(t *testing.T) {
	out := t.TempDir()
	if os.Getenv("STEWARD_UPDATE_MODELS") == "1" {
		out = shippedDir
	}
	res, err := Run(context.Background(), DefaultParams(out))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{filepath.Base(res.ModelPath), filepath.Base(res.CardPath)} {
		got, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(filepath.Join(shippedDir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s differs from the shipped file: retrain with STEWARD_UPDATE_MODELS=1 go test ./strategies/risk/train", name)
		}
	}
	if res.TrainSamples == 0 || res.ValidationSamples < 1000 || res.TrainSamples+res.ValidationSamples >= res.Samples {
		t.Fatalf("split: %d train, %d validation of %d (the held-out day's edges are purged)", res.TrainSamples, res.ValidationSamples, res.Samples)
	}
	if res.ValidationMAE >= res.BaselineValidationMAE || res.CrashMAE >= res.BaselineCrashMAE {
		t.Fatalf("the model does not beat the constant %.4f: held-out MAE %.4f vs %.4f, crash window %.4f vs %.4f",
			res.Baseline, res.ValidationMAE, res.BaselineValidationMAE, res.CrashMAE, res.BaselineCrashMAE)
	}
	if res.ValidationCorr < 0.3 || res.CrashCorr < 0.2 {
		t.Fatalf("the model barely orders risk: correlation %.3f held out, %.3f over the crash window", res.ValidationCorr, res.CrashCorr)
	}

	m, err := model.Open(onnxtest.Runtime(t), filepath.Join(shippedDir, filepath.Base(res.CardPath)))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	cents, err := Cents()
	if err != nil {
		t.Fatal(err)
	}
	prices, blocks := Stepped(cents)
	all, err := Samples(prices, blocks, DefaultParams("").Seed)
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	var n int
	for _, s := range all {
		if !inHoldout(s) {
			continue
		}
		in, err := commit.QuantizeAll(s.Features, res.Card.InputScale)
		if err != nil {
			t.Fatal(err)
		}
		y, err := m.Infer(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		sum += math.Abs(commit.Dequantize(y[0], res.Card.OutputScale) - s.Label)
		n++
	}
	if got := sum / float64(n); n != res.ValidationSamples || math.Abs(got-res.ValidationMAE) > 2e-3 {
		t.Fatalf("held-out MAE through ONNX Runtime %.5f over %d samples, reported %.5f over %d", got, n, res.ValidationMAE, res.ValidationSamples)
	}
}

// TestLiquidatableShare checks the label's closed form against a drawn
// market: the share of a large book below a health factor of 1 after the
// move.
func TestLiquidatableShare(t *testing.T) {
	if LiquidatableShare(0.1, 1) != 0 || LiquidatableShare(0.1, 1.2) != 0 {
		t.Fatal("a price that does not fall liquidates someone")
	}
	const m, move = 0.1, 0.95
	want := LiquidatableShare(m, move)
	var under float64
	const n = 200_000
	for i := range n {
		// Health factors at the quantiles of 1 + Exp(m).
		hf := 1 - m*math.Log(1-(float64(i)+0.5)/n)
		if hf*move < 1 {
			under++
		}
	}
	if got := under / n; math.Abs(got-want) > 1e-4 {
		t.Fatalf("share %.5f by counting, %.5f closed form", got, want)
	}
}

func TestRunRefusesBadParams(t *testing.T) {
	for _, p := range []Params{{}, {OutDir: t.TempDir(), Name: "a/b", Version: "1", Scale: 1}, {OutDir: t.TempDir(), Name: "x", Version: "1"}} {
		if _, err := Run(context.Background(), p); err == nil {
			t.Errorf("%+v accepted", p)
		}
	}
}
