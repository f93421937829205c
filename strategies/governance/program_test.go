package governance

import (
	"context"
	"crypto/ecdsa"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/generate"
)

// testVotingDelay leaves every generated proposal Pending at the first head.
const testVotingDelay = 100

// dao is a DAO on a simulated chain with the generator's proposals made.
type dao struct {
	backend *simulated.Backend
	op      *devchain.Operator // deploys, proposes, and acts as the scoring agent (apply)
	voter   *devchain.Operator // holds votes of its own
	dep     devchain.Deployment
	gov     devchain.Governance
	gen     generate.DAO
	ids     []*big.Int // the generated proposals' ids, in order
	blocks  []uint64   // the block each was created in
	nonce   uint64     // of the agent's next inference record (apply)
}

func newDAO(t *testing.T) *dao {
	t.Helper()
	ctx := context.Background()
	d := deployDAO(t, devchain.GovernanceParams{VotingDelay: testVotingDelay})
	for _, p := range generate.Proposals(d.gen) {
		id, r, err := d.op.Propose(ctx, d.gov, devchain.Proposal{Targets: p.Targets, Values: p.Values, Calldatas: p.Calldatas, Description: p.Description})
		if err != nil {
			t.Fatalf("%s: %v", p.Name, err)
		}
		d.ids, d.blocks = append(d.ids, id), append(d.blocks, r.BlockNumber.Uint64())
	}
	return d
}

// deployDAO deploys the guard and a DAO of p (its voter added) on a fresh
// simulated chain, without proposals, and authorises the operator as the
// agent for testModel.
func deployDAO(t *testing.T, p devchain.GovernanceParams) *dao {
	t.Helper()
	ctx := context.Background()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("governance test operator")))
	voter, _ := crypto.ToECDSA(crypto.Keccak256([]byte("governance test voter")))
	eth := new(big.Int).Lsh(big.NewInt(1), 80)
	backend := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: eth}, crypto.PubkeyToAddress(voter.PublicKey): {Balance: eth}},
		simulated.WithBlockGasLimit(60_000_000))
	t.Cleanup(func() { backend.Close() })
	operator := func(key *ecdsa.PrivateKey) *devchain.Operator {
		op, err := devchain.NewOperator(ctx, devchain.OperatorConfig{Client: backend.Client(), Key: key, ChainID: big.NewInt(1337),
			Mine: func(context.Context) error { backend.Commit(); return nil }})
		if err != nil {
			t.Fatal(err)
		}
		return op
	}
	op := operator(key)
	dep, err := op.Deploy(ctx, devchain.DeployParams{StartTick: 199000})
	if err != nil {
		t.Fatal(err)
	}
	p.Guard, p.Voters = dep.Guard, []devchain.Voter{{Key: voter}}
	g, err := op.DeployGovernance(ctx, p)
	if err != nil {
		t.Fatal(err)
	}
	if err := op.Authorize(ctx, dep, op.Address(), testModel); err != nil {
		t.Fatal(err)
	}
	return &dao{backend: backend, op: op, voter: operator(voter), dep: dep, gov: g, gen: generate.DAO{Governor: g.Governor, Timelock: g.Timelock, Token: g.Token,
		USDC: g.TreasuryUSDC, WETH: g.TreasuryWETH, Grantee: common.HexToAddress("0x6a6e7400000000000000000000000000000000a1"),
		Attacker: common.HexToAddress("0xbad0000000000000000000000000000000000bad")}}
}

func (d *dao) program(t *testing.T) *Program {
	t.Helper()
	return d.programOn(t, d.backend.Client(), nil)
}

// programOn builds the kind's program on chain, with the settings edit
// changes (nil: none).
func (d *dao) programOn(t *testing.T, chain program.ChainReader, edit func(*Settings)) *Program {
	t.Helper()
	s := DefaultSettings()
	s.Governor, s.Scores, s.AddressBook = d.gov.Governor.Hex(), d.gov.Scores.Hex(), generate.Book(d.gen)
	if edit != nil {
		edit(s)
	}
	if err := s.Validate(); err != nil {
		t.Fatal(err)
	}
	prog, err := Kind().Build(context.Background(), s, chain)
	if err != nil {
		t.Fatal(err)
	}
	return prog.(*Program)
}

// TestProgramScoresEachProposal: the program finds the proposals created
// before its first head (its lookback) and, a tick each, analyses the next
// one: every harmful generated proposal gets the
// flag kind its generator names on the call it names (the score ≥ 70 is the
// model's and the floor's together: TestGovernanceDemo), the benign ones a
// floor below 70; Decide posts max(model, floor) with the flags to
// ProposalScores, and the Deriver re-derives exactly those values from the
// published inputs, outputs and context.
func TestProgramScoresEachProposal(t *testing.T) {
	d := newDAO(t)
	ctx := context.Background()
	prog := d.program(t)
	head, err := d.backend.Client().HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	gen := generate.Proposals(d.gen)
	// The head block's own logs come with it, as the runtime gives them.
	logs, err := d.backend.Client().FilterLogs(ctx, ethereum.FilterQuery{BlockHash: ptr(head.Hash()), Addresses: []common.Address{d.gov.Governor}})
	if err != nil {
		t.Fatal(err)
	}
	obs, err := prog.Observe(ctx, head, logs)
	if err != nil {
		t.Fatal(err)
	}
	// Voting has started for the earliest ones; each later one is pending.
	n := head.Number.Uint64()
	first := 0
	for first < len(d.blocks) && n >= d.blocks[first]+testVotingDelay {
		first++
	}
	if first == len(gen) {
		t.Fatal("every proposal's voting started before the first head: the test shows nothing")
	}
	for i := first; i < len(gen); i++ {
		next, ok := obs.Private.(*pending)
		if !ok || next.ID.Cmp(d.ids[i]) != 0 {
			t.Fatalf("observation %d: want proposal %q (%s), got %+v", i, gen[i].Name, d.ids[i], obs.Private)
		}
		a := next.analysis
		if a.Bits != features.FlagBits(a.Vector) || a.Floor != features.Floor(a.Vector) {
			t.Fatalf("%s: the analysis' bits and floor are not the vector's", gen[i].Name)
		}
		if gen[i].Harmful {
			found := false
			for _, f := range a.Flags {
				found = found || (f.Kind == gen[i].Flag && f.Call == gen[i].Call)
			}
			if !found {
				t.Fatalf("%s: flags %+v; want %s on call %d", gen[i].Name, a.Flags, gen[i].Flag, gen[i].Call)
			}
			t.Logf("%s: floor %d, flags %+v", gen[i].Name, a.Floor, a.Flags)
		} else if a.Floor >= 70 {
			t.Fatalf("%s (benign): floor %d, flags %+v", gen[i].Name, a.Floor, a.Flags)
		}
		inputs, ready, err := prog.Inputs(obs)
		if err != nil || !ready || len(inputs) != 1 || len(inputs[0].Features) != len(features.Names) {
			t.Fatalf("%s: inputs %v ready %v err %v", gen[i].Name, len(inputs), ready, err)
		}
		out := program.Output{Values: []int64{35 * 10_000}, Scale: 10_000, InputScale: features.Scale} // a model that says 35
		plan, err := prog.Decide(obs, []program.Output{out})
		if err != nil {
			t.Fatal(err)
		}
		want := max(35, a.Floor)
		if got := plan.Action["score"]; got != int64(want) || len(plan.Calls) != 1 {
			t.Fatalf("%s: score %v, want %d", gen[i].Name, got, want)
		}
		call := plan.Calls[0]
		if id := contracts.JoinProposalID(call.Values[0], call.Values[1]); id.Cmp(d.ids[i]) != 0 || call.Values[3].Uint64() != a.Bits {
			t.Fatalf("%s: call %+v", gen[i].Name, call)
		}
		derived, err := Deriver{}.Derive(ctx, program.Derivation{Chain: d.backend.Client(), Target: d.gov.Scores, Outputs: out,
			Inputs: commit.EncodeInts(a.Vector), Context: plan.Context, Record: commit.Record{BlockNumber: n}, Included: n + 1})
		if err != nil {
			t.Fatal(err)
		}
		for j, p := range call.Params {
			if derived[p] == nil || derived[p].Cmp(call.Values[j]) != 0 {
				t.Fatalf("%s: the deriver gives %v for param %d, the plan %v", gen[i].Name, derived[p], j, call.Values[j])
			}
		}
		// The score is posted (here: by the test's guard-free shortcut,
		// dropping the proposal as ProposalScores would once scored).
		prog.queue = prog.queue[1:]
		if obs, err = prog.Observe(ctx, head, nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, ok := obs.Private.(*pending); ok {
		t.Fatal("a proposal is left after all were scored")
	}
	// A proposal the Governor never made does not derive.
	_, err = Deriver{}.Derive(ctx, program.Derivation{Chain: d.backend.Client(), Target: d.gov.Scores,
		Outputs: program.Output{Values: []int64{0}, Scale: 10_000}, Inputs: commit.EncodeInts(make([]int64, len(features.Names))),
		Context: commit.Context{Strategy: DerivationName, Values: idLimbs(big.NewInt(12345))}})
	if err == nil {
		t.Fatal("a score for an unknown proposal derived")
	}
}

func ptr[T any](v T) *T { return &v }

func TestModelScore(t *testing.T) {
	for _, c := range []struct {
		v, scale int64
		want     int
	}{{0, 10_000, 0}, {34_999, 10_000, 3}, {35_000, 10_000, 4}, {-5, 10_000, 0}, {2_000_000, 10_000, 100}, {70, 1, 70},
		// Guard a past bug: v+Scale/2 overflowed near MaxInt64, and the
		// wrapped sum read as 0 (harmless) instead of 100.
		{math.MaxInt64, 10_000, 100}, {math.MaxInt64 - 1, math.MaxInt64, 1}, {math.MaxInt64 / 2, math.MaxInt64, 0},
		{math.MaxInt64/2 + 1, math.MaxInt64, 1}, {math.MinInt64, 10_000, 0}} {
		got, err := ModelScore(program.Output{Values: []int64{c.v}, Scale: c.scale})
		if err != nil || got != c.want {
			t.Fatalf("ModelScore(%d at %d) = %d, %v; want %d", c.v, c.scale, got, err, c.want)
		}
	}
	if _, err := ModelScore(program.Output{Scale: 1}); err == nil {
		t.Fatal("an empty output read as a score")
	}
}
