package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/backtest/train"
)

func runModel(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 || args[0] != "train" {
		return errors.New("usage: steward model train [-data DIR] [-out DIR]")
	}
	fs := flag.NewFlagSet("model train", flag.ContinueOnError)
	fs.SetOutput(stderr)
	dataDir := fs.String("data", "", "shared data folder (default: found above the working directory, or $"+dataset.SharedDataEnv+"; else the copy of the closes built into the binary)")
	outDir := fs.String("out", "configs/models", "where to write the .onnx model and its card")
	if err := fs.Parse(args[1:]); err != nil {
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
	fmt.Fprintf(stdout, "%+v\n", res)
	return nil
}
