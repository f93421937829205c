package agents

import (
	"context"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/inference/commit"
)

// Model runs an agent's inferences: a numeric model from its card
// (CardModel, ONNX) or an LLM (LLMModel). Its digest is what the registry
// authorises and every record commits to.
type Model interface {
	Digest() common.Hash
	// Run makes one inference of a tick's input.
	Run(ctx context.Context, in program.Input) (Inference, error)
}

// Asynchronous is implemented by a Model whose answers can take longer
// than a block (an LLM). The pipeline starts its inferences at one head and
// takes their answers at a later one, so heads keep being processed on
// time meanwhile (see Agent.Tick).
type Asynchronous interface {
	Asynchronous() bool
}

// Inference is one answer of a Model, with what its record publishes.
type Inference struct {
	// Inputs and Outputs are the fixed-point values the store keeps; an
	// LLM's inputs are a prompt, kept by digest in the blob store, so it
	// has none here.
	Inputs, Outputs []int64
	InputScale      int64
	// OutputScale is the fixed-point scale of Outputs.
	OutputScale int64
	// InBytes and OutBytes are the published inputs and outputs: the bytes
	// the record's input and output digests hash (inference/commit, or
	// inference/llm for an LLM).
	InBytes, OutBytes []byte
}

var _ Model = CardModel{}

// Run quantizes the input's features at the card's input scale and runs
// the model; the published bytes are the fixed-point values ABI-encoded.
func (m CardModel) Run(ctx context.Context, in program.Input) (Inference, error) {
	c := m.Card()
	inputs, err := commit.QuantizeAll(in.Features, c.InputScale)
	if err != nil {
		return Inference{}, err
	}
	outputs, err := m.Infer(ctx, inputs)
	if err != nil {
		return Inference{}, err
	}
	return Inference{Inputs: inputs, Outputs: outputs, InputScale: c.InputScale, OutputScale: c.OutputScale,
		InBytes: commit.EncodeInts(inputs), OutBytes: commit.EncodeInts(outputs)}, nil
}
