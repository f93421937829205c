package replay

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/state"
	"github.com/ethereum/go-ethereum/core/tracing"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/triedb"
	"github.com/ethereum/go-ethereum/triedb/pathdb"
	"github.com/holiman/uint256"
)

// preState is the pre-state committed to an in-memory path-scheme
// database: go-ethereum's default scheme, whose flat state layer answers
// account and slot reads without walking the trie, as a synced node does.
type preState struct {
	db   state.Database
	root common.Hash
}

// open returns a fresh StateDB over the committed pre-state. Each replay
// gets its own, so replays never see each other's writes.
func (p *preState) open() (*state.StateDB, error) {
	return state.New(p.root, p.db)
}

// seedState writes alloc into a new in-memory database and commits it.
// The commit uses Frontier rules so that empty accounts recorded in the
// pre-state are kept: before EIP-158 an existing empty account and a
// missing one cost different gas.
func seedState(alloc types.GenesisAlloc, config *params.ChainConfig) (*preState, error) {
	tdb := triedb.NewDatabase(rawdb.NewMemoryDatabase(), &triedb.Config{PathDB: &pathdb.Config{
		TrienodeHistory:   -1,
		NoAsyncFlush:      true,
		NoAsyncGeneration: true,
	}})
	db := state.NewMPTDatabase(tdb, nil)
	sdb, err := state.New(types.EmptyRootHash, db)
	if err != nil {
		return nil, err
	}
	for addr, acc := range alloc {
		balance, overflow := uint256.FromBig(acc.Balance)
		if overflow {
			return nil, fmt.Errorf("account %s: balance %s exceeds 256 bits", addr, acc.Balance)
		}
		sdb.CreateAccount(addr)
		sdb.SetBalance(addr, balance, tracing.BalanceChangeUnspecified)
		sdb.SetNonce(addr, acc.Nonce, tracing.NonceChangeUnspecified)
		if len(acc.Code) > 0 {
			sdb.SetCode(addr, acc.Code, tracing.CodeChangeUnspecified)
		}
		for k, v := range acc.Storage {
			sdb.SetState(addr, k, v)
		}
	}
	root, err := sdb.Commit(config.Rules(new(big.Int), false, 0), 0)
	if err != nil {
		return nil, fmt.Errorf("commit pre-state: %w", err)
	}
	return &preState{db: db, root: root}, nil
}
