//go:build linux

package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/json"
	"math/big"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	_ "modernc.org/sqlite"

	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestVerifyGovernanceScores runs the `steward verify` command, as a
// third party with only the node would, on the scores the governance demo
// agent posted (issue 12: "`steward verify` checks a posted score end to
// end"): over the run's blocks every score and vote transaction passes —
// record in the committed root, proof, model re-run on the published
// features, score and flags re-derived from the proposal's own
// ProposalCreated log — and the verified score, flags and proposal id of
// each proposal are the ones ProposalScores holds. What is not a posted
// score, or does not match it, fails with exit 3 naming the cause.
func TestVerifyGovernanceScores(t *testing.T) {
	onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	repo, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	storePath := filepath.Join(t.TempDir(), "gov.db")
	ran := false
	var demoOut bytes.Buffer
	_, err = governanceDemo(ctx, govDemoParams{StorePath: storePath, BlockInterval: 150 * time.Millisecond, Every: 2, Out: &demoOut,
		HTTPAddr: "127.0.0.1:0",
		AfterCheck: func(ctx context.Context, r govDemoRun) error {
			ran = true
			checkVerifyGovernance(t, ctx, r, repo, storePath)
			return nil
		}})
	if err != nil {
		t.Fatalf("%v\n%s", err, demoOut.String())
	}
	if !ran {
		t.Fatal("the demo never handed its chain over to check")
	}
}

// verifiedAction is what the test reads of `steward verify --json`.
type verifiedAction struct {
	RecordHash common.Hash         `json:"recordHash"`
	Params     map[string]*big.Int `json:"params"`
	Problems   []string            `json:"problems"`
}

type verifiedTx struct {
	OK      bool             `json:"ok"`
	Tx      common.Hash      `json:"tx"`
	Actions []verifiedAction `json:"actions"`
}

func checkVerifyGovernance(t *testing.T, ctx context.Context, r govDemoRun, repo, storePath string) {
	t.Helper()
	if r.HTTPURL == "" {
		t.Fatal("the demo's chain serves no HTTP JSON-RPC")
	}
	node := []string{"verify", "--rpc", r.HTTPURL, "--guard", r.Governance.Guard.Hex()}
	steward := func(args ...string) (code int, stdout, stderr string) {
		var o, e bytes.Buffer
		code = run(ctx, append(append([]string(nil), node...), args...), &o, &e)
		return code, o.String(), e.String()
	}

	// Every guarded transaction of the run, with the model cards found in
	// the repository as `steward verify` finds them without --models.
	code, stdout, stderr := steward("--from", strconv.FormatUint(r.From, 10), "--to", strconv.FormatUint(r.To, 10), "--json")
	if code != 0 {
		t.Fatalf("steward verify --from %d --to %d exited %d:\n%s%s", r.From, r.To, code, stdout, stderr)
	}
	var verdicts []verifiedTx
	if err := json.Unmarshal([]byte(stdout), &verdicts); err != nil {
		t.Fatalf("--json output does not parse: %v\n%s", err, stdout)
	}
	type posted struct {
		tx     common.Hash
		record common.Hash
		score  *big.Int
		flags  *big.Int
	}
	scores, votes := map[string]posted{}, map[string]int64{}
	for _, v := range verdicts {
		if !v.OK {
			t.Fatalf("verdict for %s not ok:\n%s", v.Tx, stdout)
		}
		for _, a := range v.Actions {
			hi, lo := a.Params[contracts.ParamProposalIDHi], a.Params[contracts.ParamProposalIDLo]
			if hi == nil || lo == nil {
				t.Fatalf("tx %s posts no proposal id: %v", v.Tx, a.Params)
			}
			id := contracts.JoinProposalID(hi, lo).String()
			switch {
			case a.Params[contracts.ParamScore] != nil:
				if _, dup := scores[id]; dup {
					t.Fatalf("proposal %s scored twice", id)
				}
				scores[id] = posted{v.Tx, a.RecordHash, a.Params[contracts.ParamScore], a.Params[contracts.ParamFlags]}
			case a.Params[contracts.ParamVote] != nil:
				votes[id] = a.Params[contracts.ParamVote].Int64()
			default:
				t.Fatalf("tx %s action neither scores nor votes: %v", v.Tx, a.Params)
			}
		}
	}
	// Each proposal's verified score and flags are the ones ProposalScores
	// holds (read by the demo's checks), and every harmful proposal's vote
	// verifies too.
	var harmful posted
	for _, row := range r.Rows {
		p, ok := scores[row.ID.String()]
		switch {
		case !ok:
			t.Fatalf("no verified score for proposal %q (%s):\n%s", row.Name, row.ID, stdout)
		case p.score.Cmp(big.NewInt(int64(row.Score))) != 0 || p.flags == nil || p.flags.Cmp(new(big.Int).SetUint64(row.Flags)) != 0:
			t.Fatalf("proposal %q: verified score %v flags %v, ProposalScores holds %d flags %#x", row.Name, p.score, p.flags, row.Score, row.Flags)
		}
		if _, voted := votes[row.ID.String()]; row.Harmful != voted {
			t.Fatalf("proposal %q (harmful %v): verified vote %v", row.Name, row.Harmful, voted)
		}
		if row.Harmful && harmful.tx == (common.Hash{}) {
			harmful = p
		}
	}
	if len(scores) != len(r.Rows) {
		t.Fatalf("%d verified score(s) for %d proposal(s)", len(scores), len(r.Rows))
	}

	// One harmful proposal's score, by the hash a delegate would paste,
	// with the governance kind's own model folder.
	models := filepath.Join(repo, "configs", "models", "governance")
	code, stdout, stderr = steward("--models", models, "--tx", harmful.tx.Hex())
	if code != 0 || !strings.Contains(stdout, "PASS") || !strings.Contains(stdout, harmful.tx.Hex()) ||
		!strings.Contains(stdout, "score="+harmful.score.String()) || !strings.Contains(stdout, "1 of 1 transaction(s) verified") {
		t.Fatalf("steward verify --tx %s exited %d:\n%s%s", harmful.tx, code, stdout, stderr)
	}
	// From the agent's config: the model cards beside its model.card
	// (its chain.rpc and guard are the demo's own, overridden).
	code, stdout, stderr = steward("-c", filepath.Join(repo, "configs", "governance-demo.yaml"), "--tx", harmful.tx.Hex())
	if code != 0 || !strings.Contains(stdout, "1 of 1 transaction(s) verified") {
		t.Fatalf("steward verify -c governance-demo.yaml --tx %s exited %d:\n%s%s", harmful.tx, code, stdout, stderr)
	}
	// The agent's store agrees with the chain.
	storeArgs := []string{"--models", models, "--store", "sqlite://" + storePath, "--tx", harmful.tx.Hex()}
	code, stdout, stderr = steward(storeArgs...)
	if code != 0 || !strings.Contains(stdout, "store: 1 action record(s) found in the agent's store and matched") {
		t.Fatalf("steward verify --store --tx %s exited %d (want 0, with the store check):\n%s%s", harmful.tx, code, stdout, stderr)
	}

	for _, c := range []struct {
		name   string
		args   []string
		tamper func(t *testing.T)
		want   string
	}{
		{
			name: "a stored record whose features were changed",
			args: storeArgs,
			tamper: func(t *testing.T) {
				db, err := sql.Open("sqlite", storePath)
				if err != nil {
					t.Fatal(err)
				}
				defer db.Close()
				res, err := db.ExecContext(ctx, `UPDATE inference_records SET inputs = json_replace(inputs, '$[0]', json_extract(inputs, '$[0]') + 1) WHERE record_hash = ?`, harmful.record.Bytes())
				if err != nil {
					t.Fatalf("tamper: %v", err)
				}
				if n, _ := res.RowsAffected(); n != 1 {
					t.Fatalf("tamper: %d rows", n)
				}
			},
			// Said once as a problem, and in the store line as a record
			// that differs (it said "matched" before).
			want: "0 matched, 1 differ",
		},
		// Before cardDirs, `steward verify` without --models looked in
		// configs/models only, and failed every governance score so.
		{name: "model cards without the agent's model", args: []string{"--models", filepath.Join(repo, "configs", "models", "risk"), "--tx", harmful.tx.Hex()},
			want: "risk; give --models with the folder of the agent's model card"},
		{name: "a commitment the registry never took", args: []string{"--root", randomHash(t).Hex()}, want: "is not committed in the registry"},
		{name: "a transaction that posts no score (the proposal itself)", args: []string{"--tx", r.Rows[0].ProposeTx.Hex()}, want: "is not sent to the guard"},
		{name: "a transaction that is not on the chain", args: []string{"--tx", randomHash(t).Hex()}, want: "transaction not found on chain"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.tamper != nil {
				c.tamper(t)
			}
			code, stdout, stderr := steward(c.args...)
			if code != 3 || !strings.Contains(stdout, "FAIL") || !strings.Contains(stdout, c.want) ||
				!strings.Contains(stderr, "failed verification") {
				t.Fatalf("steward verify %s exited %d (want 3, FAIL, %q):\n%s%s", strings.Join(c.args, " "), code, c.want, stdout, stderr)
			}
		})
	}

	// Blocks with no score: nothing is reported verified, and verify says
	// there was nothing to check.
	last := strconv.FormatUint(r.From-1, 10)
	code, stdout, stderr = steward("--from", "0", "--to", last)
	if code != 0 || strings.Contains(stdout, "PASS") || !strings.Contains(stdout, "0 of 0 transaction(s) verified") ||
		!strings.Contains(stderr, "no guarded change in blocks 0.."+last) {
		t.Fatalf("steward verify --from 0 --to %s exited %d:\n%s%s", last, code, stdout, stderr)
	}
}

func randomHash(t *testing.T) common.Hash {
	var h common.Hash
	if _, err := rand.Read(h[:]); err != nil {
		t.Fatal(err)
	}
	return h
}
