package train

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math"
	"path/filepath"
	"slices"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx/build"
	"github.com/steward-agents/steward/strategies/risk"
)

// The model's tensor names and output, as the card names them.
const (
	InputName       = "features"
	OutputName      = "risk"
	OutputValueName = "risk (0 … 1: the share of debt liquidatable within the horizon, ÷ 0.2, capped)"
)

// Params configures Run; DefaultParams gives the shipped model's.
type Params struct {
	// OutDir is where <Name>-v<Version>.onnx and .card.json are written.
	OutDir        string
	Name, Version string
	// Seed seeds the drawn books and the weights' initialisation.
	Seed uint64
	// Hidden, LearningRate and MaxEpochs are the fit's (build.EarlyStop).
	Hidden       int
	LearningRate float64
	MaxEpochs    int
	// Scale is the card's input and output scale.
	Scale int64
	// Logger receives progress; nil discards it.
	Logger *slog.Logger
}

// DefaultParams are the shipped lending-risk v1's.
func DefaultParams(outDir string) Params {
	return Params{OutDir: outDir, Name: "lending-risk", Version: "1", Seed: 1, Hidden: 8, LearningRate: 0.003, MaxEpochs: 3000, Scale: 10_000}
}

// Result is what Run produced and how the model does.
type Result struct {
	ModelPath, CardPath string
	Card                model.Card
	// Samples counts every sample; TrainSamples those outside the held-out
	// day (and not touching it), ValidationSamples those inside it.
	Samples, TrainSamples, ValidationSamples int
	Epochs                                   int
	TrainMAE, ValidationMAE                  float64
	// Baseline is the training labels' median, the best constant under
	// absolute error, and BaselineValidationMAE its error on the held-out day.
	Baseline, BaselineValidationMAE float64
	// CrashMAE and BaselineCrashMAE are the errors over the lending demo's
	// window (devchain's WETH crash path, blocks 18926000 … 18927439).
	CrashMAE, BaselineCrashMAE float64
	// ValidationCorr and CrashCorr are the Pearson correlations of the
	// model's outputs with the labels (the constant's is 0): how well it
	// orders calm and dangerous moments.
	ValidationCorr, CrashCorr float64
}

// Run draws the samples from the embedded prices, fits the model on the
// days around the held-out one, measures it on that day, and writes the
// model and its card.
func Run(ctx context.Context, p Params) (Result, error) {
	if p.OutDir == "" || p.Name == "" || p.Version == "" || filepath.Base(p.Name) != p.Name || p.Scale < 1 {
		return Result{}, fmt.Errorf("train: Params need OutDir, a plain Name and Version and a Scale ≥ 1 (got %q, %q, %q, %d)", p.OutDir, p.Name, p.Version, p.Scale)
	}
	if p.Logger == nil {
		p.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	cents, err := Cents()
	if err != nil {
		return Result{}, err
	}
	prices, blocks := Stepped(cents)
	all, err := Samples(prices, blocks, p.Seed)
	if err != nil {
		return Result{}, err
	}
	var trX, vaX, crX [][]float64
	var trY, vaY, crY []float64
	for _, s := range all {
		switch {
		case inHoldout(s):
			vaX, vaY = append(vaX, s.Features), append(vaY, s.Label)
			if s.Block >= crashFirst && s.Block <= crashLast {
				crX, crY = append(crX, s.Features), append(crY, s.Label)
			}
		case !touchesHoldout(s):
			trX, trY = append(trX, s.Features), append(trY, s.Label)
		}
	}
	mlp, epochs, err := build.EarlyStop(ctx, trX, trY, build.FitParams{Hidden: p.Hidden, LearningRate: p.LearningRate, Seed: p.Seed}, p.MaxEpochs, 0.2, Horizon)
	if err != nil {
		return Result{}, fmt.Errorf("train: %w", err)
	}
	res := Result{Samples: len(all), TrainSamples: len(trX), ValidationSamples: len(vaX), Epochs: epochs, Baseline: median(trY)}
	res.BaselineValidationMAE, res.BaselineCrashMAE = constantMAE(res.Baseline, vaY), constantMAE(res.Baseline, crY)
	for _, e := range []struct {
		xs        [][]float64
		ys        []float64
		mae, corr *float64
	}{{trX, trY, &res.TrainMAE, nil}, {vaX, vaY, &res.ValidationMAE, &res.ValidationCorr}, {crX, crY, &res.CrashMAE, &res.CrashCorr}} {
		pred, err := build.Predict(mlp, e.xs)
		if err != nil {
			return Result{}, fmt.Errorf("train: %w", err)
		}
		*e.mae = build.MeanAbsError(pred, e.ys)
		if e.corr != nil {
			*e.corr = pearson(pred, e.ys)
		}
	}
	p.Logger.Info("trained", "model", p.Name, "samples", res.Samples, "epochs", epochs, "validationMAE", res.ValidationMAE,
		"baselineValidationMAE", res.BaselineValidationMAE, "crashMAE", res.CrashMAE, "baselineCrashMAE", res.BaselineCrashMAE)
	return res, write(p, mlp, len(cents), &res)
}

// The lending demo's window (devchain.WETHCrashFirstBlock and its length).
const (
	crashFirst = 18926000
	crashLast  = 18927439
)

func median(v []float64) float64 {
	s := slices.Clone(v)
	slices.Sort(s)
	return s[len(s)/2]
}

// pearson is the Pearson correlation of pred with ys (0 when either is
// constant, as the constant predictor's is).
func pearson(pred, ys []float64) float64 {
	var mp, my float64
	for i := range pred {
		mp += pred[i] / float64(len(pred))
		my += ys[i] / float64(len(ys))
	}
	var cov, vp, vy float64
	for i := range pred {
		cov += (pred[i] - mp) * (ys[i] - my)
		vp += (pred[i] - mp) * (pred[i] - mp)
		vy += (ys[i] - my) * (ys[i] - my)
	}
	if vp == 0 || vy == 0 {
		return 0
	}
	return cov / math.Sqrt(vp*vy)
}

func constantMAE(c float64, ys []float64) float64 {
	var sum float64
	for _, y := range ys {
		sum += math.Abs(y - c)
	}
	return sum / float64(len(ys))
}

// write exports the model and its card.
func write(p Params, mlp build.MLP, rows int, res *Result) error {
	base := fmt.Sprintf("%s-v%s", p.Name, p.Version)
	data, err := mlp.Encode(build.ModelParams{GraphName: base, InputName: InputName, OutputName: OutputName,
		ProducerName: "steward strategies/risk/train", ProducerVersion: "1",
		DocString: "Lending-risk model: the share of a WETH-collateral book's debt liquidatable within the horizon, from the market's features."})
	if err != nil {
		return fmt.Errorf("train: export: %w", err)
	}
	round := func(x float64) float64 { return math.Round(x*1e4) / 1e4 }
	res.Card = model.Card{
		Name: p.Name, Version: p.Version, File: base + ".onnx", Digest: crypto.Keccak256Hash(data),
		Inputs:     []model.Tensor{{Name: InputName, Shape: []int64{1, int64(len(risk.FeatureNames))}}},
		InputScale: p.Scale, Features: slices.Clone(risk.FeatureNames),
		Outputs:     []model.Tensor{{Name: OutputName, Shape: []int64{1, 1}}},
		OutputScale: p.Scale, OutputNames: []string{OutputValueName},
		Training: model.Training{
			Source:  "uniswap-v2-usdc-weth-reserves/reserves.csv (embedded in strategies/risk/train)",
			Rows:    rows,
			Samples: res.Samples, TrainSamples: res.TrainSamples, ValidationSamples: res.ValidationSamples,
			Date: "2024-01-01 … 2024-01-06 (held out: 2024-01-03)",
			Method: fmt.Sprintf("MLP %d→%d ReLU→1, full-batch Adam (lr %g, seed %d) on a Huber loss over standardised data; %d epochs by early stopping on the last 20 %% of the training samples",
				len(risk.FeatureNames), p.Hidden, p.LearningRate, p.Seed, res.Epochs),
			Notes: fmt.Sprintf("One sample every %d blocks (a step): the features of the last %d steps' real WETH prices with %d borrowers drawn from a market "+
				"whose health factors are 1 + Exp(m), m uniform in [0.02, 0.4] (log-normal debts), and a drawn utilisation; the label is the share of that market's debt "+
				"(1 − exp(−(1/move − 1)/m)) the lowest real price of the next %d steps pushes below a health factor of 1, ÷ %.1f, capped at 1. Validated on blocks %d … %d (2024-01-03), "+
				"which no training sample's window or horizon touches (correlation of outputs with labels %.3f). Over the lending demo's window (blocks %d … %d): MAE %.4f, the constant's %.4f; correlation %.3f.",
				Every, Window, BookSize, Horizon, FullRiskShare, HoldoutFirst, HoldoutLast, res.ValidationCorr, crashFirst, crashLast, res.CrashMAE, res.BaselineCrashMAE, res.CrashCorr),
		},
		Metrics: model.Metrics{TrainMAE: round(res.TrainMAE), ValidationMAE: round(res.ValidationMAE),
			Baseline:              fmt.Sprintf("the training labels' median, %.4f, for every sample", res.Baseline),
			BaselineValidationMAE: round(res.BaselineValidationMAE)},
	}
	if res.ModelPath, res.CardPath, err = model.Save(p.OutDir, data, res.Card); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	return nil
}
