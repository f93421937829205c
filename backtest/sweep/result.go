package sweep

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// Result is one configuration's backtest result.
type Result struct {
	// Index is the configuration's place in the plan (Plan.Points).
	Index int
	Point Point
	// Metrics are the strategy's figures; zero when Err is set.
	Metrics Metrics
	// Model is the digest of the model the backtest ran.
	Model string
	// Err is why the backtest failed; empty when it ran.
	Err      string
	Duration time.Duration
	// Attempt is which attempt produced the result (1 unless a queued job
	// was retried); Worker is the queue worker that ran it ("" locally).
	Attempt int
	Worker  string
}

// Objective is the result's value of the grid's objective.
func (r Result) Objective(g *Grid) float64 {
	return MetricValue(toReport(r.Metrics), g.Objective)
}

// Sort ranks results best first by the grid's objective in its order;
// failed backtests and NaN values come last, ties in plan order.
func Sort(results []Result, g *Grid) {
	key := func(r Result) (rank int, v float64) {
		v = r.Objective(g)
		switch {
		case r.Err != "":
			return 2, 0
		case math.IsNaN(v):
			return 1, 0
		}
		if g.Order == Desc {
			v = -v
		}
		return 0, v
	}
	slices.SortStableFunc(results, func(a, b Result) int {
		ra, va := key(a)
		rb, vb := key(b)
		return cmp.Or(cmp.Compare(ra, rb), cmp.Compare(va, vb), cmp.Compare(a.Index, b.Index))
	})
}
