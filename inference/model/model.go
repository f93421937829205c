package model

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/onnx"
)

// Model is a loaded, digest-checked model. It is safe for concurrent use.
type Model struct {
	card    Card
	session session
	batcher *onnx.Batcher // the session, when opened by OpenBatched
}

// session runs one input row: an *onnx.Session or an *onnx.Batcher.
type session interface {
	Run(ctx context.Context, inputs []float32) ([]float32, error)
	Close() error
}

// Open loads the card at cardPath and the model file it names (relative to
// the card's directory), checks that the file's keccak256 equals the card's
// digest (ErrDigestMismatch) and that the graph declares the card's input and
// output tensors (ErrCardMismatch), and loads it on rt.
func Open(rt *onnx.Runtime, cardPath string) (*Model, error) {
	return open(cardPath, func(data []byte, in, out onnx.Spec) (session, error) {
		return rt.LoadBytes(data, in, out)
	})
}

// OpenBatched is Open for a model that many callers share, such as the
// agents of one process: its Infer calls are coalesced by an onnx.Batcher
// (Batcher), so that the calls its participants make at one tick cost one
// session run. The outputs are those Open's model gives, bit for bit: the
// Batcher batches only when batched runs prove to give them
// (Batcher().Batching), and otherwise runs each call alone.
func OpenBatched(rt *onnx.Runtime, cardPath string, cfg onnx.BatcherConfig) (*Model, error) {
	var b *onnx.Batcher
	m, err := open(cardPath, func(data []byte, in, out onnx.Spec) (session, error) {
		var err error
		if b, err = rt.LoadBatcher(data, in, out, cfg); err != nil {
			return nil, err
		}
		return b, nil
	})
	if err != nil {
		return nil, err
	}
	m.batcher = b
	return m, nil
}

// open is Open and OpenBatched with the loading of the checked bytes left
// to load.
func open(cardPath string, load func(data []byte, in, out onnx.Spec) (session, error)) (*Model, error) {
	card, err := LoadCard(cardPath)
	if err != nil {
		return nil, err
	}
	file := filepath.Join(filepath.Dir(cardPath), filepath.FromSlash(card.File))
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, fmt.Errorf("open model %s: %w", card.Name, err)
	}
	if got := crypto.Keccak256Hash(data); got != card.Digest {
		return nil, fmt.Errorf("open model %s: %w: %s has digest %s, card %s says %s",
			card.Name, ErrDigestMismatch, file, got.Hex(), cardPath, card.Digest.Hex())
	}
	// The session is made from the bytes just hashed, never from a re-read.
	s, err := load(data,
		onnx.Spec{Name: card.Inputs[0].Name, Shape: card.Inputs[0].Shape},
		onnx.Spec{Name: card.Outputs[0].Name, Shape: card.Outputs[0].Shape})
	if err != nil {
		var se *onnx.SpecError
		if errors.As(err, &se) {
			return nil, fmt.Errorf("open model %s: %w: %s, card %s field %s: %v",
				card.Name, ErrCardMismatch, file, cardPath, cardField(se), se)
		}
		return nil, fmt.Errorf("open model %s (%s): %w", card.Name, file, err)
	}
	return &Model{card: card, session: s}, nil
}

// Batcher returns the Batcher that runs the model when it was opened by
// OpenBatched (its participants Join it), or nil.
func (m *Model) Batcher() *onnx.Batcher { return m.batcher }

// cardField names the card field a spec mismatch is about.
func cardField(se *onnx.SpecError) string {
	list := "inputs"
	if se.Role == "output" {
		list = "outputs"
	}
	if se.Field == "count" {
		return list
	}
	return fmt.Sprintf("%s[0].%s", list, se.Field)
}

// Infer runs the model on fixed-point inputs at the card's inputScale (one
// per feature, in card order) and returns fixed-point outputs at its
// outputScale. NaN, ±Inf and out-of-range outputs are refused.
func (m *Model) Infer(ctx context.Context, inputs []int64) ([]int64, error) {
	if len(inputs) != len(m.card.Features) {
		return nil, fmt.Errorf("infer %s: %w: got %d, card declares %d features", m.card.Name, ErrInputSize, len(inputs), len(m.card.Features))
	}
	x := make([]float32, len(inputs))
	for i, v := range inputs {
		x[i] = float32(commit.Dequantize(v, m.card.InputScale))
	}
	y, err := m.session.Run(ctx, x)
	if err != nil {
		return nil, fmt.Errorf("infer %s: %w", m.card.Name, err)
	}
	out := make([]int64, len(y))
	for i, v := range y {
		q, err := commit.Quantize(float64(v), m.card.OutputScale)
		if err != nil {
			return nil, fmt.Errorf("infer %s: output %d (%s): %w", m.card.Name, i, m.card.OutputNames[i], err)
		}
		out[i] = q
	}
	return out, nil
}

// Digest returns the model's keccak256 digest, its on-chain identity.
func (m *Model) Digest() common.Hash { return m.card.Digest }

// Card returns a copy of the model's card.
func (m *Model) Card() Card {
	c := m.card
	c.Inputs = cloneTensors(c.Inputs)
	c.Outputs = cloneTensors(c.Outputs)
	c.Features = slices.Clone(c.Features)
	c.OutputNames = slices.Clone(c.OutputNames)
	return c
}

// Close releases the model's session. It is idempotent.
func (m *Model) Close() error { return m.session.Close() }

func cloneTensors(ts []Tensor) []Tensor {
	out := make([]Tensor, len(ts))
	for i, t := range ts {
		out[i] = Tensor{Name: t.Name, Shape: slices.Clone(t.Shape)}
	}
	return out
}
