package synthetic

import (
	"encoding/json"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// testOverlay is one block's filler under the default config.
func testOverlay(tb testing.TB, baseFee *big.Int) *overlay {
	tb.Helper()
	cfg := Config{HTTPAddr: "127.0.0.1:0"}.withDefaults()
	if err := cfg.validate(); err != nil {
		tb.Fatal(err)
	}
	g := newGenerator(cfg, big.NewInt(1337))
	return g.fill(blockInfo{number: 1234, hash: common.Hash{0xb1}, time: 1_700_000_000, baseFee: baseFee, realTxs: 2, realLogs: 3, realGas: 500_000})
}

// TestFillerJSON: the hand-written JSON is go-ethereum's. A log is
// byte-for-byte types.Log's encoding; a transaction and a receipt decode
// with go-ethereum's types to the same values (hash included).
func TestFillerJSON(t *testing.T) {
	for _, baseFee := range []*big.Int{big.NewInt(875_000_000), nil} {
		o := testOverlay(t, baseFee)
		for i := range o.logs {
			want, err := json.Marshal(&o.logs[i])
			if err != nil {
				t.Fatal(err)
			}
			got := appendLog(nil, &o.logs[i])
			if string(got) != string(want) {
				t.Fatalf("log %d:\n got %s\nwant %s", i, got, want)
			}
			if len(got)+1 > logSize(&o.logs[i]) {
				t.Fatalf("log %d takes %d bytes, above logSize's bound %d", i, len(got)+1, logSize(&o.logs[i]))
			}
		}
		for _, i := range []int{0, 1, 17, len(o.txs) - 1} {
			var tx types.Transaction
			if err := json.Unmarshal(appendTx(nil, o, i), &tx); err != nil {
				t.Fatalf("transaction %d: %v", i, err)
			}
			if tx.Hash() != o.txs[i].Hash() || tx.Nonce() != o.txs[i].Nonce() || *tx.To() != *o.txs[i].To() {
				t.Fatalf("transaction %d decodes to another transaction", i)
			}
			var r types.Receipt
			if err := json.Unmarshal(appendReceipt(nil, o, i), &r); err != nil {
				t.Fatalf("receipt %d: %v", i, err)
			}
			logs := o.logs[o.logStart[i]:o.logStart[i+1]]
			if r.TxHash != tx.Hash() || r.TransactionIndex != uint(2+i) || r.GasUsed != o.gasUsed[i] || len(r.Logs) != len(logs) ||
				r.Bloom != types.CreateBloom(&types.Receipt{Logs: toPointers(logs)}) || r.EffectiveGasPrice.Sign() <= 0 {
				t.Fatalf("receipt %d: %+v", i, r)
			}
		}
	}
}

func toPointers(logs []types.Log) []*types.Log {
	out := make([]*types.Log, len(logs))
	for i := range logs {
		out[i] = &logs[i]
	}
	return out
}

// TestFillIsAFunctionOfTheBlock: the same block gives the same filler;
// the next block another; indexes continue the real block's.
func TestFillIsAFunctionOfTheBlock(t *testing.T) {
	a, b := testOverlay(t, big.NewInt(7)), testOverlay(t, big.NewInt(7))
	for i := range a.txs {
		if a.txs[i].Hash() != b.txs[i].Hash() {
			t.Fatalf("transaction %d differs between two fills of one block", i)
		}
	}
	if a.logs[0].Index != 3 || a.logs[0].TxIndex != 2 || a.cumGas[0] != 500_000+a.gasUsed[0] {
		t.Fatalf("the filler does not continue the real block: first log %+v, gas %d", a.logs[0], a.cumGas[0])
	}
	cfg := Config{HTTPAddr: "127.0.0.1:0"}.withDefaults()
	next := newGenerator(cfg, big.NewInt(1337)).fill(blockInfo{number: 1235, hash: common.Hash{0xb2}})
	if next.txs[0].Hash() == a.txs[0].Hash() {
		t.Fatal("two blocks have the same filler")
	}
}

// BenchmarkFill is the node's own work per block: 4,000 filler
// transactions (hashed) and logs.
func BenchmarkFill(b *testing.B) {
	cfg := Config{HTTPAddr: "127.0.0.1:0"}.withDefaults()
	g := newGenerator(cfg, big.NewInt(1337))
	n := uint64(0)
	for b.Loop() {
		n++
		g.fill(blockInfo{number: n, hash: common.Hash{byte(n)}, baseFee: big.NewInt(1e9)})
	}
	b.ReportMetric(float64(n)*float64(cfg.TxsPerBlock)/b.Elapsed().Seconds(), "txs/s")
}

// BenchmarkEncodeLogs is a getLogs answer's encoding: one block's 4,000 logs.
func BenchmarkEncodeLogs(b *testing.B) {
	o := testOverlay(b, big.NewInt(1e9))
	buf := make([]byte, 0, 4<<20)
	n := 0
	for b.Loop() {
		buf = buf[:0]
		for i := range o.logs {
			buf = appendLog(buf, &o.logs[i])
		}
		n += len(o.logs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "logs/s")
}
