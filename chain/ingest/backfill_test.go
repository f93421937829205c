package ingest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/rpc"
)

// limitedNode is a node that refuses ranged eth_getLogs wider than maxBlocks
// blocks or answering more than maxLogs logs, with refusal.
type limitedNode struct {
	LogReader
	maxBlocks uint64
	maxLogs   int
	refusal   error

	mu      sync.Mutex
	refused int
	served  []uint64 // widths of the ranged queries answered
}

func (n *limitedNode) FilterLogs(ctx context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	if q.BlockHash != nil {
		return n.LogReader.FilterLogs(ctx, q)
	}
	width := q.ToBlock.Uint64() - q.FromBlock.Uint64() + 1
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.maxBlocks > 0 && width > n.maxBlocks {
		n.refused++
		return nil, n.refusal
	}
	logs, err := n.LogReader.FilterLogs(ctx, q)
	if err != nil {
		return nil, err
	}
	if n.maxLogs > 0 && len(logs) > n.maxLogs {
		n.refused++
		return nil, n.refusal
	}
	n.served = append(n.served, width)
	return logs, nil
}

// codedError is a JSON-RPC error with a code, as ethclient returns them.
type codedError struct {
	code int
	msg  string
}

func (e codedError) Error() string  { return e.msg }
func (e codedError) ErrorCode() int { return e.code }

func TestLogPollerBackfillAdaptsRange(t *testing.T) {
	c := newLogChain(t)
	c.blocks(240)
	head := c.head().Number.Uint64()
	const finality = 10
	tests := []struct {
		name       string
		maxBlocks  uint64
		maxLogs    int
		refusal    error
		checkpoint uint64 // resume after this block (0: StartBlock 1)
	}{
		{name: "no limit"},
		{name: "block range too large", maxBlocks: 40, refusal: errors.New("block range too large")},
		{name: "code -32005", maxBlocks: 25, refusal: codedError{code: -32005, msg: "request rejected"}},
		{name: "HTTP 413", maxBlocks: 30, refusal: rpc.HTTPError{StatusCode: http.StatusRequestEntityTooLarge, Status: "413 Payload Too Large"}},
		{name: "too many results", maxLogs: 30, refusal: errors.New("query returned more than 30 results")},
		{name: "from a checkpoint far behind", maxBlocks: 40, refusal: errors.New("exceed maximum block range: 40"), checkpoint: 57},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			node := &limitedNode{LogReader: c.client, maxBlocks: tc.maxBlocks, maxLogs: tc.maxLogs, refusal: tc.refusal}
			cp := newMemCheckpoints()
			from := uint64(1)
			if tc.checkpoint > 0 {
				from = tc.checkpoint + 1
				if err := cp.SaveCheckpoint(context.Background(), "agent-1", tc.checkpoint, headerAt(t, c.client, tc.checkpoint).Hash()); err != nil {
					t.Fatal(err)
				}
			}
			rec := newRecorder(t)
			p := startPoller(t, LogPollerConfig{StartBlock: u64(1), FinalityDepth: finality, BatchSize: 128}, node, cp, rec)
			rec.waitFor(c, p, from)

			node.mu.Lock()
			defer node.mu.Unlock()
			rec.mu.Lock()
			defer rec.mu.Unlock()
			if (tc.refusal != nil) != (node.refused > 0) {
				t.Fatalf("node refused %d queries", node.refused)
			}
			if len(node.served) == 0 {
				t.Fatal("no ranged query was answered")
			}
			if tc.refusal != nil && slices.Max(node.served) <= node.served[0] {
				t.Fatalf("range never grew back after a refusal: %v", node.served)
			}
			for _, b := range rec.blocks {
				n := b.Header.Number.Uint64()
				if n < from {
					t.Fatalf("block %d delivered, before the start %d", n, from)
				}
				if want := n+finality <= head; b.Finalized != want {
					t.Fatalf("block %d (head %d) delivered with Finalized=%v", n, head, b.Finalized)
				}
			}
			cp.waitAt(t, "agent-1", c.head().Hash())
		})
	}
}

func TestIsRangeRefused(t *testing.T) {
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{name: "nil", err: nil},
		{name: "geth result cap", err: errors.New("query returned more than 10000 results"), want: true},
		{name: "range too large", err: errors.New("Block range too large"), want: true},
		{name: "infura maximum range", err: fmt.Errorf("logs: %w", errors.New("exceed maximum block range: 5000")), want: true},
		{name: "limit exceeded", err: errors.New("limit exceeded"), want: true},
		{name: "alchemy response size", err: errors.New("Log response size exceeded. You can make eth_getLogs requests with up to a 2K block range"), want: true},
		{name: "quicknode", err: errors.New("eth_getLogs is limited to a 10,000 range"), want: true},
		{name: "code -32005 any message", err: codedError{code: -32005, msg: "busy"}, want: true},
		{name: "http 413", err: rpc.HTTPError{StatusCode: 413, Status: "413"}, want: true},
		{name: "wrapped http 413", err: fmt.Errorf("x: %w", rpc.HTTPError{StatusCode: 413}), want: true},
		{name: "http 429 is not a range refusal", err: rpc.HTTPError{StatusCode: 429, Status: "429 Too Many Requests"}},
		{name: "other code", err: codedError{code: -32000, msg: "header not found"}},
		// "invalid block range params" (from > to) must not shrink the range.
		{name: "geth invalid range", err: errors.New("invalid block range params")},
		{name: "timeout", err: context.DeadlineExceeded},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := IsRangeRefused(tc.err); got != tc.want {
				t.Fatalf("IsRangeRefused(%v) = %v, want %v", tc.err, got, tc.want)
			}
		})
	}
}

func TestNewLogPollerRejectsBadConfig(t *testing.T) {
	c := newLogChain(t)
	good := LogPollerDeps{Node: c.client, Checkpoints: newMemCheckpoints(), Consumer: newRecorder(t)}
	tests := []struct {
		name  string
		cfg   LogPollerConfig
		deps  LogPollerDeps
		field string
	}{
		{name: "no agent", cfg: LogPollerConfig{}, deps: good, field: "Agent"},
		{name: "negative poll", cfg: LogPollerConfig{Agent: "a", PollInterval: -1}, deps: good, field: "PollInterval"},
		{name: "negative retry", cfg: LogPollerConfig{Agent: "a", RetryInterval: -1}, deps: good, field: "RetryInterval"},
		{name: "finality beyond window", cfg: LogPollerConfig{Agent: "a", FinalityDepth: ReorgWindow}, deps: good, field: "FinalityDepth"},
		{name: "no node", cfg: LogPollerConfig{Agent: "a"}, deps: LogPollerDeps{Checkpoints: good.Checkpoints, Consumer: good.Consumer}, field: "Node"},
		{name: "no checkpoints", cfg: LogPollerConfig{Agent: "a"}, deps: LogPollerDeps{Node: good.Node, Consumer: good.Consumer}, field: "Checkpoints"},
		{name: "no consumer", cfg: LogPollerConfig{Agent: "a"}, deps: LogPollerDeps{Node: good.Node, Checkpoints: good.Checkpoints}, field: "Consumer"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewLogPoller(tc.cfg, tc.deps)
			if !errors.Is(err, ErrInvalidConfig) || !bytes.Contains([]byte(err.Error()), []byte(tc.field)) {
				t.Fatalf("err = %v, want ErrInvalidConfig naming %s", err, tc.field)
			}
		})
	}
	p, err := NewLogPoller(LogPollerConfig{Agent: "a"}, good)
	if err != nil {
		t.Fatal(err)
	}
	p.Stop()
	p.Stop()
	if err := p.Start(context.Background()); !errors.Is(err, ErrAlreadyStarted) {
		t.Fatalf("Start after Stop = %v, want ErrAlreadyStarted", err)
	}
}

func TestGroupRangeLogs(t *testing.T) {
	h1, h2 := common.HexToHash("0x01"), common.HexToHash("0x02")
	lg := func(n uint64, h common.Hash, idx uint) types.Log {
		return types.Log{BlockNumber: n, BlockHash: h, Index: idx}
	}
	tests := []struct {
		name    string
		logs    []types.Log
		groups  int
		wantErr string
	}{
		{name: "empty"},
		{name: "two blocks", logs: []types.Log{lg(5, h1, 0), lg(5, h1, 3), lg(7, h2, 1)}, groups: 2},
		{name: "below range", logs: []types.Log{lg(4, h1, 0)}, wantErr: "outside"},
		{name: "above range", logs: []types.Log{lg(11, h1, 0)}, wantErr: "outside"},
		{name: "two hashes in one block", logs: []types.Log{lg(5, h1, 0), lg(5, h2, 1)}, wantErr: "two hashes"},
		{name: "index repeated", logs: []types.Log{lg(5, h1, 2), lg(5, h1, 2)}, wantErr: "log index"},
		{name: "blocks out of order", logs: []types.Log{lg(7, h2, 0), lg(5, h1, 0)}, wantErr: "after block"},
		{name: "removed", logs: []types.Log{{BlockNumber: 5, Removed: true}}, wantErr: "removed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			g, err := GroupRangeLogs(tc.logs, 5, 10)
			if tc.wantErr != "" {
				if !errors.Is(err, ErrBadLogs) || !bytes.Contains([]byte(err.Error()), []byte(tc.wantErr)) {
					t.Fatalf("err = %v, want ErrBadLogs with %q", err, tc.wantErr)
				}
				return
			}
			if err != nil || len(g) != tc.groups {
				t.Fatalf("groups %d, err %v; want %d", len(g), err, tc.groups)
			}
		})
	}
}

// FuzzDecodeLogs feeds eth_getLogs answers (JSON, as a node sends them)
// through the poller's response checks and the event decoders: nothing
// panics, errors carry their sentinel, and an accepted answer keeps every log
// in order, grouped by block.
func FuzzDecodeLogs(f *testing.F) {
	real := realSwapLogs(f)
	// Small seeds: the fuzzer minimizes every new input byte by byte, and
	// long JSON answers keep it minimizing instead of fuzzing.
	for i := 0; i+2 <= len(real); i += 997 {
		batch := slices.Clone(real[i : i+2])
		for j := range batch {
			batch[j].BlockHash = common.BigToHash(bigPow2(uint(batch[j].BlockNumber % 200)))
		}
		js, err := json.Marshal(batch)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(js, batch[0].BlockNumber, batch[1].BlockNumber)
	}
	f.Add([]byte(`[]`), uint64(0), uint64(0))
	f.Add([]byte(`[{"address":"0x00000000000000000000000000000000000e0001","topics":[],"data":"0x","blockNumber":"0x1","transactionHash":"0x0000000000000000000000000000000000000000000000000000000000000000","transactionIndex":"0x0","blockHash":"0x0000000000000000000000000000000000000000000000000000000000000001","logIndex":"0x0","removed":false}]`), uint64(1), uint64(1))
	f.Add([]byte(`[{"address":"0x1","topics":null}]`), uint64(0), uint64(9))
	f.Fuzz(func(t *testing.T, body []byte, from, to uint64) {
		var logs []types.Log
		if err := json.Unmarshal(body, &logs); err != nil {
			return
		}
		groups, err := GroupRangeLogs(logs, from, to)
		if err != nil {
			if !errors.Is(err, ErrBadLogs) {
				t.Fatalf("error without ErrBadLogs: %v", err)
			}
		} else {
			var flat []types.Log
			for i, g := range groups {
				if i > 0 && g.Number <= groups[i-1].Number {
					t.Fatalf("groups out of order: %d after %d", g.Number, groups[i-1].Number)
				}
				if err := CheckBlockLogs(g.Logs, g.Number, g.Hash); err != nil {
					t.Fatalf("a group of an accepted range fails the block check: %v", err)
				}
				flat = append(flat, g.Logs...)
			}
			if len(flat) != len(logs) {
				t.Fatalf("grouping kept %d of %d logs", len(flat), len(logs))
			}
		}
		for _, l := range logs {
			for _, decode := range []func(types.Log) error{
				func(l types.Log) error { _, err := DecodeSwap(l); return err },
				func(l types.Log) error { _, err := DecodeMint(l); return err },
				func(l types.Log) error { _, err := DecodeBurn(l); return err },
			} {
				if err := decode(l); err != nil && !errors.Is(err, ErrWrongEvent) && !errors.Is(err, ErrMalformedLog) {
					t.Fatalf("decode error without a sentinel: %v", err)
				}
			}
		}
	})
}
