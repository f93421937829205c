package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	gethrpc "github.com/ethereum/go-ethereum/rpc"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/inference/llm"
	"github.com/steward-agents/steward/strategies/governance"
	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
	"github.com/steward-agents/steward/strategies/governance/report"
	"github.com/steward-agents/steward/strategies/governance/simulate"
)

// scoreInvalid is a malformed proposal or address book: exit 2.
type scoreInvalid struct{ error }

func (e scoreInvalid) ExitCode() int { return 2 }
func (e scoreInvalid) Unwrap() error { return e.error }

// runScore scores one proposal file: `steward score --proposal file.json`.
func runScore(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("score", flag.ContinueOnError)
	fs.SetOutput(stderr)
	file := fs.String("proposal", "", "the proposal: a Governor propose JSON ({targets, values, calldatas, signatures?, description, proposer?, chainId?}), an Aave v2 report record, a blockful record or {executableCalls}; required")
	book := fs.String("addresses", "", "address book: {\"name\": \"0x…\"} or [{address, name, role}]; addresses not in it count as unknown")
	card := fs.String("model", "configs/models/governance/gov-risk-v1.card.json", "the scoring model's card")
	asJSON := fs.Bool("json", false, "print score, flags and explanation (and what they rest on) as JSON")
	rpcURL := fs.String("rpc", "", "a node to simulate the proposal on (eth_simulateV1; debug_traceCall where served): its effects join the features")
	executor := fs.String("executor", "", "with --rpc: the account that executes the proposal (the DAO's timelock); default: the address book's timelock")
	llmCfg := fs.String("llm", "", "an LLM config (inference/llm; e.g. configs/llm/governance-explainer.yaml) that writes the explanation and may add flags; it never lowers the score")
	llmRaise := fs.Int("llm-raise", governance.DefaultMaxRaise, "the most the LLM may raise the score (0: it only explains)")
	reportDir := fs.String("report", "", "also write <name>.md and a self-contained <name>.html report into this directory")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *file == "" {
		return scoreInvalid{errors.New("--proposal <file.json> is required")}
	}
	data, err := os.ReadFile(*file)
	if err != nil {
		return scoreInvalid{fmt.Errorf("--proposal: %w", err)}
	}
	p, err := proposal.Parse(data)
	if err != nil {
		return scoreInvalid{fmt.Errorf("%s: %w", *file, err)}
	}
	s := governance.Scorer{}
	if *book != "" {
		data, err := os.ReadFile(*book)
		if err != nil {
			return scoreInvalid{fmt.Errorf("--addresses: %w", err)}
		}
		if s.Book, err = proposal.ParseBook(data); err != nil {
			return scoreInvalid{fmt.Errorf("%s: %w", *book, err)}
		}
	}
	if *rpcURL != "" {
		exec, err := scoreExecutor(*executor, s.Book)
		if err != nil {
			return scoreInvalid{err}
		}
		client, err := gethrpc.DialContext(ctx, *rpcURL)
		if err != nil {
			return fmt.Errorf("--rpc: %w", err)
		}
		defer client.Close()
		s.Simulate = func(ctx context.Context, p *proposal.Proposal) (*effects.Effects, error) {
			return simulate.Run(ctx, client, p, simulate.Options{Executor: exec})
		}
	}
	rt, err := agents.Runtime()
	if err != nil {
		return err
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(*card))
	if err != nil {
		return fmt.Errorf("--model: %w", err)
	}
	defer mdl.Close()
	s.Model = func(ctx context.Context, f []float64) (program.Output, error) {
		inf, err := mdl.Run(ctx, program.Input{Features: f})
		return program.Output{Values: inf.Outputs, Scale: inf.OutputScale, InputScale: inf.InputScale}, err
	}
	r, err := s.Score(ctx, p)
	if err != nil {
		return err
	}
	if *llmCfg != "" {
		lc, err := llm.LoadConfig(*llmCfg)
		if err != nil {
			return fmt.Errorf("--llm: %w", err)
		}
		client, err := llm.New(lc, slog.New(slog.DiscardHandler))
		if err != nil {
			return fmt.Errorf("--llm: %w", err)
		}
		if r, err = (governance.Explainer{LLM: client, MaxRaise: *llmRaise}).Apply(ctx, p, r); err != nil {
			return err
		}
	}
	if *reportDir != "" {
		if err := writeScoreReports(*reportDir, *file, p, s.Book, r); err != nil {
			return err
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(r)
	}
	fmt.Fprintf(stdout, "score %d%s\n", r.Score, map[bool]string{true: "  (≥ 70: do not pass without review)", false: ""}[r.Review])
	fmt.Fprintf(stdout, "model %d, floor %d\n", r.Model, r.Floor)
	for _, f := range r.Flags {
		fmt.Fprintf(stdout, "flag  %-22s call %-3d %s\n", f.Kind, f.Call, f.Detail)
	}
	fmt.Fprintln(stdout, "calls:")
	var tree strings.Builder
	if err := decode.WriteText(&tree, r.Calls, s.Book); err != nil {
		return err
	}
	for _, line := range strings.Split(strings.TrimRight(tree.String(), "\n"), "\n") {
		fmt.Fprintln(stdout, "  "+line)
	}
	fmt.Fprintln(stdout, r.Explanation)
	return nil
}

// writeScoreReports writes the proposal's Markdown and HTML reports.
func writeScoreReports(dir, file string, p *proposal.Proposal, book *proposal.Book, r governance.Result) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	name := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	rp := report.Proposal{Title: name, Description: p.Description, Result: r, Book: book}
	for _, f := range []struct {
		ext   string
		write func(io.Writer, report.Proposal) error
	}{{".md", report.WriteMarkdown}, {".html", report.WriteHTML}} {
		var b strings.Builder
		if err := f.write(&b, rp); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, name+f.ext), []byte(b.String()), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// scoreExecutor is --executor, or the book's timelock.
func scoreExecutor(flagValue string, book *proposal.Book) (common.Address, error) {
	if flagValue != "" {
		a, err := program.ParseAddress(flagValue)
		if err != nil {
			return common.Address{}, fmt.Errorf("--executor %q %v", flagValue, err)
		}
		return a, nil
	}
	if tl := book.Role(proposal.RoleTimelock); len(tl) == 1 {
		return tl[0], nil
	}
	return common.Address{}, errors.New("--rpc needs --executor (the DAO's timelock), or an address book naming exactly one timelock")
}
