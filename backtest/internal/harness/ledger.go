package harness

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
)

// Ledger keeps a fast executor's bundles in the agent's store as the
// transactions they would be: the guard's commitAndApply calldata, signed
// by the agent's key with consecutive nonces and a fee of 1 wei a gas,
// taken through queued, signed and sent by Send and through included and
// confirmed by Include. Its zero value is not usable: set every field.
type Ledger struct {
	Store store.Store
	Key   *ecdsa.PrivateKey
	// Agent is the agent's name, Guard the address the transactions go to,
	// ChainID what they are signed for.
	Agent   string
	Guard   common.Address
	ChainID *big.Int
	nonce   uint64
}

// Send signs b's transaction and keeps it as sent; the caller applies it
// in a later block and calls Include.
func (l *Ledger) Send(ctx context.Context, b program.Bundle) (program.Submission, error) {
	if len(b.Actions) == 0 {
		return program.Submission{}, errors.New("fast executor: empty bundle")
	}
	data, err := agents.PackBundle(b)
	if err != nil {
		return program.Submission{}, err
	}
	signer := types.LatestSignerForChainID(l.ChainID)
	tx, err := types.SignNewTx(l.Key, signer, &types.DynamicFeeTx{ChainID: l.ChainID, Nonce: l.nonce, GasTipCap: new(big.Int), GasFeeCap: big.NewInt(1), To: &l.Guard, Data: data})
	if err != nil {
		return program.Submission{}, err
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return program.Submission{}, err
	}
	key := program.BundleKey(b.Agent, b.Actions[0].DecisionID)
	id, err := l.Store.InsertTransaction(ctx, store.Transaction{Agent: l.Agent, Key: key, From: crypto.PubkeyToAddress(l.Key.PublicKey), To: l.Guard, Nonce: l.nonce, Root: b.Root})
	if err != nil {
		return program.Submission{}, err
	}
	if err := l.Store.MarkTxSigned(ctx, id, store.SignedTx{Hash: tx.Hash(), Raw: raw, GasTipCap: new(big.Int), GasFeeCap: big.NewInt(1)}); err != nil {
		return program.Submission{}, err
	}
	if err := l.Store.MarkTxSent(ctx, id, tx.Hash()); err != nil {
		return program.Submission{}, err
	}
	l.nonce++
	return program.Submission{Key: key, TxHash: tx.Hash(), TxID: id}, nil
}

// Include records the transaction with id as included and confirmed in head.
func (l *Ledger) Include(ctx context.Context, id int64, head *types.Header) error {
	n := head.Number.Uint64()
	if err := l.Store.MarkTxIncluded(ctx, id, store.Inclusion{BlockNumber: n, BlockHash: head.Hash()}); err != nil {
		return err
	}
	return l.Store.MarkTxConfirmed(ctx, id, 0, n)
}

// Settle reads the submission's transaction, as the chain executor does:
// done once it is included.
func (l *Ledger) Settle(ctx context.Context, s program.Submission) (program.Outcome, bool, error) {
	tx, err := l.Store.TransactionByKey(ctx, s.Key)
	if err != nil {
		return program.Outcome{}, false, err
	}
	if tx.State != store.TxIncluded && tx.State != store.TxConfirmed {
		return program.Outcome{}, false, nil
	}
	return program.Outcome{Success: true, BlockNumber: tx.BlockNumber}, true, nil
}
