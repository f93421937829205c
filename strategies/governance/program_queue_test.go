package governance

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/strategies/governance/features"
)

// The tests here follow a proposal's life at a real OpenZeppelin Governor
// (StewardGovernor) and ProposalScores on a simulated chain, with the
// program in the runtime's place and the test's operator as the agent that
// sends what the program decides.

// testModel is the model digest the test's agent is authorised for.
var testModel = crypto.Keccak256Hash([]byte("governance program test model"))

// voting sets the program to vote against what it scores ≥ Review.
func voting(s *Settings) { s.Vote = "against" }

func (d *dao) head(t *testing.T) *types.Header {
	t.Helper()
	h, err := d.backend.Client().HeaderByNumber(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// observe runs prog's Observe at the head, with the head's Governor logs
// as the runtime gives them.
func (d *dao) observe(t *testing.T, prog *Program) program.Observation {
	t.Helper()
	obs, err := d.tryObserve(prog)
	if err != nil {
		t.Fatal(err)
	}
	return obs
}

func (d *dao) tryObserve(prog *Program) (program.Observation, error) {
	ctx := context.Background()
	head, err := d.backend.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		return program.Observation{}, err
	}
	logs, err := d.backend.Client().FilterLogs(ctx, ethereum.FilterQuery{BlockHash: ptr(head.Hash()), Addresses: []common.Address{d.gov.Governor},
		Topics: [][]common.Hash{{ProposalCreatedTopic}}})
	if err != nil {
		return program.Observation{}, err
	}
	return prog.Observe(ctx, head, logs)
}

// mineTo commits empty blocks until the head is block n.
func (d *dao) mineTo(t *testing.T, n uint64) {
	t.Helper()
	for d.head(t).Number.Uint64() < n {
		d.backend.Commit()
	}
	if got := d.head(t).Number.Uint64(); got != n {
		t.Fatalf("the head is block %d, past %d", got, n)
	}
}

// propose makes a grant of the treasury's dUSDC to the attacker, described
// by desc, and returns it with its id and its voteStart and voteEnd.
func (d *dao) propose(t *testing.T, desc string) (p devchain.Proposal, id *big.Int, start, end uint64) {
	t.Helper()
	p = devchain.Proposal{Targets: []common.Address{d.gov.TreasuryUSDC}, Values: []*big.Int{new(big.Int)},
		Calldatas: [][]byte{bindings.NewTestToken().PackTransfer(d.gen.Attacker, big.NewInt(5_000_000_000_000))}, Description: desc}
	id, start, end = d.proposeCalls(t, p)
	return p, id, start, end
}

func (d *dao) proposeCalls(t *testing.T, p devchain.Proposal) (id *big.Int, start, end uint64) {
	t.Helper()
	ctx := context.Background()
	id, _, err := d.op.Propose(ctx, d.gov, p)
	if err != nil {
		t.Fatalf("propose %q: %v", p.Description, err)
	}
	gov := bindings.NewStewardGovernor()
	s, err := contracts.Call(ctx, d.backend.Client(), ethereum.CallMsg{To: &d.gov.Governor, Data: gov.PackProposalSnapshot(id)}, nil, gov.UnpackProposalSnapshot)
	if err != nil {
		t.Fatal(err)
	}
	e, err := contracts.Call(ctx, d.backend.Client(), ethereum.CallMsg{To: &d.gov.Governor, Data: gov.PackProposalDeadline(id)}, nil, gov.UnpackProposalDeadline)
	if err != nil {
		t.Fatal(err)
	}
	return id, s.Uint64(), e.Uint64()
}

func (d *dao) state(t *testing.T, id *big.Int) devchain.ProposalState {
	t.Helper()
	s, err := d.op.ProposalState(context.Background(), d.gov, id)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// guardData is ParameterGuard.commitAndApply of call, proven by a
// one-record tree of the agent (the operator) at the head.
func (d *dao) guardData(t *testing.T, call program.Call, nonce uint64) []byte {
	t.Helper()
	head := d.head(t)
	in, out := commit.EncodeInts([]int64{1}), commit.EncodeInts([]int64{2})
	r := commit.Record{Agent: d.op.Address(), ModelDigest: testModel, InputDigest: crypto.Keccak256Hash(in),
		OutputDigest: crypto.Keccak256Hash(out), BlockNumber: head.Number.Uint64(), BlockHash: head.Hash(), Nonce: nonce}
	tree, err := commit.NewTree([]common.Hash{r.Hash()})
	if err != nil {
		t.Fatal(err)
	}
	proof, err := tree.Proof(r.Hash())
	if err != nil {
		t.Fatal(err)
	}
	a := bindings.Action{Target: call.Target, Params: call.Params, Values: call.Values, Inputs: in, Outputs: out,
		Record: bindings.InferenceRecord{Agent: r.Agent, ModelDigest: r.ModelDigest, InputDigest: r.InputDigest,
			OutputDigest: r.OutputDigest, BlockNumber: r.BlockNumber, BlockHash: r.BlockHash, Nonce: r.Nonce},
		Proof: commit.PackProof(proof), Context: commit.EncodeContext(commit.Context{Strategy: DerivationName, Values: []int64{0}})}
	return bindings.NewParameterGuard().PackCommitAndApply(tree.Root(), []bindings.Action{a})
}

// apply sends call through the guard as the agent, in the next block.
func (d *dao) apply(t *testing.T, call program.Call) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	tx, err := d.op.Send(ctx, &d.dep.Guard, d.guardData(t, call, d.nonce), 0)
	if err != nil {
		t.Fatalf("commitAndApply %v: %v", call.Values, err)
	}
	d.nonce++
	d.backend.Commit()
	r, err := d.op.Wait(ctx, tx)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// refusal is the error the guard's commitAndApply of call would meet in the
// next block (nil: none).
func (d *dao) refusal(t *testing.T, call program.Call) error {
	t.Helper()
	_, err := d.op.EstimateGas(context.Background(), &d.dep.Guard, d.guardData(t, call, d.nonce))
	return err
}

// post posts score for id through the guard, in the next block.
func (d *dao) post(t *testing.T, id *big.Int, score int64) *types.Receipt {
	t.Helper()
	hi, lo, err := contracts.SplitProposalID(id)
	if err != nil {
		t.Fatal(err)
	}
	return d.apply(t, program.Call{Target: d.gov.Scores,
		Params: [][32]byte{contracts.Param(contracts.ParamProposalIDHi), contracts.Param(contracts.ParamProposalIDLo), contracts.Param(contracts.ParamScore), contracts.Param(contracts.ParamFlags)},
		Values: []*big.Int{hi, lo, big.NewInt(score), new(big.Int)}})
}

// next is the observation's proposal, nil if none.
func next(obs program.Observation) *pending {
	p, _ := obs.Private.(*pending)
	return p
}

// wantVote requires the observation to be the vote on id, analysed, and
// returns the plan Decide makes of a model that says 85.
func wantVote(t *testing.T, prog *Program, obs program.Observation, id *big.Int) program.Plan {
	t.Helper()
	p := next(obs)
	if p == nil || !p.vote || p.ID.Cmp(id) != 0 {
		t.Fatalf("want the vote on %s, got %+v", id, obs.Private)
	}
	inputs, ready, err := prog.Inputs(obs)
	if err != nil || !ready || len(inputs) != 1 || len(inputs[0].Features) != len(features.Names) {
		t.Fatalf("the vote's inputs: %d of them, ready %v, err %v; want one of %d features", len(inputs), ready, err, len(features.Names))
	}
	plan, err := prog.Decide(obs, []program.Output{{Values: []int64{85 * 10_000}, Scale: 10_000}})
	if err != nil || plan.Hold || len(plan.Calls) != 1 || plan.Action["vote"] != int64(contracts.VoteAgainst) {
		t.Fatalf("the vote's plan: %+v, %v", plan, err)
	}
	return plan
}

// TestProgramVotesOnProposalScoredInItsLastPendingBlock: a score that lands
// in the proposal's last Pending block (its VoteStart) is posted, and the
// proposal waits for its vote — for the program that sent it and for one
// started afresh. The program used to drop every proposal whose voting had
// started before it asked whether it was scored.
func TestProgramVotesOnProposalScoredInItsLastPendingBlock(t *testing.T) {
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: 10, VotingPeriod: 20})
	_, id, start, _ := d.propose(t, "Grant 50,000 dUSDC to a new team")
	live := d.programOn(t, d.backend.Client(), voting)
	if p := next(d.observe(t, live)); p == nil || p.vote || p.ID.Cmp(id) != 0 {
		t.Fatalf("want proposal %s to score, got %+v", id, p)
	}
	d.mineTo(t, start-1)
	if r := d.post(t, id, 85); r.BlockNumber.Uint64() != start {
		t.Fatalf("the score landed in block %d, not the last Pending block %d", r.BlockNumber, start)
	}
	// At the head VoteStart the proposal is still Pending; a vote lands in
	// the next block, where it is Active.
	for name, prog := range map[string]*Program{"live": live, "restarted": d.programOn(t, d.backend.Client(), voting)} {
		t.Run(name, func(t *testing.T) {
			wantVote(t, prog, d.observe(t, prog), id)
		})
	}
	if s := d.state(t, id); s != devchain.ProposalPending {
		t.Fatalf("at its VoteStart the proposal is %s, want Pending", s)
	}
}

// TestProgramAnalysesVoteFoundAtRestart: a program started after the
// proposal was scored finds it scored, and its vote carries the proposal's
// features (it used to carry an empty vector), which the vote is then cast
// on.
func TestProgramAnalysesVoteFoundAtRestart(t *testing.T) {
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: 10, VotingPeriod: 20})
	_, id, start, _ := d.propose(t, "Grant 50,000 dUSDC to a new team")
	d.post(t, id, 85) // by an earlier run of the agent
	prog := d.programOn(t, d.backend.Client(), voting)
	if obs := d.observe(t, prog); obs.Private != nil {
		t.Fatalf("before its vote opens, the scored proposal is not due: got %+v", obs.Private)
	}
	d.mineTo(t, start+1)
	obs := d.observe(t, prog)
	plan := wantVote(t, prog, obs, id)
	if a := next(obs).analysis; a.Bits != features.FlagBits(a.Vector) || a.Floor < Review {
		t.Fatalf("the vote's analysis: floor %d, bits %b, flags %+v", a.Floor, a.Bits, a.Flags)
	}
	d.apply(t, plan.Calls[0])
	if obs := d.observe(t, prog); obs.Private != nil {
		t.Fatalf("after its vote, the proposal is still due: %+v", obs.Private)
	}
}

// TestProgramVoteDeadline: OpenZeppelin's Governor counts a vote while
// VoteStart < clock ≤ VoteEnd. A vote sent at the head VoteEnd-1 lands in
// block VoteEnd and counts; at the head VoteEnd it would land after the
// deadline, so the program no longer casts it (it used to, until VoteEnd+1).
func TestProgramVoteDeadline(t *testing.T) {
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: 5, VotingPeriod: 10})
	_, id, _, end := d.propose(t, "Grant 50,000 dUSDC to a new team")
	d.post(t, id, 85)
	prog := d.programOn(t, d.backend.Client(), voting)
	if obs := d.observe(t, prog); obs.Private != nil { // scored: it waits for its vote
		t.Fatalf("before its vote opens, the scored proposal is not due: got %+v", obs.Private)
	}
	d.mineTo(t, end-1)
	plan := wantVote(t, prog, d.observe(t, prog), id)
	if err := d.refusal(t, plan.Calls[0]); err != nil {
		t.Fatalf("a vote sent at the head VoteEnd-1: %v", err)
	}
	d.mineTo(t, end)
	if s := d.state(t, id); s != devchain.ProposalActive {
		t.Fatalf("at its VoteEnd the proposal is %s at the head, want Active", s)
	}
	if obs := d.observe(t, prog); obs.Private != nil {
		t.Fatalf("at the head VoteEnd the program still votes: %+v", obs.Private)
	}
	err := d.refusal(t, plan.Calls[0])
	if !strings.Contains(errString(err), "GovernorUnexpectedProposalState") {
		t.Fatalf("a vote sent at the head VoteEnd: %v, want the Governor's GovernorUnexpectedProposalState", err)
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

// TestProgramSkipsCancelledProposal: a proposal its proposer cancelled
// while Pending can no longer be scored; the program goes on to the next
// one at once instead of trying it until its VoteStart.
func TestProgramSkipsCancelledProposal(t *testing.T) {
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: 20})
	pa, a, _, _ := d.propose(t, "Grant A")
	_, b, _, _ := d.propose(t, "Grant B")
	if _, err := d.op.Cancel(context.Background(), d.gov, pa); err != nil {
		t.Fatal(err)
	}
	if s := d.state(t, a); s != devchain.ProposalCanceled {
		t.Fatalf("A is %s, want Canceled", s)
	}
	prog := d.program(t)
	if p := next(d.observe(t, prog)); p == nil || p.ID.Cmp(b) != 0 {
		t.Fatalf("want B (%s) to score, got %+v", b, p)
	}
	if len(prog.queue) != 1 {
		t.Fatalf("%d proposals queued, want B alone", len(prog.queue))
	}
}

// TestProgramScoresEarliestVoteFirst: after the DAO shortens its voting
// delay, a later proposal's vote can start before an earlier one's; the
// program scores the one whose vote starts first.
func TestProgramScoresEarliestVoteFirst(t *testing.T) {
	ctx := context.Background()
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: 30, VotingPeriod: 10})
	gov := bindings.NewStewardGovernor()
	shorter := devchain.Proposal{Targets: []common.Address{d.gov.Governor}, Values: []*big.Int{new(big.Int)},
		Calldatas: [][]byte{gov.PackSetVotingDelay(big.NewInt(2))}, Description: "Shorten the voting delay to 2 blocks"}
	c, cStart, cEnd := d.proposeCalls(t, shorter)
	d.mineTo(t, cStart+1)
	if _, err := d.voter.Vote(ctx, d.gov, c, contracts.VoteFor); err != nil {
		t.Fatal(err)
	}
	d.mineTo(t, cEnd+1)
	if _, err := d.op.Queue(ctx, d.gov, shorter); err != nil {
		t.Fatal(err)
	}
	_, a, aStart, _ := d.propose(t, "Grant A") // under the 30-block delay
	if _, err := d.op.Execute(ctx, d.gov, shorter); err != nil {
		t.Fatal(err)
	}
	_, b, bStart, _ := d.propose(t, "Grant B") // under the 2-block delay
	if bStart >= aStart {
		t.Fatalf("B's vote starts at %d, not before A's at %d: the test shows nothing", bStart, aStart)
	}
	d.backend.Commit() // the program finds both in its lookback, in the order they were made
	prog := d.program(t)
	if p := next(d.observe(t, prog)); p == nil || p.ID.Cmp(b) != 0 {
		t.Fatalf("want B (%s, vote at %d) to score before A (vote at %d), got %+v", b, bStart, aStart, p)
	}
	d.post(t, b, 20)
	if p := next(d.observe(t, prog)); p == nil || p.ID.Cmp(a) != 0 {
		t.Fatalf("want A (%s) to score after B, got %+v", a, p)
	}
}

// TestProgramTimestampClock: a Governor on the timestamp clock counts
// VoteStart and VoteEnd in seconds. The program drops a proposal whose vote
// has started and votes while the vote is open by that clock (it used to
// compare them with block numbers: never too late to score, never open).
func TestProgramTimestampClock(t *testing.T) {
	const delay, period = 600, 1200 // seconds
	d := deployDAO(t, devchain.GovernanceParams{Clock: devchain.ClockTimestamp, VotingDelay: delay, VotingPeriod: period})
	gov := bindings.NewStewardGovernor()
	mode, err := contracts.Call(context.Background(), d.backend.Client(), ethereum.CallMsg{To: &d.gov.Governor, Data: gov.PackCLOCKMODE()}, nil, gov.UnpackCLOCKMODE)
	if err != nil || mode != "mode=timestamp" {
		t.Fatalf("the Governor's CLOCK_MODE is %q, %v", mode, err)
	}
	adjust := func(seconds uint64) {
		t.Helper()
		if err := d.backend.AdjustTime(time.Duration(seconds) * time.Second); err != nil {
			t.Fatal(err)
		}
	}
	_, a, aStart, _ := d.propose(t, "Grant A")
	adjust(delay + 100)
	if s := d.state(t, a); s != devchain.ProposalActive {
		t.Fatalf("A is %s after its delay, want Active", s)
	}
	_, b, bStart, bEnd := d.propose(t, "Grant B")
	prog := d.programOn(t, d.backend.Client(), voting)
	obs := d.observe(t, prog)
	if p := next(obs); p == nil || p.ID.Cmp(b) != 0 {
		t.Fatalf("want B (%s, vote at %d s) to score, A's vote (at %d s) having started; got %+v", b, bStart, aStart, p)
	}
	if in := obs.State["votingStartsIn"].(int64); in <= 0 || in > delay {
		t.Fatalf("votingStartsIn %d, want the seconds to B's vote, at most %d", in, delay)
	}
	d.post(t, b, 85)
	adjust(bStart - d.head(t).Time)
	plan := wantVote(t, prog, d.observe(t, prog), b)
	if err := d.refusal(t, plan.Calls[0]); err != nil {
		t.Fatalf("a vote sent once B's vote opened: %v", err)
	}
	adjust(bEnd - d.head(t).Time)
	if obs := d.observe(t, prog); obs.Private != nil {
		t.Fatalf("at B's VoteEnd the program still votes: %+v", obs.Private)
	}
}

// rangeLimited is a node that refuses eth_getLogs ranges wider than limit
// blocks, as many providers do.
type rangeLimited struct {
	program.ChainReader
	limit, widest uint64
}

func (r *rangeLimited) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.FromBlock != nil && q.ToBlock != nil {
		n := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1
		r.widest = max(r.widest, n)
		if n > r.limit {
			return nil, errors.New("exceed maximum block range: 2000")
		}
	}
	return r.ChainReader.FilterLogs(ctx, q)
}

// TestProgramPrimesInChunks: the first head's lookback search (50,000
// blocks) and the proposer's history ask the node for 2,000 blocks at a
// time, so a node that refuses wider ranges does not keep the agent from
// starting; proposals on both sides of a chunk's edge are found.
func TestProgramPrimesInChunks(t *testing.T) {
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: 5_000})
	_, early, _, _ := d.propose(t, "Grant A")
	d.mineTo(t, d.head(t).Number.Uint64()+logChunk+100)
	_, late, _, _ := d.propose(t, "Grant B")
	node := &rangeLimited{ChainReader: d.backend.Client(), limit: logChunk}
	prog := d.programOn(t, node, nil)
	if p := next(d.observe(t, prog)); p == nil || p.ID.Cmp(early) != 0 {
		t.Fatalf("want the early proposal %s to score, got %+v", early, p)
	}
	if len(prog.queue) != 2 || prog.queue[1].ID.Cmp(late) != 0 {
		t.Fatalf("%d proposals queued, want the early and the late one (%s)", len(prog.queue), late)
	}
	// The late one's history: the early proposal, by the same proposer,
	// more than a chunk before it.
	d.post(t, early, 20)
	p := next(d.observe(t, prog))
	if p == nil || p.ID.Cmp(late) != 0 {
		t.Fatalf("want the late proposal %s to score, got %+v", late, p)
	}
	if p.analysis.Vector[features.PriorProposals] == 0 {
		t.Fatal("the late proposal's history misses the early one")
	}
	if node.widest > logChunk {
		t.Fatalf("a log request spanned %d blocks", node.widest)
	}
}

// flaky is a node that fails the calls fail names, as a dropped connection
// does.
type flaky struct {
	program.ChainReader
	fail     func(ethereum.CallMsg) error // nil: none
	failLogs error
}

func (f *flaky) CallContract(ctx context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if f.fail != nil {
		if err := f.fail(msg); err != nil {
			return nil, err
		}
	}
	return f.ChainReader.CallContract(ctx, msg, block)
}

func (f *flaky) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if f.failLogs != nil {
		return nil, f.failLogs
	}
	return f.ChainReader.FilterLogs(ctx, q)
}

// failing fails the calls whose data starts with the selector of packed.
func failing(packed []byte, err error) func(ethereum.CallMsg) error {
	return func(msg ethereum.CallMsg) error {
		if len(msg.Data) >= 4 && string(msg.Data[:4]) == string(packed[:4]) {
			return err
		}
		return nil
	}
}

var errReset = errors.New("read tcp 127.0.0.1:50412->127.0.0.1:8545: read: connection reset by peer")

// TestReadContext: what the features need beside the proposal is read or,
// where the chain cannot give it, unknown; a node that does not answer is
// an error, not an unknown (which scores the proposal on features that
// only look unknown, for good).
func TestReadContext(t *testing.T) {
	ctx := context.Background()
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: 100})
	id, r, err := d.op.Propose(ctx, d.gov, devchain.Proposal{Targets: []common.Address{d.gov.TreasuryUSDC}, Values: []*big.Int{new(big.Int)},
		Calldatas: [][]byte{bindings.NewTestToken().PackTransfer(d.gen.Attacker, big.NewInt(1))}, Description: "Grant"})
	if err != nil {
		t.Fatal(err)
	}
	logs, err := d.backend.Client().FilterLogs(ctx, ethereum.FilterQuery{BlockHash: ptr(r.BlockHash), Addresses: []common.Address{d.gov.Governor}})
	if err != nil || len(logs) != 1 {
		t.Fatalf("%d logs, %v", len(logs), err)
	}
	c, err := DecodeCreated(logs[0])
	if err != nil || c.ID.Cmp(id) != 0 {
		t.Fatal(c.ID, err)
	}
	gov, tok := bindings.NewStewardGovernor(), bindings.NewGovToken()
	pruned := errors.New("historical state 07e82ca77c8a4db6160e329b7535a8bc2cb17306ec053154af93205b08ab4fde is not available")
	for _, tt := range []struct {
		name     string
		node     *flaky
		governor common.Address
		wantErr  string // "" = none
		params   bool   // Params known
		votes    bool   // the proposer's votes known
	}{
		{name: "the node answers", node: &flaky{}, governor: d.gov.Governor, params: true, votes: true},
		// Past bug: each of these left its value unknown for good.
		{name: "no answer to a Governor read", node: &flaky{fail: failing(gov.PackVotingDelay(), errReset)}, governor: d.gov.Governor, wantErr: "votingDelay()"},
		{name: "no answer from the token", node: &flaky{fail: failing(tok.PackTotalSupply(), errReset)}, governor: d.gov.Governor, wantErr: "totalSupply()"},
		{name: "no answer to the history's logs", node: &flaky{failLogs: errReset}, governor: d.gov.Governor, wantErr: "earlier proposals"},
		// A full node no longer keeps the state of the proposal's block.
		{name: "state pruned", node: &flaky{fail: func(ethereum.CallMsg) error { return pruned }}, governor: d.gov.Governor},
		// ProposalScores has none of a Governor's functions: every read reverts.
		{name: "not a Governor", node: &flaky{}, governor: d.gov.Scores},
	} {
		t.Run(tt.name, func(t *testing.T) {
			tt.node.ChainReader = d.backend.Client()
			params, hist, err := readContext(ctx, tt.node, tt.governor, c, DefaultLookback)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) || !errors.Is(err, errReset) {
					t.Fatalf("err %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if (params != nil) != tt.params {
				t.Fatalf("params %+v, want known %v", params, tt.params)
			}
			if tt.params && (params.VotingDelay.Uint64() != 100 || params.VotingPeriod.Uint64() != devchain.DefaultVotingPeriod ||
				params.QuorumNumerator.Uint64() != devchain.DefaultQuorumPercent || params.TimelockDelay.Uint64() != devchain.DefaultTimelockDelay) {
				t.Fatalf("params %+v", params)
			}
			if hist == nil || (hist.VotesAtProposal != nil) != tt.votes || (hist.Supply != nil) != tt.votes {
				t.Fatalf("history %+v, want the votes known %v", hist, tt.votes)
			}
		})
	}
}

// TestProgramRetriesAfterNoAnswer: a tick whose reads get no answer fails,
// and the next one analyses the proposal with everything known.
func TestProgramRetriesAfterNoAnswer(t *testing.T) {
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: 100})
	_, id, _, _ := d.propose(t, "Grant")
	node := &flaky{ChainReader: d.backend.Client(), fail: failing(bindings.NewStewardGovernor().PackVotingDelay(), errReset)}
	prog := d.programOn(t, node, nil)
	if _, err := d.tryObserve(prog); !errors.Is(err, errReset) {
		t.Fatalf("Observe with the node not answering: %v, want its error", err)
	}
	node.fail = nil
	p := next(d.observe(t, prog))
	if p == nil || p.ID.Cmp(id) != 0 {
		t.Fatalf("want %s to score, got %+v", id, p)
	}
	if v := p.analysis.Vector; v[features.ParamsKnown] != features.Scale || v[features.HistoryKnown] != features.Scale {
		t.Fatalf("paramsKnown %d, historyKnown %d; want both %d", v[features.ParamsKnown], v[features.HistoryKnown], features.Scale)
	}
}
