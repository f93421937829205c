package build

import "testing"

// TestRidgeRecoversALine fits a known linear relation exactly.
func TestRidgeRecoversALine(t *testing.T) {
	var xs [][]float64
	var ys []float64
	for i := range 50 {
		a, b := float64(i%7), float64(i%5)*2
		xs, ys = append(xs, []float64{a, b, 3}), append(ys, 4*a-1.5*b+10)
	}
	m, err := Ridge(xs, ys, 1e-9, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	out, err := m.Forward([]float32{2, 4, 3})
	if err != nil {
		t.Fatal(err)
	}
	if want := float32(4*2 - 1.5*4 + 10); out[0] < want-1e-3 || out[0] > want+1e-3 {
		t.Fatalf("ridge gives %v at (2, 4), want %v", out[0], want)
	}
	if m.Layers[0].Weights[2] != 0 {
		t.Fatalf("a constant column got weight %v", m.Layers[0].Weights[2])
	}
}
