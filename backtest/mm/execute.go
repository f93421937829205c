package mm

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
)

// Window selects the steps of the recorded data a backtest runs on: From
// inclusive, To exclusive (0 = the end).
type Window struct {
	From, To int
}

// Execute runs the backtest of a loaded market-making config on the
// recorded day (../shared/data, else the copy built into the binary),
// loading the model its model.card names and the cards beside it for
// verification. The run's records go to storePath. progress may be nil.
func Execute(ctx context.Context, cfg *config.Config, w Window, storePath string, progress func(done, total int)) (*Result, error) {
	return execute(ctx, cfg, w, storePath, progress, false)
}

// ExecuteFast is Execute on the fast executor (RunFast): the Go pool
// model, nothing to verify, for sweeps.
func ExecuteFast(ctx context.Context, cfg *config.Config, w Window, storePath string, progress func(done, total int)) (*Result, error) {
	return execute(ctx, cfg, w, storePath, progress, true)
}

func execute(ctx context.Context, cfg *config.Config, w Window, storePath string, progress func(done, total int), fast bool) (*Result, error) {
	if cfg.Model.Card == "" {
		return nil, errors.New("model.card: the market-making backtest runs an ONNX model (an LLM's answers cannot be replayed offline)")
	}
	path, source, err := demo.MarketPath()
	if err != nil {
		return nil, err
	}
	to := w.To
	if to == 0 {
		to = len(path)
	}
	if w.From < 0 || to > len(path) || w.From >= to {
		return nil, fmt.Errorf("--from %d --to %d: the data has steps 0..%d", w.From, w.To, len(path))
	}
	if err := os.MkdirAll(filepath.Dir(storePath), 0o755); err != nil {
		return nil, err
	}
	rt, err := agents.Runtime()
	if err != nil {
		return nil, err
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(cfg.Model.Card))
	if err != nil {
		return nil, fmt.Errorf("model.card: %w", err)
	}
	defer mdl.Close()
	models, closeModels, err := agents.OpenVerifyModels(agents.VerifyModels{CardsDir: filepath.Dir(agents.RepoPath(cfg.Model.Card))})
	if err != nil {
		return nil, err
	}
	defer closeModels()
	p := Params{
		Config: cfg, Model: mdl, VerifyModels: models, Path: path[w.From:to],
		Source:    fmt.Sprintf("%s, steps %d..%d", source, w.From, to),
		StorePath: storePath, Progress: progress, Logger: slog.New(slog.DiscardHandler),
	}
	if fast {
		return RunFast(ctx, p)
	}
	return Run(ctx, p)
}
