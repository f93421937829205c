package onnx

import (
	"context"
	"errors"
	"fmt"
	"os"
	"slices"
	"sync"

	ort "github.com/yalue/onnxruntime_go"
)

// Spec describes a model's float32 input or output tensor.
type Spec struct {
	// Name is the tensor's name in the graph.
	Name string
	// Shape is the full shape, batch dimension included (e.g. [1, 5]); every
	// dimension must be positive.
	Shape []int64
}

// Size returns the number of elements a tensor of this shape holds.
func (s Spec) Size() int {
	n := 1
	for _, d := range s.Shape {
		n *= int(d)
	}
	return n
}

func (s Spec) validate(role string) error {
	if s.Name == "" {
		return fmt.Errorf("%w: %s has no name", ErrInvalidSpec, role)
	}
	if len(s.Shape) == 0 {
		return fmt.Errorf("%w: %s %q has no shape", ErrInvalidSpec, role, s.Name)
	}
	for i, d := range s.Shape {
		if d <= 0 {
			return fmt.Errorf("%w: %s %q dimension %d is %d, want > 0", ErrInvalidSpec, role, s.Name, i, d)
		}
	}
	return nil
}

// Session is a loaded model ready to run. It is safe for concurrent use;
// runs are serialised.
type Session struct {
	in, out Spec

	mu      sync.Mutex
	session *ort.AdvancedSession
	input   *ort.Tensor[float32]
	output  *ort.Tensor[float32]
}

// Load reads the model file at path and loads it; see LoadBytes.
func (r *Runtime) Load(path string, in, out Spec) (*Session, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrLoad, err)
	}
	s, err := r.LoadBytes(data, in, out)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// LoadBytes loads an ONNX model from its bytes. The model must declare
// exactly one float32 input and one float32 output whose names and shapes
// match in and out (a dynamic dimension in the model accepts the Spec's
// size); otherwise it returns a *SpecError.
func (r *Runtime) LoadBytes(data []byte, in, out Spec) (*Session, error) {
	if err := checkModel(data, in, out); err != nil {
		return nil, err
	}
	opts, err := newSessionOptions()
	if err != nil {
		return nil, err
	}
	defer opts.Destroy()

	input, err := ort.NewEmptyTensor[float32](ort.NewShape(in.Shape...))
	if err != nil {
		return nil, fmt.Errorf("%w: input tensor: %v", ErrLoad, err)
	}
	output, err := ort.NewEmptyTensor[float32](ort.NewShape(out.Shape...))
	if err != nil {
		input.Destroy()
		return nil, fmt.Errorf("%w: output tensor: %v", ErrLoad, err)
	}
	session, err := ort.NewAdvancedSessionWithONNXData(data,
		[]string{in.Name}, []string{out.Name},
		[]ort.Value{input}, []ort.Value{output}, opts)
	if err != nil {
		input.Destroy()
		output.Destroy()
		return nil, fmt.Errorf("%w: %v", ErrLoad, err)
	}
	return &Session{
		in:      Spec{Name: in.Name, Shape: slices.Clone(in.Shape)},
		out:     Spec{Name: out.Name, Shape: slices.Clone(out.Shape)},
		session: session,
		input:   input,
		output:  output,
	}, nil
}

// checkModel checks the Specs, and the model bytes data against them.
func checkModel(data []byte, in, out Spec) error {
	if err := in.validate("input"); err != nil {
		return err
	}
	if err := out.validate("output"); err != nil {
		return err
	}
	ins, outs, err := ort.GetInputOutputInfoWithONNXData(data)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrLoad, err)
	}
	if err := checkDeclared("input", ins, in); err != nil {
		return err
	}
	return checkDeclared("output", outs, out)
}

// checkDeclared compares what the graph declares for one role with the Spec.
func checkDeclared(role string, declared []ort.InputOutputInfo, want Spec) error {
	if len(declared) != 1 {
		return &SpecError{Role: role, Field: "count", Want: "1", Got: fmt.Sprint(len(declared))}
	}
	d := declared[0]
	if d.Name != want.Name {
		return &SpecError{Role: role, Field: "name", Want: fmt.Sprintf("%q", want.Name), Got: fmt.Sprintf("%q", d.Name)}
	}
	if d.OrtValueType != ort.ONNXTypeTensor || d.DataType != ort.TensorElementDataTypeFloat {
		return &SpecError{Role: role, Field: "type", Want: "float32 tensor", Got: d.String()}
	}
	got := []int64(d.Dimensions)
	match := len(got) == len(want.Shape)
	for i := 0; match && i < len(got); i++ {
		// ONNX Runtime reports a symbolic (dynamic) dimension as -1.
		match = got[i] == want.Shape[i] || got[i] < 0
	}
	if !match {
		return &SpecError{Role: role, Field: "shape", Want: fmt.Sprint(want.Shape), Got: fmt.Sprint(got)}
	}
	return nil
}

// Input returns the input Spec the session was loaded with.
func (s *Session) Input() Spec { return Spec{Name: s.in.Name, Shape: slices.Clone(s.in.Shape)} }

// Output returns the output Spec the session was loaded with.
func (s *Session) Output() Spec { return Spec{Name: s.out.Name, Shape: slices.Clone(s.out.Shape)} }

// Run runs the model on one input vector (row-major, Input().Size() values)
// and returns a new slice with the outputs. It refuses NaN or ±Inf outputs.
func (s *Session) Run(ctx context.Context, inputs []float32) ([]float32, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if len(inputs) != s.in.Size() {
		return nil, fmt.Errorf("%w: got %d values, input %q %v needs %d", ErrInputSize, len(inputs), s.in.Name, s.in.Shape, s.in.Size())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.session == nil {
		return nil, ErrClosed
	}
	copy(s.input.GetData(), inputs)
	if err := s.session.Run(); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrRun, err)
	}
	outputs := slices.Clone(s.output.GetData())
	if err := checkFinite(s.out.Name, outputs); err != nil {
		return nil, err
	}
	return outputs, nil
}

// Close releases the session. It is idempotent; a closed session's Run
// returns ErrClosed.
func (s *Session) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.session == nil {
		return nil
	}
	var errs []error
	for _, destroy := range []func() error{s.session.Destroy, s.input.Destroy, s.output.Destroy} {
		if err := destroy(); err != nil {
			errs = append(errs, err)
		}
	}
	s.session, s.input, s.output = nil, nil, nil
	if err := errors.Join(errs...); err != nil {
		return fmt.Errorf("close onnx session: %v", err)
	}
	return nil
}
