package report

import (
	"fmt"
	"math"
	"strings"
)

// Run is one backtest's results, the input of both outputs.
type Run struct {
	// Title heads the report, e.g. "mm-usdc-weth — market making backtest".
	Title string
	// Source says where the data came from (file names); shown under the title.
	Source string
	// Executor is the pool executor the backtest used: "exact" or "fast".
	Executor string
	// Config holds a few key settings, shown in a table sorted by key.
	Config map[string]string
	// Blocks is the x axis: block numbers, strictly ascending.
	Blocks []uint64
	// Price is the pool price per block, quote per base in human units
	// (e.g. USDC per WETH). NaN leaves a gap in the line.
	Price []float64
	// Lower and Upper are the strategy's range per block as prices; NaN
	// where it has no position.
	Lower, Upper []float64
	// Strategies holds the strategy first, then its baselines ("static
	// range", "hold"), each with a series as long as Blocks. A baseline
	// named "hold" (any case) is what the PnL-vs-hold chart subtracts.
	Strategies []Strategy
	// Markers are the strategy's re-ranges, drawn on the price chart.
	Markers []Marker
}

// Strategy is the result of one strategy or baseline.
type Strategy struct {
	// Name labels the strategy in tables, legends and data-series
	// attributes; it must be unique within a Run.
	Name string
	// PnL is the cumulative PnL per block in quote units (USD). NaN leaves
	// a gap.
	PnL []float64
	// Metrics are the strategy's end-of-run figures.
	Metrics Metrics
}

// Metrics are one strategy's end-of-run figures. Money is in quote units
// (USD) unless said otherwise.
type Metrics struct {
	// FeesEarned is the total of fees collected.
	FeesEarned float64
	// ImpermanentLoss is the loss against holding the deposited tokens,
	// fees excluded; a loss is negative.
	ImpermanentLoss float64
	// PnL is the final PnL, the last value of Strategy.PnL.
	PnL float64
	// PnLVsHold is PnL minus the hold baseline's PnL.
	PnLVsHold float64
	// MaxDrawdown is the largest fall of cumulative PnL from its running
	// peak, in quote units, as a positive number.
	MaxDrawdown float64
	// Sharpe is the Sharpe ratio of the per-block PnL changes.
	Sharpe float64
	// TimeInRange is the fraction of blocks (0 to 1) the position was in
	// range; the report shows it as a percentage.
	TimeInRange float64
	// Reranges counts the position's re-ranges.
	Reranges int
	// GasUsed is the gas of every transaction the strategy sent.
	GasUsed uint64
	// FinalInventoryBase is the base token held at the end (e.g. WETH).
	FinalInventoryBase float64
	// FinalInventoryQuote is the quote token held at the end (e.g. USDC).
	FinalInventoryQuote float64
}

// Marker is a re-range of the strategy at Block, labelled for its tooltip.
type Marker struct {
	Block uint64
	Label string
}

// Validate reports every inconsistency of r at once, joined, each a
// *FieldError naming the field (and, for series, both lengths): a series
// whose length differs from Blocks, no blocks, blocks not strictly
// ascending, no strategies, an empty or repeated strategy name, a marker
// outside the block range.
func (r Run) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, &FieldError{Field: field, Problem: fmt.Sprintf(format, args...)})
	}
	n := len(r.Blocks)
	if n == 0 {
		bad("Blocks", "is empty")
	}
	for i := 1; i < n; i++ {
		if r.Blocks[i] <= r.Blocks[i-1] {
			bad(fmt.Sprintf("Blocks[%d]", i), "block %d follows block %d; blocks must be strictly ascending", r.Blocks[i], r.Blocks[i-1])
			break
		}
	}
	series := func(field string, s []float64) {
		if len(s) != n {
			bad(field, "has %d values, Blocks has %d", len(s), n)
		}
	}
	series("Price", r.Price)
	series("Lower", r.Lower)
	series("Upper", r.Upper)
	if len(r.Strategies) == 0 {
		bad("Strategies", "is empty; the strategy itself must come first")
	}
	seen := make(map[string]int, len(r.Strategies))
	for i, s := range r.Strategies {
		field := fmt.Sprintf("Strategies[%d]", i)
		if strings.TrimSpace(s.Name) == "" {
			bad(field+".Name", "is empty")
		} else if j, dup := seen[s.Name]; dup {
			bad(field+".Name", "%q repeats the name of Strategies[%d]", s.Name, j)
		} else {
			seen[s.Name] = i
		}
		series(fmt.Sprintf("%s.PnL (%q)", field, s.Name), s.PnL)
	}
	if n > 0 {
		first, last := r.Blocks[0], r.Blocks[n-1]
		for i, m := range r.Markers {
			if m.Block < first || m.Block > last {
				bad(fmt.Sprintf("Markers[%d].Block", i), "block %d is outside the run's blocks %d to %d", m.Block, first, last)
			}
		}
	}
	return joinErrors(errs)
}

// finite reports whether v is neither NaN nor infinite.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
