package agents_test

import (
	"fmt"
	"math/big"
	"testing"

	"github.com/steward-agents/steward/agents"
)

// Reorgs that orphan the block an action was decided on: the action is
// never applied on the canonical chain (the guard refuses records of
// orphaned blocks), no record is applied twice, and the agent goes on
// deciding on the canonical branch.
func TestPipelineReorgNeverActsOnAnOrphanedBlock(t *testing.T) {
	if testing.Short() {
		t.Skip("make test runs it in its full pass; its second run under -race -short would only add time")
	}
	for _, depth := range []int{1, 2, 7, 64} {
		t.Run(fmt.Sprintf("depth %d", depth), func(t *testing.T) {
			// The outbox keeps transactions open until they are deeper than
			// the reorg, so it can re-broadcast the ones the reorg drops.
			r := newRig(t, rigOptions{confirmations: uint64(depth) + 8})
			// Step until the first re-range has been decided on block N and mined.
			var decided uint64
			for i := 0; decided == 0 && i < 10; i++ {
				r.step()
				r.mu.Lock()
				for _, rep := range r.report {
					if rep.Stage == agents.StageSubmitted {
						decided = rep.Block
					}
				}
				r.mu.Unlock()
			}
			if decided == 0 {
				t.Fatal("no bundle submitted")
			}
			r.step() // mined in decided+1 and settled
			for i := 1; i < depth; i++ {
				r.step()
			}
			head := r.head()
			// Orphan `depth` blocks or more, including the decision's block.
			ancestorNum := min(decided-1, head-uint64(depth))
			ancestor, err := r.chain.Client().HeaderByNumber(r.ctx, new(big.Int).SetUint64(ancestorNum))
			if err != nil {
				t.Fatal(err)
			}
			if err := r.chain.Fork(r.ctx, ancestor.Hash()); err != nil {
				t.Fatal(err)
			}
			settledBefore := r.stages()[agents.StageSettled]
			for range int(head-ancestorNum) + 8 {
				r.step()
			}
			if r.head() <= head {
				t.Fatalf("the side chain did not become canonical (head %d, was %d)", r.head(), head)
			}
			assertAppliedOnce(t, r.ctx, r.chain.Client(), r.chain.Deployment().Guard, r.store)
			if r.stages()[agents.StageSettled] <= settledBefore {
				t.Fatalf("stages %v: the agent did not act again on the canonical branch", r.stages())
			}
		})
	}
}

func (r *rig) head() uint64 {
	r.t.Helper()
	n, err := r.chain.Client().BlockNumber(r.ctx)
	if err != nil {
		r.t.Fatal(err)
	}
	return n
}
