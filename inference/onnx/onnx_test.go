package onnx_test

import (
	"context"
	"errors"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/steward-agents/steward/inference/onnx"
	"github.com/steward-agents/steward/inference/onnx/build"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

var (
	specIn  = onnx.Spec{Name: "features", Shape: []int64{1, 5}}
	specOut = onnx.Spec{Name: "range", Shape: []int64{1, 1}}
)

// randomMLP returns a 5 → 8 ReLU → 1 network with weights from a fixed seed.
func randomMLP(seed uint64) build.MLP {
	rng := rand.New(rand.NewPCG(seed, 0))
	layer := func(in, out int, act build.Activation) build.Layer {
		l := build.Layer{In: in, Out: out, Activation: act,
			Weights: make([]float32, in*out), Bias: make([]float32, out)}
		for i := range l.Weights {
			l.Weights[i] = float32(rng.NormFloat64())
		}
		for i := range l.Bias {
			l.Bias[i] = float32(rng.NormFloat64() * 0.1)
		}
		return l
	}
	return build.MLP{Layers: []build.Layer{layer(5, 8, build.ReLU), layer(8, 1, build.Linear)}}
}

// writeModel encodes mlp with the names of specIn/specOut into a temp file.
func writeModel(t testing.TB, mlp build.MLP) (string, []byte) {
	t.Helper()
	data, err := mlp.Encode(build.ModelParams{InputName: specIn.Name, OutputName: specOut.Name})
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "mlp.onnx")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path, data
}

func load(t testing.TB, mlp build.MLP) *onnx.Session {
	t.Helper()
	path, _ := writeModel(t, mlp)
	s, err := onnxtest.Runtime(t).Load(path, specIn, specOut)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestRunMatchesPureGoForwardPass(t *testing.T) {
	mlp := randomMLP(1)
	s := load(t, mlp)
	rng := rand.New(rand.NewPCG(2, 0))
	for trial := range 200 {
		x := make([]float32, 5)
		for i := range x {
			x[i] = float32(rng.NormFloat64() * 3)
		}
		want, err := mlp.Forward(x)
		if err != nil {
			t.Fatal(err)
		}
		got, err := s.Run(context.Background(), x)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 1 {
			t.Fatalf("got %d outputs, want 1", len(got))
		}
		// float32 sums in another order differ by a few ulps of the terms summed.
		tol := 1e-6 * math.Max(1, termMagnitude(mlp, x))
		if d := math.Abs(float64(got[0] - want[0])); d > tol {
			t.Fatalf("trial %d: ONNX Runtime %v, Go %v (diff %g > %g)", trial, got[0], want[0], d, tol)
		}
	}
}

// termMagnitude returns Σ|h_j·w_j| + |b| of the output layer, the scale of
// the float32 rounding error in the output.
func termMagnitude(mlp build.MLP, x []float32) float64 {
	l0, l1 := mlp.Layers[0], mlp.Layers[1]
	mag := math.Abs(float64(l1.Bias[0]))
	for j := range l0.Out {
		h := float64(l0.Bias[j])
		for i := range l0.In {
			h += float64(x[i]) * float64(l0.Weights[i*l0.Out+j])
		}
		mag += math.Abs(max(h, 0) * float64(l1.Weights[j]))
	}
	return mag
}

func TestRunIsBitReproducible(t *testing.T) {
	mlp := randomMLP(3)
	a, b := load(t, mlp), load(t, mlp)
	x := []float32{0.3, -1.7, 2.2, 0.01, 9}
	first, err := a.Run(context.Background(), x)
	if err != nil {
		t.Fatal(err)
	}
	for i := range 50 {
		s := a
		if i%2 == 1 {
			s = b
		}
		got, err := s.Run(context.Background(), x)
		if err != nil {
			t.Fatal(err)
		}
		if math.Float32bits(got[0]) != math.Float32bits(first[0]) {
			t.Fatalf("run %d gave %v, first run %v", i, got[0], first[0])
		}
	}
}

// TestRunKeepsDenormals checks that a run computes with IEEE subnormals, as
// Go does, rather than flushing them to zero.
func TestRunKeepsDenormals(t *testing.T) {
	cases := []struct {
		name string
		x, w float32
	}{
		// 1e-20·1e-20 = 1e-40 is below float32's smallest normal (1.2e-38).
		{name: "subnormal product", x: 1e-20, w: 1e-20},
		{name: "subnormal input", x: 1e-40, w: 1},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			mlp := build.MLP{Layers: []build.Layer{{In: 1, Out: 1, Weights: []float32{tc.w}, Bias: []float32{0}}}}
			data, err := mlp.Encode(build.ModelParams{InputName: "x", OutputName: "y"})
			if err != nil {
				t.Fatal(err)
			}
			s, err := onnxtest.Runtime(t).LoadBytes(data, onnx.Spec{Name: "x", Shape: []int64{1, 1}}, onnx.Spec{Name: "y", Shape: []int64{1, 1}})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			got, err := s.Run(context.Background(), []float32{tc.x})
			if err != nil {
				t.Fatal(err)
			}
			want := tc.x * tc.w
			if want == 0 || math.Float32bits(got[0]) != math.Float32bits(want) {
				t.Fatalf("%g·%g: ONNX Runtime gave %g, Go %g", tc.x, tc.w, got[0], want)
			}
		})
	}
}

func TestRunRefusesBadInputAndOutput(t *testing.T) {
	s := load(t, randomMLP(4))
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	cases := []struct {
		name    string
		ctx     context.Context
		x       []float32
		wantErr error
	}{
		{name: "too few inputs", ctx: context.Background(), x: []float32{1, 2, 3, 4}, wantErr: onnx.ErrInputSize},
		{name: "too many inputs", ctx: context.Background(), x: make([]float32, 6), wantErr: onnx.ErrInputSize},
		{name: "NaN propagates to the output", ctx: context.Background(), x: []float32{float32(math.NaN()), 0, 0, 0, 0}, wantErr: onnx.ErrNonFiniteOutput},
		// Every weight is finite, but x·W overflows float32.
		{name: "overflow to Inf", ctx: context.Background(), x: []float32{3e38, 3e38, 3e38, 3e38, 3e38}, wantErr: onnx.ErrNonFiniteOutput},
		{name: "cancelled context", ctx: cancelled, x: make([]float32, 5), wantErr: context.Canceled},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			out, err := s.Run(tc.ctx, tc.x)
			if !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v (outputs %v)", err, tc.wantErr, out)
			}
		})
	}
	// The session still works after refusing.
	if _, err := s.Run(context.Background(), make([]float32, 5)); err != nil {
		t.Fatalf("run after refusals: %v", err)
	}
}

func TestLoadRefusesSpecMismatch(t *testing.T) {
	path, _ := writeModel(t, randomMLP(5))
	rt := onnxtest.Runtime(t)
	cases := []struct {
		name      string
		in, out   onnx.Spec
		wantRole  string
		wantField string
	}{
		{name: "input name", in: onnx.Spec{Name: "x", Shape: []int64{1, 5}}, out: specOut, wantRole: "input", wantField: "name"},
		{name: "input width", in: onnx.Spec{Name: "features", Shape: []int64{1, 6}}, out: specOut, wantRole: "input", wantField: "shape"},
		{name: "input rank", in: onnx.Spec{Name: "features", Shape: []int64{5}}, out: specOut, wantRole: "input", wantField: "shape"},
		{name: "output name", in: specIn, out: onnx.Spec{Name: "y", Shape: []int64{1, 1}}, wantRole: "output", wantField: "name"},
		{name: "output shape", in: specIn, out: onnx.Spec{Name: "range", Shape: []int64{1, 2}}, wantRole: "output", wantField: "shape"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := rt.Load(path, tc.in, tc.out)
			if err == nil {
				s.Close()
				t.Fatal("mismatching spec accepted")
			}
			var se *onnx.SpecError
			if !errors.As(err, &se) || !errors.Is(err, onnx.ErrSpecMismatch) {
				t.Fatalf("err = %v, want a *SpecError", err)
			}
			if se.Role != tc.wantRole || se.Field != tc.wantField {
				t.Fatalf("mismatch reported on %s %s, want %s %s (%v)", se.Role, se.Field, tc.wantRole, tc.wantField, err)
			}
		})
	}
}

func TestLoadRefusesBadFilesAndSpecs(t *testing.T) {
	rt := onnxtest.Runtime(t)
	garbage := filepath.Join(t.TempDir(), "garbage.onnx")
	if err := os.WriteFile(garbage, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	good, _ := writeModel(t, randomMLP(6))
	cases := []struct {
		name    string
		path    string
		in      onnx.Spec
		wantErr error
	}{
		{name: "missing file", path: filepath.Join(t.TempDir(), "none.onnx"), in: specIn, wantErr: onnx.ErrLoad},
		{name: "not a model", path: garbage, in: specIn, wantErr: onnx.ErrLoad},
		{name: "spec without name", path: good, in: onnx.Spec{Shape: []int64{1, 5}}, wantErr: onnx.ErrInvalidSpec},
		{name: "spec with zero dimension", path: good, in: onnx.Spec{Name: "features", Shape: []int64{0, 5}}, wantErr: onnx.ErrInvalidSpec},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := rt.Load(tc.path, tc.in, specOut); !errors.Is(err, tc.wantErr) {
				t.Fatalf("err = %v, want %v", err, tc.wantErr)
			}
		})
	}
}

func TestSessionConcurrentRunsAndClose(t *testing.T) {
	mlp := randomMLP(7)
	s := load(t, mlp)
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := range 8 {
		wg.Go(func() {
			x := []float32{float32(g), 1, -1, 0.5, 2}
			want, _ := mlp.Forward(x)
			for range 200 {
				got, err := s.Run(context.Background(), x)
				if err != nil {
					errs <- err
					return
				}
				if math.Abs(float64(got[0]-want[0])) > 1e-5 {
					errs <- errors.New("concurrent run returned another goroutine's result")
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if _, err := s.Run(context.Background(), make([]float32, 5)); !errors.Is(err, onnx.ErrClosed) {
		t.Fatalf("Run after Close: err = %v, want ErrClosed", err)
	}
}

func TestNewRuntimeOncePerProcess(t *testing.T) {
	rt := onnxtest.Runtime(t)
	again, err := onnx.NewRuntime(rt.LibPath())
	if err != nil {
		t.Fatalf("same library again: %v", err)
	}
	if again.LibPath() != rt.LibPath() {
		t.Fatalf("LibPath = %s, want %s", again.LibPath(), rt.LibPath())
	}
	if v := rt.Version(); v != "1.24.3" {
		t.Errorf("Version = %q, want the pinned 1.24.3", v)
	}
	other := filepath.Join(t.TempDir(), "libonnxruntime.so")
	if err := os.Symlink(rt.LibPath(), other); err != nil {
		t.Fatal(err)
	}
	if _, err := onnx.NewRuntime(other); !errors.Is(err, onnx.ErrRuntimeConflict) {
		t.Fatalf("other library: err = %v, want ErrRuntimeConflict", err)
	}
	if _, err := onnx.NewRuntime(filepath.Join(t.TempDir(), "missing.so")); !errors.Is(err, onnx.ErrLibraryNotFound) {
		t.Fatalf("missing library: err = %v, want ErrLibraryNotFound", err)
	}
}

func TestLibraryPathHonoursEnv(t *testing.T) {
	t.Setenv(onnx.LibraryEnv, filepath.Join(t.TempDir(), "nope.so"))
	if _, err := onnx.LibraryPath(); !errors.Is(err, onnx.ErrLibraryNotFound) {
		t.Fatalf("missing env file: err = %v, want ErrLibraryNotFound", err)
	}
	f := filepath.Join(t.TempDir(), "lib.so")
	if err := os.WriteFile(f, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv(onnx.LibraryEnv, f)
	if got, err := onnx.LibraryPath(); err != nil || got != f {
		t.Fatalf("LibraryPath = %q, %v; want %q", got, err, f)
	}
}

// BenchmarkSessionRun measures one call at batch 1, tensor copies included,
// and reports the p50 and p99 of single calls next to the mean (ns/op).
func BenchmarkSessionRun(b *testing.B) {
	s := load(b, randomMLP(8))
	x := []float32{1.5, 1.2, -0.1, 2, 7}
	ctx := context.Background()
	var took []time.Duration
	b.ReportAllocs()
	for b.Loop() {
		start := time.Now()
		if _, err := s.Run(ctx, x); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(took[len(took)*99/100].Nanoseconds()), "p99-ns")
}
