package txmgr_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/ethclient/simulated"

	"github.com/steward-agents/steward/agents/store"
	pgstore "github.com/steward-agents/steward/agents/store/postgres"
	sqlitestore "github.com/steward-agents/steward/agents/store/sqlite"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/txmgr"
)

// backends opens a store of each kind; calling the returned function again
// opens the same database again (a restart). Stores close with the test.
var backends = map[string]func(t *testing.T) func() store.Store{
	"sqlite": func(t *testing.T) func() store.Store {
		path := filepath.Join(t.TempDir(), "steward.db")
		return func() store.Store {
			s, err := sqlitestore.Open(context.Background(), path)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	},
	"postgres": func(t *testing.T) func() store.Store {
		url := storetest.NewPostgres(t)
		return func() store.Store {
			s, err := pgstore.Open(context.Background(), url)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { s.Close() })
			return s
		}
	},
}

// forEachStore runs the test once per store kind.
func forEachStore(t *testing.T, run func(t *testing.T, open func() store.Store)) {
	for name, kit := range backends {
		t.Run(name, func(t *testing.T) { run(t, kit(t)) })
	}
}

func (e *env) outbox(t *testing.T, cfg txmgr.OutboxConfig, b txmgr.OutboxBackend, st txmgr.OutboxStore, logger *slog.Logger) *txmgr.Outbox {
	t.Helper()
	cfg.ChainID, cfg.Agent = big.NewInt(1337), "mm"
	if b == nil {
		b = e.sim.Client()
	}
	o, err := txmgr.NewOutbox(cfg, b, st, e.key, logger)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(o.Close)
	return o
}

func (e *env) mint(amount int64) txmgr.Request {
	return txmgr.Request{To: e.token, Data: e.abi.PackMint(e.from, big.NewInt(amount))}
}

// commit waits until every hash is in the pool, mines a block and returns its number.
func (e *env) commit(t *testing.T, hashes ...common.Hash) uint64 {
	t.Helper()
	ctx := context.Background()
	// Known to the pool is not enough: the pool promotes a transaction to
	// executable on a goroutine of its own, and a block sealed before that
	// leaves it out (a flake under load). Wait up to 2 s for each.
	for _, h := range hashes {
		tx, _, err := e.sim.Client().TransactionByHash(ctx, h)
		if err != nil {
			continue // not in the pool (yet): the loop below mines until it is in
		}
		from, err := types.Sender(types.LatestSignerForChainID(tx.ChainId()), tx)
		if err != nil {
			t.Fatal(err)
		}
		devchain.WaitPending(ctx, e.sim.Client(), from, tx.Nonce()+1, 2*time.Second)
	}
	e.sim.Commit()
	// Under heavy load the pool can keep a known transaction queued until a
	// block resets it; mine until every transaction asked for is in.
	for range 5 {
		missing := false
		for _, h := range hashes {
			if _, err := e.sim.Client().TransactionReceipt(ctx, h); err != nil {
				missing = true
			}
		}
		if !missing {
			break
		}
		time.Sleep(20 * time.Millisecond)
		e.sim.Commit()
	}
	n, err := e.sim.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func (e *env) balance(t *testing.T) *big.Int {
	t.Helper()
	out, err := e.sim.Client().CallContract(context.Background(),
		ethereum.CallMsg{To: &e.token, Data: e.abi.PackBalanceOf(e.from)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := e.abi.UnpackBalanceOf(out)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func (e *env) minedNonce(t *testing.T) uint64 {
	t.Helper()
	n, err := e.sim.Client().NonceAt(context.Background(), e.from, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func wantState(t *testing.T, st store.Store, key string, want store.TxState) store.Transaction {
	t.Helper()
	tx, err := st.TransactionByKey(context.Background(), key)
	if err != nil {
		t.Fatal(err)
	}
	if tx.State != want {
		t.Fatalf("transaction %s is %s (%s), want %s", key, tx.State, tx.Error, want)
	}
	return tx
}

func TestOutboxSubmitIsIdempotent(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		ctx := context.Background()
		o := e.outbox(t, txmgr.OutboxConfig{}, nil, st, nil)
		req := e.mint(100)
		req.Key = "mm/decision/1"
		first, err := o.Submit(ctx, req)
		if err != nil || first.State != store.TxSent || first.Nonce != 1 || len(first.Raw) == 0 {
			t.Fatalf("first submit: %+v, %v", first, err)
		}
		again, err := o.Submit(ctx, req)
		if err != nil || again.ID != first.ID || again.Hash != first.Hash {
			t.Fatalf("second submit = %d %s (%v), want row %d %s", again.ID, again.Hash, err, first.ID, first.Hash)
		}
		head := e.commit(t, first.Hash)
		if err := o.Tick(ctx, head); err != nil {
			t.Fatal(err)
		}
		wantState(t, st, req.Key, store.TxConfirmed)
		// After confirmation, and after a restart, the key still sends nothing.
		o2 := e.outbox(t, txmgr.OutboxConfig{}, nil, open(), nil)
		if tx, err := o2.Submit(ctx, req); err != nil || tx.ID != first.ID {
			t.Fatalf("submit after restart = %d, %v; want row %d", tx.ID, err, first.ID)
		}
		e.commit(t)
		if got := e.balance(t); got.Int64() != 100 {
			t.Fatalf("balance %s: the decision was minted more than once", got)
		}
		if n := e.minedNonce(t); n != 2 { // deploy + one mint
			t.Fatalf("sender nonce %d, want 2", n)
		}
		if _, err := o.Submit(ctx, e.mint(1)); !errors.Is(err, txmgr.ErrNoIdempotencyKey) {
			t.Fatalf("submit without key: %v", err)
		}
	})
}

// A follower may hand the outbox a head older than the block its
// transaction was mined in. The receipt proves the chain is at least at that
// block, so with one confirmation the row is final at once, not one tick
// later (a clean stop in between left it open: TestCrashSafety in CI).
func TestOutboxConfirmsOnAHeadBehindTheReceipt(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		ctx := context.Background()
		o := e.outbox(t, txmgr.OutboxConfig{Confirmations: 1}, nil, st, nil)
		req := e.mint(7)
		req.Key = "mm/decision/behind"
		sent, err := o.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		head := e.commit(t, sent.Hash)
		if err := o.Tick(ctx, head-1); err != nil {
			t.Fatal(err)
		}
		if tx := wantState(t, st, req.Key, store.TxConfirmed); tx.BlockNumber != head {
			t.Fatalf("confirmed in block %d, want %d", tx.BlockNumber, head)
		}
	})
}

// flakySender fails the first SendTransaction with a transport error,
// before or after the node got the transaction.
type flakySender struct {
	simulated.Client
	deliver bool
	failed  atomic.Bool
}

func (f *flakySender) SendTransaction(ctx context.Context, tx *types.Transaction) error {
	if f.failed.CompareAndSwap(false, true) {
		if f.deliver {
			if err := f.Client.SendTransaction(ctx, tx); err != nil {
				return err
			}
		}
		return errors.New("write tcp 127.0.0.1:8545: connection reset by peer")
	}
	return f.Client.SendTransaction(ctx, tx)
}

func TestOutboxReconcileBroadcastsSavedBytes(t *testing.T) {
	for _, tc := range []struct {
		name    string
		deliver bool
	}{
		{"crash before the node got it", false},
		{"crash after the node got it", true}, // re-broadcast meets "already known"
	} {
		t.Run(tc.name, func(t *testing.T) {
			forEachStore(t, func(t *testing.T, open func() store.Store) {
				e := newEnv(t)
				ctx := context.Background()
				crashed := e.outbox(t, txmgr.OutboxConfig{}, &flakySender{Client: e.sim.Client(), deliver: tc.deliver}, open(), nil)
				req := e.mint(7)
				req.Key = "mm/decision/9"
				signed, err := crashed.Submit(ctx, req)
				if err != nil || signed.State != store.TxSigned {
					t.Fatalf("submit with a failing broadcast = %s, %v; want a signed row", signed.State, err)
				}
				// Restart: a new outbox on the same database.
				st := open()
				o := e.outbox(t, txmgr.OutboxConfig{}, nil, st, nil)
				if err := o.Reconcile(ctx); err != nil {
					t.Fatal(err)
				}
				sent := wantState(t, st, req.Key, store.TxSent)
				if sent.Hash != signed.Hash || sent.ID != signed.ID {
					t.Fatalf("reconcile sent %s (row %d), want the saved %s (row %d)", sent.Hash, sent.ID, signed.Hash, signed.ID)
				}
				if err := o.Tick(ctx, e.commit(t, signed.Hash)); err != nil {
					t.Fatal(err)
				}
				wantState(t, st, req.Key, store.TxConfirmed)
				if got := e.balance(t); got.Int64() != 7 {
					t.Fatalf("balance %s, want 7", got)
				}
			})
		})
	}
}

// forgetfulNode answers the pending nonce with the mined one, as a node that
// restarted and lost its pool does.
type forgetfulNode struct{ simulated.Client }

func (f forgetfulNode) PendingNonceAt(ctx context.Context, a common.Address) (uint64, error) {
	return f.Client.NonceAt(ctx, a, nil)
}

func TestOutboxNoncesWithoutGapsAcrossRestarts(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e := newEnv(t)
		ctx := context.Background()
		o := e.outbox(t, txmgr.OutboxConfig{}, nil, open(), nil)
		var rows []store.Transaction
		submit := func(o *txmgr.Outbox, key string) {
			req := e.mint(1)
			req.Key = key
			tx, err := o.Submit(ctx, req)
			if err != nil {
				t.Fatal(err)
			}
			rows = append(rows, tx)
		}
		submit(o, "k1")
		submit(o, "k2")
		// A refused simulation writes no row and takes no nonce.
		_, err := o.Submit(ctx, txmgr.Request{Key: "k-revert", To: e.token,
			Data: e.abi.PackTransfer(common.HexToAddress("0x01"), big.NewInt(1))})
		var sim *txmgr.SimulationError
		if !errors.As(err, &sim) {
			t.Fatalf("reverting submit: %v, want a SimulationError", err)
		}
		// Restart against a node that forgot its pool: the store knows better.
		st := open()
		o2 := e.outbox(t, txmgr.OutboxConfig{}, forgetfulNode{e.sim.Client()}, st, nil)
		if err := o2.Reconcile(ctx); err != nil {
			t.Fatal(err)
		}
		submit(o2, "k3")
		for i, tx := range rows {
			if tx.Nonce != uint64(i+1) {
				t.Fatalf("row %d has nonce %d, want %d", i, tx.Nonce, i+1)
			}
		}
		if err := o2.Tick(ctx, e.commit(t, rows[0].Hash, rows[1].Hash, rows[2].Hash)); err != nil {
			t.Fatal(err)
		}
		for _, k := range []string{"k1", "k2", "k3"} {
			wantState(t, st, k, store.TxConfirmed)
		}
		if _, err := st.TransactionByKey(ctx, "k-revert"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("reverting request left a row: %v", err)
		}
	})
}

// runUntil mines and ticks until done returns true, at most n blocks; each
// block waits for the key's latest attempt to reach the pool.
func runUntil(t *testing.T, e *env, o *txmgr.Outbox, st store.Store, key string, n int, done func(store.Transaction) bool) store.Transaction {
	t.Helper()
	ctx := context.Background()
	for range n {
		tx, err := st.TransactionByKey(ctx, key)
		if err != nil {
			t.Fatal(err)
		}
		if done(tx) {
			return tx
		}
		var wait []common.Hash
		if tx.State == store.TxSent {
			wait = append(wait, tx.Hash)
		}
		if err := o.Tick(ctx, e.commit(t, wait...)); err != nil {
			t.Fatal(err)
		}
	}
	tx, _ := st.TransactionByKey(ctx, key)
	t.Fatalf("after %d blocks transaction %s is %s (attempt %d)", n, key, tx.State, tx.Attempt)
	return tx
}

func TestOutboxBumpsAnUnderpricedTransaction(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		ctx := context.Background()
		maxFee := big.NewInt(100_000_000_000)
		o := e.outbox(t, txmgr.OutboxConfig{InitialFeeCap: big.NewInt(1), MaxFeeCap: maxFee, BumpAfterBlocks: 2}, nil, st, nil)
		req := e.mint(5)
		req.Key = "mm/decision/underpriced"
		first, err := o.Submit(ctx, req)
		if err != nil || first.GasFeeCap.Int64() != 1 {
			t.Fatalf("submit: fee cap %v, %v", first.GasFeeCap, err)
		}
		final := runUntil(t, e, o, st, req.Key, 12, func(tx store.Transaction) bool { return tx.State == store.TxConfirmed })
		if final.Attempt == 0 || final.Nonce != first.Nonce || final.GasFeeCap.Cmp(maxFee) > 0 {
			t.Fatalf("confirmed attempt %d nonce %d fee cap %s: want a bump of nonce %d within %s",
				final.Attempt, final.Nonce, final.GasFeeCap, first.Nonce, maxFee)
		}
		if orig, _ := st.Transaction(ctx, first.ID); orig.State != store.TxReplaced {
			t.Fatalf("first attempt is %s, want replaced", orig.State)
		}
		if got := e.balance(t); got.Int64() != 5 {
			t.Fatalf("balance %s, want 5", got)
		}
		if s := o.Stuck(); len(s) != 0 {
			t.Fatalf("stuck after confirmation: %+v", s)
		}
	})
}

// logBuffer collects log output safely across goroutines.
type logBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

func TestOutboxReportsStuckAboveCap(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		ctx := context.Background()
		logs := &logBuffer{}
		logger := slog.New(slog.NewTextHandler(logs, &slog.HandlerOptions{Level: slog.LevelError}))
		o := e.outbox(t, txmgr.OutboxConfig{InitialFeeCap: big.NewInt(1), MaxFeeCap: big.NewInt(10), BumpAfterBlocks: 2}, nil, st, logger)
		req := e.mint(5)
		req.Key = "mm/decision/stuck"
		if _, err := o.Submit(ctx, req); err != nil {
			t.Fatal(err)
		}
		runUntil(t, e, o, st, req.Key, 12, func(store.Transaction) bool { return len(o.Stuck()) > 0 })
		stuck := o.Stuck()
		tx := wantState(t, st, req.Key, store.TxSent) // reported, not dropped
		if len(stuck) != 1 || stuck[0].Tx.ID != tx.ID || tx.GasFeeCap.Int64() != 10 {
			t.Fatalf("stuck %+v; latest row %d fee cap %s: want that row, bumped to the cap 10", stuck, tx.ID, tx.GasFeeCap)
		}
		if !strings.Contains(logs.String(), "level=ERROR") || !strings.Contains(logs.String(), "stuck") {
			t.Fatalf("no error logged for the stuck transaction: %q", logs.String())
		}
		// More heads do not drop it or send more replacements.
		for range 3 {
			if err := o.Tick(ctx, e.commit(t, tx.Hash)); err != nil {
				t.Fatal(err)
			}
		}
		if again := wantState(t, st, req.Key, store.TxSent); again.ID != tx.ID {
			t.Fatalf("a stuck transaction was replaced again: row %d, was %d", again.ID, tx.ID)
		}
	})
}

// recordingStore counts MarkTxReorged calls.
type recordingStore struct {
	store.Store
	reorged atomic.Int32
}

func (r *recordingStore) MarkTxReorged(ctx context.Context, id int64) error {
	err := r.Store.MarkTxReorged(ctx, id)
	if err == nil {
		r.reorged.Add(1)
	}
	return err
}

// mintThenOrphan submits a mint of 3 under key, mines it to included, then
// forks the chain back to the inclusion block's parent, orphaning it.
func (e *env) mintThenOrphan(t *testing.T, o *txmgr.Outbox, st store.Store, key string) (req txmgr.Request, sent, included store.Transaction) {
	t.Helper()
	ctx := context.Background()
	req = e.mint(3)
	req.Key = key
	sent, err := o.Submit(ctx, req)
	if err != nil {
		t.Fatal(err)
	}
	if err := o.Tick(ctx, e.commit(t, sent.Hash)); err != nil {
		t.Fatal(err)
	}
	included = wantState(t, st, req.Key, store.TxIncluded)
	block, err := e.sim.Client().HeaderByNumber(ctx, new(big.Int).SetUint64(included.BlockNumber))
	if err != nil {
		t.Fatal(err)
	}
	if err := e.sim.Fork(block.ParentHash); err != nil {
		t.Fatal(err)
	}
	return req, sent, included
}

func TestOutboxRebroadcastsAfterReorg(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e := newEnv(t)
		st := &recordingStore{Store: open()}
		ctx := context.Background()
		o := e.outbox(t, txmgr.OutboxConfig{Confirmations: 3}, nil, st, nil)
		req, sent, included := e.mintThenOrphan(t, o, st, "mm/decision/reorg")
		if err := o.Tick(ctx, included.BlockNumber-1); err != nil {
			t.Fatal(err)
		}
		if st.reorged.Load() != 1 {
			t.Fatalf("MarkTxReorged called %d times, want 1", st.reorged.Load())
		}
		wantState(t, st, req.Key, store.TxSent)
		final := runUntil(t, e, o, st, req.Key, 8, func(tx store.Transaction) bool { return tx.State == store.TxConfirmed })
		if final.Hash != sent.Hash || final.BlockHash == included.BlockHash {
			t.Fatalf("confirmed %s in block %s; want the same transaction %s in a new block (not %s)",
				final.Hash, final.BlockHash, sent.Hash, included.BlockHash)
		}
		if got := e.balance(t); got.Int64() != 3 {
			t.Fatalf("balance %s, want 3 (applied once)", got)
		}
	})
}

// A reorg whose new branch gives the row's nonce to another transaction:
// the node refuses the re-broadcast ("nonce too low"). The row is followed
// as sent, not failed (a reorged row cannot fail), and the next head marks
// it dropped, naming the nonce. No tick errs, and the mint is not applied.
func TestOutboxReorgedNonceTakenOnTheNewBranch(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e := newEnv(t)
		st := open()
		ctx := context.Background()
		logs := &bytes.Buffer{}
		o := e.outbox(t, txmgr.OutboxConfig{Confirmations: 3}, nil, st, slog.New(slog.NewTextHandler(logs, nil)))
		req, sent, _ := e.mintThenOrphan(t, o, st, "mm/decision/taken")
		// On the new branch a transfer with the same nonce and higher fees
		// takes the nonce (the pool may still answer from the old head for
		// a moment: "nonce too low" until it has reset).
		var mint types.Transaction
		if err := mint.UnmarshalBinary(sent.Raw); err != nil {
			t.Fatal(err)
		}
		other := types.MustSignNewTx(e.key, types.LatestSignerForChainID(big.NewInt(1337)), &types.DynamicFeeTx{
			ChainID: big.NewInt(1337), Nonce: mint.Nonce(), To: &e.from, Gas: 21000,
			GasTipCap: new(big.Int).Mul(mint.GasTipCap(), big.NewInt(2)), GasFeeCap: new(big.Int).Mul(mint.GasFeeCap(), big.NewInt(2)),
		})
		for deadline := time.Now().Add(20 * time.Second); ; time.Sleep(10 * time.Millisecond) {
			err := e.sim.Client().SendTransaction(ctx, other)
			if err == nil || alreadyKnownErr(err) {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("send the competing transaction: %v", err)
			}
		}
		head := e.commit(t, other.Hash())
		if r, err := e.sim.Client().TransactionReceipt(ctx, other.Hash()); err != nil || r.Status != 1 {
			t.Fatalf("the new branch did not mine the competing transaction: %+v, %v", r, err)
		}

		if err := o.Tick(ctx, head); err != nil {
			t.Fatalf("tick at the reorg: %v", err)
		}
		wantState(t, st, req.Key, store.TxSent)
		if err := o.Tick(ctx, e.commit(t)); err != nil {
			t.Fatalf("tick after the reorg: %v", err)
		}
		// The nonce is seen used without a receipt: dropped only when a
		// later head says so too (a node may count a nonce before it serves
		// the receipt).
		wantState(t, st, req.Key, store.TxSent)
		if err := o.Tick(ctx, e.commit(t)); err != nil {
			t.Fatalf("second tick after the reorg: %v", err)
		}
		dropped := wantState(t, st, req.Key, store.TxDropped)
		if want := fmt.Sprintf("nonce %d used by another transaction", mint.Nonce()); !strings.Contains(dropped.Error, want) {
			t.Fatalf("dropped with reason %q, want one containing %q", dropped.Error, want)
		}
		if got := e.balance(t); got.Sign() != 0 {
			t.Fatalf("balance %s, want 0: the mint's block left the chain", got)
		}
		if strings.Contains(logs.String(), "cannot move") {
			t.Fatalf("the outbox tried a forbidden transition:\n%s", logs.String())
		}
	})
}

// alreadyKnownErr is the node's answer to a transaction it holds already.
func alreadyKnownErr(err error) bool { return strings.Contains(err.Error(), "already known") }

func TestOutboxSendsBundleToBuilder(t *testing.T) {
	type call struct {
		Method string            `json:"method"`
		Params []json.RawMessage `json:"params"`
		ID     json.RawMessage   `json:"id"`
	}
	var (
		mu    sync.Mutex
		calls []call
	)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		var c call
		if err := json.Unmarshal(body, &c); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		mu.Lock()
		calls = append(calls, c)
		mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write([]byte(`{"jsonrpc":"2.0","id":` + string(c.ID) + `,"result":{"bundleHash":"0x01"}}`))
	}))
	defer srv.Close()

	e := newEnv(t)
	st := backends["sqlite"](t)()
	ctx := context.Background()
	o := e.outbox(t, txmgr.OutboxConfig{BuilderURL: srv.URL}, nil, st, nil)
	req := e.mint(1)
	req.Key = "mm/decision/bundle"
	tx, err := o.Submit(ctx, req)
	if err != nil || tx.State != store.TxSent {
		t.Fatalf("submit through the builder: %s, %v", tx.State, err)
	}
	head, _ := e.sim.Client().BlockNumber(ctx)
	mu.Lock()
	defer mu.Unlock()
	if len(calls) != 1 || calls[0].Method != "eth_sendBundle" || len(calls[0].Params) != 1 {
		t.Fatalf("builder calls %+v, want one eth_sendBundle with one parameter", calls)
	}
	var args struct {
		Txs         []hexutil.Bytes `json:"txs"`
		BlockNumber hexutil.Uint64  `json:"blockNumber"`
	}
	if err := json.Unmarshal(calls[0].Params[0], &args); err != nil {
		t.Fatal(err)
	}
	if len(args.Txs) != 1 || !bytes.Equal(args.Txs[0], tx.Raw) || uint64(args.BlockNumber) != head+1 {
		t.Fatalf("bundle %+v, want [the row's raw bytes] for block %d", args, head+1)
	}
	if _, pending, err := e.sim.Client().TransactionByHash(ctx, tx.Hash); err == nil || pending {
		t.Fatal("a bundle transaction also went to the public node")
	}
}

func TestNewOutboxValidates(t *testing.T) {
	e := newEnv(t)
	st := backends["sqlite"](t)()
	for _, tc := range []struct {
		name  string
		cfg   txmgr.OutboxConfig
		field string
	}{
		{"no chain id", txmgr.OutboxConfig{Agent: "a"}, "ChainID"},
		{"no agent", txmgr.OutboxConfig{ChainID: big.NewInt(1)}, "Agent"},
		{"bump below 10%", txmgr.OutboxConfig{ChainID: big.NewInt(1), Agent: "a", BumpPercent: 5}, "BumpPercent"},
		{"zero fee cap", txmgr.OutboxConfig{ChainID: big.NewInt(1), Agent: "a", MaxFeeCap: new(big.Int)}, "MaxFeeCap"},
	} {
		_, err := txmgr.NewOutbox(tc.cfg, e.sim.Client(), st, e.key, nil)
		if err == nil || !strings.Contains(err.Error(), tc.field) {
			t.Errorf("%s: err = %v, want one naming %s", tc.name, err, tc.field)
		}
	}
	if _, err := txmgr.NewOutbox(txmgr.OutboxConfig{ChainID: big.NewInt(1), Agent: "a"}, e.sim.Client(), st, nil, nil); !errors.Is(err, txmgr.ErrNoKey) {
		t.Errorf("no key: %v", err)
	}
}

// lateReceipts hides every receipt until shown is set, as anvil does for a
// moment while it mines: the account's nonce already counts the
// transaction, its receipt is not served yet.
type lateReceipts struct {
	simulated.Client
	shown *atomic.Bool
}

func (l lateReceipts) TransactionReceipt(ctx context.Context, h common.Hash) (*types.Receipt, error) {
	if !l.shown.Load() {
		return nil, ethereum.NotFound
	}
	return l.Client.TransactionReceipt(ctx, h)
}

// TestOutboxWaitsForALateReceipt: a mined transaction whose receipt the
// node serves a head later than its nonce is not dropped: the first head
// that sees the nonce used with no receipt only notes it; the next finds
// the receipt and includes it.
func TestOutboxWaitsForALateReceipt(t *testing.T) {
	forEachStore(t, func(t *testing.T, open func() store.Store) {
		e, st := newEnv(t), open()
		ctx := context.Background()
		shown := &atomic.Bool{}
		o := e.outbox(t, txmgr.OutboxConfig{Confirmations: 1}, lateReceipts{Client: e.sim.Client(), shown: shown}, st, nil)
		req := e.mint(1)
		req.Key = "mm/decision/late"
		tx, err := o.Submit(ctx, req)
		if err != nil {
			t.Fatal(err)
		}
		head := e.commit(t, tx.Hash)
		if err := o.Tick(ctx, head); err != nil {
			t.Fatal(err)
		}
		wantState(t, st, req.Key, store.TxSent)
		shown.Store(true)
		if err := o.Tick(ctx, e.commit(t)); err != nil {
			t.Fatal(err)
		}
		if got := wantState(t, st, req.Key, store.TxConfirmed); got.BlockNumber != head {
			t.Fatalf("confirmed in block %d, mined in %d", got.BlockNumber, head)
		}
	})
}
