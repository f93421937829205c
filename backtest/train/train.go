package train

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx/build"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// Names of the model's tensors and output, as written to the card.
const (
	InputName  = "features"
	OutputName = "range"
	// OutputValueName names the single output value: the forecast largest
	// |tick move| over the next marketmaking.Horizon ticks.
	OutputValueName = "maxAbsTickMove"
)

// minSamples is the fewest samples Run accepts: enough for a purged split to
// leave both sides non-trivial.
const minSamples = 4 * marketmaking.Horizon

// Params configures Run.
type Params struct {
	// Ticks is the tick series to train on, oldest first. When nil, the
	// closeTick column of DataPath is loaded (dataset.LoadMinuteTicks).
	Ticks []int32
	// DataPath is the minute-bar CSV to load when Ticks is nil.
	DataPath string
	// Source names the data in the card. Defaults to DataPath's last two path
	// elements; required when Ticks is given.
	Source string
	// Date is the date (YYYY-MM-DD) the data covers, for the card. Optional.
	Date string
	// OutDir is where <Name>-v<Version>.onnx and .card.json are written. Required.
	OutDir string
	// Name and Version identify the model. Default to "mm-range" and "1".
	Name    string
	Version string
	// Seed seeds the weight initialisation. Defaults to 1.
	Seed uint64
	// Hidden is the width of the hidden layer. Defaults to 8.
	Hidden int
	// MaxEpochs bounds the full-batch Adam steps early stopping may choose.
	// Defaults to 3000.
	MaxEpochs int
	// LearningRate is Adam's step size. Defaults to 0.001.
	LearningRate float64
	// ValidationFraction is the chronological tail held out. Defaults to 0.2.
	ValidationFraction float64
	// Scale is the card's inputScale and outputScale. Defaults to 10000.
	Scale int64
	// Logger receives progress. Defaults to discarding it.
	Logger *slog.Logger
}

// Result is what Run produced.
type Result struct {
	// ModelPath and CardPath are the files written.
	ModelPath, CardPath string
	// Digest is keccak256 of the model file.
	Digest common.Hash
	// Card is the card written to CardPath.
	Card model.Card
	// Samples counts all samples; TrainSamples and ValidationSamples the two
	// sides of the purged split.
	Samples, TrainSamples, ValidationSamples int
	// Epochs is the number of Adam steps early stopping chose.
	Epochs int
	// TrainMAE and ValidationMAE are the exported model's mean absolute
	// errors, in ticks.
	TrainMAE, ValidationMAE float64
	// BaselineC is the fitted c of the baseline c·vol30·√Horizon, and
	// BaselineTrainMAE and BaselineValidationMAE are its errors.
	BaselineC                               float64
	BaselineTrainMAE, BaselineValidationMAE float64
}

// DefaultParams returns the Params that produced the shipped
// configs/models/mm-range-v1 model from the shared minute-bar file of the
// USDC/WETH 5 bps pool on 2024-01-05; sharedDir is the shared data folder
// (dataset.FindSharedDir) and outDir where to write.
func DefaultParams(sharedDir, outDir string) Params {
	return Params{
		DataPath: dataset.DefaultMinuteFile(sharedDir),
		Source:   dataset.MinuteFile,
		Date:     "2024-01-05",
		OutDir:   outDir,
		Name:     "mm-range",
		Version:  "1",
	}
}

// EmbeddedParams is DefaultParams over the copy of the same closes built
// into the binary (dataset.EmbeddedMinuteTicks): it trains the same model,
// byte for byte, where the shared data folder is absent.
func EmbeddedParams(outDir string) (Params, error) {
	ticks, err := dataset.EmbeddedMinuteTicks()
	if err != nil {
		return Params{}, err
	}
	p := DefaultParams("", outDir)
	p.DataPath, p.Ticks = "", ticks
	return p, nil
}

func (p Params) withDefaults() Params {
	if p.Name == "" {
		p.Name = "mm-range"
	}
	if p.Version == "" {
		p.Version = "1"
	}
	if p.Seed == 0 {
		p.Seed = 1
	}
	if p.Hidden == 0 {
		p.Hidden = 8
	}
	if p.MaxEpochs == 0 {
		p.MaxEpochs = 3000
	}
	if p.LearningRate == 0 {
		p.LearningRate = 0.001
	}
	if p.ValidationFraction == 0 {
		p.ValidationFraction = 0.2
	}
	if p.Scale == 0 {
		p.Scale = 10000
	}
	if p.Source == "" && p.Ticks == nil && p.DataPath != "" {
		p.Source = filepath.ToSlash(filepath.Join(filepath.Base(filepath.Dir(p.DataPath)), filepath.Base(p.DataPath)))
	}
	if p.Logger == nil {
		p.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return p
}

func (p Params) validate() error {
	bad := func(field, format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrInvalidParams, field, fmt.Sprintf(format, args...))
	}
	switch {
	case p.Ticks == nil && p.DataPath == "":
		return bad("DataPath", "empty and no Ticks given")
	case p.Source == "":
		return bad("Source", "required when Ticks are given")
	case p.OutDir == "":
		return bad("OutDir", "empty")
	case p.Hidden < 1:
		return bad("Hidden", "%d, want ≥ 1", p.Hidden)
	case p.MaxEpochs < build.CheckEvery:
		return bad("MaxEpochs", "%d, want ≥ %d", p.MaxEpochs, build.CheckEvery)
	case !(p.LearningRate > 0 && p.LearningRate < 1):
		return bad("LearningRate", "%v, want in (0, 1)", p.LearningRate)
	case !(p.ValidationFraction > 0 && p.ValidationFraction < 0.9):
		return bad("ValidationFraction", "%v, want in (0, 0.9)", p.ValidationFraction)
	case p.Scale < 1:
		return bad("Scale", "%d, want ≥ 1", p.Scale)
	case filepath.Base(p.Name) != p.Name || filepath.Base(p.Version) != p.Version:
		return bad("Name", "%q-v%q must be a plain file name", p.Name, p.Version)
	}
	return nil
}

// Run trains the model on the ticks, writes <OutDir>/<Name>-v<Version>.onnx
// and its card, and reports the errors. See the package doc for the method.
func Run(ctx context.Context, p Params) (Result, error) {
	p = p.withDefaults()
	if err := p.validate(); err != nil {
		return Result{}, err
	}
	ticks := p.Ticks
	if ticks == nil {
		var err error
		if ticks, err = dataset.LoadMinuteTicks(p.DataPath); err != nil {
			return Result{}, fmt.Errorf("train: %w", err)
		}
	}
	xs, ys, err := samples(ticks)
	if err != nil {
		return Result{}, fmt.Errorf("train: %w", err)
	}
	if len(xs) < minSamples {
		return Result{}, fmt.Errorf("train: %w: %d ticks give %d samples, need %d", ErrTooFewSamples, len(ticks), len(xs), minSamples)
	}
	split := int(math.Round(float64(len(xs)) * (1 - p.ValidationFraction)))
	trainEnd := split - marketmaking.Horizon // purge targets that overlap validation
	if trainEnd < marketmaking.Horizon || len(xs)-split < marketmaking.Horizon {
		return Result{}, fmt.Errorf("train: %w: %d samples leave too little on one side of the split", ErrTooFewSamples, len(xs))
	}
	trX, trY, vaX, vaY := xs[:trainEnd], ys[:trainEnd], xs[split:], ys[split:]

	mlp, epochs, err := fit(ctx, p, trX, trY)
	if err != nil {
		return Result{}, err
	}
	res := Result{Samples: len(xs), TrainSamples: len(trX), ValidationSamples: len(vaX), Epochs: epochs}
	if res.TrainMAE, err = build.MAE(mlp, trX, trY); err != nil {
		return Result{}, err
	}
	if res.ValidationMAE, err = build.MAE(mlp, vaX, vaY); err != nil {
		return Result{}, err
	}
	vol := slices.Index(marketmaking.FeatureNames, "vol30")
	if vol < 0 {
		return Result{}, fmt.Errorf("train: baseline needs feature vol30, features are %v", marketmaking.FeatureNames)
	}
	res.BaselineC = fitBaseline(trX, trY, vol)
	res.BaselineTrainMAE = baselineMAE(res.BaselineC, trX, trY, vol)
	res.BaselineValidationMAE = baselineMAE(res.BaselineC, vaX, vaY, vol)
	p.Logger.Info("trained", "model", p.Name, "samples", res.Samples,
		"trainMAE", res.TrainMAE, "validationMAE", res.ValidationMAE,
		"baselineValidationMAE", res.BaselineValidationMAE)

	if err := write(p, mlp, len(ticks), &res); err != nil {
		return Result{}, err
	}
	return res, nil
}

// fit is build.EarlyStop with the outer split's purge (Horizon samples).
func fit(ctx context.Context, p Params, xs [][]float64, ys []float64) (build.MLP, int, error) {
	m, epochs, err := build.EarlyStop(ctx, xs, ys, build.FitParams{Hidden: p.Hidden, LearningRate: p.LearningRate, Seed: p.Seed},
		p.MaxEpochs, p.ValidationFraction, marketmaking.Horizon)
	if err != nil {
		return build.MLP{}, 0, fmt.Errorf("train: %w", err)
	}
	p.Logger.Debug("early stopping", "epochs", epochs)
	return m, epochs, nil
}

// write exports the model and its card, and fills in res's paths and card.
func write(p Params, mlp build.MLP, rows int, res *Result) error {
	base := fmt.Sprintf("%s-v%s", p.Name, p.Version)
	data, err := mlp.Encode(build.ModelParams{
		GraphName:       base,
		InputName:       InputName,
		OutputName:      OutputName,
		ProducerName:    "steward backtest/train",
		ProducerVersion: "1",
		DocString:       "Market-making range model: forecast largest |tick move| over the next " + fmt.Sprint(marketmaking.Horizon) + " ticks.",
	})
	if err != nil {
		return fmt.Errorf("train: export: %w", err)
	}
	res.Digest = crypto.Keccak256Hash(data)
	res.Card = model.Card{
		Name:        p.Name,
		Version:     p.Version,
		File:        base + ".onnx",
		Digest:      res.Digest,
		Inputs:      []model.Tensor{{Name: InputName, Shape: []int64{1, int64(len(marketmaking.FeatureNames))}}},
		InputScale:  p.Scale,
		Features:    slices.Clone(marketmaking.FeatureNames),
		Outputs:     []model.Tensor{{Name: OutputName, Shape: []int64{1, 1}}},
		OutputScale: p.Scale,
		OutputNames: []string{OutputValueName},
		Training: model.Training{
			Source:            p.Source,
			Rows:              rows,
			Samples:           res.Samples,
			TrainSamples:      res.TrainSamples,
			ValidationSamples: res.ValidationSamples,
			Date:              p.Date,
			Method: fmt.Sprintf("MLP %d→%d ReLU→1, full-batch Adam (lr %g, seed %d) on a Huber loss over standardised data, standardisation folded into the weights; %d epochs chosen by early stopping on the last part of the training samples; chronological %.0f/%.0f train/validation split with %d purged samples",
				len(marketmaking.FeatureNames), p.Hidden, p.LearningRate, p.Seed, res.Epochs,
				100*(1-p.ValidationFraction), 100*p.ValidationFraction, marketmaking.Horizon),
			Notes: fmt.Sprintf("Trained on one tick per minute (minute closes); the output is in ticks over the next %d ticks of the same spacing.", marketmaking.Horizon),
		},
		Metrics: model.Metrics{
			TrainMAE:              round(res.TrainMAE),
			ValidationMAE:         round(res.ValidationMAE),
			Baseline:              fmt.Sprintf("c·vol30·√%d with c = %.4f fitted on the training samples (least absolute deviations)", marketmaking.Horizon, res.BaselineC),
			BaselineValidationMAE: round(res.BaselineValidationMAE),
		},
	}
	if res.ModelPath, res.CardPath, err = model.Save(p.OutDir, data, res.Card); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	return nil
}

// round keeps four decimals so the card stays readable.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }
