package model_test

import (
	"context"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/build"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// shippedCard is the model the market-making agent uses.
const shippedCard = "../../configs/models/mm-range-v1.card.json"

// testMLP is a 3 → 2 ReLU → 1 network with hand-picked weights.
func testMLP() build.MLP {
	return build.MLP{Layers: []build.Layer{
		{In: 3, Out: 2, Activation: build.ReLU, Weights: []float32{0.5, -1, 2, 0.25, -0.75, 1}, Bias: []float32{0.1, 0.2}},
		{In: 2, Out: 1, Weights: []float32{1.5, -0.5}, Bias: []float32{3}},
	}}
}

// writeModel writes mlp as dir/m.onnx with a matching card dir/m.card.json,
// after letting mutate change the card, and returns the card path.
func writeModel(t *testing.T, dir string, mlp build.MLP, mutate func(*model.Card)) string {
	t.Helper()
	om, err := mlp.Model(build.ModelParams{InputName: "x", OutputName: "y"})
	if err != nil {
		t.Fatal(err)
	}
	return writeGraph(t, dir, om, mlp.Layers[0].In, mutate)
}

// writeGraph writes om as dir/m.onnx with a card for a model of in inputs
// "x" and one output "y", after letting mutate change the card, and returns
// the card path. The card's digest is the file's.
func writeGraph(t *testing.T, dir string, om build.Model, in int, mutate func(*model.Card)) string {
	t.Helper()
	data, err := om.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "m.onnx"), data, 0o644); err != nil {
		t.Fatal(err)
	}
	card := model.Card{
		Name: "test", Version: "1", File: "m.onnx", Digest: crypto.Keccak256Hash(data),
		Inputs: []model.Tensor{{Name: "x", Shape: []int64{1, int64(in)}}}, InputScale: 1000,
		Features: []string{"a", "b", "c"}[:in],
		Outputs:  []model.Tensor{{Name: "y", Shape: []int64{1, 1}}}, OutputScale: 10000,
		OutputNames: []string{"out"},
	}
	if mutate != nil {
		mutate(&card)
	}
	path := filepath.Join(dir, "m.card.json")
	raw, _ := json.Marshal(card)
	if err := os.WriteFile(path, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestShippedModel(t *testing.T) {
	m, err := model.Open(onnxtest.Runtime(t), shippedCard)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	card := m.Card()
	data, err := os.ReadFile(filepath.Join(filepath.Dir(shippedCard), card.File))
	if err != nil {
		t.Fatal(err)
	}
	if m.Digest() != crypto.Keccak256Hash(data) {
		t.Fatalf("Digest %s is not keccak256 of %s", m.Digest(), card.File)
	}
	infer := func(features ...float64) int64 {
		in, err := commit.QuantizeAll(features, card.InputScale)
		if err != nil {
			t.Fatal(err)
		}
		out, err := m.Infer(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		if len(out) != 1 {
			t.Fatalf("%d outputs, want 1", len(out))
		}
		return out[0]
	}
	// vol30, vol10, drift30, absLastMove, range30 (ticks): about the 10th
	// and 90th percentiles of the training features.
	calm := infer(2.7, 1.7, 0, 0, 21)
	wild := infer(9.6, 8.9, 1.3, 9, 71)
	if calm <= 0 || wild <= calm {
		t.Fatalf("forecast range calm %d, wild %d: want 0 < calm < wild", calm, wild)
	}
	t.Logf("forecast range: calm %d, wild %d (×1e-4 ticks)", calm, wild)
	if again := infer(2.7, 1.7, 0, 0, 21); again != calm {
		t.Fatalf("same input gave %d then %d", calm, again)
	}
}

func TestInferMatchesPureGo(t *testing.T) {
	mlp := testMLP()
	m, err := model.Open(onnxtest.Runtime(t), writeModel(t, t.TempDir(), mlp, nil))
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	for _, in := range [][]int64{{0, 0, 0}, {1500, -2000, 750}, {-12345, 6789, 1}, {100000, 100000, -100000}} {
		got, err := m.Infer(context.Background(), in)
		if err != nil {
			t.Fatal(err)
		}
		x := make([]float32, len(in))
		for i, v := range in {
			x[i] = float32(commit.Dequantize(v, 1000))
		}
		y, _ := mlp.Forward(x)
		want, _ := commit.Quantize(float64(y[0]), 10000)
		// A different float32 summation order may move the last fixed-point unit.
		if d := got[0] - want; d < -1 || d > 1 {
			t.Fatalf("Infer(%v) = %d, pure Go %d", in, got[0], want)
		}
	}
}

func TestInferRefuses(t *testing.T) {
	huge := testMLP()
	huge.Layers[1].Weights = []float32{3e38, 3e38}
	cases := []struct {
		name    string
		mlp     build.MLP
		in      []int64
		wantErr error
	}{
		{name: "too few inputs", mlp: testMLP(), in: []int64{1, 2}, wantErr: model.ErrInputSize},
		{name: "too many inputs", mlp: testMLP(), in: []int64{1, 2, 3, 4}, wantErr: model.ErrInputSize},
		// Finite in float32, but beyond int64 at outputScale 10000.
		{name: "output overflows int64", mlp: testMLP(), in: []int64{1 << 62, 0, 0}, wantErr: commit.ErrOverflow},
		{name: "output is Inf", mlp: huge, in: []int64{1 << 62, 0, 0}, wantErr: onnx.ErrNonFiniteOutput},
	}
	rt := onnxtest.Runtime(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m, err := model.Open(rt, writeModel(t, t.TempDir(), tc.mlp, nil))
			if err != nil {
				t.Fatal(err)
			}
			defer m.Close()
			out, err := m.Infer(context.Background(), tc.in)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v (outputs %v)", err, tc.wantErr, out)
			}
		})
	}
}

func TestOpenRefusesTamperedModel(t *testing.T) {
	card, err := model.LoadCard(shippedCard)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	data, err := os.ReadFile(filepath.Join(filepath.Dir(shippedCard), card.File))
	if err != nil {
		t.Fatal(err)
	}
	// Flip one bit in the last weight, which still parses as a valid model.
	data[len(data)-40] ^= 0x01
	if err := os.WriteFile(filepath.Join(dir, card.File), data, 0o644); err != nil {
		t.Fatal(err)
	}
	raw, _ := os.ReadFile(shippedCard)
	copied := filepath.Join(dir, "card.json")
	if err := os.WriteFile(copied, raw, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = model.Open(onnxtest.Runtime(t), copied)
	if !errors.Is(err, model.ErrDigestMismatch) {
		t.Fatalf("err = %v, want ErrDigestMismatch", err)
	}
	// The file, the digest the card expects and the digest the file has.
	for _, want := range []string{filepath.Join(dir, card.File), card.Digest.Hex(), crypto.Keccak256Hash(data).Hex()} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

// twoInputGraph is y = x + z: a graph with two inputs, where a card
// declares one.
func twoInputGraph() build.Model {
	return build.Model{Graph: build.Graph{
		Name:    "sum",
		Inputs:  []build.ValueInfo{{Name: "x", Shape: []int64{1, 3}}, {Name: "z", Shape: []int64{1, 3}}},
		Outputs: []build.ValueInfo{{Name: "y", Shape: []int64{1, 3}}},
		Nodes:   []build.Node{{Name: "add", OpType: "Add", Inputs: []string{"x", "z"}, Outputs: []string{"y"}}},
	}}
}

func TestOpenRefusesCardThatDisagreesWithGraph(t *testing.T) {
	cases := []struct {
		name      string
		graph     func() build.Model // nil means testMLP
		mutate    func(*model.Card)
		wantField string
	}{
		// The card declares one input tensor; the graph has two.
		{name: "input count", graph: twoInputGraph, wantField: "inputs"},
		{name: "input width", wantField: "inputs[0].shape", mutate: func(c *model.Card) {
			c.Inputs[0].Shape = []int64{1, 4}
			c.Features = []string{"a", "b", "c", "d"}
		}},
		{name: "input name", wantField: "inputs[0].name", mutate: func(c *model.Card) { c.Inputs[0].Name = "features" }},
		{name: "output shape", wantField: "outputs[0].shape", mutate: func(c *model.Card) {
			c.Outputs[0].Shape = []int64{1, 2}
			c.OutputNames = []string{"lo", "hi"}
		}},
		{name: "output name", wantField: "outputs[0].name", mutate: func(c *model.Card) { c.Outputs[0].Name = "range" }},
	}
	rt := onnxtest.Runtime(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			cardPath := ""
			if tc.graph != nil {
				cardPath = writeGraph(t, dir, tc.graph(), 3, tc.mutate)
			} else {
				cardPath = writeModel(t, dir, testMLP(), tc.mutate)
			}
			_, err := model.Open(rt, cardPath)
			if !errors.Is(err, model.ErrCardMismatch) || !strings.Contains(err.Error(), "field "+tc.wantField+":") {
				t.Fatalf("err = %v, want ErrCardMismatch naming card field %s", err, tc.wantField)
			}
			if file := filepath.Join(dir, "m.onnx"); !strings.Contains(err.Error(), file) {
				t.Fatalf("error %q does not name the model file %s", err, file)
			}
		})
	}
}

// TestOpenRefusesInvalidCard checks that Open, not only LoadCard, refuses a
// card that cannot describe a model, naming the card and the field.
func TestOpenRefusesInvalidCard(t *testing.T) {
	cases := []struct {
		name      string
		mutate    func(*model.Card)
		wantErr   error
		wantField string
	}{
		{name: "zero input scale", mutate: func(c *model.Card) { c.InputScale = 0 }, wantErr: model.ErrInvalidCard, wantField: "inputScale"},
		{name: "negative input scale", mutate: func(c *model.Card) { c.InputScale = -10000 }, wantErr: model.ErrInvalidCard, wantField: "inputScale"},
		{name: "zero output scale", mutate: func(c *model.Card) { c.OutputScale = 0 }, wantErr: model.ErrInvalidCard, wantField: "outputScale"},
		{name: "negative output scale", mutate: func(c *model.Card) { c.OutputScale = -1 }, wantErr: model.ErrInvalidCard, wantField: "outputScale"},
		// The graph takes 3 values; two feature names cannot fill them.
		{name: "fewer features than inputs", mutate: func(c *model.Card) { c.Features = c.Features[:2] }, wantErr: model.ErrInvalidCard, wantField: "features"},
		{name: "two input tensors", mutate: func(c *model.Card) {
			c.Inputs = append(c.Inputs, model.Tensor{Name: "z", Shape: []int64{1, 3}})
		}, wantErr: model.ErrInvalidCard, wantField: "inputs"},
		{name: "model file missing", mutate: func(c *model.Card) { c.File = "gone.onnx" }, wantErr: fs.ErrNotExist, wantField: "gone.onnx"},
	}
	rt := onnxtest.Runtime(t)
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			cardPath := writeModel(t, t.TempDir(), testMLP(), tc.mutate)
			m, err := model.Open(rt, cardPath)
			if err == nil {
				m.Close()
				t.Fatal("invalid card accepted")
			}
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.wantField) {
				t.Fatalf("err = %v, want %v naming %s", err, tc.wantErr, tc.wantField)
			}
			if errors.Is(tc.wantErr, model.ErrInvalidCard) && !strings.Contains(err.Error(), cardPath) {
				t.Fatalf("error %q does not name the card %s", err, cardPath)
			}
		})
	}
}

func TestLoadCardValidation(t *testing.T) {
	valid := func() map[string]any {
		return map[string]any{
			"name": "m", "version": "1", "file": "m.onnx",
			"digest":     "0x" + strings.Repeat("ab", 32),
			"inputs":     []any{map[string]any{"name": "x", "shape": []int{1, 2}}},
			"inputScale": 100, "features": []string{"a", "b"},
			"outputs":     []any{map[string]any{"name": "y", "shape": []int{1, 1}}},
			"outputScale": 100, "outputNames": []string{"out"},
		}
	}
	cases := []struct {
		name      string
		mutate    func(map[string]any)
		wantField string // "" means the card is valid
	}{
		{name: "valid", mutate: func(map[string]any) {}},
		{name: "unknown field", mutate: func(c map[string]any) { c["scale"] = 1 }, wantField: "scale"},
		{name: "short digest", mutate: func(c map[string]any) { c["digest"] = "0xabcd" }, wantField: "digest"},
		{name: "zero digest", mutate: func(c map[string]any) { c["digest"] = "0x" + strings.Repeat("00", 32) }, wantField: "digest"},
		{name: "no name", mutate: func(c map[string]any) { delete(c, "name") }, wantField: "name"},
		{name: "zero input scale", mutate: func(c map[string]any) { c["inputScale"] = 0 }, wantField: "inputScale"},
		{name: "negative output scale", mutate: func(c map[string]any) { c["outputScale"] = -1 }, wantField: "outputScale"},
		{name: "file outside the card's folder", mutate: func(c map[string]any) { c["file"] = "../m.onnx" }, wantField: "file"},
		{name: "absolute file", mutate: func(c map[string]any) { c["file"] = "/tmp/m.onnx" }, wantField: "file"},
		{name: "features do not fill the input", mutate: func(c map[string]any) { c["features"] = []string{"a"} }, wantField: "features"},
		{name: "output names do not fill the output", mutate: func(c map[string]any) { c["outputNames"] = []string{} }, wantField: "outputNames"},
		{name: "two inputs", mutate: func(c map[string]any) {
			c["inputs"] = []any{map[string]any{"name": "x", "shape": []int{1, 2}}, map[string]any{"name": "z", "shape": []int{1}}}
		}, wantField: "inputs"},
		{name: "zero dimension", mutate: func(c map[string]any) {
			c["inputs"] = []any{map[string]any{"name": "x", "shape": []int{0, 2}}}
		}, wantField: "inputs[0].shape"},
		// Guards against an overflow of the element count with huge dimensions.
		{name: "huge shape", mutate: func(c map[string]any) {
			c["inputs"] = []any{map[string]any{"name": "x", "shape": []int{1 << 20, 1 << 20, 1 << 20, 1 << 20}}}
		}, wantField: "inputs[0].shape"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := valid()
			tc.mutate(c)
			raw, _ := json.Marshal(c)
			path := filepath.Join(t.TempDir(), "c.json")
			if err := os.WriteFile(path, raw, 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := model.LoadCard(path)
			if tc.wantField == "" {
				if err != nil {
					t.Fatalf("valid card refused: %v", err)
				}
				return
			}
			if !errors.Is(err, model.ErrInvalidCard) || !strings.Contains(err.Error(), tc.wantField) {
				t.Fatalf("err = %v, want ErrInvalidCard naming %s", err, tc.wantField)
			}
		})
	}
}

func TestSaveCardRoundTrip(t *testing.T) {
	card, err := model.LoadCard(shippedCard)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "c.json")
	if err := model.SaveCard(path, card); err != nil {
		t.Fatal(err)
	}
	saved, _ := os.ReadFile(path)
	shipped, _ := os.ReadFile(shippedCard)
	if string(saved) != string(shipped) {
		t.Fatal("SaveCard(LoadCard(shipped)) differs from the shipped card")
	}
	card.OutputScale = 0
	if err := model.SaveCard(path, card); !errors.Is(err, model.ErrInvalidCard) {
		t.Fatalf("invalid card saved: err = %v", err)
	}
}

func TestRegistry(t *testing.T) {
	rt := onnxtest.Runtime(t)
	shipped, err := model.Open(rt, shippedCard)
	if err != nil {
		t.Fatal(err)
	}
	other, err := model.Open(rt, writeModel(t, t.TempDir(), testMLP(), nil))
	if err != nil {
		t.Fatal(err)
	}
	twin, err := model.Open(rt, shippedCard)
	if err != nil {
		t.Fatal(err)
	}
	defer twin.Close()
	r := model.NewRegistry()
	for _, m := range []*model.Model{shipped, other} {
		if err := r.Register(m); err != nil {
			t.Fatal(err)
		}
	}
	if err := r.Register(twin); !errors.Is(err, model.ErrDuplicateModel) {
		t.Fatalf("same digest twice: err = %v, want ErrDuplicateModel", err)
	}
	got, err := r.Get(shipped.Digest())
	if err != nil || got != shipped {
		t.Fatalf("Get(shipped) = %p, %v; want %p", got, err, shipped)
	}
	if got, err := r.Get(other.Digest()); err != nil || got != other {
		t.Fatalf("Get(other) = %p, %v", got, err)
	}
	if _, err := r.Get(common.HexToHash("0x01")); !errors.Is(err, model.ErrUnknownModel) {
		t.Fatalf("unknown digest: err = %v, want ErrUnknownModel", err)
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := r.Get(shipped.Digest()); !errors.Is(err, model.ErrUnknownModel) {
		t.Fatal("registry still holds models after Close")
	}
	if _, err := shipped.Infer(context.Background(), make([]int64, 5)); !errors.Is(err, onnx.ErrClosed) {
		t.Fatalf("Infer after registry Close: err = %v, want ErrClosed", err)
	}
}
