package record_test

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/steward-agents/steward/backtest/record"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// TestRecordReceipts records the receipts of the transactions that emitted
// the recorded logs through each way the recorder has to fetch them, and
// checks them against the node; and that a node's receipt of another block
// is refused, naming the block and the transaction.
func TestRecordReceipts(t *testing.T) {
	ctx := context.Background()
	chain, settings := newChain(t)
	httpURL, _ := chain.Endpoints()
	client, err := rpc.DialContext(ctx, httpURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	const from, to = 40, 55

	for _, tc := range []struct {
		name string
		node *node // nil: no Batcher, one eth_getTransactionReceipt per transaction
		// asked is how many requests (batches) asked each method; -1 is
		// one per block holding recorded receipts.
		asked map[string]int
		// wantErr, when set, names the receipt the recorder must refuse.
		wantErr bool
	}{
		// One request per batch of 4 blocks: each batch holds swaps.
		{name: "eth_getBlockReceipts in batches", node: &node{rpc: client},
			asked: map[string]int{"eth_getBlockReceipts": 4, "eth_getTransactionReceipt": 0}},
		{name: "eth_getTransactionReceipt in batches, the node lacking eth_getBlockReceipts", node: &node{rpc: client, noBlockReceipts: true},
			// Asked once, then never again.
			asked: map[string]int{"eth_getBlockReceipts": 1, "eth_getTransactionReceipt": 4}},
		{name: "eth_getBlockReceipts cut short by the node's response size limit", node: &node{rpc: client, answer: 1},
			// Each request answers one block; the rest are asked again.
			asked: map[string]int{"eth_getBlockReceipts": -1, "eth_getTransactionReceipt": 0}},
		{name: "one call per transaction without a Batcher"},
		{name: "a receipt of another block", node: &node{rpc: client, otherBlock: true}, wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			st, err := record.Open(ctx, filepath.Join(t.TempDir(), "rec.db"))
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			p := record.Params{Node: chain.Client(), Kind: marketmaking.Kind(), Settings: settings, From: from, To: to, Store: st, BatchSize: 4}
			if tc.node != nil {
				p.Batch = tc.node
			}
			err = record.Record(ctx, p)
			if tc.wantErr {
				if err == nil || !tc.node.namedIn(err.Error()) {
					t.Fatalf("recording receipts of another block: %v, want an error naming the block and one of %v", err, tc.node.tampered)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			blocks := checkReceipts(ctx, t, st, chain.Client(), from, to)
			for method, want := range tc.asked {
				if want < 0 {
					want = blocks
				}
				if got := tc.node.asked[method]; got != want {
					t.Errorf("%d requests asked %s, want %d", got, method, want)
				}
			}
			if _, err := st.Receipts(ctx, to+1); !errors.Is(err, record.ErrNotRecorded) {
				t.Fatalf("the receipts of a block past the recording: %v, want ErrNotRecorded", err)
			}
		})
	}
}

// checkReceipts checks that the recording holds, for each block from..to,
// the receipts of exactly the transactions that emitted its recorded logs,
// and that each agrees with the node's; it returns how many blocks hold
// receipts.
func checkReceipts(ctx context.Context, t *testing.T, st *record.Store, live ethereum.TransactionReader, from, to uint64) int {
	t.Helper()
	logs, err := st.Reader().FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to)})
	if err != nil {
		t.Fatal(err)
	}
	want := map[uint64][]common.Hash{}
	for _, l := range logs {
		if !slices.Contains(want[l.BlockNumber], l.TxHash) {
			want[l.BlockNumber] = append(want[l.BlockNumber], l.TxHash)
		}
	}
	checked, blocks := 0, 0
	for n := from; n <= to; n++ {
		rs, err := st.Receipts(ctx, n)
		if err != nil {
			t.Fatal(err)
		}
		var got []common.Hash
		for _, r := range rs {
			got = append(got, r.TxHash)
			node, err := live.TransactionReceipt(ctx, r.TxHash)
			if err != nil {
				t.Fatal(err)
			}
			if r.Status != node.Status || r.GasUsed != node.GasUsed || len(r.Logs) != len(node.Logs) ||
				r.BlockHash != node.BlockHash || r.TransactionIndex != node.TransactionIndex || r.CumulativeGasUsed != node.CumulativeGasUsed {
				t.Fatalf("block %d: the recorded receipt of %s (status %d, gas %d, %d logs) differs from the node's (status %d, gas %d, %d logs)",
					n, r.TxHash, r.Status, r.GasUsed, len(r.Logs), node.Status, node.GasUsed, len(node.Logs))
			}
			byHash, err := st.TransactionReceipt(ctx, r.TxHash)
			if err != nil || byHash.GasUsed != r.GasUsed || byHash.BlockNumber.Uint64() != n {
				t.Fatalf("the receipt of %s by its hash: %+v (%v)", r.TxHash, byHash, err)
			}
			checked++
		}
		if len(rs) > 0 {
			blocks++
		}
		if !slices.Equal(got, want[n]) {
			t.Fatalf("block %d: recorded the receipts of %v, the transactions of its recorded logs are %v", n, got, want[n])
		}
	}
	if checked == 0 {
		t.Fatalf("no receipts recorded in blocks %d..%d", from, to)
	}
	if _, err := st.TransactionReceipt(ctx, common.Hash{1}); !errors.Is(err, record.ErrNotRecorded) {
		t.Fatalf("the receipt of an unknown transaction: %v, want ErrNotRecorded", err)
	}
	return blocks
}

// TestRecordingBeforeReceipts checks a recording made before receipts were
// recorded (SQLite user_version 0) still replays, says it has no receipts,
// and is refused for resuming; and that a newer recorder's is refused.
func TestRecordingBeforeReceipts(t *testing.T) {
	ctx := context.Background()
	chain, settings := newChain(t)
	path := filepath.Join(t.TempDir(), "rec.db")
	st, err := record.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	p := record.Params{Node: chain.Client(), Kind: marketmaking.Kind(), Settings: settings, From: 40, To: 45, Store: st}
	if err := record.Record(ctx, p); err != nil {
		t.Fatal(err)
	}
	st.Close()
	setUserVersion(t, path, 0) // as the recorder before receipts left its files

	if st, err = record.Open(ctx, path); err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if heads, err := st.Headers(ctx); err != nil || len(heads) != 6 {
		t.Fatalf("the old recording's headers: %d (%v)", len(heads), err)
	}
	if _, err := st.Receipts(ctx, 42); !errors.Is(err, record.ErrNotRecorded) || !strings.Contains(err.Error(), "before receipts") {
		t.Fatalf("the old recording's receipts: %v, want ErrNotRecorded saying why", err)
	}
	p.Store = st
	if err := record.Record(ctx, p); !errors.Is(err, record.ErrSchema) {
		t.Fatalf("resuming the old recording: %v, want ErrSchema", err)
	}
	st.Close()

	setUserVersion(t, path, 3)
	if _, err := record.Open(ctx, path); !errors.Is(err, record.ErrSchema) {
		t.Fatalf("opening a newer recorder's recording: %v, want ErrSchema", err)
	}
}

func setUserVersion(t *testing.T, path string, v int) {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path) // the driver the record package registers
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d", v)); err != nil {
		t.Fatal(err)
	}
}

// node is a Batcher in front of a real node that counts the requests
// asking each method, and can play a node that lacks eth_getBlockReceipts
// (the real node answers a method it does not know), one whose batch
// response outgrows its size limit after answer block receipts (as
// go-ethereum's does), or one whose block receipts name another block.
type node struct {
	rpc             *rpc.Client
	noBlockReceipts bool
	answer          int // when > 0, the block receipts a request answers
	otherBlock      bool

	asked    map[string]int
	tampered []string // "block N: … transaction 0x…" pairs, as the error names them
}

func (n *node) BatchCallContext(ctx context.Context, b []rpc.BatchElem) error {
	if n.asked == nil {
		n.asked = map[string]int{}
	}
	seen := map[string]bool{}
	for i := range b {
		if !seen[b[i].Method] {
			seen[b[i].Method] = true
			n.asked[b[i].Method]++
		}
		if n.noBlockReceipts && b[i].Method == "eth_getBlockReceipts" {
			b[i].Method = "steward_noSuchMethod"
		}
	}
	if err := n.rpc.BatchCallContext(ctx, b); err != nil {
		return err
	}
	answered := 0
	for i, e := range b {
		if e.Method != "eth_getBlockReceipts" || e.Error != nil {
			continue
		}
		if answered++; n.answer > 0 && answered > n.answer {
			b[i].Error = responseTooLarge{}
			continue
		}
		if !n.otherBlock {
			continue
		}
		for _, r := range *e.Result.(*[]*types.Receipt) {
			n.tampered = append(n.tampered, fmt.Sprintf("block %d: the receipt of transaction %s", r.BlockNumber, r.TxHash))
			r.BlockHash = common.Hash{1}
		}
	}
	return nil
}

// namedIn reports whether msg names a block and transaction n tampered.
func (n *node) namedIn(msg string) bool {
	return slices.ContainsFunc(n.tampered, func(s string) bool { return strings.Contains(msg, s) })
}

// responseTooLarge is go-ethereum's answer to the calls of a batch past its
// response size limit.
type responseTooLarge struct{}

func (responseTooLarge) Error() string  { return "response too large" }
func (responseTooLarge) ErrorCode() int { return -32003 }
