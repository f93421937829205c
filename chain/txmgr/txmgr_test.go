package txmgr_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/txmgr"
)

type env struct {
	sim   *simulated.Backend
	key   *ecdsa.PrivateKey
	from  common.Address
	token common.Address
	abi   *bindings.TestToken
	mgr   *txmgr.Manager
}

func newEnv(t *testing.T, backend func(simulated.Client) txmgr.Backend) *env {
	t.Helper()
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	sim := simulated.NewBackend(types.GenesisAlloc{from: {Balance: new(big.Int).Lsh(big.NewInt(1), 100)}})
	t.Cleanup(func() { sim.Close() })
	chainID := big.NewInt(1337)
	tok := bindings.NewTestToken()
	auth := bind.NewKeyedTransactor(key, chainID)
	addr, tx, err := bind.DeployContract(auth, common.FromHex(bindings.TestTokenMetaData.Bin), sim.Client(),
		tok.PackConstructor("Test", "T", 18))
	if err != nil {
		t.Fatal(err)
	}
	sim.Commit()
	if r, err := sim.Client().TransactionReceipt(context.Background(), tx.Hash()); err != nil || r.Status != 1 {
		t.Fatalf("deploy: %v %+v", err, r)
	}
	b := txmgr.Backend(sim.Client())
	if backend != nil {
		b = backend(sim.Client())
	}
	mgr, err := txmgr.New(txmgr.Config{ChainID: chainID}, b, key, nil)
	if err != nil {
		t.Fatal(err)
	}
	return &env{sim: sim, key: key, from: from, token: addr, abi: tok, mgr: mgr}
}

// mine waits until the transaction is in the pool, then mines a block
// (the simulated pool accepts transactions on a background goroutine).
func (e *env) mine(t *testing.T, h common.Hash) *types.Receipt {
	t.Helper()
	ctx := context.Background()
	for range 200 {
		if _, pending, err := e.sim.Client().TransactionByHash(ctx, h); err == nil && pending {
			break
		}
		time.Sleep(5 * time.Millisecond)
	}
	e.sim.Commit()
	r, err := e.mgr.Receipt(ctx, h)
	if err != nil || r == nil {
		t.Fatalf("receipt of %s: %v %v", h, r, err)
	}
	return r
}

func TestSendAndReceipt(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	p, err := e.mgr.Prepare(ctx, e.token, e.abi.PackMint(e.from, big.NewInt(100)))
	if err != nil {
		t.Fatal(err)
	}
	if r, err := e.mgr.Receipt(ctx, p.Tx.Hash()); err != nil || r != nil {
		t.Fatalf("receipt before send = %v, %v; want nil, nil", r, err)
	}
	if err := e.mgr.Send(ctx, p); err != nil {
		t.Fatal(err)
	}
	r := e.mine(t, p.Tx.Hash())
	if r.Status != types.ReceiptStatusSuccessful || p.Tx.Type() != types.DynamicFeeTxType || p.Tx.Gas() <= r.GasUsed {
		t.Fatalf("receipt %+v, tx type %d gas %d: want success within the margin", r, p.Tx.Type(), p.Tx.Gas())
	}
}

func TestSimulationRevertIsDecodedAndConsumesNoNonce(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	// Transferring tokens the sender does not have reverts with OpenZeppelin's custom error.
	_, err := e.mgr.Prepare(ctx, e.token, e.abi.PackTransfer(common.HexToAddress("0x01"), big.NewInt(1)))
	var sim *txmgr.SimulationError
	if !errors.As(err, &sim) || len(sim.RevertData) < 4 {
		t.Fatalf("err = %v, want a SimulationError with revert data", err)
	}
	if named := contracts.DecodeRevert(sim.RevertData); named == nil {
		t.Fatal("revert data did not decode")
	}
	p, err := e.mgr.Prepare(ctx, e.token, e.abi.PackMint(e.from, big.NewInt(1)))
	if err != nil || p.Tx.Nonce() != 1 { // nonce 0 deployed the token
		t.Fatalf("nonce after a refused simulation = %d (%v), want 1", p.Tx.Nonce(), err)
	}
}

// A prepared transaction that is never sent must not leave a nonce gap.
func TestResyncReusesAnUnsentNonce(t *testing.T) {
	e := newEnv(t, nil)
	ctx := context.Background()
	first, err := e.mgr.Prepare(ctx, e.token, e.abi.PackMint(e.from, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	e.mgr.Resync() // first is dropped
	second, err := e.mgr.Prepare(ctx, e.token, e.abi.PackMint(e.from, big.NewInt(2)))
	if err != nil {
		t.Fatal(err)
	}
	if second.Tx.Nonce() != first.Tx.Nonce() {
		t.Fatalf("nonce %d after Resync, want the unsent %d", second.Tx.Nonce(), first.Tx.Nonce())
	}
	if err := e.mgr.Send(ctx, second); err != nil {
		t.Fatal(err)
	}
	if r := e.mine(t, second.Tx.Hash()); r.Status != 1 {
		t.Fatal("transaction after resync failed")
	}
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

func TestLegacyFeesWithoutBaseFee(t *testing.T) {
	e := newEnv(t, func(c simulated.Client) txmgr.Backend { return noBaseFee{c} })
	ctx := context.Background()
	p, err := e.mgr.Prepare(ctx, e.token, e.abi.PackMint(e.from, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if p.Tx.Type() != types.LegacyTxType || p.Tx.GasPrice().Sign() <= 0 {
		t.Fatalf("tx type %d price %s, want a legacy transaction with a gas price", p.Tx.Type(), p.Tx.GasPrice())
	}
	if err := e.mgr.Send(ctx, p); err != nil {
		t.Fatal(err)
	}
	if r := e.mine(t, p.Tx.Hash()); r.Status != 1 {
		t.Fatal("legacy transaction failed")
	}
}

func TestNewValidates(t *testing.T) {
	key, _ := crypto.GenerateKey()
	if _, err := txmgr.New(txmgr.Config{}, nil, key, nil); err == nil {
		t.Fatal("missing ChainID accepted")
	}
	if _, err := txmgr.New(txmgr.Config{ChainID: big.NewInt(1)}, nil, nil, nil); !errors.Is(err, txmgr.ErrNoKey) {
		t.Fatalf("err = %v, want ErrNoKey", err)
	}
}
