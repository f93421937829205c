package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"database/sql"
	"encoding/json"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	_ "modernc.org/sqlite"

	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/agents/store"
	sqlitestore "github.com/steward-agents/steward/agents/store/sqlite"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

func TestDispatch(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string
	}{
		{name: "help", args: []string{"help"}, wantCode: 0, wantOut: "verify"},
		{name: "a command's -h", args: []string{"verify", "-h"}, wantCode: 0, wantOut: "-guard"},
		{name: "model --help", args: []string{"model", "--help"}, wantCode: 0, wantOut: "train"},
		{name: "model train --help", args: []string{"model", "train", "--help"}, wantCode: 0, wantOut: "-out"},
		{name: "model without a subcommand", args: []string{"model"}, wantCode: 1, wantOut: "Usage: steward model"},
		{name: "check needs a config", args: []string{"check"}, wantCode: 1, wantOut: "-c <config.yaml> is required"},
		{name: "verify refuses a missing store file", args: []string{"verify", "--rpc", "http://127.0.0.1:1", "--guard",
			"0x0000000000000000000000000000000000000001", "--store", "sqlite:///nonexistent/agent.db", "--tx",
			"0x0000000000000000000000000000000000000000000000000000000000000001"}, wantCode: 1, wantOut: "no such file"},
		{name: "verify refuses a bad store URL", args: []string{"verify", "--store", "mysql://h/db", "--tx",
			"0x0000000000000000000000000000000000000000000000000000000000000001"}, wantCode: 1, wantOut: "--store: want"},
		{name: "unknown command", args: []string{"frobnicate"}, wantCode: 2, wantOut: `unknown command "frobnicate"`},
		{name: "run needs a config", args: []string{"run"}, wantCode: 1, wantOut: "-c <config.yaml> is required"},
		{name: "verify needs a tx", args: []string{"verify", "--rpc", "http://127.0.0.1:1"}, wantCode: 1, wantOut: "give what to verify"},
		{name: "verify --llm needs a blob store", args: []string{"verify", "--llm", "testdata/llm-no-blobs.yaml", "--tx",
			"0x0000000000000000000000000000000000000000000000000000000000000001"}, wantCode: 1, wantOut: "--llm needs --blobs"},
		{name: "verify refuses a bad hash", args: []string{"verify", "--tx", "0x1234"}, wantCode: 1, wantOut: "not a 32-byte"},
		{name: "run refuses a bad config", args: []string{"run", "-c", "testdata/bad.yaml"}, wantCode: 1, wantOut: "chain.pool"},
		// The leases are in PostgreSQL: a SQLite store is one replica's.
		{name: "run --ha refuses a SQLite store", args: []string{"run", "--ha", "-c", "../../configs/marketmaking-demo.yaml"},
			wantCode: 1, wantOut: "--ha needs store.driver postgres"},
	}
	// Every subcommand answers --help with exit 0.
	for _, c := range commands() {
		cases = append(cases, struct {
			name     string
			args     []string
			wantCode int
			wantOut  string
		}{name: c.name + " --help", args: []string{c.name, "--help"}, wantCode: 0, wantOut: "Usage"})
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var out bytes.Buffer
			code := run(context.Background(), tc.args, &out, &out)
			if code != tc.wantCode || !strings.Contains(out.String(), tc.wantOut) {
				t.Fatalf("exit %d, output:\n%s\nwant exit %d and %q", code, out.String(), tc.wantCode, tc.wantOut)
			}
		})
	}
}

// TestDevnetOnATakenPort: a devnet whose port another process holds exits
// 1 at once, naming the address and the flags to change.
func TestDevnetOnATakenPort(t *testing.T) {
	onnxtest.Runtime(t) // skip cleanly when ONNX Runtime is absent
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	var out bytes.Buffer
	code := run(t.Context(), []string{"devnet", "-http", taken.Addr().String(), "-ws", "127.0.0.1:0",
		"-config-out", filepath.Join(t.TempDir(), "agent.yaml")}, &out, &out)
	for _, want := range []string{"HTTPAddr " + taken.Addr().String(), "address already in use", "-http and -ws"} {
		if code != 1 || !strings.Contains(out.String(), want) {
			t.Fatalf("devnet on a taken port exited %d:\n%s\nwant exit 1 and %q", code, out.String(), want)
		}
	}
}

// TestDevnetRunVerify is the path a user takes with a node of their own:
// `steward devnet` serves the chain over JSON-RPC, `steward run` drives an
// agent against its HTTP URL, and `steward verify --tx` passes on the
// agent's transaction — then fails, naming the cause, once the record's
// inputs are tampered with in the store. Run and verify work from another
// working directory, and the hash verified is pasted from run's output
// (issue 9).
func TestDevnetRunVerify(t *testing.T) {
	onnxtest.Runtime(t)                                                     // skip cleanly when ONNX Runtime is absent
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute) // a hang fails here, not at the package timeout
	defer cancel()
	d, _, dir := startTestDevnet(t, ctx)
	dbPath := filepath.Join(dir, "agent.db")
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(t.TempDir()) // the config's paths must not depend on the working directory

	var out bytes.Buffer
	if code := run(ctx, []string{"run", "-c", d.ConfigPath, "--blocks", "40"}, &out, &out); code != 0 {
		t.Fatalf("steward run exited %d:\n%s", code, out.String())
	}
	runOut := out.String()
	for _, want := range []string{"steward run: agent mm-usdc-weth", "chain 1337 at head", "store sqlite " + dbPath,
		"summary: ", "transactions: confirmed", "stopped cleanly"} {
		if !strings.Contains(runOut, want) {
			t.Fatalf("steward run output lacks %q:\n%s", want, runOut)
		}
	}
	// The first applied re-range's hash, copied from the screen as a user would.
	pasted := regexp.MustCompile(`tx (0x[0-9a-f]{64}) gas \d+ ✓ applied`).FindStringSubmatch(runOut)
	if pasted == nil {
		t.Fatalf("steward run printed no full hash of an applied re-range:\n%s", runOut)
	}
	out.Reset()
	if code := run(ctx, []string{"verify", "-c", d.ConfigPath, "--tx", pasted[1]}, &out, &out); code != 0 ||
		!strings.Contains(out.String(), "PASS") || !strings.Contains(out.String(), pasted[1]) {
		t.Fatalf("verify --tx %s (pasted from run) exited %d:\n%s", pasted[1], code, out.String())
	}

	st, err := sqlitestore.Open(ctx, dbPath)
	if err != nil {
		t.Fatal(err)
	}
	last, err := st.LastDecision(ctx, "mm-usdc-weth", store.DecisionConfirmed)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := st.Transaction(ctx, last.TxID)
	st.Close()
	if err != nil {
		t.Fatal(err)
	}

	// A third party: only the node's URL and the guard's address, no store.
	// Outside the repository, verify says which flag finds the model cards.
	httpURL, _ := d.Chain.Endpoints()
	guard := d.Chain.Deployment().Guard.Hex()
	out.Reset()
	if code := run(ctx, []string{"verify", "--rpc", httpURL, "--guard", guard, "--tx", tx.Hash.Hex()}, &out, &out); code != 1 || !strings.Contains(out.String(), "--models") {
		t.Fatalf("verify without model cards exited %d (want 1, naming --models):\n%s", code, out.String())
	}
	models := filepath.Join(repo, "configs", "models")
	out.Reset()
	if code := run(ctx, []string{"verify", "--rpc", httpURL, "--guard", guard, "--models", models, "--tx", tx.Hash.Hex()}, &out, &out); code != 0 || !strings.Contains(out.String(), "PASS") {
		t.Fatalf("verify of an honest transaction exited %d:\n%s", code, out.String())
	}
	out.Reset()
	if code := run(ctx, []string{"verify", "--rpc", httpURL, "--guard", guard, "--models", models, "--root", tx.Root.Hex(), "--from", "0", "--json"}, &out, &out); code != 0 {
		t.Fatalf("verify --root --from 0 --json exited %d:\n%s", code, out.String())
	}
	var verdicts []struct {
		OK bool        `json:"ok"`
		Tx common.Hash `json:"tx"`
	}
	if err := json.Unmarshal(out.Bytes(), &verdicts); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, out.String())
	}
	// The root's transaction, then every guarded change of the run (it among them).
	if len(verdicts) < 2 || verdicts[0].Tx != tx.Hash {
		t.Fatalf("verdicts = %+v, want the root's transaction first, then the range", verdicts)
	}
	for _, v := range verdicts {
		if !v.OK {
			t.Fatalf("verdict for %s not ok:\n%s", v.Tx, out.String())
		}
	}

	verifyArgs := []string{"verify", "-c", d.ConfigPath, "--with-store", "--tx", tx.Hash.Hex()}
	out.Reset()
	if code := run(ctx, verifyArgs, &out, &out); code != 0 || !strings.Contains(out.String(), "PASS") ||
		!strings.Contains(out.String(), "store: 1 action record(s) found in the agent's store and matched") {
		t.Fatalf("verify against the store of an honest transaction exited %d (want 0, saying what the store check compared):\n%s", code, out.String())
	}

	db, err := sql.Open("sqlite", dbPath)
	if err != nil {
		t.Fatal(err)
	}
	res, err := db.Exec(`UPDATE inference_records SET inputs = json_replace(inputs, '$[0]', json_extract(inputs, '$[0]') + 1) WHERE record_hash = ?`, last.RecordHash.Bytes())
	if n, _ := res.RowsAffected(); err != nil || n != 1 {
		t.Fatalf("tamper: %v (%d rows)", err, n)
	}
	db.Close()

	out.Reset()
	code := run(ctx, verifyArgs, &out, &out)
	if code != 3 || !strings.Contains(out.String(), "FAIL") || !strings.Contains(out.String(), "stored inputs") {
		t.Fatalf("verify of a tampered record exited %d (want 3) with:\n%s", code, out.String())
	}
}

// startTestDevnet serves the embedded chain on free loopback ports with a
// fresh agent key (exported as STEWARD_AGENT_KEY), its config written to
// dir/agent.yaml with the SQLite store dir/agent.db; the chain stops when
// the test ends.
func startTestDevnet(t *testing.T, ctx context.Context) (d *demo.Devnet, key *ecdsa.PrivateKey, dir string) {
	t.Helper()
	dir = t.TempDir()
	key, _ = crypto.GenerateKey()
	t.Setenv("STEWARD_AGENT_KEY", fmt.Sprintf("%x", crypto.FromECDSA(key)))
	d, err := demo.StartDevnet(ctx, demo.DevnetParams{
		HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0", BlockInterval: 100 * time.Millisecond,
		AgentKey: key, ConfigOut: filepath.Join(dir, "agent.yaml"), StoreURL: "sqlite://" + filepath.Join(dir, "agent.db"),
	})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(d.Chain.Stop)
	return d, key, dir
}

// TestRunSeveralAgents runs two agents from two configs in one `steward
// run` (issue 10): they share the devnet's follower and log stream, their
// key's outbox and their store, and each gets its start line and its
// summary. Two agents of one name are refused before anything starts.
func TestRunSeveralAgents(t *testing.T) {
	onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, _, dir := startTestDevnet(t, ctx)
	written, err := os.ReadFile(d.ConfigPath)
	if err != nil {
		t.Fatal(err)
	}
	second := filepath.Join(dir, "second.yaml")
	renamed := strings.Replace(string(written), "name: mm-usdc-weth", "name: mm-second", 1)
	if renamed == string(written) {
		t.Fatalf("the written config names no agent mm-usdc-weth:\n%s", written)
	}
	if err := os.WriteFile(second, []byte(renamed), 0o644); err != nil {
		t.Fatal(err)
	}

	var out bytes.Buffer
	if code := run(ctx, []string{"run", "-c", d.ConfigPath, "-c", d.ConfigPath, "--blocks", "3"}, &out, &out); code != 1 ||
		!strings.Contains(out.String(), `agent.name "mm-usdc-weth" is already the name of the agent of`) {
		t.Fatalf("two agents of one name: exited %d:\n%s", code, out.String())
	}

	out.Reset()
	if code := run(ctx, []string{"run", "-c", d.ConfigPath, "-c", second, "--dry-run", "--blocks", "30"}, &out, &out); code != 0 {
		t.Fatalf("steward run with two configs exited %d:\n%s", code, out.String())
	}
	got := out.String()
	for _, name := range []string{"mm-usdc-weth", "mm-second"} {
		// 30 heads: ticked, or dropped as stale for a newer one on a slow machine.
		m := regexp.MustCompile(`agent ` + name + `:\nsummary: (\d+) tick\(s\)(?: \((\d+) stale head\(s\) dropped\))?`).FindStringSubmatch(got)
		if !strings.Contains(got, "steward run: agent "+name) || m == nil || atoi(m[1])+atoi(m[2]) != 30 {
			t.Fatalf("the output lacks %s's start line or its 30-head summary:\n%s", name, got)
		}
	}
	// Each line names its agent; both recorded bundles.
	for _, name := range []string{"mm-usdc-weth", "mm-second"} {
		if !regexp.MustCompile(`(?m)^` + name + `  block +\d+ .*dry run: recorded, not sent$`).MatchString(got) {
			t.Fatalf("no line of %s shows a recorded bundle:\n%s", name, got)
		}
	}
}

// atoi is strconv.Atoi for a matched number, 0 for none.
func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// TestScenarioKinds: demo, devnet and deploy run the scenario of the kind
// --kind names; an unknown kind is refused naming the known ones.
func TestScenarioKinds(t *testing.T) {
	for cmd, kinds := range map[string]string{"demo": "marketmaking, governance, risk", "devnet": "marketmaking", "deploy": "marketmaking, risk"} {
		var out bytes.Buffer
		if code := run(context.Background(), []string{cmd, "--kind", "nope"}, &out, &out); code != 1 ||
			!strings.Contains(out.String(), `--kind "nope" is not a known strategy kind (kinds with a `+cmd+`: `+kinds+`)`) {
			t.Fatalf("steward %s --kind nope exited %d:\n%s", cmd, code, out.String())
		}
	}
	// The kind's own flags still parse after --kind: deploy checks --rpc.
	var out bytes.Buffer
	if code := run(context.Background(), []string{"deploy", "--kind=marketmaking"}, &out, &out); code != 1 || !strings.Contains(out.String(), "--rpc is required") {
		t.Fatalf("steward deploy --kind=marketmaking exited %d:\n%s", code, out.String())
	}
}
