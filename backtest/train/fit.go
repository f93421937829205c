package train

import (
	"fmt"
	"math"
	"sort"

	"github.com/steward-agents/steward/strategies/marketmaking"
)

// samples builds one example per minute index with a full feature window and
// a full target horizon, in chronological order.
func samples(ticks []int32) (xs [][]float64, ys []float64, err error) {
	for i := marketmaking.Window - 1; i < len(ticks); i++ {
		y, ok := marketmaking.Target(ticks, i)
		if !ok {
			break
		}
		x, err := marketmaking.Features(ticks[:i+1])
		if err != nil {
			return nil, nil, fmt.Errorf("features at minute %d: %w", i, err)
		}
		xs, ys = append(xs, x), append(ys, y)
	}
	return xs, ys, nil
}

// fitBaseline returns the c minimising Σ|y − c·a| over the training samples,
// where a = vol30·√Horizon: the weighted median of y/a with weights a.
func fitBaseline(xs [][]float64, ys []float64, vol int) float64 {
	type pt struct{ ratio, weight float64 }
	var pts []pt
	var total float64
	for s, x := range xs {
		a := baselineScale(x, vol)
		if a <= 0 {
			continue
		}
		pts = append(pts, pt{ys[s] / a, a})
		total += a
	}
	if len(pts) == 0 {
		return 0
	}
	sort.SliceStable(pts, func(i, j int) bool { return pts[i].ratio < pts[j].ratio })
	var acc float64
	for _, p := range pts {
		acc += p.weight
		if acc >= total/2 {
			return p.ratio
		}
	}
	return pts[len(pts)-1].ratio
}

// baselineScale is vol30·√Horizon, the random-walk scale of the excursion;
// vol is vol30's index in the feature vector.
func baselineScale(x []float64, vol int) float64 {
	return x[vol] * math.Sqrt(marketmaking.Horizon)
}

func baselineMAE(c float64, xs [][]float64, ys []float64, vol int) float64 {
	var sum float64
	for s, x := range xs {
		sum += math.Abs(c*baselineScale(x, vol) - ys[s])
	}
	return sum / float64(len(xs))
}
