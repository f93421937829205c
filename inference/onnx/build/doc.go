// Package build writes ONNX model files from Go, without Python and without
// cgo, so the project can make the models it ships and tests with.
//
// It encodes the subset of onnx.proto that a multilayer perceptron needs
// (ModelProto, GraphProto, NodeProto, TensorProto, ValueInfoProto and their
// type and shape messages) with protowire, using onnx.proto's field numbers.
// Only float32 tensors exist here, and fields are written in one fixed order,
// so the same Model always encodes to the same bytes: a model file's keccak256
// digest (its on-chain identity) depends on nothing but its weights and names.
//
// MLP describes a network of dense layers; MLP.Forward is its reference
// forward pass in float32, and MLP.Model turns it into a graph of MatMul, Add
// and Relu nodes that ONNX Runtime runs to the same numbers (within float32
// rounding of a different summation order).
//
// Ridge fits a linear layer in closed form; EarlyStop and Descend fit a
// one-hidden-layer ReLU network by full-batch Adam on a Huber loss, from a
// seed, and fold the standardisation into the weights, so the same data
// give the same model bytes. The project's trainers (backtest/train, the
// governance and lending-risk kinds') fit with them.
package build
