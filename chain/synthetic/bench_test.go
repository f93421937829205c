package synthetic_test

import (
	"context"
	"io"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/ingest"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/chain/synthetic"
)

// fillerAddresses are the filler's emitting addresses, as the head block shows them.
func fillerAddresses(tb testing.TB, tn testNode) []common.Address {
	tb.Helper()
	ctx := context.Background()
	head, err := tn.http.HeaderByNumber(ctx, nil)
	if err != nil {
		tb.Fatal(err)
	}
	logs, err := tn.http.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: ptr(head.Hash())})
	if err != nil {
		tb.Fatal(err)
	}
	var out []common.Address
	for _, l := range logs {
		if !slices.Contains(out, l.Address) {
			out = append(out, l.Address)
		}
	}
	return out
}

func ptr[T any](v T) *T { return &v }

// BenchmarkGetLogs reads one 4,000-log block by hash per op through
// go-ethereum's client, over HTTP and WebSocket: the node's answer and the
// client's decoding (logs/s), with blocks alternating so nothing is
// cached on the client side.
func BenchmarkGetLogs(b *testing.B) {
	for _, transport := range []string{"http", "ws"} {
		b.Run(transport, func(b *testing.B) {
			tn := startNode(b, synthetic.Config{}, 0)
			hashes := []common.Hash{tn.chain.Commit(), tn.chain.Commit()}
			client := tn.http
			if transport == "ws" {
				client = tn.ws
			}
			ctx := context.Background()
			logs := 0
			for i := 0; b.Loop(); i++ {
				got, err := client.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &hashes[i%2]})
				if err != nil {
					b.Fatal(err)
				}
				logs += len(got)
			}
			b.ReportMetric(float64(logs)/b.Elapsed().Seconds(), "logs/s")
		})
	}
}

// BenchmarkServeLogs is the node's side of BenchmarkGetLogs alone: one
// 4,000-log block per op answered over HTTP, the answer read but not
// decoded (logs/s served, and the answer's size).
func BenchmarkServeLogs(b *testing.B) {
	tn := startNode(b, synthetic.Config{}, 0)
	hashes := []common.Hash{tn.chain.Commit(), tn.chain.Commit()}
	httpURL, _ := tn.node.Endpoints()
	bodies := make([]string, 2)
	for i, h := range hashes {
		bodies[i] = `{"jsonrpc":"2.0","id":1,"method":"eth_getLogs","params":[{"blockHash":"` + h.Hex() + `"}]}`
	}
	var size int64
	for i := 0; b.Loop(); i++ {
		resp, err := http.Post(httpURL, "application/json", strings.NewReader(bodies[i%2]))
		if err != nil {
			b.Fatal(err)
		}
		n, err := io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
		if err != nil || resp.StatusCode != http.StatusOK {
			b.Fatalf("status %d, %v", resp.StatusCode, err)
		}
		size = n
	}
	b.ReportMetric(float64(b.N)*float64(synthetic.DefaultTxsPerBlock)/b.Elapsed().Seconds(), "logs/s")
	b.ReportMetric(float64(size)/1e6, "MB/answer")
}

// BenchmarkLogStream ingests one 4,000-log block per op the way the agents
// of a process do — chain/ingest's shared LogStream (one eth_getLogs by
// block hash for every watched contract) over chain/rpc's client — and
// decodes its swaps with chain/ingest's decoder.
func BenchmarkLogStream(b *testing.B) {
	tn := startNode(b, synthetic.Config{}, 0)
	hashes := []common.Hash{tn.chain.Commit(), tn.chain.Commit()}
	addrs := fillerAddresses(b, tn)
	httpURL, _ := tn.node.Endpoints()
	ctx := context.Background()
	client, err := rpcclient.Dial(ctx, rpcclient.Config{Endpoints: []string{httpURL}}, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer client.Close()
	stream := ingest.NewLogStream(client.Eth(), 1) // keeps one block: every op reads
	stream.Watch(addrs...)
	swap := common.HexToHash(ingest.SwapTopic0)
	logs, swaps := 0, 0
	for i := 0; b.Loop(); i++ {
		got, err := stream.Logs(ctx, hashes[i%2], func(l types.Log) bool { return true })
		if err != nil {
			b.Fatal(err)
		}
		logs += len(got)
		for _, l := range got {
			if l.Topics[0] != swap {
				continue
			}
			if _, err := ingest.DecodeSwap(l); err != nil {
				b.Fatal(err)
			}
			swaps++
		}
	}
	b.ReportMetric(float64(logs)/b.Elapsed().Seconds(), "logs/s")
	b.ReportMetric(float64(swaps)/b.Elapsed().Seconds(), "swaps/s")
}

// BenchmarkFollow10kTPS follows the synthetic 10,000-TPS chain live — 400
// ms blocks of 4,000 transactions and logs — as an agent process does:
// chain/rpc's client over HTTP and WebSocket, chain/ingest's Follower on
// newHeads, and every head's 4,000 logs read through the shared LogStream
// and their swaps decoded. One op is one block (run it with -benchtime Nx:
// N blocks take N × 400 ms). lag-blocks is how many blocks the node had
// announced beyond the one just ingested, at the moment it was ingested:
// the worst over the run, and the mean; ingest-ms is the time from a
// head's arrival to its logs decoded (p50 and worst). With latency, every
// answer of the node comes that much later (a node across a network).
func BenchmarkFollow10kTPS(b *testing.B) {
	for _, latency := range []time.Duration{0, 50 * time.Millisecond} {
		b.Run("latency="+latency.String(), func(b *testing.B) { follow10kTPS(b, latency) })
	}
}

func follow10kTPS(b *testing.B, latency time.Duration) {
	const blockTime = 400 * time.Millisecond
	tn := startNode(b, synthetic.Config{TxsPerBlock: 4000, Latency: latency}, blockTime)
	addrs := fillerAddresses(b, tn)
	httpURL, wsURL := tn.node.Endpoints()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	client, err := rpcclient.Dial(ctx, rpcclient.Config{Endpoints: []string{httpURL, wsURL}}, nil)
	if err != nil {
		b.Fatal(err)
	}
	defer client.Close()
	follower, err := ingest.NewFollower(ingest.FollowerConfig{}, client, nil)
	if err != nil {
		b.Fatal(err)
	}
	if err := follower.Start(ctx); err != nil {
		b.Fatal(err)
	}
	defer follower.Stop()
	stream := ingest.NewLogStream(client.Eth(), 0)
	stream.Watch(addrs...)
	swap := common.HexToHash(ingest.SwapTopic0)

	var lags []uint64
	var took []time.Duration
	logs := 0
	start := time.Now()
	for b.Loop() {
		var ev ingest.Event
		for ev.Kind != ingest.NewHead {
			select {
			case ev = <-follower.Heads():
			case <-time.After(10 * blockTime):
				b.Fatalf("no head in %s", 10*blockTime)
			}
		}
		arrived := time.Now()
		got, err := stream.Logs(ctx, ev.Header.Hash(), func(types.Log) bool { return true })
		if err != nil {
			b.Fatal(err)
		}
		for _, l := range got {
			if l.Topics[0] == swap {
				if _, err := ingest.DecodeSwap(l); err != nil {
					b.Fatal(err)
				}
			}
		}
		logs += len(got)
		took = append(took, time.Since(arrived))
		lags = append(lags, tn.node.Head()-ev.Header.Number.Uint64())
	}
	elapsed := time.Since(start)
	var sum uint64
	for _, l := range lags {
		sum += l
	}
	slices.Sort(took)
	b.ReportMetric(float64(slices.Max(lags)), "lag-blocks")
	b.ReportMetric(float64(sum)/float64(len(lags)), "lag-blocks-mean")
	b.ReportMetric(float64(took[len(took)/2].Microseconds())/1000, "ingest-ms-p50")
	b.ReportMetric(float64(took[len(took)-1].Microseconds())/1000, "ingest-ms-max")
	b.ReportMetric(float64(logs)/elapsed.Seconds(), "logs/s")
}
