package record

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// JSON-RPC error codes: a node that does not serve a method answers the
// specification's "method not found" or EIP-1474's "method not supported";
// go-ethereum answers the calls of a batch past its response size limit
// with "response too large".
const (
	codeMethodNotFound     = -32601
	codeMethodNotSupported = -32004
	codeResponseTooLarge   = -32003
)

// maxReceiptCalls is how many eth_getTransactionReceipt calls go in one
// batch request, below go-ethereum's default limit of 1,000 a batch.
const maxReceiptCalls = 500

// errNoBlockReceipts tells the fetcher to fall back to one
// eth_getTransactionReceipt per transaction.
var errNoBlockReceipts = errors.New("the node does not serve eth_getBlockReceipts")

// receiptFetcher fetches the receipts a recording keeps: those of the
// transactions that emitted a block's recorded logs.
//
// With a Batcher it asks eth_getBlockReceipts, by hash, for every block of
// a batch that holds recorded logs, all in one request, so the answer is of
// the header just recorded (or an error). A node without that method is
// asked eth_getTransactionReceipt for each transaction instead, also in one
// request, for the rest of the recording. Without a Batcher it calls
// Node.TransactionReceipt once per transaction.
type receiptFetcher struct {
	node  Node
	batch Batcher
	perTx bool // the node lacks eth_getBlockReceipts
}

// fetch returns, by block number, the receipts of the transactions that
// emitted logs[n] in block n, in transaction order. Each is checked
// against its header: a receipt that names another block, or one missing,
// is an error naming the block and the transaction.
func (f *receiptFetcher) fetch(ctx context.Context, headers []*types.Header, logs map[uint64][]types.Log) (map[uint64][]*types.Receipt, error) {
	var blocks []*types.Header // those with recorded logs, in order
	txs := map[uint64][]common.Hash{}
	for _, h := range headers {
		n := h.Number.Uint64()
		seen := map[common.Hash]bool{}
		for _, l := range logs[n] {
			if !seen[l.TxHash] {
				seen[l.TxHash] = true
				txs[n] = append(txs[n], l.TxHash)
			}
		}
		if len(txs[n]) > 0 {
			blocks = append(blocks, h)
		}
	}
	if len(blocks) == 0 {
		return nil, nil
	}
	var got map[uint64][]*types.Receipt
	var err error
	if f.batch != nil && !f.perTx {
		got, err = f.blockReceipts(ctx, blocks)
		if errors.Is(err, errNoBlockReceipts) {
			f.perTx = true
			got, err = f.txReceipts(ctx, blocks, txs)
		}
	} else {
		got, err = f.txReceipts(ctx, blocks, txs)
	}
	if err != nil {
		return nil, err
	}
	out := make(map[uint64][]*types.Receipt, len(blocks))
	for _, h := range blocks {
		n := h.Number.Uint64()
		if out[n], err = keep(h, txs[n], got[n]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// blockReceipts asks for all receipts of each block in one batch; it
// returns errNoBlockReceipts when the node lacks the method. A node whose
// batch response outgrew its limit (go-ethereum's 25 MB by default: about
// 50 busy mainnet blocks' receipts) answers the first blocks and refuses
// the rest with "response too large"; those are asked again, in another
// request, until all are answered.
func (f *receiptFetcher) blockReceipts(ctx context.Context, blocks []*types.Header) (map[uint64][]*types.Receipt, error) {
	out := make(map[uint64][]*types.Receipt, len(blocks))
	for len(blocks) > 0 {
		batch := make([]rpc.BatchElem, len(blocks))
		for i, h := range blocks {
			batch[i] = rpc.BatchElem{Method: "eth_getBlockReceipts", Args: []any{h.Hash()}, Result: new([]*types.Receipt)}
		}
		if err := f.batch.BatchCallContext(ctx, batch); err != nil {
			return nil, fmt.Errorf("record: receipts of blocks %d..%d: %w", blocks[0].Number, blocks[len(blocks)-1].Number, err)
		}
		var again []*types.Header
		for i, b := range batch {
			h := blocks[i]
			var rerr rpc.Error
			code := 0
			if errors.As(b.Error, &rerr) {
				code = rerr.ErrorCode()
			}
			switch {
			case code == codeMethodNotFound || code == codeMethodNotSupported:
				return nil, errNoBlockReceipts
			case code == codeResponseTooLarge && i > 0:
				again = append(again, h)
				continue
			case b.Error != nil:
				return nil, fmt.Errorf("record: receipts of block %d: %w", h.Number, b.Error)
			}
			rs := *b.Result.(*[]*types.Receipt)
			if rs == nil {
				return nil, fmt.Errorf("record: the node has no receipts of block %d (%s): the chain reorganised while recording; run again to resume", h.Number, h.Hash())
			}
			out[h.Number.Uint64()] = rs
		}
		blocks = again
	}
	return out, nil
}

// txReceipts asks for the receipt of each transaction: in one batch with a
// Batcher, else one call each.
func (f *receiptFetcher) txReceipts(ctx context.Context, blocks []*types.Header, txs map[uint64][]common.Hash) (map[uint64][]*types.Receipt, error) {
	out := make(map[uint64][]*types.Receipt, len(blocks))
	if f.batch == nil {
		for _, h := range blocks {
			n := h.Number.Uint64()
			for _, tx := range txs[n] {
				r, err := f.node.TransactionReceipt(ctx, tx)
				if err != nil {
					return nil, fmt.Errorf("record: block %d: the receipt of transaction %s: %w", n, tx, err)
				}
				out[n] = append(out[n], r)
			}
		}
		return out, nil
	}
	var batch []rpc.BatchElem
	var of []uint64 // the block each element asks about
	for _, h := range blocks {
		for _, tx := range txs[h.Number.Uint64()] {
			batch = append(batch, rpc.BatchElem{Method: "eth_getTransactionReceipt", Args: []any{tx}, Result: new(*types.Receipt)})
			of = append(of, h.Number.Uint64())
		}
	}
	// go-ethereum serves at most 1,000 calls a batch (BatchRequestLimit).
	for start := 0; start < len(batch); start += maxReceiptCalls {
		part := batch[start:min(start+maxReceiptCalls, len(batch))]
		if err := f.batch.BatchCallContext(ctx, part); err != nil {
			return nil, fmt.Errorf("record: receipts of blocks %d..%d: %w", blocks[0].Number, blocks[len(blocks)-1].Number, err)
		}
	}
	for i, b := range batch {
		tx, n := b.Args[0].(common.Hash), of[i]
		if b.Error != nil {
			return nil, fmt.Errorf("record: block %d: the receipt of transaction %s: %w", n, tx, b.Error)
		}
		// A missing receipt is left out here and named by keep.
		if r := *b.Result.(**types.Receipt); r != nil {
			out[n] = append(out[n], r)
		}
	}
	return out, nil
}

// keep returns the receipts of txs among got (the node's answer for h's
// block), in the order of txs, each checked to be of h's block.
func keep(h *types.Header, txs []common.Hash, got []*types.Receipt) ([]*types.Receipt, error) {
	out := make([]*types.Receipt, 0, len(txs))
	for _, tx := range txs {
		i := slices.IndexFunc(got, func(r *types.Receipt) bool { return r != nil && r.TxHash == tx })
		if i < 0 {
			return nil, fmt.Errorf("record: block %d: the node gave no receipt of transaction %s, which emitted a recorded log", h.Number, tx)
		}
		if r := got[i]; r.BlockHash != h.Hash() {
			return nil, fmt.Errorf("record: block %d: the receipt of transaction %s names block hash %s, the recorded header %s: the chain reorganised while recording (run again to resume), or the node answers for another block", h.Number, tx, r.BlockHash, h.Hash())
		}
		out = append(out, got[i])
	}
	return out, nil
}
