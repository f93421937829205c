package verify

import (
	"context"
	"fmt"
	"slices"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/inference/commit"
)

// Inferer runs a deterministic fixed-point model (an ONNX model pinned for
// reproducibility, see inference/onnx).
type Inferer interface {
	Infer(ctx context.Context, inputs []int64) ([]int64, error)
}

// Scales are a fixed-point model's scales, as its card gives them.
type Scales struct {
	Input, Output int64
}

// FixedPoint is the Model of a deterministic fixed-point model: it decodes
// the published int256[] inputs and outputs, re-runs the model on the
// inputs and requires exactly the published outputs. The outputs it
// returns carry the model's scales, so a derivation can check the inputs
// were written at the scale it reads them at.
func FixedPoint(m Inferer, s Scales) Model {
	return fixedPoint{m: m, scales: s}
}

type fixedPoint struct {
	m      Inferer
	scales Scales
}

func (f fixedPoint) Recheck(ctx context.Context, inputs, outputs []byte) (program.Output, error) {
	in, err := commit.DecodeInts(inputs)
	if err != nil {
		return program.Output{}, fmt.Errorf("published inputs: %w", err)
	}
	out, err := commit.DecodeInts(outputs)
	if err != nil {
		return program.Output{}, fmt.Errorf("published outputs: %w", err)
	}
	rerun, err := f.m.Infer(ctx, in)
	if err != nil {
		return program.Output{}, fmt.Errorf("re-running on the published inputs failed: %w", err)
	}
	if !slices.Equal(rerun, out) {
		return program.Output{}, fmt.Errorf("re-run output differs: on the published inputs the model gives %v (digest %s), the record commits to %v (digest %s)",
			rerun, commit.DigestInts(rerun), out, commit.DigestInts(out))
	}
	return program.Output{Values: out, Scale: f.scales.Output, InputScale: f.scales.Input}, nil
}
