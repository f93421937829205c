package agents_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/store"
)

// A bundle sent just before the process stops is settled by the next
// process and never sent again; the agent waits for it before acting.
func TestRecoverSettlesTheBundleInFlight(t *testing.T) {
	r := newRig(t, rigOptions{})
	r.step() // no position yet: this tick submits a bundle, still unmined
	if st := r.stages(); st[agents.StageSubmitted] != 1 {
		t.Fatalf("stages %v: want one submission", st)
	}
	r.restart() // a new process: program, outbox and agent built afresh
	for range 5 {
		r.step()
	}
	from := crypto.PubkeyToAddress(r.key.PublicKey)
	nonce, err := r.chain.Client().NonceAt(r.ctx, from, nil)
	if err != nil {
		t.Fatal(err)
	}
	stats, _ := r.store.Stats(r.ctx, "mm-test")
	if stats[store.DecisionSubmitted] != 0 || int(nonce) != stats[store.DecisionConfirmed] || nonce == 0 {
		t.Fatalf("nonce %d, decisions %v: every sent bundle confirmed exactly once", nonce, stats)
	}
	if r.stages()[agents.StageSettled] < 1 {
		t.Fatal("the bundle in flight was not settled after the restart")
	}
}

// A decision approved but never handed to the executor is stale after a
// restart: it is failed, not sent late at another block.
func TestRecoverAbandonsAnUnsentDecision(t *testing.T) {
	r := newRig(t, rigOptions{})
	action, _ := json.Marshal(map[string]any{"tickLower": 1, "tickUpper": 2})
	id, err := r.store.InsertDecision(r.ctx, store.Decision{Agent: "mm-test", BlockNumber: 1,
		BlockHash: common.HexToHash("0x01"), RecordHash: common.HexToHash("0x02"), Action: action, State: store.DecisionProposed})
	if err != nil {
		t.Fatal(err)
	}
	if err := r.store.MarkApproved(r.ctx, id, []store.PolicyResult{{Name: "p", Allowed: true}}); err != nil {
		t.Fatal(err)
	}
	r.restart()
	d, err := r.store.Decision(r.ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if d.State != store.DecisionFailed || !strings.Contains(d.Reason, "abandoned") {
		t.Fatalf("decision %+v: want failed as abandoned", d)
	}
	nonce, _ := r.chain.Client().NonceAt(r.ctx, crypto.PubkeyToAddress(r.key.PublicKey), nil)
	if nonce != 0 {
		t.Fatalf("an abandoned decision was sent (nonce %d)", nonce)
	}
}
