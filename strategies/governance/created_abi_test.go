package governance

import (
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// createdLog packs a ProposalCreated log as the Governor emits it.
func createdLog(t testing.TB, f createdFields) types.Log {
	t.Helper()
	data, err := governorABI.Events["ProposalCreated"].Inputs.NonIndexed().Pack(f.ID, f.Proposer, f.Targets, f.Values,
		f.Signatures, f.Calldatas, f.VoteStart, f.VoteEnd, f.Description)
	if err != nil {
		t.Fatal(err)
	}
	return types.Log{Topics: []common.Hash{ProposalCreatedTopic}, Data: data}
}

// randomCreated is a proposal of n calls with random contents.
func randomCreated(rng *rand.Rand, n int) createdFields {
	word := func() *big.Int { return new(big.Int).Lsh(big.NewInt(rng.Int64()), uint(rng.IntN(190))) }
	f := createdFields{ID: word(), Proposer: common.BigToAddress(big.NewInt(rng.Int64())), VoteStart: big.NewInt(rng.Int64N(1 << 40)),
		VoteEnd: big.NewInt(rng.Int64N(1 << 40)), Description: strings.Repeat("# Proposal ✓ ", rng.IntN(40))}
	for range n {
		f.Targets = append(f.Targets, common.BigToAddress(big.NewInt(rng.Int64())))
		f.Values = append(f.Values, word())
		f.Signatures = append(f.Signatures, strings.Repeat("transfer(address,uint256)", rng.IntN(2)))
		call := make([]byte, rng.IntN(200))
		for i := range call {
			call[i] = byte(rng.IntN(256))
		}
		f.Calldatas = append(f.Calldatas, call)
	}
	return f
}

// TestCreatedDecodesAsTheABI: the hand decoder reads every field of
// ProposalCreated logs as the generated ABI decoder does — empty, one call,
// many calls, long descriptions, Bravo's signatures — and refuses data cut
// short or pointing outside itself, where the generated one fails too.
func TestCreatedDecodesAsTheABI(t *testing.T) {
	gov := bindings.NewStewardGovernor()
	rng := rand.New(rand.NewPCG(7, 7))
	for i, n := range []int{0, 1, 2, 5, 17} {
		want := randomCreated(rng, n)
		l := createdLog(t, want)
		got, err := decodeCreatedData(l.Data)
		if err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		ev, err := gov.UnpackProposalCreatedEvent(&l)
		if err != nil {
			t.Fatal(err)
		}
		byABI := createdFields{ID: ev.ProposalId, Proposer: ev.Proposer, Targets: ev.Targets, Values: ev.Values,
			Signatures: ev.Signatures, Calldatas: ev.Calldatas, VoteStart: ev.VoteStart, VoteEnd: ev.VoteEnd, Description: ev.Description}
		if !reflect.DeepEqual(got, byABI) || !reflect.DeepEqual(normal(got), normal(want)) {
			t.Fatalf("case %d (%d calls): hand %+v\nABI %+v", i, n, got, byABI)
		}
		for cut := 0; cut < len(l.Data); cut += 1 + len(l.Data)/40 {
			// Cut short: refused, unless only padding went, and then read
			// as the ABI decoder reads it.
			short := types.Log{Topics: l.Topics, Data: l.Data[:cut]}
			got, err := decodeCreatedData(short.Data)
			ev, abiErr := gov.UnpackProposalCreatedEvent(&short)
			if err == nil && (abiErr != nil || got.Description != ev.Description || len(got.Calldatas) != len(ev.Calldatas)) {
				t.Fatalf("case %d: data cut to %d of %d bytes decoded as %+v (ABI decoder: %v)", i, cut, len(l.Data), got, abiErr)
			}
			if err == nil && cut < len(l.Data)-31 {
				t.Fatalf("case %d: data cut to %d of %d bytes decoded: more than padding went", i, cut, len(l.Data))
			}
		}
	}
	bad := createdLog(t, randomCreated(rng, 2))
	copy(bad.Data[2*32:3*32], common.BigToHash(big.NewInt(1<<40)).Bytes()) // targets' offset far outside
	if _, err := decodeCreatedData(bad.Data); err == nil {
		t.Fatal("an offset outside the data decoded")
	}
}

// normal makes nil and empty slices alike for comparison.
func normal(f createdFields) createdFields {
	if len(f.Targets) == 0 {
		f.Targets, f.Values, f.Signatures, f.Calldatas = nil, nil, nil, nil
	}
	for i, c := range f.Calldatas {
		if len(c) == 0 {
			f.Calldatas[i] = nil
		}
	}
	return f
}

// FuzzCreated: on any data the hand decoder does not panic, and where both
// decoders accept the data they agree.
func FuzzCreated(f *testing.F) {
	rng := rand.New(rand.NewPCG(9, 9))
	for _, n := range []int{0, 1, 3} {
		f.Add(createdLog(f, randomCreated(rng, n)).Data)
	}
	gov := bindings.NewStewardGovernor()
	f.Fuzz(func(t *testing.T, data []byte) {
		got, err := decodeCreatedData(data)
		l := types.Log{Topics: []common.Hash{ProposalCreatedTopic}, Data: data}
		ev, abiErr := gov.UnpackProposalCreatedEvent(&l)
		if err != nil || abiErr != nil {
			return
		}
		byABI := createdFields{ID: ev.ProposalId, Proposer: ev.Proposer, Targets: ev.Targets, Values: ev.Values,
			Signatures: ev.Signatures, Calldatas: ev.Calldatas, VoteStart: ev.VoteStart, VoteEnd: ev.VoteEnd, Description: ev.Description}
		if !reflect.DeepEqual(normal(got), normal(byABI)) {
			t.Fatalf("hand %+v\nABI %+v", got, byABI)
		}
	})
}

// BenchmarkDecodeCreated: a 5-call ProposalCreated log, by hand and by the
// generated (reflecting) decoder, in logs/s.
func BenchmarkDecodeCreated(b *testing.B) {
	l := createdLog(b, randomCreated(rand.New(rand.NewPCG(3, 3)), 5))
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			if _, err := DecodeCreated(l); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "logs/s")
	})
	b.Run("abigen", func(b *testing.B) {
		gov := bindings.NewStewardGovernor()
		for b.Loop() {
			if _, err := gov.UnpackProposalCreatedEvent(&l); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "logs/s")
	})
}
