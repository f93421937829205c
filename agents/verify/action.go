package verify

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
)

// checkAction runs every check on one action; each failure is a problem
// naming its cause. Checks go on after a failure where they still mean
// something, so one run reports everything wrong with an action.
func (v *Verifier) checkAction(ctx context.Context, i int, included uint64, root common.Hash, a bindings.Action, applied map[appliedKey]*big.Int, refused string) ActionVerdict {
	rec := record(a.Record)
	av := ActionVerdict{Index: i, Target: a.Target, RecordHash: rec.Hash(), Model: rec.ModelDigest, Params: map[string]*big.Int{}, Refused: refused}
	fail := func(format string, args ...any) { av.Problems = append(av.Problems, fmt.Sprintf(format, args...)) }

	// the chain applied exactly the action's values
	values := map[[32]byte]*big.Int{}
	for j, p := range a.Params {
		if j >= len(a.Values) {
			break
		}
		values[p] = a.Values[j]
		av.Params[paramName(p)] = a.Values[j]
		if refused != "" {
			continue // the guard applied nothing for this action
		}
		if got, ok := applied[appliedKey{a.Target, p}]; !ok || got.Cmp(a.Values[j]) != 0 {
			fail("%s: the guard did not apply %s (ParameterApplied shows %v)", paramName(p), a.Values[j], got)
		}
	}

	// the record is in the root, on a canonical block
	if proof, err := commit.UnpackProof(a.Proof); err != nil {
		fail("proof: %v", err)
	} else if !commit.VerifyProof(proof, root, av.RecordHash) {
		fail("record %s is not in root %s (Merkle proof fails)", av.RecordHash, root)
	}
	if h, err := v.chain.HeaderByNumber(ctx, new(big.Int).SetUint64(rec.BlockNumber)); err != nil {
		fail("block %d of the record not available: %v", rec.BlockNumber, err)
	} else if h.Hash() != rec.BlockHash {
		fail("the record claims block %d has hash %s, but the canonical block has %s", rec.BlockNumber, rec.BlockHash, h.Hash())
	}

	// the published inputs and outputs are what the record commits to
	if got := crypto.Keccak256Hash(a.Inputs); got != rec.InputDigest {
		fail("input digest mismatch: the record commits to %s but the published inputs hash to %s", rec.InputDigest, got)
	}
	if got := crypto.Keccak256Hash(a.Outputs); got != rec.OutputDigest {
		fail("output digest mismatch: the record commits to %s but the published outputs hash to %s", rec.OutputDigest, got)
	}
	if v.cfg.Records != nil {
		av.StoreChecked, av.StoreMatched = v.crossCheckStore(ctx, rec, a, fail)
	}

	// the model gives these outputs on these inputs
	model, err := v.cfg.Models.Model(rec.ModelDigest)
	if err != nil {
		fail("model %s not available to re-check: %v", rec.ModelDigest, err)
		return av
	}
	out, err := model.Recheck(ctx, a.Inputs, a.Outputs)
	if err != nil {
		fail("model %s: %v", rec.ModelDigest, err)
		return av
	}
	av.Outputs = out.Values

	// the applied values follow from the outputs
	c, err := commit.DecodeContext(a.Context)
	if err != nil {
		fail("context: %v", err)
		return av
	}
	d, ok := v.cfg.Derivers[c.Strategy]
	if !ok {
		fail("context names strategy %q, which this verifier cannot re-derive", c.Strategy)
		return av
	}
	want, err := d.Derive(ctx, program.Derivation{Chain: v.chain, Target: a.Target, Params: a.Params, Record: rec, Outputs: out, Inputs: a.Inputs, Context: c, Included: included})
	if err != nil {
		fail("re-derive %s: %v", c.Strategy, err)
		return av
	}
	for p, w := range want {
		if got, ok := values[p]; !ok || got.Cmp(w) != 0 {
			fail("on-chain %s %v differs from %v, which %s derives from the committed output %v", paramName(p), got, w, c.Strategy, out.Values)
		}
	}
	for p := range values {
		if _, ok := want[p]; !ok {
			fail("%s was applied but %s derives no value for it", paramName(p), c.Strategy)
		}
	}
	return av
}

// crossCheckStore compares the agent's stored record with the committed
// one (StoreFields): found is false when the store has no such record,
// matched true when every field agreed.
func (v *Verifier) crossCheckStore(ctx context.Context, rec commit.Record, a bindings.Action, fail func(string, ...any)) (found, matched bool) {
	stored, err := v.cfg.Records.Record(ctx, rec.Hash())
	if err != nil {
		fail("record %s not in the agent's store: %v", rec.Hash(), err)
		return false, false
	}
	matched = true
	differ := func(format string, args ...any) {
		matched = false
		fail(format, args...)
	}
	for _, m := range []struct {
		field         string
		stored, chain any
	}{
		{"agent", stored.AgentAddress, rec.Agent},
		{"model digest", stored.ModelDigest, rec.ModelDigest},
		{"block number", stored.BlockNumber, rec.BlockNumber},
		{"block hash", stored.BlockHash, rec.BlockHash},
		{"nonce", stored.Nonce, rec.Nonce},
		{"input digest", stored.InputDigest, rec.InputDigest},
		{"output digest", stored.OutputDigest, rec.OutputDigest},
	} {
		if m.stored != m.chain {
			differ("stored record's %s %v differs from the committed %v", m.field, m.stored, m.chain)
		}
	}
	// Published values that do not decode are a problem of their own
	// (reported with the action); the stored ones are then not compared.
	if in, err := commit.DecodeInts(a.Inputs); err != nil {
		matched = false
	} else if !slices.Equal(in, stored.Inputs) {
		differ("stored inputs %v differ from the published %v", stored.Inputs, in)
	}
	if out, err := commit.DecodeInts(a.Outputs); err != nil {
		matched = false
	} else if !slices.Equal(out, stored.Outputs) {
		differ("stored outputs %v differ from the published %v", stored.Outputs, out)
	}
	return true, matched
}

func paramName(p [32]byte) string {
	if name, ok := contracts.ParamName(p); ok {
		return name
	}
	return common.Hash(p).Hex()
}
