package risk

import (
	"context"
	"errors"
	"math/big"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/commit"
)

// guardChain is a DeriveChain holding one AaveRiskSteward and its
// ParameterGuard: the guard's bounds and current values (calls) and its
// ParameterApplied and BoundsSet events (logs). It records every log query.
type guardChain struct {
	steward, guard common.Address
	bounds         map[[32]byte]bindings.ParamBounds
	current        map[[32]byte]bindings.CurrentOutput
	logs           []types.Log
	queries        [][2]uint64
}

var _ program.DeriveChain = (*guardChain)(nil)

var (
	testSteward = common.HexToAddress("0x5151")
	testGuard   = common.HexToAddress("0x6a6a")
	guardABI, _ = bindings.ParameterGuardMetaData.ParseABI()
	stewABI, _  = bindings.AaveRiskStewardMetaData.ParseABI()
)

// newGuardChain has the dev market's bounds for dWETH (AaveGuardBounds of
// the real WETH configuration) set in block 10, and nothing applied.
func newGuardChain() *guardChain {
	g := &guardChain{steward: testSteward, guard: testGuard, bounds: map[[32]byte]bindings.ParamBounds{},
		current: map[[32]byte]bindings.CurrentOutput{}}
	for _, b := range devchain.AaveGuardBounds(devchain.AaveWETH(), devchain.DefaultAaveCooldown) {
		pb := bindings.ParamBounds{Min: big.NewInt(b.Bounds.Min), Max: big.NewInt(b.Bounds.Max), MaxStep: big.NewInt(b.Bounds.MaxStep),
			MaxStepBps: b.Bounds.MaxStepBps, CooldownBlocks: b.Bounds.CooldownBlocks}
		g.bounds[contracts.Param(b.Param)] = pb
		g.current[contracts.Param(b.Param)] = bindings.CurrentOutput{Value: big.NewInt(b.Initial)}
		g.boundsSet(10, b.Param, pb, b.Initial)
	}
	return g
}

func (g *guardChain) log(block uint64, event, param string, data ...any) {
	ev := guardABI.Events[event]
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		panic(err)
	}
	g.logs = append(g.logs, types.Log{Address: g.guard, Topics: []common.Hash{ev.ID, common.BytesToHash(g.steward.Bytes()),
		contracts.Param(param)}, Data: packed, BlockNumber: block, Index: uint(len(g.logs))})
}

func (g *guardChain) applied(block uint64, param string, from, to int64) {
	g.log(block, "ParameterApplied", param, big.NewInt(from), big.NewInt(to), [32]byte{1}, [32]byte{2})
	g.current[contracts.Param(param)] = bindings.CurrentOutput{Value: big.NewInt(to), LastBlock: block}
}

func (g *guardChain) boundsSet(block uint64, param string, b bindings.ParamBounds, initial int64) {
	g.log(block, "BoundsSet", param, b, big.NewInt(initial))
	g.current[contracts.Param(param)] = bindings.CurrentOutput{Value: big.NewInt(initial)}
}

func (g *guardChain) CallContract(_ context.Context, msg ethereum.CallMsg, _ *big.Int) ([]byte, error) {
	switch {
	case msg.To == nil || len(msg.Data) < 4:
		return nil, nil
	case *msg.To == g.steward && string(msg.Data[:4]) == string(stewABI.Methods["guard"].ID):
		return stewABI.Methods["guard"].Outputs.Pack(g.guard)
	case *msg.To != g.guard:
		return nil, nil // no code
	}
	for _, name := range []string{"bounds", "current"} {
		m := guardABI.Methods[name]
		if string(msg.Data[:4]) != string(m.ID) {
			continue
		}
		in, err := m.Inputs.Unpack(msg.Data[4:])
		if err != nil {
			return nil, err
		}
		target, param := in[0].(common.Address), in[1].([32]byte)
		if name == "bounds" {
			b, ok := g.bounds[param]
			if !ok || target != g.steward {
				return m.Outputs.Pack(bindings.ParamBounds{Min: new(big.Int), Max: new(big.Int), MaxStep: new(big.Int)}, false)
			}
			return m.Outputs.Pack(b, true)
		}
		c, ok := g.current[param]
		if !ok || target != g.steward {
			return m.Outputs.Pack(new(big.Int), uint64(0))
		}
		return m.Outputs.Pack(c.Value, c.LastBlock)
	}
	return nil, errors.New("execution reverted")
}

func (g *guardChain) FilterLogs(_ context.Context, q ethereum.FilterQuery) ([]types.Log, error) {
	from, to := q.FromBlock.Uint64(), q.ToBlock.Uint64()
	g.queries = append(g.queries, [2]uint64{from, to})
	var out []types.Log
	for _, l := range g.logs {
		if l.BlockNumber < from || l.BlockNumber > to || !slices.Contains(q.Addresses, l.Address) {
			continue
		}
		match := true
		for i, want := range q.Topics {
			if len(want) > 0 && !slices.Contains(want, l.Topics[i]) {
				match = false
			}
		}
		if match {
			out = append(out, l)
		}
	}
	return out, nil
}

func (g *guardChain) SubscribeFilterLogs(context.Context, ethereum.FilterQuery, chan<- types.Log) (ethereum.Subscription, error) {
	return nil, errors.New("not supported")
}

// wethBase is the dev market's dWETH: the real WETH configuration.
var wethBase = Params{LTV: 8050, LiquidationThreshold: 8300, LiquidationBonus: 10500, SupplyCap: 3_000_000, BorrowCap: 2_700_000}

var fullRisk = program.Output{Values: []int64{10_000}, Scale: 10_000}

// published is the context Program.Decide publishes for dWETH.
func published(base, cur Params, u Usage, pol Policy) commit.Context {
	return commit.Context{Strategy: DerivationName, Values: append(symbolWords("dWETH"), derivationValues(base, cur, u, pol)...)}
}

// wethParams are the on-chain names of dWETH's parameters of the fields named.
func wethParams(names ...string) [][32]byte {
	var ps [][32]byte
	for _, n := range names {
		ps = append(ps, contracts.Param(contracts.AaveParam("dWETH", n)))
	}
	return ps
}

// TestDeriveRequiresEveryChange: every parameter the model's risk moves
// must be set by the action, none of another reserve, none twice.
func TestDeriveRequiresEveryChange(t *testing.T) {
	ctx := context.Background()
	u := Usage{Supplied: 1_000_000, Borrowed: 500_000}
	c := published(wethBase, wethBase, u, DefaultPolicy)
	next := Target(wethBase, wethBase, u, PercentageFactor, DefaultPolicy)
	all := wethParams(fields...)
	got, err := Deriver{}.Derive(ctx, program.Derivation{Chain: newGuardChain(), Target: testSteward, Params: all, Outputs: fullRisk, Context: c, Included: 100})
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range next.values() {
		if got[all[i]].Int64() != v {
			t.Fatalf("%s: derived %v, want %d", fields[i], got[all[i]], v)
		}
	}
	for _, tc := range []struct {
		name, want string
		params     [][32]byte
	}{
		// The bug: an action leaving out the borrow cap the model's risk
		// cuts was derived for what it did set, and verified.
		{"a change left out", "dWETH.borrowCap", wethParams(fields[:4]...)},
		{"only the LTV", "dWETH.liquidationThreshold", wethParams(contracts.AaveLTV)},
		{"another reserve's", "dUSDC.ltv", append(slices.Clone(all), contracts.Param("dUSDC.ltv"))},
		{"twice", "dWETH.ltv twice", append(slices.Clone(all), all[0])},
	} {
		_, err := Deriver{}.Derive(ctx, program.Derivation{Chain: newGuardChain(), Target: testSteward, Params: tc.params, Outputs: fullRisk, Context: c, Included: 100})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error naming %q", tc.name, err, tc.want)
		}
	}
	// At risk 0 on the base nothing moves: an empty action derives nothing,
	// and one that sets a value to what it is derives that value.
	zero := program.Output{Values: []int64{0}, Scale: 10_000}
	for _, ps := range [][][32]byte{nil, all[:1]} {
		got, err := Deriver{}.Derive(ctx, program.Derivation{Chain: newGuardChain(), Target: testSteward, Params: ps, Outputs: zero, Context: c, Included: 100})
		if err != nil || len(got) != len(ps) || len(ps) == 1 && got[all[0]].Int64() != wethBase.LTV {
			t.Errorf("risk 0, params %d: %v, %v", len(ps), got, err)
		}
	}
}

// TestDeriveChecksTheGuard: the published current values must be the
// guard's before the action's block, the base within the guard's bounds,
// the policy's steps the guard's; read with bounded log queries.
func TestDeriveChecksTheGuard(t *testing.T) {
	ctx := context.Background()
	u := Usage{Supplied: 1_000_000, Borrowed: 500_000}
	tightened := Target(wethBase, wethBase, u, PercentageFactor, DefaultPolicy)
	const included = 5_000
	for _, tc := range []struct {
		name      string
		chain     func(*guardChain)
		base, cur Params
		pol       Policy
		target    common.Address
		included  uint64 // 0: the default
		unknown   bool   // no inclusion block
		want      string // "" = derives
	}{
		{name: "the bounds' initial values"},
		// The bug: the published current values were never compared with
		// the chain; a made-up LTV passed.
		{name: "a current value the guard never had", cur: Params{LTV: 8000}, want: "cur.ltv 8000 differs from the guard's dWETH.ltv 8050"},
		{name: "after an update, the updated values", cur: tightened, chain: func(g *guardChain) {
			for i, f := range fields {
				g.applied(200, contracts.AaveParam("dWETH", f), wethBase.values()[i], tightened.values()[i])
			}
		}},
		{name: "after an update, the stale values", want: "cur.ltv 8050 differs from the guard's dWETH.ltv 7550", chain: func(g *guardChain) {
			g.applied(200, "dWETH.ltv", 8050, 7550)
		}},
		{name: "bounds set again after an update", chain: func(g *guardChain) {
			g.applied(200, "dWETH.ltv", 8050, 7550)
			g.boundsSet(300, "dWETH.ltv", g.bounds[contracts.Param("dWETH.ltv")], 8050)
		}},
		{name: "a change after the action is not the value before it", chain: func(g *guardChain) {
			g.applied(included+1, "dWETH.ltv", 8050, 7550)
		}},
		{name: "the action's own change tells the value before it", included: 10 + appliedLookback + 5_000, chain: func(g *guardChain) {
			for i, f := range fields { // the bounds' events are out of the lookback
				g.applied(10+appliedLookback+5_000, contracts.AaveParam("dWETH", f), wethBase.values()[i], tightened.values()[i])
			}
		}},
		{name: "the action's own change, the stale value", included: 10 + appliedLookback + 5_000, cur: Params{LTV: 7000},
			want: "cur.ltv 7000 differs from the guard's dWETH.ltv 8050", chain: func(g *guardChain) {
				for i, f := range fields {
					g.applied(10+appliedLookback+5_000, contracts.AaveParam("dWETH", f), wethBase.values()[i], tightened.values()[i])
				}
			}},
		{name: "nothing in the lookback and a value set since", included: 10 + appliedLookback + 5_000, chain: func(g *guardChain) {
			g.current[contracts.Param("dWETH.ltv")] = bindings.CurrentOutput{Value: big.NewInt(8050)} // a setBounds: block 0
		}, want: "no ParameterApplied or BoundsSet of dWETH.ltv"},
		{name: "base outside the guard's bounds", base: Params{LTV: 6000}, want: "base.ltv 6000 is outside the guard's bounds [6550, 8299]"},
		{name: "a policy step not the guard's", pol: Policy{MaxStep: 400}, want: "policy.maxStep 400 differs from the guard's maxStep 500"},
		{name: "a cap step above the guard's", pol: Policy{MaxCapStep: 6000}, want: "policy.maxCapStep 6000 bps is above the guard's maxStepBps 5000"},
		{name: "a parameter the guard does not bound", want: "no bounds for dWETH.borrowCap", chain: func(g *guardChain) {
			delete(g.bounds, contracts.Param("dWETH.borrowCap"))
		}},
		{name: "a target that is no steward", target: common.HexToAddress("0x77"), want: "is not an AaveRiskSteward"},
		{name: "nothing in the lookback, the guard's last change before the action", included: 10 + appliedLookback + 5_000, chain: func(g *guardChain) {
			for i, f := range fields {
				g.current[contracts.Param(contracts.AaveParam("dWETH", f))] = bindings.CurrentOutput{Value: big.NewInt(wethBase.values()[i]), LastBlock: 20}
			}
		}},
		{name: "no inclusion block", unknown: true, want: "block is unknown"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := newGuardChain()
			if tc.chain != nil {
				tc.chain(g)
			}
			base, cur, pol := wethBase, wethBase, DefaultPolicy
			merge := func(dst *Params, src Params) {
				if src != (Params{}) {
					if src.LiquidationThreshold == 0 {
						src.LiquidationThreshold, src.LiquidationBonus, src.SupplyCap, src.BorrowCap = dst.LiquidationThreshold, dst.LiquidationBonus, dst.SupplyCap, dst.BorrowCap
					}
					*dst = src
				}
			}
			merge(&base, tc.base)
			merge(&cur, tc.cur)
			if tc.pol.MaxStep != 0 {
				pol.MaxStep = tc.pol.MaxStep
			}
			if tc.pol.MaxCapStep != 0 {
				pol.MaxCapStep = tc.pol.MaxCapStep
			}
			target, inc := testSteward, uint64(included)
			if tc.target != (common.Address{}) {
				target = tc.target
			}
			if tc.unknown {
				inc = 0
			} else if tc.included != 0 {
				inc = tc.included
			}
			_, err := Deriver{}.Derive(ctx, program.Derivation{Chain: g, Target: target, Params: wethParams(fields...), Outputs: fullRisk,
				Context: published(base, cur, u, pol), Included: inc})
			if tc.want == "" && err != nil || tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want)) {
				t.Fatalf("%v, want %q", err, tc.want)
			}
			for _, q := range g.queries {
				if q[1] < q[0] || q[1]-q[0] >= logChunk || q[1] > inc || q[1] == inc && q[0] != inc {
					t.Fatalf("log query of blocks %d..%d (the action's block %d)", q[0], q[1], inc)
				}
			}
			if n := len(g.queries); n > 2+appliedLookback/logChunk {
				t.Fatalf("%d log queries", n)
			}
		})
	}
	if _, err := (Deriver{}).Derive(ctx, program.Derivation{Target: testSteward, Params: wethParams(fields...), Outputs: fullRisk,
		Context: published(wethBase, wethBase, u, DefaultPolicy), Included: included}); err == nil {
		t.Fatal("derived without a chain to check the context against")
	}
}

// TestDeriveRefusesHostileContext: a published context out of bounds is
// refused at once, naming the field; none reaches Target.
func TestDeriveRefusesHostileContext(t *testing.T) {
	u := Usage{Supplied: 1_000_000, Borrowed: 500_000}
	good := derivationValues(wethBase, wethBase, u, DefaultPolicy)
	for _, tc := range []struct {
		field string
		i     int
		v     int64
	}{
		// The bug: a current threshold of 1e14 had Target lower it by 1
		// until threshold × bonus ≤ 100 %: some 1e14 steps, verify hung.
		{"cur.liquidationThreshold", 6, 1e14},
		{"base.liquidationThreshold", 1, 1e14},
		{"base.liquidationBonus", 2, 2*PercentageFactor + 1},
		{"cur.ltv", 5, -1},
		{"cur.supplyCap", 8, 1 << 40},
		{"base.borrowCap", 4, 1 << 62},
		{"usage.supplied", 10, 1 << 50},
		{"usage.borrowed", 11, -5},
		{"policy.maxStep", 17, 1 << 62}, // cur + step overflowed in stepTo
		{"policy.maxCapStep", 18, 1 << 62},
		{"policy.thresholdCut", 13, PercentageFactor + 1},
		{"base.*", 0, 8400}, // LTV above the threshold
		{"cur.*", 7, 9000},  // a bonus below 100 % with a threshold
		{"cur.*", 6, 9600},  // threshold × bonus above 100 %
	} {
		v := slices.Clone(good)
		v[tc.i] = tc.v
		c := commit.Context{Strategy: DerivationName, Values: append(symbolWords("dWETH"), v...)}
		done := make(chan error, 1)
		go func() {
			_, err := Deriver{}.Derive(context.Background(), program.Derivation{Chain: newGuardChain(), Target: testSteward,
				Params: wethParams(fields...), Outputs: fullRisk, Context: c, Included: 100})
			done <- err
		}()
		select {
		case err := <-done:
			if err == nil || !strings.Contains(err.Error(), tc.field) {
				t.Errorf("%s = %d: %v, want an error naming it", contextNames[tc.i], tc.v, err)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("%s = %d: Derive still runs after 5 s", contextNames[tc.i], tc.v)
		}
	}
}

// loopThreshold is the loop Target used to lower the threshold, kept as
// the reference maxThreshold must equal.
func loopThreshold(t, bonus int64) int64 {
	if t > 0 {
		for t > 0 && percentMul(t, bonus) > PercentageFactor {
			t--
		}
	}
	return t
}

// TestMaxThresholdIsTheLoop: the closed form equals the loop it replaced
// on random thresholds and bonuses (around and far from the edge), and,
// for every bonus up to 4 × 100 %, is the edge itself: the largest t with
// percentMul(t, bonus) ≤ 100 %.
func TestMaxThresholdIsTheLoop(t *testing.T) {
	rng := newRand()
	for i := range 50_000 {
		var th, bonus int64
		switch i % 4 {
		case 0: // anywhere in range
			th, bonus = rng.Int64N(3*PercentageFactor)-10, rng.Int64N(4*PercentageFactor)-10
		case 1: // near the edge
			bonus = 1 + rng.Int64N(4*PercentageFactor)
			th = (PercentageFactor*PercentageFactor)/bonus + rng.Int64N(5) - 2
		case 2: // far above the edge
			bonus = PercentageFactor + rng.Int64N(PercentageFactor)
			th = rng.Int64N(30_000)
		default: // real configurations
			th, bonus = 5000+rng.Int64N(5000), 10_000+rng.Int64N(2000)
		}
		if got, want := maxThreshold(th, bonus), loopThreshold(th, bonus); got != want {
			t.Fatalf("threshold %d, bonus %d: closed form %d, loop %d", th, bonus, got, want)
		}
	}
	for bonus := int64(1); bonus <= 4*PercentageFactor; bonus++ {
		m := maxThreshold(1<<40, bonus)
		if percentMul(m, bonus) > PercentageFactor || percentMul(m+1, bonus) <= PercentageFactor {
			t.Fatalf("bonus %d: %d is not the largest threshold within 100 %%", bonus, m)
		}
	}
}

// TestTargetDoesNotHang: a threshold far above anything valid is lowered
// in constant time (the loop took ~1e14 steps).
func TestTargetDoesNotHang(t *testing.T) {
	done := make(chan Params, 1)
	go func() {
		done <- Target(wethBase, Params{LiquidationThreshold: 1e14, LiquidationBonus: 10_500}, Usage{}, 0, DefaultPolicy)
	}()
	select {
	case p := <-done:
		// 9524 × 105 % is 100.002 %, which percentMul rounds (half up, to
		// a basis point) to 100 %; 9525 × 105 % rounds to 100.01 %.
		if p.LiquidationThreshold != 9524 {
			t.Fatalf("threshold %d, want 9524 (the largest within 100 %% at a 5 %% bonus)", p.LiquidationThreshold)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Target still runs after 5 s")
	}
}

// TestTargetDoesNotOverflow: within parseContext's bounds every product
// Target and Check form fits an int64 with room to spare, and Target's
// values on random and extreme accepted contexts stay in range; a product
// that would overflow is above 100 % for Check, not wrapped below it.
func TestTargetDoesNotOverflow(t *testing.T) {
	const maxInt = 1<<63 - 1
	// threshold × bonus (next bonus ≤ base + BonusRaise), a cap × a step in
	// bps, usage × headroom, cap × floor.
	for _, p := range [][2]int64{{maxBps, maxBps + PercentageFactor}, {maxCap, maxBps}, {maxUsage, PercentageFactor}, {maxCap, PercentageFactor}} {
		if p[0] > (maxInt-PercentageFactor)/p[1] {
			t.Fatalf("%d × %d overflows", p[0], p[1])
		}
	}
	// The bug: 2^32 × 2^32 wrapped to 0, and Check accepted a threshold
	// of 2^32 at a bonus of 2^32.
	if err := (Params{LiquidationThreshold: 1 << 32, LiquidationBonus: 1 << 32}).Check(Usage{}); !errors.Is(err, ErrInvalidReserveParams) {
		t.Fatalf("threshold and bonus 2^32: %v", err)
	}
	rng := newRand()
	pick := func(hi int64) int64 { // the bounds and the edges more often
		switch rng.IntN(4) {
		case 0:
			return 0
		case 1:
			return hi
		}
		return rng.Int64N(hi + 1)
	}
	accepted := 0
	for range 50_000 {
		v := make([]int64, 19)
		for i := range v {
			switch i {
			case 3, 4, 8, 9:
				v[i] = pick(maxCap)
			case 10, 11:
				v[i] = pick(maxUsage)
			case 12, 13, 14, 15, 16:
				v[i] = pick(PercentageFactor)
			default:
				v[i] = pick(maxBps)
			}
		}
		// a valid collateral configuration for base and cur, most of the time
		for _, o := range []int{0, 5} {
			if rng.IntN(4) > 0 {
				v[o+1] = 1 + rng.Int64N(9000)
				v[o+2] = PercentageFactor + 1 + rng.Int64N(PercentageFactor*PercentageFactor/v[o+1]-PercentageFactor)
				v[o] = rng.Int64N(v[o+1] + 1)
			}
		}
		der, err := parseContext(append(symbolWords("dWETH"), v...))
		if err != nil {
			continue
		}
		accepted++
		next := Target(der.base, der.cur, der.usage, pick(PercentageFactor), der.pol)
		for i, x := range next.values() {
			hi := int64(maxBps + PercentageFactor)
			if i >= 3 {
				hi = 2*maxUsage + maxCap
			}
			if x < 0 || x > hi {
				t.Fatalf("from %+v: %s %d is out of 0..%d", der, fields[i], x, hi)
			}
		}
	}
	if accepted < 1000 {
		t.Fatalf("only %d random contexts accepted", accepted)
	}
}

func newRand() *rand.Rand { return rand.New(rand.NewPCG(3, 4)) }
