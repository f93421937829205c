package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// summary is the layout of summary.json. Field order is key order: keep
// it stable, tools diff these files.
type summary struct {
	Title      string            `json:"title"`
	Source     string            `json:"source"`
	Executor   string            `json:"executor"`
	Blocks     blockSpan         `json:"blocks"`
	Config     map[string]string `json:"config"` // encoding/json sorts map keys
	Strategies []summaryStrategy `json:"strategies"`
}

type blockSpan struct {
	From  uint64 `json:"from"`
	To    uint64 `json:"to"`
	Count int    `json:"count"`
}

type summaryStrategy struct {
	Name    string         `json:"name"`
	Metrics summaryMetrics `json:"metrics"`
}

type summaryMetrics struct {
	FeesEarned          jsonFloat `json:"feesEarned"`
	ImpermanentLoss     jsonFloat `json:"impermanentLoss"`
	PnL                 jsonFloat `json:"pnl"`
	PnLVsHold           jsonFloat `json:"pnlVsHold"`
	MaxDrawdown         jsonFloat `json:"maxDrawdown"`
	Sharpe              jsonFloat `json:"sharpe"`
	TimeInRange         jsonFloat `json:"timeInRange"`
	Reranges            int       `json:"reranges"`
	GasUsed             uint64    `json:"gasUsed"`
	FinalInventoryBase  jsonFloat `json:"finalInventoryBase"`
	FinalInventoryQuote jsonFloat `json:"finalInventoryQuote"`
}

// jsonFloat marshals as a number rounded to six decimal places with
// trailing zeros dropped, so the same run always gives the same bytes and
// last-bit noise does not show in diffs; NaN and ±Inf, which JSON cannot
// carry, become null.
type jsonFloat float64

// MarshalJSON implements json.Marshaler.
func (f jsonFloat) MarshalJSON() ([]byte, error) {
	v := float64(f)
	if !finite(v) {
		return []byte("null"), nil
	}
	return []byte(formatFixed(v, 6)), nil
}

// formatFixed formats v with at most prec decimals, without trailing zeros
// and without a negative zero.
func formatFixed(v float64, prec int) string {
	s := strconv.FormatFloat(v, 'f', prec, 64)
	if strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	return s
}

func newSummary(r Run) summary {
	s := summary{
		Title:    r.Title,
		Source:   r.Source,
		Executor: r.Executor,
		Blocks:   blockSpan{From: r.Blocks[0], To: r.Blocks[len(r.Blocks)-1], Count: len(r.Blocks)},
		Config:   r.Config,
	}
	if s.Config == nil {
		s.Config = map[string]string{} // {} rather than null: one shape for readers
	}
	for _, st := range r.Strategies {
		m := st.Metrics
		s.Strategies = append(s.Strategies, summaryStrategy{Name: st.Name, Metrics: summaryMetrics{
			FeesEarned:          jsonFloat(m.FeesEarned),
			ImpermanentLoss:     jsonFloat(m.ImpermanentLoss),
			PnL:                 jsonFloat(m.PnL),
			PnLVsHold:           jsonFloat(m.PnLVsHold),
			MaxDrawdown:         jsonFloat(m.MaxDrawdown),
			Sharpe:              jsonFloat(m.Sharpe),
			TimeInRange:         jsonFloat(m.TimeInRange),
			Reranges:            m.Reranges,
			GasUsed:             m.GasUsed,
			FinalInventoryBase:  jsonFloat(m.FinalInventoryBase),
			FinalInventoryQuote: jsonFloat(m.FinalInventoryQuote),
		}})
	}
	return s
}

// WriteSummary writes summary.json for r: title, source, executor, the
// block span, the config and every strategy's metrics, indented, with a
// trailing newline. Identical runs give identical bytes. It returns the
// Validate error, without writing, when r is inconsistent.
func WriteSummary(w io.Writer, r Run) error {
	if err := r.Validate(); err != nil {
		return err
	}
	return encodeSummary(w, newSummary(r))
}

// encodeSummary writes v as summary.json: indented, "<", ">" and "&"
// kept as they are, with a trailing newline.
func encodeSummary(w io.Writer, v any) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	// summary.json is never inlined into HTML: keep "<", ">" and "&" in
	// names readable rather than as \u003c and the like.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("report: encode summary.json: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("report: write summary.json: %w", err)
	}
	return nil
}
