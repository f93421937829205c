package build

import (
	"errors"
	"math"
)

// Ridge fits y ≈ w·x + b by ridge regression on standardised columns
// (closed form, Gaussian elimination with partial pivoting: deterministic)
// and folds the standardisation into one linear layer over raw x. A
// column that never varies gets weight 0.
//
// Columns in nonNeg may only raise the output: a fit that gives one a
// negative weight is refitted without it (weight 0), until none is
// negative (an active-set approximation of non-negative least squares on
// those columns). Columns in drop get weight 0.
func Ridge(xs [][]float64, ys []float64, lambda float64, nonNeg, drop map[int]bool) (MLP, error) {
	out := map[int]bool{}
	for j := range drop {
		out[j] = true
	}
	for {
		m, w, err := ridgeOnce(xs, ys, lambda, out)
		if err != nil {
			return MLP{}, err
		}
		refit := false
		for j := range nonNeg {
			if !out[j] && w[j] < 0 {
				out[j], refit = true, true
			}
		}
		if !refit {
			return m, nil
		}
	}
}

// ridgeOnce is one ridge fit without the columns in out; it also returns
// the standardised weights.
func ridgeOnce(xs [][]float64, ys []float64, lambda float64, out map[int]bool) (MLP, []float64, error) {
	if len(xs) == 0 || len(xs) != len(ys) {
		return MLP{}, nil, errors.New("build: ridge: no samples")
	}
	d, n := len(xs[0]), float64(len(xs))
	mu, sd := make([]float64, d), make([]float64, d)
	var ybar float64
	for i, x := range xs {
		for j, v := range x {
			mu[j] += v / n
		}
		ybar += ys[i] / n
	}
	for _, x := range xs {
		for j, v := range x {
			sd[j] += (v - mu[j]) * (v - mu[j]) / n
		}
	}
	for j := range sd {
		if sd[j] = math.Sqrt(sd[j]); sd[j] < 1e-9*(1+math.Abs(mu[j])) || out[j] {
			sd[j] = 0 // constant up to rounding (no information), or left out: weight 0
		}
	}
	// Normal equations over the varying columns.
	a := make([][]float64, d)
	for j := range a {
		a[j] = make([]float64, d+1)
	}
	for i, x := range xs {
		for j := range d {
			if sd[j] == 0 {
				continue
			}
			zj := (x[j] - mu[j]) / sd[j]
			for k := range d {
				if sd[k] != 0 {
					a[j][k] += zj * (x[k] - mu[k]) / sd[k]
				}
			}
			a[j][d] += zj * (ys[i] - ybar)
		}
	}
	for j := range d {
		a[j][j] += lambda
	}
	w, err := solve(a)
	if err != nil {
		return MLP{}, nil, err
	}
	l := Layer{In: d, Out: 1, Weights: make([]float32, d), Bias: make([]float32, 1), Activation: Linear}
	b := ybar
	for j := range d {
		if sd[j] == 0 {
			continue
		}
		l.Weights[j] = float32(w[j] / sd[j])
		b -= w[j] * mu[j] / sd[j]
	}
	l.Bias[0] = float32(b)
	return MLP{Layers: []Layer{l}}, w, nil
}

// solve solves the augmented system a (d × d+1) in place.
func solve(a [][]float64) ([]float64, error) {
	d := len(a)
	for c := range d {
		p := c
		for r := c + 1; r < d; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) < 1e-12 {
			return nil, errors.New("build: ridge: the normal equations are singular")
		}
		a[c], a[p] = a[p], a[c]
		for r := range d {
			if r == c {
				continue
			}
			f := a[r][c] / a[c][c]
			for k := c; k <= d; k++ {
				a[r][k] -= f * a[c][k]
			}
		}
	}
	w := make([]float64, d)
	for j := range d {
		w[j] = a[j][d] / a[j][j]
	}
	return w, nil
}
