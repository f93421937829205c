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
	var p problems
	n := p.blocks(r.Blocks)
	p.series("Price", r.Price, n)
	p.series("Lower", r.Lower, n)
	p.series("Upper", r.Upper, n)
	names := r.names()
	p.names("Strategies", "the strategy itself must come first", names)
	for i, s := range r.Strategies {
		p.series(fmt.Sprintf("Strategies[%d].PnL (%q)", i, s.Name), s.PnL, n)
	}
	p.markers(r.Markers, r.Blocks)
	return joinErrors(p.errs)
}

// names are the strategies' names, in order.
func (r Run) names() []string {
	return namesOf(r.Strategies, func(s Strategy) string { return s.Name })
}

// namesOf is name of each of xs.
func namesOf[T any](xs []T, name func(T) string) []string {
	out := make([]string, len(xs))
	for i, x := range xs {
		out[i] = name(x)
	}
	return out
}

// problems collects a Validate's *FieldErrors.
type problems struct{ errs []error }

func (p *problems) bad(field, format string, args ...any) {
	p.errs = append(p.errs, &FieldError{Field: field, Problem: fmt.Sprintf(format, args...)})
}

// blocks checks the x axis, non-empty and strictly ascending, and returns
// its length.
func (p *problems) blocks(blocks []uint64) int {
	if len(blocks) == 0 {
		p.bad("Blocks", "is empty")
	}
	for i := 1; i < len(blocks); i++ {
		if blocks[i] <= blocks[i-1] {
			p.bad(fmt.Sprintf("Blocks[%d]", i), "block %d follows block %d; blocks must be strictly ascending", blocks[i], blocks[i-1])
			break
		}
	}
	return len(blocks)
}

// series checks that a series has one value per block.
func (p *problems) series(field string, s []float64, n int) {
	if len(s) != n {
		p.bad(field, "has %d values, Blocks has %d", len(s), n)
	}
}

// names checks a list's names: at least one, none empty, none repeated.
func (p *problems) names(field, first string, names []string) {
	if len(names) == 0 {
		p.bad(field, "is empty; %s", first)
	}
	seen := make(map[string]int, len(names))
	for i, name := range names {
		f := fmt.Sprintf("%s[%d].Name", field, i)
		if strings.TrimSpace(name) == "" {
			p.bad(f, "is empty")
		} else if j, dup := seen[name]; dup {
			p.bad(f, "%q repeats the name of %s[%d]", name, field, j)
		} else {
			seen[name] = i
		}
	}
}

// markers checks that every marker is within the blocks.
func (p *problems) markers(ms []Marker, blocks []uint64) {
	if len(blocks) == 0 {
		return
	}
	first, last := blocks[0], blocks[len(blocks)-1]
	for i, m := range ms {
		if m.Block < first || m.Block > last {
			p.bad(fmt.Sprintf("Markers[%d].Block", i), "block %d is outside the run's blocks %d to %d", m.Block, first, last)
		}
	}
}

// finite reports whether v is neither NaN nor infinite.
func finite(v float64) bool { return !math.IsNaN(v) && !math.IsInf(v, 0) }
