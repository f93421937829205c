package agents

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/txmgr"
	"github.com/steward-agents/steward/inference/commit"
)

// ChainExecutor submits bundles to a ParameterGuard through the durable
// outbox: one transaction per bundle, keyed by the bundle's first decision,
// saved signed before it is broadcast, so neither a retry nor a restart
// sends a decision twice. With DryRun it simulates the bundle at the latest
// block and records what it would have sent, without signing or sending.
type ChainExecutor struct {
	cfg ChainExecutorConfig
}

var _ program.Executor = (*ChainExecutor)(nil)

// ChainExecutorConfig configures a ChainExecutor.
type ChainExecutorConfig struct {
	// Agent names the agent whose transactions these are: the outbox of a
	// key may be shared by several agents (Parts).
	Agent  string
	Guard  common.Address
	Outbox *txmgr.Outbox
	Store  store.Store
	DryRun bool
	// Claims, when set (HA: Replica), must record each bundle's block for
	// the agent before the bundle goes to the outbox; its refusal sends
	// nothing. Defaults to none (one replica per agent).
	Claims Claimer
}

// Claimer records that this process submits an agent's decision at a
// block under an idempotency key, refusing when it may not (it no longer
// holds the agent's lease) or when the block was already claimed.
type Claimer interface {
	Claim(ctx context.Context, agent string, block uint64, key string) error
}

// NewChainExecutor checks the config.
func NewChainExecutor(cfg ChainExecutorConfig) (*ChainExecutor, error) {
	var errs []error
	if cfg.Agent == "" {
		errs = append(errs, errors.New("agents: ChainExecutorConfig.Agent is required"))
	}
	if cfg.Guard == (common.Address{}) {
		errs = append(errs, errors.New("agents: ChainExecutorConfig.Guard is required"))
	}
	if cfg.Outbox == nil {
		errs = append(errs, errors.New("agents: ChainExecutorConfig.Outbox is required"))
	}
	if cfg.Store == nil {
		errs = append(errs, errors.New("agents: ChainExecutorConfig.Store is required"))
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	return &ChainExecutor{cfg: cfg}, nil
}

// PackBundle encodes a bundle as calldata of ParameterGuard.commitAndApply.
func PackBundle(b program.Bundle) ([]byte, error) {
	actions := make([]bindings.Action, len(b.Actions))
	for i, a := range b.Actions {
		actions[i] = bindings.Action{
			Target: a.Call.Target, Params: a.Call.Params, Values: a.Call.Values,
			Record: bindings.InferenceRecord{
				Agent: a.Record.Agent, ModelDigest: a.Record.ModelDigest,
				InputDigest: a.Record.InputDigest, OutputDigest: a.Record.OutputDigest,
				BlockNumber: a.Record.BlockNumber, BlockHash: a.Record.BlockHash, Nonce: a.Record.Nonce,
			},
			Proof: commit.PackProof(a.Proof), Inputs: a.Inputs, Outputs: a.Outputs, Context: a.Context,
		}
	}
	return bindings.NewParameterGuard().TryPackCommitAndApply(b.Root, actions)
}

// Recover reconciles the outbox: transactions signed but never broadcast
// are sent (same bytes, same hash), sent ones are looked up.
func (e *ChainExecutor) Recover(ctx context.Context) error {
	if e.cfg.DryRun {
		return nil
	}
	return e.cfg.Outbox.Reconcile(ctx)
}

// Advance moves the outbox along at a new head.
func (e *ChainExecutor) Advance(ctx context.Context, head *types.Header) error {
	if e.cfg.DryRun {
		return nil
	}
	return e.cfg.Outbox.Advance(ctx, head)
}

// Submit simulates the bundle; unless DryRun, it claims the bundle's block
// (with Claims set) and hands it to the outbox. A simulated revert is
// decoded into the contract's named error and nothing is sent.
func (e *ChainExecutor) Submit(ctx context.Context, b program.Bundle) (program.Submission, error) {
	if len(b.Actions) == 0 {
		return program.Submission{}, errors.New("agents: empty bundle")
	}
	data, err := PackBundle(b)
	if err != nil {
		return program.Submission{}, fmt.Errorf("pack bundle: %w", err)
	}
	if e.cfg.DryRun {
		if _, err := e.cfg.Outbox.Simulate(ctx, e.cfg.Guard, data); err != nil {
			return program.Submission{}, explainRevert(err)
		}
		return program.Submission{}, nil
	}
	key := program.BundleKey(b.Agent, b.Actions[0].DecisionID)
	if e.cfg.Claims != nil {
		// One submission per agent and block, by whichever replica: a
		// refused claim is a decision not sent, and the error says why.
		if err := e.cfg.Claims.Claim(ctx, e.cfg.Agent, b.Block, key); err != nil {
			return program.Submission{}, fmt.Errorf("not sent: %w", err)
		}
	}
	tx, err := e.cfg.Outbox.Submit(ctx, txmgr.Request{Key: key, To: e.cfg.Guard, Data: data, Root: b.Root, Agent: e.cfg.Agent})
	sub := program.Submission{Key: key, TxHash: tx.Hash, TxID: tx.ID}
	if err != nil {
		// A signed row (tx.Hash set) is the outbox's to deliver: report it
		// with the error so the caller tracks it and never sends again.
		return sub, explainRevert(err)
	}
	return sub, nil
}

// Settle reads the current attempt of the submission's key from the outbox
// (store.TransactionByKey: a mined attempt first).
func (e *ChainExecutor) Settle(ctx context.Context, s program.Submission) (program.Outcome, bool, error) {
	tx, err := e.cfg.Store.TransactionByKey(ctx, s.Key)
	if err != nil {
		return program.Outcome{}, false, fmt.Errorf("settle %s: %w", s.Key, err)
	}
	switch tx.State {
	case store.TxIncluded, store.TxConfirmed:
		// Settled at inclusion: the agent acts on the result at once. The
		// outbox keeps an included transaction open until it has
		// OutboxConfig.Confirmations blocks on top, and re-broadcasts it if a
		// reorg drops it first; the agent then sees the chain as it is.
		out := program.Outcome{Success: !tx.Reverted, GasUsed: tx.GasUsed, BlockNumber: tx.BlockNumber}
		if tx.Hash != s.TxHash {
			out.TxHash = tx.Hash // another attempt than the one submitted was mined
		}
		if tx.Reverted {
			out.Reason = "reverted on chain (status 0)"
		}
		return out, true, nil
	case store.TxFailed, store.TxDropped:
		return program.Outcome{Reason: fmt.Sprintf("transaction %s %s: %s", tx.Hash, tx.State, tx.Error)}, true, nil
	default:
		return program.Outcome{}, false, nil
	}
}

// Recheck asks the outbox whether the current attempt of the submission's
// key is still mined in a canonical block (Outbox.Recheck).
func (e *ChainExecutor) Recheck(ctx context.Context, s program.Submission) (bool, error) {
	if e.cfg.DryRun {
		return false, nil
	}
	tx, err := e.cfg.Store.TransactionByKey(ctx, s.Key)
	if err != nil {
		return false, fmt.Errorf("recheck %s: %w", s.Key, err)
	}
	return e.cfg.Outbox.Recheck(ctx, tx.ID)
}

// InFlight counts the agent's open transactions in the outbox.
func (e *ChainExecutor) InFlight(ctx context.Context) (int, error) {
	if e.cfg.DryRun {
		return 0, nil
	}
	open, err := e.cfg.Store.OpenTransactions(ctx, e.cfg.Outbox.From())
	if err != nil {
		return 0, fmt.Errorf("open transactions: %w", err)
	}
	n := 0
	for _, tx := range open {
		if tx.Agent == e.cfg.Agent {
			n++
		}
	}
	return n, nil
}

// explainRevert replaces a simulation failure by the contract's named error
// when the revert data decodes.
func explainRevert(err error) error {
	var sim *txmgr.SimulationError
	if errors.As(err, &sim) && len(sim.RevertData) > 0 {
		if named := contracts.DecodeRevert(sim.RevertData); named != nil {
			return fmt.Errorf("simulation reverted: %w", named)
		}
	}
	return err
}
