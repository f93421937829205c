package onnx

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"google.golang.org/protobuf/encoding/protowire"

	"github.com/steward-agents/steward/inference/onnx/build"
)

// graphOf encodes a graph with input x and output y of the given shapes.
func graphOf(t *testing.T, in, out []int64, inits []build.Tensor, nodes ...build.Node) []byte {
	t.Helper()
	data, err := build.Model{Graph: build.Graph{Name: "g", Nodes: nodes, Initializers: inits,
		Inputs: []build.ValueInfo{{Name: "x", Shape: in}}, Outputs: []build.ValueInfo{{Name: "y", Shape: out}}}}.Encode()
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func constant2(name string, d0, d1 int64) build.Tensor {
	return build.Tensor{Name: name, Dims: []int64{d0, d1}, Data: make([]float32, d0*d1)}
}

// declaredDims reads the dimensions a model declares for its graph input
// or output name: a number, or the name of a symbolic dimension.
func declaredDims(t *testing.T, data []byte, name string) []string {
	t.Helper()
	field := func(msg []byte, want protowire.Number) [][]byte {
		var out [][]byte
		for len(msg) > 0 {
			num, typ, n := protowire.ConsumeTag(msg)
			if n < 0 {
				t.Fatalf("malformed protobuf")
			}
			msg = msg[n:]
			m := protowire.ConsumeFieldValue(num, typ, msg)
			if num == want {
				switch typ {
				case protowire.BytesType:
					v, _ := protowire.ConsumeBytes(msg)
					out = append(out, v)
				case protowire.VarintType:
					v, _ := protowire.ConsumeVarint(msg)
					out = append(out, []byte(fmt.Sprint(v)))
				}
			}
			msg = msg[m:]
		}
		return out
	}
	graph := field(data, pbModelGraph)[0]
	for _, vi := range append(field(graph, pbGraphInput), field(graph, pbGraphOutput)...) {
		if string(field(vi, pbValueInfoName)[0]) != name {
			continue
		}
		shape := field(field(field(vi, pbValueInfoType)[0], pbTypeTensor)[0], pbTensorShape)[0]
		var dims []string
		for _, d := range field(shape, pbShapeDim) {
			if p := field(d, pbDimParam); len(p) > 0 {
				dims = append(dims, string(p[0]))
			} else {
				dims = append(dims, string(field(d, pbDimValue)[0]))
			}
		}
		return dims
	}
	t.Fatalf("no graph input or output %q", name)
	return nil
}

func TestDynamicBatch(t *testing.T) {
	w := constant2("w", 5, 3)
	matmul := build.Node{Name: "mm", OpType: "MatMul", Inputs: []string{"x", "w"}, Outputs: []string{"h"}}
	add := func(c string) build.Node {
		return build.Node{Name: "add", OpType: "Add", Inputs: []string{"h", c}, Outputs: []string{"y"}}
	}
	cases := []struct {
		name    string
		data    []byte
		in, out []int64
		// refused is empty when the graph must be rewritten.
		refused string
	}{
		{name: "matmul, add of a vector", in: []int64{1, 5}, out: []int64{1, 3},
			data: graphOf(t, []int64{1, 5}, []int64{1, 3}, []build.Tensor{w, {Name: "b", Dims: []int64{3}, Data: make([]float32, 3)}}, matmul, add("b"))},
		{name: "add of a one-row matrix", in: []int64{1, 5}, out: []int64{1, 3},
			data: graphOf(t, []int64{1, 5}, []int64{1, 3}, []build.Tensor{w, constant2("b", 1, 3)}, matmul, add("b"))},
		{name: "relu of data plus data", in: []int64{1, 5}, out: []int64{1, 5},
			data: graphOf(t, []int64{1, 5}, []int64{1, 5}, nil,
				build.Node{Name: "sum", OpType: "Add", Inputs: []string{"x", "x"}, Outputs: []string{"s"}},
				build.Node{Name: "relu", OpType: "Relu", Inputs: []string{"s"}, Outputs: []string{"y"}})},
		{name: "an operator that is not row by row", in: []int64{1, 5}, out: []int64{1, 5}, refused: `operator "Softmax"`,
			data: graphOf(t, []int64{1, 5}, []int64{1, 5}, nil, build.Node{Name: "sm", OpType: "Softmax", Inputs: []string{"x"}, Outputs: []string{"y"}})},
		// x is the right operand: a batch of k rows would be the inner dimension.
		{name: "matmul by data", in: []int64{1, 5}, out: []int64{1, 5}, refused: "not data × a constant matrix",
			data: graphOf(t, []int64{1, 5}, []int64{1, 5}, []build.Tensor{constant2("c", 1, 1)},
				build.Node{Name: "mm", OpType: "MatMul", Inputs: []string{"c", "x"}, Outputs: []string{"y"}})},
		// A constant of higher rank moves the rows to its second dimension.
		{name: "add of a constant of higher rank", in: []int64{1, 3}, out: []int64{1, 1, 3}, refused: "may broadcast over the batch",
			data: graphOf(t, []int64{1, 3}, []int64{1, 1, 3}, []build.Tensor{{Name: "c", Dims: []int64{1, 1, 3}, Data: make([]float32, 3)}},
				build.Node{Name: "add", OpType: "Add", Inputs: []string{"x", "c"}, Outputs: []string{"y"}})},
		{name: "batch dimension 2", in: []int64{2, 5}, out: []int64{2, 3}, refused: "is not 1",
			data: graphOf(t, []int64{2, 5}, []int64{2, 3}, []build.Tensor{w}, build.Node{Name: "mm", OpType: "MatMul", Inputs: []string{"x", "w"}, Outputs: []string{"y"}})},
		{name: "not a model", in: []int64{1, 5}, out: []int64{1, 3}, data: []byte("not a model"), refused: "malformed"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, err := dynamicBatch(tc.data, Spec{Name: "x", Shape: tc.in}, Spec{Name: "y", Shape: tc.out})
			if tc.refused != "" {
				if !errors.Is(err, ErrNotBatchable) || !strings.Contains(err.Error(), tc.refused) {
					t.Fatalf("err = %v, want ErrNotBatchable saying %q", err, tc.refused)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			for name, shape := range map[string][]int64{"x": tc.in, "y": tc.out} {
				want := []string{batchDimParam}
				for _, d := range shape[1:] {
					want = append(want, fmt.Sprint(d))
				}
				if dims := declaredDims(t, got, name); !slices.Equal(dims, want) {
					t.Errorf("%s declares %v, want %v", name, dims, want)
				}
			}
			if dims := declaredDims(t, tc.data, "x"); dims[0] != "1" {
				t.Errorf("the original bytes changed: x declares %v", dims)
			}
		})
	}
}
