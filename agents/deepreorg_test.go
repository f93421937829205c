package agents_test

import (
	"crypto/ecdsa"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// A reorg deeper than the outbox's confirmations takes a settled bundle's
// block off the chain. The decision does not stay confirmed: it becomes
// orphaned (its reason names the block), the outbox sends the bundle
// again, and the decision settles anew — confirmed when the decision's
// own block survived (the records are still canonical), failed when it
// did not (the guard refuses records of orphaned blocks). Nothing is
// applied twice. The same holds when the reorg happens while the agent
// is stopped: the restarted agent rechecks what it had settled.
func TestDeepReorgOrphansSettledDecisions(t *testing.T) {
	if testing.Short() {
		t.Skip("make test runs it in its full pass")
	}
	for _, tc := range []struct {
		name string
		// keep: the fork keeps the decision's block (orphans only the
		// block the bundle was mined in).
		keep    bool
		restart bool
		want    store.DecisionState
	}{
		{"decision block kept", true, false, store.DecisionConfirmed},
		{"decision block orphaned", false, false, store.DecisionFailed},
		{"while stopped", true, true, store.DecisionConfirmed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := newRig(t, rigOptions{confirmations: 2})
			decided, id := firstSubmission(t, r)
			for range 4 { // mined in decided+1, settled, then confirmed by the outbox
				r.step()
			}
			d, tx := decisionAndTx(t, r, id)
			if d.State != store.DecisionConfirmed || tx.State != store.TxConfirmed || tx.BlockNumber <= decided {
				t.Fatalf("before the reorg: decision %s, transaction %s in block %d; want both confirmed after block %d",
					d.State, tx.State, tx.BlockNumber, decided)
			}
			ancestor := tx.BlockNumber - 1 // the bundle's block goes
			if !tc.keep {
				ancestor = decided - 1 // and the decision's
			}
			h, err := r.chain.Client().HeaderByNumber(r.ctx, new(big.Int).SetUint64(ancestor))
			if err != nil {
				t.Fatal(err)
			}
			if err := r.chain.Fork(r.ctx, h.Hash()); err != nil {
				t.Fatal(err)
			}
			if tc.restart {
				r.restart()
			}
			for range 8 {
				r.step()
			}
			if r.stages()[agents.StageOrphaned] != 1 {
				t.Fatalf("stages %v: want one orphaned report", r.stages())
			}
			d, tx = decisionAndTx(t, r, id)
			if d.State != tc.want || !strings.Contains(d.Reason, "reorg") {
				t.Fatalf("after the reorg: decision %s (%q), want %s with the reorg named", d.State, d.Reason, tc.want)
			}
			canon, err := r.chain.Client().HeaderByNumber(r.ctx, new(big.Int).SetUint64(tx.BlockNumber))
			if err != nil {
				t.Fatal(err)
			}
			if tx.State != store.TxConfirmed || tx.BlockNumber <= ancestor || canon.Hash() != tx.BlockHash ||
				tx.Reverted != (tc.want == store.DecisionFailed) {
				t.Fatalf("after the reorg: transaction %s in block %d (%s, reverted %v), want confirmed again on the new branch",
					tx.State, tx.BlockNumber, tx.BlockHash, tx.Reverted)
			}
			assertAppliedOnce(t, r.ctx, r.chain.Client(), r.chain.Deployment().Guard, r.store)
		})
	}
}

// firstSubmission steps the rig until a bundle is sent and returns its
// block and decision.
func firstSubmission(t *testing.T, r *rig) (uint64, int64) {
	t.Helper()
	for range 10 {
		r.step()
		r.mu.Lock()
		for _, rep := range r.report {
			if rep.Stage == agents.StageSubmitted {
				r.mu.Unlock()
				return rep.Block, rep.Decision
			}
		}
		r.mu.Unlock()
	}
	t.Fatal("no bundle submitted")
	return 0, 0
}

func decisionAndTx(t *testing.T, r *rig, id int64) (store.Decision, store.Transaction) {
	t.Helper()
	d, err := r.store.Decision(r.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := r.store.TransactionByKey(r.ctx, program.BundleKey(d.Agent, id))
	if err != nil {
		t.Fatal(err)
	}
	return d, tx
}

// A bundle that reverted is settled failed; when a reorg deeper than the
// confirmations takes the block it reverted in off the chain, the decision
// is orphaned like a confirmed one and settled again on the new branch —
// here confirmed, since what made it revert (a guardian's pause mined just
// before it) is gone with the block.
func TestDeepReorgRevivesARevertedBundle(t *testing.T) {
	if testing.Short() {
		t.Skip("make test runs it in its full pass")
	}
	guardianKey, _ := crypto.GenerateKey()
	guardian := crypto.PubkeyToAddress(guardianKey.PublicKey)
	r := newRig(t, rigOptions{confirmations: 2, funded: []common.Address{guardian}})
	guard := r.chain.Deployment().Guard
	guardABI := bindings.NewParameterGuard()
	if _, err := r.chain.AsOwner(r.ctx, &guard, guardABI.PackSetGuardian(guardian), 0); err != nil {
		t.Fatal(err)
	}
	decided, id := firstSubmission(t, r)
	// The guardian's pause outbids the bundle into the next block: the
	// bundle reverts (Paused) behind it.
	pause := signedCall(t, r, guardianKey, 0, guard, guardABI.PackPause(), big.NewInt(100*params.GWei))
	if err := r.chain.Client().SendTransaction(r.ctx, pause); err != nil {
		t.Fatal(err)
	}
	// Both must be executable in the pool before the block is sealed (the
	// pool promotes on a goroutine of its own).
	_, sent := decisionAndTx(t, r, id)
	for _, w := range []struct {
		who  common.Address
		next uint64
	}{{guardian, pause.Nonce() + 1}, {crypto.PubkeyToAddress(r.key.PublicKey), sent.Nonce + 1}} {
		if n, ok := devchain.WaitPending(r.ctx, r.chain.Client(), w.who, w.next, 5*time.Second); !ok {
			t.Fatalf("%s's pending nonce is %d after 5 s, want %d", w.who, n, w.next)
		}
	}
	r.step()
	if _, err := r.chain.AsOwner(r.ctx, &guard, guardABI.PackUnpause(), 0); err != nil {
		t.Fatal(err)
	}
	for range 4 {
		r.step()
	}
	d, tx := decisionAndTx(t, r, id)
	if d.State != store.DecisionFailed || tx.State != store.TxConfirmed || !tx.Reverted {
		t.Fatalf("before the reorg: decision %s (%q), transaction %s (reverted %v); want failed on a confirmed revert",
			d.State, d.Reason, tx.State, tx.Reverted)
	}
	receipt, err := r.chain.Client().TransactionReceipt(r.ctx, pause.Hash())
	if err != nil || receipt.BlockNumber.Uint64() != tx.BlockNumber {
		t.Fatalf("the pause was mined in block %v (%v), the bundle in block %d: want the same block", receipt, err, tx.BlockNumber)
	}

	// The fork keeps the decision's block and drops the pause's.
	h, err := r.chain.Client().HeaderByNumber(r.ctx, new(big.Int).SetUint64(tx.BlockNumber-1))
	if err != nil {
		t.Fatal(err)
	}
	if h.Number.Uint64() < decided {
		t.Fatalf("the bundle was mined in block %d, before its decision's block %d", tx.BlockNumber, decided)
	}
	if err := r.chain.Fork(r.ctx, h.Hash()); err != nil {
		t.Fatal(err)
	}
	// The node puts the old branch's transactions back in its pool; the
	// guardian takes its pause back (the same nonce, a higher tip).
	cancel := signedCall(t, r, guardianKey, pause.Nonce(), guardian, nil, big.NewInt(200*params.GWei))
	if err := r.chain.Client().SendTransaction(r.ctx, cancel); err != nil {
		t.Fatal(err)
	}
	for range 8 {
		r.step()
	}
	// Bundles the agent sent after the revert were mined on the old branch
	// too, and are orphaned with it.
	if !r.orphaned(id) {
		t.Fatalf("stages %v: decision %d was not reported orphaned", r.stages(), id)
	}
	d, tx = decisionAndTx(t, r, id)
	if d.State != store.DecisionConfirmed || tx.State != store.TxConfirmed || tx.Reverted || tx.BlockNumber <= h.Number.Uint64() {
		t.Fatalf("after the reorg: decision %s (%q), transaction %s in block %d (reverted %v); want both confirmed on the new branch",
			d.State, d.Reason, tx.State, tx.BlockNumber, tx.Reverted)
	}
	assertAppliedOnce(t, r.ctx, r.chain.Client(), guard, r.store)
}

// orphaned reports whether decision id was reported orphaned.
func (r *rig) orphaned(id int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, rep := range r.report {
		if rep.Stage == agents.StageOrphaned && rep.Decision == id {
			return true
		}
	}
	return false
}

// signedCall signs a call of data to `to` from key at nonce, paying tip.
func signedCall(t *testing.T, r *rig, key *ecdsa.PrivateKey, nonce uint64, to common.Address, data []byte, tip *big.Int) *types.Transaction {
	t.Helper()
	head, err := r.chain.Client().HeaderByNumber(r.ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(r.chain.ChainID()), &types.DynamicFeeTx{
		ChainID: r.chain.ChainID(), Nonce: nonce, GasTipCap: tip,
		GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas:       100_000, To: &to, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	return tx
}
