package agents_test

import (
	"math/big"
	"strings"
	"testing"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
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
