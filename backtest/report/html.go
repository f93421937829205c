package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
)

//go:embed report.html.tmpl
var reportTemplate string

// page is parsed once; html/template escapes every value by context, and
// executing a parsed template concurrently is safe.
var page = template.Must(template.New("report").Parse(reportTemplate))

// pageData is what report.html.tmpl draws.
type pageData struct {
	Title, Source, Executor string
	From, To                uint64
	Count                   int
	CountUnit               string // what Count counts: "blocks", "steps"
	Hint                    string // the footer's last sentence
	Config                  []keyValue
	Strategies              []nameColor
	Rows                    []metricRow
	Charts                  []*svgChart
}

type keyValue struct{ Key, Value string }

type nameColor struct{ Name, Color string }

type metricRow struct {
	Label string
	Cells []string
}

// WriteHTML writes report.html for r: one self-contained page (inline CSS
// and SVG, no script, nothing fetched) with the run's settings, the
// metrics of every strategy side by side, and the charts chart-price,
// chart-pnl, chart-drawdown and, when a strategy is named "hold",
// chart-vs-hold. Identical runs give identical bytes. It returns the
// Validate error, without writing, when r is inconsistent.
func WriteHTML(w io.Writer, r Run) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return render(w, newPageData(r))
}

func newPageData(r Run) pageData {
	names := r.names()
	d := newPage(r.Title, r.Source, r.Executor, r.Blocks, r.Config, names)
	d.CountUnit, d.Hint = "blocks", "Hover a re-range dot for its block."
	d.Rows = metricRows(r.Strategies)
	xs := blockAxis(r.Blocks)
	d.Charts = append(d.Charts, priceChart(r, xs), pnlChart(r, xs), drawdownChart(r, xs))
	if c := vsHoldChart(r, xs); c != nil {
		d.Charts = append(d.Charts, c)
	}
	return d
}

// newPage fills what every report's page shows: title, source, executor,
// block span, the config sorted by key and a column per strategy (names),
// each in its colour.
func newPage(title, source, executor string, blocks []uint64, config map[string]string, names []string) pageData {
	d := pageData{
		Title: title, Source: source, Executor: executor,
		From: blocks[0], To: blocks[len(blocks)-1], Count: len(blocks),
	}
	keys := make([]string, 0, len(config))
	for k := range config {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		d.Config = append(d.Config, keyValue{k, config[k]})
	}
	for i, n := range names {
		d.Strategies = append(d.Strategies, nameColor{n, strategyColor(i)})
	}
	return d
}

// blockAxis is the blocks as chart x values.
func blockAxis(blocks []uint64) []float64 {
	xs := make([]float64, len(blocks))
	for i, b := range blocks {
		xs[i] = float64(b)
	}
	return xs
}

// render executes the page template into w.
func render(w io.Writer, d pageData) error {
	var buf bytes.Buffer
	if err := page.Execute(&buf, d); err != nil {
		return fmt.Errorf("report: render report.html: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("report: write report.html: %w", err)
	}
	return nil
}

// metricRows lays the metrics out one row per metric, one column per
// strategy. Money shows cents, and n/a stands for NaN or infinity.
func metricRows(ss []Strategy) []metricRow {
	money := func(v float64) string { return num(v, 2) }
	rows := []rowOf[Metrics]{
		{"PnL", func(m Metrics) string { return money(m.PnL) }},
		{"PnL vs hold", func(m Metrics) string { return money(m.PnLVsHold) }},
		{"Fees earned", func(m Metrics) string { return money(m.FeesEarned) }},
		{"Impermanent loss", func(m Metrics) string { return money(m.ImpermanentLoss) }},
		{"Max drawdown", func(m Metrics) string { return money(m.MaxDrawdown) }},
		{"Sharpe", func(m Metrics) string { return num(m.Sharpe, 3) }},
		{"Time in range", func(m Metrics) string {
			if !finite(m.TimeInRange) {
				return "n/a"
			}
			return num(100*m.TimeInRange, 1) + "%"
		}},
		{"Re-ranges", func(m Metrics) string { return strconv.Itoa(m.Reranges) }},
		{"Gas used", func(m Metrics) string { return formatGrouped(float64(m.GasUsed), 0) }},
		{"Final inventory, base", func(m Metrics) string { return num(m.FinalInventoryBase, 6) }},
		{"Final inventory, quote", func(m Metrics) string { return money(m.FinalInventoryQuote) }},
	}
	ms := make([]Metrics, len(ss))
	for i, s := range ss {
		ms[i] = s.Metrics
	}
	return table(rows, ms)
}

// rowOf is one row of a metrics table: its label and how a column's
// metrics show in it.
type rowOf[M any] struct {
	label string
	cell  func(M) string
}

// table lays metrics out one row per row, one column per element of ms.
func table[M any](rows []rowOf[M], ms []M) []metricRow {
	out := make([]metricRow, len(rows))
	for i, row := range rows {
		out[i].Label = row.label
		for _, m := range ms {
			out[i].Cells = append(out[i].Cells, row.cell(m))
		}
	}
	return out
}

func num(v float64, decimals int) string {
	if !finite(v) {
		return "n/a"
	}
	return formatGrouped(v, decimals)
}

// priceChart draws the pool price, the strategy's range as a band with
// gaps where it has no position, and its re-ranges as dots on the price
// with ticks on the x axis.
func priceChart(r Run, xs []float64) *svgChart {
	name := r.Strategies[0].Name
	c := newChart("chart-price", "Pool price (quote per base) and the range of "+name, xs)
	y := c.yAxis(false, r.Price, clipToPrice(r.Price, r.Lower), clipToPrice(r.Price, r.Upper))
	bx, lo, hi := downsampleBand(xs, r.Lower, r.Upper, maxPoints)
	px, py := downsample(xs, r.Price, maxPoints)
	c.Lines = append(c.Lines, svgPath{Series: "price", Color: priceColor, D: linePath(px, py, c.x, y)})
	c.addLegend("price", priceColor, "line")
	if d := bandPath(bx, lo, hi, c.x, y); d != "" {
		c.Bands = append(c.Bands, svgPath{Series: "range", Color: strategyColor(0), D: d})
		c.addLegend("range of "+name, strategyColor(0), "band")
	}
	c.addMarkers(r.Blocks, r.Price, y, r.Markers, "rerange", "re-range")
	return c
}

// clipToPrice drops range bounds far outside the prices (a full-range
// position's upper bound is astronomical) from the y axis fit; the band is
// still drawn, clipped to the plot.
func clipToPrice(price, bounds []float64) []float64 {
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, p := range price {
		if finite(p) {
			lo, hi = math.Min(lo, p), math.Max(hi, p)
		}
	}
	if lo > hi {
		return bounds
	}
	span := math.Max(hi-lo, 0.5*math.Abs(hi))
	out := make([]float64, len(bounds))
	for i, b := range bounds {
		out[i] = b
		if b < lo-span || b > hi+span {
			out[i] = math.NaN()
		}
	}
	return out
}

func strategySeries(r Run, ys func(Strategy) []float64) []series {
	out := make([]series, 0, len(r.Strategies))
	for i, s := range r.Strategies {
		out = append(out, series{name: s.Name, color: strategyColor(i), ys: ys(s)})
	}
	return out
}

func pnlChart(r Run, xs []float64) *svgChart {
	c := newChart("chart-pnl", "Cumulative PnL (quote units)", xs)
	c.addLines(xs, true, strategySeries(r, func(s Strategy) []float64 { return s.PnL }))
	return c
}

func drawdownChart(r Run, xs []float64) *svgChart {
	c := newChart("chart-drawdown", "Drawdown: cumulative PnL below its running peak (quote units)", xs)
	c.addLines(xs, true, strategySeries(r, func(s Strategy) []float64 { return drawdown(s.PnL) }))
	return c
}

// drawdown is pnl minus its running maximum: 0 at a new peak, negative
// below one. NaN stays NaN and does not count as a peak.
func drawdown(pnl []float64) []float64 {
	out := make([]float64, len(pnl))
	peak := math.Inf(-1)
	for i, v := range pnl {
		if !finite(v) {
			out[i] = math.NaN()
			continue
		}
		peak = math.Max(peak, v)
		out[i] = v - peak
	}
	return out
}

// vsHoldChart draws every strategy's PnL minus that of the one named
// "hold", or returns nil when there is no such baseline or nothing else.
func vsHoldChart(r Run, xs []float64) *svgChart {
	hold := -1
	for i, s := range r.Strategies {
		if strings.EqualFold(strings.TrimSpace(s.Name), "hold") {
			hold = i
			break
		}
	}
	if hold < 0 || len(r.Strategies) < 2 {
		return nil
	}
	var ss []series
	for i, s := range r.Strategies {
		if i == hold {
			continue
		}
		diff := make([]float64, len(s.PnL))
		for j := range diff {
			diff[j] = s.PnL[j] - r.Strategies[hold].PnL[j]
		}
		ss = append(ss, series{name: s.Name, color: strategyColor(i), ys: diff})
	}
	c := newChart("chart-vs-hold", "PnL minus the hold baseline's (quote units)", xs)
	c.addLines(xs, true, ss)
	return c
}
