package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/backtest/mm"
	"github.com/steward-agents/steward/backtest/record"
	"github.com/steward-agents/steward/backtest/report"
)

// backtestOptions are `steward backtest`'s flags, for a kind's backtest.
type backtestOptions struct {
	cfgPath   string
	from, to  int
	executor  string
	market    string
	out       string
	recording string
}

// backtester runs one kind's backtest of cfg and writes its outputs.
type backtester func(ctx context.Context, cfg *config.Config, o backtestOptions, stdout io.Writer) error

// runBacktest runs the backtest of the kind the config names.
func runBacktest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("backtest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o backtestOptions
	fs.StringVar(&o.cfgPath, "c", "", "agent config (YAML); required")
	fs.IntVar(&o.from, "from", 0, "first step of the data, 0-based (for market making: the recorded block, or minute with --market minutes)")
	fs.IntVar(&o.to, "to", 0, "last step, exclusive (0 = the end of the data)")
	fs.StringVar(&o.executor, "executor", "exact", "exact: the real contracts on the embedded EVM; fast: the Go pool model (exact maths, no EVM, no gas), for sweeps")
	fs.StringVar(&o.market, "market", string(mm.MarketSwaps), "market making: swaps (each recorded swap, mint and burn of the day, one block per recorded block) or minutes (the day's minute closes, one swap a block)")
	fs.StringVar(&o.out, "out", "", "directory for summary.json, report.html and the run's records (default data/backtest-<agent>)")
	fs.StringVar(&o.recording, "recording", "", "replay this recording (`steward record`) through the agent on paper instead; writes replay.json")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if o.cfgPath == "" {
		return errors.New("-c <config.yaml> is required")
	}
	if !slices.Contains(mm.Markets, mm.Market(o.market)) {
		return fmt.Errorf("--market %q: swaps or minutes", o.market)
	}
	if o.executor != "exact" && o.executor != "fast" {
		return fmt.Errorf("--executor %q: exact (the real contracts on the embedded EVM) or fast (the Go pool model)", o.executor)
	}
	cfg, err := config.Load(o.cfgPath, kinds())
	if err != nil {
		return err
	}
	if o.out == "" {
		o.out = filepath.Join("data", "backtest-"+cfg.Agent.Name)
	}
	if o.recording != "" {
		return backtestRecording(ctx, cfg, o, stdout)
	}
	var known []string
	for _, e := range registered() {
		if e.backtest != nil {
			known = append(known, e.Name)
		}
		if e.Name == cfg.Kind.Name {
			if e.backtest == nil {
				return fmt.Errorf("agent.strategy %s has no backtest yet (kinds with one: %s)", cfg.Kind.Name, strings.Join(known, ", "))
			}
			return e.backtest(ctx, cfg, o, stdout)
		}
	}
	return fmt.Errorf("agent.strategy %s is not registered", cfg.Kind.Name)
}

// backtestMarketMaking replays the recorded day's swaps or minute closes
// (or the --from/--to part of them) on either executor (backtest/mm).
func backtestMarketMaking(ctx context.Context, cfg *config.Config, o backtestOptions, stdout io.Writer) error {
	fmt.Fprintf(stdout, "steward backtest: %s, executor %s, market %s\n", cfg.Agent.Name, o.executor, o.market)
	bar := newProgress(stdout, "blocks")
	execute := mm.Execute
	if o.executor == "fast" {
		execute = mm.ExecuteFast
	}
	res, err := execute(ctx, cfg, mm.Window{Market: mm.Market(o.market), From: o.from, To: o.to}, filepath.Join(o.out, "backtest.db"), bar.update)
	bar.done()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "data: %s\n", res.Report.Source)
	if err := report.WriteDir(o.out, res.Report); err != nil {
		return err
	}
	writeResultTable(stdout, res.Report)
	if o.executor == "fast" {
		fmt.Fprintf(stdout, "%d ticks (%d failed); %d re-ranges applied on the Go model (the guard's checks in Go; no gas, nothing to verify)\n",
			res.Ticks, res.Errors, res.Report.Strategies[0].Metrics.Reranges)
	} else {
		fmt.Fprintf(stdout, "%d ticks (%d failed); %d re-ranges applied through the guard, %d verified from the chain as `steward verify` does\n",
			res.Ticks, res.Errors, res.Report.Strategies[0].Metrics.Reranges, res.Verified)
	}
	fmt.Fprintf(stdout, "wrote %s and %s (records: %s)\n", filepath.Join(o.out, "summary.json"), filepath.Join(o.out, "report.html"), filepath.Join(o.out, "backtest.db"))
	return nil
}

// backtestRecording replays a recording through the agent with a paper
// executor (any kind: the program reads only what was recorded).
func backtestRecording(ctx context.Context, cfg *config.Config, o backtestOptions, stdout io.Writer) error {
	if cfg.Model.Card == "" {
		return errors.New("model.card: a replay runs an ONNX model (an LLM's answers cannot be replayed offline)")
	}
	if _, err := os.Stat(o.recording); err != nil {
		return fmt.Errorf("--recording: %w", err)
	}
	st, err := record.Open(ctx, o.recording)
	if err != nil {
		return err
	}
	defer st.Close()
	rt, err := agents.Runtime()
	if err != nil {
		return err
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(cfg.Model.Card))
	if err != nil {
		return fmt.Errorf("model.card: %w", err)
	}
	defer mdl.Close()
	if err := os.MkdirAll(o.out, 0o755); err != nil {
		return err
	}
	res, err := record.Backtest(ctx, st, cfg, mdl, filepath.Join(o.out, "replay.db"))
	if err != nil {
		return err
	}
	data, err := json.MarshalIndent(res, "", "  ")
	if err != nil {
		return err
	}
	path := filepath.Join(o.out, "replay.json")
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "steward backtest: %s replayed %d recorded blocks on paper:", cfg.Agent.Name, res.Blocks)
	for _, n := range res.StageNames() {
		fmt.Fprintf(stdout, " %s %d", n, res.Stages[n])
	}
	fmt.Fprintf(stdout, "; %d bundles kept\nwrote %s\n", res.Bundles, path)
	return nil
}

// writeResultTable prints the strategy and its baselines side by side.
func writeResultTable(w io.Writer, r report.Run) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "\tPnL\tvs hold\tfees\tIL\tmax DD\tSharpe\tin range\tre-ranges\tgas\t")
	for _, s := range r.Strategies {
		m := s.Metrics
		fmt.Fprintf(tw, "%s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.0f%%\t%d\t%d\t\n", s.Name, m.PnL, m.PnLVsHold, m.FeesEarned,
			m.ImpermanentLoss, m.MaxDrawdown, m.Sharpe, 100*m.TimeInRange, m.Reranges, m.GasUsed)
	}
	_ = tw.Flush()
}
