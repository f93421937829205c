//go:build linux

package report

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/steward-agents/steward/backtest/report/reporttest"
)

// TestReportRendersInChromium opens report.html in headless Chromium,
// checks the rendered DOM and that the screenshot shows the charts, and
// keeps the screenshot (and the page) in $STEWARD_ARTIFACTS, by default
// $TMPDIR/steward-artifacts.
func TestReportRendersInChromium(t *testing.T) {
	r := syntheticRun(1440)
	dom, img := openInChromium(t, func(dir string) error { return WriteDir(dir, r) },
		[]string{"chart-price", "chart-pnl", "chart-drawdown", "chart-vs-hold", "metrics"}, r.names(), "report")
	if !strings.Contains(dom, `<table id="metrics">`) {
		t.Error("rendered DOM has no metrics table")
	}
	checkScreenshot(t, img, r)
}

// openInChromium writes a report into a fresh directory with write, opens
// its report.html in headless Chromium, checks that the rendered DOM has
// an element with each of ids and a metrics column for each of columns,
// takes a 1280×2400 screenshot, keeps it and the page in
// $STEWARD_ARTIFACTS as <keep>.png and <keep>.html, and returns the DOM
// and the screenshot.
func openInChromium(t *testing.T, write func(dir string) error, ids, columns []string, keep string) (string, image.Image) {
	t.Helper()
	bin := reporttest.FindChromium(t)
	dir := t.TempDir()
	if err := write(dir); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, HTMLFile)
	target := (&url.URL{Scheme: "file", Path: page}).String()
	dom := string(reporttest.RunChromium(t, bin, target, "--dump-dom"))
	for _, id := range ids {
		if !strings.Contains(dom, `id="`+id+`"`) {
			t.Errorf("rendered DOM has no element with id %q", id)
		}
	}
	if i := strings.Index(dom, `<table id="metrics">`); i >= 0 {
		table := dom[i:]
		table = table[:max(0, strings.Index(table, "</table>"))]
		for _, c := range columns {
			if !strings.Contains(table, `data-strategy="`+c+`"`) {
				t.Errorf("rendered metrics table has no column for %q", c)
			}
		}
	}
	shot := filepath.Join(dir, "report.png")
	reporttest.RunChromium(t, bin, target, "--window-size=1280,2400", "--screenshot="+shot)
	data, err := os.ReadFile(shot)
	if err != nil {
		t.Fatalf("chromium wrote no screenshot: %v", err)
	}
	reporttest.KeepArtifacts(t, map[string][]byte{keep + ".png": data, keep + ".html": mustRead(t, page)})
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("decode screenshot: %v", err)
	}
	return dom, img
}

// checkScreenshot looks for what only drawn charts give: many pixels of
// each strategy's colour (its lines; a legend swatch has a few hundred at
// most) and the tinted range band, below the tables.
func checkScreenshot(t *testing.T, img image.Image, r Run) {
	t.Helper()
	b := img.Bounds()
	if b.Dx() != 1280 || b.Dy() < 2000 {
		t.Errorf("screenshot is %dx%d, want 1280 wide and at least 2000 high", b.Dx(), b.Dy())
	}
	colors := map[[3]uint8]bool{}
	var nonWhite int
	near := make([]int, len(r.Strategies))
	targets := make([][3]uint8, len(r.Strategies))
	for i := range r.Strategies {
		targets[i] = hexRGB(t, strategyColor(i))
	}
	band := blend(targets[0], 0.18) // fill-opacity of the range band on white
	var bandPixels int
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r16, g16, b16, _ := img.At(x, y).RGBA()
			c := [3]uint8{uint8(r16 >> 8), uint8(g16 >> 8), uint8(b16 >> 8)}
			colors[c] = true
			if c != [3]uint8{255, 255, 255} {
				nonWhite++
			}
			for i, tc := range targets {
				if dist(c, tc) <= 60 {
					near[i]++
				}
			}
			if dist(c, band) <= 12 {
				bandPixels++
			}
		}
	}
	t.Logf("screenshot %dx%d: %d colours, %d non-white pixels, strategy-colour pixels %v, band pixels %d", b.Dx(), b.Dy(), len(colors), nonWhite, near, bandPixels)
	if len(colors) < 50 {
		t.Errorf("screenshot has %d distinct colours, want at least 50 (a blank or text-only page has few)", len(colors))
	}
	if frac := float64(nonWhite) / float64(b.Dx()*b.Dy()); frac < 0.02 {
		t.Errorf("screenshot is %.1f%% non-white, want at least 2%%", 100*frac)
	}
	for i, s := range r.Strategies {
		if near[i] < 1500 {
			t.Errorf("screenshot has %d pixels of %s's colour %s, want at least 1500 (its lines)", near[i], s.Name, strategyColor(i))
		}
	}
	if bandPixels < 5000 {
		t.Errorf("screenshot has %d pixels of the range band's tint, want at least 5000", bandPixels)
	}
}

func hexRGB(t *testing.T, hex string) [3]uint8 {
	var c [3]uint8
	if _, err := fmt.Sscanf(hex, "#%02x%02x%02x", &c[0], &c[1], &c[2]); err != nil {
		t.Fatalf("colour %q: %v", hex, err)
	}
	return c
}

// blend is c at opacity a over white.
func blend(c [3]uint8, a float64) [3]uint8 {
	var out [3]uint8
	for i, v := range c {
		out[i] = uint8(a*float64(v) + (1-a)*255 + 0.5)
	}
	return out
}

func dist(a, b [3]uint8) int {
	d := 0
	for i := range a {
		d += max(int(a[i])-int(b[i]), int(b[i])-int(a[i]))
	}
	return d
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return data
}
