package devchain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// maxCodeSize is EIP-170's limit on deployed code, which the chain enforces.
const maxCodeSize = 24_576

// govEnv is the embedded chain with the DAO deployed, two voters and a
// scoring agent, each an Operator of its own whose blocks are the chain's
// Commits.
type govEnv struct {
	t       *testing.T
	c       *Chain
	g       Governance
	v1, v2  *Operator
	agent   *Operator
	model   common.Hash
	nonce   uint64 // of the agent's next inference record
	scorers *big.Int
}

func newGovEnv(t *testing.T, ctx context.Context) *govEnv {
	t.Helper()
	a, v1, v2 := newAgent(t, "score agent"), newAgent(t, "voter 1"), newAgent(t, "voter 2")
	c := newChain(t, Config{PriceTicks: mainnetPath, Funded: []common.Address{a.addr, v1.addr, v2.addr}})
	e := &govEnv{t: t, c: c, model: crypto.Keccak256Hash([]byte("proposal scorer v1")), scorers: wholeTokens(1_000_000, 18)}
	if err := c.Authorize(ctx, a.addr, e.model); err != nil {
		t.Fatal(err)
	}
	g, err := c.DeployGovernance(ctx, GovernanceParams{
		Voters:       []Voter{{Key: v1.key}, {Key: v2.key, Votes: wholeTokens(1_500_000, 18)}},
		ScorerVotes:  e.scorers,
		VotingDelay:  5,
		VotingPeriod: 20,
	})
	if err != nil {
		t.Fatalf("deploy governance: %v", err)
	}
	e.g = g
	e.v1, e.v2, e.agent = e.operator(ctx, v1), e.operator(ctx, v2), e.operator(ctx, a)
	return e
}

// operator is an Operator for a's key whose blocks are the chain's Commits.
func (e *govEnv) operator(ctx context.Context, a agent) *Operator {
	e.t.Helper()
	op, err := NewOperator(ctx, OperatorConfig{Client: e.c.Client(), Key: a.key, ChainID: e.c.ChainID(),
		Mine: func(context.Context) error { e.c.Commit(); return nil }})
	if err != nil {
		e.t.Fatal(err)
	}
	return op
}

// scoreData is guard.commitAndApply of one action setting values on
// ProposalScores for proposal id, proven by a record of the agent at the
// chain's head in a two-record tree (so the proof is a real Merkle path).
func (e *govEnv) scoreData(ctx context.Context, id *big.Int, values map[string]int64) []byte {
	e.t.Helper()
	head, err := e.c.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	hi, lo, err := contracts.SplitProposalID(id)
	if err != nil {
		e.t.Fatal(err)
	}
	a := bindings.Action{Target: e.g.Scores,
		Params: [][32]byte{contracts.Param(contracts.ParamProposalIDHi), contracts.Param(contracts.ParamProposalIDLo)},
		Values: []*big.Int{hi, lo}}
	var outs []int64
	for _, name := range []string{contracts.ParamScore, contracts.ParamFlags, contracts.ParamVote} {
		if v, ok := values[name]; ok {
			a.Params, a.Values, outs = append(a.Params, contracts.Param(name)), append(a.Values, big.NewInt(v)), append(outs, v)
		}
	}
	return provenCommit(e.t, e.agent.Address(), e.model, head, &e.nonce, a, outs, 42, "governance/test")
}

// apply sends the agent's commitAndApply for values on proposal id.
func (e *govEnv) apply(ctx context.Context, id *big.Int, values map[string]int64) *types.Receipt {
	e.t.Helper()
	r, err := e.agent.send(ctx, &e.g.Guard, e.scoreData(ctx, id, values))
	if err != nil {
		e.t.Fatalf("commitAndApply %v on proposal %s: %v", values, id, err)
	}
	return r
}

// refused requires the agent's commitAndApply for values on proposal id to
// fail at estimation with the named error of ProposalScores.
func (e *govEnv) refused(ctx context.Context, id *big.Int, values map[string]int64, name string) *contracts.RevertError {
	e.t.Helper()
	_, err := e.agent.EstimateGas(ctx, &e.g.Guard, e.scoreData(ctx, id, values))
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != name || !strings.Contains(re.Contract, "ProposalScores") {
		e.t.Fatalf("commitAndApply %v on proposal %s: %v, want ProposalScores.%s", values, id, err, name)
	}
	return re
}

// mineUntil commits blocks until proposal id is in state want (at most 64).
func (e *govEnv) mineUntil(ctx context.Context, id *big.Int, want ProposalState) {
	e.t.Helper()
	for range 64 {
		s, err := e.v1.ProposalState(ctx, e.g, id)
		if err != nil {
			e.t.Fatal(err)
		}
		if s == want {
			return
		}
		e.c.Commit()
	}
	e.t.Fatalf("proposal %s never reached %s", id, want)
}

func (e *govEnv) balance(token, holder common.Address) *big.Int {
	e.t.Helper()
	tok := bindings.NewTestToken()
	return call(e.t, e.c.Client(), token, tok.PackBalanceOf(holder), tok.UnpackBalanceOf)
}

// TestGovernanceDeployment: the DAO's wiring, as DeployGovernance promises it.
func TestGovernanceDeployment(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	e := newGovEnv(t, ctx)
	g, cl := e.g, e.c.Client()

	for name, addr := range map[string]common.Address{"GovToken": g.Token, "DaoTimelock": g.Timelock,
		"StewardGovernor": g.Governor, "ProposalScores": g.Scores} {
		code, err := cl.CodeAt(ctx, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(code) == 0 || len(code) > maxCodeSize {
			t.Errorf("%s: %d bytes of code, want 1..%d", name, len(code), maxCodeSize)
		}
		t.Logf("%s: %d bytes of deployed code", name, len(code))
	}

	tok, gov, tl := bindings.NewGovToken(), bindings.NewStewardGovernor(), bindings.NewDaoTimelock()
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	past := new(big.Int).Sub(head.Number, big.NewInt(1)) // the votes a proposal made now would see
	for _, tt := range []struct {
		name    string
		account common.Address
		want    *big.Int
	}{
		{"ProposalScores", g.Scores, e.scorers},
		{"voter 1", g.Voters[0], wholeTokens(1_000_000, 18)},
		{"voter 2", g.Voters[1], wholeTokens(1_500_000, 18)},
		{"operator", e.c.Owner(), new(big.Int)},
	} {
		if got := call(t, cl, g.Governor, gov.PackGetVotes(tt.account, past), gov.UnpackGetVotes); got.Cmp(tt.want) != 0 {
			t.Errorf("votes of %s at block %s = %s, want %s", tt.name, past, got, tt.want)
		}
	}
	if got := call(t, cl, g.Token, tok.PackBalanceOf(e.c.Owner()), tok.UnpackBalanceOf); got.Cmp(e.scorers) != 0 {
		t.Errorf("operator holds %s tokens, want %s (delegated to ProposalScores)", got, e.scorers)
	}

	proposer, canceller := crypto.Keccak256Hash([]byte("PROPOSER_ROLE")), crypto.Keccak256Hash([]byte("CANCELLER_ROLE"))
	executor := crypto.Keccak256Hash([]byte("EXECUTOR_ROLE"))
	for _, tt := range []struct {
		name    string
		role    common.Hash
		account common.Address
		want    bool
	}{
		{"governor proposes", proposer, g.Governor, true},
		{"governor cancels", canceller, g.Governor, true},
		{"anyone executes", executor, common.Address{}, true},
		{"operator renounced the admin role", common.Hash{}, e.c.Owner(), false},
		{"the timelock administers itself", common.Hash{}, g.Timelock, true},
	} {
		if got := call(t, cl, g.Timelock, tl.PackHasRole(tt.role, tt.account), tl.UnpackHasRole); got != tt.want {
			t.Errorf("%s: hasRole = %v, want %v", tt.name, got, tt.want)
		}
	}

	if got := e.balance(g.TreasuryUSDC, g.Timelock); got.Cmp(wholeTokens(10_000_000, 6)) != 0 {
		t.Errorf("treasury dUSDC = %s", got)
	}
	if got := e.balance(g.TreasuryWETH, g.Timelock); got.Cmp(wholeTokens(5_000, 18)) != 0 {
		t.Errorf("treasury dWETH = %s", got)
	}
	if eth, err := cl.BalanceAt(ctx, g.Timelock, nil); err != nil || eth.Cmp(wholeTokens(100, 18)) != 0 {
		t.Errorf("treasury ETH = %v, %v; want 100 ETH", eth, err)
	}

	guard := bindings.NewParameterGuard()
	for _, b := range scoreBounds() {
		got := call(t, cl, g.Guard, guard.PackBounds(g.Scores, contracts.Param(b.param)), guard.UnpackBounds)
		if !got.Configured || got.B.Max.Cmp(b.bounds.Max) != 0 || got.B.MaxStep.Cmp(b.bounds.MaxStep) != 0 || got.B.CooldownBlocks != 0 {
			t.Errorf("guard bounds of %s = %+v (configured %v), want %+v", b.param, got.B, got.Configured, b.bounds)
		}
	}
	sc := bindings.NewProposalScores()
	if got := call(t, cl, g.Scores, sc.PackVoteThreshold(), sc.UnpackVoteThreshold); got != DefaultVoteThreshold {
		t.Errorf("voteThreshold = %d, want %d", got, DefaultVoteThreshold)
	}
}

// TestGovernanceScoreAndVote runs proposals through the DAO while the
// scoring agent posts scores and votes through ParameterGuard: a treasury
// transfer goes propose → vote → queue → execute; a score is stored once,
// only before voting starts; ProposalScores refuses to vote for, to vote
// on what it has not scored, and to vote on a low score; its against vote
// on a high score is counted.
func TestGovernanceScoreAndVote(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newGovEnv(t, ctx)
	g, cl := e.g, e.c.Client()
	gov, sc, usdc := bindings.NewStewardGovernor(), bindings.NewProposalScores(), bindings.NewTestToken()

	recipient := common.HexToAddress("0x00000000000000000000000000000000000Ca5e5")
	amount := wholeTokens(250_000, 6)
	grant := func(desc string) Proposal {
		return Proposal{Targets: []common.Address{g.TreasuryUSDC}, Values: []*big.Int{new(big.Int)},
			Calldatas: [][]byte{usdc.PackTransfer(recipient, amount)}, Description: desc}
	}
	// A: a grant scored high (85) that the voters pass anyway; B: never
	// scored; C: scored low (10).
	pA, pB, pC := grant("Grant 250,000 dUSDC to the Case team"), grant("Grant B"), grant("Grant C")
	var ids []*big.Int
	for i, p := range []Proposal{pA, pB, pC} {
		id, r, err := e.v1.Propose(ctx, g, p)
		if err != nil {
			t.Fatalf("propose %c: %v", 'A'+i, err)
		}
		ids = append(ids, id)
		t.Logf("proposal %c: id %s, block %d, gas %d", 'A'+i, id, r.BlockNumber, r.GasUsed)
	}
	a, b, c := ids[0], ids[1], ids[2]
	if s, err := e.v1.ProposalState(ctx, g, a); err != nil || s != ProposalPending {
		t.Fatalf("state of A = %v, %v; want Pending", s, err)
	}

	// Posted before voting starts: stored, with its event.
	const flags = 1<<3 | 1<<17
	post := e.apply(ctx, a, map[string]int64{contracts.ParamScore: 85, contracts.ParamFlags: flags})
	t.Logf("gas: score post through ParameterGuard.commitAndApply (2-leaf tree) = %d", post.GasUsed)
	posted := 0
	for _, l := range post.Logs {
		if ev, err := sc.UnpackScorePostedEvent(l); err == nil && l.Address == g.Scores {
			posted++
			if ev.ProposalId.Cmp(a) != 0 || ev.Score != 85 || ev.Flags != flags {
				t.Errorf("ScorePosted = %s %d %d, want %s 85 %d", ev.ProposalId, ev.Score, ev.Flags, a, flags)
			}
		}
	}
	if posted != 1 {
		t.Errorf("%d ScorePosted events, want 1", posted)
	}
	got := call(t, cl, g.Scores, sc.PackScoreOf(a), sc.UnpackScoreOf)
	if !got.Scored || got.Score != 85 || got.Flags != flags || got.BlockNumber != post.BlockNumber.Uint64() {
		t.Errorf("scoreOf(A) = %+v, want scored 85 flags %d at block %d", got, flags, post.BlockNumber)
	}
	// Every value the guard keeps for ProposalScores is set now: a later post costs less.
	postC := e.apply(ctx, c, map[string]int64{contracts.ParamScore: 10, contracts.ParamFlags: 0})
	t.Logf("gas: a later score post through ParameterGuard.commitAndApply (2-leaf tree) = %d", postC.GasUsed)

	// Once per proposal.
	e.refused(ctx, a, map[string]int64{contracts.ParamScore: 20, contracts.ParamFlags: 0}, "AlreadyScored")

	// After voting started, a post is too late.
	e.mineUntil(ctx, b, ProposalActive)
	snapB := call(t, cl, g.Governor, gov.PackProposalSnapshot(b), gov.UnpackProposalSnapshot)
	re := e.refused(ctx, b, map[string]int64{contracts.ParamScore: 50, contracts.ParamFlags: 1}, "VotingStarted")
	if re.Args["proposalId"].(*big.Int).Cmp(b) != 0 || re.Args["snapshot"].(*big.Int).Cmp(snapB) != 0 {
		t.Errorf("VotingStarted args = %v, want proposal %s snapshot %s", re.Args, b, snapB)
	}

	e.mineUntil(ctx, a, ProposalActive)
	e.mineUntil(ctx, c, ProposalActive)
	for _, tt := range []struct {
		name string
		id   *big.Int
		vote int64
		want string
	}{
		{"a for vote", a, contracts.VoteFor, "ForVoteRefused"},
		{"an unscored proposal", b, contracts.VoteAgainst, "NotScored"},
		{"a score below the threshold", c, contracts.VoteAgainst, "ScoreBelowVoteThreshold"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			e.refused(ctx, tt.id, map[string]int64{contracts.ParamVote: tt.vote}, tt.want)
		})
	}

	// The scorer's against vote on the high score counts at the governor.
	vote := e.apply(ctx, a, map[string]int64{contracts.ParamVote: contracts.VoteAgainst})
	t.Logf("gas: against vote through ParameterGuard.commitAndApply (2-leaf tree) = %d", vote.GasUsed)
	votes := call(t, cl, g.Governor, gov.PackProposalVotes(a), gov.UnpackProposalVotes)
	if votes.AgainstVotes.Cmp(e.scorers) != 0 || votes.ForVotes.Sign() != 0 || votes.AbstainVotes.Sign() != 0 {
		t.Errorf("proposalVotes(A) = against %s for %s abstain %s, want against %s only",
			votes.AgainstVotes, votes.ForVotes, votes.AbstainVotes, e.scorers)
	}
	cast := false
	for _, l := range vote.Logs {
		if ev, err := sc.UnpackVoteCastOnScoreEvent(l); err == nil && l.Address == g.Scores {
			cast = ev.ProposalId.Cmp(a) == 0 && ev.Support == contracts.VoteAgainst && ev.Score == 85 && ev.Weight.Cmp(e.scorers) == 0
		}
	}
	if !cast {
		t.Error("no VoteCastOnScore(A, against, 85, scorer's votes) event")
	}

	// The voters outvote it: A passes, is queued and executed.
	for _, v := range []*Operator{e.v1, e.v2} {
		r, err := v.Vote(ctx, g, a, contracts.VoteFor)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("gas: a voter's castVote = %d", r.GasUsed)
	}
	e.mineUntil(ctx, a, ProposalSucceeded)
	if _, err := e.v2.Queue(ctx, g, pA); err != nil {
		t.Fatal(err)
	}
	if s, err := e.v1.ProposalState(ctx, g, a); err != nil || s != ProposalQueued {
		t.Fatalf("state of A after queue = %v, %v; want Queued", s, err)
	}
	e.c.Commit() // the timelock's one-second delay
	before := e.balance(g.TreasuryUSDC, g.Timelock)
	if _, err := e.v1.Execute(ctx, g, pA); err != nil {
		t.Fatal(err)
	}
	if got := e.balance(g.TreasuryUSDC, recipient); got.Cmp(amount) != 0 {
		t.Errorf("recipient holds %s dUSDC, want %s", got, amount)
	}
	if got := e.balance(g.TreasuryUSDC, g.Timelock); new(big.Int).Sub(before, got).Cmp(amount) != 0 {
		t.Errorf("treasury went from %s to %s dUSDC, want %s less", before, got, amount)
	}
	if s, err := e.v1.ProposalState(ctx, g, a); err != nil || s != ProposalExecuted {
		t.Errorf("state of A = %v, %v; want Executed", s, err)
	}
}

// TestGovernanceClocks: the DAO runs on the clock GovernanceParams.Clock
// names — its Governor's clock(), CLOCK_MODE and a proposal's snapshot and
// deadline count blocks or seconds — and a proposer cancels a Pending
// proposal with Cancel, after which ProposalScores refuses a score for it.
func TestGovernanceClocks(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	for _, tt := range []struct {
		clock Clock
		mode  string
		now   func(h *types.Header) uint64 // the head's timepoint
	}{
		{ClockBlockNumber, "mode=blocknumber&from=default", func(h *types.Header) uint64 { return h.Number.Uint64() }},
		{ClockTimestamp, "mode=timestamp", func(h *types.Header) uint64 { return h.Time }},
	} {
		t.Run(string(tt.clock), func(t *testing.T) {
			a, v := newAgent(t, "score agent"), newAgent(t, "voter 1")
			c := newChain(t, Config{PriceTicks: mainnetPath, Funded: []common.Address{a.addr, v.addr}})
			const delay, period = 50, 100
			g, err := c.DeployGovernance(ctx, GovernanceParams{Clock: tt.clock, Voters: []Voter{{Key: v.key}}, VotingDelay: delay, VotingPeriod: period})
			if err != nil {
				t.Fatal(err)
			}
			e := &govEnv{t: t, c: c, g: g, model: crypto.Keccak256Hash([]byte("proposal scorer v1"))}
			if err := c.Authorize(ctx, a.addr, e.model); err != nil {
				t.Fatal(err)
			}
			e.v1, e.agent = e.operator(ctx, v), e.operator(ctx, a)
			cl, gov := c.Client(), bindings.NewStewardGovernor()
			if got := call(t, cl, g.Governor, gov.PackCLOCKMODE(), gov.UnpackCLOCKMODE); got != tt.mode {
				t.Errorf("CLOCK_MODE = %q, want %q", got, tt.mode)
			}
			head, err := cl.HeaderByNumber(ctx, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := call(t, cl, g.Governor, gov.PackClock(), gov.UnpackClock); got.Uint64() != tt.now(head) {
				t.Errorf("clock() = %s, want %d", got, tt.now(head))
			}
			p := Proposal{Targets: []common.Address{g.TreasuryUSDC}, Values: []*big.Int{new(big.Int)},
				Calldatas: [][]byte{bindings.NewTestToken().PackTransfer(v.addr, big.NewInt(1))}, Description: "Grant 1"}
			id, r, err := e.v1.Propose(ctx, g, p)
			if err != nil {
				t.Fatal(err)
			}
			block, err := cl.HeaderByNumber(ctx, r.BlockNumber)
			if err != nil {
				t.Fatal(err)
			}
			snap := call(t, cl, g.Governor, gov.PackProposalSnapshot(id), gov.UnpackProposalSnapshot)
			deadline := call(t, cl, g.Governor, gov.PackProposalDeadline(id), gov.UnpackProposalDeadline)
			if snap.Uint64() != tt.now(block)+delay || deadline.Uint64() != snap.Uint64()+period {
				t.Errorf("snapshot %s, deadline %s; want %d and %d", snap, deadline, tt.now(block)+delay, tt.now(block)+delay+period)
			}
			if _, err := e.v1.Cancel(ctx, g, p); err != nil {
				t.Fatal(err)
			}
			if s, err := e.v1.ProposalState(ctx, g, id); err != nil || s != ProposalCanceled {
				t.Fatalf("state after Cancel = %v, %v; want Canceled", s, err)
			}
			e.refused(ctx, id, map[string]int64{contracts.ParamScore: 50, contracts.ParamFlags: 0}, "ProposalNotPending")
			if _, err := e.v1.Cancel(ctx, g, p); err == nil {
				t.Error("a cancelled proposal was cancelled again")
			}
		})
	}
}

func TestGovernanceParamsValidation(t *testing.T) {
	operator := common.HexToAddress("0x0000000000000000000000000000000000000001")
	voter := newAgent(t, "voter")
	guard := common.HexToAddress("0x0000000000000000000000000000000000000002")
	tests := []struct {
		name string
		p    GovernanceParams
		want string // part of the error, naming the field
	}{
		{"no guard", GovernanceParams{}, "Guard"},
		{"quorum above 100%", GovernanceParams{Guard: guard, QuorumPercent: 101}, "QuorumPercent"},
		{"vote threshold above the highest score", GovernanceParams{Guard: guard, VoteThreshold: 101}, "VoteThreshold"},
		{"voting period beyond uint32", GovernanceParams{Guard: guard, VotingPeriod: 1 << 32}, "VotingPeriod"},
		{"voter without a key", GovernanceParams{Guard: guard, Voters: []Voter{{}}}, "Voters[0].Key"},
		{"voter twice", GovernanceParams{Guard: guard, Voters: []Voter{{Key: voter.key}, {Key: voter.key}}}, "Voters[1]"},
		{"negative treasury", GovernanceParams{Guard: guard, TreasuryETH: big.NewInt(-1)}, "TreasuryETH"},
		{"unknown clock", GovernanceParams{Guard: guard, Clock: "sundial"}, "Clock"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.p.withDefaults().validate(operator)
			if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("validate = %v, want ErrInvalidConfig naming %s", err, tt.want)
			}
		})
	}
	if err := (GovernanceParams{Guard: guard, Voters: []Voter{{Key: voter.key}}}).withDefaults().validate(operator); err != nil {
		t.Fatalf("valid params: %v", err)
	}
}
