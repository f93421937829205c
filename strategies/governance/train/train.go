package train

import (
	"encoding/json"
	"fmt"
	"math"
	"slices"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx/build"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// The model's tensor names and output.
const (
	InputName       = "features"
	OutputName      = "score"
	OutputValueName = "risk score (0 harmless … 100 dangerous)"
	// Review is the score at which a proposal must not pass without review.
	Review = 70
)

// Params configures a training run.
type Params struct {
	// SharedDir is the shared data folder (LoadCorpus); OutDir where
	// <Name>-v<Version>.onnx and .card.json go.
	SharedDir, OutDir string
	Name, Version     string
	// Lambda is the ridge penalty on standardised weights.
	Lambda float64
}

// DefaultParams trains gov-risk v1 with λ = 1.
func DefaultParams(sharedDir, outDir string) Params {
	return Params{SharedDir: sharedDir, OutDir: outDir, Name: "gov-risk", Version: "1", Lambda: 1}
}

// Sample is one analysed proposal with its label.
type Sample struct {
	Name       string
	Label      int
	Vector     []int64
	Floor      int
	Validation bool
	Real       bool // a real proposal, not a generated variant
}

// Quality is how the scores do against the labels at Review: a positive
// is a sample labelled ≥ Review.
type Quality struct {
	Precision, Recall float64
	TP, FP, FN, TN    int
	MAE               float64
}

// Result is what a run did.
type Result struct {
	Records, Samples, TrainSamples, ValidationSamples int
	// Model is the model alone on the validation samples; Score is what
	// the agent posts, the model raised to the features' floor; Floors is
	// the floors alone (the baseline).
	Model, Score, Floors Quality
	// Real is the posted score against the real proposals' own labels (all
	// validation records, each with its own addresses known): with every
	// label below Review, its false positives are what matters. RealNoBook
	// counts the real proposals (all records) scoring ≥ Review when no
	// address book is given, as `steward score` without --addresses sees
	// them.
	Real                Quality
	RealNoBook          int
	ModelPath, CardPath string
	Card                model.Card
}

// Samples analyses every real proposal and its variants: every fifth
// record (with its variants) is held out for validation.
func Samples(records []Record) ([]Sample, error) {
	var out []Sample
	for i, r := range records {
		book, err := BookOf(r.Proposal)
		if err != nil {
			return nil, fmt.Errorf("train: %s: %w", r.Name, err)
		}
		val := i%5 == 4
		// Each sample twice: with the record's own book (its counterparties
		// known, the variant's attacker not), and with no book (everyone
		// unknown), so the model keys on what the calls do rather than on
		// unknown addresses alone, which a DAO without a book would see
		// everywhere.
		for _, b := range []*proposal.Book{book, nil} {
			add := func(name string, p *proposal.Proposal, label int, real bool) {
				a := analyse(p, b)
				out = append(out, Sample{Name: name, Label: label, Vector: a.Vector, Floor: a.Floor, Validation: val, Real: real && b != nil})
			}
			add(r.Name, r.Proposal, r.Label, true)
			for _, v := range Variants(r.Proposal) {
				add(r.Name+"+"+v.Kind, v.Proposal, v.Label, false)
			}
		}
	}
	return out, nil
}

// Run trains the model on the shared corpus and writes it with its card.
func Run(p Params) (Result, error) {
	records, err := LoadCorpus(p.SharedDir)
	if err != nil {
		return Result{}, err
	}
	samples, err := Samples(records)
	if err != nil {
		return Result{}, err
	}
	res := Result{Records: len(records), Samples: len(samples)}
	var xs [][]float64
	var ys []float64
	for _, s := range samples {
		if s.Validation {
			res.ValidationSamples++
			continue
		}
		res.TrainSamples++
		xs, ys = append(xs, floats(s.Vector)), append(ys, float64(s.Label))
	}
	nonNeg, drop := constraints()
	mlp, err := build.Ridge(xs, ys, p.Lambda, nonNeg, drop)
	if err != nil {
		return Result{}, err
	}
	var model, score, floors []int
	var labels []int
	for _, s := range samples {
		if !s.Validation {
			continue
		}
		m := modelScore(mlp, s)
		model, score, floors = append(model, m), append(score, max(m, s.Floor)), append(floors, s.Floor)
		labels = append(labels, s.Label)
	}
	res.Model, res.Score, res.Floors = quality(model, labels), quality(score, labels), quality(floors, labels)
	var realPred, realLabels []int
	for _, smp := range samples {
		if smp.Validation && smp.Real {
			realPred, realLabels = append(realPred, predicted(mlp, smp)), append(realLabels, smp.Label)
		}
	}
	res.Real = quality(realPred, realLabels)
	for _, r := range records {
		a := analyse(r.Proposal, nil)
		if predicted(mlp, Sample{Vector: a.Vector, Floor: a.Floor}) >= Review {
			res.RealNoBook++
		}
	}
	return res, write(p, mlp, &res)
}

// The features the proposal's text sets. The hostile-text ones and the
// text-against-calls ones may only raise the score (a description cannot
// buy a lower score by being odd, or by leaving calls unexplained); the
// description's length carries no weight at all (an attacker sets it).
var (
	textRaisesOnly = []string{"text_truncated", "bidi_controls", "invisible_chars", "confusable_words", "confusable_key_words",
		"instruction_like", "amount_ratio", "amount_ratio_unknown", "amounts_unstated", "recipients_unmentioned", "tokens_unmentioned", "calls_unmentioned"}
	textIgnored = []string{"text_log10_bytes"}
)

// constraints are textRaisesOnly and textIgnored as column sets.
func constraints() (nonNeg, drop map[int]bool) {
	nonNeg, drop = map[int]bool{}, map[int]bool{}
	for i, n := range features.Names {
		if slices.Contains(textRaisesOnly, n) {
			nonNeg[i] = true
		}
		if slices.Contains(textIgnored, n) {
			drop[i] = true
		}
	}
	return nonNeg, drop
}

// modelScore is the model's score of a sample, rounded and clamped as the
// agent reads it.
func modelScore(mlp build.MLP, s Sample) int {
	out, err := mlp.Forward(float32s(s.Vector))
	if err != nil {
		return 0
	}
	return int(min(max(math.Round(float64(out[0])), 0), 100))
}

// predicted is the score the agent posts for a sample.
func predicted(mlp build.MLP, s Sample) int { return max(modelScore(mlp, s), s.Floor) }

// analyse runs the features on p with book.
func analyse(p *proposal.Proposal, book *proposal.Book) features.Analysis {
	return features.Analyze(features.Input{Proposal: p, Book: book}) // Analyze decodes the calls
}

func quality(pred, labels []int) Quality {
	var q Quality
	for i, p := range pred {
		pos, hit := labels[i] >= Review, p >= Review
		switch {
		case pos && hit:
			q.TP++
		case !pos && hit:
			q.FP++
		case pos && !hit:
			q.FN++
		default:
			q.TN++
		}
		q.MAE += math.Abs(float64(p-labels[i])) / float64(len(pred))
	}
	if q.TP+q.FP > 0 {
		q.Precision = float64(q.TP) / float64(q.TP+q.FP)
	}
	if q.TP+q.FN > 0 {
		q.Recall = float64(q.TP) / float64(q.TP+q.FN)
	}
	return q
}

func floats(v []int64) []float64 {
	out := make([]float64, len(v))
	for i, x := range v {
		out[i] = float64(x) / features.Scale
	}
	return out
}

func float32s(v []int64) []float32 {
	out := make([]float32, len(v))
	for i, x := range v {
		out[i] = float32(float64(x) / features.Scale)
	}
	return out
}

func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }

// write exports the model and its card.
func write(p Params, mlp build.MLP, res *Result) error {
	base := fmt.Sprintf("%s-v%s", p.Name, p.Version)
	data, err := mlp.Encode(build.ModelParams{GraphName: base, InputName: InputName, OutputName: OutputName,
		ProducerName: "steward strategies/governance/train", ProducerVersion: "1",
		DocString: "Proposal risk score from strategies/governance/features; the agent posts max(score, the features' floor)."})
	if err != nil {
		return fmt.Errorf("train: export: %w", err)
	}
	res.Card = model.Card{
		Name: p.Name, Version: p.Version, File: base + ".onnx", Digest: crypto.Keccak256Hash(data),
		Inputs:     []model.Tensor{{Name: InputName, Shape: []int64{1, int64(len(features.Names))}}},
		InputScale: features.Scale, Features: slices.Clone(features.Names),
		Outputs:     []model.Tensor{{Name: OutputName, Shape: []int64{1, 1}}},
		OutputScale: features.Scale, OutputNames: []string{OutputValueName},
		Training: model.Training{
			Source:            BlockfulFile + " + " + AaveFile,
			Rows:              res.Records,
			Samples:           res.Samples,
			TrainSamples:      res.TrainSamples,
			ValidationSamples: res.ValidationSamples,
			Date:              "2026-07",
			Method: fmt.Sprintf("linear: ridge regression (λ %g) on standardised features, standardisation folded into the weights; the text's features may only raise the score (non-negative weights: refitted without any that came out negative) and its length has none; labels: real proposals %d (a failed review check %d), with hostile text %d, with a harmful call appended %d; every fifth record and its variants held out",
				p.Lambda, LabelBenign, LabelDoubtful, LabelHostile, LabelHarmful),
			Notes: fmt.Sprintf("Validation at score %d (model raised to the floors, as posted): precision %.3f recall %.3f; the model alone %.3f / %.3f; the floors alone %.3f / %.3f. The real proposals are benign by their reviews (none labelled ≥ %d): %d of the %d held out score ≥ %d; without any address book %d of all %d do. Each real proposal counts its own addresses as known; the harmful samples are generated from them.",
				Review, res.Score.Precision, res.Score.Recall, res.Model.Precision, res.Model.Recall, res.Floors.Precision, res.Floors.Recall,
				Review, res.Real.FP, res.Real.FP+res.Real.TN, Review, res.RealNoBook, res.Records),
		},
		Metrics: model.Metrics{
			ValidationMAE:         round(res.Score.MAE),
			Baseline:              "the features' floors alone",
			BaselineValidationMAE: round(res.Floors.MAE),
		},
	}
	if res.ModelPath, res.CardPath, err = model.Save(p.OutDir, data, res.Card); err != nil {
		return fmt.Errorf("train: %w", err)
	}
	return nil
}

// Report is the run's figures as JSON, for `steward model train`.
func (r Result) Report() ([]byte, error) { return json.MarshalIndent(r, "", "  ") }
