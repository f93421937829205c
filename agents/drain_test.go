package agents_test

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/chain/ingest"
)

// A clean stop (agents.Run with Blocks) drains: it settles the pending
// submission, then lets the outbox confirm the transaction, so the store is
// left with nothing open. Before, the decision settled at inclusion and the
// transaction stayed open until the next start (TestCrashSafety failed on
// that in CI). When the budget of heads is shorter than the confirmations,
// the stop still succeeds and says what it leaves for the next start.
func TestDrainLeavesNoTransactionOpen(t *testing.T) {
	for _, tc := range []struct {
		name          string
		confirmations uint64
		budget        int
		wantOpen      bool
	}{
		{name: "confirmations within the budget", confirmations: 4, budget: 20},
		{name: "confirmations beyond the budget", confirmations: 30, budget: 5, wantOpen: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			r := newRig(t, rigOptions{confirmations: tc.confirmations, logger: slog.New(slog.NewTextHandler(&logs, nil))})
			for i := 0; !r.agent.Pending() && i < 20; i++ {
				r.step()
			}
			if !r.agent.Pending() {
				t.Fatalf("no submission pending after 20 blocks; stages %v", r.stages())
			}
			heads := make(chan ingest.Event)
			done, fed := make(chan struct{}), make(chan struct{})
			defer func() { close(done); <-fed }() // the feeder stops before the chain does
			go func() {
				defer close(fed)
				defer close(heads) // Drain sees the stream end instead of waiting for good
				for {
					r.chain.Commit()
					h, err := r.chain.Client().HeaderByNumber(r.ctx, nil)
					if err != nil {
						t.Errorf("head: %v", err)
						return
					}
					select {
					case heads <- ingest.Event{Kind: ingest.NewHead, Header: h}:
					case <-done:
						return
					}
				}
			}()
			if err := r.agent.Drain(r.ctx, heads, tc.budget); err != nil {
				t.Fatal(err)
			}
			open, err := r.store.OpenTransactions(r.ctx, crypto.PubkeyToAddress(r.key.PublicKey))
			if err != nil {
				t.Fatal(err)
			}
			if got := len(open) > 0; got != tc.wantOpen {
				t.Fatalf("%d transactions open after the drain (want open: %v): %+v", len(open), tc.wantOpen, open)
			}
			warned := strings.Contains(logs.String(), "short of their confirmations")
			if warned != tc.wantOpen {
				t.Fatalf("warning logged: %v, want %v; logs:\n%s", warned, tc.wantOpen, logs.String())
			}
		})
	}
}
