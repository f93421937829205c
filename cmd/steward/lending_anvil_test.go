package main

import (
	"bytes"
	"context"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/risk"
)

// TestLendingOnAnvil is issue 13's lending path on an external node with
// Osaka rules: the lending deploy (the guard stack, then Aave v3 of real
// bytecode, every transaction printed in full), a second deploy that sends
// nothing, the market moving along the ETH sell-off (--market) while
// `steward run` drives the agent from the written config until it applies
// parameter changes through the guard, and `steward verify` over the
// run's blocks. The node is reached over WebSocket: the agent is pushed
// every head (over HTTP it polls every 200 ms and ticks the newest head,
// skipping the rest, at the market's pace of several blocks a poll).
func TestLendingOnAnvil(t *testing.T) {
	onnxtest.Runtime(t) // skip cleanly when ONNX Runtime is absent
	node := osakaAnvil(t)
	owner := deployKeys(t, node)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "lending.yaml")
	args := []string{"--rpc", node.WSURL(), "--config-out", cfgPath, "--store", "sqlite://" + filepath.Join(dir, "lending.db"), "--every", "4"}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	began := time.Now()
	var out bytes.Buffer
	if err := runLendingDeploy(ctx, args, &out, &out); err != nil {
		t.Fatalf("lending deploy: %v\n%s", err, out.String())
	}
	for _, want := range []string{"round 1/4:", "round 4/4:", "aave round 1/7:", "aave round 7/7:", "aave market deployed",
		"agent config written: " + cfgPath + " (strategy.step 2 for --every 4)", "authorised agent ", "deploy complete"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("deploy's output lacks %q:\n%s", want, out.String())
		}
	}
	sent := operatorNonce(t, node, owner)
	if n := len(fullHash.FindAllString(out.String(), -1)); uint64(n) != sent {
		t.Errorf("deploy printed %d full transaction hashes and sent %d transactions:\n%s", n, sent, out.String())
	}
	cfg, err := config.Load(cfgPath, kinds())
	if err != nil {
		t.Fatal(err)
	}
	s := cfg.Settings.(*risk.Settings)
	for name, a := range map[string]common.Address{"pool": s.PoolAddress, "oracle": s.OracleAddress, "steward": s.StewardAddress,
		"collateral.asset": s.Collateral.AssetAddress, "borrowed.asset": s.Borrowed.AssetAddress, "chain.guard": cfg.Chain.Addresses.Guard} {
		if a == (common.Address{}) || !strings.Contains(out.String(), a.Hex()) {
			t.Errorf("the written config's %s is %s, not an address the deploy printed", name, a.Hex())
		}
	}
	if s.Step != 2 || cfg.Chain.RPC != node.WSURL() || cfg.Chain.ChainID != node.ChainID().Uint64() {
		t.Errorf("written config: strategy.step %d, chain.rpc %s, chain.chainId %d; want 2, %s and %s", s.Step, cfg.Chain.RPC, cfg.Chain.ChainID, node.WSURL(), node.ChainID())
	}
	t.Logf("deploy: %d transactions in %s", sent, time.Since(began).Round(time.Millisecond))

	out.Reset()
	if err := runLendingDeploy(ctx, args, &out, &out); err != nil {
		t.Fatalf("second lending deploy: %v\n%s", err, out.String())
	}
	if n := operatorNonce(t, node, owner); n != sent || strings.Count(out.String(), "nothing to send") != 5 ||
		!strings.Contains(out.String(), "aave market: already at pool "+s.PoolAddress.Hex()) || !strings.Contains(out.String(), "already authorised") {
		t.Errorf("a deploy of a finished deployment sent %d transactions:\n%s", n-sent, out.String())
	}

	// The market moves while the agent runs; the run stops if it fails.
	marketCtx, stopMarket := context.WithCancel(ctx)
	defer stopMarket()
	runCtx, stopRun := context.WithCancel(ctx)
	defer stopRun()
	moving := make(chan struct{})
	market := &watched{marker: "moving the market", onMarker: func() { close(moving) }}
	marketDone := make(chan error, 1)
	go func() {
		err := runLendingDeploy(marketCtx, append(args, "--market", "100ms"), market, market)
		if err != nil {
			stopRun()
		}
		marketDone <- err
	}()
	select {
	case <-moving:
	case err := <-marketDone:
		t.Fatalf("deploy --market ended before moving the market: %v\n%s", err, market)
	}
	from, err := node.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}

	began = time.Now()
	out.Reset()
	if code := run(runCtx, []string{"run", "-c", cfgPath, "--blocks", "200"}, &out, &out); code != 0 || runCtx.Err() != nil {
		stopMarket()
		t.Fatalf("steward run exited %d:\n%s\ndeploy --market: %v\n%s", code, out.String(), <-marketDone, market)
	}
	applied := strings.Count(out.String(), "✓ applied")
	if applied == 0 {
		t.Fatalf("steward run applied no parameter change:\n%s\nmarket:\n%s", out.String(), market)
	}
	stopMarket()
	if err := <-marketDone; err != nil {
		t.Fatalf("deploy --market: %v\n%s", err, market)
	}
	if !regexp.MustCompile(`market: step \d+/360, dWETH \d+\.\d\d USD, \d+ borrows`).MatchString(market.String()) {
		t.Errorf("deploy --market printed no progress line:\n%s", market)
	}
	to, err := node.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("run: %d change(s) applied in %s", applied, time.Since(began).Round(time.Millisecond))

	out.Reset()
	verifyArgs := []string{"verify", "-c", cfgPath, "--from", strconv.FormatUint(from, 10), "--to", strconv.FormatUint(to, 10)}
	if code := run(ctx, verifyArgs, &out, &out); code != 0 || strings.Count(out.String(), "PASS") < applied {
		t.Fatalf("steward %s exited %d, want %d PASS:\n%s", strings.Join(verifyArgs, " "), code, applied, out.String())
	}
}
