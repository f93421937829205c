package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// osakaAnvil starts anvil with Osaka rules, named explicitly: the fork
// whose gas prices broke deploy's fixed limits (issue 9).
func osakaAnvil(t *testing.T) *anviltest.Node {
	t.Helper()
	return anviltest.Start(t, anviltest.Options{Args: []string{"--hardfork", "osaka"}})
}

// deployKeys puts anvil's dev keys 0 (owner) and 1 (agent) where `steward
// deploy` reads them, and returns the owner's address.
func deployKeys(t *testing.T, node *anviltest.Node) common.Address {
	t.Helper()
	keys := node.Keys()
	t.Setenv("STEWARD_OWNER_KEY", fmt.Sprintf("%x", crypto.FromECDSA(keys[0])))
	t.Setenv("STEWARD_AGENT_KEY", fmt.Sprintf("%x", crypto.FromECDSA(keys[1])))
	return crypto.PubkeyToAddress(keys[0].PublicKey)
}

// watched is an output buffer safe for a command running in a goroutine;
// once a write holds marker, it calls onMarker (once).
type watched struct {
	mu       sync.Mutex
	buf      bytes.Buffer
	marker   string
	onMarker func()
}

func (w *watched) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.onMarker != nil && bytes.Contains(p, []byte(w.marker)) {
		w.onMarker()
		w.onMarker = nil
	}
	return w.buf.Write(p)
}

func (w *watched) String() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.buf.String()
}

// operatorNonce is how many transactions the owner has had mined.
func operatorNonce(t *testing.T, node *anviltest.Node, owner common.Address) uint64 {
	t.Helper()
	n, err := node.Client().NonceAt(context.Background(), owner, nil)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// The whole deploy sends 18 deployment transactions, one authorisation
// (configs/models holds one card) and 32 initial market steps.
const deployAllTxs = 18 + 1 + 32

// TestDeployInterruptedThenResumed: `steward deploy` cancelled right after
// its second round is saved exits 1, names the state file and writes no
// config; run again with --resume it finishes from there, keeping every
// contract the first run deployed.
func TestDeployInterruptedThenResumed(t *testing.T) {
	node := osakaAnvil(t)
	owner := deployKeys(t, node)
	dir := t.TempDir()
	cfgPath, statePath := filepath.Join(dir, "agent.yaml"), filepath.Join(dir, "agent.deploy.json")
	args := []string{"deploy", "--rpc", node.HTTPURL(), "--config-out", cfgPath, "--store", "sqlite://" + filepath.Join(dir, "agent.db")}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	runCtx, interrupt := context.WithCancel(ctx)
	defer interrupt()
	out := &watched{marker: "round 3/4:", onMarker: interrupt}
	var errOut bytes.Buffer
	if code := run(runCtx, args, out, &errOut); code != 1 || !strings.Contains(errOut.String(), "context canceled") ||
		!strings.Contains(errOut.String(), statePath) {
		t.Fatalf("interrupted deploy exited %d, want 1 naming the cancellation and %s:\n%s%s", code, statePath, out, errOut.String())
	}
	if _, err := os.Stat(cfgPath); !errors.Is(err, fs.ErrNotExist) {
		t.Fatalf("a deploy interrupted before its addresses were known wrote a config: %v", err)
	}
	if n := operatorNonce(t, node, owner); n != 10 {
		t.Fatalf("the interrupted deploy sent %d transactions, want rounds 1 and 2's 10", n)
	}
	st, err := devchain.OpenDeployState(statePath, node.ChainID(), owner)
	if err != nil {
		t.Fatal(err)
	}
	before := st.Deployment()

	resumed := &watched{}
	errOut.Reset()
	if code := run(ctx, append(args, "--resume", statePath), resumed, &errOut); code != 0 {
		t.Fatalf("resumed deploy exited %d:\n%s%s", code, resumed, errOut.String())
	}
	if want := "resuming from " + statePath + ": rounds 1-2 done; pool " + before.Pool.Hex(); !strings.Contains(resumed.String(), want) {
		t.Errorf("the resumed deploy does not say %q:\n%s", want, resumed)
	}
	if n := operatorNonce(t, node, owner); n != deployAllTxs {
		t.Errorf("both runs sent %d transactions, want one deploy's %d (nothing redeployed):\n%s", n, deployAllTxs, resumed)
	}
	if st, err = devchain.OpenDeployState(statePath, node.ChainID(), owner); err != nil {
		t.Fatal(err)
	}
	after := st.Deployment()
	for _, a := range [][2]common.Address{{before.Token0, after.Token0}, {before.Token1, after.Token1}, {before.Factory, after.Factory},
		{before.Trader, after.Trader}, {before.Registry, after.Registry}, {before.Verifier, after.Verifier},
		{before.Pool, after.Pool}, {before.Guard, after.Guard}} {
		if a[0] != a[1] || !strings.Contains(resumed.String(), a[0].Hex()) {
			t.Errorf("contract %s of the first run is now %s", a[0].Hex(), a[1].Hex())
		}
	}
	if !st.Complete() || st.MarketSteps() != 32 || len(st.Authorizations()) != 1 {
		t.Errorf("final state: complete %v, %d market steps, %d authorisations", st.Complete(), st.MarketSteps(), len(st.Authorizations()))
	}
	if _, err := os.Stat(cfgPath); err != nil {
		t.Errorf("no config after the resumed deploy: %v", err)
	}

	errOut.Reset()
	if code := run(ctx, []string{"deploy", "--rpc", node.HTTPURL(), "--resume", filepath.Join(dir, "missing.json")}, &bytes.Buffer{}, &errOut); code != 1 ||
		!strings.Contains(errOut.String(), "missing.json") {
		t.Errorf("--resume of a missing file exited %d:\n%s", code, errOut.String())
	}
}

// fullHash matches a transaction hash printed in full.
var fullHash = regexp.MustCompile(`tx 0x[0-9a-f]{64}\b`)

// TestDeployRunVerifyOnOsaka is issue 9's path on a node with Osaka rules:
// `steward deploy` (every gas limit estimated), a second deploy that sends
// nothing, a third that only moves the market (--market, with its progress
// line), `steward run` against the written config, and `steward verify
// --from 0` over the agent's guarded changes.
func TestDeployRunVerifyOnOsaka(t *testing.T) {
	onnxtest.Runtime(t) // skip cleanly when ONNX Runtime is absent
	node := osakaAnvil(t)
	owner := deployKeys(t, node)
	dir := t.TempDir()
	cfgPath := filepath.Join(dir, "agent.yaml")
	args := []string{"deploy", "--rpc", node.HTTPURL(), "--config-out", cfgPath, "--store", "sqlite://" + filepath.Join(dir, "agent.db")}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()

	var out bytes.Buffer
	if code := run(ctx, args, &out, &out); code != 0 {
		t.Fatalf("steward deploy exited %d:\n%s", code, out.String())
	}
	for _, want := range []string{"round 1/4:", "round 4/4:", "agent config written: " + cfgPath, "authorised agent ",
		"initial market steps: 32/32", "deploy complete; state: " + filepath.Join(dir, "agent.deploy.json")} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("deploy's output lacks %q:\n%s", want, out.String())
		}
	}
	if n := len(fullHash.FindAllString(out.String(), -1)); n < 18+1+4 {
		t.Errorf("deploy printed %d full transaction hashes, want one per deployment transaction and authorisation:\n%s", n, out.String())
	}
	if n := operatorNonce(t, node, owner); n != deployAllTxs {
		t.Errorf("deploy sent %d transactions, want %d", n, deployAllTxs)
	}

	out.Reset()
	if code := run(ctx, args, &out, &out); code != 0 {
		t.Fatalf("second steward deploy exited %d:\n%s", code, out.String())
	}
	if n := operatorNonce(t, node, owner); n != deployAllTxs || strings.Count(out.String(), "nothing to send") != 4 ||
		!strings.Contains(out.String(), "already authorised") || !strings.Contains(out.String(), "all 32 done already") {
		t.Errorf("a deploy of a finished deployment sent %d transactions:\n%s", n-deployAllTxs, out.String())
	}

	// The market moves while the agent runs, as in agents/demo/anvil-demo.sh.
	marketCtx, stopMarket := context.WithCancel(ctx)
	defer stopMarket()
	moving := make(chan struct{})
	market := &watched{marker: "moving the market", onMarker: func() { close(moving) }}
	marketDone := make(chan int, 1)
	go func() { marketDone <- run(marketCtx, append(args, "--market", "100ms"), market, market) }()
	select {
	case <-moving:
	case code := <-marketDone:
		t.Fatalf("deploy --market exited %d before moving the market:\n%s", code, market)
	}

	out.Reset()
	if code := run(ctx, []string{"run", "-c", cfgPath, "--blocks", "40"}, &out, &out); code != 0 {
		t.Fatalf("steward run exited %d:\n%s", code, out.String())
	}
	if !strings.Contains(out.String(), "✓ applied") {
		t.Fatalf("steward run committed no re-range:\n%s", out.String())
	}
	stopMarket()
	if code := <-marketDone; code != 0 {
		t.Fatalf("deploy --market exited %d:\n%s", code, market)
	}
	if !regexp.MustCompile(`market: \d+ steps, tick -?\d+, block \d+, tx 0x[0-9a-f]{64}`).MatchString(market.String()) {
		t.Errorf("deploy --market printed no progress line:\n%s", market)
	}

	out.Reset()
	if code := run(ctx, []string{"verify", "-c", cfgPath, "--from", "0"}, &out, &out); code != 0 || !strings.Contains(out.String(), "PASS") {
		t.Fatalf("steward verify --from 0 exited %d:\n%s", code, out.String())
	}
}
