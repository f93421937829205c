package agents_test

import (
	"crypto/ecdsa"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/chain/txmgr"
)

func newTxMgr(chain *devchain.Chain, key *ecdsa.PrivateKey) (*txmgr.Manager, error) {
	return txmgr.New(txmgr.Config{ChainID: chain.ChainID()}, chain.Client(), key, nil)
}

func callMsg(to common.Address, data []byte) ethereum.CallMsg {
	return ethereum.CallMsg{To: &to, Data: data}
}

func ingestPoolReader() (*ingest.PoolReader, error) { return ingest.NewPoolReader() }
