package synthetic_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/big"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/chain/synthetic"
)

// TestFillerPerBlock mines blocks and reads each through every method that
// shows filler: the configured number of filler transactions and logs
// follow the real ones, with indexes, hashes and receipts that agree
// wherever they appear, and a block read again after leaving the cache
// (Keep 1) has the same filler.
func TestFillerPerBlock(t *testing.T) {
	cases := []struct {
		name       string
		txs, logs  int
		wantTxs    int
		wantLogs   int
		keep       int
		uniswapW   int
		aaveW      int
		wantKinds  int // distinct topic0s at least
		onlyUni    bool
		onlyAave   bool
		secondRead bool
	}{
		{name: "defaults: 4,000 transactions and logs", wantTxs: 4000, wantLogs: 4000, wantKinds: 6},
		{name: "more logs than transactions", txs: 100, logs: 250, wantTxs: 100, wantLogs: 250, wantKinds: 3},
		{name: "fewer logs than transactions", txs: 50, logs: 20, wantTxs: 50, wantLogs: 20, wantKinds: 1},
		{name: "Uniswap only", txs: 200, wantTxs: 200, wantLogs: 200, uniswapW: 1, onlyUni: true, wantKinds: 1},
		{name: "Aave only", txs: 200, wantTxs: 200, wantLogs: 200, aaveW: 1, onlyAave: true, wantKinds: 4},
		// Guards the rebuild path: block N's filler is a function of N.
		{name: "rebuilt after eviction", txs: 300, wantTxs: 300, wantLogs: 300, keep: 1, secondRead: true, wantKinds: 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			tn := startNode(t, synthetic.Config{TxsPerBlock: tc.txs, LogsPerBlock: tc.logs, Keep: tc.keep,
				UniswapWeight: tc.uniswapW, AaveWeight: tc.aaveW}, 0)
			ctx := context.Background()
			hash := tn.chain.Commit()
			first := checkBlock(t, tn, hash, tc.wantTxs, tc.wantLogs)
			kinds := map[common.Hash]bool{}
			for _, l := range first {
				kinds[l.Topics[0]] = true
				_, swapErr := ingest.DecodeSwap(l)
				isUni := swapErr == nil || l.Topics[0] == common.HexToHash(ingest.MintTopic0) || l.Topics[0] == common.HexToHash(ingest.BurnTopic0)
				if tc.onlyUni && !isUni || tc.onlyAave && isUni {
					t.Fatalf("log %d (topic0 %s) is from the wrong protocol", l.Index, l.Topics[0])
				}
			}
			if len(kinds) < tc.wantKinds {
				t.Fatalf("%d kinds of filler events, want at least %d", len(kinds), tc.wantKinds)
			}
			if !tc.secondRead {
				return
			}
			tn.chain.Commit()
			last := tn.chain.Commit() // the first block leaves the cache
			// The node builds each head's filler as it follows the chain;
			// the first block has left the cache once both are announced.
			waitAnnounced(t, tn, last)
			built := tn.node.Stats().FillerBuilt
			again, err := tn.http.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash})
			if err != nil {
				t.Fatal(err)
			}
			again = again[len(again)-len(first):]
			if !slices.EqualFunc(first, again, func(a, b types.Log) bool {
				return a.TxHash == b.TxHash && a.Index == b.Index && a.Address == b.Address && string(a.Data) == string(b.Data)
			}) {
				t.Fatal("the block's filler differs when built again")
			}
			if n := tn.node.Stats().FillerBuilt; n != built+1 {
				t.Fatalf("filler built %d times after the re-read, want %d: the first block built again", n, built+1)
			}
		})
	}
}

// checkBlock reads block hash every way and checks its filler; it returns
// the block's filler logs.
func checkBlock(t *testing.T, tn testNode, hash common.Hash, wantTxs, wantLogs int) []types.Log {
	t.Helper()
	ctx := context.Background()
	realReceipts, err := tn.chain.Client().(interface {
		BlockReceipts(context.Context, rpc.BlockNumberOrHash) ([]*types.Receipt, error)
	}).BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, false))
	if err != nil {
		t.Fatal(err)
	}
	realLogs := 0
	for _, r := range realReceipts {
		realLogs += len(r.Logs)
	}
	block, err := tn.http.BlockByHash(ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	if len(block.Transactions()) != len(realReceipts)+wantTxs {
		t.Fatalf("block %d lists %d transactions, want %d real + %d filler", block.NumberU64(), len(block.Transactions()), len(realReceipts), wantTxs)
	}
	if n, err := tn.http.TransactionCount(ctx, hash); err != nil || int(n) != len(block.Transactions()) {
		t.Fatalf("transaction count %d, %v; want %d", n, err, len(block.Transactions()))
	}
	logs, err := tn.http.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash})
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != realLogs+wantLogs {
		t.Fatalf("block %d has %d logs, want %d real + %d filler", block.NumberU64(), len(logs), realLogs, wantLogs)
	}
	byTx := map[common.Hash][]types.Log{}
	for i, l := range logs {
		if l.Index != uint(i) || l.BlockHash != hash || l.BlockNumber != block.NumberU64() || l.BlockTimestamp != block.Time() {
			t.Fatalf("log %d: index %d, block %s/%d/%d", i, l.Index, l.BlockHash, l.BlockNumber, l.BlockTimestamp)
		}
		if int(l.TxIndex) >= len(block.Transactions()) || block.Transactions()[l.TxIndex].Hash() != l.TxHash {
			t.Fatalf("log %d names transaction %s at index %d, which the block does not hold there", i, l.TxHash, l.TxIndex)
		}
		if (i < realLogs) != (int(l.TxIndex) < len(realReceipts)) {
			t.Fatalf("log %d (transaction %d): real logs come first, from the real transactions", i, l.TxIndex)
		}
		byTx[l.TxHash] = append(byTx[l.TxHash], l)
	}
	receipts, err := tn.http.BlockReceipts(ctx, rpc.BlockNumberOrHashWithHash(hash, false))
	if err != nil || len(receipts) != len(block.Transactions()) {
		t.Fatalf("%d receipts, %v; want %d", len(receipts), err, len(block.Transactions()))
	}
	// Every receipt, and a sample through eth_getTransactionReceipt and
	// eth_getTransactionByHash, agrees with the block and its logs.
	var cum uint64
	for i, r := range receipts {
		tx := block.Transactions()[i]
		if r.TxHash != tx.Hash() || r.TransactionIndex != uint(i) || r.BlockHash != hash || r.Status != types.ReceiptStatusSuccessful ||
			r.CumulativeGasUsed <= cum || len(r.Logs) != len(byTx[tx.Hash()]) {
			t.Fatalf("receipt %d: %+v", i, r)
		}
		cum = r.CumulativeGasUsed
		for k, l := range r.Logs {
			if l.Index != byTx[tx.Hash()][k].Index || !types.BloomLookup(r.Bloom, l.Address) {
				t.Fatalf("receipt %d's log %d: index %d, want %d (or not in its bloom)", i, k, l.Index, byTx[tx.Hash()][k].Index)
			}
		}
		if i < len(realReceipts) || i%97 != 0 {
			continue
		}
		one, err := tn.http.TransactionReceipt(ctx, tx.Hash())
		if err != nil || one.CumulativeGasUsed != r.CumulativeGasUsed || len(one.Logs) != len(r.Logs) {
			t.Fatalf("receipt of filler transaction %s: %+v, %v", tx.Hash(), one, err)
		}
		got, pending, err := tn.http.TransactionByHash(ctx, tx.Hash())
		if err != nil || pending || got.Hash() != tx.Hash() || got.Nonce() != tx.Nonce() {
			t.Fatalf("filler transaction %s by hash: %v, %v", tx.Hash(), got, err)
		}
		if byIdx, err := tn.http.TransactionInBlock(ctx, hash, uint(i)); err != nil || byIdx.Hash() != tx.Hash() {
			t.Fatalf("filler transaction %d of the block by index: %v", i, err)
		}
	}
	var filler []types.Log
	for _, l := range logs[realLogs:] {
		filler = append(filler, l)
	}
	return filler
}

// TestLogFilters reads filler through address and topic filters, over
// one block and over ranges: a filter the filler cannot match gets the
// inner node's answer, a range above MaxLogs is refused the way
// chain/ingest's backfill narrows on, one block never is.
func TestLogFilters(t *testing.T) {
	pool := common.HexToAddress(synthetic.RecordedPool)
	tn := startNode(t, synthetic.Config{TxsPerBlock: 2000, MaxLogs: 3000}, 0)
	ctx := context.Background()
	var hashes []common.Hash
	for range 3 {
		hashes = append(hashes, tn.chain.Commit())
	}
	last, err := tn.http.HeaderByHash(ctx, hashes[2])
	if err != nil {
		t.Fatal(err)
	}
	to := last.Number
	from := new(big.Int).Sub(to, big.NewInt(2))
	swap := common.HexToHash(ingest.SwapTopic0)
	dep := tn.chain.Deployment()

	// A range over more than MaxLogs is refused; one block is not.
	_, err = tn.http.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: from, ToBlock: to})
	var coded rpc.Error
	if !errors.As(err, &coded) || coded.ErrorCode() != -32005 || !ingest.IsRangeRefused(err) {
		t.Fatalf("a range of 3 × 2,000 logs with MaxLogs 3,000: %v, want -32005 that ingest narrows on", err)
	}
	all, err := tn.http.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hashes[1]})
	if err != nil || len(all) < 2000 {
		t.Fatalf("one block: %d logs, %v", len(all), err)
	}

	cases := []struct {
		name  string
		q     ethereum.FilterQuery
		check func(types.Log) bool
		min   int
	}{
		{"recorded pool's swaps over the range", ethereum.FilterQuery{FromBlock: from, ToBlock: to, Addresses: []common.Address{pool}, Topics: [][]common.Hash{{swap}}},
			func(l types.Log) bool { return l.Address == pool && l.Topics[0] == swap }, 3 * 2000 * 8 / 10 / 16 / 2},
		{"every swap from the head to latest (a tag, resolved)", ethereum.FilterQuery{FromBlock: to, Topics: [][]common.Hash{{swap}}},
			func(l types.Log) bool { return l.Topics[0] == swap && l.BlockHash == hashes[2] }, 2000 / 2},
		{"the Aave pool's Supply or Withdraw events, one block", ethereum.FilterQuery{BlockHash: &hashes[0], Addresses: []common.Address{common.HexToAddress(synthetic.AavePolygonPool)},
			Topics: [][]common.Hash{{crypto.Keccak256Hash([]byte(synthetic.SupplySignature)), crypto.Keccak256Hash([]byte(synthetic.WithdrawSignature))}}},
			func(l types.Log) bool { return l.Address == common.HexToAddress(synthetic.AavePolygonPool) }, 50},
		{"the agent's pool: real logs only", ethereum.FilterQuery{FromBlock: from, ToBlock: to, Addresses: []common.Address{dep.Pool}},
			func(l types.Log) bool { return l.Address == dep.Pool }, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			logs, err := tn.http.FilterLogs(ctx, tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(logs) < tc.min {
				t.Fatalf("%d logs, want at least %d", len(logs), tc.min)
			}
			for i, l := range logs {
				if !tc.check(l) {
					t.Fatalf("log %d does not match: %+v", i, l)
				}
				if i > 0 && (l.BlockNumber < logs[i-1].BlockNumber || l.BlockNumber == logs[i-1].BlockNumber && l.Index <= logs[i-1].Index) {
					t.Fatalf("log %d is out of order", i)
				}
			}
		})
	}
	// The inner node answers exactly the same for a filter filler cannot match.
	q := ethereum.FilterQuery{FromBlock: from, ToBlock: to, Addresses: []common.Address{dep.Pool}}
	want, err := tn.chain.Client().FilterLogs(ctx, q)
	if err != nil {
		t.Fatal(err)
	}
	got, _ := tn.http.FilterLogs(ctx, q)
	if len(got) != len(want) || len(want) == 0 || got[0].TxHash != want[0].TxHash || got[0].Index != want[0].Index {
		t.Fatalf("the agent's pool: %d logs through the node, %d from the inner node", len(got), len(want))
	}
}

// TestNewHeads follows heads over WebSocket at 200 ms blocks: one
// notification per block, in order, a block time apart — the inner
// chain's — and each soon after the inner chain made the block; the
// announced head's logs hold its filler. HTTP cannot subscribe, and only
// newHeads is served.
func TestNewHeads(t *testing.T) {
	const blockTime = 200 * time.Millisecond
	const perBlock = 500
	tn := startNode(t, synthetic.Config{TxsPerBlock: perBlock}, blockTime)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	type arrival struct {
		h  *types.Header
		at time.Time
	}
	// Arrival times are taken as heads come, by a reader that does nothing else.
	follow := func(c interface {
		SubscribeNewHead(context.Context, chan<- *types.Header) (ethereum.Subscription, error)
	}) <-chan arrival {
		heads, out := make(chan *types.Header), make(chan arrival, 256)
		sub, err := c.SubscribeNewHead(ctx, heads)
		if err != nil {
			t.Fatal(err)
		}
		go func() {
			defer sub.Unsubscribe()
			for {
				select {
				case h := <-heads:
					out <- arrival{h, time.Now()}
				case <-sub.Err():
					return
				case <-ctx.Done():
					return
				}
			}
		}()
		return out
	}
	inner, node := follow(tn.chain.Client()), follow(tn.ws)
	const want = 10
	var got []arrival
	innerAt := map[uint64]time.Time{}
	for len(got) < want {
		select {
		case a := <-node:
			got = append(got, a)
			hash := a.h.Hash()
			logs, err := tn.ws.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hash})
			if err != nil || len(logs) < perBlock {
				t.Fatalf("head %d announced, its logs: %d, %v", a.h.Number, len(logs), err)
			}
		case a := <-inner:
			innerAt[a.h.Number.Uint64()] = a.at
		case <-ctx.Done():
			t.Fatalf("%d heads in 30 s", len(got))
		}
	}
	for len(inner) > 0 {
		a := <-inner
		innerAt[a.h.Number.Uint64()] = a.at
	}
	var delays []time.Duration
	for i, a := range got {
		if i > 0 && (a.h.Number.Uint64() != got[i-1].h.Number.Uint64()+1 || a.h.ParentHash != got[i-1].h.Hash()) {
			t.Fatalf("head %d follows %d", a.h.Number, got[i-1].h.Number)
		}
		if at, ok := innerAt[a.h.Number.Uint64()]; ok {
			delays = append(delays, a.at.Sub(at))
		}
	}
	// Mean intervals, robust to one late block on a loaded machine: the
	// node's follows the inner chain's, which is the block time unless
	// mining takes longer (under -race on two busy cores).
	n := len(got) - 1
	mean := got[n].at.Sub(got[0].at) / time.Duration(n)
	ref := blockTime
	first, last := got[0].h.Number.Uint64(), got[n].h.Number.Uint64()
	if a, ok := innerAt[first]; ok {
		if b, ok := innerAt[last]; ok {
			ref = max(ref, b.Sub(a)/time.Duration(n))
		}
	}
	if mean < ref*7/10 || mean > ref*3/2 {
		t.Fatalf("heads every %s on average, want about %s (the inner chain's)", mean, ref)
	}
	slices.Sort(delays)
	if len(delays) < want/2 || delays[len(delays)/2] > blockTime/2 {
		t.Fatalf("heads announced %v after the inner chain's (sorted), want most within %s", delays, blockTime/2)
	}
	if _, err := tn.http.SubscribeNewHead(ctx, make(chan *types.Header)); !errors.Is(err, rpc.ErrNotificationsUnsupported) {
		t.Fatalf("subscribing over HTTP: %v", err)
	}
	var raw json.RawMessage
	err := tn.ws.Client().CallContext(ctx, &raw, "eth_subscribe", "logs", map[string]any{})
	if err == nil || !strings.Contains(err.Error(), "newHeads subscription only") {
		t.Fatalf("a logs subscription: %v", err)
	}
}

// TestAgentsTransactions sends a transaction through the node as an agent
// does (eth_estimateGas, eth_sendRawTransaction, receipt): the inner EVM
// executes it in the next block, before the filler; a call that reverts
// comes back with the inner node's code and revert data.
func TestAgentsTransactions(t *testing.T) {
	key, _ := crypto.GenerateKey()
	from := crypto.PubkeyToAddress(key.PublicKey)
	tn := startNode(t, synthetic.Config{TxsPerBlock: 500}, 0, from)
	ctx := context.Background()
	chainID, err := tn.http.ChainID(ctx)
	if err != nil || chainID.Cmp(tn.chain.ChainID()) != 0 {
		t.Fatalf("chain id %v, %v", chainID, err)
	}
	nonce, err := tn.http.PendingNonceAt(ctx, from)
	if err != nil {
		t.Fatal(err)
	}
	tip, err := tn.http.SuggestGasTipCap(ctx)
	if err != nil {
		t.Fatal(err)
	}
	head, err := tn.http.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	to := common.Address{0x42}
	gas, err := tn.http.EstimateGas(ctx, ethereum.CallMsg{From: from, To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tn.http.FeeHistory(ctx, 4, nil, []float64{50}); err != nil {
		t.Fatal(err)
	}
	tx, err := types.SignNewTx(key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce,
		GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip), Gas: gas, To: &to, Value: big.NewInt(1)})
	if err != nil {
		t.Fatal(err)
	}
	if err := tn.http.SendTransaction(ctx, tx); err != nil {
		t.Fatal(err)
	}
	hash := tn.chain.Commit()
	r, err := tn.http.TransactionReceipt(ctx, tx.Hash())
	if err != nil || r.Status != types.ReceiptStatusSuccessful || r.BlockHash != hash {
		t.Fatalf("receipt %+v, %v", r, err)
	}
	block, err := tn.http.BlockByHash(ctx, hash)
	if err != nil || block.Transactions()[r.TransactionIndex].Hash() != tx.Hash() || len(block.Transactions()) < 500+2 {
		t.Fatalf("the block of the agent's transaction: %v", err)
	}
	if bal, err := tn.http.BalanceAt(ctx, to, nil); err != nil || bal.Int64() != 1 {
		t.Fatalf("balance %v, %v: the transfer was not executed", bal, err)
	}

	// A revert's code and data reach the caller as the inner node gave them.
	dep := tn.chain.Deployment()
	data := bindings.NewInferenceRegistry().PackAuthorize(from, common.Hash{1}, true) // not the owner
	msg := map[string]any{"from": from, "to": dep.Registry, "input": hexutil.Bytes(data)}
	var viaNode, viaInner rpc.DataError
	errNode := tn.http.Client().CallContext(ctx, new(json.RawMessage), "eth_call", msg, "latest")
	errInner := tn.chain.Client().(interface{ Client() *rpc.Client }).Client().CallContext(ctx, new(json.RawMessage), "eth_call", msg, "latest")
	if !errors.As(errNode, &viaNode) || !errors.As(errInner, &viaInner) || errNode.Error() != errInner.Error() ||
		viaNode.ErrorData() != viaInner.ErrorData() || viaNode.ErrorData() == nil {
		t.Fatalf("revert through the node: %v (data %v); from the inner node: %v", errNode, viaNode, errInner)
	}
	if errNode.(rpc.Error).ErrorCode() != errInner.(rpc.Error).ErrorCode() {
		t.Fatalf("revert code %d through the node, %d from the inner node", errNode.(rpc.Error).ErrorCode(), errInner.(rpc.Error).ErrorCode())
	}
}

// TestLatency delays answers over HTTP and WebSocket, batches once.
func TestLatency(t *testing.T) {
	const latency = 60 * time.Millisecond
	tn := startNode(t, synthetic.Config{TxsPerBlock: 10, Latency: latency}, 0)
	ctx := context.Background()
	for name, c := range map[string]*rpc.Client{"HTTP": tn.http.Client(), "WebSocket": tn.ws.Client()} {
		start := time.Now()
		var n hexutil.Uint64
		if err := c.CallContext(ctx, &n, "eth_blockNumber"); err != nil {
			t.Fatal(err)
		}
		if d := time.Since(start); d < latency {
			t.Fatalf("%s: answered in %s, before the %s latency", name, d, latency)
		}
		start = time.Now()
		batch := []rpc.BatchElem{{Method: "eth_chainId", Result: new(hexutil.Big)}, {Method: "eth_blockNumber", Result: new(hexutil.Uint64)}}
		if err := c.BatchCallContext(ctx, batch); err != nil || batch[0].Error != nil || batch[1].Error != nil {
			t.Fatalf("%s batch: %v %v %v", name, err, batch[0].Error, batch[1].Error)
		}
		if d := time.Since(start); d < latency || d > 20*latency {
			t.Fatalf("%s: a batch answered in %s with a %s latency", name, d, latency)
		}
	}
}
