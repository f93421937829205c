package train

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"

	"github.com/steward-agents/steward/inference/onnx/build"
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

// standardiser holds per-column means and standard deviations of the
// training inputs and target.
type standardiser struct {
	xMean, xStd []float64
	yMean, yStd float64
}

func fitStandardiser(xs [][]float64, ys []float64) standardiser {
	d := len(xs[0])
	s := standardiser{xMean: make([]float64, d), xStd: make([]float64, d)}
	for j := range d {
		col := make([]float64, len(xs))
		for i, x := range xs {
			col[i] = x[j]
		}
		s.xMean[j], s.xStd[j] = meanStd(col)
	}
	s.yMean, s.yStd = meanStd(ys)
	return s
}

// meanStd returns the mean and the standard deviation, or 1 for a constant
// column so that standardising never divides by zero.
func meanStd(v []float64) (mean, std float64) {
	for _, x := range v {
		mean += x
	}
	mean /= float64(len(v))
	for _, x := range v {
		std += (x - mean) * (x - mean)
	}
	std = math.Sqrt(std / float64(len(v)))
	if std == 0 {
		std = 1
	}
	return mean, std
}

// net is a one-hidden-layer ReLU network in float64, trained on
// standardised inputs and target.
type net struct {
	in, hidden int
	w1         []float64 // in×hidden, row-major
	b1         []float64
	w2         []float64 // hidden
	b2         float64
}

func newNet(in, hidden int, rng *rand.Rand) *net {
	n := &net{in: in, hidden: hidden, w1: make([]float64, in*hidden), b1: make([]float64, hidden), w2: make([]float64, hidden)}
	// He initialisation for the ReLU layer, Glorot-like for the linear one.
	for i := range n.w1 {
		n.w1[i] = rng.NormFloat64() * math.Sqrt(2/float64(in))
	}
	for i := range n.w2 {
		n.w2[i] = rng.NormFloat64() * math.Sqrt(1/float64(hidden))
	}
	return n
}

// params returns views of every parameter slice, in a fixed order, with b2
// stored as a one-element slice for the optimiser.
func (n *net) params(b2 []float64) [][]float64 { return [][]float64{n.w1, n.b1, n.w2, b2} }

// huberDelta is where the loss turns from quadratic to linear, in target
// standard deviations: the targets (largest excursions) have a long right
// tail that a squared loss would chase.
const huberDelta = 1.0

// gradient returns the mean Huber loss over the batch and accumulates its
// gradient into g (same layout as params).
func (n *net) gradient(xs [][]float64, ys []float64, g [][]float64) float64 {
	for _, p := range g {
		clear(p)
	}
	gw1, gb1, gw2, gb2 := g[0], g[1], g[2], g[3]
	h := make([]float64, n.hidden)
	var loss float64
	for s, x := range xs {
		pred := n.b2
		for j := range n.hidden {
			a := n.b1[j]
			for i, xi := range x {
				a += xi * n.w1[i*n.hidden+j]
			}
			h[j] = max(a, 0)
			pred += h[j] * n.w2[j]
		}
		r := pred - ys[s]
		var dr float64
		if math.Abs(r) <= huberDelta {
			loss += 0.5 * r * r
			dr = r
		} else {
			loss += huberDelta * (math.Abs(r) - 0.5*huberDelta)
			dr = math.Copysign(huberDelta, r)
		}
		gb2[0] += dr
		for j := range n.hidden {
			gw2[j] += dr * h[j]
			if h[j] <= 0 {
				continue
			}
			dh := dr * n.w2[j]
			gb1[j] += dh
			for i, xi := range x {
				gw1[i*n.hidden+j] += dh * xi
			}
		}
	}
	inv := 1 / float64(len(xs))
	for _, p := range g {
		for i := range p {
			p[i] *= inv
		}
	}
	return loss * inv
}

// adam is the Adam optimiser (Kingma & Ba) with the usual β1, β2 and ε.
type adam struct {
	lr     float64
	t      int
	m, v   [][]float64
	b1, b2 float64
}

func newAdam(lr float64, params [][]float64) *adam {
	a := &adam{lr: lr, b1: 0.9, b2: 0.999}
	for _, p := range params {
		a.m = append(a.m, make([]float64, len(p)))
		a.v = append(a.v, make([]float64, len(p)))
	}
	return a
}

func (a *adam) step(params, grads [][]float64) {
	a.t++
	c1 := 1 - math.Pow(a.b1, float64(a.t))
	c2 := 1 - math.Pow(a.b2, float64(a.t))
	for k, p := range params {
		for i := range p {
			g := grads[k][i]
			a.m[k][i] = a.b1*a.m[k][i] + (1-a.b1)*g
			a.v[k][i] = a.b2*a.v[k][i] + (1-a.b2)*g*g
			p[i] -= a.lr * (a.m[k][i] / c1) / (math.Sqrt(a.v[k][i]/c2) + 1e-8)
		}
	}
}

// fold returns the trained network as a build.MLP on raw (unstandardised)
// inputs and outputs: with z = (x − μ)/σ and y = ŷ·σy + μy,
//
//	W1'[i][j] = W1[i][j]/σi          b1'[j] = b1[j] − Σi μi·W1[i][j]/σi
//	W2'[j]    = W2[j]·σy             b2'    = b2·σy + μy
func (n *net) fold(s standardiser) build.MLP {
	l1 := build.Layer{In: n.in, Out: n.hidden, Activation: build.ReLU,
		Weights: make([]float32, n.in*n.hidden), Bias: make([]float32, n.hidden)}
	for j := range n.hidden {
		b := n.b1[j]
		for i := range n.in {
			w := n.w1[i*n.hidden+j] / s.xStd[i]
			l1.Weights[i*n.hidden+j] = float32(w)
			b -= s.xMean[i] * w
		}
		l1.Bias[j] = float32(b)
	}
	l2 := build.Layer{In: n.hidden, Out: 1, Activation: build.Linear,
		Weights: make([]float32, n.hidden), Bias: []float32{float32(n.b2*s.yStd + s.yMean)}}
	for j := range n.hidden {
		l2.Weights[j] = float32(n.w2[j] * s.yStd)
	}
	return build.MLP{Layers: []build.Layer{l1, l2}}
}

// mae returns the mean absolute error of the exported float32 network.
func mae(m build.MLP, xs [][]float64, ys []float64) (float64, error) {
	var sum float64
	x32 := make([]float32, len(xs[0]))
	for s, x := range xs {
		for i, v := range x {
			x32[i] = float32(v)
		}
		y, err := m.Forward(x32)
		if err != nil {
			return 0, err
		}
		sum += math.Abs(float64(y[0]) - ys[s])
	}
	return sum / float64(len(xs)), nil
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
