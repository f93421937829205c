package lending

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/chain/devchain"
)

// DefaultSeed is the activity's seed when a run names none: the lending
// demo's default, so the backtest's market is the demo's.
const DefaultSeed = 1

// Window selects the steps of the crash path a backtest runs on: From
// inclusive, To exclusive (0 = the end), of the path taken every
// DefaultEvery Ethereum blocks (360 steps).
type Window struct {
	From, To int
}

// Source describes the default path, for reports.
func Source(w Window, steps int) string {
	return fmt.Sprintf("WETH/USD of Ethereum blocks %d…%d (the 2024-01-03 sell-off; shared Uniswap v2 USDC/WETH reserves, embedded), one price every %d blocks: steps %d…%d",
		devchain.WETHCrashFirstBlock, devchain.WETHCrashFirstBlock+devchain.WETHCrashBlocks-1, DefaultEvery, w.From, w.From+steps-1)
}

// params loads what a run of cfg over w needs: the path's window and the
// models (the caller closes them).
func params(cfg *config.Config, w Window, storePath string, progress func(done, total int)) (Params, *harness.Models, error) {
	path, err := Path(DefaultEvery, 0)
	if err != nil {
		return Params{}, nil, err
	}
	to := w.To
	if to == 0 {
		to = len(path)
	}
	if w.From < 0 || to > len(path) || w.From >= to {
		return Params{}, nil, fmt.Errorf("--from %d --to %d: the crash path has steps 0…%d (one every %d Ethereum blocks); want 0 ≤ from < to ≤ %d",
			w.From, w.To, len(path)-1, DefaultEvery, len(path))
	}
	path = path[w.From:to]
	if err := os.MkdirAll(filepath.Dir(storePath), 0o755); err != nil {
		return Params{}, nil, err
	}
	models, err := harness.LoadModels(cfg, "the lending-risk backtest")
	if err != nil {
		return Params{}, nil, err
	}
	return Params{
		Config: cfg, Model: models.Model, VerifyModels: models.Verify, Path: path,
		FirstBlock: devchain.WETHCrashFirstBlock + uint64(w.From*DefaultEvery), Every: DefaultEvery,
		Source: Source(Window{From: w.From, To: to}, len(path)), Seed: DefaultSeed,
		StorePath: storePath, Progress: progress, Logger: slog.New(slog.DiscardHandler),
	}, models, nil
}

// Execute runs the backtest of a loaded risk config on the crash path
// (the w part of it) on the exact executor, loading the model its
// model.card names and the cards beside it for verification. The run's
// records go to storePath. progress may be nil.
func Execute(ctx context.Context, cfg *config.Config, w Window, storePath string, progress func(done, total int)) (*Result, error) {
	return execute(ctx, cfg, w, storePath, progress, Run)
}

// ExecuteFast is Execute on the fast executor (RunFast): the Go lending
// model, nothing to verify on a chain.
func ExecuteFast(ctx context.Context, cfg *config.Config, w Window, storePath string, progress func(done, total int)) (*Result, error) {
	return execute(ctx, cfg, w, storePath, progress, RunFast)
}

func execute(ctx context.Context, cfg *config.Config, w Window, storePath string, progress func(done, total int),
	run func(context.Context, Params) (*Result, error)) (*Result, error) {
	p, models, err := params(cfg, w, storePath, progress)
	if err != nil {
		return nil, err
	}
	defer models.Close()
	return run(ctx, p)
}
