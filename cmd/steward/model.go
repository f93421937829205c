package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"strings"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/backtest/train"
)

const modelUsage = `Usage: steward model <subcommand> [flags]

subcommands:
  train    retrain configs/models/mm-range-v1 from recorded minute closes

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
	outDir := fs.String("out", "configs/models", "where to write the .onnx model and its card")
	if err := fs.Parse(args); err != nil {
		return err
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
