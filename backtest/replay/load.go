package replay

import (
	"compress/gzip"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/trie"
)

// Names of the files Load reads inside a block directory.
const (
	BlockFile       = "block.json.gz"
	PreStateFile    = "pre_state.json.gz"
	BlockHashesFile = "block_hashes.json.gz" // optional
)

// Block is one recorded mainnet block, ready to replay: the block as
// go-ethereum sees it, the touched-account pre-state and the ancestor
// hashes BLOCKHASH may ask for. Replay does not modify it, so one Block
// can be replayed any number of times.
type Block struct {
	// Block carries the header, the transactions (senders already
	// recovered and cached) and the withdrawals. Uncle headers are not
	// recorded; they only affect rewards, which no receipt depends on.
	Block *types.Block
	// PreState is every account the block touches, as it was before it.
	PreState types.GenesisAlloc
	// BlockHashes maps ancestor numbers to hashes for BLOCKHASH; the parent
	// hash is always known from the header even when it is not listed.
	BlockHashes map[uint64]common.Hash

	config *params.ChainConfig
	state  *preState
}

// Config returns the chain rules the block is replayed under (mainnet).
func (b *Block) Config() *params.ChainConfig { return b.config }

// rpcBlock holds the parts of an eth_getBlockByNumber(n, true) answer that
// types.Header does not decode.
type rpcBlock struct {
	Hash         *common.Hash        `json:"hash"`
	Transactions []json.RawMessage   `json:"transactions"`
	Withdrawals  []*types.Withdrawal `json:"withdrawals"`
}

// rpcTxFields are the fields of a transaction object that its signed
// payload does not carry but that Load checks the payload against.
type rpcTxFields struct {
	Hash *common.Hash    `json:"hash"`
	From *common.Address `json:"from"`
}

// preAccount is one entry of pre_state.json, written by revm's serde.
type preAccount struct {
	Basic *struct {
		Balance *hexutil.Big `json:"balance"`
		Nonce   *uint64      `json:"nonce"`
	} `json:"basic"`
	Code *struct {
		Bytecode    hexutil.Bytes `json:"bytecode"`
		OriginalLen *int          `json:"original_len"`
	} `json:"code"`
	Storage  map[string]string `json:"storage"`
	CodeHash *common.Hash      `json:"code_hash"`
}

// Load reads the block directory dir (block.json.gz, pre_state.json.gz and,
// when present, block_hashes.json.gz), checks every decoded hash against the
// recorded one and seeds an in-memory state database with the pre-state.
// Errors are *FileError values naming the file and field at fault.
func Load(dir string) (*Block, error) {
	config := params.MainnetChainConfig
	blk, err := loadBlock(filepath.Join(dir, BlockFile), config)
	if err != nil {
		return nil, err
	}
	alloc, err := loadPreState(filepath.Join(dir, PreStateFile))
	if err != nil {
		return nil, err
	}
	hashes, err := loadBlockHashes(filepath.Join(dir, BlockHashesFile))
	if err != nil {
		return nil, err
	}
	parent := blk.NumberU64() - 1
	if h, ok := hashes[parent]; ok && blk.NumberU64() > 0 && h != blk.ParentHash() {
		return nil, &FileError{Path: filepath.Join(dir, BlockHashesFile), Field: strconv.FormatUint(parent, 10),
			Err: fmt.Errorf("%w: recorded %s, header parentHash is %s", ErrHashMismatch, h, blk.ParentHash())}
	}
	st, err := seedState(alloc, config)
	if err != nil {
		return nil, fmt.Errorf("replay: seed %s: %w", filepath.Join(dir, PreStateFile), err)
	}
	return &Block{Block: blk, PreState: alloc, BlockHashes: hashes, config: config, state: st}, nil
}

func loadBlock(path string, config *params.ChainConfig) (*types.Block, error) {
	raw, err := readGzip(path)
	if err != nil {
		return nil, err
	}
	fail := func(field string, err error) error { return &FileError{Path: path, Field: field, Err: err} }
	var header types.Header
	if err := json.Unmarshal(raw, &header); err != nil {
		return nil, fail("header", err)
	}
	var rb rpcBlock
	if err := json.Unmarshal(raw, &rb); err != nil {
		return nil, fail("", err)
	}
	if rb.Hash == nil {
		return nil, fail("hash", errors.New("missing"))
	}
	if got := header.Hash(); got != *rb.Hash {
		return nil, fail("hash", fmt.Errorf("%w: header hashes to %s, recorded %s", ErrHashMismatch, got, *rb.Hash))
	}
	signer := types.MakeSigner(config, header.Number, header.Time)
	txs := make(types.Transactions, len(rb.Transactions))
	for i, rawTx := range rb.Transactions {
		tx, err := decodeTx(rawTx, signer)
		if err != nil {
			return nil, fail(fmt.Sprintf("transactions[%d]", i), err)
		}
		txs[i] = tx
	}
	if got := types.DeriveSha(txs, trie.NewStackTrie(nil)); got != header.TxHash {
		return nil, fail("transactionsRoot", fmt.Errorf("%w: transactions hash to %s, header has %s", ErrHashMismatch, got, header.TxHash))
	}
	body := types.Body{Transactions: txs}
	if header.WithdrawalsHash != nil {
		ws := types.Withdrawals(rb.Withdrawals)
		if got := types.DeriveSha(ws, trie.NewStackTrie(nil)); got != *header.WithdrawalsHash {
			return nil, fail("withdrawalsRoot", fmt.Errorf("%w: withdrawals hash to %s, header has %s", ErrHashMismatch, got, *header.WithdrawalsHash))
		}
		body.Withdrawals = ws
	}
	return types.NewBlockWithHeader(&header).WithBody(body), nil
}

// decodeTx decodes one RPC transaction object, checks its hash and recovers
// its sender, which the transaction caches for Replay: go-ethereum recovers
// senders ahead of execution too (core.SenderCacher), so this keeps the
// ECDSA work out of the execution being measured.
func decodeTx(raw json.RawMessage, signer types.Signer) (*types.Transaction, error) {
	var tx types.Transaction
	if err := json.Unmarshal(raw, &tx); err != nil {
		return nil, err
	}
	var want rpcTxFields
	if err := json.Unmarshal(raw, &want); err != nil {
		return nil, err
	}
	if want.Hash == nil {
		return nil, errors.New("hash: missing")
	}
	if got := tx.Hash(); got != *want.Hash {
		return nil, fmt.Errorf("hash: %w: decoded tx hashes to %s, recorded %s", ErrHashMismatch, got, *want.Hash)
	}
	from, err := types.Sender(signer, &tx)
	if err != nil {
		return nil, fmt.Errorf("recover sender of %s: %w", want.Hash, err)
	}
	if want.From != nil && from != *want.From {
		return nil, fmt.Errorf("from: %w: signature recovers %s, recorded %s", ErrHashMismatch, from, *want.From)
	}
	return &tx, nil
}

func loadPreState(path string) (types.GenesisAlloc, error) {
	raw, err := readGzip(path)
	if err != nil {
		return nil, err
	}
	var accounts map[common.Address]preAccount
	if err := json.Unmarshal(raw, &accounts); err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	alloc := make(types.GenesisAlloc, len(accounts))
	for addr, acc := range accounts {
		a, err := acc.toAccount()
		if err != nil {
			return nil, &FileError{Path: path, Field: addr.Hex(), Err: err}
		}
		alloc[addr] = a
	}
	return alloc, nil
}

// toAccount converts a revm account record, trimming the analysed bytecode
// to its original length (revm pads it with zero bytes) and checking it
// against code_hash.
func (p preAccount) toAccount() (types.Account, error) {
	if p.Basic == nil || p.Basic.Balance == nil || p.Basic.Nonce == nil {
		return types.Account{}, errors.New("basic: balance or nonce missing")
	}
	acc := types.Account{Balance: (*big.Int)(p.Basic.Balance), Nonce: *p.Basic.Nonce}
	if acc.Balance.Sign() < 0 || acc.Balance.BitLen() > 256 {
		return types.Account{}, fmt.Errorf("basic.balance: %s is not a 256-bit word", acc.Balance)
	}
	if p.Code != nil {
		n := len(p.Code.Bytecode)
		if p.Code.OriginalLen != nil {
			n = *p.Code.OriginalLen
		}
		if n < 0 || n > len(p.Code.Bytecode) {
			return types.Account{}, fmt.Errorf("code.original_len: %d outside bytecode of %d bytes", n, len(p.Code.Bytecode))
		}
		acc.Code = p.Code.Bytecode[:n]
	}
	if p.CodeHash != nil && *p.CodeHash != types.EmptyCodeHash {
		if got := crypto.Keccak256Hash(acc.Code); got != *p.CodeHash {
			return types.Account{}, fmt.Errorf("code_hash: %w: code hashes to %s, recorded %s", ErrHashMismatch, got, *p.CodeHash)
		}
	}
	if len(p.Storage) > 0 {
		acc.Storage = make(map[common.Hash]common.Hash, len(p.Storage))
		for k, v := range p.Storage {
			key, err := parseWord(k)
			if err != nil {
				return types.Account{}, fmt.Errorf("storage key %q: %w", k, err)
			}
			val, err := parseWord(v)
			if err != nil {
				return types.Account{}, fmt.Errorf("storage[%s]: %w", k, err)
			}
			acc.Storage[key] = val
		}
	}
	return acc, nil
}

// parseWord reads a 0x-prefixed hex number of at most 32 bytes, written
// without leading zeros as revm does ("0xd"), into a left-padded word.
func parseWord(s string) (common.Hash, error) {
	digits, ok := strings.CutPrefix(s, "0x")
	if !ok || digits == "" || len(digits) > 64 {
		return common.Hash{}, errors.New("want 0x followed by 1 to 64 hex digits")
	}
	b, err := hex.DecodeString(strings.Repeat("0", 64-len(digits)) + digits)
	if err != nil {
		return common.Hash{}, err
	}
	return common.BytesToHash(b), nil
}

// loadBlockHashes reads the optional ancestor hash file; a missing file
// yields an empty map, since most blocks never execute BLOCKHASH.
func loadBlockHashes(path string) (map[uint64]common.Hash, error) {
	raw, err := readGzip(path)
	if errors.Is(err, os.ErrNotExist) {
		return map[uint64]common.Hash{}, nil
	}
	if err != nil {
		return nil, err
	}
	var byName map[string]common.Hash
	if err := json.Unmarshal(raw, &byName); err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	hashes := make(map[uint64]common.Hash, len(byName))
	for k, h := range byName {
		n, err := strconv.ParseUint(k, 10, 64)
		if err != nil {
			return nil, &FileError{Path: path, Field: strconv.Quote(k), Err: fmt.Errorf("block number: %w", err)}
		}
		hashes[n] = h
	}
	return hashes, nil
}

func readGzip(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	raw, err := io.ReadAll(zr)
	if err != nil {
		return nil, &FileError{Path: path, Err: err}
	}
	return raw, nil
}

// ListBlockDirs returns the block directories under root (named by block
// number) in ascending block order.
func ListBlockDirs(root string) ([]string, error) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("replay: list blocks: %w", err)
	}
	type dir struct {
		n    uint64
		path string
	}
	var dirs []dir
	for _, e := range entries {
		n, err := strconv.ParseUint(e.Name(), 10, 64)
		if !e.IsDir() || err != nil {
			continue
		}
		dirs = append(dirs, dir{n, filepath.Join(root, e.Name())})
	}
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].n < dirs[j].n })
	paths := make([]string, len(dirs))
	for i, d := range dirs {
		paths[i] = d.path
	}
	return paths, nil
}
