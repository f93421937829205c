package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata")

// syntheticRun is a deterministic run of n blocks (its metrics are
// constants, so the summary golden file does not depend on how a platform
// rounds the series arithmetic): a price that swings
// like a sine with a faster wobble on top, a strategy that keeps a ±2%
// range and, when the price leaves it, holds no position for 15 blocks
// and re-centres (a re-range marker), a static-range baseline and hold.
func syntheticRun(n int) Run {
	r := Run{
		Title:    "mm-usdc-weth — market making backtest",
		Source:   "testdata: synthetic sine price",
		Executor: "exact",
		Config:   map[string]string{"pool": "USDC/WETH 0.05%", "width": "±2%", "capital": "6000 USDC", "decision_every": "1 block"},
		Blocks:   make([]uint64, n),
		Price:    make([]float64, n),
		Lower:    make([]float64, n),
		Upper:    make([]float64, n),
	}
	strat, static, hold := make([]float64, n), make([]float64, n), make([]float64, n)
	p0 := 3000.0
	centre, wait, fees := p0, 0, 0.0
	for i := range n {
		p := p0 + 150*math.Sin(2*math.Pi*float64(i)/720) + 35*math.Sin(2*math.Pi*float64(i)/97)
		r.Blocks[i] = 19_000_000 + uint64(i)
		r.Price[i] = p
		switch {
		case wait > 0:
			wait--
			if wait == 0 {
				centre = p
				r.Markers = append(r.Markers, Marker{Block: r.Blocks[i], Label: "re-centre"})
			}
		case p < 0.98*centre || p > 1.02*centre:
			wait = 15
		}
		if wait > 0 {
			r.Lower[i], r.Upper[i] = math.NaN(), math.NaN()
		} else {
			r.Lower[i], r.Upper[i] = 0.98*centre, 1.02*centre
			fees += 0.06
		}
		hold[i] = p - p0
		strat[i] = 0.5*(p-p0) + fees - 0.004*math.Abs(p-centre)*float64(len(r.Markers))
		static[i] = 0.6*(p-p0) + 0.03*float64(i)
	}
	r.Strategies = []Strategy{
		{Name: "mm-usdc-weth", PnL: strat, Metrics: Metrics{
			FeesEarned: 73.8, ImpermanentLoss: -41.123456789, PnL: 58.0047681, PnLVsHold: 89.4339482,
			MaxDrawdown: 96.5, Sharpe: 1.23456789, TimeInRange: 0.8125, Reranges: 14,
			GasUsed: 1_234_567, FinalInventoryBase: 0.987654321, FinalInventoryQuote: 3012.5,
		}},
		{Name: "static range", PnL: static, Metrics: Metrics{PnL: 24.3124915, Sharpe: 0.5, TimeInRange: 0.4}},
		{Name: "hold", PnL: hold, Metrics: Metrics{PnL: -31.4291793, Sharpe: math.NaN(), MaxDrawdown: math.Inf(1), FinalInventoryBase: 1, FinalInventoryQuote: 3000}},
	}
	return r
}

func TestValidate(t *testing.T) {
	tests := []struct {
		name   string
		change func(r *Run)
		want   []string // substrings of the error; none for a valid run
	}{
		{name: "valid", change: func(*Run) {}},
		{name: "short price", change: func(r *Run) { r.Price = r.Price[:1439] }, want: []string{"Price has 1439 values, Blocks has 1440"}},
		{name: "missing lower", change: func(r *Run) { r.Lower = nil }, want: []string{"Lower has 0 values, Blocks has 1440"}},
		{name: "long upper", change: func(r *Run) { r.Upper = append(r.Upper, 1) }, want: []string{"Upper has 1441 values"}},
		{name: "short baseline pnl", change: func(r *Run) { r.Strategies[2].PnL = r.Strategies[2].PnL[:10] }, want: []string{`Strategies[2].PnL ("hold") has 10 values, Blocks has 1440`}},
		{name: "no strategies", change: func(r *Run) { r.Strategies = nil }, want: []string{"Strategies is empty"}},
		{name: "no blocks", change: func(r *Run) {
			r.Blocks, r.Price, r.Lower, r.Upper, r.Markers = nil, nil, nil, nil, nil
			for i := range r.Strategies {
				r.Strategies[i].PnL = nil
			}
		}, want: []string{"Blocks is empty"}},
		{name: "blocks not ascending", change: func(r *Run) { r.Blocks[7] = r.Blocks[6] }, want: []string{"Blocks[7]", "block 19000006 follows block 19000006"}},
		{name: "repeated name", change: func(r *Run) { r.Strategies[2].Name = "static range" }, want: []string{`Strategies[2].Name "static range" repeats the name of Strategies[1]`}},
		{name: "empty name", change: func(r *Run) { r.Strategies[0].Name = " " }, want: []string{"Strategies[0].Name is empty"}},
		{name: "marker outside", change: func(r *Run) { r.Markers = append(r.Markers, Marker{Block: 5}) }, want: []string{"Block block 5 is outside the run's blocks 19000000 to 19001439"}},
		// Every problem is reported, not only the first.
		{name: "two problems", change: func(r *Run) { r.Price = nil; r.Strategies[1].PnL = nil }, want: []string{"Price has 0 values", `Strategies[1].PnL ("static range") has 0 values`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := syntheticRun(1440)
			tt.change(&r)
			err := r.Validate()
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("Validate() = %v, want nil", err)
				}
				return
			}
			if err == nil {
				t.Fatalf("Validate() = nil, want an error mentioning %q", tt.want)
			}
			if !errors.Is(err, ErrInvalidRun) {
				t.Errorf("errors.Is(%v, ErrInvalidRun) = false", err)
			}
			var fe *FieldError
			if !errors.As(err, &fe) {
				t.Errorf("errors.As(%v, *FieldError) = false", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("Validate() = %q, want it to mention %q", err, w)
				}
			}
		})
	}
}

func TestWritersRejectInvalidRun(t *testing.T) {
	r := syntheticRun(100)
	r.Upper = r.Upper[:99]
	for name, write := range map[string]func(*bytes.Buffer, Run) error{
		"WriteSummary": func(b *bytes.Buffer, r Run) error { return WriteSummary(b, r) },
		"WriteHTML":    func(b *bytes.Buffer, r Run) error { return WriteHTML(b, r) },
	} {
		var buf bytes.Buffer
		err := write(&buf, r)
		if !errors.Is(err, ErrInvalidRun) || !strings.Contains(err.Error(), "Upper has 99 values") {
			t.Errorf("%s(invalid run) = %v, want ErrInvalidRun naming Upper", name, err)
		}
		if buf.Len() != 0 {
			t.Errorf("%s(invalid run) wrote %d bytes, want none", name, buf.Len())
		}
	}
	dir := filepath.Join(t.TempDir(), "out")
	if err := WriteDir(dir, r); !errors.Is(err, ErrInvalidRun) {
		t.Errorf("WriteDir(invalid run) = %v, want ErrInvalidRun", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("WriteDir(invalid run) created %s (stat: %v), want nothing written", dir, err)
	}
}

// checkGolden compares got with testdata/summary/<name>, which -update
// rewrites (test names the test that writes it).
func checkGolden(t *testing.T, name, test string, got []byte) {
	t.Helper()
	golden := filepath.Join("testdata", "summary", name)
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("read golden file (go test ./backtest/report -run %s -update rewrites it): %v", test, err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("summary.json differs from %s (rerun with -update if the change is intended):\n%s", golden, got)
	}
}

func TestWriteSummary(t *testing.T) {
	r := syntheticRun(1440)
	var first bytes.Buffer
	if err := WriteSummary(&first, r); err != nil {
		t.Fatal(err)
	}
	// The same run with its config map built in another order must give
	// the same bytes.
	again := syntheticRun(1440)
	again.Config = map[string]string{}
	for _, k := range []string{"width", "pool", "decision_every", "capital"} {
		again.Config[k] = r.Config[k]
	}
	var second bytes.Buffer
	if err := WriteSummary(&second, again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first.Bytes(), second.Bytes()) {
		t.Fatalf("WriteSummary gave different bytes for the same run:\n%s\n---\n%s", first.Bytes(), second.Bytes())
	}

	checkGolden(t, "synthetic.json", "TestWriteSummary", first.Bytes())

	var got struct {
		Title, Source, Executor string
		Blocks                  struct {
			From, To uint64
			Count    int
		}
		Config     map[string]string
		Strategies []struct {
			Name    string
			Metrics map[string]*float64
		}
	}
	if err := json.Unmarshal(first.Bytes(), &got); err != nil {
		t.Fatalf("summary.json does not parse: %v", err)
	}
	if got.Title != r.Title || got.Executor != "exact" || got.Blocks.From != 19_000_000 || got.Blocks.To != 19_001_439 || got.Blocks.Count != 1440 {
		t.Errorf("summary header = %q %q %+v, want the run's title, executor and blocks 19000000..19001439 (1440)", got.Title, got.Executor, got.Blocks)
	}
	if got.Config["width"] != "±2%" || len(got.Config) != 4 {
		t.Errorf("summary config = %v, want the run's 4 settings", got.Config)
	}
	if len(got.Strategies) != 3 {
		t.Fatalf("summary has %d strategies, want 3", len(got.Strategies))
	}
	for i, name := range []string{"mm-usdc-weth", "static range", "hold"} {
		if got.Strategies[i].Name != name {
			t.Errorf("strategies[%d].name = %q, want %q", i, got.Strategies[i].Name, name)
		}
		if n := len(got.Strategies[i].Metrics); n != 11 {
			t.Errorf("strategies[%d].metrics has %d keys, want 11", i, n)
		}
	}
	m := got.Strategies[0].Metrics
	for key, want := range map[string]float64{"sharpe": 1.234568, "impermanentLoss": -41.123457, "timeInRange": 0.8125, "gasUsed": 1234567, "reranges": 14} {
		if m[key] == nil || *m[key] != want {
			t.Errorf("strategies[0].metrics.%s = %v, want %v", key, m[key], want)
		}
	}
	// NaN and +Inf cannot be JSON numbers: they become null.
	if hold := got.Strategies[2].Metrics; hold["sharpe"] != nil || hold["maxDrawdown"] != nil {
		t.Errorf("hold sharpe, maxDrawdown = %v, %v, want null for NaN and +Inf", hold["sharpe"], hold["maxDrawdown"])
	}
	// Key order follows the struct, not the alphabet.
	s := first.String()
	if a, b := strings.Index(s, `"title"`), strings.Index(s, `"strategies"`); a < 0 || b < a {
		t.Errorf(`"title" (at %d) must come before "strategies" (at %d)`, a, b)
	}
}

func TestJSONFloat(t *testing.T) {
	tests := []struct {
		in   float64
		want string
	}{
		{1.5, "1.5"},
		{2, "2"},
		{0, "0"},
		{123456789.123456789, "123456789.123457"},
		{-0.0000004, "0"}, // rounds to zero: no "-0"
		{math.Copysign(0, -1), "0"},
		{-41.1234565, "-41.123457"},
		{1e-7, "0"},
		{math.NaN(), "null"},
		{math.Inf(1), "null"},
		{math.Inf(-1), "null"},
	}
	for _, tt := range tests {
		got, err := jsonFloat(tt.in).MarshalJSON()
		if err != nil || string(got) != tt.want {
			t.Errorf("jsonFloat(%v).MarshalJSON() = %s, %v, want %s", tt.in, got, err, tt.want)
		}
	}
}

// pathRE matches the series paths the template writes.
var pathRE = regexp.MustCompile(`<path data-series="([^"]*)" d="([^"]*)"`)

// svgSection returns the markup of the <svg> with the given id.
func svgSection(t *testing.T, html, id string) string {
	t.Helper()
	start := strings.Index(html, `id="`+id+`"`)
	if start < 0 {
		t.Fatalf("report.html has no element with id %q", id)
	}
	end := strings.Index(html[start:], "</svg>")
	if end < 0 {
		t.Fatalf("svg %q is not closed", id)
	}
	return html[start : start+end]
}

// seriesPaths maps data-series to the path's d in one chart.
func seriesPaths(t *testing.T, html, id string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, m := range pathRE.FindAllStringSubmatch(svgSection(t, html, id), -1) {
		out[m[1]] = m[2]
	}
	return out
}

func renderHTML(t *testing.T, r Run) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteHTML(t *testing.T) {
	r := syntheticRun(1440)
	html := renderHTML(t, r)
	if again := renderHTML(t, r); again != html {
		t.Error("WriteHTML gave different bytes for the same run")
	}
	names := []string{"mm-usdc-weth", "static range", "hold"}
	charts := map[string][]string{
		"chart-price":    {"price", "range"},
		"chart-pnl":      names,
		"chart-drawdown": names,
		"chart-vs-hold":  names[:2],
	}
	for id, want := range charts {
		paths := seriesPaths(t, html, id)
		if len(paths) != len(want) {
			t.Errorf("%s has series %v, want %v", id, paths, want)
		}
		for _, name := range want {
			d, ok := paths[name]
			if !ok || !strings.HasPrefix(d, "M") || len(d) < 100 {
				t.Errorf("%s: path data-series=%q has d %.40q, want a drawn line", id, name, d)
			}
		}
	}
	// The range is absent while the strategy waits to re-centre: one band
	// per stretch with a position.
	if got, want := strings.Count(seriesPaths(t, html, "chart-price")["range"], "Z"), len(r.Markers)+1; got != want {
		t.Errorf("range band has %d closed areas, want %d (one more than the %d re-ranges)", got, want, len(r.Markers))
	}
	if len(r.Markers) < 3 {
		t.Fatalf("synthetic run has %d re-ranges, want several", len(r.Markers))
	}
	price := svgSection(t, html, "chart-price")
	if got := strings.Count(price, `r="3.5"`); got != len(r.Markers) {
		t.Errorf("chart-price has %d marker dots, want %d", got, len(r.Markers))
	}
	if !strings.Contains(price, "<title>block 19000") {
		t.Error("markers carry no <title> naming their block")
	}
	metrics := html[strings.Index(html, `<table id="metrics">`):]
	metrics = metrics[:strings.Index(metrics, "</table>")]
	for _, want := range append(names, "1,234,567", "81.2%", "-41.12", "n/a") {
		if !strings.Contains(metrics, want) {
			t.Errorf("metrics table lacks %q", want)
		}
	}
	// Offline: nothing to fetch or run. The SVG namespace is a name, not a
	// request.
	rest := strings.ReplaceAll(html, `xmlns="http://www.w3.org/2000/svg"`, "")
	for _, banned := range []string{"http://", "https://", "<script", "@import", "<link", "<img"} {
		if strings.Contains(rest, banned) {
			t.Errorf("report.html contains %q; it must be self-contained", banned)
		}
	}
}

func TestWriteHTMLEscapes(t *testing.T) {
	r := syntheticRun(50)
	r.Title = `<script>alert("t")</script>`
	r.Strategies[0].Name = `a"><b>&`
	r.Config = map[string]string{"<k>": "<v>"}
	html := renderHTML(t, r)
	for _, raw := range []string{"<script>", `a"><b>`, "<k>", "<v>"} {
		if strings.Contains(html, raw) {
			t.Errorf("report.html contains %q unescaped", raw)
		}
	}
	if !strings.Contains(html, "&lt;script&gt;") {
		t.Error("report.html lacks the escaped title")
	}
}

func TestWriteHTMLGapsAndFlatSeries(t *testing.T) {
	r := syntheticRun(200)
	for i := 80; i < 90; i++ {
		r.Price[i] = math.NaN()
	}
	r.Price[150] = math.Inf(1)
	for i := range r.Lower { // never in position: no band, no crash
		r.Lower[i], r.Upper[i] = math.NaN(), math.NaN()
	}
	r.Markers = nil
	for i := range r.Strategies[1].PnL { // flat line: the y axis must not divide by zero
		r.Strategies[1].PnL[i] = 0
	}
	html := renderHTML(t, r)
	price := seriesPaths(t, html, "chart-price")
	if got := strings.Count(price["price"], "M"); got != 3 {
		t.Errorf("price line has %d sub-paths, want 3 around a NaN gap and an Inf", got)
	}
	if _, ok := price["range"]; ok {
		t.Error("chart-price draws a range band for a strategy never in position")
	}
	if strings.Contains(html, "NaN") || strings.Contains(html, "Inf") {
		t.Error("report.html contains NaN or Inf coordinates")
	}
}

func TestLongRunIsDownsampled(t *testing.T) {
	r := syntheticRun(200_000)
	html := renderHTML(t, r)
	t.Logf("report.html of 200,000 blocks: %d bytes", len(html))
	// 4 charts of up to 3 series of at most maxPoints points, ~12 bytes each.
	if len(html) > 600_000 {
		t.Errorf("report.html of 200,000 blocks is %d bytes, want under 600,000", len(html))
	}
	for id, paths := range map[string]map[string]string{"chart-pnl": seriesPaths(t, html, "chart-pnl"), "chart-price": seriesPaths(t, html, "chart-price")} {
		for name, d := range paths {
			if n := strings.Count(d, "L") + strings.Count(d, "M"); n > 2*maxPoints {
				t.Errorf("%s %q has %d points, want at most %d", id, name, n, 2*maxPoints)
			}
		}
	}
}

func TestDownsample(t *testing.T) {
	n := 100_000
	xs, ys := make([]float64, n), make([]float64, n)
	for i := range n {
		xs[i], ys[i] = float64(i), math.Sin(float64(i)/500)
	}
	ys[31_337] = 9  // a spike a stride would miss
	ys[77_777] = -9 // and a dip
	ys[50_000] = math.NaN()
	dx, dy := downsample(xs, ys, maxPoints)
	if len(dx) > maxPoints || len(dx) != len(dy) {
		t.Fatalf("downsample kept %d x and %d y, want equal and at most %d", len(dx), len(dy), maxPoints)
	}
	var spike, dip, gap bool
	for i := range dx {
		if i > 0 && dx[i] <= dx[i-1] {
			t.Fatalf("x not ascending at %d: %v after %v", i, dx[i], dx[i-1])
		}
		spike = spike || dy[i] == 9
		dip = dip || dy[i] == -9
		gap = gap || math.IsNaN(dy[i])
	}
	if !spike || !dip || !gap {
		t.Errorf("downsample kept spike %v, dip %v, gap %v; want all", spike, dip, gap)
	}
	if sx, _ := downsample(xs[:10], ys[:10], maxPoints); len(sx) != 10 {
		t.Errorf("downsample of 10 points kept %d, want all 10", len(sx))
	}
}

func TestDrawdown(t *testing.T) {
	nan := math.NaN()
	got := drawdown([]float64{0, 1, 3, 2, nan, 5, 4, -1})
	want := []float64{0, 0, 0, -1, nan, 0, -1, -6}
	for i := range want {
		if got[i] != want[i] && !(math.IsNaN(got[i]) && math.IsNaN(want[i])) {
			t.Fatalf("drawdown = %v, want %v", got, want)
		}
	}
}

func TestFormatGrouped(t *testing.T) {
	tests := []struct {
		v        float64
		decimals int
		want     string
	}{
		{0, 2, "0.00"},
		{999, 0, "999"},
		{1000, 0, "1,000"},
		{-1234567.891, 2, "-1,234,567.89"},
		{-0.001, 2, "0.00"},
		{123456, 1, "123,456.0"},
	}
	for _, tt := range tests {
		if got := formatGrouped(tt.v, tt.decimals); got != tt.want {
			t.Errorf("formatGrouped(%v, %d) = %q, want %q", tt.v, tt.decimals, got, tt.want)
		}
	}
}

func TestNiceStep(t *testing.T) {
	for raw, want := range map[float64]float64{0.7: 1, 1: 1, 1.2: 2, 3: 5, 7: 10, 180: 200, 0.013: 0.02, 0: 1} {
		if got := niceStep(raw); math.Abs(got-want) > 1e-12 {
			t.Errorf("niceStep(%v) = %v, want %v", raw, got, want)
		}
	}
}

func TestWriteDir(t *testing.T) {
	r := syntheticRun(300)
	dir := filepath.Join(t.TempDir(), "runs", "mm")
	if err := WriteDir(dir, r); err != nil {
		t.Fatal(err)
	}
	var summary, html bytes.Buffer
	if err := WriteSummary(&summary, r); err != nil {
		t.Fatal(err)
	}
	if err := WriteHTML(&html, r); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{SummaryFile: summary.Bytes(), HTMLFile: html.Bytes()} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from what the writer gives", name)
		}
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("WriteDir left %d entries, want 2 (no temporary files)", len(entries))
	}
}

// A full-range position's upper bound is astronomical; fitting it would
// squash the price into one flat line at the bottom of the chart.
func TestPriceAxisIgnoresFullRange(t *testing.T) {
	r := syntheticRun(300)
	for i := range r.Upper {
		r.Lower[i], r.Upper[i] = 1e-30, 1e30
	}
	price := svgSection(t, renderHTML(t, r), "chart-price")
	labels := regexp.MustCompile(`text-anchor="end">([^<]*)<`).FindAllStringSubmatch(price, -1)
	if len(labels) < 3 {
		t.Fatalf("chart-price has %d y labels, want several", len(labels))
	}
	for _, l := range labels {
		if len(l[1]) > len("3,300") {
			t.Errorf("chart-price y label %q: the axis stretched to the full range's bounds", l[1])
		}
	}
	if !strings.Contains(price, `data-series="range"`) {
		t.Error("chart-price lost the full range's band; it should be drawn, clipped")
	}
}
