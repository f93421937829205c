package agents_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/strategies/marketmaking"
)

// twoVaults is a program that steers two vaults on one pool from two
// inferences per tick: the window features as they are, and the same
// features with the volatility inputs scaled up (a wider forecast). Each
// vault's call carries its own record, so one bundle holds two records,
// two proofs under one root, and two guarded calls.
type twoVaults struct {
	progs [2]*marketmaking.Program
}

var _ program.Program = (*twoVaults)(nil)

func (p *twoVaults) Observe(ctx context.Context, head *types.Header, logs []types.Log) (program.Observation, error) {
	var obs [2]program.Observation
	for i, prog := range p.progs {
		o, err := prog.Observe(ctx, head, logs)
		if err != nil {
			return program.Observation{}, err
		}
		obs[i] = o
	}
	return program.Observation{Block: head, State: obs[0].State, Private: obs}, nil
}

func (p *twoVaults) Inputs(obs program.Observation) ([]program.Input, bool, error) {
	in, ready, err := p.progs[0].Inputs(obs.Private.([2]program.Observation)[0])
	if err != nil || !ready {
		return nil, ready, err
	}
	wide := append([]float64(nil), in[0].Features...)
	for i := range wide[:2] { // vol30, vol10
		wide[i] *= 1.8
	}
	return []program.Input{in[0], {Features: wide}}, true, nil
}

func (p *twoVaults) Decide(obs program.Observation, outputs []program.Output) (program.Plan, error) {
	if len(outputs) != 2 {
		return program.Plan{}, fmt.Errorf("want 2 outputs, got %d", len(outputs))
	}
	each := obs.Private.([2]program.Observation)
	merged := program.Plan{Hold: true, Action: map[string]any{}}
	for i, prog := range p.progs {
		plan, err := prog.Decide(each[i], outputs[i:i+1])
		if err != nil {
			return program.Plan{}, err
		}
		if i == 0 {
			merged.Action, merged.Reason = plan.Action, plan.Reason
		}
		if plan.Hold {
			continue
		}
		merged.Hold, merged.Context = false, plan.Context // one pool, one tick: the same context
		for _, c := range plan.Calls {
			c.Record = i
			merged.Calls = append(merged.Calls, c)
		}
	}
	return merged, nil
}

func (p *twoVaults) Declare() program.Declaration {
	d := p.progs[0].Declare()
	d.Guarded = append(d.Guarded, p.progs[1].Declare().Guarded...)
	return d
}

// TestTickWithSeveralRecordsAndCalls commits ticks of two inference records
// and up to two calls in one bundle (issue 10): each call is applied on
// chain with the proof of its own record, the decision keeps both records,
// and `steward verify`'s checks pass for each action.
func TestTickWithSeveralRecordsAndCalls(t *testing.T) {
	var vaults [2]common.Address
	r := newRig(t, rigOptions{program: func(r *rig) program.Program {
		dep := r.chain.Deployment()
		if vaults[0] == (common.Address{}) {
			vaults = [2]common.Address{dep.Vault, secondVault(r.t.(*testing.T), r.ctx, r.chain)}
		}
		p := &twoVaults{}
		for i, v := range vaults {
			prog, err := marketmaking.NewProgram(marketmaking.ProgramConfig{Pool: dep.Pool, Vault: v, Params: testParams(dep.TickSpacing)}, r.chain.Client())
			if err != nil {
				r.t.Fatal(err)
			}
			p.progs[i] = prog
		}
		return p
	}})
	for range 40 {
		r.step()
	}
	ver, err := verify.New(r.chain.Client(), verify.Config{Guard: r.chain.Deployment().Guard, Derivers: marketmaking.Derivers(),
		Models: r.models, Records: r.store})
	if err != nil {
		t.Fatal(err)
	}
	double := 0
	for _, rep := range r.report {
		if rep.Stage != agents.StageSettled {
			continue
		}
		if !rep.Outcome.Success {
			t.Fatalf("bundle %s failed: %s", rep.TxHash, rep.Outcome.Reason)
		}
		v, err := ver.Tx(r.ctx, rep.TxHash)
		if err != nil {
			t.Fatal(err)
		}
		if !v.OK() {
			t.Fatalf("verify %s: %+v", rep.TxHash, v)
		}
		d, err := r.store.Decision(r.ctx, rep.Decision)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Records) != 2 || d.RecordHash != d.Records[0] {
			t.Fatalf("decision %d keeps records %v (record %s), want the tick's two", d.ID, d.Records, d.RecordHash)
		}
		// Each action is published with its own record, both under the one root.
		seen := map[common.Hash]bool{}
		for _, a := range v.Actions {
			if a.RecordHash != d.Records[0] && a.RecordHash != d.Records[1] {
				t.Fatalf("action %d of %s publishes record %s, not one of the tick's", a.Index, rep.TxHash, a.RecordHash)
			}
			if !a.StoreChecked {
				t.Fatalf("action %d of %s was not matched with the store", a.Index, rep.TxHash)
			}
			seen[a.RecordHash] = true
		}
		if len(v.Actions) == 2 {
			if len(seen) != 2 || v.Actions[0].Target == v.Actions[1].Target {
				t.Fatalf("two actions of %s share a record or a target: %+v", rep.TxHash, v.Actions)
			}
			double++
		}
	}
	if double == 0 {
		t.Fatalf("no bundle carried two calls; stages %v", r.stages())
	}
	// Every record of every tick is stored, with consecutive nonces.
	st, err := r.store.Stats(r.ctx, "mm-test")
	if err != nil {
		t.Fatal(err)
	}
	if st[store.DecisionConfirmed] == 0 {
		t.Fatalf("nothing confirmed: %v", st)
	}
	n, err := r.store.NextRecordNonce(r.ctx, "mm-test")
	if err != nil {
		t.Fatal(err)
	}
	decided := 0
	for _, rep := range r.report {
		if rep.Decision != 0 && rep.Stage != agents.StageSettled {
			decided++
		}
	}
	if n != uint64(2*decided) {
		t.Fatalf("next record nonce %d after %d decided ticks of two records each", n, decided)
	}
}
