package build

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
)

// FitParams configures Descend and EarlyStop: a network of one hidden ReLU
// layer of Hidden units and one linear output, fitted by full-batch Adam
// on a Huber loss over standardised inputs and target, in float64, from
// the seeded initialisation (the same data and FitParams give the same
// weights, bit for bit).
type FitParams struct {
	Hidden       int
	LearningRate float64
	Seed         uint64
}

func (p FitParams) validate() error {
	switch {
	case p.Hidden < 1:
		return fmt.Errorf("%w: FitParams.Hidden %d, want ≥ 1", ErrInvalidFit, p.Hidden)
	case !(p.LearningRate > 0 && p.LearningRate < 1):
		return fmt.Errorf("%w: FitParams.LearningRate %v, want in (0, 1)", ErrInvalidFit, p.LearningRate)
	}
	return nil
}

// CheckEvery is how often, in epochs, EarlyStop evaluates the network.
const CheckEvery = 50

// EarlyStop picks the number of epochs by early stopping on a chronological
// split of the samples (the last validationFraction of them; the purge
// samples just before the split are left out of the fit because their
// targets look into the held-out part), then trains on all samples for that
// many epochs. It returns the folded network and the epochs chosen.
func EarlyStop(ctx context.Context, xs [][]float64, ys []float64, p FitParams, maxEpochs int, validationFraction float64, purge int) (MLP, int, error) {
	if err := p.validate(); err != nil {
		return MLP{}, 0, err
	}
	if maxEpochs < CheckEvery {
		return MLP{}, 0, fmt.Errorf("%w: maxEpochs %d, want ≥ %d", ErrInvalidFit, maxEpochs, CheckEvery)
	}
	split := int(math.Round(float64(len(xs)) * (1 - validationFraction)))
	end := split - purge
	if end < max(purge, 1) || len(xs)-split < max(purge, 1) {
		return MLP{}, 0, fmt.Errorf("%w: %d samples leave too little for early stopping", ErrTooFewSamples, len(xs))
	}
	innerX, innerY := xs[split:], ys[split:]
	best, bestEpochs := math.Inf(1), 0
	_, err := Descend(ctx, xs[:end], ys[:end], p, maxEpochs, func(epoch int, m MLP) error {
		e, err := MAE(m, innerX, innerY)
		if err != nil {
			return err
		}
		if e < best {
			best, bestEpochs = e, epoch
		}
		return nil
	})
	if err != nil {
		return MLP{}, 0, err
	}
	if bestEpochs == 0 {
		return MLP{}, 0, fmt.Errorf("build: early stopping found no finite error (inner MAE %v)", best)
	}
	m, err := Descend(ctx, xs, ys, p, bestEpochs, nil)
	return m, bestEpochs, err
}

// Descend runs epochs full-batch Adam steps on standardised data from the
// seeded initialisation and returns the folded network (raw inputs in, raw
// target out); check, when set, sees the folded network every CheckEvery
// epochs.
func Descend(ctx context.Context, xs [][]float64, ys []float64, p FitParams, epochs int, check func(epoch int, m MLP) error) (MLP, error) {
	if err := p.validate(); err != nil {
		return MLP{}, err
	}
	if len(xs) == 0 || len(xs) != len(ys) {
		return MLP{}, fmt.Errorf("%w: %d inputs, %d targets", ErrTooFewSamples, len(xs), len(ys))
	}
	st := fitStandardiser(xs, ys)
	zx := make([][]float64, len(xs))
	zy := make([]float64, len(ys))
	for s, x := range xs {
		zx[s] = make([]float64, len(x))
		for i, v := range x {
			zx[s][i] = (v - st.xMean[i]) / st.xStd[i]
		}
		zy[s] = (ys[s] - st.yMean) / st.yStd
	}
	n := newNet(len(xs[0]), p.Hidden, rand.New(rand.NewPCG(p.Seed, 0x7a11)))
	b2 := []float64{n.b2}
	params := n.params(b2)
	grads := [][]float64{make([]float64, len(n.w1)), make([]float64, len(n.b1)), make([]float64, len(n.w2)), make([]float64, 1)}
	opt := newAdam(p.LearningRate, params)
	for epoch := 1; epoch <= epochs; epoch++ {
		if err := ctx.Err(); err != nil {
			return MLP{}, fmt.Errorf("build: fit: %w", err)
		}
		n.b2 = b2[0]
		n.gradient(zx, zy, grads)
		opt.step(params, grads)
		if check != nil && epoch%CheckEvery == 0 {
			n.b2 = b2[0]
			if err := check(epoch, n.fold(st)); err != nil {
				return MLP{}, err
			}
		}
	}
	n.b2 = b2[0]
	return n.fold(st), nil
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

// fold returns the trained network as a MLP on raw (unstandardised)
// inputs and outputs: with z = (x − μ)/σ and y = ŷ·σy + μy,
//
//	W1'[i][j] = W1[i][j]/σi          b1'[j] = b1[j] − Σi μi·W1[i][j]/σi
//	W2'[j]    = W2[j]·σy             b2'    = b2·σy + μy
func (n *net) fold(s standardiser) MLP {
	l1 := Layer{In: n.in, Out: n.hidden, Activation: ReLU,
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
	l2 := Layer{In: n.hidden, Out: 1, Activation: Linear,
		Weights: make([]float32, n.hidden), Bias: []float32{float32(n.b2*s.yStd + s.yMean)}}
	for j := range n.hidden {
		l2.Weights[j] = float32(n.w2[j] * s.yStd)
	}
	return MLP{Layers: []Layer{l1, l2}}
}

// Predict runs the network in float32, as exported (MLP.Forward), on each
// input and returns the first output of each.
func Predict(m MLP, xs [][]float64) ([]float64, error) {
	out := make([]float64, len(xs))
	x32 := make([]float32, len(xs[0]))
	for s, x := range xs {
		for i, v := range x {
			x32[i] = float32(v)
		}
		y, err := m.Forward(x32)
		if err != nil {
			return nil, err
		}
		out[s] = float64(y[0])
	}
	return out, nil
}

// MeanAbsError is the mean of |pred − y|.
func MeanAbsError(pred, ys []float64) float64 {
	var sum float64
	for s, p := range pred {
		sum += math.Abs(p - ys[s])
	}
	return sum / float64(len(pred))
}

// MAE returns the mean absolute error of a network, run in float32 as
// exported (MLP.Forward).
func MAE(m MLP, xs [][]float64, ys []float64) (float64, error) {
	pred, err := Predict(m, xs)
	if err != nil {
		return 0, err
	}
	return MeanAbsError(pred, ys), nil
}
