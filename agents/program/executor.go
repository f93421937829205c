package program

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/inference/commit"
)

// Bundle is everything one tick wants done on chain: a Merkle root over the
// tick's inference records and the guarded calls, each with the record it
// came from and that record's proof. The live executor sends it as ONE
// transaction (ParameterGuard.commitAndApply).
type Bundle struct {
	Agent   string
	Block   uint64
	Root    common.Hash
	Actions []BundleAction
}

// BundleAction is one call with the inference behind it and its
// publication: the bytes the record's input and output digests hash, and the
// strategy's context (see inference/commit).
type BundleAction struct {
	DecisionID int64
	Call       Call
	Record     commit.Record
	Proof      []common.Hash
	Inputs     []byte
	Outputs    []byte
	Context    []byte
}

// Submission is what an executor did with a bundle.
type Submission struct {
	// Key is the bundle's idempotency key: submitting the same key again
	// never sends a second transaction.
	Key string
	// TxHash is zero when nothing was sent (dry run).
	TxHash common.Hash
	// TxID is the store's transactions.id of the first attempt (0 in dry run).
	TxID int64
}

// BundleKey is the idempotency key of the bundle carrying a decision.
func BundleKey(agent string, decisionID int64) string {
	return fmt.Sprintf("%s/decision/%d", agent, decisionID)
}

// Executor carries out approved bundles. Live signs and sends; dry-run
// simulates and records (both ChainExecutor); a backtest executor that
// applies them to a simulated chain at a replayed block comes with the
// backtest issue. The pipeline never knows which one it has.
type Executor interface {
	// Recover runs once before the first tick: it reconciles what an
	// earlier run left in flight (re-broadcasts, receipts).
	Recover(ctx context.Context) error
	// Advance runs at every head, before settling: receipts, replacement of
	// stuck transactions, re-broadcast after a reorg.
	Advance(ctx context.Context, head *types.Header) error
	// Submit hands the bundle over. A bundle that reverts in simulation is
	// returned as an error (the decisions are marked failed) and not sent.
	// When the bundle did reach the node but recording that failed, Submit
	// returns the submission (with its hash) together with the error.
	Submit(ctx context.Context, b Bundle) (Submission, error)
	// Settle reports the outcome of an earlier submission (found by its
	// key): done=false while it is pending.
	Settle(ctx context.Context, s Submission) (outcome Outcome, done bool, err error)
	// InFlight counts the transactions sent and not yet final: a decision
	// settles at inclusion, its transaction stays open until it has its
	// confirmations (0 in dry run).
	InFlight(ctx context.Context) (int, error)
	// Recheck looks again, after a reorg, at a submission Settle reported
	// done: orphaned reports that the block it was mined in is no longer
	// on the chain. The executor then sends it again, and Settle reports
	// it pending until it is mined anew. Executors whose chain has no
	// reorgs (dry run, backtests) report false.
	Recheck(ctx context.Context, s Submission) (orphaned bool, err error)
}

// Outcome is the final state of a submission.
type Outcome struct {
	Success     bool
	GasUsed     uint64
	BlockNumber uint64
	// Reason explains a failure (decoded revert).
	Reason string
	// TxHash is the attempt the outcome is about when it is not the one
	// submitted (a fee bump replaced it); zero otherwise.
	TxHash common.Hash
}
