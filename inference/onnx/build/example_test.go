package build_test

import (
	"fmt"

	"github.com/steward-agents/steward/inference/onnx/build"
)

func ExampleMLP_Model() {
	mlp := build.MLP{Layers: []build.Layer{
		{In: 2, Out: 1, Weights: []float32{0.5, -2}, Bias: []float32{1}, Activation: build.ReLU},
	}}
	y, _ := mlp.Forward([]float32{4, 0.25})
	data, _ := mlp.Encode(build.ModelParams{InputName: "x", OutputName: "y"})
	fmt.Println(y, len(data) > 0)
	// Output: [2.5] true
}
