package agents

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/inference/llm"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx"
)

// CardModel is a model loaded from its card, with the card's scales.
type CardModel struct{ *model.Model }

// LoadModel opens the model described by the card at cardPath (its file
// digest and tensor shapes are checked against the card).
func LoadModel(rt *onnx.Runtime, cardPath string) (CardModel, error) {
	m, err := model.Open(rt, cardPath)
	if err != nil {
		return CardModel{}, err
	}
	return CardModel{m}, nil
}

// CardModel returns the model of the card at cardPath that the agents of
// the process share, and joins it for one agent. It is opened once per
// model digest with model.OpenBatched, eager: the inferences its agents
// make that meet (while a run is under way) cost one batched session run,
// with the bits each would have had alone, and none waits for another
// (inference/onnx, "Batching"); a model whose batched runs could differ
// runs each inference alone, as the log says. Call leave when the agent
// stops.
func (p *Parts) CardModel(cardPath string) (m CardModel, leave func(), err error) {
	card, err := model.LoadCard(cardPath)
	if err != nil {
		return CardModel{}, nil, err
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ctx.Err() != nil {
		return CardModel{}, nil, errors.New("agents: the shared parts are closed")
	}
	shared, ok := p.models[card.Digest]
	if !ok {
		rt, err := Runtime()
		if err != nil {
			return CardModel{}, nil, err
		}
		// Eager: an agent's inference never waits for the others'; the
		// calls that meet (while a run is under way) run as one batch.
		// Waiting for every agent's call, up to a window, made the infer
		// stage's p99 10-20 ms in a 50-agent fleet on 2 busy cores
		// (BENCHMARKS.md).
		if shared, err = model.OpenBatched(rt, cardPath, onnx.BatcherConfig{Eager: true}); err != nil {
			return CardModel{}, nil, err
		}
		if err := shared.Batcher().Batching(); err != nil {
			p.logger.Warn("model runs each inference alone", "model", card.Name, "digest", shared.Digest().Hex(), "reason", err)
		}
		p.models[shared.Digest()] = shared
	}
	return CardModel{shared}, shared.Batcher().Join(), nil
}

// ModelSet is the set of models verification may re-run, by digest.
type ModelSet struct{ reg *model.Registry }

var _ verify.Models = ModelSet{}

// LoadModels opens every *.card.json under dir.
func LoadModels(rt *onnx.Runtime, dir string) (ModelSet, error) {
	cards, err := filepath.Glob(filepath.Join(dir, "*.card.json"))
	if err != nil {
		return ModelSet{}, err
	}
	if len(cards) == 0 {
		return ModelSet{}, fmt.Errorf("no model cards (*.card.json) in %s", dir)
	}
	reg := model.NewRegistry()
	for _, c := range cards {
		m, err := model.Open(rt, c)
		if err == nil {
			if err = reg.Register(m); err != nil {
				_ = m.Close()
			}
		}
		if err != nil {
			_ = reg.Close()
			return ModelSet{}, err
		}
	}
	return ModelSet{reg: reg}, nil
}

// Model returns the model with this digest, ready to re-check inferences.
func (s ModelSet) Model(digest common.Hash) (verify.Model, error) {
	m, err := s.reg.Get(digest)
	if err != nil {
		return nil, err
	}
	return verify.FixedPoint(m, verify.Scales{Input: m.Card().InputScale, Output: m.Card().OutputScale}), nil
}

// Get returns the loaded model with this digest.
func (s ModelSet) Get(digest common.Hash) (*model.Model, error) { return s.reg.Get(digest) }

// Close closes every model.
func (s ModelSet) Close() error { return s.reg.Close() }

// RepoPath resolves a repo-relative path (such as configs/models/…) from the
// working directory or any directory above it, then from the running
// binary's directory or any above it (bin/steward of a checkout, run from
// elsewhere), so commands work from sub-directories, from other
// directories and from tests. It returns rel unchanged when none holds it.
func RepoPath(rel string) string {
	if filepath.IsAbs(rel) {
		return rel
	}
	if wd, err := os.Getwd(); err == nil {
		if p, ok := findUp(wd, rel); ok {
			return p
		}
	}
	if exe, err := os.Executable(); err == nil {
		if resolved, err := filepath.EvalSymlinks(exe); err == nil {
			exe = resolved
		}
		if p, ok := findUp(filepath.Dir(exe), rel); ok {
			return p
		}
	}
	return rel
}

// findUp looks for rel in dir and each directory above it.
func findUp(dir, rel string) (string, bool) {
	for {
		p := filepath.Join(dir, rel)
		if _, err := os.Stat(p); err == nil {
			return p, true
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", false
		}
		dir = parent
	}
}

// Runtime returns the process's ONNX Runtime, from the library
// onnx.LibraryPath finds: the one way `steward run`, `steward verify` and
// the demo load it.
func Runtime() (*onnx.Runtime, error) {
	libPath, err := onnx.LibraryPath()
	if err != nil {
		return nil, err
	}
	return onnx.NewRuntime(libPath)
}

// VerifyModels are what verification re-checks inferences with.
type VerifyModels struct {
	// CardsDir holds the ONNX model cards to re-run; empty: none.
	CardsDir string
	// LLMs are the LLM configs whose answers to re-validate, from Blobs.
	LLMs  []llm.Config
	Blobs Blobs
}

// OpenVerifyModels loads the models of p, as `steward run` loads an
// agent's (the same runtime, cards and LLM configs), for `steward verify`
// and the demo. close releases them.
func OpenVerifyModels(p VerifyModels) (sets ModelSets, close func(), err error) {
	close = func() {}
	if p.CardsDir != "" {
		rt, err := Runtime()
		if err != nil {
			return nil, close, err
		}
		cards, err := LoadModels(rt, p.CardsDir)
		if err != nil {
			return nil, close, err
		}
		sets, close = append(sets, cards), func() { _ = cards.Close() }
	}
	if len(p.LLMs) > 0 {
		llms, err := NewLLMModels(p.LLMs, p.Blobs)
		if err != nil {
			close()
			return nil, func() {}, err
		}
		sets = append(sets, llms)
	}
	if len(sets) == 0 {
		return nil, close, errors.New("agents: no models to verify with (no model cards and no LLM config)")
	}
	return sets, close, nil
}
