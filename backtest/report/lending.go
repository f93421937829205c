package report

import (
	"fmt"
	"io"
	"strconv"
)

// Lending is one lending-risk backtest's results, the input of
// WriteLendingDir: the collateral's price path, and the market with the
// agent and its static-parameter baseline side by side.
type Lending struct {
	// Title heads the report, e.g. "aave-risk — lending-risk backtest".
	Title string
	// Source says where the price path came from; shown under the title.
	Source string
	// Executor is "exact" (the real Aave v3 bytecode on the embedded EVM)
	// or "fast" (the Go lending model).
	Executor string
	// Config holds a few key settings, shown in a table sorted by key.
	Config map[string]string
	// Blocks is the x axis: the source block of each step of the path
	// (e.g. the Ethereum block of its price), strictly ascending.
	Blocks []uint64
	// Price is the collateral's oracle price per step, in USD.
	Price []float64
	// Sides holds the market the agent steers first, then its baselines
	// (the static parameters), each with series as long as Blocks.
	Sides []LendingSide
	// Markers are the agent's parameter changes, drawn on its LTV.
	Markers []Marker
}

// LendingSide is one market of a lending backtest.
type LendingSide struct {
	// Name labels the side in tables, legends and data-series attributes;
	// unique within a Lending.
	Name string
	// LTV, Threshold and Bonus are the collateral's loan-to-value,
	// liquidation threshold and liquidation bonus per step, in percent
	// (the bonus as paid: 5 for Aave's 10500).
	LTV, Threshold, Bonus []float64
	// Utilisation is the borrowed reserve's debt over its supply per
	// step, in percent.
	Utilisation []float64
	// Liquidations is the count of liquidations so far, per step.
	Liquidations []float64
	Metrics      LendingMetrics
}

// LendingMetrics are one side's end-of-run figures; money is in USD at
// the oracle's prices.
type LendingMetrics struct {
	// BadDebt is the debt of positions whose collateral no longer covers
	// it at the end; Underwater counts them.
	BadDebt    float64
	Underwater int
	// Liquidations counts the liquidationCalls that went through;
	// DebtLiquidated is the debt they repaid and BonusPaid what the
	// collateral they seized was worth above it, at the step's price.
	Liquidations   int
	DebtLiquidated float64
	BonusPaid      float64
	// MeanUtilisation and MaxUtilisation are of the borrowed reserve over
	// the steps, in percent.
	MeanUtilisation, MaxUtilisation float64
	// ProtocolRevenue is what the treasury gained over the run: the
	// reserves' accrued-to-treasury interest and its aTokens.
	ProtocolRevenue float64
	// DebtOutstanding is the debt owed at the end.
	DebtOutstanding float64
	// ParameterChanges counts the risk parameters the guard applied,
	// Transactions the bundles that carried them, GasUsed their gas.
	ParameterChanges int
	Transactions     int
	GasUsed          uint64
}

// Validate reports every inconsistency of r at once, as Run.Validate
// does: a series whose length differs from Blocks, no blocks, blocks not
// ascending, no sides, an empty or repeated side name, a marker outside
// the blocks.
func (r Lending) Validate() error {
	var p problems
	n := p.blocks(r.Blocks)
	p.series("Price", r.Price, n)
	names := r.names()
	p.names("Sides", "the agent's market must come first", names)
	for i, s := range r.Sides {
		for _, f := range []struct {
			name string
			ys   []float64
		}{{"LTV", s.LTV}, {"Threshold", s.Threshold}, {"Bonus", s.Bonus}, {"Utilisation", s.Utilisation}, {"Liquidations", s.Liquidations}} {
			p.series(fmt.Sprintf("Sides[%d].%s (%q)", i, f.name, s.Name), f.ys, n)
		}
	}
	p.markers(r.Markers, r.Blocks)
	return joinErrors(p.errs)
}

// names are the sides' names, in order.
func (r Lending) names() []string {
	return namesOf(r.Sides, func(s LendingSide) string { return s.Name })
}

// lendingSummary is the layout of a lending backtest's summary.json.
type lendingSummary struct {
	Title    string            `json:"title"`
	Source   string            `json:"source"`
	Executor string            `json:"executor"`
	Blocks   blockSpan         `json:"blocks"`
	Config   map[string]string `json:"config"`
	Sides    []lendingSideJSON `json:"sides"`
}

type lendingSideJSON struct {
	Name    string             `json:"name"`
	Metrics lendingMetricsJSON `json:"metrics"`
}

type lendingMetricsJSON struct {
	BadDebt          jsonFloat `json:"badDebt"`
	Underwater       int       `json:"underwater"`
	Liquidations     int       `json:"liquidations"`
	DebtLiquidated   jsonFloat `json:"debtLiquidated"`
	BonusPaid        jsonFloat `json:"bonusPaid"`
	MeanUtilisation  jsonFloat `json:"meanUtilisation"`
	MaxUtilisation   jsonFloat `json:"maxUtilisation"`
	ProtocolRevenue  jsonFloat `json:"protocolRevenue"`
	DebtOutstanding  jsonFloat `json:"debtOutstanding"`
	ParameterChanges int       `json:"parameterChanges"`
	Transactions     int       `json:"transactions"`
	GasUsed          uint64    `json:"gasUsed"`
}

// WriteLendingSummary writes a lending backtest's summary.json: title,
// source, executor, the block span, the config and every side's metrics
// (badDebt, underwater, liquidations, debtLiquidated, bonusPaid,
// meanUtilisation, maxUtilisation, protocolRevenue, debtOutstanding,
// parameterChanges, transactions, gasUsed), deterministic as
// WriteSummary's. It returns the Validate error, without writing, when r
// is inconsistent.
func WriteLendingSummary(w io.Writer, r Lending) error {
	if err := r.Validate(); err != nil {
		return err
	}
	s := lendingSummary{Title: r.Title, Source: r.Source, Executor: r.Executor,
		Blocks: blockSpan{From: r.Blocks[0], To: r.Blocks[len(r.Blocks)-1], Count: len(r.Blocks)}, Config: r.Config}
	if s.Config == nil {
		s.Config = map[string]string{}
	}
	for _, side := range r.Sides {
		m := side.Metrics
		s.Sides = append(s.Sides, lendingSideJSON{Name: side.Name, Metrics: lendingMetricsJSON{
			BadDebt: jsonFloat(m.BadDebt), Underwater: m.Underwater, Liquidations: m.Liquidations,
			DebtLiquidated: jsonFloat(m.DebtLiquidated), BonusPaid: jsonFloat(m.BonusPaid),
			MeanUtilisation: jsonFloat(m.MeanUtilisation), MaxUtilisation: jsonFloat(m.MaxUtilisation),
			ProtocolRevenue: jsonFloat(m.ProtocolRevenue), DebtOutstanding: jsonFloat(m.DebtOutstanding),
			ParameterChanges: m.ParameterChanges, Transactions: m.Transactions, GasUsed: m.GasUsed,
		}})
	}
	return encodeSummary(w, s)
}

// WriteLendingHTML writes a lending backtest's report.html: the page of
// WriteHTML with the metrics of every side in a column, and the charts
//
//	chart-price         the collateral's oracle price
//	chart-params        LTV (solid) and liquidation threshold (dashed) of
//	                    every side, the agent's changes as dots on its LTV
//	                    (<g data-series="change">)
//	chart-bonus         the liquidation bonus of every side
//	chart-liquidations  liquidations so far, every side
//	chart-utilisation   the borrowed reserve's utilisation, every side
//
// each series a <path data-series="<side> <what>">. Identical runs give
// identical bytes. It returns the Validate error, without writing, when r
// is inconsistent.
func WriteLendingHTML(w io.Writer, r Lending) error {
	if err := r.Validate(); err != nil {
		return err
	}
	names := r.names()
	d := newPage(r.Title, r.Source, r.Executor, r.Blocks, r.Config, names)
	d.CountUnit, d.Hint = "steps", "Hover a parameter-change dot for its block and values."
	d.Rows = lendingRows(r.Sides)
	xs := blockAxis(r.Blocks)

	price := newChart("chart-price", "Collateral oracle price (USD)", xs)
	price.addLines(xs, false, []series{{name: "price", color: priceColor, ys: r.Price}})

	params := newChart("chart-params", "LTV (solid) and liquidation threshold (dashed), % — agent vs static", xs)
	var lines []series
	for i, s := range r.Sides {
		lines = append(lines, series{name: s.Name + " LTV", color: strategyColor(i), ys: s.LTV},
			series{name: s.Name + " threshold", color: strategyColor(i), dash: "6 4", ys: s.Threshold})
	}
	y := params.addLines(xs, false, lines)
	if len(r.Sides) > 0 {
		params.addMarkers(r.Blocks, r.Sides[0].LTV, y, r.Markers, "change", "parameter change")
	}
	bonus := newChart("chart-bonus", "Liquidation bonus paid to liquidators, %", xs)
	bonus.addLines(xs, false, lendingSeries(r.Sides, " bonus", func(s LendingSide) []float64 { return s.Bonus }))
	liq := newChart("chart-liquidations", "Liquidations so far", xs)
	liq.addLines(xs, true, lendingSeries(r.Sides, " liquidations", func(s LendingSide) []float64 { return s.Liquidations }))
	util := newChart("chart-utilisation", "Utilisation of the borrowed reserve, %", xs)
	util.addLines(xs, true, lendingSeries(r.Sides, " utilisation", func(s LendingSide) []float64 { return s.Utilisation }))
	d.Charts = []*svgChart{price, params, bonus, liq, util}
	return render(w, d)
}

// lendingSeries is one series of every side, in its colour, named
// "<side><suffix>".
func lendingSeries(sides []LendingSide, suffix string, ys func(LendingSide) []float64) []series {
	out := make([]series, len(sides))
	for i, s := range sides {
		out[i] = series{name: s.Name + suffix, color: strategyColor(i), ys: ys(s)}
	}
	return out
}

// lendingRows lays the metrics out one row per metric, one column per side.
func lendingRows(sides []LendingSide) []metricRow {
	money := func(v float64) string { return num(v, 2) }
	count := func(n int) string { return strconv.Itoa(n) }
	rows := []rowOf[LendingMetrics]{
		{"Bad debt (USD)", func(m LendingMetrics) string { return money(m.BadDebt) }},
		{"Positions underwater", func(m LendingMetrics) string { return count(m.Underwater) }},
		{"Liquidations", func(m LendingMetrics) string { return count(m.Liquidations) }},
		{"Debt liquidated (USD)", func(m LendingMetrics) string { return money(m.DebtLiquidated) }},
		{"Bonus paid to liquidators (USD)", func(m LendingMetrics) string { return money(m.BonusPaid) }},
		{"Mean utilisation", func(m LendingMetrics) string { return num(m.MeanUtilisation, 2) + "%" }},
		{"Max utilisation", func(m LendingMetrics) string { return num(m.MaxUtilisation, 2) + "%" }},
		{"Protocol revenue (USD)", func(m LendingMetrics) string { return num(m.ProtocolRevenue, 4) }},
		{"Debt outstanding at the end (USD)", func(m LendingMetrics) string { return money(m.DebtOutstanding) }},
		{"Parameter changes", func(m LendingMetrics) string { return count(m.ParameterChanges) }},
		{"Transactions", func(m LendingMetrics) string { return count(m.Transactions) }},
		{"Gas used", func(m LendingMetrics) string { return formatGrouped(float64(m.GasUsed), 0) }},
	}
	ms := make([]LendingMetrics, len(sides))
	for i, s := range sides {
		ms[i] = s.Metrics
	}
	return table(rows, ms)
}

// WriteLendingDir writes summary.json and report.html of a lending
// backtest into dir, as WriteDir does for market making: both rendered
// before either is written, each written to a temporary name and renamed.
func WriteLendingDir(dir string, r Lending) error {
	return writeDir(dir, func(w io.Writer) error { return WriteLendingSummary(w, r) }, func(w io.Writer) error { return WriteLendingHTML(w, r) })
}
