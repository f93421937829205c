package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/backtest/record"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
)

// TestReplayCommitsTheLiveAgentsInferences runs the market-making agent
// live on the devnet (`steward run`: it sends its re-ranges), records the
// blocks it ticked with `steward record`, replays that recording through
// the agent's pipeline (`steward backtest --recording`), and compares the
// inference records of the two stores block by block (issue 11: a
// backtest commits the same inference digests as the live agent would on
// the same inputs).
//
// What must be equal, for every block the live agent made a record at:
// the model digest, the inputs and outputs (fixed-point, with their
// scales) and their digests, the block number and hash, and the agent's
// name. With those, the live record's hash is the replay's record with
// the live key and nonce put in — which the test recomputes, so no field
// of commit.Record escapes the comparison.
//
// What legitimately differs, and is asserted to differ only so:
//   - the committing address: a replay signs nothing and has no agent key,
//     so record.Backtest commits with its fixed paper key (paperKey in
//     backtest/record/paper.go), the live agent with its own;
//   - the nonce: each agent numbers its own records from 0, one per tick
//     in block order. The replay ticks every recorded block; the live agent
//     ticks every head it does not drop as stale (a head that arrives while
//     a tick runs), so after a dropped head its numbering runs behind;
//   - hence the record hash (it hashes both), and the Merkle root a
//     decision is committed under: one record per tick makes the root the
//     record's hash, checked for every committed decision of either store.
//
// The replay makes a record at every block of the range; the live agent
// at every block but those it dropped, which the test checks by the live
// store holding no block at those heights.
func TestReplayCommitsTheLiveAgentsInferences(t *testing.T) {
	onnxtest.Runtime(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	d, key, dir := startTestDevnet(t, ctx)
	cfg, err := config.Load(d.ConfigPath, kinds())
	if err != nil {
		t.Fatal(err)
	}

	// Live, as `steward run` runs it: it sends transactions, so the
	// vault's range that later blocks read is the one it chose.
	var out bytes.Buffer
	if code := run(ctx, []string{"run", "-c", d.ConfigPath, "--blocks", "40"}, &out, &out); code != 0 {
		t.Fatalf("steward run exited %d:\n%s", code, out.String())
	}
	liveStore, err := agents.OpenStore(ctx, cfg.Store)
	if err != nil {
		t.Fatal(err)
	}
	defer liveStore.Close()
	live := inferenceRecords(ctx, t, liveStore, cfg.Agent.Name)
	// A loaded machine drops every other head as stale (seen: 17 of 40);
	// fewer than 10 ticks would compare too little.
	if len(live) < 10 {
		t.Fatalf("the live agent made %d inference records in 40 heads, want at least 10:\n%s", len(live), out.String())
	}
	liveBlocks := sortedBlocks(live)
	from, to := liveBlocks[0], liveBlocks[len(liveBlocks)-1]
	submitted, err := liveStore.Stats(ctx, cfg.Agent.Name)
	if err != nil {
		t.Fatal(err)
	}

	// Recorded, as `steward record` records it, over exactly the blocks
	// the live agent ticked; then replayed.
	rec := filepath.Join(dir, "live-range.db")
	out.Reset()
	if code := run(ctx, []string{"record", "-c", d.ConfigPath, "--from", fmt.Sprint(from), "--to", fmt.Sprint(to), "--batch", "8", "--out", rec}, &out, &out); code != 0 {
		t.Fatalf("steward record exited %d:\n%s", code, out.String())
	}
	replayDir := filepath.Join(dir, "replay")
	out.Reset()
	if code := run(ctx, []string{"backtest", "-c", d.ConfigPath, "--recording", rec, "--out", replayDir}, &out, &out); code != 0 {
		t.Fatalf("steward backtest --recording exited %d:\n%s", code, out.String())
	}
	raw, err := os.ReadFile(filepath.Join(replayDir, "replay.json"))
	if err != nil {
		t.Fatal(err)
	}
	var outcome record.Outcome
	if err := json.Unmarshal(raw, &outcome); err != nil {
		t.Fatal(err)
	}
	if want := int(to - from + 1); outcome.Blocks != want {
		t.Fatalf("the replay ticked %d blocks, the recording holds %d", outcome.Blocks, want)
	}
	replayStore, err := agents.OpenStore(ctx, config.Store{Driver: config.StoreSQLite, DSN: filepath.Join(replayDir, "replay.db")})
	if err != nil {
		t.Fatal(err)
	}
	defer replayStore.Close()
	replay := inferenceRecords(ctx, t, replayStore, cfg.Agent.Name)

	liveAddr := crypto.PubkeyToAddress(key.PublicKey)
	paper, err := crypto.ToECDSA(crypto.Keccak256([]byte("steward backtest agent"))) // record.Backtest's paperKey
	if err != nil {
		t.Fatal(err)
	}
	paperAddr := crypto.PubkeyToAddress(paper.PublicKey)
	replayBlocks := sortedBlocks(replay)
	if len(replayBlocks) != int(to-from+1) || replayBlocks[0] != from || replayBlocks[len(replayBlocks)-1] != to {
		t.Fatalf("the replay made records at %d blocks of %d..%d (%v), want one at each", len(replayBlocks), from, to, replayBlocks)
	}
	for i, b := range liveBlocks {
		l := live[b]
		r, ok := replay[b]
		if !ok {
			t.Fatalf("block %d: the live agent made record %s, the replay none", b, l.RecordHash)
		}
		same := []struct {
			field      string
			live, repl any
		}{
			{"agent", l.Agent, r.Agent},
			{"model digest", l.ModelDigest, r.ModelDigest},
			{"input scale", l.InputScale, r.InputScale},
			{"output scale", l.OutputScale, r.OutputScale},
			{"inputs", fmt.Sprint(l.Inputs), fmt.Sprint(r.Inputs)},
			{"outputs", fmt.Sprint(l.Outputs), fmt.Sprint(r.Outputs)},
			{"input digest", l.InputDigest, r.InputDigest},
			{"output digest", l.OutputDigest, r.OutputDigest},
			{"block number", l.BlockNumber, r.BlockNumber},
			{"block hash", l.BlockHash, r.BlockHash},
		}
		for _, f := range same {
			if f.live != f.repl {
				t.Errorf("block %d: the %s differs: live %v, replay %v", b, f.field, f.live, f.repl)
			}
		}
		// Both stores' digests are those of the values they keep, as
		// `steward verify` recomputes them from a bundle's publication.
		for _, x := range []store.InferenceRecord{l, r} {
			if commit.DigestInts(x.Inputs) != x.InputDigest || commit.DigestInts(x.Outputs) != x.OutputDigest {
				t.Errorf("block %d: record %s's digests are not its inputs' and outputs'", b, x.RecordHash)
			}
		}
		// The replay's record, committed with the live key and nonce, is
		// the live record.
		rekeyed := commit.Record{Agent: l.AgentAddress, ModelDigest: r.ModelDigest, InputDigest: r.InputDigest, OutputDigest: r.OutputDigest,
			BlockNumber: r.BlockNumber, BlockHash: r.BlockHash, Nonce: l.Nonce}
		if rekeyed.Hash() != l.RecordHash {
			t.Errorf("block %d: the replay's record with the live agent's address and nonce hashes to %s, the live record is %s", b, rekeyed.Hash(), l.RecordHash)
		}
		// What differs, and why it may.
		if l.AgentAddress != liveAddr || r.AgentAddress != paperAddr {
			t.Errorf("block %d: committed by %s live and %s in the replay, want the agent's key %s and the paper key %s", b, l.AgentAddress, r.AgentAddress, liveAddr, paperAddr)
		}
		if l.Nonce != uint64(i) || r.Nonce != b-from {
			t.Errorf("block %d: nonce %d live and %d in the replay, want %d (the live agent's %d-th record) and %d (the replay's)", b, l.Nonce, r.Nonce, i, i, b-from)
		}
	}
	if t.Failed() {
		t.FailNow()
	}
	// The replay's extra records are at the heads the live agent dropped
	// as stale: it saved no block there.
	dropped := 0
	for _, b := range replayBlocks {
		if _, ok := live[b]; ok {
			continue
		}
		dropped++
		if h, err := liveStore.BlockHash(ctx, cfg.Agent.Name, b); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("block %d: the replay made a record, the live agent none, yet it ticked the block (saved %s, %v)", b, h, err)
		}
	}
	for name, st := range map[string]store.Store{"live": liveStore, "replay": replayStore} {
		committed := listDecisions(ctx, t, st, store.DecisionFilter{Agent: cfg.Agent.Name, Committed: true})
		for _, dec := range committed {
			if dec.Root != dec.RecordHash || len(dec.Records) != 1 {
				t.Errorf("%s: decision %d at block %d is committed under %s with %d records, want its one record %s as the root",
					name, dec.ID, dec.BlockNumber, dec.Root, len(dec.Records), dec.RecordHash)
			}
		}
	}
	t.Logf("blocks %d..%d: %d live records matched the replay's; %d head(s) dropped live; live decisions %+v; replay %v, %d bundles on paper",
		from, to, len(live), dropped, submitted, outcome.Stages, outcome.Bundles)
}

// inferenceRecords returns an agent's inference records by block, found
// through its decisions (every synchronous inference is decided on). It
// checks they are all of them — the agent's next record nonce is their
// count — and that each tick made one.
func inferenceRecords(ctx context.Context, t *testing.T, st store.Store, agent string) map[uint64]store.InferenceRecord {
	t.Helper()
	out := map[uint64]store.InferenceRecord{}
	for _, dec := range listDecisions(ctx, t, st, store.DecisionFilter{Agent: agent}) {
		if len(dec.Records) != 1 {
			t.Fatalf("decision %d at block %d has %d records, want 1", dec.ID, dec.BlockNumber, len(dec.Records))
		}
		r, err := st.Record(ctx, dec.RecordHash)
		if err != nil {
			t.Fatal(err)
		}
		if _, dup := out[r.BlockNumber]; dup || r.BlockNumber != dec.BlockNumber {
			t.Fatalf("record %s of decision %d is at block %d (decision's %d; a second at that block: %t)", r.RecordHash, dec.ID, r.BlockNumber, dec.BlockNumber, dup)
		}
		out[r.BlockNumber] = r
	}
	next, err := st.NextRecordNonce(ctx, agent)
	if err != nil {
		t.Fatal(err)
	}
	if next != uint64(len(out)) {
		t.Fatalf("agent %s has nonces up to %d, but %d records are decided on", agent, next, len(out))
	}
	return out
}

// listDecisions pages through every decision f selects.
func listDecisions(ctx context.Context, t *testing.T, st store.Store, f store.DecisionFilter) []store.Decision {
	t.Helper()
	f.Limit = store.MaxPage
	var all []store.Decision
	for {
		page, err := st.ListDecisions(ctx, f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, page...)
		if len(page) < f.Limit {
			return all
		}
		f.Before = page[len(page)-1].ID
	}
}

func sortedBlocks(recs map[uint64]store.InferenceRecord) []uint64 {
	out := make([]uint64, 0, len(recs))
	for b := range recs {
		out = append(out, b)
	}
	slices.Sort(out)
	return out
}
