package verify

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
)

// Range verifies every transaction that applied a change through the guard
// in blocks from..to (inclusive), found by the guard's ParameterApplied
// events, in chain order.
func (v *Verifier) Range(ctx context.Context, from, to uint64) ([]Verdict, error) {
	if from > to {
		return nil, fmt.Errorf("verify: block range %d..%d is empty (from > to)", from, to)
	}
	hashes, err := v.appliedTxs(ctx, from, to, nil)
	if err != nil {
		return nil, err
	}
	return v.txs(ctx, hashes)
}

// Root verifies every transaction that applied a change backed by root: the
// one that committed it and any later applyActions within the guard's root
// TTL. A root that is not committed, or that backs no applied change, is a
// verdict with that problem.
func (v *Verifier) Root(ctx context.Context, root common.Hash) ([]Verdict, error) {
	c, err := v.committer(ctx, root)
	if err != nil {
		return nil, err
	}
	if c.Agent == (common.Address{}) {
		return []Verdict{{Root: root, Problems: []string{fmt.Sprintf("root %s is not committed in the registry", root)}}}, nil
	}
	out, err := v.chain.CallContract(ctx, ethereum.CallMsg{To: &v.cfg.Guard, Data: v.guard.PackRootTtlBlocks()}, nil)
	if err != nil {
		return nil, fmt.Errorf("verify: read root TTL of guard %s: %w", v.cfg.Guard, err)
	}
	ttl, err := v.guard.UnpackRootTtlBlocks(out)
	if err != nil {
		return nil, fmt.Errorf("verify: decode root TTL of guard %s: %w", v.cfg.Guard, err)
	}
	to := c.BlockNumber + ttl
	if head, err := v.chain.HeaderByNumber(ctx, nil); err == nil && head.Number.Uint64() < to {
		to = head.Number.Uint64()
	}
	hashes, err := v.appliedTxs(ctx, c.BlockNumber, to, &root)
	if err != nil {
		return nil, err
	}
	if len(hashes) == 0 {
		return []Verdict{{Root: root, Agent: c.Agent, Block: c.BlockNumber,
			Problems: []string{fmt.Sprintf("root %s was committed in block %d but backs no applied change", root, c.BlockNumber)}}}, nil
	}
	return v.txs(ctx, hashes)
}

// appliedTxs lists, once each and in chain order, the transactions whose
// ParameterApplied events fall in from..to (and carry root, if given).
func (v *Verifier) appliedTxs(ctx context.Context, from, to uint64, root *common.Hash) ([]common.Hash, error) {
	logs, err := v.chain.FilterLogs(ctx, ethereum.FilterQuery{
		FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
		Addresses: []common.Address{v.cfg.Guard}, Topics: [][]common.Hash{{v.guardABI.Events["ParameterApplied"].ID}},
	})
	if err != nil {
		return nil, fmt.Errorf("verify: guard events in blocks %d..%d: %w", from, to, err)
	}
	var out []common.Hash
	seen := map[common.Hash]bool{}
	for i := range logs {
		l := &logs[i]
		if l.Removed || seen[l.TxHash] {
			continue
		}
		if root != nil {
			applied, err := v.guard.UnpackParameterAppliedEvent(l)
			if err != nil || applied.Root != *root {
				continue
			}
		}
		seen[l.TxHash] = true
		out = append(out, l.TxHash)
	}
	return out, nil
}

func (v *Verifier) txs(ctx context.Context, hashes []common.Hash) ([]Verdict, error) {
	out := make([]Verdict, 0, len(hashes))
	for _, h := range hashes {
		vd, err := v.Tx(ctx, h)
		if err != nil {
			return out, err
		}
		out = append(out, vd)
	}
	return out, nil
}
