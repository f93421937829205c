package onnx

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sync"

	ort "github.com/yalue/onnxruntime_go"
)

// BatchSession is a model loaded with a symbolic batch dimension, so that
// one run computes any number of input rows. It runs the same graph as a
// Session of the same bytes: only the declared batch dimension of the
// input and the output differ (see dynamicBatch). It is safe for concurrent
// use; runs are serialised.
type BatchSession struct {
	in, out Spec // one row's specs: batch dimension 1

	mu      sync.Mutex
	session *ort.DynamicAdvancedSession
}

// LoadBatch loads the model bytes data as LoadBytes does, but with the batch
// (first) dimension of the input and output made symbolic in an in-memory
// copy of the graph; in and out describe one row (batch dimension 1). Only
// graphs that provably compute each row on its own are accepted (MatMul by
// a constant matrix, elementwise arithmetic, Relu, Sigmoid, Tanh); any other
// is refused with ErrNotBatchable. data itself is not changed, so the
// model's digest remains its identity.
func (r *Runtime) LoadBatch(data []byte, in, out Spec) (*BatchSession, error) {
	if err := checkModel(data, in, out); err != nil {
		return nil, err
	}
	dynamic, err := dynamicBatch(data, in, out)
	if err != nil {
		return nil, err
	}
	opts, err := newSessionOptions()
	if err != nil {
		return nil, err
	}
	defer opts.Destroy()
	session, err := ort.NewDynamicAdvancedSessionWithONNXData(dynamic, []string{in.Name}, []string{out.Name}, opts)
	if err != nil {
		return nil, fmt.Errorf("%w: batched graph: %v", ErrLoad, err)
	}
	return &BatchSession{
		in:      Spec{Name: in.Name, Shape: slices.Clone(in.Shape)},
		out:     Spec{Name: out.Name, Shape: slices.Clone(out.Shape)},
		session: session,
	}, nil
}

// Input returns one row's input Spec (batch dimension 1).
func (s *BatchSession) Input() Spec { return Spec{Name: s.in.Name, Shape: slices.Clone(s.in.Shape)} }

// Output returns one row's output Spec (batch dimension 1).
func (s *BatchSession) Output() Spec { return Spec{Name: s.out.Name, Shape: slices.Clone(s.out.Shape)} }

// RunBatch runs the model once on all rows (each Input().Size() values) and
// returns one output row per input row. It refuses, naming the row, NaN or
// ±Inf outputs, as Session.Run does.
func (s *BatchSession) RunBatch(ctx context.Context, rows [][]float32) ([][]float32, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	outs, err := s.run(rows)
	if err != nil {
		return nil, err
	}
	for i, y := range outs {
		if err := checkFinite(s.out.Name, y); err != nil {
			return nil, fmt.Errorf("row %d: %w", i, err)
		}
	}
	return outs, nil
}

// run runs the rows in one session run and returns the outputs unchecked;
// each output row is a slice of one array, capped at its own length.
func (s *BatchSession) run(rows [][]float32) ([][]float32, error) {
	k, n, m := len(rows), s.in.Size(), s.out.Size()
	if k == 0 {
		return nil, nil
	}
	x := make([]float32, k*n)
	for i, row := range rows {
		if len(row) != n {
			return nil, fmt.Errorf("%w: row %d has %d values, input %q %v needs %d", ErrInputSize, i, len(row), s.in.Name, s.in.Shape, n)
		}
		copy(x[i*n:], row)
	}
	y := make([]float32, k*m)
	input, err := ort.NewTensor(ort.NewShape(batchShape(s.in.Shape, k)...), x)
	if err != nil {
		return nil, fmt.Errorf("%w: input tensor of %d rows: %v", ErrRun, k, err)
	}
	defer input.Destroy()
	output, err := ort.NewTensor(ort.NewShape(batchShape(s.out.Shape, k)...), y)
	if err != nil {
		return nil, fmt.Errorf("%w: output tensor of %d rows: %v", ErrRun, k, err)
	}
	defer output.Destroy()
	if err := s.runLocked(input, output); err != nil {
		return nil, err
	}
	outs := make([][]float32, k)
	for i := range outs {
		outs[i] = y[i*m : (i+1)*m : (i+1)*m]
	}
	return outs, nil
}

func (s *BatchSession) runLocked(input, output ort.Value) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.session == nil {
		return ErrClosed
	}
	if err := s.session.Run([]ort.Value{input}, []ort.Value{output}); err != nil {
		return fmt.Errorf("%w: %v", ErrRun, err)
	}
	return nil
}

// Close releases the session. It is idempotent; a closed session's
// RunBatch returns ErrClosed.
func (s *BatchSession) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.session == nil {
		return nil
	}
	err := s.session.Destroy()
	s.session = nil
	if err != nil {
		return fmt.Errorf("close onnx batch session: %v", err)
	}
	return nil
}

// batchShape is shape with its first dimension set to k.
func batchShape(shape []int64, k int) []int64 {
	out := slices.Clone(shape)
	out[0] = int64(k)
	return out
}

// checkFinite refuses outputs holding NaN or ±Inf, naming the tensor and
// the value's index.
func checkFinite(name string, y []float32) error {
	for i, v := range y {
		if math.IsNaN(float64(v)) || math.IsInf(float64(v), 0) {
			return fmt.Errorf("%w: output %q value %d is %v", ErrNonFiniteOutput, name, i, v)
		}
	}
	return nil
}
