package agents_test

import (
	"crypto/ecdsa"
	"log/slog"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/chain/txmgr"
)

func newOutbox(chain *devchain.Chain, st store.Store, key *ecdsa.PrivateKey, confirmations uint64) (*txmgr.Outbox, error) {
	return txmgr.NewOutbox(txmgr.OutboxConfig{ChainID: chain.ChainID(), Agent: "mm-test", Confirmations: confirmations},
		chain.Client(), st, key, slog.New(slog.DiscardHandler))
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func ingestPoolReader() (*ingest.PoolReader, error) { return ingest.NewPoolReader() }
