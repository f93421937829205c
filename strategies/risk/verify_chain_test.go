package risk

import (
	"context"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/commit"
)

// TestDeriveOnRealGuard: two updates the program proposes at full risk,
// applied by the real ParameterGuard to the real Aave v3 market, derive
// from the chain: the first against the bounds' initial values, the second
// against the first's ParameterApplied events. A context publishing the
// values before the first update, a base outside the guard's bounds or a
// step other than the guard's does not.
func TestDeriveOnRealGuard(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("risk verify agent")))
	if err != nil {
		t.Fatal(err)
	}
	agent := crypto.PubkeyToAddress(key.PublicKey)
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199100}, Funded: []common.Address{agent}})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	m, err := chain.DeployAave(ctx, devchain.AaveParams{})
	if err != nil {
		t.Fatal(err)
	}
	model := crypto.Keccak256Hash([]byte("risk model"))
	if err := chain.Authorize(ctx, agent, model); err != nil {
		t.Fatal(err)
	}
	cl := chain.Client()
	op, err := devchain.NewOperator(ctx, devchain.OperatorConfig{Client: cl, Key: key, ChainID: chain.ChainID()})
	if err != nil {
		t.Fatal(err)
	}
	weth, _ := m.Reserve("dWETH")
	usdc, _ := m.Reserve("dUSDC")
	risk := func(r devchain.AaveRisk) Params {
		return Params{LTV: int64(r.LTV), LiquidationThreshold: int64(r.LiquidationThreshold), LiquidationBonus: int64(r.LiquidationBonus),
			SupplyCap: int64(r.SupplyCap), BorrowCap: int64(r.BorrowCap)}
	}
	prog, err := NewProgram(ProgramConfig{Pool: m.Pool, Oracle: m.Oracle, Steward: m.Steward,
		Collateral: Reserve{Symbol: "dWETH", Asset: weth.Asset, Decimals: 18, Base: risk(weth.Risk)},
		Borrowed:   Reserve{Symbol: "dUSDC", Asset: usdc.Asset, Decimals: 6, Base: risk(usdc.Risk)},
		Policy:     DefaultPolicy}, cl)
	if err != nil {
		t.Fatal(err)
	}

	// update has the program decide at full risk on the chain's head and
	// the agent apply its call through the guard; it returns the
	// derivation `steward verify` would make of it, and the planned values.
	nonce := uint64(0)
	update := func() (program.Derivation, []*big.Int, observation) {
		t.Helper()
		head, err := cl.HeaderByNumber(ctx, nil)
		if err != nil {
			t.Fatal(err)
		}
		cur, usage, _, err := prog.reserve(ctx, head.Number)
		if err != nil {
			t.Fatal(err)
		}
		obs := observation{cur: cur, usage: usage}
		plan, err := prog.Decide(program.Observation{Block: head, Private: obs}, []program.Output{fullRisk})
		if err != nil || plan.Hold || len(plan.Calls) != 1 {
			t.Fatalf("at full risk from %+v: %+v, %v", cur, plan, err)
		}
		call := plan.Calls[0]
		in, out := commit.EncodeInts([]int64{1, 2, 3}), commit.EncodeInts(fullRisk.Values)
		var (
			recs   []commit.Record
			leaves []common.Hash
		)
		for i := range 2 { // two records, so the proof is a real Merkle path
			r := commit.Record{Agent: agent, ModelDigest: model, InputDigest: crypto.Keccak256Hash(in), OutputDigest: crypto.Keccak256Hash(out),
				BlockNumber: head.Number.Uint64(), BlockHash: head.Hash(), Nonce: nonce + uint64(i)}
			recs, leaves = append(recs, r), append(leaves, r.Hash())
		}
		nonce += 2
		tree, err := commit.NewTree(leaves)
		if err != nil {
			t.Fatal(err)
		}
		proof, err := tree.Proof(leaves[0])
		if err != nil {
			t.Fatal(err)
		}
		r := recs[0]
		a := bindings.Action{Target: call.Target, Params: call.Params, Values: call.Values, Inputs: in, Outputs: out,
			Record: bindings.InferenceRecord{Agent: r.Agent, ModelDigest: r.ModelDigest, InputDigest: r.InputDigest,
				OutputDigest: r.OutputDigest, BlockNumber: r.BlockNumber, BlockHash: r.BlockHash, Nonce: r.Nonce},
			Proof: commit.PackProof(proof), Context: commit.EncodeContext(plan.Context)}
		tx, err := op.Send(ctx, &m.Guard, bindings.NewParameterGuard().PackCommitAndApply(tree.Root(), []bindings.Action{a}), 0)
		if err != nil {
			t.Fatalf("apply %+v: %v", call, err)
		}
		devchain.WaitPending(ctx, cl, agent, op.NextNonce(), 2*time.Second)
		chain.Commit()
		rcpt, err := op.Wait(ctx, tx)
		if err != nil {
			t.Fatal(err)
		}
		return program.Derivation{Chain: cl, Target: call.Target, Params: call.Params, Record: r, Outputs: fullRisk,
			Inputs: in, Context: plan.Context, Included: rcpt.BlockNumber.Uint64()}, call.Values, obs
	}
	derives := func(what string, d program.Derivation, want []*big.Int) {
		t.Helper()
		got, err := Deriver{}.Derive(ctx, d)
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if len(got) != len(want) {
			t.Fatalf("%s: derived %d values, applied %d", what, len(got), len(want))
		}
		for j, p := range d.Params {
			if got[p].Cmp(want[j]) != 0 {
				t.Fatalf("%s: %s derived %v, applied %v", what, paramName(p), got[p], want[j])
			}
		}
	}
	refused := func(what string, d program.Derivation, spoil func(v []int64), want string) {
		t.Helper()
		d.Context.Values = append([]int64(nil), d.Context.Values...)
		spoil(d.Context.Values[2:])
		if _, err := (Deriver{}).Derive(ctx, d); err == nil || !strings.Contains(err.Error(), want) {
			t.Fatalf("%s: %v, want an error with %q", what, err, want)
		}
	}

	first, firstValues, before := update()
	if len(first.Params) != len(fields) {
		t.Fatalf("the first update sets %d parameters, want all %d", len(first.Params), len(fields))
	}
	derives("the first update", first, firstValues)
	refused("a base below the guard's bounds", first, func(v []int64) { v[0] = 6000 }, "base.ltv 6000 is outside the guard's bounds")
	refused("a smaller step than the guard's", first, func(v []int64) { v[17] = 400 }, "policy.maxStep 400 differs")
	refused("a made-up current LTV", first, func(v []int64) { v[5] = 8000 }, "cur.ltv 8000 differs from the guard's dWETH.ltv 8050")

	for range devchain.DefaultAaveCooldown { // the guard's cooldown
		chain.Commit()
	}
	second, secondValues, now := update()
	if now.cur == before.cur {
		t.Fatalf("the first update did not move the reserve: %+v", now.cur)
	}
	derives("the second update", second, secondValues)
	// The second update published as if its supply cap were still the one
	// before the first: the guard's ParameterApplied events say otherwise.
	// (All the values before it would move the bonus too, which the action
	// does not set: refused before the chain is asked.)
	refused("the supply cap before the first update", second, func(v []int64) { v[8] = before.cur.SupplyCap },
		"cur.supplyCap 3000000 differs from the guard's dWETH.supplyCap 2250000")
	refused("the values before the first update", second, func(v []int64) { copy(v[5:10], before.cur.values()) },
		"dWETH.liquidationBonus from 10500 to 10800, but the action does not set it")
	// The first update still derives: its current values were the guard's
	// before its block, whatever happened since.
	derives("the first update, again", first, firstValues)
}
