package governance

import (
	"context"
	"fmt"
	"strings"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Review is the score at or above which a proposal must not pass without
// review.
const Review = 70

// Scorer scores a proposal outside the agent (`steward score`), the same
// way the agent does: the model's score over the features, raised to the
// features' floor.
type Scorer struct {
	// Model runs the scoring model on a feature vector (features.Names
	// order, at features.Scale).
	Model func(ctx context.Context, features []float64) (program.Output, error)
	// Book names the DAO's accounts; nil: every address is unknown.
	Book *proposal.Book
	// Simulate, if set, executes the proposal on a node (package
	// simulate); its effects feed the features.
	Simulate func(ctx context.Context, p *proposal.Proposal) (*effects.Effects, error)
}

// Result is a proposal's score with what it rests on. Score, Flags and
// Explanation are `steward score --json`'s top-level keys.
type Result struct {
	Score       int             `json:"score"`
	Flags       []features.Flag `json:"flags"`
	Explanation string          `json:"explanation"`
	// Model is the model's score, Floor the features' floor; Score is the
	// larger. Review is Score ≥ Review.
	Model  int  `json:"model"`
	Floor  int  `json:"floor"`
	Review bool `json:"review"`
	// Bits are the flags as ProposalScores keeps them; Features the vector.
	Bits     uint64           `json:"bits"`
	Features map[string]int64 `json:"features"`
	Calls    []*decode.Node   `json:"calls"`
	Effects  *effects.Effects `json:"effects,omitempty"`
}

// Score analyses, simulates (when the scorer can) and scores p.
func (s Scorer) Score(ctx context.Context, p *proposal.Proposal) (Result, error) {
	calls := p.Calls()
	nodes := make([]*decode.Node, len(calls))
	for i, c := range calls {
		nodes[i] = decode.Decode(c)
	}
	in := features.Input{Proposal: p, Calls: nodes, Book: s.Book}
	var r Result
	if s.Simulate != nil {
		eff, err := s.Simulate(ctx, p)
		if err != nil {
			return Result{}, fmt.Errorf("simulate: %w", err)
		}
		in.Effects, r.Effects = eff, eff
	}
	a := features.Analyze(in)
	vec := make([]float64, len(a.Vector))
	r.Features = make(map[string]int64, len(a.Vector))
	for i, x := range a.Vector {
		vec[i] = float64(x) / features.Scale
		r.Features[features.Names[i]] = x
	}
	out, err := s.Model(ctx, vec)
	if err != nil {
		return Result{}, fmt.Errorf("model: %w", err)
	}
	if r.Model, err = ModelScore(out); err != nil {
		return Result{}, err
	}
	r.Floor, r.Bits, r.Flags, r.Calls = a.Floor, a.Bits, a.Flags, nodes
	if r.Flags == nil {
		r.Flags = []features.Flag{}
	}
	r.Score = max(r.Model, r.Floor)
	r.Review = r.Score >= Review
	r.Explanation = Explain(r)
	return r, nil
}

// Explain writes the explanation a delegate reads, from the flags alone
// (the proposal's text is never quoted into it).
func Explain(r Result) string {
	var b strings.Builder
	verdict := "no flag raises it to review"
	if r.Review {
		verdict = "do not pass without review"
	}
	fmt.Fprintf(&b, "Risk %d of %d: %s. ", r.Score, contracts.MaxScore, verdict)
	switch {
	case r.Floor > r.Model:
		fmt.Fprintf(&b, "The model scored %d; the flags set a floor of %d. ", r.Model, r.Floor)
	default:
		fmt.Fprintf(&b, "The model scored %d (the flags' floor is %d). ", r.Model, r.Floor)
	}
	if len(r.Flags) == 0 {
		b.WriteString("No flags.")
		return b.String()
	}
	b.WriteString("Flags: ")
	for i, f := range r.Flags {
		if i > 0 {
			b.WriteString("; ")
		}
		where := "the proposal"
		if f.Call >= 0 {
			where = fmt.Sprintf("call %d", f.Call)
			if f.Call < len(r.Calls) && r.Calls[f.Call].Method != "" {
				where += " (" + r.Calls[f.Call].Method + ")"
			}
		}
		fmt.Fprintf(&b, "%s on %s: %s", f.Kind, where, f.Detail)
	}
	b.WriteString(".")
	return b.String()
}
