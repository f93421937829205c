package build

import (
	"encoding/binary"
	"fmt"
	"math"

	"google.golang.org/protobuf/encoding/protowire"
)

// Defaults applied by Model.Encode to zero fields.
const (
	// DefaultIRVersion is the ONNX IR version written when Model.IRVersion is 0.
	DefaultIRVersion = 8
	// DefaultOpsetVersion is the default-domain opset written when
	// Model.OpsetVersion is 0.
	DefaultOpsetVersion = 17
)

// Field numbers and enum values from onnx.proto (onnx/onnx, proto2 syntax).
const (
	modelIRVersion       = 1
	modelProducerName    = 2
	modelProducerVersion = 3
	modelDocString       = 6
	modelGraph           = 7
	modelOpsetImport     = 8

	opsetDomain  = 1
	opsetVersion = 2

	graphNode        = 1
	graphName        = 2
	graphInitializer = 5
	graphInput       = 11
	graphOutput      = 12

	nodeInput  = 1
	nodeOutput = 2
	nodeName   = 3
	nodeOpType = 4

	tensorDims     = 1
	tensorDataType = 2
	tensorName     = 8
	tensorRawData  = 9

	valueInfoName = 1
	valueInfoType = 2

	typeTensorType  = 1
	typeTensorElem  = 1
	typeTensorShape = 2
	shapeDim        = 1
	dimValue        = 1

	dataTypeFloat = 1
)

// Model is an ONNX model: one graph and the metadata ONNX Runtime needs to
// load it. Every tensor is float32.
type Model struct {
	// IRVersion is the ONNX IR version. Defaults to DefaultIRVersion.
	IRVersion int64
	// OpsetVersion is the version of the default operator set ("ai.onnx").
	// Defaults to DefaultOpsetVersion.
	OpsetVersion int64
	// ProducerName and ProducerVersion name the tool that wrote the model.
	ProducerName    string
	ProducerVersion string
	// DocString is free text stored in the model.
	DocString string
	// Graph is the computation.
	Graph Graph
}

// Graph is a computation graph. Nodes must be listed in topological order:
// each node reads only graph inputs, initializers and outputs of earlier nodes.
type Graph struct {
	Name         string
	Nodes        []Node
	Initializers []Tensor
	Inputs       []ValueInfo
	Outputs      []ValueInfo
}

// Node is one operator application.
type Node struct {
	Name    string
	OpType  string
	Inputs  []string
	Outputs []string
}

// Tensor is a constant float32 tensor (an initializer), row-major.
type Tensor struct {
	Name string
	Dims []int64
	Data []float32
}

// ValueInfo declares a float32 graph input or output with a fixed shape.
type ValueInfo struct {
	Name  string
	Shape []int64
}

// Encode validates the model and returns its ONNX protobuf encoding. The same
// Model always yields the same bytes.
func (m Model) Encode() ([]byte, error) {
	if err := m.Graph.validate(); err != nil {
		return nil, err
	}
	ir, opset := m.IRVersion, m.OpsetVersion
	if ir == 0 {
		ir = DefaultIRVersion
	}
	if opset == 0 {
		opset = DefaultOpsetVersion
	}
	var b []byte
	b = appendVarint(b, modelIRVersion, uint64(ir))
	b = appendString(b, modelProducerName, m.ProducerName)
	b = appendString(b, modelProducerVersion, m.ProducerVersion)
	b = appendString(b, modelDocString, m.DocString)
	b = appendMessage(b, modelGraph, m.Graph.encode())
	// An empty domain means the default "ai.onnx" operator set.
	b = appendMessage(b, modelOpsetImport, appendVarint(appendString(nil, opsetDomain, ""), opsetVersion, uint64(opset)))
	return b, nil
}

func (g Graph) validate() error {
	if g.Name == "" {
		return fmt.Errorf("%w: graph has no name", ErrInvalidModel)
	}
	if len(g.Inputs) == 0 || len(g.Outputs) == 0 {
		return fmt.Errorf("%w: graph %q needs at least one input and one output", ErrInvalidModel, g.Name)
	}
	defined := map[string]string{}
	define := func(name, what string) error {
		if name == "" {
			return fmt.Errorf("%w: %s has an empty name", ErrInvalidModel, what)
		}
		if prev, dup := defined[name]; dup {
			return fmt.Errorf("%w: %s %q is already defined by %s", ErrInvalidModel, what, name, prev)
		}
		defined[name] = what
		return nil
	}
	for i, in := range g.Inputs {
		if err := define(in.Name, fmt.Sprintf("input %d", i)); err != nil {
			return err
		}
		if err := validDims(in.Shape, false); err != nil {
			return fmt.Errorf("%w: input %q: %v", ErrInvalidModel, in.Name, err)
		}
	}
	for i, t := range g.Initializers {
		if err := define(t.Name, fmt.Sprintf("initializer %d", i)); err != nil {
			return err
		}
		if err := t.validate(); err != nil {
			return err
		}
	}
	for i, n := range g.Nodes {
		if n.OpType == "" {
			return fmt.Errorf("%w: node %d (%q) has no op type", ErrInvalidModel, i, n.Name)
		}
		for _, in := range n.Inputs {
			if _, ok := defined[in]; !ok {
				return fmt.Errorf("%w: node %q reads %q, which nothing before it defines", ErrInvalidModel, n.Name, in)
			}
		}
		if len(n.Outputs) == 0 {
			return fmt.Errorf("%w: node %q has no output", ErrInvalidModel, n.Name)
		}
		for _, out := range n.Outputs {
			if err := define(out, fmt.Sprintf("node %q output", n.Name)); err != nil {
				return err
			}
		}
	}
	for _, out := range g.Outputs {
		if _, ok := defined[out.Name]; !ok {
			return fmt.Errorf("%w: graph output %q is not produced by any node", ErrInvalidModel, out.Name)
		}
		if err := validDims(out.Shape, false); err != nil {
			return fmt.Errorf("%w: output %q: %v", ErrInvalidModel, out.Name, err)
		}
	}
	return nil
}

func (t Tensor) validate() error {
	if err := validDims(t.Dims, true); err != nil {
		return fmt.Errorf("%w: initializer %q: %v", ErrInvalidModel, t.Name, err)
	}
	n := int64(1)
	for _, d := range t.Dims {
		n *= d
	}
	if int64(len(t.Data)) != n {
		return fmt.Errorf("%w: initializer %q has %d values, its dims %v need %d", ErrInvalidModel, t.Name, len(t.Data), t.Dims, n)
	}
	for i, v := range t.Data {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return fmt.Errorf("%w: initializer %q value %d is %v", ErrInvalidModel, t.Name, i, v)
		}
	}
	return nil
}

func validDims(dims []int64, scalarOK bool) error {
	if len(dims) == 0 && !scalarOK {
		return fmt.Errorf("shape has no dimensions")
	}
	for i, d := range dims {
		if d <= 0 {
			return fmt.Errorf("dimension %d is %d, want > 0", i, d)
		}
	}
	return nil
}

func (g Graph) encode() []byte {
	var b []byte
	for _, n := range g.Nodes {
		b = appendMessage(b, graphNode, n.encode())
	}
	b = appendString(b, graphName, g.Name)
	for _, t := range g.Initializers {
		b = appendMessage(b, graphInitializer, t.encode())
	}
	for _, v := range g.Inputs {
		b = appendMessage(b, graphInput, v.encode())
	}
	for _, v := range g.Outputs {
		b = appendMessage(b, graphOutput, v.encode())
	}
	return b
}

func (n Node) encode() []byte {
	var b []byte
	for _, in := range n.Inputs {
		b = appendString(b, nodeInput, in)
	}
	for _, out := range n.Outputs {
		b = appendString(b, nodeOutput, out)
	}
	b = appendString(b, nodeName, n.Name)
	return appendString(b, nodeOpType, n.OpType)
}

func (t Tensor) encode() []byte {
	var b []byte
	for _, d := range t.Dims {
		b = appendVarint(b, tensorDims, uint64(d))
	}
	b = appendVarint(b, tensorDataType, dataTypeFloat)
	b = appendString(b, tensorName, t.Name)
	// raw_data holds the values as little-endian IEEE 754, as onnx.proto specifies.
	raw := make([]byte, 4*len(t.Data))
	for i, v := range t.Data {
		binary.LittleEndian.PutUint32(raw[4*i:], math.Float32bits(v))
	}
	return appendMessage(b, tensorRawData, raw)
}

func (v ValueInfo) encode() []byte {
	var shape []byte
	for _, d := range v.Shape {
		shape = appendMessage(shape, shapeDim, appendVarint(nil, dimValue, uint64(d)))
	}
	tensorType := appendVarint(nil, typeTensorElem, dataTypeFloat)
	tensorType = appendMessage(tensorType, typeTensorShape, shape)
	b := appendString(nil, valueInfoName, v.Name)
	return appendMessage(b, valueInfoType, appendMessage(nil, typeTensorType, tensorType))
}

func appendVarint(b []byte, num protowire.Number, v uint64) []byte {
	b = protowire.AppendTag(b, num, protowire.VarintType)
	return protowire.AppendVarint(b, v)
}

// appendString writes a string field; empty strings are left out, as a proto
// encoder does for unset optional fields.
func appendString(b []byte, num protowire.Number, s string) []byte {
	if s == "" {
		return b
	}
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendString(b, s)
}

// appendMessage writes a length-delimited field, even when empty: an empty
// embedded message (e.g. a scalar's shape) is still present.
func appendMessage(b []byte, num protowire.Number, msg []byte) []byte {
	b = protowire.AppendTag(b, num, protowire.BytesType)
	return protowire.AppendBytes(b, msg)
}
