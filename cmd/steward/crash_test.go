package main

import (
	"bytes"
	"context"
	"fmt"
	"math/big"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/agents/store"
	pgstore "github.com/steward-agents/steward/agents/store/postgres"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestCrashSafety kills `steward run` with SIGKILL at random points of a
// live run against anvil, restarts it, and checks after the last run:
// no decision lost or left open, none applied twice on chain, every
// confirmed decision applied exactly once, nonces without gaps, and every
// outbox row final. 20 kills by default; STEWARD_CRASH_RUNS=100 for the long
// variant.
func TestCrashSafety(t *testing.T) {
	if testing.Short() {
		t.Skip("kills and restarts the agent process many times")
	}
	onnxtest.Runtime(t)
	runs := 20
	if v := os.Getenv("STEWARD_CRASH_RUNS"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("STEWARD_CRASH_RUNS=%q is not a positive number", v)
		}
		runs = n
	}
	node := anviltest.Start(t, anviltest.Options{})
	dir := t.TempDir()
	bin := filepath.Join(dir, "steward")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build steward: %v\n%s", err, out)
	}

	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	keys := node.Keys()
	agentKey := keys[1]
	agent := crypto.PubkeyToAddress(agentKey.PublicKey)
	dbURL := storetest.NewPostgres(t)
	ext, err := demo.DeployExternal(ctx, demo.ExternalParams{RPC: node.HTTPURL(), Owner: keys[0], Agent: agent,
		ConfigOut: filepath.Join(dir, "agent.yaml"), StoreURL: dbURL})
	if err != nil {
		t.Fatal(err)
	}
	marketDone := make(chan error, 1)
	go func() { marketDone <- ext.RunMarket(ctx, 150*time.Millisecond) }()

	env := append(os.Environ(), fmt.Sprintf("STEWARD_AGENT_KEY=%x", crypto.FromECDSA(agentKey)))
	rng := rand.New(rand.NewPCG(1, uint64(time.Now().UnixNano())))
	var logs bytes.Buffer
	for i := range runs {
		cmd := exec.Command(bin, "run", "-c", ext.ConfigPath)
		cmd.Env, cmd.Stdout, cmd.Stderr = env, &logs, &logs
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(200+rng.IntN(2300)) * time.Millisecond)
		if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
			t.Fatalf("run %d: kill: %v", i, err)
		}
		_ = cmd.Wait()
	}
	// A last, clean run settles whatever the kills left in flight.
	final := exec.Command(bin, "run", "-c", ext.ConfigPath, "--blocks", "25")
	final.Env, final.Stdout, final.Stderr = env, &logs, &logs
	if err := final.Run(); err != nil {
		t.Fatalf("final run: %v\n%s", err, tail(logs.String()))
	}
	cancel()
	if err := <-marketDone; err != nil {
		t.Fatal(err)
	}

	checkCrashInvariants(t, node, ext, dbURL, agent, runs, logs.String())
}

func checkCrashInvariants(t *testing.T, node *anviltest.Node, ext *demo.External, dbURL string, agent common.Address, runs int, logs string) {
	t.Helper()
	ctx := context.Background()
	st, err := pgstore.Open(ctx, dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	stats, err := st.Stats(ctx, "mm-usdc-weth")
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d kills; decisions by state: %v", runs, stats)
	for _, open := range []store.DecisionState{store.DecisionProposed, store.DecisionApproved, store.DecisionSubmitted} {
		if stats[open] != 0 {
			t.Errorf("%d decisions left %s after the final run", stats[open], open)
		}
	}
	openTxs, err := st.OpenTransactions(ctx, agent)
	if err != nil {
		t.Fatal(err)
	}
	if len(openTxs) != 0 {
		t.Errorf("%d outbox rows still open after the final run: %+v", len(openTxs), openTxs)
	}

	// On chain: each record applied at most once, and exactly the confirmed decisions' records.
	guard := bindings.NewParameterGuard()
	logsOnChain, err := node.Client().FilterLogs(ctx, ethereum.FilterQuery{Addresses: []common.Address{ext.Deployment.Guard}})
	if err != nil {
		t.Fatal(err)
	}
	applied := map[common.Hash]map[[32]byte]int{}
	for i := range logsOnChain {
		ev, err := guard.UnpackParameterAppliedEvent(&logsOnChain[i])
		if err != nil {
			continue
		}
		if applied[ev.RecordHash] == nil {
			applied[ev.RecordHash] = map[[32]byte]int{}
		}
		applied[ev.RecordHash][ev.Param]++
	}
	for rec, params := range applied {
		for p, n := range params {
			if n != 1 {
				t.Errorf("record %s applied parameter %x %d times", rec, p, n)
			}
		}
	}
	if len(applied) != stats[store.DecisionConfirmed] {
		t.Errorf("%d records applied on chain, %d decisions confirmed in the store", len(applied), stats[store.DecisionConfirmed])
	}
	if stats[store.DecisionConfirmed] == 0 {
		t.Errorf("no decision was ever confirmed:\n%s", tail(logs))
	}

	// Nonces: every transaction the agent sent is mined, in order, none lost.
	nonce, err := node.Client().NonceAt(ctx, agent, nil)
	if err != nil {
		t.Fatal(err)
	}
	pending, err := node.Client().PendingNonceAt(ctx, agent)
	if err != nil {
		t.Fatal(err)
	}
	if nonce != pending {
		t.Errorf("mined nonce %d, pending %d: a transaction is stuck behind a gap", nonce, pending)
	}
	if uint64(len(applied)) > nonce {
		t.Errorf("%d records applied with only %d transactions", len(applied), nonce)
	}
	var sentByAgent uint64
	signer := types.LatestSignerForChainID(node.ChainID())
	head, _ := node.Client().BlockNumber(ctx)
	for b := uint64(1); b <= head; b++ {
		blk, err := node.Client().BlockByNumber(ctx, new(big.Int).SetUint64(b))
		if err != nil {
			t.Fatal(err)
		}
		for _, tx := range blk.Transactions() {
			if from, err := types.Sender(signer, tx); err == nil && from == agent {
				sentByAgent++
			}
		}
	}
	if sentByAgent != nonce {
		t.Errorf("%d transactions from the agent mined, agent nonce %d", sentByAgent, nonce)
	}
}

func tail(s string) string {
	if len(s) > 4000 {
		return "…" + s[len(s)-4000:]
	}
	return s
}
