package onnx

import (
	"fmt"
	"slices"

	"google.golang.org/protobuf/encoding/protowire"
)

// Field numbers of onnx.proto (onnx/onnx, proto2 syntax) that the batch
// rewrite reads or writes.
const (
	pbModelGraph = 7

	pbGraphNode        = 1
	pbGraphName        = 2
	pbGraphInitializer = 5
	pbGraphDocString   = 10
	pbGraphInput       = 11
	pbGraphOutput      = 12

	pbNodeInput     = 1
	pbNodeOutput    = 2
	pbNodeName      = 3
	pbNodeOpType    = 4
	pbNodeDocString = 6
	pbNodeDomain    = 7

	pbTensorDims = 1
	pbTensorName = 8

	pbValueInfoName = 1
	pbValueInfoType = 2
	pbTypeTensor    = 1
	pbTensorShape   = 2
	pbShapeDim      = 1
	pbDimValue      = 1
	pbDimParam      = 2
)

// batchDimParam names the symbolic batch dimension the rewrite declares.
const batchDimParam = "batch"

// rowwiseOps are the operators whose output row i depends on input row i
// only, given the operand rules checked in checkRowwise: a graph made of
// nothing else computes every row as it would alone.
var rowwiseOps = map[string]bool{
	"MatMul": true, "Add": true, "Sub": true, "Mul": true, "Div": true,
	"Relu": true, "Sigmoid": true, "Tanh": true,
}

// dynamicBatch returns a copy of the model bytes data whose graph input in
// and output out declare a symbolic first (batch) dimension instead of 1,
// so one run takes any number of rows. It only rewrites graphs it can show
// compute each row on its own (checkRowwise), and refuses anything else with
// an error wrapping ErrNotBatchable. The copy lives in memory only: the
// model's identity stays the digest of data.
func dynamicBatch(data []byte, in, out Spec) ([]byte, error) {
	if in.Shape[0] != 1 || out.Shape[0] != 1 {
		return nil, fmt.Errorf("%w: batch dimension of %v and %v is not 1", ErrNotBatchable, in.Shape, out.Shape)
	}
	var graph []byte
	rest, err := rewriteFields(data, func(num protowire.Number, typ protowire.Type, v []byte) ([]byte, bool, error) {
		if num != pbModelGraph {
			return nil, false, nil
		}
		if typ != protowire.BytesType || graph != nil {
			return nil, false, fmt.Errorf("%w: malformed or repeated graph", ErrNotBatchable)
		}
		g, err := rewriteGraph(v, in, out)
		graph = g
		return g, true, err
	})
	if err != nil {
		return nil, err
	}
	if graph == nil {
		return nil, fmt.Errorf("%w: the model has no graph", ErrNotBatchable)
	}
	return rest, nil
}

// rewriteGraph checks a GraphProto and rewrites the batch dimension of its
// input in and output out.
func rewriteGraph(g []byte, in, out Spec) ([]byte, error) {
	initializers := map[string]constant{}
	var nodes [][]byte
	var others []string // graph inputs and outputs other than in and out
	var inputs, outputs int
	rewritten, err := rewriteFields(g, func(num protowire.Number, typ protowire.Type, v []byte) ([]byte, bool, error) {
		if typ != protowire.BytesType {
			return nil, false, fmt.Errorf("%w: graph field %d has wire type %d", ErrNotBatchable, num, typ)
		}
		switch num {
		case pbGraphName, pbGraphDocString:
			return nil, false, nil
		case pbGraphNode:
			nodes = append(nodes, v)
			return nil, false, nil
		case pbGraphInitializer:
			name, c, err := initializerInfo(v)
			initializers[name] = c
			return nil, false, err
		case pbGraphInput, pbGraphOutput:
			spec, count := in, &inputs
			if num == pbGraphOutput {
				spec, count = out, &outputs
			}
			name, err := valueInfoName(v)
			if err != nil || name != spec.Name {
				others = append(others, name)
				return nil, false, err
			}
			*count++
			nv, err := batchValueInfo(v, len(spec.Shape))
			return nv, true, err
		default:
			// value_info, sparse initializers, quantisation annotations…:
			// none of them occur in Steward's models, and each could pin
			// a shape or change what runs.
			return nil, false, fmt.Errorf("%w: graph field %d is not supported", ErrNotBatchable, num)
		}
	})
	if err != nil {
		return nil, err
	}
	if inputs != 1 || outputs != 1 {
		return nil, fmt.Errorf("%w: graph declares input %q %d times and output %q %d times", ErrNotBatchable, in.Name, inputs, out.Name, outputs)
	}
	for _, name := range others {
		// Older IR versions list initializers among the graph inputs too;
		// anything else is a second input or output.
		if _, ok := initializers[name]; !ok {
			return nil, fmt.Errorf("%w: graph input or output %q besides %q and %q", ErrNotBatchable, name, in.Name, out.Name)
		}
	}
	for _, n := range nodes {
		if err := checkRowwise(n, initializers, len(in.Shape)); err != nil {
			return nil, err
		}
	}
	return rewritten, nil
}

// checkRowwise refuses a node that could mix rows or pin the batch size:
// only rowwiseOps in the default domain without attributes; MatMul only as
// data × a rank-2 initializer; an elementwise operand that is an
// initializer only of lower rank than the input (broadcast over trailing
// dimensions) or of equal rank with a first dimension of 1.
func checkRowwise(node []byte, initializers map[string]constant, inputRank int) error {
	var op, domain string
	var ins []string
	_, err := rewriteFields(node, func(num protowire.Number, typ protowire.Type, v []byte) ([]byte, bool, error) {
		if typ != protowire.BytesType {
			return nil, false, fmt.Errorf("%w: node field %d has wire type %d", ErrNotBatchable, num, typ)
		}
		switch num {
		case pbNodeInput:
			ins = append(ins, string(v))
		case pbNodeOpType:
			op = string(v)
		case pbNodeDomain:
			domain = string(v)
		case pbNodeOutput, pbNodeName, pbNodeDocString:
		default:
			return nil, false, fmt.Errorf("%w: node field %d (attributes…) is not supported", ErrNotBatchable, num)
		}
		return nil, false, nil
	})
	if err != nil {
		return err
	}
	if !rowwiseOps[op] || (domain != "" && domain != "ai.onnx") {
		return fmt.Errorf("%w: operator %q (domain %q) is not known to keep rows apart", ErrNotBatchable, op, domain)
	}
	if op == "MatMul" {
		if len(ins) == 2 {
			_, aConst := initializers[ins[0]]
			if b, bConst := initializers[ins[1]]; !aConst && bConst && b.rank == 2 {
				return nil
			}
		}
		return fmt.Errorf("%w: MatMul %v is not data × a constant matrix", ErrNotBatchable, ins)
	}
	for _, name := range ins {
		c, ok := initializers[name]
		if ok && (c.rank > inputRank || c.rank == inputRank && !c.leadingOne) {
			return fmt.Errorf("%w: %s operand %q may broadcast over the batch dimension", ErrNotBatchable, op, name)
		}
	}
	return nil
}

// constant is what the batch rewrite needs of an initializer.
type constant struct {
	rank int
	// leadingOne is whether the first of two or more dimensions is 1: such
	// a constant broadcasts over the batch, the same for every row.
	leadingOne bool
}

// initializerInfo reads a TensorProto's name, rank and first dimension.
func initializerInfo(t []byte) (name string, c constant, err error) {
	var dims []uint64
	_, err = rewriteFields(t, func(num protowire.Number, typ protowire.Type, v []byte) ([]byte, bool, error) {
		switch {
		case num == pbTensorName && typ == protowire.BytesType:
			name = string(v)
		case num == pbTensorDims && typ == protowire.VarintType:
			d, _ := protowire.ConsumeVarint(v)
			dims = append(dims, d)
		case num == pbTensorDims && typ == protowire.BytesType: // packed
			for len(v) > 0 {
				d, n := protowire.ConsumeVarint(v)
				if n < 0 {
					return nil, false, fmt.Errorf("%w: initializer dims", ErrNotBatchable)
				}
				dims, v = append(dims, d), v[n:]
			}
		}
		return nil, false, nil
	})
	c = constant{rank: len(dims), leadingOne: len(dims) > 1 && dims[0] == 1}
	return name, c, err
}

// valueInfoName reads a ValueInfoProto's name.
func valueInfoName(vi []byte) (string, error) {
	var name string
	_, err := rewriteFields(vi, func(num protowire.Number, typ protowire.Type, v []byte) ([]byte, bool, error) {
		if num == pbValueInfoName && typ == protowire.BytesType {
			name = string(v)
		}
		return nil, false, nil
	})
	return name, err
}

// batchValueInfo rewrites the first dimension of a ValueInfoProto's tensor
// shape, which must have rank dims and a first dimension of 1 (or already
// be symbolic), to the symbolic batchDimParam.
func batchValueInfo(vi []byte, rank int) ([]byte, error) {
	var dims int
	out, err := rewritePath(vi, []protowire.Number{pbValueInfoType, pbTypeTensor, pbTensorShape}, func(shape []byte) ([]byte, error) {
		return rewriteFields(shape, func(num protowire.Number, typ protowire.Type, v []byte) ([]byte, bool, error) {
			if num != pbShapeDim || typ != protowire.BytesType {
				return nil, false, fmt.Errorf("%w: malformed shape", ErrNotBatchable)
			}
			dims++
			if dims > 1 {
				return nil, false, nil
			}
			var value uint64
			var param bool
			if _, err := rewriteFields(v, func(num protowire.Number, _ protowire.Type, dv []byte) ([]byte, bool, error) {
				if num == pbDimValue {
					value, _ = protowire.ConsumeVarint(dv)
				}
				param = param || num == pbDimParam
				return nil, false, nil
			}); err != nil {
				return nil, false, err
			}
			if value != 1 && !param {
				return nil, false, fmt.Errorf("%w: batch dimension is %d", ErrNotBatchable, value)
			}
			return protowire.AppendString(protowire.AppendTag(nil, pbDimParam, protowire.BytesType), batchDimParam), true, nil
		})
	})
	if err == nil && dims != rank {
		err = fmt.Errorf("%w: shape has %d dimensions, want %d", ErrNotBatchable, dims, rank)
	}
	return out, err
}

// rewritePath rewrites the message found by following the (non-repeated)
// length-delimited fields path from msg with f; a missing field is an error.
func rewritePath(msg []byte, path []protowire.Number, f func([]byte) ([]byte, error)) ([]byte, error) {
	if len(path) == 0 {
		return f(msg)
	}
	found := false
	out, err := rewriteFields(msg, func(num protowire.Number, typ protowire.Type, v []byte) ([]byte, bool, error) {
		if num != path[0] || typ != protowire.BytesType {
			return nil, false, nil
		}
		if found {
			return nil, false, fmt.Errorf("%w: field %d repeated", ErrNotBatchable, num)
		}
		found = true
		nv, err := rewritePath(v, path[1:], f)
		return nv, true, err
	})
	if err == nil && !found {
		err = fmt.Errorf("%w: no field %d", ErrNotBatchable, path[0])
	}
	return out, err
}

// rewriteFields walks the fields of one protobuf message, calling f with
// each field's number, wire type and value (a varint's bytes for
// VarintType, the payload for BytesType, the raw bytes otherwise). When f
// answers replace, the field is re-encoded with the new payload (it must be
// a BytesType field); every other field is copied byte for byte.
func rewriteFields(msg []byte, f func(num protowire.Number, typ protowire.Type, v []byte) (payload []byte, replace bool, err error)) ([]byte, error) {
	out := make([]byte, 0, len(msg))
	for len(msg) > 0 {
		num, typ, tagLen := protowire.ConsumeTag(msg)
		if tagLen < 0 {
			return nil, fmt.Errorf("%w: malformed protobuf: %v", ErrNotBatchable, protowire.ParseError(tagLen))
		}
		fieldLen := protowire.ConsumeFieldValue(num, typ, msg[tagLen:])
		if fieldLen < 0 {
			return nil, fmt.Errorf("%w: malformed protobuf field %d: %v", ErrNotBatchable, num, protowire.ParseError(fieldLen))
		}
		field := msg[:tagLen+fieldLen]
		value := field[tagLen:]
		if typ == protowire.BytesType {
			value, _ = protowire.ConsumeBytes(value)
		}
		payload, replace, err := f(num, typ, value)
		if err != nil {
			return nil, err
		}
		if replace {
			out = protowire.AppendBytes(protowire.AppendTag(out, num, protowire.BytesType), payload)
		} else {
			out = append(out, field...)
		}
		msg = msg[len(field):]
	}
	return slices.Clip(out), nil
}
