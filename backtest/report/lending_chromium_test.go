//go:build linux

package report

import "testing"

// TestLendingReportRendersInChromium opens a lending report in headless
// Chromium: the DOM has every chart and a column per side, and the
// screenshot shows both sides' lines (many pixels of each side's colour)
// and the parameter-change dots; the screenshot and the page are kept in
// $STEWARD_ARTIFACTS as lending-report.png and lending-report.html.
func TestLendingReportRendersInChromium(t *testing.T) {
	r := syntheticLending(360)
	_, img := openInChromium(t, func(dir string) error { return WriteLendingDir(dir, r) },
		[]string{"chart-price", "chart-params", "chart-bonus", "chart-liquidations", "chart-utilisation", "metrics"}, r.names(), "lending-report")
	b := img.Bounds()
	near := make([]int, len(r.Sides)+1)
	targets := [][3]uint8{hexRGB(t, strategyColor(0)), hexRGB(t, strategyColor(1)), hexRGB(t, markerColor)}
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r16, g16, b16, _ := img.At(x, y).RGBA()
			c := [3]uint8{uint8(r16 >> 8), uint8(g16 >> 8), uint8(b16 >> 8)}
			for i, tc := range targets {
				if dist(c, tc) <= 60 {
					near[i]++
				}
			}
		}
	}
	t.Logf("screenshot %dx%d: pixels of the agent's, the static market's and the markers' colours: %v", b.Dx(), b.Dy(), near)
	for i, s := range r.Sides {
		if near[i] < 1500 {
			t.Errorf("screenshot has %d pixels of %s's colour, want at least 1500 (its lines)", near[i], s.Name)
		}
	}
	if near[2] < 100 {
		t.Errorf("screenshot has %d pixels of the change dots' colour, want at least 100", near[2])
	}
}
