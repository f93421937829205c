package replay

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/consensus"
	"github.com/ethereum/go-ethereum/consensus/misc"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/core/vm"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
)

// Result is what a replay derived next to what the header records. It
// holds no timings, so replaying the same block always gives the same
// Result.
type Result struct {
	Number uint64
	Txs    int

	GasUsed     uint64
	WantGasUsed uint64

	// LogsBloom is the union of the receipt blooms; it checks the logs
	// even where the receipts root cannot be checked.
	LogsBloom     types.Bloom
	WantLogsBloom types.Bloom

	ReceiptsRoot     common.Hash
	WantReceiptsRoot common.Hash

	// IntermediateRoots is true before Byzantium, when every receipt
	// commits to the full state root after its transaction, so
	// ReceiptsRoot is computed over roots of the partial state and cannot
	// equal WantReceiptsRoot.
	IntermediateRoots bool
}

// Check returns nil when the replay reproduced the header, else a
// *MismatchError for the first differing field, in the order gasUsed,
// logsBloom, receiptsRoot. A pre-Byzantium receiptsRoot mismatch wraps
// ErrIntermediateStateRoots instead of ErrMismatch; it is checked last, so
// such an error still means gasUsed and logsBloom matched.
func (r Result) Check() error {
	mismatch := func(field, want, got string, err error) error {
		return &MismatchError{Block: r.Number, Field: field, Want: want, Got: got, Txs: r.Txs, Err: err}
	}
	if r.GasUsed != r.WantGasUsed {
		return mismatch("gasUsed", fmt.Sprint(r.WantGasUsed), fmt.Sprint(r.GasUsed), ErrMismatch)
	}
	if r.LogsBloom != r.WantLogsBloom {
		return mismatch("logsBloom", r.WantLogsBloom.Big().Text(16), r.LogsBloom.Big().Text(16), ErrMismatch)
	}
	if r.ReceiptsRoot != r.WantReceiptsRoot {
		err := ErrMismatch
		if r.IntermediateRoots {
			err = ErrIntermediateStateRoots
		}
		return mismatch("receiptsRoot", r.WantReceiptsRoot.Hex(), r.ReceiptsRoot.Hex(), err)
	}
	return nil
}

// Replay executes the block's transactions in order on a fresh StateDB
// over the pre-state, as core.StateProcessor.Process does, and derives
// gasUsed, the logs bloom and the receipts root. An error means a
// transaction could not be applied at all (the block would be invalid on
// this pre-state) or BLOCKHASH asked for an unrecorded ancestor; a replay
// that merely disagrees with the header is reported by Result.Check.
func Replay(b *Block) (Result, error) {
	receipts, err := b.execute()
	if err != nil {
		return Result{}, err
	}
	header := b.Block.Header()
	res := Result{
		Number:            header.Number.Uint64(),
		Txs:               len(receipts),
		WantGasUsed:       header.GasUsed,
		WantLogsBloom:     header.Bloom,
		WantReceiptsRoot:  header.ReceiptHash,
		ReceiptsRoot:      types.DeriveSha(receipts, trie.NewStackTrie(nil)),
		IntermediateRoots: !b.config.IsByzantium(header.Number),
	}
	for _, r := range receipts {
		res.GasUsed += r.GasUsed
	}
	res.LogsBloom = types.MergeBloom(receipts)
	return res, nil
}

// execute mirrors the receipt-producing part of core.StateProcessor.Process
// for go-ethereum v1.17: the DAO fork, the EIP-4788 beacon-root system
// call, the transactions and the withdrawals. The EIP-2935 and Prague
// request system calls are not reached by the recorded blocks (all before
// Prague); block and uncle rewards are left out because no receipt
// depends on them.
func (b *Block) execute() (types.Receipts, error) {
	statedb, err := b.state.open()
	if err != nil {
		return nil, fmt.Errorf("replay: open pre-state of block %d: %w", b.Block.NumberU64(), err)
	}
	var (
		ctx       = context.Background()
		config    = b.config
		block     = b.Block
		header    = block.Header()
		number    = block.Number()
		blockHash = block.Hash()
		gp        = core.NewGasPool(block.GasLimit())
		receipts  = make(types.Receipts, 0, len(block.Transactions()))
		signer    = types.MakeSigner(config, number, header.Time)
		hashes    = newHashLookup(header, b.BlockHashes)
	)
	if config.IsPrague(number, header.Time) {
		return nil, fmt.Errorf("replay: block %d: %w", number, ErrUnsupportedFork)
	}
	if config.DAOForkSupport && config.DAOForkBlock != nil && config.DAOForkBlock.Cmp(number) == 0 {
		misc.ApplyDAOHardFork(statedb)
	}
	// The coinbase is passed as the author, so the block context never asks
	// the (absent) consensus engine for it.
	blockCtx := core.NewEVMBlockContext(header, chainContext{config: config, header: header}, &header.Coinbase)
	blockCtx.GetHash = hashes.get
	evm := vm.NewEVM(blockCtx, statedb, config, vm.Config{})
	defer evm.Release()

	if beaconRoot := block.BeaconRoot(); beaconRoot != nil {
		core.ProcessBeaconBlockRoot(*beaconRoot, evm, nil)
	}
	for i, tx := range block.Transactions() {
		msg, err := core.TransactionToMessage(tx, signer, header.BaseFee)
		if err != nil {
			return nil, fmt.Errorf("replay: block %d tx %d %s: %w", number, i, tx.Hash(), err)
		}
		statedb.SetTxContext(tx.Hash(), i, uint32(i+1))
		receipt, _, err := core.ApplyTransactionWithEVM(ctx, msg, gp, statedb, number, blockHash, header.Time, tx, evm)
		if err != nil {
			_, known := b.PreState[msg.From]
			return nil, fmt.Errorf("replay: block %d tx %d %s from %s (in pre_state: %t): %w",
				number, i, tx.Hash(), msg.From, known, err)
		}
		if hashes.err != nil {
			return nil, fmt.Errorf("replay: block %d tx %d %s: %w", number, i, tx.Hash(), hashes.err)
		}
		receipts = append(receipts, receipt)
	}
	if config.IsShanghai(number, header.Time) {
		core.ProcessWithdrawals(block.Withdrawals(), evm, uint32(len(receipts)+1), nil)
	}
	if err := statedb.Error(); err != nil {
		return nil, fmt.Errorf("replay: block %d state: %w", number, err)
	}
	return receipts, nil
}

// hashLookup answers BLOCKHASH from the parent hash and the recorded
// ancestor hashes. The EVM's GetHash cannot return an error, so the first
// unknown number is kept in err for execute to report.
type hashLookup struct {
	number uint64
	parent common.Hash
	known  map[uint64]common.Hash
	err    error
}

func newHashLookup(header *types.Header, known map[uint64]common.Hash) *hashLookup {
	return &hashLookup{number: header.Number.Uint64(), parent: header.ParentHash, known: known}
}

func (h *hashLookup) get(n uint64) common.Hash {
	if n+1 == h.number {
		return h.parent
	}
	if hash, ok := h.known[n]; ok {
		return hash
	}
	if h.err == nil {
		h.err = fmt.Errorf("%w: block %d (%s lists %d)", ErrUnknownBlockHash, n, BlockHashesFile, len(h.known))
	}
	return common.Hash{}
}

// chainContext is the smallest core.ChainContext NewEVMBlockContext
// accepts: it supplies the chain rules and no ancestors, because BLOCKHASH
// goes through hashLookup instead.
type chainContext struct {
	config *params.ChainConfig
	header *types.Header
}

var _ core.ChainContext = chainContext{}

func (c chainContext) Config() *params.ChainConfig                 { return c.config }
func (c chainContext) CurrentHeader() *types.Header                { return c.header }
func (c chainContext) GetHeader(common.Hash, uint64) *types.Header { return nil }
func (c chainContext) GetHeaderByNumber(uint64) *types.Header      { return nil }
func (c chainContext) GetHeaderByHash(common.Hash) *types.Header   { return nil }
func (c chainContext) Engine() consensus.Engine                    { return nil }
