package anviltest_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"math/big"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/steward-agents/steward/chain/anviltest"
)

func ctxT(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// transfer signs a 1 wei transfer from key to `to` with the given fee cap
// and sends it; it does not wait.
func transfer(ctx context.Context, t *testing.T, n *anviltest.Node, key *ecdsa.PrivateKey, to common.Address, feeCap *big.Int) *types.Transaction {
	t.Helper()
	cl := n.Client()
	nonce, err := cl.PendingNonceAt(ctx, crypto.PubkeyToAddress(key.PublicKey))
	if err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(n.ChainID()), &types.DynamicFeeTx{
		ChainID: n.ChainID(), Nonce: nonce, GasTipCap: big.NewInt(1), GasFeeCap: feeCap, Gas: 21000, To: &to, Value: big.NewInt(1),
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	return tx
}

// waitMined polls for tx's receipt: anvil answers eth_sendRawTransaction
// before its automine block is visible.
func waitMined(ctx context.Context, t *testing.T, cl *ethclient.Client, tx *types.Transaction) *types.Receipt {
	t.Helper()
	for {
		r, err := cl.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s not mined: %v", tx.Hash(), err)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

func gwei(n int64) *big.Int { return new(big.Int).Mul(big.NewInt(n), big.NewInt(1e9)) }

func TestStartServesAndStopLeavesNoProcess(t *testing.T) {
	var pid int
	t.Run("running", func(t *testing.T) {
		n := anviltest.Start(t, anviltest.Options{})
		pid = n.PID()
		ctx := ctxT(t)
		for _, url := range []string{n.HTTPURL(), n.WSURL()} {
			cl, err := ethclient.DialContext(ctx, url)
			if err != nil {
				t.Fatalf("dial %s: %v", url, err)
			}
			id, err := cl.ChainID(ctx)
			cl.Close()
			if err != nil || id.Int64() != anviltest.DefaultChainID {
				t.Errorf("%s eth_chainId = %v, %v; want 31337", url, id, err)
			}
		}
		if err := syscall.Kill(pid, 0); err != nil {
			t.Fatalf("anvil pid %d not alive while running: %v", pid, err)
		}
	})
	if pid == 0 {
		t.Skip("anvil did not start")
	}
	// t.Cleanup of the subtest stopped and reaped it: the pid is gone.
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Fatalf("anvil pid %d after the test's cleanup: kill(0) = %v, want ESRCH", pid, err)
	}

	n := anviltest.Start(t, anviltest.Options{})
	n.Stop()
	n.Stop() // idempotent
	if !n.Exited() {
		t.Error("Exited() = false after Stop")
	}
	if err := syscall.Kill(n.PID(), 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("kill(0) after Stop = %v, want ESRCH", err)
	}
}

func TestDevKeysAreFundedAccounts(t *testing.T) {
	n := anviltest.Start(t, anviltest.Options{})
	ctx := ctxT(t)
	var accounts []common.Address
	if err := n.RPC().CallContext(ctx, &accounts, "eth_accounts"); err != nil {
		t.Fatal(err)
	}
	keys := n.Keys()
	if len(accounts) != len(keys) {
		t.Fatalf("anvil has %d accounts, Keys() %d", len(accounts), len(keys))
	}
	want := new(big.Int).Mul(big.NewInt(10_000), big.NewInt(1e18))
	for i, k := range keys {
		addr := crypto.PubkeyToAddress(k.PublicKey)
		if addr != accounts[i] {
			t.Errorf("key %d is %s, anvil's account %d is %s", i, addr, i, accounts[i])
		}
		if bal, err := n.Client().BalanceAt(ctx, addr, nil); err != nil || bal.Cmp(want) != 0 {
			t.Errorf("account %d balance = %v, %v; want 10000 ETH", i, bal, err)
		}
	}
	if got := crypto.PubkeyToAddress(keys[0].PublicKey); got != common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266") {
		t.Errorf("Keys()[0] is %s", got)
	}
}

func TestOptions(t *testing.T) {
	n := anviltest.Start(t, anviltest.Options{ChainID: 4242, BlockTime: 100 * time.Millisecond})
	ctx := ctxT(t)
	if id, err := n.Client().ChainID(ctx); err != nil || id.Int64() != 4242 || n.ChainID().Int64() != 4242 {
		t.Fatalf("chain id = %v, %v; ChainID() = %s", id, err, n.ChainID())
	}
	// Interval mining makes blocks with no transactions.
	start, err := n.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for {
		b, err := n.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if b >= start+2 {
			break
		}
		select {
		case <-ctx.Done():
			t.Fatalf("no blocks from interval mining: still at %d", b)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// TestSnapshotRevertReorgs is a reorg as a follower sees it: after Revert
// and new blocks, the same height holds a block with another hash.
func TestSnapshotRevertReorgs(t *testing.T) {
	n := anviltest.Start(t, anviltest.Options{})
	ctx := ctxT(t)
	cl, keys := n.Client(), n.Keys()
	if err := n.Mine(ctx, 3); err != nil {
		t.Fatal(err)
	}
	base, err := cl.HeaderByNumber(ctx, nil)
	if err != nil || base.Number.Uint64() != 3 {
		t.Fatalf("head after Mine(3) = %v, %v; want block 3", base.Number, err)
	}
	snap, err := n.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	sink := common.HexToAddress("0x5151")
	orphanTx := transfer(ctx, t, n, keys[1], sink, gwei(10)) // automine: block 4
	waitMined(ctx, t, cl, orphanTx)
	orphan, err := cl.HeaderByNumber(ctx, big.NewInt(4))
	if err != nil {
		t.Fatal(err)
	}
	if err := n.Revert(ctx, snap); err != nil {
		t.Fatal(err)
	}
	if head, err := cl.BlockNumber(ctx); err != nil || head != 3 {
		t.Fatalf("head after Revert = %d, %v; want 3", head, err)
	}
	if _, err := cl.TransactionReceipt(ctx, orphanTx.Hash()); err == nil {
		t.Error("the orphaned block's transaction still has a receipt")
	}
	waitMined(ctx, t, cl, transfer(ctx, t, n, keys[2], sink, gwei(10))) // the new block 4
	canonical, err := cl.HeaderByNumber(ctx, big.NewInt(4))
	if err != nil {
		t.Fatal(err)
	}
	if canonical.Hash() == orphan.Hash() {
		t.Fatalf("block 4 is %s before and after the reorg", orphan.Hash())
	}
	if canonical.ParentHash != base.Hash() || orphan.ParentHash != base.Hash() {
		t.Errorf("both blocks 4 should follow block 3 %s: %s, %s", base.Hash(), orphan.ParentHash, canonical.ParentHash)
	}
	if err := n.Revert(ctx, snap); !errors.Is(err, anviltest.ErrUnknownSnapshot) {
		t.Errorf("second Revert to %s = %v, want ErrUnknownSnapshot", snap, err)
	}
}

// TestStuckAndDroppedTransaction: with automine off a transaction waits in
// the pool; dropped, it never lands; a raised base fee keeps an underpriced
// one out of the block. (Anvil then evicts it from the pool, where geth
// would keep it pending: stuck-transaction tests on anvil must not rely on
// it staying there.)
func TestStuckAndDroppedTransaction(t *testing.T) {
	n := anviltest.Start(t, anviltest.Options{})
	ctx := ctxT(t)
	cl, key := n.Client(), n.Keys()[3]
	from, sink := crypto.PubkeyToAddress(key.PublicKey), common.HexToAddress("0x5252")
	if err := n.SetAutomine(ctx, false); err != nil {
		t.Fatal(err)
	}
	dropped := transfer(ctx, t, n, key, sink, gwei(20))
	if _, isPending, err := cl.TransactionByHash(ctx, dropped.Hash()); err != nil || !isPending {
		t.Fatalf("with automine off: pending %v, %v; want pending", isPending, err)
	}
	if pending, err := cl.PendingNonceAt(ctx, from); err != nil || pending != 1 {
		t.Errorf("pending nonce = %d, %v; want 1", pending, err)
	}
	if err := n.DropTransaction(ctx, dropped.Hash()); err != nil {
		t.Fatal(err)
	}
	if _, _, err := cl.TransactionByHash(ctx, dropped.Hash()); err == nil {
		t.Error("a dropped transaction is still known")
	}
	if err := n.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := cl.TransactionReceipt(ctx, dropped.Hash()); err == nil {
		t.Error("a dropped transaction was mined")
	}
	if nonce, err := cl.NonceAt(ctx, from, nil); err != nil || nonce != 0 {
		t.Errorf("nonce after the drop = %d, %v; want 0", nonce, err)
	}

	// Anvil refuses a fee cap under the current base fee at submission: a
	// transaction is underpriced when the base fee rises after it is pending.
	underpriced := transfer(ctx, t, n, key, sink, gwei(20))
	if err := n.SetNextBlockBaseFee(ctx, gwei(50)); err != nil {
		t.Fatal(err)
	}
	if err := n.Mine(ctx, 1); err != nil {
		t.Fatal(err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil || head.BaseFee.Cmp(gwei(50)) != 0 {
		t.Fatalf("base fee after SetNextBlockBaseFee(50 gwei) = %v, %v", head.BaseFee, err)
	}
	if _, err := cl.TransactionReceipt(ctx, underpriced.Hash()); err == nil {
		t.Fatal("a transaction under the base fee was mined")
	}

	// Automine back on: a transaction is mined as it arrives.
	if err := n.SetAutomine(ctx, true); err != nil {
		t.Fatal(err)
	}
	if r := waitMined(ctx, t, cl, transfer(ctx, t, n, key, sink, gwei(200))); r.Status != types.ReceiptStatusSuccessful {
		t.Errorf("automined transfer failed: %+v", r)
	}
}
