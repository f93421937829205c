package contracts_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// commitAndApply is commitAndApply of record 0 of a fresh tick moving the
// params given; the record rests on the block before the head, so the call
// is valid both as an eth_call at the head and as a transaction.
func (e *env) commitAndApply(t *testing.T, params map[[32]byte]int64, nonce uint64) []byte {
	t.Helper()
	prev := e.header(new(big.Int).Sub(e.header(nil).Number, big.NewInt(1)))
	tk := e.newTickAt(e.agent.addr, e.model, 1, nonce, prev.Number.Uint64(), prev.Hash())
	return guardABI.PackCommitAndApply(tk.root(), []bindings.Action{tk.action(t, e.vault, 0, params)})
}

func TestGuardPercentStep(t *testing.T) {
	e := newEnv(t)
	// tickLower starts at -1000; 10% of it is 100 ticks per change.
	b := defaultBounds()
	b.MaxStepBps = 1000
	e.send(e.owner, e.guard, guardABI.PackSetBounds(e.vault, tickLower, b, big.NewInt(initialLower)))
	got := call(e, e.guard, guardABI.PackBounds(e.vault, tickLower), guardABI.UnpackBounds)
	if !got.Configured || got.B.MaxStepBps != 1000 {
		t.Fatalf("bounds = %+v, want maxStepBps 1000", got)
	}

	re := wantRevert(t, e.callAs(e.agent.addr, e.guard, e.commitAndApply(t, map[[32]byte]int64{tickLower: -1110, tickUpper: initialUpper}, 0)), "StepTooLargePercent")
	if re.Args["maxStepBps"].(uint32) != 1000 || re.Args["from"].(*big.Int).Int64() != -1000 || re.Args["to"].(*big.Int).Int64() != -1110 {
		t.Errorf("args = %v", re.Args)
	}
	// Exactly 10% passes, and the absolute limit (3000) still applies beside it.
	e.send(e.agent, e.guard, e.commitAndApply(t, map[[32]byte]int64{tickLower: -1100, tickUpper: initialUpper}, 10))
	e.checkVault(-1100, initialUpper)

	// A parameter at 0 has no relative size: only the absolute step holds.
	e.send(e.owner, e.guard, guardABI.PackSetBounds(e.vault, tickUpper, b, big.NewInt(0)))
	e.sim.Commit()
	e.sim.Commit() // cooldown
	e.send(e.agent, e.guard, e.commitAndApply(t, map[[32]byte]int64{tickLower: -1190, tickUpper: 500}, 20))
	e.checkVault(-1190, 500)
}

func TestGuardRootExpires(t *testing.T) {
	e := newEnv(t)
	tk := e.newTick(e.agent.addr, e.model, 2, 0)
	rc := e.send(e.agent, e.reg, registryABI.PackCommit(tk.root()))
	apply := guardABI.PackApplyActions(tk.root(), []bindings.Action{tk.action(t, e.vault, 0, map[[32]byte]int64{tickLower: -1100, tickUpper: initialUpper})})
	committedAt := rc.BlockNumber.Uint64()

	// eth_call runs at the head: the root is usable up to committedAt+rootTTL.
	for head := committedAt; head < committedAt+rootTTL; head++ {
		e.sim.Commit()
	}
	if err := e.callAs(e.agent.addr, e.guard, apply); err != nil {
		t.Fatalf("root refused at its last block: %v", err)
	}
	e.sim.Commit()
	re := wantRevert(t, e.callAs(e.agent.addr, e.guard, apply), "RootExpired")
	if re.Args["committedAt"].(uint64) != committedAt || re.Args["ttlBlocks"].(uint64) != rootTTL {
		t.Errorf("args = %v, want committedAt %d ttl %d", re.Args, committedAt, rootTTL)
	}
	// The owner can lengthen the TTL; the same root then backs actions again.
	e.send(e.owner, e.guard, guardABI.PackSetRootTtl(rootTTL*4))
	e.send(e.agent, e.guard, apply)
	e.checkVault(-1100, initialUpper)
}

func TestGuardPause(t *testing.T) {
	e := newEnv(t)
	r := e.send(e.warden, e.guard, guardABI.PackPause())
	if len(r.Logs) != 1 {
		t.Fatalf("pause emitted %d logs, want GuardPaused", len(r.Logs))
	}
	if ev, err := guardABI.UnpackGuardPausedEvent(r.Logs[0]); err != nil || ev.By != e.warden.addr {
		t.Fatalf("GuardPaused = %+v, %v", ev, err)
	}
	params := map[[32]byte]int64{tickLower: -1100, tickUpper: initialUpper}
	wantRevert(t, e.callAs(e.agent.addr, e.guard, e.commitAndApply(t, params, 0)), "Paused")
	tk := e.newTick(e.agent.addr, e.model, 1, 5)
	e.send(e.agent, e.reg, registryABI.PackCommit(tk.root()))
	wantRevert(t, e.callAs(e.agent.addr, e.guard, guardABI.PackApplyActions(tk.root(),
		[]bindings.Action{tk.action(t, e.vault, 0, params)})), "Paused")
	wantRevert(t, e.callAs(e.agent.addr, e.guard, guardABI.PackCommitAndTryApply(tk.root(),
		[]bindings.Action{tk.action(t, e.vault, 0, params)})), "Paused")

	e.send(e.owner, e.guard, guardABI.PackUnpause())
	e.send(e.agent, e.guard, e.commitAndApply(t, params, 10))
	e.checkVault(-1100, initialUpper)
}

// commitAndTryApply applies what passes and reports each refusal as an
// event carrying the named error, instead of reverting the whole tick.
func TestGuardTryApplyReportsRefusals(t *testing.T) {
	e := newEnv(t)
	tk := e.newTick(e.agent.addr, e.model, 3, 0)
	actions := []bindings.Action{
		tk.action(t, e.vault, 0, map[[32]byte]int64{tickLower: -boundRange - 10}),               // out of bounds
		tk.action(t, e.vault, 1, map[[32]byte]int64{tickLower: -1100, tickUpper: initialUpper}), // fine
		tk.action(t, e.vault, 2, map[[32]byte]int64{tickUpper: 1100}),                           // would be fine, but its outputs are altered
	}
	actions[2].Outputs = []byte("not what the record commits to")
	r := e.send(e.agent, e.guard, guardABI.PackCommitAndTryApply(tk.root(), actions))
	t.Logf("gas: commitAndTryApply, 1 action applied + 2 refused = %d", r.GasUsed)
	e.checkVault(-1100, initialUpper)

	var applied int
	refused := map[uint64]string{}
	for _, l := range r.Logs {
		if ev, err := guardABI.UnpackParameterAppliedEvent(l); err == nil {
			applied++
			if ev.RecordHash != tk.records[1].Hash() {
				t.Errorf("applied record %x, want %x", ev.RecordHash, tk.records[1].Hash())
			}
		}
		if ev, err := guardABI.UnpackActionRefusedEvent(l); err == nil {
			var re *contracts.RevertError
			if err := contracts.DecodeRevert(ev.Reason); !errors.As(err, &re) {
				t.Fatalf("refusal reason %x does not decode: %v", ev.Reason, err)
			}
			refused[ev.Index.Uint64()] = re.Name
			if ev.Root != tk.root() || ev.RecordHash != tk.records[ev.Index.Uint64()].Hash() {
				t.Errorf("ActionRefused %d names root %x record %x", ev.Index, ev.Root, ev.RecordHash)
			}
		}
	}
	if applied != 2 || refused[0] != "OutOfBounds" || refused[2] != "OutputsMismatch" || len(refused) != 2 {
		t.Fatalf("applied %d, refused %v; want 2 applied (action 1's two ticks), 0: OutOfBounds, 2: OutputsMismatch", applied, refused)
	}
}

// The owner can plug in another verifier without touching the guard; the
// guard then asks only that one.
func TestGuardVerifierIsPluggable(t *testing.T) {
	e := newEnv(t)
	if got := call(e, e.guard, guardABI.PackVerifier(), guardABI.UnpackVerifier); got != e.verifier {
		t.Fatalf("verifier = %s, want %s", got, e.verifier)
	}
	// A contract that is not a verifier (the registry has no verifyRecord)
	// makes every apply revert: the guard never applies unverified records.
	e.send(e.owner, e.guard, guardABI.PackSetVerifier(e.reg))
	if err := e.callAs(e.agent.addr, e.guard, e.commitAndApply(t, map[[32]byte]int64{tickLower: -1100, tickUpper: initialUpper}, 0)); err == nil {
		t.Fatal("apply passed with a verifier that cannot verify")
	}
	second := e.deploy(bindings.MerkleVerifierMetaData.Bin, nil)
	r := e.send(e.owner, e.guard, guardABI.PackSetVerifier(second))
	if ev, err := guardABI.UnpackVerifierSetEvent(r.Logs[0]); err != nil || ev.Verifier != second {
		t.Fatalf("VerifierSet = %+v, %v", ev, err)
	}
	e.send(e.agent, e.guard, e.commitAndApply(t, map[[32]byte]int64{tickLower: -1100, tickUpper: initialUpper}, 10))
	e.checkVault(-1100, initialUpper)
}

// A thief holding the agent's key can commit any root it likes and forge
// records for the authorised model, yet it can move the vault no further
// than the bounds allow, no faster than the cooldown, and not at all once
// the guardian pauses the guard or the owner revokes the key.
func TestStolenAgentKey(t *testing.T) {
	e := newEnv(t)
	thief := e.agent // the same key, in other hands
	nonce := uint64(1000)
	forge := func(params map[[32]byte]int64) []byte {
		nonce += 10
		return e.commitAndApply(t, params, nonce)
	}
	try := func(params map[[32]byte]int64) error { return e.callAs(thief.addr, e.guard, forge(params)) }

	// Straight to an extreme: refused by bounds and by step.
	wantRevert(t, try(map[[32]byte]int64{tickLower: -boundRange - 10}), "OutOfBounds")
	wantRevert(t, try(map[[32]byte]int64{tickLower: -boundRange}), "StepTooLarge")
	// One full step is possible …
	e.send(thief, e.guard, forge(map[[32]byte]int64{tickLower: initialLower - boundMaxStep, tickUpper: initialUpper}))
	// … but not a second one before the cooldown.
	wantRevert(t, try(map[[32]byte]int64{tickLower: initialLower - 2*boundMaxStep}), "CooldownActive")

	// Every administrative lever is out of reach.
	for name, data := range map[string][]byte{
		"widen bounds":     guardABI.PackSetBounds(e.vault, tickLower, defaultBounds(), big.NewInt(-boundRange)),
		"swap verifier":    guardABI.PackSetVerifier(thief.addr),
		"stretch root TTL": guardABI.PackSetRootTtl(1 << 40),
		"become guardian":  guardABI.PackSetGuardian(thief.addr),
		"unpause":          guardABI.PackUnpause(),
	} {
		var re *contracts.RevertError
		if err := e.callAs(thief.addr, e.guard, data); !errors.As(err, &re) || re.Name != "NotOwner" {
			t.Errorf("%s: %v, want NotOwner", name, err)
		}
	}
	rogue := common.HexToHash("0xbad")
	var re *contracts.RevertError
	if err := e.callAs(thief.addr, e.reg, registryABI.PackAuthorize(thief.addr, rogue, true)); !errors.As(err, &re) || re.Name != "NotOwner" {
		t.Errorf("authorise a rogue model: %v, want NotOwner", err)
	}
	if err := e.callAs(thief.addr, e.vault, vaultABI.PackApplyParameters([][32]byte{tickLower}, []*big.Int{big.NewInt(-boundRange)})); !errors.As(err, &re) || re.Name != "NotGuard" {
		t.Errorf("move the vault directly: %v, want NotGuard", err)
	}
	tk := e.newTick(thief.addr, rogue, 1, 1)
	wantRevert(t, e.callAs(thief.addr, e.guard, guardABI.PackCommitAndApply(tk.root(),
		[]bindings.Action{tk.action(t, e.vault, 0, map[[32]byte]int64{tickLower: -4000})})), "ModelNotAuthorised")

	// The guardian notices and pauses; then the owner revokes the key.
	e.send(e.warden, e.guard, guardABI.PackPause())
	wantRevert(t, try(map[[32]byte]int64{tickLower: -4000}), "Paused")
	e.send(e.owner, e.reg, registryABI.PackAuthorize(thief.addr, e.model, false))
	e.send(e.owner, e.guard, guardABI.PackUnpause())
	var reg *contracts.RevertError
	if err := try(map[[32]byte]int64{tickLower: -4000}); !errors.As(err, &reg) || reg.Name != "AgentNotAuthorised" {
		t.Errorf("revoked key: %v, want InferenceRegistry.AgentNotAuthorised", err)
	}
	e.checkVault(initialLower-boundMaxStep, initialUpper)
}
