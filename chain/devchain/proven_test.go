package devchain

import (
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
)

// provenCommit is guard.commitAndApply of action a publishing outputs
// outs, proven by a record of agent (model, at head, nonce *nonce, which it
// advances) in a two-record tree, so the proof is a real Merkle path; seed
// tells the records' inputs apart from other tests'.
func provenCommit(t *testing.T, agent common.Address, model common.Hash, head *types.Header, nonce *uint64, a bindings.Action, outs []int64, seed int64, strategy string) []byte {
	t.Helper()
	var (
		records []commit.Record
		leaves  []common.Hash
	)
	for i := range 2 {
		in, out := commit.EncodeInts([]int64{int64(i), seed}), commit.EncodeInts(outs)
		if i == 0 {
			a.Inputs, a.Outputs = in, out
		}
		r := commit.Record{Agent: agent, ModelDigest: model, InputDigest: crypto.Keccak256Hash(in),
			OutputDigest: crypto.Keccak256Hash(out), BlockNumber: head.Number.Uint64(), BlockHash: head.Hash(), Nonce: *nonce}
		*nonce++
		records, leaves = append(records, r), append(leaves, r.Hash())
	}
	tree, err := commit.NewTree(leaves)
	if err != nil {
		t.Fatal(err)
	}
	proof, err := tree.Proof(leaves[0])
	if err != nil {
		t.Fatal(err)
	}
	r := records[0]
	a.Record = bindings.InferenceRecord{Agent: r.Agent, ModelDigest: r.ModelDigest, InputDigest: r.InputDigest,
		OutputDigest: r.OutputDigest, BlockNumber: r.BlockNumber, BlockHash: r.BlockHash, Nonce: r.Nonce}
	a.Proof = commit.PackProof(proof)
	a.Context = commit.EncodeContext(commit.Context{Strategy: strategy, Values: []int64{0}})
	return bindings.NewParameterGuard().PackCommitAndApply(tree.Root(), []bindings.Action{a})
}
