package build

import (
	"bytes"
	"errors"
	"math"
	"slices"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"
)

func tinyMLP() MLP {
	return MLP{Layers: []Layer{
		{In: 2, Out: 3, Activation: ReLU, Weights: []float32{1, -1, 0.5, 2, 1, -0.25}, Bias: []float32{0, 0.5, -1}},
		{In: 3, Out: 1, Activation: Linear, Weights: []float32{1, 2, -4}, Bias: []float32{0.125}},
	}}
}

func TestForwardByHand(t *testing.T) {
	// x = [1, 2]: x·W1 + b1 = [1+4, -1+2+0.5, 0.5-0.5-1] = [5, 1.5, -1] → ReLU [5, 1.5, 0];
	// then 5 + 3 - 0 + 0.125 = 8.125.
	got, err := tinyMLP().Forward([]float32{1, 2})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0] != 8.125 {
		t.Fatalf("Forward = %v, want [8.125]", got)
	}
	if _, err := tinyMLP().Forward([]float32{1}); !errors.Is(err, ErrInputSize) {
		t.Fatalf("short input: err = %v, want ErrInputSize", err)
	}
}

func TestEncodeIsDeterministic(t *testing.T) {
	m, err := tinyMLP().Model(ModelParams{ProducerName: "test"})
	if err != nil {
		t.Fatal(err)
	}
	a, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := m.Encode()
	if !bytes.Equal(a, b) {
		t.Fatal("two encodings of one model differ")
	}
	other := tinyMLP()
	other.Layers[1].Bias[0] = 0.25
	om, _ := other.Model(ModelParams{ProducerName: "test"})
	c, _ := om.Encode()
	if bytes.Equal(a, c) {
		t.Fatal("changing a weight did not change the bytes")
	}
	if d, err := tinyMLP().Encode(ModelParams{ProducerName: "test"}); err != nil || !bytes.Equal(a, d) {
		t.Fatalf("MLP.Encode = %d bytes, %v; want Model's %d bytes", len(d), err, len(a))
	}
}

// TestEncodeFieldLayout walks the encoding with protowire and checks the
// onnx.proto fields ONNX Runtime relies on.
func TestEncodeFieldLayout(t *testing.T) {
	m, _ := tinyMLP().Model(ModelParams{GraphName: "g", InputName: "x", OutputName: "y"})
	data, err := m.Encode()
	if err != nil {
		t.Fatal(err)
	}
	top := fields(t, data)
	if v := top[modelIRVersion]; len(v) != 1 || v[0].varint != DefaultIRVersion {
		t.Fatalf("ir_version = %+v, want %d", v, DefaultIRVersion)
	}
	opset := fields(t, top[modelOpsetImport][0].bytes)
	if opset[opsetVersion][0].varint != DefaultOpsetVersion {
		t.Fatalf("opset version = %d", opset[opsetVersion][0].varint)
	}
	graph := fields(t, top[modelGraph][0].bytes)
	if string(graph[graphName][0].bytes) != "g" {
		t.Fatalf("graph name = %q", graph[graphName][0].bytes)
	}
	var ops []string
	for _, n := range graph[graphNode] {
		ops = append(ops, string(fields(t, n.bytes)[nodeOpType][0].bytes))
	}
	if want := []string{"MatMul", "Add", "Relu", "MatMul", "Add"}; !slices.Equal(ops, want) {
		t.Fatalf("op types = %v, want %v", ops, want)
	}
	if n := len(graph[graphInitializer]); n != 4 {
		t.Fatalf("%d initializers, want 4", n)
	}
	w := fields(t, graph[graphInitializer][0].bytes)
	if w[tensorDims][0].varint != 2 || w[tensorDims][1].varint != 3 || w[tensorDataType][0].varint != dataTypeFloat {
		t.Fatalf("first initializer dims/type = %+v %+v", w[tensorDims], w[tensorDataType])
	}
	raw := w[tensorRawData][0].bytes
	if len(raw) != 24 || math.Float32frombits(uint32(raw[4])|uint32(raw[5])<<8|uint32(raw[6])<<16|uint32(raw[7])<<24) != -1 {
		t.Fatalf("raw_data does not hold the weights little-endian: % x", raw)
	}
	out := fields(t, graph[graphOutput][0].bytes)
	if string(out[valueInfoName][0].bytes) != "y" {
		t.Fatalf("graph output name = %q", out[valueInfoName][0].bytes)
	}
}

func TestValidationNamesTheProblem(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(*MLP)
	}{
		{name: "no layers", mutate: func(m *MLP) { m.Layers = nil }},
		{name: "layers do not chain", mutate: func(m *MLP) { m.Layers[1].In, m.Layers[1].Weights = 2, m.Layers[1].Weights[:2] }},
		{name: "weights short", mutate: func(m *MLP) { m.Layers[0].Weights = m.Layers[0].Weights[:5] }},
		{name: "bias short", mutate: func(m *MLP) { m.Layers[0].Bias = nil }},
		{name: "NaN weight", mutate: func(m *MLP) { m.Layers[0].Weights[3] = float32(math.NaN()) }},
		{name: "Inf bias", mutate: func(m *MLP) { m.Layers[1].Bias[0] = float32(math.Inf(1)) }},
		{name: "unknown activation", mutate: func(m *MLP) { m.Layers[0].Activation = 7 }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := tinyMLP()
			tc.mutate(&m)
			if _, err := m.Model(ModelParams{}); !errors.Is(err, ErrInvalidModel) {
				t.Fatalf("err = %v, want ErrInvalidModel", err)
			}
			if _, err := m.Encode(ModelParams{}); !errors.Is(err, ErrInvalidModel) {
				t.Fatalf("Encode: err = %v, want ErrInvalidModel", err)
			}
		})
	}
}

func TestGraphValidation(t *testing.T) {
	valid := func() Model {
		return Model{Graph: Graph{
			Name:         "g",
			Inputs:       []ValueInfo{{Name: "x", Shape: []int64{1, 2}}},
			Initializers: []Tensor{{Name: "w", Dims: []int64{2, 1}, Data: []float32{1, 2}}},
			Nodes:        []Node{{Name: "mm", OpType: "MatMul", Inputs: []string{"x", "w"}, Outputs: []string{"y"}}},
			Outputs:      []ValueInfo{{Name: "y", Shape: []int64{1, 1}}},
		}}
	}
	if _, err := valid().Encode(); err != nil {
		t.Fatalf("valid graph refused: %v", err)
	}
	cases := []struct {
		name   string
		mutate func(*Graph)
	}{
		{name: "no graph name", mutate: func(g *Graph) { g.Name = "" }},
		{name: "tensor data does not fill dims", mutate: func(g *Graph) { g.Initializers[0].Dims = []int64{3, 1} }},
		{name: "node reads undefined value", mutate: func(g *Graph) { g.Nodes[0].Inputs[1] = "v" }},
		{name: "duplicate name", mutate: func(g *Graph) { g.Initializers[0].Name = "x" }},
		{name: "output never produced", mutate: func(g *Graph) { g.Outputs[0].Name = "z" }},
		{name: "node without op type", mutate: func(g *Graph) { g.Nodes[0].OpType = "" }},
		{name: "zero dimension", mutate: func(g *Graph) { g.Inputs[0].Shape = []int64{0, 2} }},
		{name: "no outputs", mutate: func(g *Graph) { g.Outputs = nil }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := valid()
			tc.mutate(&m.Graph)
			if _, err := m.Encode(); !errors.Is(err, ErrInvalidModel) {
				t.Fatalf("err = %v, want ErrInvalidModel", err)
			}
		})
	}
}

type field struct {
	varint uint64
	bytes  []byte
}

// fields decodes one message level into its fields by number.
func fields(t *testing.T, b []byte) map[protowire.Number][]field {
	t.Helper()
	out := map[protowire.Number][]field{}
	for len(b) > 0 {
		num, typ, n := protowire.ConsumeTag(b)
		if n < 0 {
			t.Fatalf("bad tag: %v", protowire.ParseError(n))
		}
		b = b[n:]
		var f field
		switch typ {
		case protowire.VarintType:
			f.varint, n = protowire.ConsumeVarint(b)
		case protowire.BytesType:
			f.bytes, n = protowire.ConsumeBytes(b)
		default:
			t.Fatalf("field %d has unexpected wire type %v", num, typ)
		}
		if n < 0 {
			t.Fatalf("field %d: %v", num, protowire.ParseError(n))
		}
		b = b[n:]
		out[num] = append(out[num], f)
	}
	return out
}
