package onnx

import (
	"fmt"

	ort "github.com/yalue/onnxruntime_go"
)

// Setting is one ONNX Runtime session setting that every Session is created
// with. doc.go ("Reproducibility") says why each is pinned.
type Setting struct {
	// Name is the option as ONNX Runtime's C API or its session config keys
	// name it, e.g. "graph_optimization_level" or "session.disable_prepacking".
	Name string
	// Value is the value set, as ONNX Runtime spells it.
	Value string
}

// PinnedSettings returns the session settings Load and LoadBytes apply, in
// the order they apply them. A change to any of them may change model outputs
// in their last bits, and so the digests of committed records: the golden
// files in inference/model record them next to the digests they produced.
func PinnedSettings() []Setting {
	pins := pinned()
	out := make([]Setting, len(pins))
	for i, p := range pins {
		out[i] = p.Setting
	}
	return out
}

// pin is a Setting with the call that applies it.
type pin struct {
	Setting
	apply func(*ort.SessionOptions) error
	// configKey says that Name is a session config key, which ONNX Runtime
	// can report back (SessionOptions.GetSessionConfigEntry).
	configKey bool
}

// pinned lists the settings; it is the single source of PinnedSettings and
// newSessionOptions.
func pinned() []pin {
	config := func(key, value string) pin {
		return pin{
			Setting:   Setting{Name: key, Value: value},
			apply:     func(o *ort.SessionOptions) error { return o.AddSessionConfigEntry(key, value) },
			configKey: true,
		}
	}
	return []pin{
		{Setting: Setting{Name: "intra_op_num_threads", Value: "1"}, apply: func(o *ort.SessionOptions) error {
			return o.SetIntraOpNumThreads(1)
		}},
		{Setting: Setting{Name: "inter_op_num_threads", Value: "1"}, apply: func(o *ort.SessionOptions) error {
			return o.SetInterOpNumThreads(1)
		}},
		{Setting: Setting{Name: "execution_mode", Value: "ORT_SEQUENTIAL"}, apply: func(o *ort.SessionOptions) error {
			return o.SetExecutionMode(ort.ExecutionModeSequential)
		}},
		{Setting: Setting{Name: "graph_optimization_level", Value: "ORT_DISABLE_ALL"}, apply: func(o *ort.SessionOptions) error {
			return o.SetGraphOptimizationLevel(ort.GraphOptimizationLevelDisableAll)
		}},
		config("session.disable_prepacking", "0"),
		config("session.set_denormal_as_zero", "0"),
		config("mlas.enable_gemm_fastmath_arm64_bfloat16", "0"),
	}
}

// newSessionOptions returns session options with every pinned setting
// applied. The caller destroys them.
func newSessionOptions() (*ort.SessionOptions, error) {
	opts, err := ort.NewSessionOptions()
	if err != nil {
		return nil, fmt.Errorf("%w: session options: %v", ErrLoad, err)
	}
	for _, p := range pinned() {
		if err := p.apply(opts); err != nil {
			opts.Destroy()
			return nil, fmt.Errorf("%w: session option %s=%s: %v", ErrLoad, p.Name, p.Value, err)
		}
	}
	return opts, nil
}
