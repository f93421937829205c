package agents

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
)

// Recover resumes after a restart, before the first tick:
//
//   - the executor reconciles its transactions (signed but never broadcast
//     ones are sent with the same bytes; sent ones are looked up);
//   - a proposed decision (stopped before its policies ran) is closed as
//     rejected ("abandoned");
//   - an approved decision that reached the outbox becomes submitted; one
//     that did not is failed ("abandoned") — it is stale and never sent;
//   - the submitted decision becomes pending again, so it is settled and
//     no new action is taken until it is; so do the orphaned ones (a reorg
//     took their bundles' blocks off the chain), and the first tick
//     rechecks the confirmed ones (orphans.go): the chain may have
//     reorganised while the agent was down;
//   - the last confirmed action is restored for the policies (cooldowns).
func (a *Agent) Recover(ctx context.Context) error {
	if err := a.cfg.Executor.Recover(ctx); err != nil {
		return fmt.Errorf("agent %s: recover executor: %w", a.cfg.Name, err)
	}
	// Stopped before its policies ran: never approved, so closed as refused.
	if err := a.closeEach(ctx, store.DecisionProposed, func(d store.Decision) error {
		return a.cfg.Store.MarkRejected(ctx, d.ID, nil, "abandoned: the agent stopped before its policies ran")
	}); err != nil {
		return err
	}
	if err := a.closeEach(ctx, store.DecisionApproved, func(d store.Decision) error {
		return a.recoverApproved(ctx, d)
	}); err != nil {
		return err
	}

	d, err := a.cfg.Store.LastDecision(ctx, a.cfg.Name, store.DecisionSubmitted)
	switch {
	case err == nil:
		tx, err := a.cfg.Store.TransactionByKey(ctx, program.BundleKey(a.cfg.Name, d.ID))
		if err != nil {
			return fmt.Errorf("agent %s: recover decision %d: %w", a.cfg.Name, d.ID, err)
		}
		a.pending = &pending{
			sub:       program.Submission{Key: program.BundleKey(a.cfg.Name, d.ID), TxHash: tx.Hash, TxID: d.TxID},
			decisions: []int64{d.ID}, action: decodeAction(d.Action),
			report: Report{Agent: a.cfg.Name, Block: d.BlockNumber, Stage: StageSubmitted, Decision: d.ID,
				TxHash: tx.Hash, Action: decodeAction(d.Action)},
		}
		a.logger.Info("resuming a submitted decision", "decision", d.ID, "tx", tx.Hash)
	case !errors.Is(err, store.ErrNotFound):
		return fmt.Errorf("agent %s: recover: %w", a.cfg.Name, err)
	}

	if err := a.recoverOrphans(ctx); err != nil {
		return err
	}

	d, err = a.cfg.Store.LastDecision(ctx, a.cfg.Name, store.DecisionConfirmed)
	switch {
	case err == nil:
		tx, err := a.cfg.Store.TransactionByKey(ctx, program.BundleKey(a.cfg.Name, d.ID))
		if err != nil {
			return fmt.Errorf("agent %s: recover decision %d: %w", a.cfg.Name, d.ID, err)
		}
		a.last = withBlock(decodeAction(d.Action), tx.BlockNumber)
	case !errors.Is(err, store.ErrNotFound):
		return fmt.Errorf("agent %s: recover: %w", a.cfg.Name, err)
	}
	return nil
}

// closeEach applies close to the agent's decisions in state, newest first,
// until none is left; close must move each out of that state.
func (a *Agent) closeEach(ctx context.Context, state store.DecisionState, close func(store.Decision) error) error {
	for {
		d, err := a.cfg.Store.LastDecision(ctx, a.cfg.Name, state)
		if errors.Is(err, store.ErrNotFound) {
			return nil
		}
		if err != nil {
			return fmt.Errorf("agent %s: recover: %w", a.cfg.Name, err)
		}
		if err := close(d); err != nil {
			return fmt.Errorf("agent %s: recover decision %d: %w", a.cfg.Name, d.ID, err)
		}
	}
}

// recoverApproved settles a decision the last run approved but may not have
// handed to the executor.
func (a *Agent) recoverApproved(ctx context.Context, d store.Decision) error {
	tx, err := a.cfg.Store.TransactionByKey(ctx, program.BundleKey(a.cfg.Name, d.ID))
	if errors.Is(err, store.ErrNotFound) {
		a.logger.Warn("abandoning a decision approved but never sent", "decision", d.ID, "block", d.BlockNumber)
		return a.cfg.Store.MarkFailed(ctx, d.ID, "abandoned: the agent stopped before sending it")
	}
	if err != nil {
		return fmt.Errorf("agent %s: recover decision %d: %w", a.cfg.Name, d.ID, err)
	}
	root, proofs, err := tickCommitment(d.Records)
	if err != nil {
		return err
	}
	if root != tx.Root {
		return fmt.Errorf("agent %s: decision %d: its transaction commits root %s, its records give %s", a.cfg.Name, d.ID, tx.Root, root)
	}
	a.logger.Info("linking a decision sent just before a stop", "decision", d.ID, "tx", tx.Hash)
	return a.cfg.Store.MarkSubmitted(ctx, d.ID, tx.ID, tx.Root, proofs[0])
}

func decodeAction(raw json.RawMessage) map[string]any {
	m := map[string]any{}
	if len(raw) > 0 {
		_ = json.Unmarshal(raw, &m) // the pipeline wrote it from a map; a bad row yields {}
	}
	return m
}
