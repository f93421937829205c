package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/backtest/record"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestRecordResumesAfterKill records a block range of the devnet with
// `steward record`, SIGKILLs it part way, runs it again to resume, and
// checks that replaying that recording through the agent gives exactly
// what replaying an uninterrupted recording of the same range gives, and
// that it holds the same receipts, as the node has them (issue 11).
func TestRecordResumesAfterKill(t *testing.T) {
	onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	d, _, dir := startTestDevnet(t, ctx)
	bin := filepath.Join(dir, "steward")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build steward: %v\n%s", err, out)
	}
	// The range: 150 blocks the devnet has already made.
	const from, to = 20, 170
	for {
		n, err := d.Chain.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= to {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	args := func(out string) []string {
		return []string{"record", "-c", d.ConfigPath, "--from", fmt.Sprint(from), "--to", fmt.Sprint(to), "--batch", "5", "--out", out}
	}

	// Killed once 30 % is recorded.
	killed := filepath.Join(dir, "killed.db")
	cmd := exec.CommandContext(ctx, bin, args(killed)...)
	cmd.Env = os.Environ()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = cmd.Process.Kill() })
	lines := bufio.NewScanner(stdout)
	sawProgress := false
	for lines.Scan() {
		if strings.Contains(lines.Text(), " 30%") {
			sawProgress = true
			break
		}
	}
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if !sawProgress {
		t.Fatal("steward record printed no 30% progress line before it ended")
	}
	var out bytes.Buffer
	if code := run(ctx, []string{"backtest", "-c", d.ConfigPath, "--recording", killed, "--out", filepath.Join(dir, "early")}, &out, &out); code != 1 || !strings.Contains(out.String(), "is unfinished") {
		t.Fatalf("replaying the killed recording exited %d, want 1 and 'unfinished':\n%s", code, out.String())
	}
	// Resumed: the same command again.
	out.Reset()
	if code := run(ctx, args(killed), &out, &out); code != 0 {
		t.Fatalf("resuming the recording exited %d:\n%s", code, out.String())
	}
	// Resuming with another range is refused.
	out.Reset()
	if code := run(ctx, []string{"record", "-c", d.ConfigPath, "--from", "21", "--to", fmt.Sprint(to), "--out", killed}, &out, &out); code != 1 || !strings.Contains(out.String(), "started with other parameters") {
		t.Fatalf("resuming with another range exited %d:\n%s", code, out.String())
	}
	// Uninterrupted.
	whole := filepath.Join(dir, "whole.db")
	out.Reset()
	if code := run(ctx, args(whole), &out, &out); code != 0 {
		t.Fatalf("steward record exited %d:\n%s", code, out.String())
	}

	var replays [2][]byte
	for i, rec := range []string{killed, whole} {
		outDir := filepath.Join(dir, fmt.Sprintf("replay-%d", i))
		out.Reset()
		if code := run(ctx, []string{"backtest", "-c", d.ConfigPath, "--recording", rec, "--out", outDir}, &out, &out); code != 0 {
			t.Fatalf("replaying %s exited %d:\n%s", rec, code, out.String())
		}
		if replays[i], err = os.ReadFile(filepath.Join(outDir, "replay.json")); err != nil {
			t.Fatal(err)
		}
	}
	if !bytes.Equal(replays[0], replays[1]) {
		t.Fatalf("the replay of the resumed recording differs from the uninterrupted one's:\n%s\n---\n%s", replays[0], replays[1])
	}
	for _, want := range []string{`"blocks": 151`, `"recorded"`} {
		if !bytes.Contains(replays[0], []byte(want)) {
			t.Fatalf("the replay lacks %s (the agent decided nothing on the recording?):\n%s", want, replays[0])
		}
	}

	// The receipts survived the kill: the resumed recording holds the same
	// as the uninterrupted one, and each agrees with the node.
	resumed, n := recordedReceipts(ctx, t, killed)
	uninterrupted, _ := recordedReceipts(ctx, t, whole)
	if n == 0 {
		t.Fatal("the recording holds no receipts")
	}
	if !bytes.Equal(resumed, uninterrupted) {
		t.Fatalf("the resumed recording's receipts differ from the uninterrupted one's:\n%s\n---\n%s", resumed, uninterrupted)
	}
	var recorded []*types.Receipt
	if err := json.Unmarshal(resumed, &recorded); err != nil {
		t.Fatal(err)
	}
	for _, r := range recorded {
		live, err := d.Chain.Client().TransactionReceipt(ctx, r.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if r.Status != live.Status || r.GasUsed != live.GasUsed || len(r.Logs) != len(live.Logs) || r.BlockHash != live.BlockHash {
			t.Fatalf("block %d: the recorded receipt of %s (status %d, gas %d, %d logs) differs from the node's (status %d, gas %d, %d logs)",
				r.BlockNumber, r.TxHash, r.Status, r.GasUsed, len(r.Logs), live.Status, live.GasUsed, len(live.Logs))
		}
	}
}

// recordedReceipts returns, as JSON, the receipts of every block of the
// recording at path, having checked that each block holds the receipts of
// exactly the transactions that emitted its recorded logs; and how many.
func recordedReceipts(ctx context.Context, t *testing.T, path string) ([]byte, int) {
	t.Helper()
	st, err := record.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	heads, err := st.Headers(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var all []*types.Receipt
	for _, h := range heads {
		logs, err := st.Logs(ctx, h.Hash(), func(types.Log) bool { return true })
		if err != nil {
			t.Fatal(err)
		}
		var want []common.Hash
		for _, l := range logs {
			if !slices.Contains(want, l.TxHash) {
				want = append(want, l.TxHash)
			}
		}
		rs, err := st.Receipts(ctx, h.Number.Uint64())
		if err != nil {
			t.Fatal(err)
		}
		var got []common.Hash
		for _, r := range rs {
			got = append(got, r.TxHash)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("%s: block %d holds the receipts of %v, its recorded logs' transactions are %v", path, h.Number, got, want)
		}
		all = append(all, rs...)
	}
	raw, err := json.Marshal(all)
	if err != nil {
		t.Fatal(err)
	}
	return raw, len(all)
}
