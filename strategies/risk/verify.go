package risk

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// Deriver re-derives applied risk parameters for `steward verify`: Target
// of the re-run model's risk and the published base, current values,
// usage and policy. It refuses a context out of parseContext's bounds, an
// action that leaves out a parameter the target changes or sets one that
// is not the reserve's, and a context the chain contradicts (checkChain):
// current values other than the guard's before the action's block, a base
// outside the guard's bounds, a step other than the guard's.
type Deriver struct{}

var _ program.Deriver = Deriver{}

// contextLen is the published context's length: the symbol's two words,
// then derivationValues' 19.
const contextLen = 2 + 19

// contextNames name derivationValues' fields, in its order, for errors.
var contextNames = [19]string{
	"base.ltv", "base.liquidationThreshold", "base.liquidationBonus", "base.supplyCap", "base.borrowCap",
	"cur.ltv", "cur.liquidationThreshold", "cur.liquidationBonus", "cur.supplyCap", "cur.borrowCap",
	"usage.supplied", "usage.borrowed",
	"policy.ltvCut", "policy.thresholdCut", "policy.bonusRaise", "policy.capFloor", "policy.capHeadroom",
	"policy.maxStep", "policy.maxCapStep",
}

// Bounds on a published context. Within them Target's arithmetic stays far
// from int64's range (TestTargetDoesNotOverflow): threshold × bonus below
// 2^30, a cap times a step in bps below 2^51, usage times headroom below
// 2^62.
const (
	// maxBps bounds LTV, threshold, bonus and the policy's steps: twice
	// 100 %, above any LTV or threshold Aave accepts (threshold × bonus ≤
	// 100 % keeps them below 100 %) and any bonus a market pays.
	maxBps = 2 * PercentageFactor
	// maxCap is the largest cap Aave's configuration holds (36 bits).
	maxCap = 1<<36 - 1
	// maxUsage bounds supplied and borrowed whole tokens: 2^48 (2.8e14),
	// above any cap and any real reserve.
	maxUsage = 1 << 48
)

// Bounds on what Derive reads from the chain (DeriveChain serves calls at
// the latest block and logs).
const (
	// logChunk is the most blocks one log query spans.
	logChunk = 2_000
	// appliedLookback is how far before the action's block guardValues
	// searches for a parameter's last change: about a day of 400 ms blocks.
	appliedLookback = 1 << 18
)

// derivation is a parsed published context.
type derivation struct {
	symbol    string
	base, cur Params
	usage     Usage
	pol       Policy
}

// Derive implements program.Deriver.
func (Deriver) Derive(ctx context.Context, d program.Derivation) (map[[32]byte]*big.Int, error) {
	der, err := parseContext(d.Context.Values)
	if err != nil {
		return nil, err
	}
	want, err := der.values(d)
	if err != nil {
		return nil, err
	}
	if err := der.checkChain(ctx, d); err != nil {
		return nil, err
	}
	return want, nil
}

// parseContext decodes a published context and bounds it: basis points
// (LTV, threshold, bonus, the policy's steps) within 0 … maxBps, the
// policy's cuts, floor and headroom within 0 … 100 %, caps within Aave's 36
// bits, usage within maxUsage; the policy valid; base and current values
// configurations Aave accepts (Check without usage: a cap may sit below
// usage that grew after it was set). A hostile context thus can neither
// overflow Target nor keep it busy.
func parseContext(v []int64) (derivation, error) {
	if len(v) != contextLen {
		return derivation{}, fmt.Errorf("risk: the context has %d values, want %d", len(v), contextLen)
	}
	symbol, err := wordsSymbol(v[:2])
	if err != nil {
		return derivation{}, err
	}
	v = v[2:]
	limit := func(i int) int64 {
		switch i {
		case 3, 4, 8, 9: // base and current caps
			return maxCap
		case 10, 11:
			return maxUsage
		case 12, 13, 14, 15, 16: // the policy's cuts, floor and headroom
			return PercentageFactor
		}
		return maxBps
	}
	for i, x := range v {
		if x < 0 || x > limit(i) {
			return derivation{}, fmt.Errorf("risk: the published %s %d is outside 0..%d", contextNames[i], x, limit(i))
		}
	}
	der := derivation{symbol: symbol,
		base:  Params{LTV: v[0], LiquidationThreshold: v[1], LiquidationBonus: v[2], SupplyCap: v[3], BorrowCap: v[4]},
		cur:   Params{LTV: v[5], LiquidationThreshold: v[6], LiquidationBonus: v[7], SupplyCap: v[8], BorrowCap: v[9]},
		usage: Usage{Supplied: v[10], Borrowed: v[11]},
		pol:   Policy{LTVCut: v[12], ThresholdCut: v[13], BonusRaise: v[14], CapFloor: v[15], CapHeadroom: v[16], MaxStep: v[17], MaxCapStep: v[18]},
	}
	if err := der.pol.Validate(); err != nil {
		return derivation{}, fmt.Errorf("risk: the published policy: %w", err)
	}
	if err := der.base.Check(Usage{}); err != nil {
		return derivation{}, fmt.Errorf("risk: the published base.* values: %w", err)
	}
	if err := der.cur.Check(Usage{}); err != nil {
		return derivation{}, fmt.Errorf("risk: the published cur.* values: %w", err)
	}
	return der, nil
}

// params are the on-chain names of the reserve's parameters, in fields' order.
func (der derivation) params() [][32]byte {
	ps := make([][32]byte, len(fields))
	for i, f := range fields {
		ps[i] = contracts.Param(contracts.AaveParam(der.symbol, f))
	}
	return ps
}

// values are Target's values for the action's parameters. Every parameter
// the target moves from its current value must be among them (an action
// that leaves out a change the model implies does not follow from it), and
// each must be one of the reserve's, once.
func (der derivation) values(d program.Derivation) (map[[32]byte]*big.Int, error) {
	if len(d.Outputs.Values) == 0 || d.Outputs.Scale <= 0 {
		return nil, fmt.Errorf("risk: an output of %d values at scale %d is not a risk", len(d.Outputs.Values), d.Outputs.Scale)
	}
	// The same expression as Program.Decide, overflow included, so that
	// both see the same risk.
	next := Target(der.base, der.cur, der.usage, d.Outputs.Values[0]*PercentageFactor/d.Outputs.Scale, der.pol)
	nextV, curV := next.values(), der.cur.values()
	params := der.params()
	out := map[[32]byte]*big.Int{}
	for _, p := range d.Params {
		i := slices.Index(params, p)
		if i < 0 {
			return nil, fmt.Errorf("risk: the action sets %s, which is not one of %s's parameters", paramName(p), der.symbol)
		}
		if _, dup := out[p]; dup {
			return nil, fmt.Errorf("risk: the action sets %s twice", paramName(p))
		}
		out[p] = big.NewInt(nextV[i])
	}
	for i, p := range params {
		if _, ok := out[p]; !ok && nextV[i] != curV[i] {
			return nil, fmt.Errorf("risk: the model's risk moves %s from %d to %d, but the action does not set it", paramName(p), curV[i], nextV[i])
		}
	}
	return out, nil
}

// values are p's fields in fields' order.
func (p Params) values() []int64 {
	return []int64{p.LTV, p.LiquidationThreshold, p.LiquidationBonus, p.SupplyCap, p.BorrowCap}
}

// paramName is p's name for an error, or its hex where it is not one.
func paramName(p [32]byte) string {
	if n, ok := contracts.ParamName(p); ok {
		return n
	}
	return common.Hash(p).Hex()
}

// checkChain checks the published context against the chain, with calls
// at the latest block and bounded log queries. d.Target is the
// AaveRiskSteward; its guard (AaveRiskSteward.guard, immutable) is the
// ParameterGuard that applied the action and whose logs record every value
// it set. For each of the reserve's parameters:
//
//   - the published current value must be the guard's value before the
//     action's block: that of its last ParameterApplied (newValue) or
//     BoundsSet (initial, which setBounds resets the value to) in a block
//     before d.Included (guardValues);
//   - the guard must bound it on the steward, with the published base
//     within [min, max];
//   - for LTV, threshold and bonus the guard's maxStep must be the
//     policy's MaxStep; for caps a guard's maxStepBps (if set) must be at
//     least the policy's MaxCapStep.
//
// The bounds are the latest block's (historical state is not assumed): a
// setBounds after the action can fail the check of an older action, which
// the error then names.
func (der derivation) checkChain(ctx context.Context, d program.Derivation) error {
	if d.Chain == nil {
		return errors.New("risk: no chain to check the published context against")
	}
	if d.Included == 0 {
		return errors.New("risk: the action's block is unknown, so its current values cannot be checked")
	}
	steward, g := bindings.NewAaveRiskSteward(), bindings.NewParameterGuard()
	guard, err := contracts.Call(ctx, d.Chain, ethereum.CallMsg{To: &d.Target, Data: steward.PackGuard()}, nil, steward.UnpackGuard)
	if err != nil {
		return fmt.Errorf("risk: target %s is not an AaveRiskSteward: %w", d.Target, err)
	}
	params := der.params()
	baseV, curV := der.base.values(), der.cur.values()
	for i, p := range params {
		b, err := contracts.Call(ctx, d.Chain, ethereum.CallMsg{To: &guard, Data: g.PackBounds(d.Target, p)}, nil, g.UnpackBounds)
		if err != nil {
			return fmt.Errorf("risk: guard %s bounds of %s: %w", guard, paramName(p), err)
		}
		if !b.Configured {
			return fmt.Errorf("risk: guard %s has no bounds for %s on %s", guard, paramName(p), d.Target)
		}
		if x := big.NewInt(baseV[i]); x.Cmp(b.B.Min) < 0 || x.Cmp(b.B.Max) > 0 {
			return fmt.Errorf("risk: the published %s %d is outside the guard's bounds [%s, %s] for %s",
				contextNames[i], baseV[i], b.B.Min, b.B.Max, paramName(p))
		}
		switch fields[i] {
		case contracts.AaveSupplyCap, contracts.AaveBorrowCap:
			if b.B.MaxStepBps != 0 && der.pol.MaxCapStep > int64(b.B.MaxStepBps) {
				return fmt.Errorf("risk: the published policy.maxCapStep %d bps is above the guard's maxStepBps %d for %s",
					der.pol.MaxCapStep, b.B.MaxStepBps, paramName(p))
			}
		default:
			if b.B.MaxStep.Cmp(big.NewInt(der.pol.MaxStep)) != 0 {
				return fmt.Errorf("risk: the published policy.maxStep %d differs from the guard's maxStep %s for %s",
					der.pol.MaxStep, b.B.MaxStep, paramName(p))
			}
		}
	}
	got, err := guardValues(ctx, d.Chain, guard, d.Target, params, d.Included)
	if err != nil {
		return err
	}
	for i, p := range params {
		if got[i].Cmp(big.NewInt(curV[i])) != 0 {
			return fmt.Errorf("risk: the published %s %d differs from the guard's %s %s before block %d",
				contextNames[5+i], curV[i], paramName(p), got[i], d.Included)
		}
	}
	return nil
}

// guardValues are the guard's values of params on target at the end of
// block included − 1, read from its logs in queries of at most logChunk
// blocks:
//
//  1. where a parameter's first event in block included is a
//     ParameterApplied (the action's own, or one before it), its oldValue;
//  2. else the newValue of its last ParameterApplied, or the initial of its
//     last BoundsSet (setBounds resets the value), in a block before
//     included, searched back at most appliedLookback blocks;
//  3. else, if the guard last changed it before included, its current value
//     (a later setBounds would have reset that block to 0, a later change
//     moved it past included).
//
// A parameter none of these settles is an error.
func guardValues(ctx context.Context, c program.DeriveChain, guard, target common.Address, params [][32]byte, included uint64) ([]*big.Int, error) {
	g := bindings.NewParameterGuard()
	parsed, err := bindings.ParameterGuardMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	topics := [][]common.Hash{{parsed.Events["ParameterApplied"].ID, parsed.Events["BoundsSet"].ID},
		{common.BytesToHash(target.Bytes())}, make([]common.Hash, len(params))}
	for i, p := range params {
		topics[2][i] = p
	}
	// query returns the guard's logs of blocks from..to in chain order, or
	// latest first.
	query := func(from, to uint64, latestFirst bool) ([]types.Log, error) {
		logs, err := c.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: new(big.Int).SetUint64(from), ToBlock: new(big.Int).SetUint64(to),
			Addresses: []common.Address{guard}, Topics: topics})
		if err != nil {
			return nil, fmt.Errorf("risk: guard %s events in blocks %d..%d: %w", guard, from, to, err)
		}
		logs = slices.DeleteFunc(logs, func(l types.Log) bool {
			return l.Removed || l.Address != guard || l.BlockNumber < from || l.BlockNumber > to
		})
		slices.SortFunc(logs, func(a, b types.Log) int {
			o := cmp.Or(cmp.Compare(a.BlockNumber, b.BlockNumber), cmp.Compare(a.Index, b.Index))
			if latestFirst {
				return -o
			}
			return o
		})
		return logs, nil
	}
	// decode is the parameter's index in params, and the value before and
	// after the event (before: nil for a BoundsSet).
	decode := func(l *types.Log) (j int, before, after *big.Int) {
		var param [32]byte
		if ev, err := g.UnpackParameterAppliedEvent(l); err == nil && ev.Target == target {
			param, before, after = ev.Param, ev.OldValue, ev.NewValue
		} else if ev, err := g.UnpackBoundsSetEvent(l); err == nil && ev.Target == target {
			param, after = ev.Param, ev.Initial
		} else {
			return -1, nil, nil
		}
		return slices.Index(params, param), before, after
	}

	got := make([]*big.Int, len(params))
	missing := len(params)
	logs, err := query(included, included, false)
	if err != nil {
		return nil, err
	}
	seen := make([]bool, len(params))
	for i := range logs {
		if j, before, _ := decode(&logs[i]); j >= 0 && !seen[j] {
			seen[j] = true
			if before != nil {
				got[j] = before
				missing--
			}
		}
	}

	last := included - 1
	first := last - min(last, appliedLookback-1)
	for to := last; missing > 0; to -= logChunk {
		from := to - min(to-first, logChunk-1)
		logs, err := query(from, to, true)
		if err != nil {
			return nil, err
		}
		for i := range logs {
			if j, _, after := decode(&logs[i]); j >= 0 && got[j] == nil {
				got[j] = after
				missing--
			}
		}
		if from == first {
			break
		}
	}

	for i, p := range params {
		if got[i] != nil {
			continue
		}
		cur, err := contracts.Call(ctx, c, ethereum.CallMsg{To: &guard, Data: g.PackCurrent(target, p)}, nil, g.UnpackCurrent)
		if err != nil {
			return nil, fmt.Errorf("risk: guard %s current %s: %w", guard, paramName(p), err)
		}
		if cur.LastBlock == 0 || cur.LastBlock >= included {
			return nil, fmt.Errorf("risk: guard %s: no ParameterApplied or BoundsSet of %s in blocks %d..%d, and its value now dates from block %d (0: a setBounds), not before %d",
				guard, paramName(p), first, included, cur.LastBlock, included)
		}
		got[i] = cur.Value
	}
	return got, nil
}
