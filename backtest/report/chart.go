package report

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// Chart geometry in SVG user units, which the page draws 1:1 as CSS pixels:
// a chart is as wide as a 1200px page's content column.
const (
	chartWidth   = 1160
	chartHeight  = 340
	marginLeft   = 88 // y tick labels such as "-12,345.5"
	marginRight  = 20
	marginTop    = 36 // the legend
	marginBottom = 40 // x tick labels
	plotWidth    = chartWidth - marginLeft - marginRight
	plotHeight   = chartHeight - marginTop - marginBottom

	// maxPoints bounds the points of one drawn series: the plot is about
	// a thousand pixels wide, so more only makes the file bigger.
	maxPoints = 2000
	xTicks    = 8
	yTicks    = 6
)

// palette gives each strategy its colour in every chart, in Run order
// (Tableau 10, whose colours stay distinct for the colour-blind).
var palette = [...]string{"#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#d62728"}

const (
	priceColor  = "#222222"
	markerColor = "#d62728"
)

func strategyColor(i int) string { return palette[i%len(palette)] }

// svgChart is what the "chart" template draws: every number is already a
// formatted coordinate, so the template holds no arithmetic.
type svgChart struct {
	ID, Title     string
	Width, Height int
	PlotX, PlotY  int
	PlotW, PlotH  int
	PlotBottom    int
	PlotRight     int
	YLabelX       int // right end of the y tick labels
	XLabelY       int // baseline of the x tick labels
	TickEnd       int // lower end of the x ticks
	MarkerTickY   int // upper end of a marker's tick on the x axis
	XTicks        []svgTick
	YTicks        []svgTick
	Zero          string // y of the zero line; empty when 0 is off the axis
	Bands         []svgPath
	Lines         []svgPath
	Markers       []svgMarker
	MarkerSeries  string
	Legend        []svgLegend

	x axis // blocks to pixels
}

type svgTick struct{ Pos, Label string }

// svgPath is a drawn series; Dash, when set, is its stroke-dasharray.
type svgPath struct{ Series, Color, D, Dash string }

type svgMarker struct{ X, Y, Title string }

type svgLegend struct {
	X, X2, MidX, TextX string
	Name               string
	Color              string
	Kind               string // "line", "band" or "dot"
	Dash               string // a dashed line's stroke-dasharray
}

// series is one line to draw, values per block; dash, when set, is its
// stroke-dasharray.
type series struct {
	name, color, dash string
	ys                []float64
}

// axis maps a value domain onto a pixel range.
type axis struct{ d0, d1, p0, p1 float64 }

func (a axis) at(v float64) float64 { return a.p0 + (v-a.d0)/(a.d1-a.d0)*(a.p1-a.p0) }

// coord formats a pixel coordinate; a tenth of a pixel is below what any
// screen shows.
func coord(v float64) string { return formatFixed(v, 1) }

// newChart lays out an empty chart over the blocks xs, with its x ticks.
func newChart(id, title string, xs []float64) *svgChart {
	c := &svgChart{
		ID: id, Title: title, Width: chartWidth, Height: chartHeight,
		PlotX: marginLeft, PlotY: marginTop, PlotW: plotWidth, PlotH: plotHeight,
		PlotBottom: marginTop + plotHeight, PlotRight: marginLeft + plotWidth,
		YLabelX: marginLeft - 8, XLabelY: marginTop + plotHeight + 20,
		TickEnd: marginTop + plotHeight + 5, MarkerTickY: marginTop + plotHeight - 8,
	}
	first, last := xs[0], xs[len(xs)-1]
	if first == last { // one block: centre it
		first, last = first-1, last+1
	}
	c.x = axis{d0: first, d1: last, p0: marginLeft, p1: marginLeft + plotWidth}
	step := math.Max(1, math.Round(niceStep((last-first)/xTicks)))
	for k := math.Ceil(first / step); k*step <= last; k++ {
		v := k * step
		c.XTicks = append(c.XTicks, svgTick{Pos: coord(c.x.at(v)), Label: strconv.FormatFloat(v, 'f', 0, 64)})
	}
	return c
}

// yAxis fits the finite values of ys (and 0 when withZero) onto the plot
// height, extended to whole tick steps, and labels the ticks.
func (c *svgChart) yAxis(withZero bool, ys ...[]float64) axis {
	lo, hi := math.Inf(1), math.Inf(-1)
	if withZero {
		lo, hi = 0, 0
	}
	for _, s := range ys {
		for _, v := range s {
			if finite(v) {
				lo, hi = math.Min(lo, v), math.Max(hi, v)
			}
		}
	}
	switch {
	case lo > hi: // nothing finite to draw
		lo, hi = 0, 1
	case lo == hi:
		pad := math.Max(math.Abs(lo)*0.05, 1)
		lo, hi = lo-pad, hi+pad
	}
	step := niceStep((hi - lo) / yTicks)
	lo, hi = math.Floor(lo/step)*step, math.Ceil(hi/step)*step
	y := axis{d0: lo, d1: hi, p0: float64(c.PlotBottom), p1: float64(c.PlotY)}
	decimals := max(0, min(8, int(-math.Floor(math.Log10(step)+1e-9))))
	for k := math.Round(lo / step); k*step <= hi+step/2; k++ {
		v := k * step
		c.YTicks = append(c.YTicks, svgTick{Pos: coord(y.at(v)), Label: formatGrouped(v, decimals)})
	}
	if lo < 0 && hi > 0 {
		c.Zero = coord(y.at(0))
	}
	return y
}

// niceStep rounds raw up to 1, 2 or 5 times a power of ten.
func niceStep(raw float64) float64 {
	if !(raw > 0) || !finite(raw) {
		return 1
	}
	mag := math.Pow(10, math.Floor(math.Log10(raw)))
	switch norm := raw / mag; {
	case norm <= 1:
		return mag
	case norm <= 2:
		return 2 * mag
	case norm <= 5:
		return 5 * mag
	}
	return 10 * mag
}

// linePath draws ys over xs, starting a new sub-path after every NaN or
// infinity, so gaps stay gaps.
func linePath(xs, ys []float64, x, y axis) string {
	var b strings.Builder
	pen := false // inside a sub-path
	lone := false
	for i, v := range ys {
		if !finite(v) {
			if lone {
				b.WriteString("h0.1") // a point alone between gaps: a dot, with round caps
			}
			pen, lone = false, false
			continue
		}
		if pen {
			b.WriteByte('L')
			lone = false
		} else {
			b.WriteByte('M')
			lone = true
		}
		b.WriteString(coord(x.at(xs[i])))
		b.WriteByte(' ')
		b.WriteString(coord(y.at(v)))
		pen = true
	}
	if lone {
		b.WriteString("h0.1")
	}
	return b.String()
}

// bandPath draws the area between lo and hi as one closed sub-path per run
// of blocks where both are finite.
func bandPath(xs, lo, hi []float64, x, y axis) string {
	var b strings.Builder
	for i := 0; i < len(xs); {
		if !finite(lo[i]) || !finite(hi[i]) {
			i++
			continue
		}
		j := i
		for j < len(xs) && finite(lo[j]) && finite(hi[j]) {
			j++
		}
		for k := i; k < j; k++ { // upper edge forward
			b.WriteByte("LM"[b2i(k == i)])
			b.WriteString(coord(x.at(xs[k])) + " " + coord(y.at(hi[k])))
		}
		for k := j - 1; k >= i; k-- { // lower edge back
			b.WriteString("L" + coord(x.at(xs[k])) + " " + coord(y.at(lo[k])))
		}
		b.WriteByte('Z')
		i = j
	}
	return b.String()
}

func b2i(v bool) int {
	if v {
		return 1
	}
	return 0
}

// downsample keeps at most about limit points of ys: per bucket of
// consecutive blocks the lowest and the highest value, in block order, and
// the first non-finite one so gaps survive. It is deterministic, and keeps
// the spikes a stride would skip.
func downsample(xs, ys []float64, limit int) ([]float64, []float64) {
	n := len(ys)
	if n <= limit {
		return xs, ys
	}
	buckets := limit / 3
	outX := make([]float64, 0, limit)
	outY := make([]float64, 0, limit)
	for b := range buckets {
		i0, i1 := b*n/buckets, (b+1)*n/buckets
		lo, hi, gap := -1, -1, -1
		for i := i0; i < i1; i++ {
			v := ys[i]
			switch {
			case !finite(v):
				if gap < 0 {
					gap = i
				}
			case lo < 0:
				lo, hi = i, i
			case v < ys[lo]:
				lo = i
			case v > ys[hi]:
				hi = i
			}
		}
		keep := []int{}
		for _, i := range []int{lo, hi, gap} {
			if i >= 0 && !containsInt(keep, i) {
				keep = append(keep, i)
			}
		}
		sort.Ints(keep)
		for _, i := range keep {
			outX = append(outX, xs[i])
			outY = append(outY, ys[i])
		}
	}
	return outX, outY
}

// downsampleBand keeps one point per bucket of consecutive blocks: the
// lowest lower and the highest upper bound of the blocks in it where both
// are finite, or NaN when there are none. Gaps narrower than a bucket
// (under a pixel) close.
func downsampleBand(xs, lo, hi []float64, limit int) ([]float64, []float64, []float64) {
	n := len(xs)
	if n <= limit {
		return xs, lo, hi
	}
	outX, outLo, outHi := make([]float64, limit), make([]float64, limit), make([]float64, limit)
	for b := range limit {
		i0, i1 := b*n/limit, (b+1)*n/limit
		l, h := math.Inf(1), math.Inf(-1)
		for i := i0; i < i1; i++ {
			if finite(lo[i]) && finite(hi[i]) {
				l, h = math.Min(l, lo[i]), math.Max(h, hi[i])
			}
		}
		if l > h {
			l, h = math.NaN(), math.NaN()
		}
		outX[b], outLo[b], outHi[b] = xs[i0], l, h
	}
	return outX, outLo, outHi
}

func containsInt(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

// addLines draws every series on c, downsampled, on the y axis fitted to
// all of them, and returns that axis.
func (c *svgChart) addLines(xs []float64, withZero bool, ss []series) axis {
	all := make([][]float64, len(ss))
	for i, s := range ss {
		all[i] = s.ys
	}
	y := c.yAxis(withZero, all...)
	for _, s := range ss {
		dx, dy := downsample(xs, s.ys, maxPoints)
		c.Lines = append(c.Lines, svgPath{Series: s.name, Color: s.color, D: linePath(dx, dy, c.x, y), Dash: s.dash})
		c.addLegend(s.name, s.color, "line")
		c.Legend[len(c.Legend)-1].Dash = s.dash
	}
	return y
}

// addMarkers draws markers as dots on ys (the value at the marker's block,
// or at the last block before it; on the axis where there is none) with
// ticks on the x axis, and their legend entry named legend. Each dot has
// a <title> tooltip: its block and label.
func (c *svgChart) addMarkers(blocks []uint64, ys []float64, y axis, markers []Marker, series, legend string) {
	if len(markers) > 0 {
		c.MarkerSeries = series
		c.addLegend(legend, markerColor, "dot")
	}
	for _, m := range markers {
		i := sort.Search(len(blocks), func(i int) bool { return blocks[i] >= m.Block })
		if i == len(blocks) || blocks[i] != m.Block {
			i--
		}
		py := float64(c.PlotBottom)
		if v := ys[i]; finite(v) {
			py = y.at(v)
		}
		title := "block " + strconv.FormatUint(m.Block, 10)
		if m.Label != "" {
			title += ": " + m.Label
		}
		c.Markers = append(c.Markers, svgMarker{X: coord(c.x.at(float64(m.Block))), Y: coord(py), Title: title})
	}
}

// addLegend appends an entry after the previous ones; names are measured
// at about 7.2px a character, the 13px sans-serif the page uses.
func (c *svgChart) addLegend(name, color, kind string) {
	x := float64(c.PlotX)
	if n := len(c.Legend); n > 0 {
		prev := c.Legend[n-1]
		px, _ := strconv.ParseFloat(prev.TextX, 64)
		x = px + 7.2*float64(len([]rune(prev.Name))) + 22
	}
	c.Legend = append(c.Legend, svgLegend{X: coord(x), X2: coord(x + 18), MidX: coord(x + 9), TextX: coord(x + 24), Name: name, Color: color, Kind: kind})
}

// formatGrouped formats v with decimals places and commas between
// thousands, e.g. -12,345.50.
func formatGrouped(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac := s, ""
	if i := strings.IndexByte(s, '.'); i >= 0 {
		intPart, frac = s[:i], s[i:]
	}
	var b strings.Builder
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	out := sign + b.String() + frac
	if strings.Trim(out, "-0.,") == "" { // no "-0.00"
		out = strings.TrimPrefix(out, "-")
	}
	return out
}
