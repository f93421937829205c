package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/txmgr"
)

// env is a simulated chain with a TestToken deployed by key (nonce 0).
type env struct {
	sim   *simulated.Backend
	key   *ecdsa.PrivateKey
	from  common.Address
	token common.Address
	abi   *bindings.TestToken
}

func newEnv(t *testing.T) *env {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}})
	t.Cleanup(func() { sim.Close() })
	tok := bindings.NewTestToken()
	auth := bind.NewKeyedTransactor(key, big.NewInt(1337))
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.TestTokenMetaData.Bin), sim.Client(),
		tok.PackConstructor("Test", "T", 18))
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	if r, err := sim.Client().TransactionReceipt(context.Background(), tx.Hash()); err != nil || r.Status != 1 {
		t.Fatalf("deploy: %v %+v", err, r)
	}
	return &env{sim: sim, key: key, from: from, token: addr, abi: tok}
}

// A call that reverts in simulation comes back decoded, writes no row and
// takes no nonce: the next submission gets the next nonce.
func TestOutboxSimulationRevertIsDecodedAndTakesNoNonce(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		o := e.outbox(t, txmgr.OutboxConfig{}, nil, st, nil)
		ctx := context.Background()
		// Transferring tokens the sender does not have reverts with OpenZeppelin's custom error.
		_, err := o.Submit(ctx, txmgr.Request{Key: "k/transfer", To: e.token,
			Data: e.abi.PackTransfer(common.HexToAddress("0x01"), big.NewInt(1))})
		var sim *txmgr.SimulationError
		if !errors.As(err, &sim) || len(sim.RevertData) < 4 {
			t.Fatalf("err = %v, want a SimulationError with revert data", err)
		}
		if named := contracts.DecodeRevert(sim.RevertData); named == nil {
			t.Fatal("revert data did not decode")
		}
		if _, err := st.TransactionByKey(ctx, "k/transfer"); err == nil {
			t.Fatal("a reverted simulation wrote a row")
		}
		req := e.mint(1)
		req.Key = "k/mint"
		tx, err := o.Submit(ctx, req)
		if err != nil || tx.Nonce != 1 { // nonce 0 deployed the token
			t.Fatalf("nonce after a refused simulation = %d (%v), want 1", tx.Nonce, err)
		}
	})
}

// noBaseFee hides the base fee, as a pre-London chain's headers do.
type noBaseFee struct{ simulated.Client }

func (n noBaseFee) HeaderByNumber(ctx context.Context, num *big.Int) (*types.Header, error) {
	h, err := n.Client.HeaderByNumber(ctx, num)
	if h != nil {
		h = types.CopyHeader(h)
		h.BaseFee = nil
	}
	return h, err
}

// Without a base fee the outbox signs a legacy transaction with the node's
// gas price, and it is mined.
func TestOutboxLegacyFeesWithoutBaseFee(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		o := e.outbox(t, txmgr.OutboxConfig{}, noBaseFee{e.sim.Client()}, st, nil)
		ctx := context.Background()
		req := e.mint(1)
		req.Key = "k/legacy"
		row, err := o.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		var tx types.Transaction
		if err := tx.UnmarshalBinary(row.Raw); err != nil {
			t.Fatal(err)
		}
		if tx.Type() != types.LegacyTxType || tx.GasPrice().Sign() <= 0 {
			t.Fatalf("tx type %d price %s, want a legacy transaction with a gas price", tx.Type(), tx.GasPrice())
		}
		e.commit(t, row.Hash)
		if r, err := e.sim.Client().TransactionReceipt(ctx, row.Hash); err != nil || r.Status != 1 {
			t.Fatalf("legacy transaction: %+v, %v", r, err)
		}
	})
}
