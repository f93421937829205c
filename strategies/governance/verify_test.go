package governance

import (
	"context"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/generate"
)

// created is a generated proposal as the chain has it, analysed as the
// agent would: with the address book and the node's reads.
type created struct {
	name    string
	harmful bool
	c       Created
	a       features.Analysis
}

// agentContext stands in for the node's reads: the log cannot tell them,
// so their values must not matter to the Deriver.
var agentContext = struct {
	params  *features.GovParams
	history *features.History
}{
	&features.GovParams{VotingDelay: big.NewInt(100), VotingPeriod: big.NewInt(50_400), QuorumNumerator: big.NewInt(4),
		TimelockDelay: big.NewInt(172_800), ProposalThreshold: big.NewInt(1e18)},
	&features.History{PriorProposals: 2, VotesAtProposal: big.NewInt(5e18), VotesBlocksBefore: big.NewInt(1e18), Supply: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1000))},
}

// createdProposals reads the generated proposals' ProposalCreated logs
// and analyses each with the demo's address book and agentContext.
func (d *dao) createdProposals(t *testing.T) []created {
	t.Helper()
	logs, err := d.backend.Client().FilterLogs(context.Background(), ethereum.FilterQuery{FromBlock: new(big.Int),
		Addresses: []common.Address{d.gov.Governor}, Topics: [][]common.Hash{{ProposalCreatedTopic}}})
	if err != nil {
		t.Fatal(err)
	}
	gen, book := generate.Proposals(d.gen), d.program(t).cfg.Book
	if len(logs) != len(gen) {
		t.Fatalf("%d ProposalCreated logs for %d proposals", len(logs), len(gen))
	}
	out := make([]created, len(logs))
	for i, l := range logs {
		c, err := DecodeCreated(l)
		if err != nil {
			t.Fatal(err)
		}
		a := features.Analyze(features.Input{Proposal: c.Proposal, Book: book, Params: agentContext.params, History: agentContext.history})
		out[i] = created{name: gen[i].Name, harmful: gen[i].Harmful, c: c, a: a}
	}
	return out
}

// derivation is the Derivation `steward verify` builds for a score of
// proposal c with the published vector v, included at block at.
func derivation(chain program.DeriveChain, scores common.Address, c Created, v []int64, at uint64) program.Derivation {
	return program.Derivation{Chain: chain, Target: scores,
		Outputs:  program.Output{Values: []int64{35 * features.Scale}, Scale: features.Scale, InputScale: features.Scale},
		Inputs:   commit.EncodeInts(v),
		Context:  commit.Context{Strategy: DerivationName, Values: idLimbs(c.ID)},
		Record:   commit.Record{BlockNumber: at},
		Included: at + 1}
}

// TestDeriverBindsFeaturesToTheProposal: the Deriver re-derives a score
// only on features its proposal's ProposalCreated log gives. Guards a
// past bug: it took any published vector, so an agent could post a
// harmful proposal's score computed on a harmless proposal's features
// (or on zeros) and `steward verify` passed it.
func TestDeriverBindsFeaturesToTheProposal(t *testing.T) {
	d := newDAO(t)
	ctx := context.Background()
	head, err := d.backend.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	props := d.createdProposals(t)
	harmful := slices.IndexFunc(props, func(p created) bool { return p.harmful && p.a.Floor >= Review })
	benign := slices.IndexFunc(props, func(p created) bool { return !p.harmful })
	if harmful < 0 || benign < 0 {
		t.Fatal("the generator has no harmful proposal with a review floor, or no benign one")
	}
	for _, p := range props {
		if _, err := (Deriver{}).Derive(ctx, derivation(d.backend.Client(), d.gov.Scores, p.c, p.a.Vector, head)); err != nil {
			t.Fatalf("%s, as the agent analysed it: %v", p.name, err)
		}
	}

	target := props[harmful]
	with := func(change func(v []int64)) []int64 {
		v := slices.Clone(target.a.Vector)
		change(v)
		return v
	}
	failed := make([]int64, features.NumFeatures)
	failed[features.AnalysisFailed] = features.Scale
	for _, c := range []struct {
		name   string
		vector []int64
		change func(*program.Derivation)
		want   error  // errors.Is, else
		substr string // in the message; "" for success
	}{
		{name: "another proposal's features", vector: props[benign].a.Vector, want: ErrFeaturesDiffer},
		{name: "all zeros", vector: make([]int64, features.NumFeatures), want: ErrFeaturesDiffer},
		{name: "a call hidden", vector: with(func(v []int64) { v[features.CallCount] -= features.Scale }), substr: "call_count"},
		{name: "instructions the description does not hold", vector: with(func(v []int64) { v[features.InstructionLike] += features.Scale }), substr: "instruction_like"},
		{name: "fewer transfers than its calls make", vector: with(func(v []int64) { v[features.Transfers] = 0 }), substr: "transfers"},
		// A simulation may see more than the decoded calls: more is not a lie.
		{name: "more transfers than its calls make", vector: with(func(v []int64) { v[features.Transfers] += features.Scale })},
		// What the log cannot tell is not checked.
		{name: "another address book", vector: with(func(v []int64) { v[features.UnknownTargets] = 0; v[features.HistoryKnown] = 0 })},
		// A failed analysis floors the score at review: nothing to compare.
		{name: "a failed analysis", vector: failed},
		{name: "inputs at another scale", vector: target.a.Vector, substr: "scale",
			change: func(d *program.Derivation) { d.Outputs.InputScale = 1_000_000 }},
		{name: "no block to search from", vector: target.a.Vector, substr: "block range",
			change: func(d *program.Derivation) { d.Record.BlockNumber, d.Included = 0, 0 }},
		{name: "a search that ends before the proposal", vector: target.a.Vector, substr: "no ProposalCreated log",
			change: func(d *program.Derivation) { d.Record.BlockNumber, d.Included = target.c.Block-1, target.c.Block }},
	} {
		t.Run(c.name, func(t *testing.T) {
			der := derivation(d.backend.Client(), d.gov.Scores, target.c, c.vector, head)
			if c.change != nil {
				c.change(&der)
			}
			got, err := Deriver{}.Derive(ctx, der)
			switch {
			case c.want == nil && c.substr == "":
				if err != nil {
					t.Fatalf("derive: %v", err)
				}
				if want := max(35, features.Floor(c.vector)); got[contracts.Param(contracts.ParamScore)].Int64() != int64(want) {
					t.Fatalf("score %v, want %d", got[contracts.Param(contracts.ParamScore)], want)
				}
			case c.want != nil && !errors.Is(err, c.want):
				t.Fatalf("err %v, want %v", err, c.want)
			case c.substr != "" && (err == nil || !strings.Contains(err.Error(), c.substr)):
				t.Fatalf("err %v, want one naming %q", err, c.substr)
			}
		})
	}
}

// spanCounter checks every eth_getLogs request the Deriver sends spans at
// most createdChunk blocks.
type spanCounter struct {
	program.DeriveChain
	t        *testing.T
	requests int
}

func (s *spanCounter) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	s.requests++
	if q.FromBlock == nil || q.ToBlock == nil || q.ToBlock.Uint64()-q.FromBlock.Uint64()+1 > createdChunk {
		s.t.Errorf("eth_getLogs over blocks %v..%v: more than %d", q.FromBlock, q.ToBlock, createdChunk)
	}
	return s.DeriveChain.FilterLogs(ctx, q)
}

// TestDeriverSearchesInChunks: a score posted more than createdChunk
// blocks after its proposal is found by requests of at most createdChunk
// blocks each.
func TestDeriverSearchesInChunks(t *testing.T) {
	d := newDAO(t)
	ctx := context.Background()
	props := d.createdProposals(t)
	for range createdChunk + 10 {
		d.backend.Commit()
	}
	head, err := d.backend.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	chain := &spanCounter{DeriveChain: d.backend.Client(), t: t}
	if _, err := (Deriver{}).Derive(ctx, derivation(chain, d.gov.Scores, props[0].c, props[0].a.Vector, head)); err != nil {
		t.Fatal(err)
	}
	if chain.requests < 2 {
		t.Fatalf("%d requests over %d blocks", chain.requests, head-props[0].c.Block)
	}
}

// TestFeatureClasses: logFeatures, staticFeatures, uncheckedFeatures and
// analysis_failed are every feature, once; and on each generated proposal
// the features the Deriver checks are the same with and without the
// address book and the node's reads (the checked ones do not depend on
// them).
func TestFeatureClasses(t *testing.T) {
	seen := map[features.Index]string{features.AnalysisFailed: "analysis_failed"}
	for name, class := range map[string][]features.Index{"logFeatures": logFeatures, "staticFeatures": staticFeatures, "uncheckedFeatures": uncheckedFeatures} {
		for _, i := range class {
			if prev, ok := seen[i]; ok {
				t.Fatalf("%s is in %s and %s", i, prev, name)
			}
			seen[i] = name
		}
	}
	for i := range features.NumFeatures {
		if _, ok := seen[features.Index(i)]; !ok {
			t.Fatalf("feature %s is in no class: say whether the Deriver can check it", features.Index(i))
		}
	}
	d := newDAO(t)
	for _, p := range d.createdProposals(t) {
		alone := features.Analyze(features.Input{Proposal: p.c.Proposal})
		for _, i := range slices.Concat(logFeatures, staticFeatures) {
			if p.a.Vector[i] != alone.Vector[i] {
				t.Fatalf("%s: %s is %d with the book and reads, %d without", p.name, i, p.a.Vector[i], alone.Vector[i])
			}
		}
	}
}
