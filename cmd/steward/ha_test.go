package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/demo"
	pgstore "github.com/steward-agents/steward/agents/store/postgres"
	"github.com/steward-agents/steward/agents/store/storetest"
	"github.com/steward-agents/steward/chain/anviltest"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestHAKillTheOwnerProcess runs two `steward run --ha` processes of one
// agent against anvil and one PostgreSQL database: the first owns the
// agent, the second stands by; SIGKILL on the owner (its lease is never
// released) and the standby takes the agent over and ticks; SIGINT on it
// and it gives the lease back as it stops. The in-process fail-over tests
// (agents/ha_test.go) count the blocks and the sends; this one checks the
// command: flags, what it prints, and a real crash.
func TestHAKillTheOwnerProcess(t *testing.T) {
	if testing.Short() {
		t.Skip("builds steward and runs two replicas against anvil")
	}
	onnxtest.Runtime(t)
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
	dbURL := storetest.NewPostgres(t)
	ext, err := demo.DeployExternal(ctx, demo.ExternalParams{RPC: node.HTTPURL(), Owner: keys[0],
		Agent: crypto.PubkeyToAddress(agentKey.PublicKey), ConfigOut: filepath.Join(dir, "agent.yaml"), StoreURL: dbURL})
	if err != nil {
		t.Fatal(err)
	}
	marketDone := make(chan error, 1)
	go func() { marketDone <- ext.RunMarket(ctx, 150*time.Millisecond) }()
	env := append(os.Environ(), fmt.Sprintf("STEWARD_AGENT_KEY=%x", crypto.FromECDSA(agentKey)))

	start := func(name string) (*exec.Cmd, *lockedBuffer) {
		out := &lockedBuffer{}
		cmd := exec.Command(bin, "run", "--ha", "--replica", name, "--lease-ttl", "1s", "-c", ext.ConfigPath)
		cmd.Env, cmd.Stdout, cmd.Stderr = env, out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			if cmd.ProcessState == nil {
				_ = cmd.Process.Kill()
				_ = cmd.Wait()
			}
		})
		return cmd, out
	}
	waitFor := func(out *lockedBuffer, re string, within time.Duration) {
		t.Helper()
		pattern := regexp.MustCompile(re)
		deadline := time.Now().Add(within)
		for !pattern.MatchString(out.String()) {
			if time.Now().After(deadline) {
				t.Fatalf("waited %s for %q; output:\n%s", within, re, tail(out.String()))
			}
			time.Sleep(20 * time.Millisecond)
		}
	}

	a, outA := start("a")
	waitFor(outA, `replica a owns it now \(lease token 1\)`, time.Minute)
	waitFor(outA, `(?s)owns it now.*\nblock +\d+`, time.Minute) // a tick line
	b, outB := start("b")
	waitFor(outB, `standby on replica b: replica a holds the lease \(token 1\)`, time.Minute)

	if err := a.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	_ = a.Wait()
	killed := time.Now()
	waitFor(outB, `replica b owns it now \(lease token 2\)`, 10*time.Second)
	took := time.Since(killed)
	waitFor(outB, `(?s)owns it now.*\nblock +\d+`, 10*time.Second)
	t.Logf("the standby took over %s after the owner was killed (lease TTL 1s)", took.Round(time.Millisecond))

	// A clean stop gives the lease back: a standby would not wait for it.
	if err := b.Process.Signal(syscall.SIGINT); err != nil {
		t.Fatal(err)
	}
	if err := b.Wait(); err != nil {
		t.Fatalf("b after SIGINT: %v\n%s", err, tail(outB.String()))
	}
	waitFor(outB, `replica b released the lease \(token 2\)`, time.Second)
	cancel()
	if err := <-marketDone; err != nil {
		t.Fatal(err)
	}
	st, err := pgstore.Open(context.Background(), dbURL)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	l, err := st.Lease(context.Background(), "mm-usdc-weth")
	if err != nil || l.Owner != "b" || l.Token != 2 || l.Expires.After(time.Now()) {
		t.Fatalf("lease = %+v, %v; want b's, token 2, released", l, err)
	}
	if strings.Contains(outB.String(), "lost the lease") {
		t.Fatalf("b lost the lease:\n%s", tail(outB.String()))
	}
}
