// Package harnesstest loads a shipped agent config, its model and the
// model cards beside it, for the backtests' tests. It skips a test, with
// the reason, only when no ONNX Runtime library is installed.
package harnesstest

import (
	"path/filepath"
	"testing"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// Shipped loads the config at config (relative to the repository) of
// kind, its model and the cards beside it; they close when the test ends.
func Shipped(tb testing.TB, config string, kind program.Kind) (*config.Config, agents.CardModel, agents.ModelSet) {
	tb.Helper()
	rt := onnxtest.Runtime(tb)
	cfg, err := configLoad(config, kind)
	if err != nil {
		tb.Fatal(err)
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(cfg.Model.Card))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = mdl.Close() })
	models, err := agents.LoadModels(rt, filepath.Dir(agents.RepoPath(cfg.Model.Card)))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { _ = models.Close() })
	return cfg, mdl, models
}

func configLoad(path string, kind program.Kind) (*config.Config, error) {
	return config.Load(agents.RepoPath(path), []program.Kind{kind})
}
