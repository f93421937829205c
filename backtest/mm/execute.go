package mm

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/backtest/internal/harness"
)

// Window selects the recorded data a backtest runs on: the market, and
// its steps (blocks) From inclusive, To exclusive (0 = the end).
type Window struct {
	Market   Market
	From, To int
}

// Market names the recorded day a backtest replays: the Uniswap v3
// USDC/WETH 5 bps pool on 2024-01-05, from ../shared/data, else the copy
// built into the binary.
type Market string

// The markets.
const (
	// MarketSwaps is the day's swaps, mints and burns, one chain block per
	// recorded block (EventTape: 3,990 blocks); the default.
	MarketSwaps Market = "swaps"
	// MarketMinutes is the day's minute closes, one swap a block
	// (PathTape: 1,439 blocks).
	MarketMinutes Market = "minutes"
)

// Markets lists the markets, for flags and errors.
var Markets = []Market{MarketSwaps, MarketMinutes}

// Tape loads the market's data as a tape.
func (m Market) Tape() (Tape, error) {
	switch m {
	case MarketSwaps, "":
		events, source, err := poolEvents()
		if err != nil {
			return Tape{}, err
		}
		return EventTape(events, source)
	case MarketMinutes:
		path, source, err := demo.MarketPath()
		if err != nil {
			return Tape{}, err
		}
		return PathTape(path, source), nil
	}
	return Tape{}, fmt.Errorf("market %q: the markets are %v", string(m), Markets)
}

// poolEvents is the recorded day's pool events: the shared file, else the
// embedded copy.
func poolEvents() ([]dataset.PoolEvent, string, error) {
	const what = "recorded USDC/WETH 5 bps swaps, mints and burns, 2024-01-05"
	if dir, ok := dataset.FindSharedDir(); ok {
		events, err := dataset.LoadPoolEvents(filepath.Join(dir, filepath.FromSlash(dataset.PoolEventsFile)))
		return events, what + " (" + filepath.Base(dataset.PoolEventsFile) + ")", err
	}
	events, err := dataset.EmbeddedPoolEvents()
	return events, what + " (the copy in " + dataset.EmbeddedPoolEventsFile + ")", err
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
	tape, err := w.Market.Tape()
	if err != nil {
		return nil, err
	}
	if tape, err = tape.Window(w.From, w.To); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(filepath.Dir(storePath), 0o755); err != nil {
		return nil, err
	}
	models, err := harness.LoadModels(cfg, "the market-making backtest")
	if err != nil {
		return nil, err
	}
	defer models.Close()
	p := Params{
		Config: cfg, Model: models.Model, VerifyModels: models.Verify, Tape: tape,
		StorePath: storePath, Progress: progress, Logger: slog.New(slog.DiscardHandler),
	}
	if fast {
		return RunFast(ctx, p)
	}
	return Run(ctx, p)
}
