package synthetic_test

import (
	"context"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/synthetic"
)

// path is a short market path around mainnet's USDC/WETH tick.
func path() []int32 {
	out := make([]int32, 64)
	for i := range out {
		out[i] = 199_000 + int32(10*((i*7)%13)) - 60
	}
	return out
}

// testNode is a devchain mining every blockTime and a synthetic node over it.
type testNode struct {
	chain *devchain.Chain
	node  *synthetic.Node
	http  *ethclient.Client
	ws    *ethclient.Client
}

// startNode starts a dev chain (funding funded), the node over it with cfg
// (served on free loopback ports), and the chain's block loop at blockTime
// (none when 0: the test mines with Commit). Everything stops at cleanup.
func startNode(tb testing.TB, cfg synthetic.Config, blockTime time.Duration, funded ...common.Address) testNode {
	tb.Helper()
	ctx := context.Background()
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: path(), BlockInterval: max(blockTime, time.Millisecond), Funded: funded})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(chain.Stop)
	inner, err := synthetic.DevchainClient(chain)
	if err != nil {
		tb.Fatal(err)
	}
	cfg.HTTPAddr, cfg.WSAddr = "127.0.0.1:0", "127.0.0.1:0"
	node, err := synthetic.New(cfg, inner)
	if err != nil {
		tb.Fatal(err)
	}
	if err := node.Start(ctx); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(node.Stop)
	httpURL, wsURL := node.Endpoints()
	hc, err := ethclient.Dial(httpURL)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(hc.Close)
	wc, err := ethclient.Dial(wsURL)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(wc.Close)
	if blockTime > 0 {
		if err := chain.Start(ctx); err != nil {
			tb.Fatal(err)
		}
	}
	return testNode{chain: chain, node: node, http: hc, ws: wc}
}

// waitAnnounced waits until the node has announced block hash (built its
// filler and published the head).
func waitAnnounced(tb testing.TB, tn testNode, hash common.Hash) {
	tb.Helper()
	ctx := context.Background()
	h, err := tn.chain.Client().HeaderByHash(ctx, hash)
	if err != nil {
		tb.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for tn.node.Head() < h.Number.Uint64() {
		if time.Now().After(deadline) {
			tb.Fatalf("the node announced head %d, not block %d, within 10 s", tn.node.Head(), h.Number.Uint64())
		}
		time.Sleep(time.Millisecond)
	}
}
