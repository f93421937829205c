package sweep

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"

	"github.com/steward-agents/steward/backtest/report"
)

// Order is the direction an objective is ranked in.
type Order string

// Orders. Desc ranks the highest value first.
const (
	Desc Order = "desc"
	Asc  Order = "asc"
)

// metric is one figure of report.Metrics under its summary.json key.
type metric struct {
	name  string
	order Order // the default: the better end first
	get   func(report.Metrics) float64
}

// metricList are the strategy's figures under summary.json's lowerCamelCase
// keys, in summary.json's order. Costs (maxDrawdown, gasUsed) rank
// ascending by default, every other figure descending.
var metricList = []metric{
	{"feesEarned", Desc, func(m report.Metrics) float64 { return m.FeesEarned }},
	{"impermanentLoss", Desc, func(m report.Metrics) float64 { return m.ImpermanentLoss }},
	{"pnl", Desc, func(m report.Metrics) float64 { return m.PnL }},
	{"pnlVsHold", Desc, func(m report.Metrics) float64 { return m.PnLVsHold }},
	{"maxDrawdown", Asc, func(m report.Metrics) float64 { return m.MaxDrawdown }},
	{"sharpe", Desc, func(m report.Metrics) float64 { return m.Sharpe }},
	{"timeInRange", Desc, func(m report.Metrics) float64 { return m.TimeInRange }},
	{"reranges", Desc, func(m report.Metrics) float64 { return float64(m.Reranges) }},
	{"gasUsed", Asc, func(m report.Metrics) float64 { return float64(m.GasUsed) }},
	{"finalInventoryBase", Desc, func(m report.Metrics) float64 { return m.FinalInventoryBase }},
	{"finalInventoryQuote", Desc, func(m report.Metrics) float64 { return m.FinalInventoryQuote }},
}

// MetricNames are the names an objective may take, in summary.json's order.
func MetricNames() []string {
	names := make([]string, len(metricList))
	for i, m := range metricList {
		names[i] = m.name
	}
	return names
}

func findMetric(name string) (metric, bool) {
	for _, m := range metricList {
		if m.name == name {
			return m, true
		}
	}
	return metric{}, false
}

// MetricValue returns the figure of m named name (a MetricNames entry);
// NaN for an unknown name.
func MetricValue(m report.Metrics, name string) float64 {
	if mt, ok := findMetric(name); ok {
		return mt.get(m)
	}
	return math.NaN()
}

// Metrics is report.Metrics as JSON with summary.json's keys: the form
// results are stored in. NaN and ±Inf, which JSON cannot carry, are null.
type Metrics report.Metrics

// MarshalJSON implements json.Marshaler.
func (m Metrics) MarshalJSON() ([]byte, error) {
	var b strings.Builder
	b.WriteByte('{')
	for i, mt := range metricList {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, "%q:%s", mt.name, formatJSON(mt.get(report.Metrics(m))))
	}
	b.WriteByte('}')
	return []byte(b.String()), nil
}

// UnmarshalJSON implements json.Unmarshaler; null is NaN.
func (m *Metrics) UnmarshalJSON(data []byte) error {
	var raw map[string]*float64
	if err := json.Unmarshal(data, &raw); err != nil {
		return fmt.Errorf("sweep: metrics: %w", err)
	}
	get := func(name string) float64 {
		if v := raw[name]; v != nil {
			return *v
		}
		return math.NaN()
	}
	*m = Metrics{
		FeesEarned: get("feesEarned"), ImpermanentLoss: get("impermanentLoss"), PnL: get("pnl"),
		PnLVsHold: get("pnlVsHold"), MaxDrawdown: get("maxDrawdown"), Sharpe: get("sharpe"),
		TimeInRange: get("timeInRange"), Reranges: int(get("reranges")), GasUsed: uint64(get("gasUsed")),
		FinalInventoryBase: get("finalInventoryBase"), FinalInventoryQuote: get("finalInventoryQuote"),
	}
	return nil
}

func formatJSON(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "null"
	}
	return formatNumber(v)
}

// formatNumber writes v with at most six decimals and no trailing zeros,
// as summary.json does.
func formatNumber(v float64) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return fmt.Sprint(v)
	}
	s := fmt.Sprintf("%.6f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		s = "0"
	}
	return s
}

func toReport(m Metrics) report.Metrics { return report.Metrics(m) }
