package agents_test

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/params"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// benchTxs is how many confirmed guard transactions the verification
// benchmarks verify; benchMaxSteps bounds the ticks run to get them (the
// rig's price path climbs steadily after tick 80, which forces re-ranges).
const (
	benchTxs      = 5
	benchMaxSteps = 300
)

// confirmedTxs steps the rig until its store holds n confirmed guard
// transactions and returns their hashes in the order they were confirmed.
func confirmedTxs(tb testing.TB, r *rig, n int) []common.Hash {
	tb.Helper()
	seen := map[int64]bool{}
	var hashes []common.Hash
	for step := 0; len(hashes) < n; step++ {
		if step == benchMaxSteps {
			tb.Fatalf("%d confirmed transactions after %d ticks, want %d", len(hashes), step, n)
		}
		r.step()
		d, err := r.store.LastDecision(r.ctx, "mm-test", store.DecisionConfirmed)
		if errors.Is(err, store.ErrNotFound) {
			continue
		}
		if err != nil {
			tb.Fatal(err)
		}
		if seen[d.TxID] {
			continue
		}
		seen[d.TxID] = true
		tx, err := r.store.Transaction(r.ctx, d.TxID)
		if err != nil {
			tb.Fatal(err)
		}
		hashes = append(hashes, tx.Hash)
	}
	return hashes
}

// chainOnlyVerifier verifies from the rig's node alone: no store records.
func chainOnlyVerifier(tb testing.TB, r *rig) *verify.Verifier {
	tb.Helper()
	v, err := verify.New(r.chain.Client(), verify.Config{Guard: r.chain.Deployment().Guard, Derivers: marketmaking.Derivers(), Models: r.models})
	if err != nil {
		tb.Fatal(err)
	}
	return v
}

// reportRecords reports verification throughput: one record per verified
// action.
func reportRecords(b *testing.B, records int) {
	b.Helper()
	if records == 0 {
		b.Fatal("no record verified")
	}
	b.ReportMetric(float64(records)/b.Elapsed().Seconds(), "records/s")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(records), "ns/record")
}

// BenchmarkVerifyTx verifies the agent's confirmed re-range transactions one
// at a time, from the chain alone: fetch the transaction and its receipt,
// decode the bundle, check the root in the registry, the Merkle proof, the
// record's block hash, the published digests, re-run the ONNX model on the
// published inputs, look up the pool tick from the block's Swap events,
// re-derive the applied range and match the ParameterApplied events. The
// node is go-ethereum's in-process simulated chain, so the figure is an
// upper bound: a real node adds an RPC round trip per read.
func BenchmarkVerifyTx(b *testing.B) {
	r := newRig(b, rigOptions{})
	hashes := confirmedTxs(b, r, benchTxs)
	v := chainOnlyVerifier(b, r)
	records, i := 0, 0
	for b.Loop() {
		vd, err := v.Tx(r.ctx, hashes[i%len(hashes)])
		if err != nil {
			b.Fatal(err)
		}
		if !vd.OK() {
			b.Fatalf("transaction %s failed: %s", vd.Tx, problems(vd))
		}
		records += len(vd.Actions)
		i++
	}
	reportRecords(b, records)
}

// BenchmarkVerifyRange verifies every guarded change of the rig's chain in
// one Range call: the ParameterApplied log scan over the whole block range,
// then each transaction as in BenchmarkVerifyTx. In-process node, so an
// upper bound as well.
func BenchmarkVerifyRange(b *testing.B) {
	r := newRig(b, rigOptions{})
	hashes := confirmedTxs(b, r, benchTxs)
	head, err := r.chain.Client().BlockNumber(r.ctx)
	if err != nil {
		b.Fatal(err)
	}
	v := chainOnlyVerifier(b, r)
	records := 0
	for b.Loop() {
		vds, err := v.Range(r.ctx, 0, head)
		if err != nil {
			b.Fatal(err)
		}
		if len(vds) < len(hashes) {
			b.Fatalf("range 0..%d found %d transactions, want at least %d", head, len(vds), len(hashes))
		}
		for _, vd := range vds {
			if !vd.OK() {
				b.Fatalf("transaction %s failed: %s", vd.Tx, problems(vd))
			}
			records += len(vd.Actions)
		}
	}
	b.ReportMetric(float64(len(hashes)), "txs")
	reportRecords(b, records)
}

// calldataGas is the intrinsic gas of data under EIP-2028: 4 per zero byte,
// 16 per other byte.
func calldataGas(data []byte) uint64 {
	var g uint64
	for _, c := range data {
		if c == 0 {
			g += params.TxDataZeroGas
		} else {
			g += params.TxDataNonZeroGasEIP2028
		}
	}
	return g
}

// TestGuardCalldataPerAction measures what one of the agent's confirmed
// re-ranges puts on chain: its calldata and that calldata's intrinsic gas,
// the share of the published inputs, outputs and context, and what the
// guard's record verifier spends on the action's proof. The figures are
// logged with a "gas:" prefix for BENCHMARKS.md.
func TestGuardCalldataPerAction(t *testing.T) {
	r := newRig(t, rigOptions{})
	hash := confirmedTxs(t, r, 1)[0]
	node := r.chain.Client()
	tx, _, err := node.TransactionByHash(r.ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	receipt, err := node.TransactionReceipt(r.ctx, hash)
	if err != nil {
		t.Fatal(err)
	}
	root, actions := decodeBundle(t, r, hash)
	if len(actions) != 1 {
		t.Fatalf("confirmed re-range carries %d actions, want 1", len(actions))
	}
	a := actions[0]
	if len(a.Inputs) == 0 || len(a.Outputs) == 0 || len(a.Context) == 0 {
		t.Fatalf("action publishes %d input, %d output, %d context bytes; want all three", len(a.Inputs), len(a.Outputs), len(a.Context))
	}
	guard := bindings.NewParameterGuard()
	if repacked := guard.PackCommitAndApply(root, actions); string(repacked) != string(tx.Data()) {
		t.Fatal("the decoded bundle does not re-pack to the transaction's calldata")
	}
	bare := a
	bare.Inputs, bare.Outputs, bare.Context = nil, nil, nil
	bareData := guard.PackCommitAndApply(root, []bindings.Action{bare})
	data := tx.Data()
	dataGas, bareGas := calldataGas(data), calldataGas(bareData)
	if params.TxGas+dataGas >= receipt.GasUsed {
		t.Fatalf("intrinsic gas %d not below the gas used %d", params.TxGas+dataGas, receipt.GasUsed)
	}
	t.Logf("gas: agent commitAndApply, one re-range: %d gas used, calldata %d bytes = %d intrinsic calldata gas",
		receipt.GasUsed, len(data), dataGas)
	t.Logf("gas: published inputs (%d B) + outputs (%d B) + context (%d B): %d calldata bytes, %d calldata gas",
		len(a.Inputs), len(a.Outputs), len(a.Context), len(data)-len(bareData), dataGas-bareGas)

	// The guard's verifier on its own: the proof check the guard calls
	// out to, as a transaction of its own minus its intrinsic gas.
	dep := r.chain.Deployment()
	out, err := node.CallContract(r.ctx, ethereum.CallMsg{To: &dep.Guard, Data: guard.PackVerifier()}, nil)
	if err != nil {
		t.Fatal(err)
	}
	verifier, err := guard.UnpackVerifier(out)
	if err != nil {
		t.Fatal(err)
	}
	rec := commit.Record{Agent: a.Record.Agent, ModelDigest: a.Record.ModelDigest, InputDigest: a.Record.InputDigest,
		OutputDigest: a.Record.OutputDigest, BlockNumber: a.Record.BlockNumber, BlockHash: a.Record.BlockHash, Nonce: a.Record.Nonce}
	mv := bindings.NewMerkleVerifier()
	call := ethereum.CallMsg{To: &verifier, Data: mv.PackVerifyRecord(root, rec.Hash(), a.Proof)}
	out, err = node.CallContract(r.ctx, call, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ok, err := mv.UnpackVerifyRecord(out); err != nil || !ok {
		t.Fatalf("the guard's verifier refuses the agent's proof: %v, %v", ok, err)
	}
	est, err := node.EstimateGas(r.ctx, call)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("gas: verifier.verifyRecord with a %d-level proof: %d gas executed (estimate %d minus intrinsic %d)",
		len(a.Proof)/32, est-params.TxGas-calldataGas(call.Data), est, params.TxGas+calldataGas(call.Data))

	// A deeper tree (several records per tick) costs one keccak per level:
	// the same call with a two-level proof, which does not lead to the root.
	deeper := append(append([]byte{}, a.Proof...), commit.PackProof([]common.Hash{{1}, {2}})...)
	call2 := ethereum.CallMsg{To: &verifier, Data: mv.PackVerifyRecord(root, rec.Hash(), deeper)}
	est2, err := node.EstimateGas(r.ctx, call2)
	if err != nil {
		t.Fatal(err)
	}
	exec, exec2 := est-params.TxGas-calldataGas(call.Data), est2-params.TxGas-calldataGas(call2.Data)
	if exec2 <= exec {
		t.Fatalf("a %d-level proof executes %d gas, no more than the %d-level one's %d", len(deeper)/32, exec2, len(a.Proof)/32, exec)
	}
	t.Logf("gas: verifier.verifyRecord with a %d-level proof: %d gas executed (%d per level)",
		len(deeper)/32, exec2, (exec2-exec)/uint64((len(deeper)-len(a.Proof))/32))
}
