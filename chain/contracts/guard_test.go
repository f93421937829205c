package contracts_test

import (
	"context"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
)

// tick is one batch of inference records, as an agent would commit it,
// with each record's published inputs and outputs.
type tick struct {
	records []commit.Record
	inputs  [][]byte
	outputs [][]byte
	tree    *commit.Tree
}

// newTick builds n records of agent on model at the chain head.
func (e *env) newTick(agent common.Address, model common.Hash, n int, nonce uint64) tick {
	e.t.Helper()
	head, err := e.client.HeaderByNumber(context.Background(), nil)
	if err != nil {
		e.t.Fatal(err)
	}
	return e.newTickAt(agent, model, n, nonce, head.Number.Uint64(), head.Hash())
}

// newTickAt builds n records of agent on model that claim block (number, hash).
func (e *env) newTickAt(agent common.Address, model common.Hash, n int, nonce, number uint64, hash common.Hash) tick {
	e.t.Helper()
	var (
		tk  tick
		err error
	)
	leaves := make([]common.Hash, n)
	for i := range n {
		in, out := commit.EncodeInts([]int64{int64(i), 7, -3}), commit.EncodeInts([]int64{int64(i) * 1000})
		tk.inputs, tk.outputs = append(tk.inputs, in), append(tk.outputs, out)
		r := commit.Record{
			Agent:        agent,
			ModelDigest:  model,
			InputDigest:  crypto.Keccak256Hash(in),
			OutputDigest: crypto.Keccak256Hash(out),
			BlockNumber:  number,
			BlockHash:    hash,
			Nonce:        nonce + uint64(i),
		}
		tk.records = append(tk.records, r)
		leaves[i] = r.Hash()
	}
	if tk.tree, err = commit.NewTree(leaves); err != nil {
		e.t.Fatal(err)
	}
	return tk
}

// action moves the vault's range as proven by record i of the tick.
func (tk tick) action(t *testing.T, target common.Address, i int, params map[[32]byte]int64) bindings.Action {
	t.Helper()
	r := tk.records[i]
	proof, err := tk.tree.Proof(r.Hash())
	if err != nil {
		t.Fatal(err)
	}
	a := bindings.Action{
		Target: target,
		Record: bindings.InferenceRecord{
			Agent: r.Agent, ModelDigest: r.ModelDigest, InputDigest: r.InputDigest, OutputDigest: r.OutputDigest,
			BlockNumber: r.BlockNumber, BlockHash: r.BlockHash, Nonce: r.Nonce,
		},
		Proof:   commit.PackProof(proof),
		Inputs:  tk.inputs[i],
		Outputs: tk.outputs[i],
		Context: commit.EncodeContext(commit.Context{Strategy: "test/v1", Values: []int64{int64(i)}}),
	}
	// Fixed order keeps the calldata deterministic.
	for _, p := range [][32]byte{tickLower, tickUpper} {
		if v, ok := params[p]; ok {
			a.Params = append(a.Params, p)
			a.Values = append(a.Values, big.NewInt(v))
		}
	}
	return a
}

func (tk tick) root() [32]byte { return tk.tree.Root() }

// checkVault asserts the vault's recorded range, the guard's view of it, and
// that the pool really holds the vault's liquidity at that range.
func (e *env) checkVault(lower, upper int64) {
	e.t.Helper()
	pos := call(e, e.vault, vaultABI.PackPosition(), vaultABI.UnpackPosition)
	if pos.TickLower.Int64() != lower || pos.TickUpper.Int64() != upper || pos.Liquidity.Int64() != vaultLiq {
		e.t.Fatalf("vault position = [%s, %s) liquidity %s, want [%d, %d) liquidity %d",
			pos.TickLower, pos.TickUpper, pos.Liquidity, lower, upper, vaultLiq)
	}
	onPool := call(e, e.pool, poolABI.PackPositions(contracts.PositionKey(e.vault, int32(lower), int32(upper))), poolABI.UnpackPositions)
	if onPool.Liquidity.Int64() != vaultLiq {
		e.t.Fatalf("pool.positions(vault, %d, %d).liquidity = %s, want %d", lower, upper, onPool.Liquidity, vaultLiq)
	}
	for p, want := range map[[32]byte]int64{tickLower: lower, tickUpper: upper} {
		cur := call(e, e.guard, guardABI.PackCurrent(e.vault, p), guardABI.UnpackCurrent)
		if cur.Value.Int64() != want {
			e.t.Fatalf("guard.current(%s) = %s, want %d", p, cur.Value, want)
		}
	}
}

func TestCommitAndApplyReranges(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()

	// First range, committed and applied in one transaction.
	tk := e.newTick(e.agent.addr, e.model, 3, 0)
	act := tk.action(t, e.vault, 1, map[[32]byte]int64{tickLower: -1200, tickUpper: 1500})
	r := e.send(e.agent, e.guard, guardABI.PackCommitAndApply(tk.root(), []bindings.Action{act}))
	t.Logf("gas: commitAndApply with one re-range (first mint) = %d", r.GasUsed)
	e.checkVault(-1200, 1500)

	applied := 0
	for _, l := range r.Logs {
		ev, err := guardABI.UnpackParameterAppliedEvent(l)
		if err != nil {
			continue
		}
		applied++
		if ev.Root != tk.root() || ev.RecordHash != tk.records[1].Hash() {
			t.Errorf("ParameterApplied root/record = %x/%x, want %x/%x", ev.Root, ev.RecordHash, tk.root(), tk.records[1].Hash())
		}
	}
	if applied != 2 {
		t.Errorf("%d ParameterApplied events, want 2", applied)
	}
	got := call(e, e.reg, registryABI.PackCommitter(tk.root()), registryABI.UnpackCommitter)
	if got.Agent != e.agent.addr || got.BlockNumber != r.BlockNumber.Uint64() {
		t.Errorf("committer(root) = %s at %d, want %s at %d", got.Agent, got.BlockNumber, e.agent.addr, r.BlockNumber)
	}

	// Trade through the vault's range so the next re-range also collects fees.
	e.send(e.owner, e.trader, traderABI.PackSwapTo(e.pool, sqrtPriceApprox(1000)))
	e.send(e.owner, e.trader, traderABI.PackSwapTo(e.pool, sqrtPriceApprox(-500)))
	e.sim.Commit() // the cooldown (2 blocks) has passed

	// Second range: a plain commit, then applyActions with a lower-only change.
	tk2 := e.newTick(e.agent.addr, e.model, 2, 3)
	rc := e.send(e.agent, e.reg, registryABI.PackCommit(tk2.root()))
	t.Logf("gas: plain commit(root) = %d", rc.GasUsed)
	ra := e.send(e.agent, e.guard, guardABI.PackApplyActions(tk2.root(),
		[]bindings.Action{tk2.action(t, e.vault, 0, map[[32]byte]int64{tickLower: -3000})}))
	t.Logf("gas: applyActions with one re-range (burn + collect + mint) = %d", ra.GasUsed)
	e.checkVault(-3000, 1500)
	old := call(e, e.pool, poolABI.PackPositions(contracts.PositionKey(e.vault, -1200, 1500)), poolABI.UnpackPositions)
	if old.Liquidity.Sign() != 0 || old.TokensOwed0.Sign() != 0 || old.TokensOwed1.Sign() != 0 {
		t.Errorf("old position not emptied: liquidity %s owed %s/%s", old.Liquidity, old.TokensOwed0, old.TokensOwed1)
	}

	// The gas a bundled tick costs once the vault holds a position.
	e.sim.Commit()
	e.sim.Commit()
	tk3 := e.newTick(e.agent.addr, e.model, 4, 5)
	r3 := e.send(e.agent, e.guard, guardABI.PackCommitAndApply(tk3.root(),
		[]bindings.Action{tk3.action(t, e.vault, 2, map[[32]byte]int64{tickLower: -2000, tickUpper: 2000})}))
	t.Logf("gas: commitAndApply with one re-range (burn + collect + mint, 4-leaf tree) = %d", r3.GasUsed)
	e.checkVault(-2000, 2000)
	if _, err := e.client.TransactionReceipt(ctx, r3.TxHash); err != nil {
		t.Fatal(err)
	}
}

// TestGuardRefusals checks that every refusal is its named custom error, as
// decoded by DecodeRevert from a real eth_call against the deployed stack.
func TestGuardRefusals(t *testing.T) {
	e := newEnv(t)
	rogueModel := crypto.Keccak256Hash([]byte("rogue model"))

	// A committed root with one applied change, so the cooldown is running.
	tk := e.newTick(e.agent.addr, e.model, 3, 0)
	e.send(e.agent, e.guard, guardABI.PackCommitAndApply(tk.root(),
		[]bindings.Action{tk.action(t, e.vault, 0, map[[32]byte]int64{tickLower: -1000, tickUpper: 1000})}))
	e.sim.Commit()
	e.sim.Commit() // cooldown over for the cases below, except "too soon"

	committed := e.newTick(e.agent.addr, e.model, 3, 10)
	e.send(e.agent, e.reg, registryABI.PackCommit(committed.root()))
	uncommitted := e.newTick(e.agent.addr, e.model, 2, 20)
	rogue := e.newTick(e.agent.addr, rogueModel, 1, 30)
	e.send(e.agent, e.reg, registryABI.PackCommit(rogue.root()))
	lower := func(v int64) map[[32]byte]int64 { return map[[32]byte]int64{tickLower: v} }
	apply := func(tk tick, a bindings.Action) []byte {
		return guardABI.PackApplyActions(tk.root(), []bindings.Action{a})
	}
	wrongProof := committed.action(t, e.vault, 0, lower(-1100))
	wrongProof.Proof = wrongProof.Proof[32:]
	lengthMismatch := committed.action(t, e.vault, 0, lower(-1100))
	lengthMismatch.Values = append(lengthMismatch.Values, big.NewInt(1))
	unknownParam := committed.action(t, e.vault, 0, nil)
	unknownParam.Params = [][32]byte{contracts.Param("fee")}
	unknownParam.Values = []*big.Int{big.NewInt(500)}
	foreignRecord := committed.action(t, e.vault, 0, lower(-1100))
	foreignRecord.Record.Agent = e.other.addr
	valid := committed.action(t, e.vault, 1, lower(-1100))
	alteredInputs := committed.action(t, e.vault, 1, lower(-1100))
	alteredInputs.Inputs = commit.EncodeInts([]int64{1, 7, -4})
	alteredOutputs := committed.action(t, e.vault, 1, lower(-1100))
	alteredOutputs.Outputs = commit.EncodeInts([]int64{1001})
	ragged := committed.action(t, e.vault, 1, lower(-1100))
	ragged.Proof = append(ragged.Proof, 0)
	inverted := defaultBounds()
	inverted.Min, inverted.Max = big.NewInt(1), big.NewInt(-1)

	tests := []struct {
		name     string
		from     common.Address
		to       common.Address
		data     []byte
		contract string
		errName  string
	}{
		{"out of bounds", e.agent.addr, e.guard, apply(committed, committed.action(t, e.vault, 0, lower(-boundRange-10))),
			"ParameterGuard", "OutOfBounds"},
		{"step too large", e.agent.addr, e.guard, apply(committed, committed.action(t, e.vault, 0, lower(-1000-boundMaxStep-10))),
			"ParameterGuard", "StepTooLarge"},
		{"root not committed", e.agent.addr, e.guard, apply(uncommitted, uncommitted.action(t, e.vault, 0, lower(-1100))),
			"ParameterGuard", "RootNotCommitted"},
		{"wrong proof", e.agent.addr, e.guard, apply(committed, wrongProof), "ParameterGuard", "InvalidProof"},
		{"record from another tree", e.agent.addr, e.guard, apply(committed, uncommitted.action(t, e.vault, 0, lower(-1100))),
			"ParameterGuard", "InvalidProof"},
		{"unauthorised model", e.agent.addr, e.guard, apply(rogue, rogue.action(t, e.vault, 0, lower(-1100))),
			"ParameterGuard", "ModelNotAuthorised"},
		{"wrong sender", e.other.addr, e.guard, apply(committed, valid), "ParameterGuard", "AgentMismatch"},
		{"record of another agent", e.agent.addr, e.guard, apply(committed, foreignRecord), "ParameterGuard", "AgentMismatch"},
		{"params and values differ in length", e.agent.addr, e.guard, apply(committed, lengthMismatch), "ParameterGuard", "LengthMismatch"},
		{"parameter without bounds", e.agent.addr, e.guard, apply(committed, unknownParam), "ParameterGuard", "UnknownParameter"},
		{"vault refuses an empty range", e.agent.addr, e.guard, apply(committed, committed.action(t, e.vault, 0, lower(1000))),
			"RangeVault", "InvalidRange"},
		{"vault refuses an unaligned tick", e.agent.addr, e.guard, apply(committed, committed.action(t, e.vault, 0, lower(-1005))),
			"RangeVault", "TickNotAligned"},
		{"unauthorised agent cannot commit through the guard", e.other.addr, e.guard,
			guardABI.PackCommitAndApply(e.newTick(e.other.addr, e.model, 1, 0).root(), nil), "InferenceRegistry", "AgentNotAuthorised"},
		{"a root is committed once", e.agent.addr, e.reg, registryABI.PackCommit(committed.root()), "InferenceRegistry", "RootAlreadyCommitted"},
		{"only committers commit for others", e.agent.addr, e.reg, registryABI.PackCommitFor(e.agent.addr, [32]byte{9}),
			"InferenceRegistry", "NotCommitter"},
		{"only the owner authorises", e.agent.addr, e.reg, registryABI.PackAuthorize(e.agent.addr, rogueModel, true),
			"InferenceRegistry/ParameterGuard", "NotOwner"},
		{"only the owner sets bounds", e.agent.addr, e.guard, guardABI.PackSetBounds(e.vault, tickLower, defaultBounds(), big.NewInt(0)),
			"InferenceRegistry/ParameterGuard", "NotOwner"},
		{"inconsistent bounds", e.owner.addr, e.guard, guardABI.PackSetBounds(e.vault, tickLower, inverted, big.NewInt(0)),
			"ParameterGuard", "InvalidBounds"},
		{"inputs not published as committed", e.agent.addr, e.guard, apply(committed, alteredInputs), "ParameterGuard", "InputsMismatch"},
		{"outputs not published as committed", e.agent.addr, e.guard, apply(committed, alteredOutputs), "ParameterGuard", "OutputsMismatch"},
		{"proof not a whole number of hashes", e.agent.addr, e.guard, apply(committed, ragged), "ParameterGuard", "InvalidProof"},
		{"only the guard runs applyOne", e.agent.addr, e.guard, guardABI.PackApplyOne(e.agent.addr, committed.root(), valid),
			"ParameterGuard", "OnlySelf"},
		{"only the owner replaces the verifier", e.agent.addr, e.guard, guardABI.PackSetVerifier(e.agent.addr), "InferenceRegistry/ParameterGuard", "NotOwner"},
		{"no verifier is no verification", e.owner.addr, e.guard, guardABI.PackSetVerifier(common.Address{}), "ParameterGuard", "InvalidVerifier"},
		{"only the owner sets the root TTL", e.agent.addr, e.guard, guardABI.PackSetRootTtl(1000), "InferenceRegistry/ParameterGuard", "NotOwner"},
		{"a root must expire", e.owner.addr, e.guard, guardABI.PackSetRootTtl(0), "ParameterGuard", "InvalidRootTtl"},
		{"only the owner names the guardian", e.agent.addr, e.guard, guardABI.PackSetGuardian(e.agent.addr), "InferenceRegistry/ParameterGuard", "NotOwner"},
		{"only the guardian or owner pauses", e.agent.addr, e.guard, guardABI.PackPause(), "ParameterGuard", "NotGuardian"},
		{"the guardian cannot unpause", e.warden.addr, e.guard, guardABI.PackUnpause(), "InferenceRegistry/ParameterGuard", "NotOwner"},
		{"only the guard moves the vault", e.agent.addr, e.vault, vaultABI.PackApplyParameters([][32]byte{tickLower}, []*big.Int{big.NewInt(-1100)}),
			"RangeVault/ProposalScores", "NotGuard"},
		{"nobody else pulls the vault's tokens", e.agent.addr, e.vault, vaultABI.PackUniswapV3MintCallback(big.NewInt(1), big.NewInt(1), nil),
			"RangeVault", "NotPool"},
		{"nobody pulls the trader's tokens", e.agent.addr, e.trader, traderABI.PackUniswapV3SwapCallback(big.NewInt(1), big.NewInt(1), nil),
			"DevTrader", "NotActivePool"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := e.callAs(tt.from, tt.to, tt.data)
			var re *contracts.RevertError
			if !errors.As(err, &re) {
				t.Fatalf("call = %v, want revert %s.%s", err, tt.contract, tt.errName)
			}
			if re.Contract != tt.contract || re.Name != tt.errName {
				t.Fatalf("revert = %v, want %s.%s", re, tt.contract, tt.errName)
			}
			t.Log(re)
		})
	}
	// The valid action really is valid: the refusals above are not an artefact of the setup.
	if err := e.callAs(e.agent.addr, e.guard, apply(committed, valid)); err != nil {
		t.Fatalf("valid action refused: %v", err)
	}

	t.Run("too soon", func(t *testing.T) {
		e.send(e.agent, e.guard, apply(committed, valid))
		again := committed.action(t, e.vault, 2, lower(-1200))
		err := e.callAs(e.agent.addr, e.guard, apply(committed, again))
		var re *contracts.RevertError
		if !errors.As(err, &re) || re.Name != "CooldownActive" {
			t.Fatalf("call = %v, want ParameterGuard.CooldownActive", err)
		}
		head, _ := e.client.BlockNumber(context.Background())
		if ready := re.Args["readyAtBlock"].(uint64); ready != head+boundCooldown {
			t.Errorf("readyAtBlock = %d, want %d", ready, head+boundCooldown)
		}
		t.Log(re)
	})

	t.Run("estimate gas carries the named error", func(t *testing.T) {
		// bind.Transact estimates gas first; the lead's tx manager sees this error.
		_, err := e.transact(e.agent, e.guard, apply(committed, committed.action(t, e.vault, 0, lower(-boundRange-10))))
		var re *contracts.RevertError
		if err = contracts.DecodeError(err); !errors.As(err, &re) || re.Name != "OutOfBounds" {
			t.Fatalf("transact = %v, want ParameterGuard.OutOfBounds", err)
		}
	})
}

// sqrtPriceApprox is sqrt(1.0001^tick)·2^96, close enough for a swap's price limit.
func sqrtPriceApprox(tick int) *big.Int {
	f := new(big.Float).SetFloat64(math.Pow(1.0001, float64(tick)/2))
	f.Mul(f, new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 96)))
	i, _ := f.Int(nil)
	return i
}
