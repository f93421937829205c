//go:build linux

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// writeProposal writes a Governor-form proposal file.
func writeProposal(t *testing.T, dir, name string, targets []common.Address, calldatas [][]byte, description string) string {
	t.Helper()
	f := map[string]any{"targets": targets, "values": make([]string, len(targets)), "description": description}
	var cds []string
	for i, c := range calldatas {
		cds = append(cds, hexutil.Encode(c))
		f["values"].([]string)[i] = "0"
	}
	f["calldatas"] = cds
	data, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestScoreCommand: `steward score` on each file form, without a node;
// --json has score, flags and explanation at the top level; a harmful
// proposal scores ≥ 70 with its flag on its call, a grant that says what
// it pays < 70; --report writes the Markdown and HTML reports; a malformed
// file exits 2 naming the field.
func TestScoreCommand(t *testing.T) {
	onnxtest.Runtime(t)
	dir := t.TempDir()
	usdc, treasury := common.HexToAddress("0xA0b86991c6218b36c1d19d4a2e9eB0cE3606eB48"), common.HexToAddress("0x7133000000000000000000000000000000000001")
	grantee, attacker := common.HexToAddress("0x6a6e7400000000000000000000000000000000a1"), common.HexToAddress("0xbad0000000000000000000000000000000000bad")
	book := filepath.Join(dir, "book.json")
	if err := os.WriteFile(book, []byte(`{"treasury": "`+treasury.Hex()+`", "USDC": "`+usdc.Hex()+`", "Grants Committee": "`+grantee.Hex()+`"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tok := bindings.NewTestToken()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	benign := writeProposal(t, dir, "grant.json", []common.Address{usdc}, [][]byte{tok.PackTransfer(grantee, big.NewInt(50_000_000_000))},
		"Grant 50,000 USDC to the Grants Committee for Q3.")
	harmful := writeProposal(t, dir, "approve.json", []common.Address{usdc, usdc}, [][]byte{tok.PackTransfer(grantee, big.NewInt(10_000_000_000)), tok.PackApprove(attacker, max)},
		"Grant 10,000 USDC to the Grants Committee.")

	score := func(args ...string) (map[string]any, string, int) {
		var out bytes.Buffer
		code := run(context.Background(), append([]string{"score"}, args...), &out, &out)
		var m map[string]any
		if code == 0 && strings.Contains(strings.Join(args, " "), "--json") {
			if err := json.Unmarshal(out.Bytes(), &m); err != nil {
				t.Fatalf("--json output is not JSON: %v\n%s", err, out.String())
			}
		}
		return m, out.String(), code
	}
	m, out, code := score("--proposal", harmful, "--addresses", book, "--json", "--report", filepath.Join(dir, "reports"))
	if code != 0 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if s := m["score"].(float64); s < 70 {
		t.Fatalf("the unlimited approval scored %v:\n%s", s, out)
	}
	found := false
	for _, f := range m["flags"].([]any) {
		f := f.(map[string]any)
		found = found || (f["kind"] == "unlimited_approval_unknown" && f["call"].(float64) == 1)
	}
	if !found || m["explanation"] == "" {
		t.Fatalf("no unlimited_approval_unknown flag on call 1, or no explanation:\n%s", out)
	}
	for _, name := range []string{"approve.md", "approve.html"} {
		if _, err := os.Stat(filepath.Join(dir, "reports", name)); err != nil {
			t.Fatalf("--report: %v", err)
		}
	}
	if m, out, code = score("--proposal", benign, "--addresses", book, "--json"); code != 0 || m["score"].(float64) >= 70 {
		t.Fatalf("the honest grant: exit %d, score %v:\n%s", code, m["score"], out)
	}
	// The plain output, and the other file forms.
	if _, out, code = score("--proposal", harmful, "--addresses", book); code != 0 || !strings.Contains(out, "score ") || !strings.Contains(out, "approve(address,uint256)") {
		t.Fatalf("plain output: exit %d:\n%s", code, out)
	}
	blockful := agents.RepoPath("strategies/governance/proposal/testdata/blockful/ep-5-16.json")
	calls := filepath.Join(dir, "calls.json")
	if err := os.WriteFile(calls, []byte(`{"executableCalls": [{"target": "`+usdc.Hex()+`", "calldata": "`+hexutil.Encode(tok.PackTransfer(grantee, big.NewInt(1)))+`", "value": "0"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	forms := []string{blockful, calls}
	if dir, ok := dataset.FindSharedDir(); ok {
		// An Aave governance v2 report record with calls (GPL-3.0 text:
		// read from the shared folder, not kept in the repository).
		data, err := os.ReadFile(filepath.Join(dir, "aave-governance-proposals", "aave_proposals_reports.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if strings.Contains(line, `"calldatas": ["0x`) {
				aave := filepath.Join(t.TempDir(), "aave.json")
				if err := os.WriteFile(aave, []byte(line), 0o644); err != nil {
					t.Fatal(err)
				}
				forms = append(forms, aave)
				break
			}
		}
	}
	for _, f := range forms {
		if _, out, code := score("--proposal", f, "--json"); code != 0 {
			t.Fatalf("%s: exit %d:\n%s", f, code, out)
		}
	}
	// Malformed files: exit 2, the field named.
	bad := filepath.Join(dir, "bad.json")
	for _, c := range []struct{ body, want string }{
		{`{"targets": ["0x12"], "values": ["0"], "calldatas": ["0x"], "description": ""}`, "targets[0]"},
		{`{"targets": ["` + usdc.Hex() + `"], "values": ["1e18"], "calldatas": ["0x"], "description": ""}`, "values[0]"},
		{`{"targets": ["` + usdc.Hex() + `"], "values": ["0", "0"], "calldatas": ["0x"], "description": ""}`, "values"},
		{`{"targets": ["` + usdc.Hex() + `"], "values": ["0"], "calldatas": ["0xzz"], "description": ""}`, "calldatas[0]"},
	} {
		if err := os.WriteFile(bad, []byte(c.body), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, out, code := score("--proposal", bad); code != 2 || !strings.Contains(out, c.want) {
			t.Fatalf("%s: exit %d, want 2 naming %q:\n%s", c.body, code, c.want, out)
		}
	}
	if _, out, code := score(); code != 2 || !strings.Contains(out, "--proposal") {
		t.Fatalf("no --proposal: exit %d:\n%s", code, out)
	}
}

// TestScoreSimulates: with --rpc, the proposal runs as the timelock on the
// embedded chain's latest state (served over HTTP): the JSON carries the
// simulated transfer out of the treasury, and draining half the treasury
// to an unknown account scores ≥ 70 while a small known grant does not.
func TestScoreSimulates(t *testing.T) {
	onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199100}, HTTPAddr: "127.0.0.1:0"})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	g, err := chain.DeployGovernance(ctx, devchain.GovernanceParams{})
	if err != nil {
		t.Fatal(err)
	}
	url, _ := chain.Endpoints()
	dir := t.TempDir()
	grantee, attacker := common.HexToAddress("0x6a6e7400000000000000000000000000000000a1"), common.HexToAddress("0xbad0000000000000000000000000000000000bad")
	book := filepath.Join(dir, "book.json")
	if err := os.WriteFile(book, []byte(`{"timelock": "`+g.Timelock.Hex()+`", "dUSDC": "`+g.TreasuryUSDC.Hex()+`", "Grants Committee": "`+grantee.Hex()+`"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tok := bindings.NewTestToken()
	for _, c := range []struct {
		name, description string
		to                common.Address
		amount            *big.Int
		review            bool
	}{
		{"grant", "Grant 1,000 dUSDC to the Grants Committee.", grantee, big.NewInt(1_000_000_000), false},
		{"drain", "Operational expenses.", attacker, big.NewInt(5_000_000_000_000), true},
	} {
		file := writeProposal(t, dir, c.name+".json", []common.Address{g.TreasuryUSDC}, [][]byte{tok.PackTransfer(c.to, c.amount)}, c.description)
		var out bytes.Buffer
		if code := run(ctx, []string{"score", "--proposal", file, "--addresses", book, "--rpc", url, "--json"}, &out, &out); code != 0 {
			t.Fatalf("%s: exit %d:\n%s", c.name, code, out.String())
		}
		var m struct {
			Score   int
			Effects struct {
				Transfers []struct{ Amount *big.Int }
			}
		}
		if err := json.Unmarshal(out.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		if len(m.Effects.Transfers) != 1 || m.Effects.Transfers[0].Amount.Cmp(c.amount) != 0 {
			t.Fatalf("%s: simulated transfers %+v, want one of %s:\n%s", c.name, m.Effects.Transfers, c.amount, out.String())
		}
		if (m.Score >= 70) != c.review {
			t.Fatalf("%s: score %d, want review %v", c.name, m.Score, c.review)
		}
	}
}
