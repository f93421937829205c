package agents

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
)

// recheckPage is how many settled decisions recheckMined reads at a time.
const recheckPage = 20

// blockHashWindow is how many blocks back the guard can check a record's
// block hash (BLOCKHASH).
const blockHashWindow = 256

// recheckMined looks again at the agent's settled decisions, newest first,
// when the chain may have reorganised under them: at start-up (Recover),
// after a reorg the follower reported (onReorg), or when this head is not
// above the last one ticked. A decision settles when its bundle is mined
// (confirmed, or failed when it reverted); a reorg within the outbox's
// confirmations is seen by the outbox, one deeper only here. Each decision
// whose bundle's block left the chain, or whose bundle was mined again
// with the other outcome, becomes orphaned (its reason names the block),
// its bundle is sent again by the executor if it has to be, and the agent
// settles it again when that is mined — confirmed, or failed if the guard
// now refuses it (a record of an orphaned block). Confirmed decisions are
// scanned first, then failed ones down to the newest confirmed decision
// still settled and no further back than the guard can check a record's
// block (blockHashWindow); each scan stops at the first bundle still mined as it was
// settled: the agent's bundles are mined in nonce order, so the older ones
// are in older blocks.
func (a *Agent) recheckMined(ctx context.Context, head *types.Header) error {
	if a.tip != nil && head.Number.Cmp(a.tip.Number) <= 0 {
		a.recheck = true // the chain switched branches under the agent
	}
	a.tip = head
	if !a.recheck {
		return nil
	}
	var anchor int64 // the newest confirmed decision still settled
	err := a.eachDecision(ctx, store.DecisionConfirmed, recheckPage, func(d store.Decision) (bool, error) {
		settled, err := a.recheckOne(ctx, head, d)
		if settled {
			anchor = d.ID
		}
		return settled, err
	})
	if err == nil {
		// Down to the anchor, and to decisions the guard could still take:
		// a record older than BLOCKHASH's 256 blocks is refused (RecordTooOld),
		// so a failed decision that old stays failed whatever a reorg did.
		oldest := head.Number.Uint64() - min(head.Number.Uint64(), blockHashWindow)
		err = a.eachDecision(ctx, store.DecisionFailed, recheckPage, func(d store.Decision) (bool, error) {
			if d.ID < anchor || d.BlockNumber < oldest {
				return true, nil
			}
			return a.recheckOne(ctx, head, d)
		})
	}
	if err != nil {
		return fmt.Errorf("recheck: %w", err)
	}
	a.recheck = false
	return nil
}

// eachDecision calls fn on the agent's decisions in state, newest first,
// reading them page at a time, until fn says stop or none is left.
func (a *Agent) eachDecision(ctx context.Context, state store.DecisionState, page int, fn func(store.Decision) (stop bool, err error)) error {
	before := int64(0)
	for {
		ds, err := a.cfg.Store.ListDecisions(ctx, store.DecisionFilter{Agent: a.cfg.Name, State: state, Before: before, Limit: page})
		if err != nil {
			return err
		}
		for _, d := range ds {
			if stop, err := fn(d); err != nil || stop {
				return err
			}
		}
		if len(ds) < page {
			return nil
		}
		before = ds[len(ds)-1].ID
	}
}

// recheckOne asks the executor whether settled decision d's bundle is
// still mined with the outcome d was settled on (succeeded for confirmed,
// reverted for failed); when it is not, d becomes orphaned and waits, with
// the pending submission, to be settled again. A failed decision whose
// bundle was never mined (not sent, refused, dropped) has nothing to
// recheck: it reports false, and the scan goes on.
func (a *Agent) recheckOne(ctx context.Context, head *types.Header, d store.Decision) (settled bool, err error) {
	failed := d.State == store.DecisionFailed
	if failed && d.TxID == 0 {
		return false, nil
	}
	sub := program.Submission{Key: program.BundleKey(a.cfg.Name, d.ID), TxID: d.TxID}
	tx, err := a.cfg.Store.TransactionByKey(ctx, sub.Key)
	if err != nil {
		return false, fmt.Errorf("decision %d: %w", d.ID, err)
	}
	if failed && (tx.State == store.TxFailed || tx.State == store.TxDropped) {
		return false, nil
	}
	sub.TxHash = tx.Hash
	orphaned, err := a.cfg.Executor.Recheck(ctx, sub)
	if err != nil {
		return false, fmt.Errorf("decision %d: %w", d.ID, err)
	}
	if !orphaned && tx.Reverted == failed {
		return true, nil // still mined as it was settled
	}
	var reason string
	switch {
	case !orphaned:
		// Mined again after a reorg the outbox saw, with the other outcome.
		outcome := "succeeded"
		if tx.Reverted {
			outcome = "reverted"
		}
		reason = fmt.Sprintf("reorg: its bundle %s was mined again in block %d (%s) and %s there",
			tx.Hash.Hex(), tx.BlockNumber, tx.BlockHash.TerminalString(), outcome)
	case tx.BlockNumber == 0:
		// The outbox saw the reorg first and is sending it again.
		reason = fmt.Sprintf("reorg: the block its bundle %s was mined in left the chain by block %d; it is being sent again",
			tx.Hash.Hex(), head.Number)
	default:
		reason = fmt.Sprintf("reorg: its bundle %s was mined in block %d (%s), which left the chain by block %d",
			tx.Hash.Hex(), tx.BlockNumber, tx.BlockHash.TerminalString(), head.Number)
	}
	if err := a.cfg.Store.MarkOrphaned(ctx, d.ID, reason); errors.Is(err, store.ErrWrongState) {
		a.logger.Error("recheck: decision in an unexpected state", "decision", d.ID, "err", err)
		return false, nil
	} else if err != nil {
		return false, fmt.Errorf("decision %d: %w", d.ID, err)
	}
	a.logger.Warn("decision orphaned by a reorg; it is settled again", "block", head.Number,
		"decision", d.ID, "was", d.State, "tx", tx.Hash, "minedIn", tx.BlockNumber)
	a.orphans = append(a.orphans, orphanedPending(a.cfg.Name, d, sub))
	a.report(Report{Agent: a.cfg.Name, Block: head.Number.Uint64(), Stage: StageOrphaned, Decision: d.ID,
		TxHash: tx.Hash, Action: decodeAction(d.Action), Reason: reason, Display: a.display})
	return false, nil
}

// orphanedPending tracks orphaned decision d until its bundle is mined again.
func orphanedPending(agent string, d store.Decision, sub program.Submission) *pending {
	action := decodeAction(d.Action)
	return &pending{sub: sub, decisions: []int64{d.ID}, action: action, orphaned: true,
		report: Report{Agent: agent, Block: d.BlockNumber, Stage: StageSubmitted, Decision: d.ID,
			TxHash: sub.TxHash, Action: action}}
}

// recoverOrphans tracks again the decisions a reorg orphaned before the
// agent stopped, and has the first tick recheck the confirmed ones: the
// chain may have reorganised while the agent was down.
func (a *Agent) recoverOrphans(ctx context.Context) error {
	a.recheck = true
	err := a.eachDecision(ctx, store.DecisionOrphaned, store.MaxPage, func(d store.Decision) (bool, error) {
		sub := program.Submission{Key: program.BundleKey(a.cfg.Name, d.ID), TxID: d.TxID}
		tx, err := a.cfg.Store.TransactionByKey(ctx, sub.Key)
		if err != nil {
			return false, fmt.Errorf("decision %d: %w", d.ID, err)
		}
		sub.TxHash = tx.Hash
		a.orphans = append(a.orphans, orphanedPending(a.cfg.Name, d, sub))
		a.logger.Info("resuming an orphaned decision", "decision", d.ID, "tx", tx.Hash)
		return false, nil
	})
	if err != nil {
		return fmt.Errorf("agent %s: recover orphaned decisions: %w", a.cfg.Name, err)
	}
	return nil
}
