package agents

import (
	"context"
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/txmgr"
)

// ChainExecutor submits bundles to a ParameterGuard through the transaction
// manager. With DryRun it simulates the bundle at the latest block and
// records what it would have sent, without signing or sending.
type ChainExecutor struct {
	cfg ChainExecutorConfig
}

var _ Executor = (*ChainExecutor)(nil)

// ChainExecutorConfig configures a ChainExecutor.
type ChainExecutorConfig struct {
	Guard  common.Address
	TxMgr  *txmgr.Manager
	Store  store.Store
	DryRun bool
}

// NewChainExecutor checks the config.
func NewChainExecutor(cfg ChainExecutorConfig) (*ChainExecutor, error) {
	var errs []error
	if cfg.Guard == (common.Address{}) {
		errs = append(errs, errors.New("agents: ChainExecutorConfig.Guard is required"))
	}
	if cfg.TxMgr == nil {
		errs = append(errs, errors.New("agents: ChainExecutorConfig.TxMgr is required"))
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
func PackBundle(b Bundle) ([]byte, error) {
	actions := make([]bindings.Action, len(b.Actions))
	for i, a := range b.Actions {
		proof := make([][32]byte, len(a.Proof))
		for j, p := range a.Proof {
			proof[j] = p
		}
		actions[i] = bindings.Action{
			Target: a.Call.Target, Params: a.Call.Params, Values: a.Call.Values,
			Record: bindings.InferenceRecord{
				Agent: a.Record.Agent, ModelDigest: a.Record.ModelDigest,
				InputDigest: a.Record.InputDigest, OutputDigest: a.Record.OutputDigest,
				BlockNumber: a.Record.BlockNumber, BlockHash: a.Record.BlockHash, Nonce: a.Record.Nonce,
			},
			Proof: proof,
		}
	}
	return bindings.NewParameterGuard().TryPackCommitAndApply(b.Root, actions)
}

// Submit simulates the bundle; unless DryRun, it signs and sends it and
// records the transaction. A simulated revert is decoded into the
// contract's named error and nothing is sent.
func (e *ChainExecutor) Submit(ctx context.Context, b Bundle) (Submission, error) {
	data, err := PackBundle(b)
	if err != nil {
		return Submission{}, fmt.Errorf("pack bundle: %w", err)
	}
	if e.cfg.DryRun {
		if _, err := e.cfg.TxMgr.Simulate(ctx, e.cfg.Guard, data); err != nil {
			return Submission{}, explainRevert(err)
		}
		return Submission{}, nil
	}
	p, err := e.cfg.TxMgr.Prepare(ctx, e.cfg.Guard, data)
	if err != nil {
		return Submission{}, explainRevert(err)
	}
	id, err := e.cfg.Store.InsertTransaction(ctx, store.Transaction{
		Agent: b.Agent, From: e.cfg.TxMgr.From(), To: e.cfg.Guard, Nonce: p.Tx.Nonce(),
		Root: b.Root, State: store.TxQueued,
	})
	if err != nil {
		e.cfg.TxMgr.Resync() // the signed transaction is dropped: reuse its nonce
		return Submission{}, fmt.Errorf("store transaction: %w", err)
	}
	if err := e.cfg.TxMgr.Send(ctx, p); err != nil {
		if mErr := e.cfg.Store.MarkTxFailed(ctx, id, err.Error()); mErr != nil {
			return Submission{}, errors.Join(err, mErr)
		}
		return Submission{}, err
	}
	sub := Submission{TxHash: p.Tx.Hash(), TxID: id}
	if err := e.cfg.Store.MarkTxSent(ctx, id, p.Tx.Hash()); err != nil {
		// The node has it: report the hash with the error, so the caller
		// tracks it instead of sending the decision again.
		return sub, fmt.Errorf("mark sent %s: %w", p.Tx.Hash(), err)
	}
	return sub, nil
}

// Settle looks up the receipt and records the outcome.
func (e *ChainExecutor) Settle(ctx context.Context, s Submission) (Outcome, bool, error) {
	r, err := e.cfg.TxMgr.Receipt(ctx, s.TxHash)
	if err != nil || r == nil {
		return Outcome{}, false, err
	}
	out := Outcome{Success: r.Status == types.ReceiptStatusSuccessful, GasUsed: r.GasUsed, BlockNumber: r.BlockNumber.Uint64()}
	if out.Success {
		err = e.cfg.Store.MarkTxConfirmed(ctx, s.TxID, r.GasUsed, out.BlockNumber)
	} else {
		out.Reason = "reverted on chain (status 0)"
		err = e.cfg.Store.MarkTxFailed(ctx, s.TxID, out.Reason)
	}
	if err != nil {
		return Outcome{}, false, fmt.Errorf("record receipt of %s: %w", s.TxHash, err)
	}
	return out, true, nil
}

// explainRevert replaces a simulation failure by the contract's named error
// when the revert data decodes.
func explainRevert(err error) error {
	var sim *txmgr.SimulationError
	if errors.As(err, &sim) && len(sim.RevertData) > 0 {
		if named := contracts.DecodeRevert(sim.RevertData); named != nil {
			return fmt.Errorf("simulation reverted, not sent: %w", named)
		}
	}
	return err
}
