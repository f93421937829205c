package agents

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/policies"
)

// Stage names how far a tick went, or that a submission settled.
type Stage string

// Stages of a Report.
const (
	StageWarmup    Stage = "warmup"    // the program is still filling its window
	StageIdle      Stage = "idle"      // a cron-triggered agent that is not due
	StagePaused    Stage = "paused"    // an operator paused the agent: it observed the head, decided nothing
	StageWaiting   Stage = "waiting"   // an asynchronous inference (an LLM) is still running
	StageHeld      Stage = "held"      // the strategy chose to do nothing
	StageRejected  Stage = "rejected"  // a policy refused the action
	StageFailed    Stage = "failed"    // refused in simulation or not sent
	StageRecorded  Stage = "recorded"  // dry run: simulated and recorded, not sent
	StageSubmitted Stage = "submitted" // the bundle was sent
	StageError     Stage = "error"     // the tick failed (e.g. the node's answers ran out of retries); the next head goes on
	StageSettled   Stage = "settled"   // a submitted bundle's receipt arrived (Outcome set)
	StageOrphaned  Stage = "orphaned"  // a reorg took a settled bundle's block off the chain; it is sent again
)

// Report is what one tick (or one settled submission) did, for people and metrics.
type Report struct {
	Agent    string
	Block    uint64
	Stage    Stage
	State    map[string]any
	Forecast []int64 // model outputs, fixed-point
	Action   map[string]any
	Verdict  []store.PolicyResult
	Reason   string
	Decision int64
	TxHash   common.Hash
	Outcome  *program.Outcome // set when Stage == StageSettled
	Elapsed  time.Duration
	// Display is the program's Declaration.Display: the State and Action
	// keys a tick line shows.
	Display []string
	// Skipped counts the stale heads dropped for this one (their logs
	// reached the program with it).
	Skipped int
	// Timings are the stages the tick ran, in order, with how long each
	// took: observe (settle, store and the program's reads), infer,
	// decide, guard, commit, act.
	Timings []StageTime
}

// StageTime is how long one stage of a tick took.
type StageTime struct {
	Stage string
	Took  time.Duration
}

// lap ends a stage: it records the time since *last under stage.
func (r *Report) lap(last *time.Time, stage string) {
	now := time.Now()
	r.Timings = append(r.Timings, StageTime{Stage: stage, Took: now.Sub(*last)})
	*last = now
}

// Tick runs the whole pipeline for one head:
//
//	settle → observe (head and logs) → features → infer → decide → guard → commit → act
//
// Every stage's output is stored before the next stage runs, and a decision
// row exists before its transaction is sent.
func (a *Agent) Tick(ctx context.Context, head *types.Header) error {
	start := time.Now()
	block, hash := head.Number.Uint64(), head.Hash() // Hash rehashes the header on every call
	log := a.logger.With("block", block)

	// look again at the bundles settled as mined when the chain may have
	// reorganised under them, advance the executor (receipts, bumps,
	// re-broadcasts), then settle the previous submission, if its receipt
	// has arrived. A failure here must not cost the observation of this
	// block; it is retried next head.
	if err := a.recheckMined(ctx, head); err != nil {
		log.Error("recheck after a reorg failed", "err", err)
	}
	if err := a.cfg.Executor.Advance(ctx, head); err != nil {
		log.Error("executor advance failed", "err", err)
	}
	if err := a.settle(ctx, block); err != nil {
		// No pending attribute: an orphan's settle fails with a.pending nil;
		// err names the transaction.
		log.Error("settle failed", "err", err)
	}

	// The operator's switch, read once per tick: it takes effect at the
	// first tick after it is set, and the whole tick sees one value.
	ctl, err := a.control(ctx)
	if err != nil {
		return err
	}

	// observe
	if err := a.cfg.Store.SaveBlock(ctx, store.Block{Agent: a.cfg.Name, Number: block,
		Hash: hash, ParentHash: head.ParentHash, Time: head.Time}); err != nil {
		return fmt.Errorf("save block: %w", err)
	}
	logs, triggered, err := a.blockLogs(ctx, head)
	if err != nil {
		return fmt.Errorf("observe: %w", err)
	}
	obs, err := a.cfg.Program.Observe(ctx, head, logs)
	if err != nil {
		return fmt.Errorf("observe: %w", err)
	}
	if a.cfg.History != nil {
		// The program has seen this head's logs: a restart catches up
		// from here (resume.go).
		if err := a.cfg.Store.SaveCheckpoint(ctx, a.cfg.Name, block, hash); err != nil {
			return fmt.Errorf("save checkpoint: %w", err)
		}
	}
	rep := Report{Agent: a.cfg.Name, Block: block, State: obs.State, Skipped: len(a.skipped)}
	lap := start
	rep.lap(&lap, "observe")
	if ctl.State == store.ControlPaused {
		// Observed, so the program's windows stay complete for the resume;
		// no model runs and nothing is decided.
		rep.Stage, rep.Reason = StagePaused, controlReason("paused", ctl)
		return a.finish(rep, start)
	}

	// features and infer: one record per input, all stored before
	// anything is decided; an asynchronous model answers at a later head.
	recs, proceed, err := a.inferStage(ctx, head, obs, triggered, &rep)
	rep.lap(&lap, "infer")
	if err != nil || !proceed {
		if err == nil {
			rep.Elapsed = time.Since(start)
			a.report(rep)
		}
		return err
	}
	outputs := make([]program.Output, len(recs))
	hashes := make([]common.Hash, len(recs))
	for i, r := range recs {
		outputs[i] = program.Output{Values: r.inf.Outputs, Scale: r.inf.OutputScale, InputScale: r.inf.InputScale, Block: r.rec.BlockNumber}
		hashes[i] = r.rec.Hash()
		rep.Forecast = append(rep.Forecast, r.inf.Outputs...)
	}

	// decide
	prop, err := a.cfg.Program.Decide(obs, outputs)
	if err != nil {
		return fmt.Errorf("decide: %w", err)
	}
	for i, c := range prop.Calls {
		if c.Record < 0 || c.Record >= len(recs) {
			return fmt.Errorf("decide: call %d names record %d of %d", i, c.Record, len(recs))
		}
	}
	if !prop.Hold && len(prop.Calls) == 0 {
		prop.Hold = true // nothing to apply: committing a root alone would prove nothing
	}
	if !prop.Hold && a.pending != nil {
		prop.Hold, prop.Reason = true, "previous bundle "+a.pending.sub.TxHash.Hex()+" still pending"
	}
	if !prop.Hold && len(a.orphans) > 0 {
		prop.Hold, prop.Reason = true, "bundle "+a.orphans[0].sub.TxHash.Hex()+" orphaned by a reorg, being mined again"
	}
	rep.Action, rep.Reason = prop.Action, prop.Reason
	actionJSON, err := json.Marshal(prop.Action)
	if err != nil {
		return fmt.Errorf("encode action: %w", err)
	}
	d := store.Decision{Agent: a.cfg.Name, BlockNumber: block, BlockHash: hash,
		RecordHash: hashes[0], Records: hashes, Action: actionJSON, State: store.DecisionProposed, Reason: prop.Reason}
	if prop.Hold {
		d.State = store.DecisionHeld
	}
	id, err := a.cfg.Store.InsertDecision(ctx, d)
	if err != nil {
		return fmt.Errorf("store decision: %w", err)
	}
	rep.Decision = id
	log = log.With("decision", id)
	rep.lap(&lap, "decide")
	if prop.Hold {
		rep.Stage = StageHeld
		return a.finish(rep, start)
	}

	// guard; the operator's kill switch denies before any rule runs, as
	// the engine's own does.
	var verdict policies.Verdict
	if ctl.State == store.ControlHalted {
		verdict = killSwitch(ctl)
	} else {
		verdict, err = a.cfg.Policies.Evaluate(ctx, policies.Input{
			Action: prop.Action, State: obs.State, Last: a.last,
			Block: policies.BlockInfo{Number: block, Time: head.Time},
		})
		if err != nil {
			return fmt.Errorf("policies: %w", err)
		}
	}
	rep.Verdict = toResults(verdict)
	rep.lap(&lap, "guard")
	if !verdict.Allowed {
		rep.Stage, rep.Reason = StageRejected, denied(rep.Verdict)
		if err := a.cfg.Store.MarkRejected(ctx, id, rep.Verdict, rep.Reason); err != nil {
			return fmt.Errorf("mark rejected: %w", err)
		}
		log.Info("decision rejected by policy", "reason", rep.Reason)
		return a.finish(rep, start)
	}
	if err := a.cfg.Store.MarkApproved(ctx, id, rep.Verdict); err != nil {
		return fmt.Errorf("mark approved: %w", err)
	}

	// commit: the tick's records form a Merkle tree; each action carries
	// the record it carries out, with its proof and publication.
	root, proofs, err := tickCommitment(hashes)
	if err != nil {
		return err
	}
	proof := proofs[0] // the decision's own record (RecordHash)
	bundle := program.Bundle{Agent: a.cfg.Name, Block: block, Root: root}
	context := commit.EncodeContext(prop.Context)
	for _, c := range prop.Calls {
		r := recs[c.Record]
		bundle.Actions = append(bundle.Actions, program.BundleAction{DecisionID: id, Call: c, Record: r.rec,
			Proof: proofs[c.Record], Inputs: r.inf.InBytes, Outputs: r.inf.OutBytes, Context: context})
	}

	rep.lap(&lap, "commit")

	// act
	sub, err := a.cfg.Executor.Submit(ctx, bundle)
	rep.lap(&lap, "act")
	if sub.TxHash != (common.Hash{}) {
		// Sent: track it before anything else can fail, so this decision is
		// settled and never sent again.
		rep.Stage, rep.TxHash = StageSubmitted, sub.TxHash
		a.pending = &pending{sub: sub, decisions: []int64{id}, action: prop.Action, report: rep}
		if err != nil {
			return fmt.Errorf("record submission %s: %w", sub.TxHash, err)
		}
	}
	if err != nil {
		rep.Stage, rep.Reason = StageFailed, err.Error()
		if mErr := a.cfg.Store.MarkFailed(ctx, id, err.Error()); mErr != nil {
			return fmt.Errorf("mark failed after %v: %w", err, mErr)
		}
		log.Warn("bundle not sent", "err", err)
		return a.finish(rep, start)
	}
	if sub.TxHash == (common.Hash{}) {
		rep.Stage = StageRecorded
		if err := a.cfg.Store.MarkRecorded(ctx, id, root, proof); err != nil {
			return fmt.Errorf("mark recorded: %w", err)
		}
		a.last = withBlock(prop.Action, block)
		return a.finish(rep, start)
	}
	if err := a.cfg.Store.MarkSubmitted(ctx, id, sub.TxID, root, proof); err != nil {
		return fmt.Errorf("mark submitted: %w", err)
	}
	log.Info("bundle submitted", "tx", sub.TxHash)
	return a.finish(rep, start)
}

// settle checks the pending submission's receipt, and the orphaned
// bundles', and moves their decisions to confirmed or failed.
func (a *Agent) settle(ctx context.Context, block uint64) error {
	if a.pending != nil {
		done, err := a.settleOne(ctx, a.pending, block)
		if err != nil {
			return err
		}
		if done {
			a.pending = nil
		}
	}
	left := a.orphans[:0]
	var errs []error
	for _, p := range a.orphans {
		done, err := a.settleOne(ctx, p, block)
		if err != nil {
			errs = append(errs, err)
		}
		if !done {
			left = append(left, p)
		}
	}
	a.orphans = left
	return errors.Join(errs...)
}

// settleOne settles p if its outcome is known.
func (a *Agent) settleOne(ctx context.Context, p *pending, block uint64) (bool, error) {
	out, done, err := a.cfg.Executor.Settle(ctx, p.sub)
	if err != nil {
		return false, fmt.Errorf("settle %s: %w", p.sub.TxHash, err)
	}
	if !done {
		return false, nil
	}
	for _, id := range p.decisions {
		if out.Success {
			err = a.cfg.Store.MarkConfirmed(ctx, id)
		} else if p.orphaned {
			err = a.cfg.Store.MarkFailed(ctx, id, "mined again after a reorg: "+out.Reason)
		} else {
			err = a.cfg.Store.MarkFailed(ctx, id, out.Reason)
		}
		if errors.Is(err, store.ErrWrongState) {
			// The row is not where this process left it; reconciling such
			// rows on start-up is the durable outbox's job (issue #3).
			a.logger.Error("settle: decision in an unexpected state", "decision", id, "err", err)
		} else if err != nil {
			return false, fmt.Errorf("settle decision %d: %w", id, err)
		}
	}
	if out.Success && p == a.pending {
		// Policies see the block the change landed in, as the guard does.
		a.last = withBlock(p.action, out.BlockNumber)
	}
	r := p.report
	r.Stage, r.Outcome = StageSettled, &out
	if out.TxHash != (common.Hash{}) {
		r.TxHash = out.TxHash // the attempt that was mined, for verification
	}
	a.logger.Info("bundle settled", "block", block, "tx", p.sub.TxHash, "success", out.Success,
		"gas", out.GasUsed, "decision", p.decisions)
	a.report(r)
	return true, nil
}

func (a *Agent) finish(rep Report, start time.Time) error {
	rep.Elapsed = time.Since(start)
	a.report(rep)
	return nil
}

// control reads the operator's switch for the agent; without a Control
// the agent always runs.
func (a *Agent) control(ctx context.Context) (store.Control, error) {
	if a.cfg.Control == nil {
		return store.Control{Agent: a.cfg.Name, State: store.ControlRunning}, nil
	}
	c, err := a.cfg.Control.Control(ctx, a.cfg.Name)
	if err != nil {
		return c, fmt.Errorf("read the operator's control: %w", err)
	}
	return c, nil
}

// killSwitch is the verdict of the operator's kill switch: one denying
// result, named as the policy engine names its own.
func killSwitch(c store.Control) policies.Verdict {
	return policies.Verdict{Results: []policies.Result{{Name: policies.KillSwitchRule,
		Message: controlReason(policies.KillSwitchMessage, c)}}}
}

// controlReason says what the operator's switch did, for which agents, and why.
func controlReason(what string, c store.Control) string {
	msg := what + " by the operator"
	if c.Agent == store.AllAgents {
		msg += " (all agents)"
	}
	if c.Reason != "" {
		msg += ": " + c.Reason
	}
	return msg
}

func withBlock(action map[string]any, block uint64) map[string]any {
	m := make(map[string]any, len(action)+1)
	for k, v := range action {
		m[k] = v
	}
	m["block"] = block
	return m
}

func toResults(v policies.Verdict) []store.PolicyResult {
	out := make([]store.PolicyResult, len(v.Results))
	for i, r := range v.Results {
		out[i] = store.PolicyResult{Name: r.Name, Allowed: r.Allowed, Message: r.Message}
	}
	return out
}

func denied(results []store.PolicyResult) string {
	var names []string
	for _, r := range results {
		if !r.Allowed {
			msg := r.Name
			if r.Message != "" {
				msg += ": " + r.Message
			}
			names = append(names, msg)
		}
	}
	return strings.Join(names, "; ")
}

// tickCommitment is the Merkle root a tick commits over its records, in
// order, and the proof of each. It is the one place that decides the tree,
// so Recover rebuilds exactly what the pipeline committed.
func tickCommitment(records []common.Hash) (root common.Hash, proofs [][]common.Hash, err error) {
	tree, err := commit.NewTree(records)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("merkle tree: %w", err)
	}
	proofs = make([][]common.Hash, len(records))
	for i, r := range records {
		if proofs[i], err = tree.Proof(r); err != nil {
			return common.Hash{}, nil, fmt.Errorf("merkle proof of record %d: %w", i, err)
		}
	}
	return tree.Root(), proofs, nil
}
