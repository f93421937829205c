package model

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Card describes one model file. Its JSON form is the .card.json file.
type Card struct {
	// Name and Version identify the model for people ("mm-range", "1").
	Name    string `json:"name"`
	Version string `json:"version"`
	// File is the .onnx file, relative to the card's directory.
	File string `json:"file"`
	// Digest is keccak256 of the file's bytes: the on-chain modelDigest.
	Digest common.Hash `json:"digest"`
	// Inputs declares the model's single input tensor.
	Inputs []Tensor `json:"inputs"`
	// InputScale is the fixed-point scale of every input value (10000 means
	// four decimals).
	InputScale int64 `json:"inputScale"`
	// Features names the input values in order; there is one per input element.
	Features []string `json:"features"`
	// Outputs declares the model's single output tensor.
	Outputs []Tensor `json:"outputs"`
	// OutputScale is the fixed-point scale of every output value.
	OutputScale int64 `json:"outputScale"`
	// OutputNames names the output values in order; one per output element.
	OutputNames []string `json:"outputNames"`
	// Training says what the model was trained on.
	Training Training `json:"training"`
	// Metrics says how well it did.
	Metrics Metrics `json:"metrics"`
}

// Tensor is a named tensor of fixed shape, batch dimension included.
type Tensor struct {
	Name  string  `json:"name"`
	Shape []int64 `json:"shape"`
}

// Training records the data a model was trained on.
type Training struct {
	// Source is the data file, relative to the shared data folder.
	Source string `json:"source"`
	// Rows is how many rows the source had; Samples how many training
	// examples were built from them, split chronologically into
	// TrainSamples and ValidationSamples.
	Rows              int `json:"rows"`
	Samples           int `json:"samples"`
	TrainSamples      int `json:"trainSamples"`
	ValidationSamples int `json:"validationSamples"`
	// Date is the date the data covers (YYYY-MM-DD).
	Date string `json:"date"`
	// Method describes the model and its fitting.
	Method string `json:"method"`
	// Notes is anything a user of the model should know.
	Notes string `json:"notes,omitempty"`
}

// Metrics records a model's errors, in output units.
type Metrics struct {
	TrainMAE      float64 `json:"trainMAE"`
	ValidationMAE float64 `json:"validationMAE"`
	// Baseline describes the naive model the MLP is compared with, and
	// BaselineValidationMAE is its error on the same validation samples.
	Baseline              string  `json:"baseline"`
	BaselineValidationMAE float64 `json:"baselineValidationMAE"`
}

// LoadCard reads and validates a card file.
func LoadCard(path string) (Card, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Card{}, fmt.Errorf("load model card: %w", err)
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c Card
	if err := dec.Decode(&c); err != nil {
		return Card{}, fmt.Errorf("load model card %s: %w: %v", path, ErrInvalidCard, err)
	}
	if err := c.Validate(); err != nil {
		return Card{}, fmt.Errorf("load model card %s: %w", path, err)
	}
	return c, nil
}

// Save writes a trained model's file (c.File) and its card
// (<base>.card.json, base being c.File without .onnx) into dir, creating
// dir, and returns both paths.
func Save(dir string, data []byte, c Card) (modelPath, cardPath string, err error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", "", fmt.Errorf("save model: %w", err)
	}
	modelPath = filepath.Join(dir, c.File)
	cardPath = filepath.Join(dir, strings.TrimSuffix(c.File, ".onnx")+".card.json")
	if err := os.WriteFile(modelPath, data, 0o644); err != nil {
		return "", "", fmt.Errorf("save model: %w", err)
	}
	return modelPath, cardPath, SaveCard(cardPath, c)
}

// SaveCard validates c and writes it to path as indented JSON. The same card
// always gives the same bytes.
func SaveCard(path string, c Card) error {
	if err := c.Validate(); err != nil {
		return err
	}
	data, err := json.MarshalIndent(c, "", "  ")
	if err != nil {
		return fmt.Errorf("save model card: %w", err)
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("save model card: %w", err)
	}
	return nil
}

// Validate checks that the card is complete and consistent; the error names
// the first bad field.
func (c Card) Validate() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalidCard, field, fmt.Sprintf(format, args...))
	}
	switch {
	case c.Name == "":
		return bad("name", "empty")
	case c.Version == "":
		return bad("version", "empty")
	case c.File == "":
		return bad("file", "empty")
	case filepath.IsAbs(c.File) || !filepath.IsLocal(filepath.FromSlash(c.File)):
		return bad("file", "%q must be a path inside the card's directory", c.File)
	case c.Digest == (common.Hash{}):
		return bad("digest", "missing")
	case c.InputScale <= 0:
		return bad("inputScale", "%d, want > 0", c.InputScale)
	case c.OutputScale <= 0:
		return bad("outputScale", "%d, want > 0", c.OutputScale)
	}
	if err := validTensors("inputs", c.Inputs); err != nil {
		return err
	}
	if err := validTensors("outputs", c.Outputs); err != nil {
		return err
	}
	if n := size(c.Inputs[0].Shape); len(c.Features) != n {
		return bad("features", "%d names, inputs[0].shape %v holds %d values", len(c.Features), c.Inputs[0].Shape, n)
	}
	if n := size(c.Outputs[0].Shape); len(c.OutputNames) != n {
		return bad("outputNames", "%d names, outputs[0].shape %v holds %d values", len(c.OutputNames), c.Outputs[0].Shape, n)
	}
	return nil
}

// validTensors checks one tensor list; Steward's sessions take exactly one
// input and one output tensor.
func validTensors(field string, ts []Tensor) error {
	if len(ts) != 1 {
		return fmt.Errorf("%w: %s: %d tensors, want exactly 1", ErrInvalidCard, field, len(ts))
	}
	t := ts[0]
	if t.Name == "" {
		return fmt.Errorf("%w: %s[0].name: empty", ErrInvalidCard, field)
	}
	if len(t.Shape) == 0 {
		return fmt.Errorf("%w: %s[0].shape: empty", ErrInvalidCard, field)
	}
	for i, d := range t.Shape {
		if d <= 0 || d > 1<<20 {
			return fmt.Errorf("%w: %s[0].shape[%d]: %d, want 1…%d", ErrInvalidCard, field, i, d, 1<<20)
		}
	}
	if size(t.Shape) > 1<<20 {
		return fmt.Errorf("%w: %s[0].shape: %v holds more than %d values", ErrInvalidCard, field, t.Shape, 1<<20)
	}
	return nil
}

// size returns the number of values a shape holds, saturating just above
// the 2^20 limit so that a hostile shape cannot overflow.
func size(shape []int64) int {
	n := 1
	for _, d := range shape {
		n *= int(d)
		if n > 1<<20 {
			return 1<<20 + 1
		}
	}
	return n
}
