package contracts_test

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// wantRevert fails the test unless err is the guard's named error errName,
// and returns it for a look at its arguments.
func wantRevert(t *testing.T, err error, errName string) *contracts.RevertError {
	t.Helper()
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Contract != "ParameterGuard" || re.Name != errName {
		t.Fatalf("call = %v, want ParameterGuard.%s", err, errName)
	}
	t.Log(re)
	return re
}

// header returns the canonical header at number (nil: the head).
func (e *env) header(number *big.Int) *types.Header {
	e.t.Helper()
	h, err := e.client.HeaderByNumber(context.Background(), number)
	if err != nil {
		e.t.Fatal(err)
	}
	return h
}

// rerange is commitAndApply of record 0 of tk, moving the vault's range to [-1100, 1000).
func rerange(t *testing.T, e *env, tk tick) []byte {
	return guardABI.PackCommitAndApply(tk.root(),
		[]bindings.Action{tk.action(t, e.vault, 0, map[[32]byte]int64{tickLower: -1100, tickUpper: initialUpper})})
}

// TestGuardRecordBlock checks that the guard applies a record only if its
// block is an earlier canonical block: eth_call at the latest block runs in
// that block's own context (block.number = head), so a record of the head
// itself is from the future there, and valid from the next block on.
func TestGuardRecordBlock(t *testing.T) {
	e := newEnv(t)
	e.sim.Commit()
	head := e.header(nil)
	n := head.Number.Uint64()
	prev := e.header(new(big.Int).SetUint64(n - 1))
	forged := crypto.Keccak256Hash([]byte("a block that never was"))

	t.Run("hash wrong for its number", func(t *testing.T) {
		tk := e.newTickAt(e.agent.addr, e.model, 2, 0, n-1, forged)
		re := wantRevert(t, e.callAs(e.agent.addr, e.guard, rerange(t, e, tk)), "OrphanedRecord")
		if got := re.Args["blockNumber"].(uint64); got != n-1 {
			t.Errorf("blockNumber = %d, want %d", got, n-1)
		}
		if got := re.Args["recorded"].([32]byte); got != forged {
			t.Errorf("recorded = %x, want %x", got, forged)
		}
		if got := re.Args["canonical"].([32]byte); got != prev.Hash() {
			t.Errorf("canonical = %x, want %x", got, prev.Hash())
		}
	})
	t.Run("block not yet mined", func(t *testing.T) {
		tk := e.newTickAt(e.agent.addr, e.model, 2, 10, n+1, forged)
		re := wantRevert(t, e.callAs(e.agent.addr, e.guard, rerange(t, e, tk)), "RecordFromFuture")
		if got := re.Args["blockNumber"].(uint64); got != n+1 {
			t.Errorf("blockNumber = %d, want %d", got, n+1)
		}
	})
	atHead := e.newTickAt(e.agent.addr, e.model, 2, 20, n, head.Hash())
	t.Run("record of the head, simulated at latest", func(t *testing.T) {
		re := wantRevert(t, e.callAs(e.agent.addr, e.guard, rerange(t, e, atHead)), "RecordFromFuture")
		if got := re.Args["blockNumber"].(uint64); got != n {
			t.Errorf("blockNumber = %d, want %d", got, n)
		}
	})
	t.Run("record of the head, simulated at pending", func(t *testing.T) {
		_, err := e.client.PendingCallContract(context.Background(),
			ethereum.CallMsg{From: e.agent.addr, To: &e.guard, Data: rerange(t, e, atHead)})
		if err != nil {
			t.Fatalf("pending call = %v, want success", contracts.DecodeError(err))
		}
	})
	t.Run("record of the parent, simulated at latest", func(t *testing.T) {
		tk := e.newTickAt(e.agent.addr, e.model, 2, 30, n-1, prev.Hash())
		if err := e.callAs(e.agent.addr, e.guard, rerange(t, e, tk)); err != nil {
			t.Fatalf("call = %v, want success", err)
		}
	})
	// The honest path: a record of the head, mined in the next block.
	r := e.send(e.agent, e.guard, rerange(t, e, atHead))
	if r.BlockNumber.Uint64() != n+1 {
		t.Fatalf("mined in block %d, want %d", r.BlockNumber, n+1)
	}
	e.checkVault(-1100, initialUpper)
}

// TestGuardRecordTooOld checks the 256-block window of BLOCKHASH: a record is
// applied up to 256 blocks after its own and refused from the 257th on.
func TestGuardRecordTooOld(t *testing.T) {
	e := newEnv(t)
	head := e.header(nil)
	n := head.Number.Uint64()
	tk := e.newTickAt(e.agent.addr, e.model, 2, 0, n, head.Hash())
	for range 256 {
		e.sim.Commit()
	}
	if got := e.header(nil).Number.Uint64(); got != n+256 {
		t.Fatalf("head = %d, want %d", got, n+256)
	}
	if err := e.callAs(e.agent.addr, e.guard, rerange(t, e, tk)); err != nil {
		t.Fatalf("record 256 blocks old: call = %v, want success", err)
	}
	e.sim.Commit()
	re := wantRevert(t, e.callAs(e.agent.addr, e.guard, rerange(t, e, tk)), "RecordTooOld")
	if got := re.Args["blockNumber"].(uint64); got != n {
		t.Errorf("blockNumber = %d, want %d", got, n)
	}
}

// TestGuardRefusesRecordOfReorgedBlock replays the outbox's case: a
// transaction signed for a record of block N is broadcast again after a reorg
// replaced N. It lands on the new branch and reverts there with
// OrphanedRecord; the vault does not move.
func TestGuardRefusesRecordOfReorgedBlock(t *testing.T) {
	e := newEnv(t)
	ctx := context.Background()
	parent := e.header(nil)
	e.sim.Commit()
	old := e.header(nil) // block N
	n := old.Number.Uint64()
	if old.ParentHash != parent.Hash() {
		t.Fatalf("block %d does not follow %d", n, parent.Number)
	}
	tk := e.newTickAt(e.agent.addr, e.model, 2, 0, n, old.Hash())
	data := rerange(t, e, tk)
	if _, err := e.client.PendingCallContract(ctx, ethereum.CallMsg{From: e.agent.addr, To: &e.guard, Data: data}); err != nil {
		t.Fatalf("before the reorg: pending call = %v, want success", contracts.DecodeError(err))
	}
	opts := *e.agent.opts
	opts.GasLimit, opts.NoSend = 10_000_000, true
	tx, err := bind.Transact(bind.NewBoundContract(e.guard, abi.ABI{}, e.client, e.client, e.client), &opts, data)
	if err != nil {
		t.Fatal(err)
	}

	// Reorg: a new branch from N-1 whose block N differs (another timestamp), longer than the old one.
	if err := e.sim.Fork(parent.Hash()); err != nil {
		t.Fatal(err)
	}
	if err := e.sim.AdjustTime(time.Minute); err != nil {
		t.Fatal(err)
	}
	e.sim.Commit()
	e.sim.Commit()
	replaced := e.header(new(big.Int).SetUint64(n))
	if replaced.Hash() == old.Hash() || replaced.ParentHash != parent.Hash() {
		t.Fatalf("block %d not replaced: %x (old %x)", n, replaced.Hash(), old.Hash())
	}
	if head := e.header(nil).Number.Uint64(); head != n+2 {
		t.Fatalf("head = %d, want %d", head, n+2)
	}

	re := wantRevert(t, e.callAs(e.agent.addr, e.guard, data), "OrphanedRecord")
	if re.Args["blockNumber"].(uint64) != n || re.Args["recorded"].([32]byte) != old.Hash() ||
		re.Args["canonical"].([32]byte) != replaced.Hash() {
		t.Errorf("OrphanedRecord args = %v, want block %d recorded %x canonical %x", re.Args, n, old.Hash(), replaced.Hash())
	}

	// The outbox broadcasts the signed transaction again: it is mined and reverts.
	if err := e.client.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	devchain.WaitPending(ctx, e.client, e.agent.addr, tx.Nonce()+1, 5*time.Second)
	e.sim.Commit()
	r, err := e.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		t.Fatal(err)
	}
	if r.Status != types.ReceiptStatusFailed {
		t.Fatalf("re-broadcast transaction status = %d, want failed", r.Status)
	}
	t.Logf("gas: commitAndApply refused with OrphanedRecord on chain = %d", r.GasUsed)
	cur := call(e, e.guard, guardABI.PackCurrent(e.vault, tickLower), guardABI.UnpackCurrent)
	if cur.Value.Int64() != initialLower || cur.LastBlock != 0 {
		t.Errorf("guard.current(tickLower) = %s at %d, want %d never changed", cur.Value, cur.LastBlock, initialLower)
	}
	got := call(e, e.reg, registryABI.PackCommitter(tk.root()), registryABI.UnpackCommitter)
	if got.Agent != (common.Address{}) {
		t.Errorf("root committed by %s despite the revert", got.Agent)
	}
}
