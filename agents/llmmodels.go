package agents

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/inference/llm"
)

// Blobs fetches content-addressed blobs (inference/blob.Client), checking
// that the bytes hash to the digest asked for.
type Blobs interface {
	Get(ctx context.Context, hash common.Hash) ([]byte, error)
}

// LLMModels re-checks LLM inferences by model digest. An LLM answer cannot
// be reproduced bit for bit, so instead of re-running the model it fetches
// the committed prompt and raw answer from the blob store by digest and
// re-validates the answer against the config's schema: the committed
// values must be exactly what the recorded answer gives.
type LLMModels struct {
	blobs     Blobs
	verifiers map[common.Hash]*llm.Verifier
}

var _ verify.Models = LLMModels{}

// NewLLMModels builds the verifiers of cfgs (no API keys, no network);
// blobs serves the prompts and answers.
func NewLLMModels(cfgs []llm.Config, blobs Blobs) (LLMModels, error) {
	if blobs == nil {
		return LLMModels{}, errors.New("agents: NewLLMModels: a blob store is required to re-check LLM answers")
	}
	m := LLMModels{blobs: blobs, verifiers: map[common.Hash]*llm.Verifier{}}
	for i, c := range cfgs {
		v, err := llm.NewVerifier(c)
		if err != nil {
			return LLMModels{}, fmt.Errorf("llm config %d (%s): %w", i, c.Model, err)
		}
		m.verifiers[v.ModelDigest()] = v
	}
	return m, nil
}

// Model returns the re-checker of the LLM config with this model digest.
func (m LLMModels) Model(digest common.Hash) (verify.Model, error) {
	v, ok := m.verifiers[digest]
	if !ok {
		return nil, fmt.Errorf("no LLM config has model digest %s", digest)
	}
	return llmRecheck{v: v, blobs: m.blobs}, nil
}

type llmRecheck struct {
	v     *llm.Verifier
	blobs Blobs
}

// Recheck implements verify.Model. The outputs' scale is the first
// output's; derivations that need per-output scales read the config.
func (r llmRecheck) Recheck(ctx context.Context, inputs, outputs []byte) (program.Output, error) {
	promptDigest, err := llm.DecodeInputs(inputs)
	if err != nil {
		return program.Output{}, fmt.Errorf("published inputs: %w", err)
	}
	answerDigest, values, err := llm.DecodeOutputs(outputs)
	if err != nil {
		return program.Output{}, fmt.Errorf("published outputs: %w", err)
	}
	prompt, err := r.blobs.Get(ctx, promptDigest)
	if err != nil {
		return program.Output{}, fmt.Errorf("rendered prompt %s: %w", promptDigest, err)
	}
	answer, err := r.blobs.Get(ctx, answerDigest)
	if err != nil {
		return program.Output{}, fmt.Errorf("raw answer %s: %w", answerDigest, err)
	}
	inf, err := r.v.Revalidate(prompt, string(answer))
	if err != nil {
		return program.Output{}, fmt.Errorf("the recorded answer does not validate: %w", err)
	}
	switch {
	case !slices.Equal(inf.Values(), values):
		return program.Output{}, fmt.Errorf("committed values %v differ from %v, which the recorded answer gives", values, inf.Values())
	case inf.OutputDigest() != crypto.Keccak256Hash(outputs) || inf.InputDigest() != crypto.Keccak256Hash(inputs):
		return program.Output{}, errors.New("the recorded prompt and answer do not reproduce the published digests")
	}
	return program.Output{Values: values, Scale: r.v.Outputs()[0].Scale}, nil
}

// ModelSets looks a digest up in each set in turn (ONNX models, LLM configs).
type ModelSets []verify.Models

// Model returns the first set's model with this digest.
func (s ModelSets) Model(digest common.Hash) (verify.Model, error) {
	var errs []error
	for _, set := range s {
		m, err := set.Model(digest)
		if err == nil {
			return m, nil
		}
		errs = append(errs, err)
	}
	return nil, fmt.Errorf("model %s is in no model set: %w", digest, errors.Join(errs...))
}

// LLMModel runs an agent's inferences with an LLM (inference/llm: schema
// validated, temperature 0, hard timeout, prompt and answer published to
// the blob store): an input's Fields fill the prompt template, and the
// validated answer's values are the outputs, at the scale every output of
// the config shares. It is Asynchronous: an answer takes seconds, so the
// pipeline keeps processing heads while it comes.
type LLMModel struct {
	client *llm.Client
	scale  int64
}

var (
	_ Model        = LLMModel{}
	_ Asynchronous = LLMModel{}
)

// NewLLMModel wraps client; its outputs must share one scale (a program
// decides on one fixed-point scale per inference).
func NewLLMModel(client *llm.Client) (LLMModel, error) {
	outs := client.Verifier().Outputs()
	if len(outs) == 0 {
		return LLMModel{}, errors.New("agents: the LLM config declares no outputs")
	}
	for _, o := range outs[1:] {
		if o.Scale != outs[0].Scale {
			return LLMModel{}, fmt.Errorf("agents: LLM outputs %s and %s have scales %d and %d: an agent's LLM outputs share one scale",
				outs[0].Name, o.Name, outs[0].Scale, o.Scale)
		}
	}
	return LLMModel{client: client, scale: outs[0].Scale}, nil
}

// Digest is the LLM's model digest (provider, model, template, schema).
func (m LLMModel) Digest() common.Hash { return m.client.ModelDigest() }

// Asynchronous reports that the pipeline runs this model off the tick.
func (LLMModel) Asynchronous() bool { return true }

// Run asks the LLM with the input's prompt fields.
func (m LLMModel) Run(ctx context.Context, in program.Input) (Inference, error) {
	if len(in.Fields) == 0 {
		return Inference{}, errors.New("the program gave no prompt fields for an LLM model")
	}
	inf, err := m.client.Infer(ctx, in.Fields)
	if err != nil {
		return Inference{}, err
	}
	return Inference{Outputs: inf.Values(), OutputScale: m.scale, InBytes: inf.InputsBytes(), OutBytes: inf.OutputsBytes()}, nil
}
