package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestDevnetSyntheticRunVerify is issue 14's synthetic node as a user meets
// it: `steward devnet --synthetic` at 4,000 transactions a block writes
// data/devnet-agent.yaml, `steward run -c data/devnet-agent.yaml` re-ranges
// through the guard — its transactions executed by the embedded EVM, in
// blocks that also hold the filler — and `steward verify` passes on what it
// sent. The blocks the agent acted in hold its transaction and 4,000 filler
// ones, and as many filler logs, recorded Uniswap v3 swaps among them.
func TestDevnetSyntheticRunVerify(t *testing.T) {
	onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// A checkout as a user has it: the devnet finds configs/ (the model
	// cards, the agent config's template) and writes data/devnet-agent.yaml
	// and data/devnet-agent.db beside it.
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if err := os.Symlink(filepath.Join(repo, "configs"), filepath.Join(dir, "configs")); err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	key, _ := crypto.GenerateKey()
	t.Setenv("STEWARD_AGENT_KEY", fmt.Sprintf("%x", crypto.FromECDSA(key)))

	const perBlock = 4_000
	devnetCtx, stopDevnet := context.WithCancel(ctx)
	var devnetOut lockedBuffer
	var code int
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		// 100 ms blocks keep the test short: 40,000 TPS is 4,000 a block.
		code = run(devnetCtx, []string{"devnet", "--synthetic", "--tps", "40000", "--block-time", "100ms",
			"--http", "127.0.0.1:0", "--ws", "127.0.0.1:0"}, &devnetOut, &devnetOut)
	}()
	defer func() {
		stopDevnet()
		<-exited
		if code != 0 {
			t.Errorf("steward devnet exited %d:\n%s", code, devnetOut.String())
		}
	}()
	httpURL := waitForDevnet(t, ctx, &devnetOut, exited)
	for _, want := range []string{"synthetic: 4000 filler transactions and logs per block (40000 TPS at 100ms blocks)",
		"Uniswap v3 Swap/Mint/Burn from backtest/dataset/embedded/", "then: bin/steward run -c data/devnet-agent.yaml"} {
		if !strings.Contains(devnetOut.String(), want) {
			t.Fatalf("steward devnet output lacks %q:\n%s", want, devnetOut.String())
		}
	}

	var out bytes.Buffer
	if code := run(ctx, []string{"run", "-c", "data/devnet-agent.yaml", "--blocks", "30"}, &out, &out); code != 0 {
		t.Fatalf("steward run exited %d:\n%s", code, out.String())
	}
	runOut := out.String()
	for _, want := range []string{"steward run: agent mm-usdc-weth", "transactions: confirmed", "stopped cleanly"} {
		if !strings.Contains(runOut, want) {
			t.Fatalf("steward run output lacks %q:\n%s", want, runOut)
		}
	}
	applied := regexp.MustCompile(`tx (0x[0-9a-f]{64}) gas \d+ ✓ applied`).FindAllStringSubmatch(runOut, -1)
	if len(applied) == 0 {
		t.Fatalf("steward run applied no re-range through the guard:\n%s", runOut)
	}
	for _, m := range applied {
		out.Reset()
		if code := run(ctx, []string{"verify", "-c", "data/devnet-agent.yaml", "--tx", m[1]}, &out, &out); code != 0 || !strings.Contains(out.String(), "PASS") {
			t.Fatalf("verify --tx %s exited %d:\n%s", m[1], code, out.String())
		}
	}

	// The block the agent acted in, as the node serves it.
	client, err := ethclient.DialContext(ctx, httpURL)
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	txHash := common.HexToHash(applied[0][1])
	receipt, err := client.TransactionReceipt(ctx, txHash)
	if err != nil {
		t.Fatal(err)
	}
	block, err := client.BlockByHash(ctx, receipt.BlockHash)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(block.Transactions()); n < perBlock+1 || block.Transactions()[receipt.TransactionIndex].Hash() != txHash {
		t.Fatalf("the agent's block %d holds %d transactions (want its own at index %d and %d filler)", block.NumberU64(), n, receipt.TransactionIndex, perBlock)
	}
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{BlockHash: &receipt.BlockHash})
	if err != nil {
		t.Fatal(err)
	}
	swaps := 0
	for i, l := range logs {
		if l.Index != uint(i) || l.BlockHash != receipt.BlockHash {
			t.Fatalf("log %d of block %d has index %d, block %s", i, block.NumberU64(), l.Index, l.BlockHash)
		}
		if _, err := ingest.DecodeSwap(l); err == nil {
			swaps++
		}
	}
	if len(logs) < perBlock+len(receipt.Logs) || swaps < perBlock/2 {
		t.Fatalf("block %d has %d logs, %d of them swaps: want its %d real ones and %d filler, mostly swaps", block.NumberU64(), len(logs), swaps, len(receipt.Logs), perBlock)
	}
	if _, err := os.Stat("data/devnet-agent.db"); err != nil {
		t.Fatalf("the agent's store: %v", err)
	}
}

// waitForDevnet waits until `steward devnet` says it serves, and returns its HTTP URL.
func waitForDevnet(t *testing.T, ctx context.Context, out *lockedBuffer, exited <-chan struct{}) string {
	t.Helper()
	re := regexp.MustCompile(`HTTP (http://\S+)`)
	for {
		if s := out.String(); strings.Contains(s, "then: bin/steward run") {
			return re.FindStringSubmatch(s)[1]
		}
		select {
		case <-exited:
			t.Fatalf("steward devnet exited before serving:\n%s", out.String())
		case <-ctx.Done():
			t.Fatalf("steward devnet did not start:\n%s", out.String())
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// TestDevnetSyntheticRefusesBadFlags: a bad --tps or --latency, or one
// without --synthetic, is an error before anything starts.
func TestDevnetSyntheticRefusesBadFlags(t *testing.T) {
	cases := []struct {
		flags []string
		want  string
	}{
		{[]string{"--synthetic", "--tps", "0"}, "--tps 0: must be positive"},
		{[]string{"--synthetic", "--latency", "-1s"}, "--latency -1s: must not be negative"},
		{[]string{"--synthetic", "--tps", "fast"}, `invalid value "fast" for flag -tps`},
		{[]string{"--tps", "20000"}, "--tps is a --synthetic flag"},
	}
	for _, tc := range cases {
		var out bytes.Buffer
		args := append([]string{"devnet", "--http", "127.0.0.1:0", "--ws", "127.0.0.1:0"}, tc.flags...)
		if code := run(context.Background(), args, &out, &out); code == 0 || !strings.Contains(out.String(), tc.want) {
			t.Errorf("%v exited %d, want an error saying %q:\n%s", tc.flags, code, tc.want, out.String())
		}
	}
}
