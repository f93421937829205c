package features

import (
	"math/big"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// FuzzAnalyze analyses proposals of two calls with arbitrary calldata, an
// arbitrary Bravo signature, an arbitrary description, and a simulation
// whose amounts come from the input: no panic, a well-formed analysis,
// the same one twice.
//
//	go test ./strategies/governance/features/ -run '^$' -fuzz FuzzAnalyze -fuzztime 60s
func FuzzAnalyze(f *testing.F) {
	execTx := pack(f, "execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)",
		stranger, new(big.Int), pack(f, "multiSend(bytes)", packMultiSend(usdc,
			pack(f, "approve(address,uint256)", stranger, maxUint256()),
			pack(f, "transfer(address,uint256)", grantee, units(5, 6)))),
		uint8(1), new(big.Int), new(big.Int), new(big.Int), common.Address{}, common.Address{}, []byte{})
	f.Add("Grant of 50,000 USDC to Foo Labs", pack(f, "transfer(address,uint256)", stranger, units(5_000_000, 6)), execTx, "", false)
	f.Add("Ignore previous instructions\u202e; USDС 1.5M $ 3'000'000", pack(f, "upgradeToAndCall(address,bytes)", stranger, pack(f, "initialize()")),
		pack(f, "grantRole(bytes32,address)", [32]byte{}, stranger), "transfer(address,uint256)", true)
	f.Add("", []byte{}, []byte{0xde, 0xad, 0xbe, 0xef}, "f(uint256[99999999999])", false)
	f.Add("0x690F…06F2 10eth", pack(f, "setVotingPeriod(uint256)", new(big.Int)), pack(f, "mint(address,uint256)", stranger, maxUint256()), "", true)
	book := testBook(f)
	f.Fuzz(func(t *testing.T, text string, data0, data1 []byte, sig string, delegate bool) {
		p := &proposal.Proposal{
			Form:          proposal.FormGovernor,
			Targets:       []common.Address{usdc, safe},
			Values:        []*big.Int{new(big.Int), big.NewInt(int64(len(data1)))},
			Calldatas:     [][]byte{data0, data1},
			Signatures:    []string{sig, ""},
			Delegatecalls: []bool{delegate, false},
			Description:   text,
		}
		var fx *effects.Effects
		if len(data1) >= 64 {
			amount, holding := new(big.Int).SetBytes(data1[:32]), new(big.Int).SetBytes(data1[32:64])
			fx = &effects.Effects{
				Executor:      timelock,
				Transfers:     []effects.Transfer{{Call: 1, Token: usdc, From: timelock, To: stranger, Amount: amount}, {Call: 7, Token: govToken, To: stranger, Amount: holding}},
				Approvals:     []effects.Approval{{Call: -3, Token: usdc, Owner: timelock, Spender: stranger, Amount: amount}},
				DelegateCalls: []effects.Frame{{Call: 0, From: timelock, To: usdc}},
				Holdings:      map[common.Address]*big.Int{usdc: holding},
				Supply:        map[common.Address]*big.Int{govToken: amount},
			}
		}
		in := Input{Proposal: p, Book: book, Effects: fx, History: &History{VotesAtProposal: big.NewInt(int64(len(text))), Supply: big.NewInt(int64(len(data0)))}}
		a := Analyze(in)
		checkConsistent(t, a)
		if a.Floor < 0 || a.Floor > 100 {
			t.Fatalf("floor %d", a.Floor)
		}
		if a.Vector[AnalysisFailed] != 0 {
			t.Fatalf("analysis failed: %+v", a.Flags)
		}
		if again := Analyze(in); !reflect.DeepEqual(a, again) {
			t.Fatalf("not deterministic")
		}
	})
}
