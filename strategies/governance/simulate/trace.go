package simulate

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/strategies/governance/effects"
)

// trace runs the executed calls (calls[:end]) through debug_traceCall, in
// order, each with the state the calls before it left carried as state
// overrides, and records their delegatecalls, self-destructs, created
// contracts and implementation-slot changes in e. It reports false when
// the node cannot trace and mode allows that.
//
// Per call, one batch of two traces on the run's block: the callTracer
// (the frames) and the prestateTracer in diffMode (what the call changed:
// balances, nonces, code, storage), whose post-state is added to the
// overrides of the next call. Two requests because anvil has no muxTracer.
func (r *run) trace(ctx context.Context, mode TraceMode, end int, e *effects.Effects) (bool, error) {
	if mode == TraceOff || end == 0 {
		return false, nil
	}
	carried := overrides{}
	callCfg := traceConfig{Tracer: "callTracer"}
	diffCfg := traceConfig{Tracer: "prestateTracer", TracerConfig: json.RawMessage(`{"diffMode":true}`)}
	tag := blockTag(r.block)
	for k := range end {
		ov := carried.clone()
		if r.calls[k].Delegatecall {
			acc := ov[r.executor]
			code := hexutil.Bytes(delegateForwarder)
			acc.Code = &code
			ov[r.executor] = acc
		}
		callCfg.StateOverrides, diffCfg.StateOverrides = ov, ov
		var (
			top  frame
			diff stateDiff
			args = r.args(k)
		)
		batch := []rpc.BatchElem{
			{Method: "debug_traceCall", Args: []any{args, tag, callCfg}, Result: &top},
			{Method: "debug_traceCall", Args: []any{args, tag, diffCfg}, Result: &diff},
		}
		if err := r.c.BatchCallContext(ctx, batch); err != nil {
			return false, fmt.Errorf("trace call %d: %w", k, err)
		}
		for i, b := range batch {
			if b.Error == nil {
				continue
			}
			var unsupported *UnsupportedError
			switch {
			case methodMissing(b.Error):
				unsupported = &UnsupportedError{Method: "debug_traceCall", Err: b.Error}
			case tracerMissing(b.Error):
				unsupported = &UnsupportedError{Method: fmt.Sprintf("debug_traceCall (%s)", []string{"callTracer", "prestateTracer"}[i]), Err: b.Error}
			default:
				return false, fmt.Errorf("trace call %d: %w", k, b.Error)
			}
			if mode == TraceRequired {
				return false, unsupported
			}
			if k > 0 {
				// The node traced the calls before: a tracer failing now is
				// not a missing method, and half-traced effects would
				// mislead.
				return false, fmt.Errorf("trace call %d: %w", k, b.Error)
			}
			r.log.Warn("node cannot trace: no delegatecalls, self-destructs or created contracts recorded", "err", unsupported)
			return false, nil
		}
		if top.Error != "" {
			// eth_simulateV1 ran this call without failing; a trace that
			// fails means the carried state differs from the simulation's
			// (block number and time differ by a block).
			r.log.Warn("trace of a call the simulation executed failed", "call", k, "err", top.Error)
		}
		frames(e, k, top)
		selfDestructTransfers(e, k, top)
		r.diffUpgrades(e, k, diff)
		carried.apply(diff)
	}
	return true, nil
}

// frames records f's tree of call frames: delegatecalls (and callcodes,
// which run another's code as well), self-destructs (From destroyed,
// funds to To) and creations with the size of the code they left. A frame
// that failed undid itself and everything under it, so it is skipped.
func frames(e *effects.Effects, call int, f frame) {
	if f.Error != "" {
		return
	}
	var to common.Address
	if f.To != nil {
		to = *f.To
	}
	switch f.Type {
	case "DELEGATECALL", "CALLCODE":
		e.DelegateCalls = append(e.DelegateCalls, effects.Frame{Call: call, From: f.From, To: to})
	case "SELFDESTRUCT":
		e.SelfDestructs = append(e.SelfDestructs, effects.Frame{Call: call, From: f.From, To: to})
	case "CREATE", "CREATE2":
		// The callTracer's output of a creation is the code deployed.
		e.Created = append(e.Created, effects.Created{Call: call, Address: to, CodeSize: len(f.Output)})
	}
	for _, c := range f.Calls {
		frames(e, call, c)
	}
}

// selfDestructTransfers adds the ether a self-destruct of call sent to its
// beneficiary where eth_simulateV1's transfer logs left it out (anvil
// logs value transfers of calls and creations, not of self-destructs;
// go-ethereum logs all three), after the call's other transfers.
func selfDestructTransfers(e *effects.Effects, call int, top frame) {
	type move struct {
		from, to common.Address
		amount   string
	}
	logged := map[move]int{}
	last := -1 // index of the call's last transfer
	for i, t := range e.Transfers {
		if t.Call != call {
			continue
		}
		last = i
		if t.Token == effects.ETH {
			logged[move{t.From, t.To, t.Amount.String()}]++
		}
	}
	if last < 0 {
		for i, t := range e.Transfers {
			if t.Call < call {
				last = i
			}
		}
	}
	var missing []effects.Transfer
	var walk func(f frame)
	walk = func(f frame) {
		if f.Error != "" {
			return
		}
		if f.Type == "SELFDESTRUCT" && f.To != nil && f.Value != nil && f.Value.ToInt().Sign() > 0 && f.From != *f.To {
			m := move{f.From, *f.To, f.Value.ToInt().String()}
			if logged[m] > 0 {
				logged[m]--
			} else {
				missing = append(missing, effects.Transfer{Call: call, Token: effects.ETH, From: f.From, To: *f.To, Amount: f.Value.ToInt()})
			}
		}
		for _, c := range f.Calls {
			walk(c)
		}
	}
	walk(top)
	if len(missing) > 0 {
		e.Transfers = slices.Insert(e.Transfers, last+1, missing...)
	}
}

// diffUpgrades records each account whose EIP-1967 implementation slot the
// call changed, unless an Upgraded event of the call already says so.
func (r *run) diffUpgrades(e *effects.Effects, call int, d stateDiff) {
	for addr, post := range d.Post {
		was, wasSet := d.Pre[addr].Storage[implementationSlot]
		now, nowSet := post.Storage[implementationSlot]
		if !wasSet && !nowSet {
			continue // unchanged slots are left out of both
		}
		if was == now || hasUpgrade(e, call, addr) {
			continue
		}
		e.Upgrades = append(e.Upgrades, effects.Upgrade{Call: call, Proxy: addr, Implementation: common.BytesToAddress(now[12:])})
	}
}

// apply adds what a call changed (a prestateTracer diff) to o. The
// tracer leaves out of post an account the call destroyed and, of an
// account it kept, a slot it zeroed; both are in pre.
func (o overrides) apply(d stateDiff) {
	for addr, pre := range d.Pre {
		if _, kept := d.Post[addr]; !kept {
			zero, code, empty := hexutil.Uint64(0), hexutil.Bytes{}, map[common.Hash]common.Hash{}
			o[addr] = override{Nonce: &zero, Code: &code, Balance: (*hexutil.Big)(new(big.Int)), State: &empty}
			continue
		}
		acc := o[addr]
		for slot := range pre.Storage {
			if _, kept := d.Post[addr].Storage[slot]; !kept {
				acc.set(slot, common.Hash{})
			}
		}
		o[addr] = acc
	}
	for addr, post := range d.Post {
		acc := o[addr]
		if post.Balance != nil {
			acc.Balance = post.Balance
		}
		if post.Nonce != nil {
			n := hexutil.Uint64(*post.Nonce)
			acc.Nonce = &n
		}
		if post.Code != nil {
			code := *post.Code
			acc.Code = &code
		}
		for slot, v := range post.Storage {
			acc.set(slot, v)
		}
		o[addr] = acc
	}
}

// set writes one storage slot of the override: into State when the
// account's storage is replaced whole (it was destroyed), else StateDiff.
func (a *override) set(slot, v common.Hash) {
	if a.State != nil {
		(*a.State)[slot] = v
		return
	}
	if a.StateDiff == nil {
		a.StateDiff = map[common.Hash]common.Hash{}
	}
	a.StateDiff[slot] = v
}
