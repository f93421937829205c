package features

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// holdings: the timelock holds 1,000,000 USDC and 100 ETH.
func simulated(mutate func(*effects.Effects)) *effects.Effects {
	fx := &effects.Effects{
		Executor: timelock,
		Holdings: map[common.Address]*big.Int{usdc: units(1_000_000, 6), effects.ETH: units(100, 18)},
		Supply:   map[common.Address]*big.Int{govToken: units(1_000_000, 18)},
	}
	mutate(fx)
	return fx
}

func TestSimulatedEffects(t *testing.T) {
	opaque := func() *proposal.Proposal {
		p := prop("Aave-style payload: routine maintenance.", c(stranger, pack(t, "execute()")))
		p.Delegatecalls = []bool{true}
		return p
	}
	for _, tc := range []struct {
		name  string
		p     *proposal.Proposal
		fx    *effects.Effects
		want  map[Index]int64
		flags []flagAt
		floor int
	}{{
		name: "payload moves 20% of the USDC to an unknown account",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Transfers = []effects.Transfer{{Call: 0, Token: usdc, From: timelock, To: stranger, Amount: units(200_000, 6)}}
		}),
		want: map[Index]int64{Simulated: Scale, HoldingsKnown: Scale, OutflowShare: 2000, OutflowUnknownShare: 2000,
			PayloadDelegateCalls: Scale, Transfers: Scale, UnknownRecipients: Scale},
		flags: []flagAt{{KindLargeOutflowUnknown, 0}, {KindLargeOutflow, 0}},
		floor: 80,
	}, {
		name: "20% to a known account: flagged, no floor",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Transfers = []effects.Transfer{{Token: usdc, From: timelock, To: grantee, Amount: units(200_000, 6)}}
		}),
		want:  map[Index]int64{OutflowShare: 2000, OutflowUnknownShare: 0},
		flags: []flagAt{{KindLargeOutflow, 0}},
		floor: 0,
	}, {
		name: "60% to a known account",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Transfers = []effects.Transfer{{Token: effects.ETH, From: timelock, To: grantee, Amount: units(60, 18)}}
		}),
		want:  map[Index]int64{OutflowShare: 6000, ETHValueLog10: 17781}, // log10(60) = 1.7781…
		floor: 50,
	}, {
		name: "several transfers of a token add up",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			for range 4 {
				fx.Transfers = append(fx.Transfers, effects.Transfer{Token: usdc, From: timelock, To: stranger, Amount: units(30_000, 6)})
			}
		}),
		want:  map[Index]int64{OutflowUnknownShare: 1200, Transfers: 4 * Scale},
		floor: 80,
	}, {
		name: "transfers into the treasury are not outflows",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Transfers = []effects.Transfer{{Token: usdc, From: stranger, To: timelock, Amount: units(900_000, 6)}}
		}),
		want:  map[Index]int64{OutflowShare: 0, Transfers: 0},
		floor: 0,
	}, {
		name: "mint of 10% of the supply to an unknown account",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Transfers = []effects.Transfer{{Token: govToken, From: common.Address{}, To: stranger, Amount: units(100_000, 18)}}
		}),
		want:  map[Index]int64{Mints: Scale, MintShare: 1000, MintUnknownShare: 1000},
		flags: []flagAt{{KindLargeMintUnknown, 0}},
		floor: 85,
	}, {
		name: "approval of the whole holding is unlimited",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Approvals = []effects.Approval{{Token: usdc, Owner: timelock, Spender: stranger, Amount: units(1_000_000, 6)}}
		}),
		want:  map[Index]int64{UnlimitedApprovalsUnknown: Scale},
		flags: []flagAt{{KindUnlimitedApprovalUnknown, 0}},
		floor: 85,
	}, {
		name: "someone else's approval does not count",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Approvals = []effects.Approval{{Token: usdc, Owner: stranger2, Spender: stranger, Amount: maxUint256()}}
		}),
		want:  map[Index]int64{Approvals: 0},
		floor: 0,
	}, {
		name: "role granted and ownership moved to unknown accounts",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Roles = []effects.RoleChange{{Contract: proxy, Account: stranger, Granted: true}}
			fx.Owners = []effects.OwnerChange{{Contract: proxy, Previous: timelock, New: stranger2, Admin: true}}
		}),
		want:  map[Index]int64{RoleChanges: 2 * Scale, UnknownGrantees: 2 * Scale},
		flags: []flagAt{{KindRoleChangeUnknown, 0}},
		floor: 80,
	}, {
		name: "upgrade to unknown code",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.Upgrades = []effects.Upgrade{{Proxy: proxy, Implementation: stranger2}}
		}),
		want:  map[Index]int64{Upgrades: Scale, UnknownImplementations: Scale},
		floor: 75,
	}, {
		name: "the executor delegatecalls unknown code from inside the payload",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.DelegateCalls = []effects.Frame{{From: timelock, To: stranger}, {From: timelock, To: stranger2}}
		}),
		want:  map[Index]int64{PayloadDelegateCalls: Scale, DelegateCalls: Scale, DelegateCallsUnknown: Scale},
		flags: []flagAt{{KindDelegateCallUnknown, 0}},
		floor: 75,
	}, {
		// Every proxy delegatecalls its implementation; only code run
		// with the DAO's own powers matters.
		name: "a proxy delegating to its implementation is not flagged",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.DelegateCalls = []effects.Frame{{From: usdc, To: stranger2}}
		}),
		want:  map[Index]int64{DelegateCalls: 0, DelegateCallsUnknown: 0},
		floor: 0,
	}, {
		name: "self-destruct and new code",
		p:    opaque(),
		fx: simulated(func(fx *effects.Effects) {
			fx.SelfDestructs = []effects.Frame{{From: stranger, To: stranger}}
			fx.Created = []effects.Created{{Address: stranger2, CodeSize: 1234}}
		}),
		want:  map[Index]int64{SelfDestructs: Scale, CreatedContracts: Scale},
		flags: []flagAt{{KindSelfDestruct, 0}, {KindNewCode, 0}},
		floor: 80,
	}, {
		name:  "reverted simulation",
		p:     opaque(),
		fx:    simulated(func(fx *effects.Effects) { fx.Reverted, fx.FailedCall, fx.Reason = true, 0, "boom" }),
		want:  map[Index]int64{Reverted: Scale},
		flags: []flagAt{{KindReverted, 0}},
		floor: 0,
	}, {
		// The decoder and the simulation see the same transfer: it is
		// one transfer, and the holdings make its share known.
		name: "a static transfer and its simulated twin count once",
		p:    prop("Pay Foo Labs 200,000 USDC", c(usdc, pack(t, "transfer(address,uint256)", stranger, units(200_000, 6)))),
		fx: simulated(func(fx *effects.Effects) {
			fx.Transfers = []effects.Transfer{{Token: usdc, From: timelock, To: stranger, Amount: units(200_000, 6)}}
		}),
		want:  map[Index]int64{Transfers: Scale, OutflowUnknownShare: 2000, AmountRatio: Scale},
		floor: 80,
	}, {
		name: "a static transfer the simulation missed still counts against the holdings",
		p:    prop("", c(usdc, pack(t, "transfer(address,uint256)", stranger, units(500_000, 6)))),
		fx:   simulated(func(fx *effects.Effects) {}),
		want: map[Index]int64{Transfers: Scale, OutflowUnknownShare: 5000},
		// The executor is the timelock: the root call pays from it.
		floor: 80,
	}} {
		t.Run(tc.name, func(t *testing.T) {
			a := Analyze(Input{Proposal: tc.p, Book: testBook(t), Effects: tc.fx})
			checkConsistent(t, a)
			for i, want := range tc.want {
				if got := a.Vector[i]; got != want {
					t.Errorf("%s = %s, want %s", i, formatFixed(got), formatFixed(want))
				}
			}
			for _, f := range tc.flags {
				if !hasFlag(a, f.kind, f.call) {
					t.Errorf("no %s flag on call %d; flags: %+v", f.kind, f.call, a.Flags)
				}
			}
			if a.Floor != tc.floor {
				t.Errorf("floor %d, want %d; flags: %+v", a.Floor, tc.floor, a.Flags)
			}
		})
	}
}

func TestHistory(t *testing.T) {
	p := prop("Grant of 10 USDC to Foo Labs", c(usdc, pack(t, "transfer(address,uint256)", grantee, units(10, 6))))
	a := Analyze(Input{Proposal: p, Book: testBook(t), History: &History{
		PriorProposals:    0,
		VotesAtProposal:   units(100_000, 18),
		VotesBlocksBefore: units(10_000, 18),
		Supply:            units(1_000_000, 18),
	}})
	checkConsistent(t, a)
	want := map[Index]int64{HistoryKnown: Scale, PriorProposals: 0, ProposerVoteShare: 1000, VotesAcquiredShare: 900, VotesAcquiredFrac: 9000}
	for i, w := range want {
		if a.Vector[i] != w {
			t.Errorf("%s = %s, want %s", i, formatFixed(a.Vector[i]), formatFixed(w))
		}
	}
	if !hasFlag(a, KindFirstProposal, -1) || !hasFlag(a, KindVotesAcquired, -1) {
		t.Errorf("flags %+v, want first_proposal and votes_acquired", a.Flags)
	}
	if a.Floor != 0 {
		t.Errorf("floor %d: history alone sets no floor", a.Floor)
	}
	// Votes lost are not votes acquired.
	a = Analyze(Input{Proposal: p, History: &History{PriorProposals: 4, VotesAtProposal: big.NewInt(5), VotesBlocksBefore: big.NewInt(9), Supply: big.NewInt(100)}})
	if a.Vector[VotesAcquiredFrac] != 0 || a.Bits&BitFirstProposal != 0 {
		t.Errorf("votes_acquired_frac %d, bits %b", a.Vector[VotesAcquiredFrac], a.Bits)
	}
}
