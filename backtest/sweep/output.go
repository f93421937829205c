package sweep

import (
	"encoding/csv"
	"fmt"
	"html/template"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"text/tabwriter"
)

// Table is a sweep's results, ranked, as written to results.csv and
// results.html.
type Table struct {
	// Title heads the HTML page, e.g. "sweep 3 — mm-usdc-weth".
	Title string
	Grid  *Grid
	// Results must be ranked (Sort).
	Results []Result
}

// Files a results directory holds.
const (
	CSVFile  = "results.csv"
	HTMLFile = "results.html"
)

// WriteDir writes results.csv and results.html into dir, creating it.
func WriteDir(dir string, t Table) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for name, write := range map[string]func(io.Writer) error{CSVFile: t.WriteCSV, HTMLFile: t.WriteHTML} {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			return err
		}
		err = write(f)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			return fmt.Errorf("write %s: %w", filepath.Join(dir, name), err)
		}
	}
	return nil
}

// header is the table's columns: rank, the configuration's index, one
// column per parameter, every metric, then the model, how it ran, and any
// error.
func (t Table) header() []string {
	h := []string{"rank", "index"}
	h = append(h, t.Grid.Paths()...)
	h = append(h, MetricNames()...)
	return append(h, "model", "attempt", "worker", "seconds", "error")
}

// row is one result's cells, in header's order.
func (t Table) row(rank int, r Result) []string {
	cells := []string{strconv.Itoa(rank), strconv.Itoa(r.Index)}
	for i := range t.Grid.Parameters {
		v := ""
		if i < len(r.Point) {
			v = displayValue(r.Point[i].Value)
		}
		cells = append(cells, v)
	}
	for _, name := range MetricNames() {
		if r.Err != "" {
			cells = append(cells, "")
			continue
		}
		cells = append(cells, formatNumber(MetricValue(toReport(r.Metrics), name)))
	}
	return append(cells, r.Model, strconv.Itoa(r.Attempt), r.Worker,
		strconv.FormatFloat(r.Duration.Seconds(), 'f', 3, 64), r.Err)
}

// displayValue shows a value's YAML text without the quotes of a quoted
// string.
func displayValue(text string) string {
	if s, err := strconv.Unquote(text); err == nil && strings.HasPrefix(text, `"`) {
		return s
	}
	if len(text) >= 2 && text[0] == '\'' && text[len(text)-1] == '\'' {
		return strings.ReplaceAll(text[1:len(text)-1], "''", "'")
	}
	return text
}

// WriteCSV writes the ranked results with a header row.
func (t Table) WriteCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(t.header()); err != nil {
		return err
	}
	for i, r := range t.Results {
		if err := cw.Write(t.row(i+1, r)); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// WriteTop prints the first n ranked results as an aligned text table:
// rank, index, the parameters, the objective and a few key figures.
func (t Table) WriteTop(w io.Writer, n int) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	cols := append([]string{"#", "idx"}, t.Grid.Paths()...)
	figs := []string{t.Grid.Objective}
	for _, f := range []string{"pnl", "pnlVsHold", "maxDrawdown", "sharpe", "reranges"} {
		if f != t.Grid.Objective {
			figs = append(figs, f)
		}
	}
	cols = append(cols, figs...)
	cols[len(t.Grid.Paths())+2] += " (" + string(t.Grid.Order) + ")"
	fmt.Fprintln(tw, strings.Join(cols, "\t"))
	for i, r := range t.Results[:min(n, len(t.Results))] {
		cells := []string{strconv.Itoa(i + 1), strconv.Itoa(r.Index)}
		for _, o := range r.Point {
			cells = append(cells, displayValue(o.Value))
		}
		for _, f := range figs {
			if r.Err != "" {
				cells = append(cells, "failed: "+firstLine(r.Err))
				break
			}
			cells = append(cells, formatNumber(MetricValue(toReport(r.Metrics), f)))
		}
		fmt.Fprintln(tw, strings.Join(cells, "\t"))
	}
	_ = tw.Flush()
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

// htmlPage is results.html: self-contained (inline CSS, no script, no
// external resource); html/template escapes every value.
var htmlPage = template.Must(template.New("results").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>{{.Title}}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
h1{font-size:1.3em}
p.meta{color:#555}
table{border-collapse:collapse}
th,td{border:1px solid #ddd;padding:4px 8px;text-align:right;white-space:nowrap}
th{background:#f3f4f6;position:sticky;top:0;cursor:default}
th.param,td.param{text-align:left;font-family:ui-monospace,monospace}
th.objective,td.objective{background:#eef6ee;font-weight:600}
th .arrow{color:#888;font-size:.8em}
tr:nth-child(even) td{background:#fafafa}
tr:nth-child(even) td.objective{background:#e4f0e4}
tr.failed td{color:#a00}
td.error{text-align:left;white-space:normal;max-width:40em}
</style></head><body>
<h1>{{.Title}}</h1>
<p class="meta">{{len .Rows}} configurations, best first by <b>{{.Objective}}</b> ({{.OrderText}}).
Window: {{.Window}}. Mode: {{.Mode}}.</p>
<table>
<thead><tr>{{range .Header}}<th{{with .Class}} class="{{.}}"{{end}}>{{.Name}}{{if .Arrow}} <span class="arrow">{{.Arrow}}</span>{{end}}</th>{{end}}</tr></thead>
<tbody>
{{range .Rows}}<tr{{if .Failed}} class="failed"{{end}}>{{range .Cells}}<td{{with .Class}} class="{{.}}"{{end}}>{{.Text}}</td>{{end}}</tr>
{{end}}</tbody>
</table>
</body></html>
`))

type htmlHeader struct{ Name, Class, Arrow string }

type htmlCell struct{ Text, Class string }

type htmlRow struct {
	Failed bool
	Cells  []htmlCell
}

// WriteHTML writes the ranked results as one static HTML page.
func (t Table) WriteHTML(w io.Writer) error {
	header := t.header()
	classes := make([]string, len(header))
	params := len(t.Grid.Parameters)
	var hs []htmlHeader
	for i, name := range header {
		switch {
		case i >= 2 && i < 2+params:
			classes[i] = "param"
		case name == t.Grid.Objective:
			classes[i] = "objective"
		case name == "error":
			classes[i] = "error"
		}
		h := htmlHeader{Name: name, Class: classes[i]}
		if name == t.Grid.Objective {
			h.Arrow = map[Order]string{Desc: "▼", Asc: "▲"}[t.Grid.Order]
		}
		hs = append(hs, h)
	}
	rows := make([]htmlRow, len(t.Results))
	for i, r := range t.Results {
		cells := t.row(i+1, r)
		rows[i] = htmlRow{Failed: r.Err != "", Cells: make([]htmlCell, len(cells))}
		for j, c := range cells {
			rows[i].Cells[j] = htmlCell{Text: c, Class: classes[j]}
		}
	}
	window := fmt.Sprintf("steps %d to %d", t.Grid.Window.From, t.Grid.Window.To)
	if t.Grid.Window.To == 0 {
		window = fmt.Sprintf("steps %d to the end of the data", t.Grid.Window.From)
	}
	mode := t.Grid.Mode
	if mode == ModeRandom {
		mode = fmt.Sprintf("random, %d samples, seed %d", t.Grid.Samples, t.Grid.Seed)
	}
	return htmlPage.Execute(w, map[string]any{
		"Title": t.Title, "Objective": t.Grid.Objective, "Window": window, "Mode": mode,
		"OrderText": map[Order]string{Desc: "highest first", Asc: "lowest first"}[t.Grid.Order],
		"Header":    hs, "Rows": rows,
	})
}
