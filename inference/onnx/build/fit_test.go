package build

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"testing"
)

// TestEarlyStopFitsAnInteraction fits y = max(x0, 0)·x1, which no linear
// model can: the network's error on held-out samples is well under the
// constant predictor's, and the same data and seed give the same weights.
func TestEarlyStopFitsAnInteraction(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	gen := func(n int) ([][]float64, []float64) {
		var xs [][]float64
		var ys []float64
		for range n {
			x := []float64{rng.NormFloat64(), rng.NormFloat64(), rng.NormFloat64()}
			xs, ys = append(xs, x), append(ys, max(x[0], 0)*x[1])
		}
		return xs, ys
	}
	xs, ys := gen(600)
	testX, testY := gen(300)
	p := FitParams{Hidden: 16, LearningRate: 0.01, Seed: 1}
	m, epochs, err := EarlyStop(context.Background(), xs, ys, p, 2000, 0.2, 0)
	if err != nil {
		t.Fatal(err)
	}
	got, err := MAE(m, testX, testY)
	if err != nil {
		t.Fatal(err)
	}
	var mean, constant float64
	for _, y := range ys {
		mean += y / float64(len(ys))
	}
	for _, y := range testY {
		constant += math.Abs(y-mean) / float64(len(testY))
	}
	if got > constant/2 {
		t.Fatalf("held-out MAE %.4f after %d epochs; the constant predictor's is %.4f", got, epochs, constant)
	}
	again, _, err := EarlyStop(context.Background(), xs, ys, p, 2000, 0.2, 0)
	if err != nil {
		t.Fatal(err)
	}
	for l := range m.Layers {
		for i, w := range m.Layers[l].Weights {
			if again.Layers[l].Weights[i] != w {
				t.Fatalf("layer %d weight %d: %v then %v", l, i, w, again.Layers[l].Weights[i])
			}
		}
	}
}

func TestFitRefusesBadParams(t *testing.T) {
	xs, ys := [][]float64{{1}, {2}, {3}}, []float64{1, 2, 3}
	for _, tt := range []struct {
		p         FitParams
		maxEpochs int
		want      error
	}{
		{FitParams{Hidden: 0, LearningRate: 0.1}, 100, ErrInvalidFit},
		{FitParams{Hidden: 2, LearningRate: 1.5}, 100, ErrInvalidFit},
		{FitParams{Hidden: 2, LearningRate: 0.1}, 10, ErrInvalidFit},
		{FitParams{Hidden: 2, LearningRate: 0.1}, 100, ErrTooFewSamples},
	} {
		if _, _, err := EarlyStop(context.Background(), xs, ys, tt.p, tt.maxEpochs, 0.2, 2); !errors.Is(err, tt.want) {
			t.Errorf("%+v, %d epochs: %v, want %v", tt.p, tt.maxEpochs, err, tt.want)
		}
	}
}
