package build

import (
	"fmt"
	"math"
)

// Activation is the function a dense layer applies to its output.
type Activation int

// Activations a Layer can use.
const (
	// Linear applies nothing.
	Linear Activation = iota
	// ReLU applies max(0, x).
	ReLU
)

// String returns the activation's name.
func (a Activation) String() string {
	switch a {
	case Linear:
		return "linear"
	case ReLU:
		return "relu"
	default:
		return fmt.Sprintf("Activation(%d)", int(a))
	}
}

// Layer is one dense layer: y = act(x·W + b).
type Layer struct {
	// In and Out are the layer's input and output widths.
	In, Out int
	// Weights is the In×Out matrix W, row-major: Weights[i*Out+j] links input
	// i to output j.
	Weights []float32
	// Bias has Out values.
	Bias []float32
	// Activation follows the affine map.
	Activation Activation
}

// MLP is a multilayer perceptron evaluated on one input vector at a time
// (batch 1).
type MLP struct {
	Layers []Layer
}

// ModelParams names the parts of the ONNX model MLP.Model writes.
type ModelParams struct {
	// GraphName names the graph. Defaults to "mlp".
	GraphName string
	// InputName names the graph input, of shape [1, first layer's In].
	// Defaults to "input".
	InputName string
	// OutputName names the graph output, of shape [1, last layer's Out].
	// Defaults to "output".
	OutputName string
	// ProducerName, ProducerVersion and DocString go to the model as is.
	ProducerName    string
	ProducerVersion string
	DocString       string
}

// Validate checks that the layers chain and that every weight is finite.
func (m MLP) Validate() error {
	if len(m.Layers) == 0 {
		return fmt.Errorf("%w: MLP has no layers", ErrInvalidModel)
	}
	for k, l := range m.Layers {
		if l.In <= 0 || l.Out <= 0 {
			return fmt.Errorf("%w: layer %d is %d×%d, want positive widths", ErrInvalidModel, k, l.In, l.Out)
		}
		if k > 0 && l.In != m.Layers[k-1].Out {
			return fmt.Errorf("%w: layer %d takes %d inputs but layer %d gives %d", ErrInvalidModel, k, l.In, k-1, m.Layers[k-1].Out)
		}
		if len(l.Weights) != l.In*l.Out {
			return fmt.Errorf("%w: layer %d has %d weights, want %d×%d", ErrInvalidModel, k, len(l.Weights), l.In, l.Out)
		}
		if len(l.Bias) != l.Out {
			return fmt.Errorf("%w: layer %d has %d biases, want %d", ErrInvalidModel, k, len(l.Bias), l.Out)
		}
		if l.Activation != Linear && l.Activation != ReLU {
			return fmt.Errorf("%w: layer %d has unknown %v", ErrInvalidModel, k, l.Activation)
		}
		for _, vs := range [][]float32{l.Weights, l.Bias} {
			for _, v := range vs {
				if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
					return fmt.Errorf("%w: layer %d has a non-finite parameter %v", ErrInvalidModel, k, v)
				}
			}
		}
	}
	return nil
}

// Forward is the reference forward pass in float32 arithmetic.
func (m MLP) Forward(x []float32) ([]float32, error) {
	if err := m.Validate(); err != nil {
		return nil, err
	}
	if len(x) != m.Layers[0].In {
		return nil, fmt.Errorf("%w: got %d values, want %d", ErrInputSize, len(x), m.Layers[0].In)
	}
	for _, l := range m.Layers {
		y := make([]float32, l.Out)
		for j := range y {
			var s float32
			for i, xi := range x {
				s += xi * l.Weights[i*l.Out+j]
			}
			s += l.Bias[j]
			if l.Activation == ReLU && s < 0 {
				s = 0
			}
			y[j] = s
		}
		x = y
	}
	return x, nil
}

// Model returns the network as an ONNX model: for layer k, a MatMul with
// initializer "layer<k>/weight" ([In, Out]), an Add with "layer<k>/bias"
// ([Out], broadcast), then a Relu when the layer has one.
func (m MLP) Model(p ModelParams) (Model, error) {
	if err := m.Validate(); err != nil {
		return Model{}, err
	}
	p = p.withDefaults()
	g := Graph{
		Name:    p.GraphName,
		Inputs:  []ValueInfo{{Name: p.InputName, Shape: []int64{1, int64(m.Layers[0].In)}}},
		Outputs: []ValueInfo{{Name: p.OutputName, Shape: []int64{1, int64(m.Layers[len(m.Layers)-1].Out)}}},
	}
	cur := p.InputName
	for k, l := range m.Layers {
		prefix := fmt.Sprintf("layer%d/", k)
		last := k == len(m.Layers)-1
		g.Initializers = append(g.Initializers,
			Tensor{Name: prefix + "weight", Dims: []int64{int64(l.In), int64(l.Out)}, Data: l.Weights},
			Tensor{Name: prefix + "bias", Dims: []int64{int64(l.Out)}, Data: l.Bias},
		)
		// The last node of the last layer writes the graph output itself.
		name := func(op string, final bool) string {
			if last && final {
				return p.OutputName
			}
			return prefix + op
		}
		g.Nodes = append(g.Nodes,
			Node{Name: prefix + "matmul", OpType: "MatMul", Inputs: []string{cur, prefix + "weight"}, Outputs: []string{prefix + "matmul"}},
			Node{Name: prefix + "add", OpType: "Add", Inputs: []string{prefix + "matmul", prefix + "bias"}, Outputs: []string{name("add", l.Activation == Linear)}},
		)
		cur = name("add", l.Activation == Linear)
		if l.Activation == ReLU {
			g.Nodes = append(g.Nodes, Node{Name: prefix + "relu", OpType: "Relu", Inputs: []string{cur}, Outputs: []string{name("relu", true)}})
			cur = name("relu", true)
		}
	}
	return Model{
		ProducerName:    p.ProducerName,
		ProducerVersion: p.ProducerVersion,
		DocString:       p.DocString,
		Graph:           g,
	}, nil
}

// Encode returns the network as the bytes of an ONNX file: Model, encoded.
func (m MLP) Encode(p ModelParams) ([]byte, error) {
	model, err := m.Model(p)
	if err != nil {
		return nil, err
	}
	return model.Encode()
}

func (p ModelParams) withDefaults() ModelParams {
	if p.GraphName == "" {
		p.GraphName = "mlp"
	}
	if p.InputName == "" {
		p.InputName = "input"
	}
	if p.OutputName == "" {
		p.OutputName = "output"
	}
	return p
}
