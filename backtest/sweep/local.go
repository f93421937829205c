package sweep

import (
	"context"
	"errors"
	"os"
	"runtime"
	"sync"
)

// LocalParams configures RunLocal.
type LocalParams struct {
	// Parallel is how many backtests run at once. Defaults to GOMAXPROCS.
	Parallel int
	// TempDir holds each backtest's own store while it runs. Defaults to
	// os.TempDir().
	TempDir string
	// Progress, when set, is called after each configuration finishes,
	// from one goroutine at a time.
	Progress func(done, total int, r Result)
}

// RunLocal runs every configuration of the plan on this machine, Parallel
// at a time, each backtest with its own chain and store. A configuration
// whose backtest fails has its error in its Result and does not stop the
// others; a cancelled ctx stops them all and is returned. Results are in
// the plan's order (Sort ranks them).
func RunLocal(ctx context.Context, p *Plan, lp LocalParams) ([]Result, error) {
	if lp.Parallel <= 0 {
		lp.Parallel = runtime.GOMAXPROCS(0)
	}
	if lp.TempDir == "" {
		lp.TempDir = os.TempDir()
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	results := make([]Result, len(p.Points))
	var (
		mu   sync.Mutex
		done int
		wg   sync.WaitGroup
	)
	next := make(chan int)
	for range min(lp.Parallel, len(p.Points)) {
		wg.Go(func() {
			for i := range next {
				r := p.run(ctx, i, lp.TempDir)
				results[i] = r
				mu.Lock()
				done++
				if lp.Progress != nil {
					lp.Progress(done, len(p.Points), r)
				}
				mu.Unlock()
			}
		})
	}
feed:
	for i := range p.Points {
		select {
		case next <- i:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return results, nil
}

// run backtests configuration i of the plan.
func (p *Plan) run(ctx context.Context, i int, tempDir string) Result {
	r := Result{Index: i, Point: p.Points[i], Attempt: 1}
	cfg, err := p.Base.Build(p.Points[i])
	if err == nil {
		var out Outcome
		out, err = Execute(ctx, cfg, p.Grid, tempDir)
		r.Metrics, r.Model, r.Duration = out.Metrics, out.Model, out.Duration
	}
	if err != nil && !errors.Is(err, context.Canceled) {
		r.Err = err.Error()
	}
	return r
}
