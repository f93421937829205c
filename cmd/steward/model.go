package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"path/filepath"
	"strings"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/backtest/train"
	govtrain "github.com/steward-agents/steward/strategies/governance/train"
	risktrain "github.com/steward-agents/steward/strategies/risk/train"
)

const modelUsage = `Usage: steward model <subcommand> [flags]

subcommands:
  train    retrain configs/models/mm-range-v1 from recorded minute closes;
           --kind governance: configs/models/governance/gov-risk-v1 from the shared proposals
           --kind risk: configs/models/risk/lending-risk-v1 from the embedded WETH prices

` + "`steward model train -h` lists its flags."

func runModel(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		return errors.New(modelUsage)
	}
	switch args[0] {
	case "-h", "--help", "-help", "help":
		fmt.Fprintln(stdout, modelUsage)
		return nil
	case "train":
		return runModelTrain(ctx, args[1:], stdout, stderr)
	default:
		return fmt.Errorf("unknown subcommand %q\n%s", args[0], modelUsage)
	}
}

func runModelTrain(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("model train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data", "", "shared data folder (default: found above the working directory, or $"+dataset.SharedDataEnv+"; else the copy of the closes built into the binary)")
	outDir := fs.String("out", "configs/models", "where to write the .onnx model and its card (the governance and risk models: in their governance/ and risk/ folders)")
	kind := fs.String("kind", "marketmaking", "whose model: marketmaking (the range model), governance (the proposal risk model) or risk (the lending-risk model)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch *kind {
	case "marketmaking":
	case "governance":
		return trainGovernance(*dataDir, agents.RepoPath(filepath.Join(*outDir, "governance")), stdout)
	case "risk":
		return trainRisk(ctx, agents.RepoPath(filepath.Join(*outDir, "risk")), stdout, stderr)
	default:
		return fmt.Errorf("--kind %q: marketmaking, governance or risk", *kind)
	}
	if *dataDir == "" {
		if dir, ok := dataset.FindSharedDir(); ok {
			*dataDir = dir
		}
	}
	p := train.DefaultParams(*dataDir, agents.RepoPath(*outDir))
	if *dataDir == "" {
		fmt.Fprintf(stderr, "no shared data folder found: training on the copy in %s\n", dataset.EmbeddedCloseTickFile)
		var err error
		if p, err = train.EmbeddedParams(agents.RepoPath(*outDir)); err != nil {
			return err
		}
	}
	p.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	res, err := train.Run(ctx, p)
	if err != nil {
		return err
	}
	writeTrainResult(stdout, res)
	return nil
}

// trainGovernance trains the proposal risk model on the shared proposals.
func trainGovernance(dataDir, outDir string, stdout io.Writer) error {
	if dataDir == "" {
		dir, ok := dataset.FindSharedDir()
		if !ok {
			return fmt.Errorf("--data: the governance model trains on the shared proposals (%s, %s); no shared data folder found ($%s)", govtrain.BlockfulFile, govtrain.AaveFile, dataset.SharedDataEnv)
		}
		dataDir = dir
	}
	res, err := govtrain.Run(govtrain.DefaultParams(dataDir, outDir))
	if err != nil {
		return err
	}
	c := res.Card
	fmt.Fprintf(stdout, "model %s v%s\n  file      %s\n  card      %s\n  digest    %s   (the modelDigest the registry authorises)\n", c.Name, c.Version, res.ModelPath, res.CardPath, c.Digest.Hex())
	fmt.Fprintf(stdout, "  data      %d real proposals, %d samples (%d train, %d validation)\n", res.Records, res.Samples, res.TrainSamples, res.ValidationSamples)
	for _, q := range []struct {
		name string
		q    govtrain.Quality
	}{{"score (model raised to the floors)", res.Score}, {"model alone", res.Model}, {"floors alone", res.Floors}} {
		fmt.Fprintf(stdout, "  %-36s precision %.3f recall %.3f at %d (tp %d fp %d fn %d tn %d), MAE %.1f\n", q.name, q.q.Precision, q.q.Recall, govtrain.Review, q.q.TP, q.q.FP, q.q.FN, q.q.TN, q.q.MAE)
	}
	fmt.Fprintf(stdout, "  real proposals held out               %d of %d score ≥ %d (their reviews label all benign)\n", res.Real.FP, res.Real.FP+res.Real.TN, govtrain.Review)
	fmt.Fprintf(stdout, "  real proposals, no address book       %d of %d score ≥ %d\n", res.RealNoBook, res.Records, govtrain.Review)
	return nil
}

// trainRisk trains the lending-risk model on the embedded WETH prices.
func trainRisk(ctx context.Context, outDir string, stdout, stderr io.Writer) error {
	p := risktrain.DefaultParams(outDir)
	p.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	res, err := risktrain.Run(ctx, p)
	if err != nil {
		return err
	}
	c := res.Card
	fmt.Fprintf(stdout, "model %s v%s\n  file      %s\n  card      %s\n  digest    %s   (the modelDigest the registry authorises)\n", c.Name, c.Version, res.ModelPath, res.CardPath, c.Digest.Hex())
	fmt.Fprintf(stdout, "  samples   %d (train %d, held out %d: 2024-01-03), %d epochs\n", res.Samples, res.TrainSamples, res.ValidationSamples, res.Epochs)
	fmt.Fprintf(stdout, "  held out  MAE %.4f (the constant %.4f: %.4f), correlation %.3f\n", res.ValidationMAE, res.Baseline, res.BaselineValidationMAE, res.ValidationCorr)
	fmt.Fprintf(stdout, "  sell-off  MAE %.4f (the constant: %.4f), correlation %.3f\n", res.CrashMAE, res.BaselineCrashMAE, res.CrashCorr)
	return nil
}

// writeTrainResult prints the trained model's card for people.
func writeTrainResult(w io.Writer, r train.Result) {
	c := r.Card
	fmt.Fprintf(w, "model %s v%s\n", c.Name, c.Version)
	fmt.Fprintf(w, "  file      %s\n", r.ModelPath)
	fmt.Fprintf(w, "  card      %s\n", r.CardPath)
	fmt.Fprintf(w, "  digest    %s   (the modelDigest the registry authorises)\n", r.Digest.Hex())
	for _, t := range c.Inputs {
		fmt.Fprintf(w, "  input     %s %v, scale %d: %s\n", t.Name, t.Shape, c.InputScale, strings.Join(c.Features, ", "))
	}
	for _, t := range c.Outputs {
		fmt.Fprintf(w, "  output    %s %v, scale %d: %s\n", t.Name, t.Shape, c.OutputScale, strings.Join(c.OutputNames, ", "))
	}
	fmt.Fprintf(w, "  samples   %d (train %d, validation %d), %d epochs\n", r.Samples, r.TrainSamples, r.ValidationSamples, r.Epochs)
	fmt.Fprintf(w, "  MAE       train %.1f, validation %.1f ticks (baseline c·vol·√h: %.1f, %.1f)\n",
		r.TrainMAE, r.ValidationMAE, r.BaselineTrainMAE, r.BaselineValidationMAE)
}
