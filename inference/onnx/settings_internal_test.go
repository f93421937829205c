package onnx

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	ort "github.com/yalue/onnxruntime_go"
	"google.golang.org/protobuf/encoding/protowire"

	"github.com/steward-agents/steward/inference/onnx/build"
)

// runtimeForTest loads the ONNX Runtime library as onnxtest.Runtime does,
// skipping only when none is installed and none is named (onnxtest imports
// this package, so an internal test cannot use it).
func runtimeForTest(t *testing.T) *Runtime {
	t.Helper()
	path, err := LibraryPath()
	if errors.Is(err, ErrLibraryNotFound) && os.Getenv(LibraryEnv) == "" {
		t.Skipf("skipping: %v (make test fetches it)", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	rt, err := NewRuntime(path)
	if err != nil {
		t.Fatal(err)
	}
	return rt
}

func TestPinnedSettingsListsEveryPin(t *testing.T) {
	got := PinnedSettings()
	want := []Setting{
		{Name: "intra_op_num_threads", Value: "1"},
		{Name: "inter_op_num_threads", Value: "1"},
		{Name: "execution_mode", Value: "ORT_SEQUENTIAL"},
		{Name: "graph_optimization_level", Value: "ORT_DISABLE_ALL"},
		{Name: "session.disable_prepacking", Value: "0"},
		{Name: "session.set_denormal_as_zero", Value: "0"},
		{Name: "mlas.enable_gemm_fastmath_arm64_bfloat16", Value: "0"},
	}
	if !slices.Equal(got, want) {
		t.Fatalf("PinnedSettings() = %v\nwant %v\n(a change here changes model digests: update doc.go and the golden files in inference/model)", got, want)
	}
	got[0].Value = "changed"
	if PinnedSettings()[0].Value != "1" {
		t.Fatal("PinnedSettings returned its own storage")
	}
}

func TestSessionOptionsCarryPinnedConfigEntries(t *testing.T) {
	runtimeForTest(t)
	opts, err := newSessionOptions()
	if err != nil {
		t.Fatal(err)
	}
	defer opts.Destroy()
	n := 0
	for _, p := range pinned() {
		if !p.configKey {
			continue
		}
		n++
		got, err := opts.GetSessionConfigEntry(p.Name)
		if err != nil || got != p.Value {
			t.Errorf("config entry %s = %q, %v; want %q", p.Name, got, err, p.Value)
		}
	}
	if n == 0 {
		t.Fatal("no config entries pinned")
	}
}

// TestSessionRunsTheGraphUnoptimised dumps the graph ONNX Runtime actually
// runs and checks that it is the model's own graph, node for node: at the
// library's default level (ORT_ENABLE_ALL) MatMul+Add are fused into Gemm.
func TestSessionRunsTheGraphUnoptimised(t *testing.T) {
	runtimeForTest(t)
	mlp := build.MLP{Layers: []build.Layer{
		{In: 3, Out: 4, Activation: build.ReLU, Weights: make([]float32, 12), Bias: make([]float32, 4)},
		{In: 4, Out: 1, Weights: make([]float32, 4), Bias: make([]float32, 1)},
	}}
	data, opts := encodeWithPinnedOptions(t, mlp)
	dumped := filepath.Join(t.TempDir(), "optimised.onnx")
	if err := opts.SetOptimizedModelFilePath(dumped); err != nil {
		t.Fatal(err)
	}
	in, err := ort.NewEmptyTensor[float32](ort.NewShape(1, 3))
	if err != nil {
		t.Fatal(err)
	}
	defer in.Destroy()
	out, err := ort.NewEmptyTensor[float32](ort.NewShape(1, 1))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Destroy()
	s, err := ort.NewAdvancedSessionWithONNXData(data, []string{"x"}, []string{"y"}, []ort.Value{in}, []ort.Value{out}, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Destroy()
	raw, err := os.ReadFile(dumped)
	if err != nil {
		t.Fatal(err)
	}
	got := opTypes(t, raw)
	if want := []string{"MatMul", "Add", "Relu", "MatMul", "Add"}; !slices.Equal(got, want) {
		t.Fatalf("ONNX Runtime runs nodes %v, the model has %v", got, want)
	}
}

// fpChildEnv marks the child process of TestSessionLeavesThreadFloatingPointAlone.
const fpChildEnv = "STEWARD_ONNX_FP_CHILD"

//go:noinline
func mulFloat32(a, b float32) float32 { return a * b }

// TestSessionLeavesThreadFloatingPointAlone guards
// "session.set_denormal_as_zero" = "0". With "1", the first session a
// process creates turns on flush-to-zero and denormals-are-zero on the OS
// thread that creates it, and every goroutine later scheduled on that thread
// computes differently. Only the first session does this, so the check runs
// in a fresh process (the test binary again, with only this test selected)
// that creates its first session from the pinned options on a locked thread.
func TestSessionLeavesThreadFloatingPointAlone(t *testing.T) {
	if os.Getenv(fpChildEnv) != "1" {
		runtimeForTest(t) // skip here, not in the child, when no library is installed
		cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestSessionLeavesThreadFloatingPointAlone$", "-test.count=1", "-test.v")
		cmd.Env = append(os.Environ(), fpChildEnv+"=1")
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("child process: %v\n%s", err, out)
		}
		// A child that selected no test would pass without checking anything.
		if !strings.Contains(string(out), "--- PASS: TestSessionLeavesThreadFloatingPointAlone") {
			t.Fatalf("child process did not run the check:\n%s", out)
		}
		return
	}
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	runtimeForTest(t)
	if mulFloat32(1e-20, 1e-20) == 0 {
		t.Fatal("this thread flushes subnormals before any session exists")
	}
	// Not LoadBytes: it first asks onnxruntime_go for the graph's inputs,
	// which creates a throw-away session with default options, and that
	// would be the process's first.
	mlp := build.MLP{Layers: []build.Layer{{In: 1, Out: 1, Weights: []float32{1}, Bias: []float32{0}}}}
	data, opts := encodeWithPinnedOptions(t, mlp)
	s, err := ort.NewDynamicAdvancedSessionWithONNXData(data, []string{"x"}, []string{"y"}, opts)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Destroy()
	if got := mulFloat32(1e-20, 1e-20); got == 0 {
		t.Fatal("after the first session was created, Go code on the same thread flushes 1e-20·1e-20 to 0")
	}
}

// opTypes returns the op_type of every node of an encoded ModelProto, in
// order (ModelProto.graph = 7, GraphProto.node = 1, NodeProto.op_type = 4).
// encodeWithPinnedOptions encodes mlp with input "x" and output "y" and
// returns it with the pinned session options, destroyed when the test ends.
func encodeWithPinnedOptions(t *testing.T, mlp build.MLP) ([]byte, *ort.SessionOptions) {
	t.Helper()
	data, err := mlp.Encode(build.ModelParams{InputName: "x", OutputName: "y"})
	if err != nil {
		t.Fatal(err)
	}
	opts, err := newSessionOptions()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { opts.Destroy() })
	return data, opts
}

func opTypes(t *testing.T, model []byte) []string {
	t.Helper()
	var ops []string
	for _, graph := range messageFields(t, model, 7) {
		for _, node := range messageFields(t, graph, 1) {
			for _, op := range messageFields(t, node, 4) {
				ops = append(ops, string(op))
			}
		}
	}
	return ops
}

// messageFields returns the payloads of the length-delimited fields numbered
// num in one protobuf message.
func messageFields(t *testing.T, msg []byte, num protowire.Number) [][]byte {
	t.Helper()
	var out [][]byte
	for len(msg) > 0 {
		n, typ, l := protowire.ConsumeTag(msg)
		if l < 0 {
			t.Fatalf("bad tag: %v", protowire.ParseError(l))
		}
		msg = msg[l:]
		if typ == protowire.BytesType && n == num {
			v, l := protowire.ConsumeBytes(msg)
			if l < 0 {
				t.Fatalf("bad field %d: %v", n, protowire.ParseError(l))
			}
			out = append(out, v)
			msg = msg[l:]
			continue
		}
		l = protowire.ConsumeFieldValue(n, typ, msg)
		if l < 0 {
			t.Fatalf("bad field %d: %v", n, protowire.ParseError(l))
		}
		msg = msg[l:]
	}
	return out
}
