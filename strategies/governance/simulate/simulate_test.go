package simulate

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

var (
	recipient = common.HexToAddress("0x000000000000000000000000000000000000Ca5e")
	attacker  = common.HexToAddress("0x00000000000000000000000000000000000BAd00")
	spender   = common.HexToAddress("0x5bE2000000000000000000000000000000005bE2")
	newImpl   = common.HexToAddress("0x1111111111111111111111111111111111111111")
	proposer  = crypto.Keccak256Hash([]byte("PROPOSER_ROLE"))
	maxUint   = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

	treasuryUSDC = wei(10_000_000, 6)
	treasuryWETH = wei(5_000, 18)
	treasuryETH  = wei(100, 18)
)

// call is one call of a test proposal.
type call struct {
	to       common.Address
	value    *big.Int
	data     []byte
	delegate bool
}

func prop(calls ...call) *proposal.Proposal {
	p := &proposal.Proposal{Form: proposal.FormGovernor, Description: "test"}
	for _, c := range calls {
		v := c.value
		if v == nil {
			v = new(big.Int)
		}
		p.Targets, p.Values, p.Calldatas = append(p.Targets, c.to), append(p.Values, v), append(p.Calldatas, c.data)
		p.Delegatecalls = append(p.Delegatecalls, c.delegate)
	}
	return p
}

// TestRun simulates proposals as the timelock on the embedded chain and on
// anvil, and checks every effect each should have, from both nodes: the
// trace-only ones (delegatecalls, self-destructs, creations) only where
// the node traces.
func TestRun(t *testing.T) {
	for _, chain := range []struct {
		name string
		env  func(testing.TB) *env
	}{{"embedded", newEmbedded}, {"anvil", newAnvil}} {
		t.Run(chain.name, func(t *testing.T) {
			e := chain.env(t)
			for _, tc := range runCases() {
				t.Run(tc.name, func(t *testing.T) {
					ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
					defer cancel()
					log, buf := logBuffer()
					got, err := Run(ctx, e.rpc, tc.p(e), Options{Executor: e.g.Timelock, Logger: log})
					if err != nil {
						t.Fatalf("Run: %v", err)
					}
					if got.Executor != e.g.Timelock {
						t.Errorf("Executor = %s, want the timelock %s", got.Executor, e.g.Timelock)
					}
					if w := got.Holdings[effects.ETH]; w == nil || w.Cmp(treasuryETH) != 0 {
						t.Errorf("Holdings[ETH] = %v, want %s", w, treasuryETH)
					}
					tc.check(t, e, got)
					if e.traces && strings.Contains(buf.String(), "level=WARN") {
						t.Errorf("warnings from a node that traces:\n%s", buf)
					}
				})
			}
			runInputs(t, e)
			runErrors(t, e)
		})
	}
}

type runCase struct {
	name  string
	p     func(e *env) *proposal.Proposal
	check func(t *testing.T, e *env, got *effects.Effects)
}

func runCases() []runCase {
	token, timelock := bindings.NewTestToken(), bindings.NewDaoTimelock()
	return []runCase{
		{"treasury ERC-20 transfer", func(e *env) *proposal.Proposal {
			return prop(call{to: e.g.TreasuryUSDC, data: token.PackTransfer(recipient, wei(250_000, 6))})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			eqInt(t, "Net(dUSDC, timelock)", got.Net(e.g.TreasuryUSDC, e.g.Timelock), wei(-250_000, 6))
			eqInt(t, "Net(dUSDC, recipient)", got.Net(e.g.TreasuryUSDC, recipient), wei(250_000, 6))
			eqInt(t, "Holdings[dUSDC]", got.Holdings[e.g.TreasuryUSDC], treasuryUSDC)
			eqInt(t, "Supply[dUSDC]", got.Supply[e.g.TreasuryUSDC], treasuryUSDC)
			want := []effects.Transfer{{Call: 0, Token: e.g.TreasuryUSDC, From: e.g.Timelock, To: recipient, Amount: wei(250_000, 6)}}
			eqTransfers(t, got.Transfers, want)
		}},
		{"unlimited approve to an unknown spender", func(e *env) *proposal.Proposal {
			return prop(call{to: e.g.TreasuryWETH, data: token.PackApprove(spender, maxUint)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			if len(got.Approvals) != 1 {
				t.Fatalf("Approvals = %+v, want one", got.Approvals)
			}
			a := got.Approvals[0]
			if a.Call != 0 || a.Token != e.g.TreasuryWETH || a.Owner != e.g.Timelock || a.Spender != spender || !a.Approved || a.Amount.Cmp(maxUint) != 0 {
				t.Errorf("Approval = %+v, want call 0 dWETH timelock→%s max, approved", a, spender)
			}
			eqInt(t, "Holdings[dWETH]", got.Holdings[e.g.TreasuryWETH], treasuryWETH)
			eqInt(t, "Supply[dWETH]", got.Supply[e.g.TreasuryWETH], treasuryWETH)
			eqTransfers(t, got.Transfers, nil)
		}},
		{"ETH from the treasury", func(e *env) *proposal.Proposal {
			return prop(call{to: recipient, value: wei(7, 18)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			eqTransfers(t, got.Transfers, []effects.Transfer{{Token: effects.ETH, From: e.g.Timelock, To: recipient, Amount: wei(7, 18)}})
			eqInt(t, "Net(ETH, timelock)", got.Net(effects.ETH, e.g.Timelock), wei(-7, 18))
		}},
		{"ETH sent back by a nested call", func(e *env) *proposal.Proposal {
			return prop(call{to: e.bouncer, value: wei(3, 18)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			eqTransfers(t, got.Transfers, []effects.Transfer{
				{Token: effects.ETH, From: e.g.Timelock, To: e.bouncer, Amount: wei(3, 18)},
				{Token: effects.ETH, From: e.bouncer, To: e.g.Timelock, Amount: wei(3, 18)}})
		}},
		{"ETH sent on by a self-destruct", func(e *env) *proposal.Proposal {
			// The self-destructor sends what it holds to its caller: a
			// nested value transfer back to the timelock.
			return prop(call{to: e.destructor, value: wei(2, 18)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			eqTransfers(t, got.Transfers, []effects.Transfer{
				{Token: effects.ETH, From: e.g.Timelock, To: e.destructor, Amount: wei(2, 18)},
				{Token: effects.ETH, From: e.destructor, To: e.g.Timelock, Amount: wei(2, 18)}})
			eqInt(t, "Net(ETH, timelock)", got.Net(effects.ETH, e.g.Timelock), new(big.Int))
			var want []effects.Frame
			if e.traces {
				want = []effects.Frame{{From: e.destructor, To: e.g.Timelock}}
			}
			eqList(t, "SelfDestructs", got.SelfDestructs, want)
		}},
		{"timelock grants PROPOSER_ROLE to an attacker", func(e *env) *proposal.Proposal {
			return prop(call{to: e.g.Timelock, data: timelock.PackGrantRole(proposer, attacker)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			eqList(t, "Roles", got.Roles, []effects.RoleChange{{Contract: e.g.Timelock, Role: proposer, Account: attacker, Granted: true}})
		}},
		{"approve then transferFrom: call 1 needs call 0's allowance", func(e *env) *proposal.Proposal {
			return prop(
				call{to: e.g.TreasuryUSDC, data: token.PackApprove(e.g.Timelock, wei(40, 6))},
				call{to: e.g.TreasuryUSDC, data: token.PackTransferFrom(e.g.Timelock, recipient, wei(40, 6))},
				// and the treasury's dWETH, then the recipient's... the
				// recipient cannot move it, so the treasury mints and sends
				// what it did not hold before.
				call{to: e.g.TreasuryWETH, data: token.PackMint(e.g.Timelock, wei(1_000, 18))},
				call{to: e.g.TreasuryWETH, data: token.PackTransfer(recipient, wei(5_500, 18))})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			eqTransfers(t, got.Transfers, []effects.Transfer{
				{Call: 1, Token: e.g.TreasuryUSDC, From: e.g.Timelock, To: recipient, Amount: wei(40, 6)},
				{Call: 2, Token: e.g.TreasuryWETH, To: e.g.Timelock, Amount: wei(1_000, 18)},
				{Call: 3, Token: e.g.TreasuryWETH, From: e.g.Timelock, To: recipient, Amount: wei(5_500, 18)}})
			eqInt(t, "Net(dWETH, timelock)", got.Net(e.g.TreasuryWETH, e.g.Timelock), wei(-4_500, 18))
			eqInt(t, "Supply[dWETH] (before the mint)", got.Supply[e.g.TreasuryWETH], treasuryWETH)
			if len(got.Approvals) != 1 || got.Approvals[0].Call != 0 || got.Approvals[0].Spender != e.g.Timelock {
				t.Errorf("Approvals = %+v, want call 0's only", got.Approvals)
			}
		}},
		{"a reverting call keeps the effects before it only", func(e *env) *proposal.Proposal {
			return prop(
				call{to: e.g.TreasuryUSDC, data: token.PackTransfer(recipient, big.NewInt(1))},
				call{to: e.g.TreasuryUSDC, data: token.PackTransfer(recipient, treasuryUSDC)},
				call{to: e.g.TreasuryWETH, data: token.PackTransfer(recipient, big.NewInt(1))})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			if !got.Reverted || got.FailedCall != 1 {
				t.Fatalf("Reverted %v at call %d, want a revert at call 1", got.Reverted, got.FailedCall)
			}
			// OpenZeppelin 5's custom error, decoded with its arguments.
			if !strings.Contains(got.Reason, "ERC20InsufficientBalance") || !strings.Contains(got.Reason, "needed=10000000000000") {
				t.Errorf("Reason = %q, want ERC20InsufficientBalance with its arguments", got.Reason)
			}
			eqTransfers(t, got.Transfers, []effects.Transfer{{Call: 0, Token: e.g.TreasuryUSDC, From: e.g.Timelock, To: recipient, Amount: big.NewInt(1)}})
			if _, ok := got.Holdings[e.g.TreasuryWETH]; ok {
				t.Errorf("Holdings has dWETH, which only the call after the revert touched")
			}
		}},
		{"more ETH than the treasury holds", func(e *env) *proposal.Proposal {
			// The node refuses such a call before running it; the timelock
			// would revert.
			return prop(
				call{to: recipient, value: wei(60, 18)},
				call{to: recipient, value: wei(60, 18)},
				call{to: e.g.Timelock, data: timelock.PackGrantRole(proposer, attacker)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			if !got.Reverted || got.FailedCall != 1 || !strings.Contains(got.Reason, "more ETH than the executor holds") {
				t.Fatalf("Reverted %v at %d (%q), want call 1 for want of ETH", got.Reverted, got.FailedCall, got.Reason)
			}
			eqTransfers(t, got.Transfers, []effects.Transfer{{Token: effects.ETH, From: e.g.Timelock, To: recipient, Amount: wei(60, 18)}})
			eqList(t, "Roles", got.Roles, nil)
		}},
		{"upgrade with an Upgraded event", func(e *env) *proposal.Proposal {
			return prop(call{to: e.upgrader, data: common.LeftPadBytes(newImpl.Bytes(), 32)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			// Once: the slot's change is the same upgrade as the event.
			eqList(t, "Upgrades", got.Upgrades, []effects.Upgrade{{Proxy: e.upgrader, Implementation: newImpl}})
		}},
		{"upgrade the implementation slot alone shows", func(e *env) *proposal.Proposal {
			return prop(
				call{to: e.g.TreasuryUSDC, data: token.PackTransfer(recipient, big.NewInt(1))},
				call{to: e.silent, data: common.LeftPadBytes(newImpl.Bytes(), 32)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			eqList(t, "Upgrades", got.Upgrades, []effects.Upgrade{{Call: 1, Proxy: e.silent, Implementation: newImpl}})
		}},
		{"a pool created by a nested CREATE2", func(e *env) *proposal.Proposal {
			return prop(call{to: e.dep.Factory, data: bindings.NewUniswapV3Factory().PackCreatePool(e.g.TreasuryUSDC, e.g.TreasuryWETH, big.NewInt(3000))})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			if !e.traces {
				eqList(t, "Created", got.Created, nil)
				return
			}
			if len(got.Created) != 1 || got.Created[0].Address == (common.Address{}) || got.Created[0].CodeSize < 20_000 {
				t.Errorf("Created = %+v, want one pool with its ~22 kB of code", got.Created)
			}
		}},
		{"delegatecall runs the token's code in the timelock, then a call", func(e *env) *proposal.Proposal {
			return prop(
				call{to: e.g.TreasuryUSDC, data: token.PackMint(attacker, big.NewInt(7)), delegate: true},
				// The timelock's own code is back for the next call.
				call{to: e.g.Timelock, data: timelock.PackGrantRole(proposer, attacker)})
		}, func(t *testing.T, e *env, got *effects.Effects) {
			notReverted(t, got)
			// The token's mint wrote the timelock's storage and logged as the timelock.
			eqTransfers(t, got.Transfers, []effects.Transfer{{Token: e.g.Timelock, To: attacker, Amount: big.NewInt(7)}})
			eqList(t, "Roles", got.Roles, []effects.RoleChange{{Call: 1, Contract: e.g.Timelock, Role: proposer, Account: attacker, Granted: true}})
			var want []effects.Frame
			if e.traces {
				want = []effects.Frame{{From: e.g.Timelock, To: e.g.TreasuryUSDC}}
			}
			eqList(t, "DelegateCalls", got.DelegateCalls, want)
		}},
	}
}

// runInputs runs the proposal shapes the cases above do not: a Governor
// Bravo signature, a pinned block, no calls.
func runInputs(t *testing.T, e *env) {
	ctx := context.Background()
	t.Run("inputs", func(t *testing.T) {
		full := bindings.NewTestToken().PackTransfer(recipient, big.NewInt(5))
		bravo := prop(call{to: e.g.TreasuryUSDC, data: full[4:]})
		bravo.Signatures = []string{"transfer(address,uint256)"}
		got, err := Run(ctx, e.rpc, bravo, Options{Executor: e.g.Timelock})
		if err != nil {
			t.Fatal(err)
		}
		eqTransfers(t, got.Transfers, []effects.Transfer{{Token: e.g.TreasuryUSDC, From: e.g.Timelock, To: recipient, Amount: big.NewInt(5)}})

		head, err := e.eth.BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		got, err = Run(ctx, e.rpc, bravo, Options{Executor: e.g.Timelock, Block: new(big.Int).SetUint64(head)})
		if err != nil {
			t.Fatalf("pinned block %d: %v", head, err)
		}
		eqInt(t, "Holdings[dUSDC] at the pinned block", got.Holdings[e.g.TreasuryUSDC], treasuryUSDC)

		got, err = Run(ctx, e.rpc, prop(), Options{Executor: e.g.Timelock})
		if err != nil || got.Reverted || len(got.Transfers) != 0 || got.Holdings[effects.ETH].Cmp(treasuryETH) != 0 {
			t.Errorf("no calls: %+v, %v; want nothing done and the ETH holdings", got, err)
		}
	})
}

// runErrors checks what Run refuses, on a real node.
func runErrors(t *testing.T, e *env) {
	ctx := context.Background()
	transfer := prop(call{to: e.g.TreasuryUSDC, data: bindings.NewTestToken().PackTransfer(recipient, big.NewInt(1))})
	t.Run("errors", func(t *testing.T) {
		if _, err := Run(ctx, e.rpc, transfer, Options{}); !errors.Is(err, ErrNoExecutor) {
			t.Errorf("no executor: %v, want ErrNoExecutor", err)
		}
		bad := prop(call{to: recipient})
		bad.Values = nil
		if _, err := Run(ctx, e.rpc, bad, Options{Executor: e.g.Timelock}); !errors.Is(err, ErrInvalidProposal) {
			t.Errorf("values missing: %v, want ErrInvalidProposal", err)
		}
		other := prop(call{to: recipient})
		other.ChainID = big.NewInt(1)
		if _, err := Run(ctx, e.rpc, other, Options{Executor: e.g.Timelock}); !errors.Is(err, ErrWrongChain) {
			t.Errorf("mainnet proposal: %v, want ErrWrongChain", err)
		}
		_, err := Run(ctx, e.rpc, transfer, Options{Executor: e.g.Timelock, Trace: TraceRequired})
		var ue *UnsupportedError
		switch {
		case e.traces && err != nil:
			t.Errorf("TraceRequired on a node that traces: %v", err)
		case !e.traces && (!errors.As(err, &ue) || ue.Method != "debug_traceCall"):
			t.Errorf("TraceRequired on a node without debug_traceCall: %v, want an UnsupportedError naming it", err)
		}
	})
}

// TestRunNodeWithoutSimulate: a JSON-RPC server without eth_simulateV1 is
// a Go error naming the method, not an empty effect.
func TestRunNodeWithoutSimulate(t *testing.T) {
	srv := rpc.NewServer()
	defer srv.Stop()
	c := rpc.DialInProc(srv)
	defer c.Close()
	_, err := Run(context.Background(), c, prop(call{to: recipient}), Options{Executor: attacker, Block: big.NewInt(1)})
	var ue *UnsupportedError
	if !errors.As(err, &ue) || ue.Method != "eth_simulateV1" || !errors.Is(err, ErrUnsupported) {
		t.Fatalf("Run on a server without eth_simulateV1: %v, want an UnsupportedError naming it", err)
	}
}

func notReverted(t *testing.T, got *effects.Effects) {
	t.Helper()
	if got.Reverted {
		t.Fatalf("reverted at call %d: %s", got.FailedCall, got.Reason)
	}
	if got.FailedCall != -1 {
		t.Errorf("FailedCall = %d without a revert, want -1", got.FailedCall)
	}
}

func eqInt(t *testing.T, what string, got, want *big.Int) {
	t.Helper()
	if got == nil || got.Cmp(want) != 0 {
		t.Errorf("%s = %v, want %s", what, got, want)
	}
}

func eqTransfers(t *testing.T, got, want []effects.Transfer) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		g, w := got[i], want[i]
		ok = g.Call == w.Call && g.Token == w.Token && g.From == w.From && g.To == w.To && g.Amount.Cmp(w.Amount) == 0
	}
	if !ok {
		t.Errorf("Transfers = %+v, want %+v", got, want)
	}
}

func eqList[T comparable](t *testing.T, what string, got, want []T) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(got); i++ {
		ok = got[i] == want[i]
	}
	if !ok {
		t.Errorf("%s = %+v, want %+v", what, got, want)
	}
}
