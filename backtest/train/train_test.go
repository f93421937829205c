package train

import (
	"bytes"
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx/build"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// updateEnv, set to 1, makes TestShippedModelIsReproducible rewrite the
// shipped model instead of comparing with it.
const updateEnv = "STEWARD_UPDATE_MODELS"

func walkParams(t *testing.T) Params {
	return Params{
		Ticks:     dataset.RandomWalk(7, 700, 199000, 4),
		Source:    "random walk seed 7",
		OutDir:    t.TempDir(),
		MaxEpochs: 300,
	}
}

func TestRunIsDeterministic(t *testing.T) {
	ctx := context.Background()
	a, err := Run(ctx, walkParams(t))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Run(ctx, walkParams(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []struct{ a, b string }{{a.ModelPath, b.ModelPath}, {a.CardPath, b.CardPath}} {
		x, _ := os.ReadFile(f.a)
		y, _ := os.ReadFile(f.b)
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Fatalf("%s and %s differ (or are empty)", f.a, f.b)
		}
	}
	p := walkParams(t)
	p.Seed = 2
	c, err := Run(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if c.Digest == a.Digest {
		t.Fatal("another seed gave the same model")
	}
}

func TestRunWritesConsistentModelAndCard(t *testing.T) {
	res, err := Run(context.Background(), walkParams(t))
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(res.ModelPath)
	if err != nil {
		t.Fatal(err)
	}
	if got := crypto.Keccak256Hash(data); got != res.Digest {
		t.Fatalf("file digest %s, result says %s", got, res.Digest)
	}
	card, err := model.LoadCard(res.CardPath)
	if err != nil {
		t.Fatal(err)
	}
	if card.Digest != res.Digest || card.InputScale != 10000 || card.OutputScale != 10000 {
		t.Fatalf("card digest %s scales %d/%d", card.Digest, card.InputScale, card.OutputScale)
	}
	// 700 ticks: samples at minutes 30 … 669.
	if res.Samples != 700-marketmaking.Window+1-marketmaking.Horizon || res.Samples != card.Training.Samples {
		t.Fatalf("samples = %d (card %d)", res.Samples, card.Training.Samples)
	}
	if res.TrainSamples+res.ValidationSamples+marketmaking.Horizon != res.Samples {
		t.Fatalf("split %d + %d + %d purged != %d", res.TrainSamples, res.ValidationSamples, marketmaking.Horizon, res.Samples)
	}
	if res.Epochs < build.CheckEvery || res.Epochs > 300 || res.Epochs%build.CheckEvery != 0 {
		t.Fatalf("early stopping chose %d epochs", res.Epochs)
	}

	// The written model runs on ONNX Runtime and agrees with the reported
	// error: recompute the validation MAE through Infer.
	m, err := model.Open(onnxtest.Runtime(t), res.CardPath)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	ticks := walkParams(t).Ticks
	xs, ys, err := samples(ticks)
	if err != nil {
		t.Fatal(err)
	}
	var sum float64
	va := xs[len(xs)-res.ValidationSamples:]
	for s, x := range va {
		in, err := commit.QuantizeAll(x, card.InputScale)
		if err != nil {
			t.Fatal(err)
		}
		out, err := m.Infer(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		sum += math.Abs(commit.Dequantize(out[0], card.OutputScale) - ys[len(xs)-len(va)+s])
	}
	// Inputs are rounded to 1e-4 on the way in, so allow a little slack.
	if got := sum / float64(len(va)); math.Abs(got-res.ValidationMAE) > 1e-2 {
		t.Fatalf("validation MAE through ONNX Runtime %.5f, reported %.5f", got, res.ValidationMAE)
	}
}

func TestRunRefusesBadParams(t *testing.T) {
	cases := []struct {
		name    string
		mutate  func(*Params)
		wantErr error
	}{
		{name: "no data", mutate: func(p *Params) { p.Ticks, p.DataPath = nil, "" }, wantErr: ErrInvalidParams},
		{name: "ticks without source", mutate: func(p *Params) { p.Source = "" }, wantErr: ErrInvalidParams},
		{name: "no out dir", mutate: func(p *Params) { p.OutDir = "" }, wantErr: ErrInvalidParams},
		{name: "learning rate", mutate: func(p *Params) { p.LearningRate = 2 }, wantErr: ErrInvalidParams},
		{name: "validation fraction", mutate: func(p *Params) { p.ValidationFraction = 0.95 }, wantErr: ErrInvalidParams},
		{name: "max epochs", mutate: func(p *Params) { p.MaxEpochs = 10 }, wantErr: ErrInvalidParams},
		{name: "name with a path", mutate: func(p *Params) { p.Name = "../x" }, wantErr: ErrInvalidParams},
		{name: "too few ticks", mutate: func(p *Params) { p.Ticks = p.Ticks[:150] }, wantErr: ErrTooFewSamples},
		{name: "missing data file", mutate: func(p *Params) { p.Ticks, p.DataPath = nil, filepath.Join(t.TempDir(), "none.csv") }, wantErr: os.ErrNotExist},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			p := walkParams(t)
			tc.mutate(&p)
			if _, err := Run(context.Background(), p); !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
		})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Run(ctx, walkParams(t)); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled: err = %v", err)
	}
}

// TestShippedModelIsReproducible retrains the shipped model from the shared
// data (or, without it, from the embedded copy of the same closes) and
// compares the bytes; with STEWARD_UPDATE_MODELS=1 it rewrites them.
func TestShippedModelIsReproducible(t *testing.T) {
	shipped := filepath.Join(repoRoot(t), "configs", "models")
	out := t.TempDir()
	update := os.Getenv(updateEnv) == "1"
	if update {
		out = shipped
	}
	p := DefaultParams("", out)
	if shared, ok := dataset.FindSharedDir(); ok {
		p = DefaultParams(shared, out)
	} else {
		t.Logf("shared data folder not found: training on %s", dataset.EmbeddedCloseTickFile)
		var err error
		if p, err = EmbeddedParams(out); err != nil {
			t.Fatal(err)
		}
	}
	res, err := Run(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("validation MAE %.3f ticks (baseline %.3f), train %.3f (baseline %.3f), %d epochs, digest %s",
		res.ValidationMAE, res.BaselineValidationMAE, res.TrainMAE, res.BaselineTrainMAE, res.Epochs, res.Digest)
	if res.ValidationMAE >= res.BaselineValidationMAE {
		t.Errorf("model validation MAE %.3f does not beat the baseline's %.3f", res.ValidationMAE, res.BaselineValidationMAE)
	}
	if update {
		return
	}
	for _, name := range []string{"mm-range-v1.onnx", "mm-range-v1.card.json"} {
		want, err := os.ReadFile(filepath.Join(shipped, name))
		if err != nil {
			t.Fatalf("%v (regenerate with %s=1 go test ./backtest/train -run TestShippedModelIsReproducible)", err, updateEnv)
		}
		got, _ := os.ReadFile(filepath.Join(out, name))
		if !bytes.Equal(got, want) {
			t.Errorf("configs/models/%s differs from a fresh training run (regenerate with %s=1 go test ./backtest/train -run TestShippedModelIsReproducible)", name, updateEnv)
		}
	}
}

func repoRoot(t *testing.T) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// The embedded closes train the shipped model byte for byte, as the shared
// file does: a machine without the shared folder gets the same model.
func TestEmbeddedParamsTrainTheShippedModel(t *testing.T) {
	p, err := EmbeddedParams(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	res, err := Run(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"mm-range-v1.onnx", "mm-range-v1.card.json"} {
		want, err := os.ReadFile(filepath.Join(repoRoot(t), "configs", "models", name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(filepath.Join(filepath.Dir(res.ModelPath), name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Fatalf("%s trained from the embedded closes differs from the shipped one", name)
		}
	}
}
