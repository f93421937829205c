package marketmaking

import (
	"fmt"
	"math"
)

// Feature layout shared by the strategy at run time and by the trainer
// (backtest/train): the model card lists these names in this order.
const (
	// Window is how many consecutive per-block pool ticks Features needs
	// (oldest first): 30 tick changes.
	Window = 31
	// Horizon is how many blocks ahead the model forecasts.
	Horizon = 30
)

// FeatureNames names the model inputs in order.
var FeatureNames = []string{"vol30", "vol10", "drift30", "absLastMove", "range30"}

// Features turns the last Window pool ticks (one per block, oldest first)
// into the model's input vector, all in ticks:
//
//	vol30       standard deviation of the 30 tick changes
//	vol10       standard deviation of the last 10 tick changes
//	drift30     mean tick change over 30 blocks
//	absLastMove |last tick change|
//	range30     highest minus lowest tick in the window
//
// The model's single output is the forecast largest |tick − current tick|
// over the next Horizon blocks (also in ticks).
func Features(ticks []int32) ([]float64, error) {
	if len(ticks) < Window {
		return nil, fmt.Errorf("features: need %d ticks, have %d", Window, len(ticks))
	}
	w := ticks[len(ticks)-Window:]
	diffs := make([]float64, Window-1)
	lo, hi := w[0], w[0]
	for i := 1; i < Window; i++ {
		diffs[i-1] = float64(w[i] - w[i-1])
		lo, hi = min(lo, w[i]), max(hi, w[i])
	}
	return []float64{
		stddev(diffs),
		stddev(diffs[len(diffs)-10:]),
		mean(diffs),
		math.Abs(diffs[len(diffs)-1]),
		float64(hi - lo),
	}, nil
}

// Target is the training label for the window ending at ticks[i]: the largest
// |ticks[j] − ticks[i]| for i < j ≤ i+Horizon. ok is false when fewer than
// Horizon future ticks exist.
func Target(ticks []int32, i int) (target float64, ok bool) {
	if i+Horizon >= len(ticks) {
		return 0, false
	}
	var m int32
	for j := i + 1; j <= i+Horizon; j++ {
		d := ticks[j] - ticks[i]
		if d < 0 {
			d = -d
		}
		m = max(m, d)
	}
	return float64(m), true
}

func mean(xs []float64) float64 {
	var s float64
	for _, x := range xs {
		s += x
	}
	return s / float64(len(xs))
}

func stddev(xs []float64) float64 {
	m := mean(xs)
	var s float64
	for _, x := range xs {
		s += (x - m) * (x - m)
	}
	return math.Sqrt(s / float64(len(xs)))
}
