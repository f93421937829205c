package governance

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"strconv"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// DerivationName names the governance derivation in a published context
// (commit.Context.Strategy), for `steward verify`.
const DerivationName = "governance/v1"

// ProgramConfig configures the proposal-scoring program.
type ProgramConfig struct {
	Governor, Scores common.Address
	Book             *proposal.Book
	// Lookback is how many blocks before the first head Observe searches
	// for proposals created while the agent was not running.
	Lookback uint64
	// Vote, when set, has ProposalScores cast Support (contracts.VoteAgainst
	// or VoteAbstain) on every proposal scored at Review or above, once its
	// vote opens.
	Vote    bool
	Support uint8
}

// Program adapts proposal scoring to the runtime's seam: it collects the
// Governor's ProposalCreated events (a trigger: the block that creates a
// proposal is due at once), keeps the proposals that are still Pending and
// whose score is not yet posted, and scores one a tick, the one whose vote
// starts first: its features (package features) are the model's input; the
// posted score is the model's, raised to the features' floor; the flags are
// the features'. The score goes to ProposalScores through the guard like
// any guarded change, so `steward verify` checks it as it checks a range.
//
// Time is the Governor's clock (ERC-6372 clock(): a block number, or a
// timestamp for a Governor on the timestamp clock), read once a tick,
// since a proposal's voteStart and voteEnd count in it.
type Program struct {
	cfg      ProgramConfig
	chain    program.ChainReader
	scores   *bindings.ProposalScores
	gov      *bindings.StewardGovernor
	queue    []*pending      // unscored, by VoteStart (earliest first)
	votes    []*pending      // scored ≥ Review, by VoteEnd (earliest first)
	seen     map[string]bool // proposal ids queued or done
	lookback *blockRange     // what the lookback search has still to read; nil before the first head
}

// pending is a proposal waiting for its score (or, scored, for its vote).
type pending struct {
	Created
	analysis features.Analysis
	vote     bool // Decide casts the vote instead of posting the score
}

// blockRange is blocks From..To-1.
type blockRange struct{ From, To uint64 }

// The IGovernor.ProposalState values the program tells apart (OpenZeppelin's
// Governor and Governor Bravo number them alike).
const (
	statePending = 0
	stateActive  = 1
)

var _ program.Program = (*Program)(nil)

// NewProgram checks the config.
func NewProgram(cfg ProgramConfig, chain program.ChainReader) (*Program, error) {
	if cfg.Governor == (common.Address{}) || cfg.Scores == (common.Address{}) {
		return nil, errors.New("governance: ProgramConfig.Governor and .Scores are required")
	}
	if cfg.Lookback == 0 {
		cfg.Lookback = DefaultLookback
	}
	if cfg.Vote && cfg.Support != contracts.VoteAgainst && cfg.Support != contracts.VoteAbstain {
		return nil, fmt.Errorf("governance: a vote is against (%d) or abstain (%d), not %d", contracts.VoteAgainst, contracts.VoteAbstain, cfg.Support)
	}
	return &Program{cfg: cfg, chain: chain, scores: bindings.NewProposalScores(), gov: bindings.NewStewardGovernor(), seen: map[string]bool{}}, nil
}

// Declare lists the state and action keys, ProposalScores' posted
// parameters, and the Governor's ProposalCreated events as triggers.
func (g *Program) Declare() program.Declaration {
	params := []string{contracts.ParamProposalIDHi, contracts.ParamProposalIDLo, contracts.ParamScore, contracts.ParamFlags}
	if g.cfg.Vote {
		params = append(params, contracts.ParamVote)
	}
	guarded := make([]program.GuardedParam, 0, len(params))
	for _, p := range params {
		guarded = append(guarded, program.GuardedParam{Target: g.cfg.Scores, Param: p})
	}
	return program.Declaration{
		State:   []string{"queued", "votes", "calls", "votingStartsIn", "floor"},
		Action:  []string{"score", "model", "floor", "flags", "calls", "vote"},
		Guarded: guarded,
		Events:  []program.Event{{Address: g.cfg.Governor, Topics: []common.Hash{ProposalCreatedTopic}, Trigger: true}},
		Display: []string{"queued", "votingStartsIn", "calls", "score", "floor", "flags", "vote"},
	}
}

// Observe queues the block's new proposals (and, until it has read them
// all, those of the lookback window before the first head), drops the ones
// that need no score, and analyses the next one; with none to score, it
// looks for a vote to cast.
func (g *Program) Observe(ctx context.Context, head *types.Header, logs []types.Log) (program.Observation, error) {
	// The head's proposals first: a tick that fails later is not given its
	// logs again.
	for _, l := range logs {
		if err := g.add(l); err != nil {
			return program.Observation{}, err
		}
	}
	if err := g.prime(ctx, head.Number.Uint64()); err != nil {
		return program.Observation{}, err
	}
	if len(g.queue) == 0 && len(g.votes) == 0 {
		return program.Observation{Block: head, State: map[string]any{"queued": int64(0)}, Idle: "no proposal to score"}, nil
	}
	now, err := g.clock(ctx, head)
	if err != nil {
		return program.Observation{}, err
	}
	next, err := g.nextToScore(ctx, head.Number, now)
	if err != nil {
		return program.Observation{}, err
	}
	if next == nil {
		return g.observeVote(ctx, head, now)
	}
	if err := g.analyze(ctx, next); err != nil {
		return program.Observation{}, err
	}
	state := map[string]any{"queued": int64(len(g.queue)), "calls": int64(len(next.Proposal.Targets)),
		"votingStartsIn": int64(next.VoteStart - now), "floor": int64(next.analysis.Floor)}
	return program.Observation{Block: head, State: state, Private: next}, nil
}

// prime queues the proposals of the lookback window before the first
// head, logChunk blocks a request; a tick that fails goes on, at the next
// head, from the range that failed.
func (g *Program) prime(ctx context.Context, head uint64) error {
	if g.lookback == nil {
		g.lookback = &blockRange{From: head - min(head, g.cfg.Lookback), To: head}
	}
	r := g.lookback
	for r.From < r.To {
		to := min(r.To, r.From+logChunk)
		if err := createdLogs(ctx, g.chain, g.cfg.Governor, r.From, to-1, g.add); err != nil {
			return fmt.Errorf("governance: the proposals before the first head: %w", err)
		}
		r.From = to
	}
	return nil
}

// add queues the proposal a ProposalCreated log announces, unless it was
// seen before, in order of VoteStart (then of arrival).
func (g *Program) add(l types.Log) error {
	c, err := DecodeCreated(l)
	if err != nil {
		return err
	}
	key := c.ID.String()
	if g.seen[key] {
		return nil
	}
	g.seen[key] = true
	i := sort.Search(len(g.queue), func(i int) bool { return g.queue[i].VoteStart > c.VoteStart })
	g.queue = slices.Insert(g.queue, i, &pending{Created: c})
	return nil
}

// clock is the Governor's clock at head: what its clock() (ERC-6372)
// returns, a block number or a timestamp. A Governor without clock()
// (Governor Bravo, OpenZeppelin's before 4.9) counts blocks.
func (g *Program) clock(ctx context.Context, head *types.Header) (uint64, error) {
	out, err := g.chain.CallContract(ctx, ethereum.CallMsg{To: &g.cfg.Governor, Data: g.gov.PackClock()}, head.Number)
	if err != nil {
		if contracts.IsRevert(err) {
			return head.Number.Uint64(), nil
		}
		return 0, fmt.Errorf("governance: %s.clock() at block %s: %w", g.cfg.Governor, head.Number, err)
	}
	now, err := g.gov.UnpackClock(out)
	if err != nil || !now.IsUint64() {
		return 0, fmt.Errorf("governance: %s.clock() at block %s answers %#x, not a uint48 (is it a Governor?)", g.cfg.Governor, head.Number, out)
	}
	return now.Uint64(), nil
}

// nextToScore returns the queued proposal to score next, or nil. From the
// front of the queue (the earliest vote first) it drops those that need no
// score: posted already (at Review or above, with Vote set, it waits for
// its vote), too late to score, or no longer Pending (cancelled).
func (g *Program) nextToScore(ctx context.Context, at *big.Int, now uint64) (*pending, error) {
	for len(g.queue) > 0 {
		next := g.queue[0]
		// Scored first: a proposal scored in its last Pending block is
		// past its VoteStart by the next head, and waits for its vote.
		s, err := g.scoreOf(ctx, next.ID, at)
		if err != nil {
			return nil, err
		}
		if s.Scored {
			g.queue = g.queue[1:]
			if g.cfg.Vote && s.Score >= Review {
				g.addVote(next)
			}
			continue
		}
		// A post lands in a later block, whose clock is past now;
		// ProposalScores takes it while the proposal is Pending, clock ≤
		// VoteStart.
		if now >= next.VoteStart {
			g.queue = g.queue[1:]
			continue
		}
		st, known, err := g.state(ctx, next.ID, at)
		if err != nil {
			return nil, err
		}
		if !known || st != statePending {
			g.queue = g.queue[1:] // cancelled (or gone with a reorg): ProposalScores would refuse it
			continue
		}
		return next, nil
	}
	return nil, nil
}

// addVote keeps p for its vote, in order of VoteEnd (then of arrival).
func (g *Program) addVote(p *pending) {
	i := sort.Search(len(g.votes), func(i int) bool { return g.votes[i].VoteEnd > p.VoteEnd })
	g.votes = slices.Insert(g.votes, i, p)
}

// analyze gives p its features, once: the DAO's settings and the
// proposer's history read from the node, and the decoded calls.
func (g *Program) analyze(ctx context.Context, p *pending) error {
	if p.analysis.Vector != nil {
		return nil
	}
	params, hist, err := readContext(ctx, g.chain, g.cfg.Governor, p.Created, g.cfg.Lookback)
	if err != nil {
		return err
	}
	p.analysis = features.Analyze(features.Input{Proposal: p.Proposal, Book: g.cfg.Book, Params: params, History: hist}) // Analyze decodes the calls
	return nil
}

// scoreOf reads id's posted score from ProposalScores.
func (g *Program) scoreOf(ctx context.Context, id *big.Int, at *big.Int) (bindings.ScoreOfOutput, error) {
	out, err := g.chain.CallContract(ctx, ethereum.CallMsg{To: &g.cfg.Scores, Data: g.scores.PackScoreOf(id)}, at)
	if err != nil {
		return bindings.ScoreOfOutput{}, fmt.Errorf("governance: ProposalScores.scoreOf(%s): %w", id, contracts.DecodeError(err))
	}
	s, err := g.scores.UnpackScoreOf(out)
	if err != nil {
		return bindings.ScoreOfOutput{}, fmt.Errorf("governance: ProposalScores.scoreOf(%s) at %s: %w (is it a ProposalScores contract?)", id, g.cfg.Scores, err)
	}
	return s, nil
}

// state reads id's IGovernor.ProposalState at block at; known is false when
// the Governor does not know the proposal (state reverts, as after a reorg
// removed the block that created it).
func (g *Program) state(ctx context.Context, id *big.Int, at *big.Int) (st uint8, known bool, err error) {
	out, err := g.chain.CallContract(ctx, ethereum.CallMsg{To: &g.cfg.Governor, Data: g.gov.PackState(id)}, at)
	if err != nil {
		if contracts.IsRevert(err) {
			return 0, false, nil
		}
		return 0, false, fmt.Errorf("governance: %s.state(%s) at block %s: %w", g.cfg.Governor, id, at, err)
	}
	if st, err = g.gov.UnpackState(out); err != nil {
		return 0, false, fmt.Errorf("governance: %s.state(%s) answers %#x: %w", g.cfg.Governor, id, out, err)
	}
	return st, true, nil
}

// observeVote picks, of the proposals scored at Review or above, the one
// whose vote closes first among those ProposalScores can vote on now, and
// analyses it if it was not (a proposal found scored after a restart). It
// drops those whose vote is over or too close to its end, that are no
// longer Pending or Active (cancelled), or that ProposalScores voted on;
// those whose vote has not opened wait.
func (g *Program) observeVote(ctx context.Context, head *types.Header, now uint64) (program.Observation, error) {
	var next *pending
	kept := make([]*pending, 0, len(g.votes))
	for i, v := range g.votes {
		if next != nil {
			kept = append(kept, g.votes[i:]...)
			break
		}
		open, keep, err := g.voteOpen(ctx, v, head.Number, now)
		if err != nil {
			return program.Observation{}, err
		}
		if keep {
			kept = append(kept, v)
		}
		if open {
			next = v
		}
	}
	g.votes = kept
	state := map[string]any{"queued": int64(0), "votes": int64(len(g.votes))}
	if next == nil {
		return program.Observation{Block: head, State: state, Idle: "no vote open to cast"}, nil // none, or none open yet
	}
	if err := g.analyze(ctx, next); err != nil {
		return program.Observation{}, err
	}
	v := *next
	v.vote = true
	state["calls"], state["floor"] = int64(len(v.Proposal.Targets)), int64(v.analysis.Floor)
	return program.Observation{Block: head, State: state, Private: &v}, nil
}

// voteOpen tells whether a vote on v sent now can count (open), and
// whether v is worth keeping for a later one. The vote lands in a later
// block, whose clock is past now; OpenZeppelin's Governor (as Bravo) takes
// it while the proposal is Active, VoteStart < clock ≤ VoteEnd: from now =
// VoteStart on, and not once now = VoteEnd, as the landing block is then
// past the deadline.
func (g *Program) voteOpen(ctx context.Context, v *pending, at *big.Int, now uint64) (open, keep bool, err error) {
	if now >= v.VoteEnd {
		return false, false, nil
	}
	st, known, err := g.state(ctx, v.ID, at)
	if err != nil || !known || (st != statePending && st != stateActive) {
		return false, false, err
	}
	if now < v.VoteStart {
		return false, true, nil
	}
	out, err := g.chain.CallContract(ctx, ethereum.CallMsg{To: &g.cfg.Governor, Data: g.gov.PackHasVoted(v.ID, g.cfg.Scores)}, at)
	if err != nil {
		return false, false, fmt.Errorf("governance: %s.hasVoted(%s) at block %s: %w", g.cfg.Governor, v.ID, at, contracts.DecodeError(err))
	}
	voted, err := g.gov.UnpackHasVoted(out)
	if err != nil {
		return false, false, fmt.Errorf("governance: %s.hasVoted(%s) answers %#x: %w", g.cfg.Governor, v.ID, out, err)
	}
	return !voted, !voted, nil
}

// Inputs asks for one inference: the next proposal's features. With no
// proposal to score the program is not ready.
func (g *Program) Inputs(obs program.Observation) ([]program.Input, bool, error) {
	next, ok := obs.Private.(*pending)
	if !ok {
		return nil, false, nil
	}
	v := next.analysis.Vector
	in := program.Input{Features: make([]float64, len(v)), Fields: map[string]string{"proposalId": next.ID.String()}}
	for i, x := range v {
		in.Features[i] = float64(x) / features.Scale
		in.Fields[features.Names[i]] = strconv.FormatInt(x, 10)
	}
	return []program.Input{in}, true, nil
}

// Decide posts the proposal's score: the model's, never below the floor
// the features set, and the features' flags.
func (g *Program) Decide(obs program.Observation, outputs []program.Output) (program.Plan, error) {
	next, ok := obs.Private.(*pending)
	if !ok || len(outputs) != 1 {
		return program.Plan{}, fmt.Errorf("governance: Decide without a proposal or with %d outputs", len(outputs))
	}
	model, err := ModelScore(outputs[0])
	if err != nil {
		return program.Plan{}, err
	}
	a := next.analysis
	score := max(model, a.Floor)
	hi, lo, err := contracts.SplitProposalID(next.ID)
	if err != nil {
		return program.Plan{}, err
	}
	action := map[string]any{"score": int64(score), "model": int64(model), "floor": int64(a.Floor), "flags": int64(a.Bits), "calls": int64(len(next.Proposal.Targets))}
	if next.vote {
		if score < Review {
			return program.Plan{Hold: true, Reason: fmt.Sprintf("score %d is below %d: no vote", score, Review), Action: action}, nil
		}
		action["vote"] = int64(g.cfg.Support)
		return program.Plan{
			Action: action,
			Calls: []program.Call{{Target: g.cfg.Scores, Record: 0,
				Params: [][32]byte{contracts.Param(contracts.ParamProposalIDHi), contracts.Param(contracts.ParamProposalIDLo), contracts.Param(contracts.ParamVote)},
				Values: []*big.Int{hi, lo, big.NewInt(int64(g.cfg.Support))}}},
			Context: commit.Context{Strategy: DerivationName, Values: append(idLimbs(next.ID), int64(g.cfg.Support))},
		}, nil
	}
	call := program.Call{Target: g.cfg.Scores, Record: 0,
		Params: [][32]byte{contracts.Param(contracts.ParamProposalIDHi), contracts.Param(contracts.ParamProposalIDLo), contracts.Param(contracts.ParamScore), contracts.Param(contracts.ParamFlags)},
		Values: []*big.Int{hi, lo, big.NewInt(int64(score)), new(big.Int).SetUint64(a.Bits)}}
	return program.Plan{
		Action: action,
		Calls:  []program.Call{call},
		// The id the score is for; the floor and flags follow from the
		// published inputs, the model score from the outputs.
		Context: commit.Context{Strategy: DerivationName, Values: idLimbs(next.ID)},
	}, nil
}

// idWords is how many 32-bit words a published context spends on a
// proposal id (its values are int64s; an OpenZeppelin id is a uint256).
const idWords = 8

// idLimbs is a proposal id as idWords 32-bit words, most significant first.
func idLimbs(id *big.Int) []int64 {
	out := make([]int64, idWords)
	v := new(big.Int).Set(id)
	mask := big.NewInt(0xffffffff)
	for i := idWords - 1; i >= 0; i-- {
		out[i] = new(big.Int).And(v, mask).Int64()
		v.Rsh(v, 32)
	}
	return out
}

// idFromLimbs is the inverse of idLimbs.
func idFromLimbs(w []int64) (*big.Int, error) {
	if len(w) != idWords {
		return nil, fmt.Errorf("governance: a proposal id is %d words, not %d", idWords, len(w))
	}
	id := new(big.Int)
	for i, x := range w {
		if x < 0 || x > 0xffffffff {
			return nil, fmt.Errorf("governance: word %d of the proposal id, %d, is not 32 bits", i, x)
		}
		id.Lsh(id, 32).Or(id, big.NewInt(x))
	}
	return id, nil
}

// ModelScore reads a model output as a score: its first value at its
// scale, rounded half up and clamped to 0..MaxScore.
func ModelScore(out program.Output) (int, error) {
	if len(out.Values) == 0 || out.Scale <= 0 {
		return 0, fmt.Errorf("governance: a model output of %d values at scale %d is not a score", len(out.Values), out.Scale)
	}
	v := out.Values[0]
	if v < 0 {
		return 0, nil
	}
	// Half up without v+Scale/2, which overflows near MaxInt64: round up
	// when the remainder is at least half the scale (2r ≥ Scale as
	// r ≥ Scale-r, which cannot overflow).
	s, r := v/out.Scale, v%out.Scale
	if r >= out.Scale-r {
		s++
	}
	return int(min(s, contracts.MaxScore)), nil
}
