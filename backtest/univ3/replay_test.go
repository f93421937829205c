package univ3

import (
	"errors"
	"fmt"
	"math/big"
	"sort"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/dataset"
)

// This file replays recorded pool events (demeter-fetch's pool.tick.csv
// format) through the model. The pool's tick map before the first event is
// not in the data, so seedPool rebuilds it from the events themselves; see
// doc.go for what that makes exact.

// recordedEvent is one row of a pool.tick.csv file.
type recordedEvent struct {
	line         int
	kind         string // SWAP, MINT or BURN (COLLECT rows are dropped)
	amount0      uint256.Int
	amount1      uint256.Int // int256, two's complement
	liquidity    uint256.Int // total_liquidity after the event
	sqrtPrice    uint256.Int // after the event (swaps only)
	tick         int32       // after the event (swaps only)
	lower, upper int32       // mints and burns
	posLiquidity uint256.Int // mints and burns
}

func loadEvents(tb testing.TB, path string) []recordedEvent {
	tb.Helper()
	events, err := dataset.LoadPoolEvents(path)
	if err != nil {
		tb.Fatal(err)
	}
	out, err := fromDataset(events)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return out
}

// fromDataset converts the importer's events (backtest/dataset) into the
// model's integers (two's complement uint256).
func fromDataset(events []dataset.PoolEvent) ([]recordedEvent, error) {
	out := make([]recordedEvent, 0, len(events))
	for _, d := range events {
		e := recordedEvent{line: d.Line, kind: d.Kind, tick: d.Tick, lower: d.TickLower, upper: d.TickUpper}
		for _, f := range []struct {
			dst *uint256.Int
			src *big.Int
		}{{&e.amount0, d.Amount0}, {&e.amount1, d.Amount1}, {&e.liquidity, d.Liquidity}, {&e.sqrtPrice, d.SqrtPriceX96}, {&e.posLiquidity, d.PositionLiquidity}} {
			if f.src == nil {
				continue
			}
			if err := SetSigned(f.dst, f.src); err != nil {
				return nil, fmt.Errorf("line %d: %w", d.Line, err)
			}
		}
		out = append(out, e)
	}
	return out, nil
}

type rangeKey struct{ lower, upper int32 }

// seedOwner and replayOwner hold the reconstructed background liquidity and
// the replayed in-window positions.
var (
	seedOwner   = common.HexToAddress("0x5eed")
	replayOwner = common.HexToAddress("0x4e91a7")
)

// seedPool builds the pool as it stood after events[0], which must be a
// swap. The in-range liquidity of every tick-spacing interval a swap ended
// in, less the in-window mints and burns covering it at that moment, is the
// interval's liquidity at the start ("base"); base must agree between all
// swaps ending in the interval, or the reconstruction is wrong and seedPool
// fails. Positions burned in the window beyond what the window minted are
// seeded as they were; the rest of base is seeded as positions whose ends lie
// only where base steps (so only at ticks really initialised on chain).
// An interval inside the traded range that no swap ended in gets the
// liquidity unknown gives it (by interval index, tick/spacing), else none;
// seedPool returns those intervals for solveUnknown.
func seedPool(events []recordedEvent, fee uint32, spacing int32, unknown map[int32]uint256.Int) (*Pool, []int32, error) {
	if len(events) == 0 || events[0].kind != "SWAP" {
		return nil, nil, errors.New("seed: the first event must be a swap")
	}
	type mod struct {
		rangeKey
		delta uint256.Int
	}
	var mods []mod
	base := map[int32]uint256.Int{}
	held := map[rangeKey]uint256.Int{}
	preWindow := map[rangeKey]uint256.Int{}
	for _, e := range events {
		switch e.kind {
		case "MINT":
			k := rangeKey{e.lower, e.upper}
			mods = append(mods, mod{k, e.posLiquidity})
			h := held[k]
			h.Add(&h, &e.posLiquidity)
			held[k] = h
		case "BURN":
			k := rangeKey{e.lower, e.upper}
			var neg uint256.Int
			mods = append(mods, mod{k, *neg.Neg(&e.posLiquidity)})
			h := held[k]
			if h.Lt(&e.posLiquidity) {
				var deficit uint256.Int
				deficit.Sub(&e.posLiquidity, &h)
				pw := preWindow[k]
				preWindow[k] = *pw.Add(&pw, &deficit)
				h.Clear()
			} else {
				h.Sub(&h, &e.posLiquidity)
			}
			held[k] = h
		case "SWAP":
			b := e.liquidity
			for _, m := range mods {
				if m.lower <= e.tick && e.tick < m.upper {
					b.Sub(&b, &m.delta)
				}
			}
			k := floorDiv(e.tick, spacing)
			if old, ok := base[k]; ok && !old.Eq(&b) {
				return nil, nil, fmt.Errorf("seed: line %d: interval [%d, %d) has base liquidity %s, earlier %s", e.line, k*spacing, (k+1)*spacing, b.Dec(), old.Dec())
			}
			base[k] = b
		}
	}
	ks := make([]int32, 0, len(base))
	for k := range base {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return ks[i] < ks[j] })
	kmin, kmax := ks[0], ks[len(ks)-1]

	// Residual base after the pre-window positions, over [kmin, kmax].
	residual := make([]uint256.Int, kmax-kmin+1)
	known := make([]bool, len(residual))
	for k, b := range base {
		residual[k-kmin] = b
		known[k-kmin] = true
	}
	for k, l := range preWindow {
		for i := range residual {
			lo := (kmin + int32(i)) * spacing
			if known[i] && k.lower <= lo && lo < k.upper {
				if residual[i].Lt(&l) {
					return nil, nil, fmt.Errorf("seed: pre-window position [%d, %d) of %s exceeds the base liquidity %s at tick %d", k.lower, k.upper, l.Dec(), residual[i].Dec(), lo)
				}
				residual[i].Sub(&residual[i], &l)
			}
		}
	}
	// An interval no swap ended in (the price only ever crossed it) gets
	// the residual given by unknown, else none; solveUnknown finds it.
	var unknownKs []int32
	for i := range residual {
		if !known[i] {
			residual[i] = unknown[kmin+int32(i)]
			unknownKs = append(unknownKs, kmin+int32(i))
		}
	}

	pool, err := New(Config{Fee: fee, TickSpacing: spacing, SqrtPriceX96: events[0].sqrtPrice})
	if err != nil {
		return nil, nil, err
	}
	if pool.Tick() != events[0].tick {
		return nil, nil, fmt.Errorf("seed: tick %d at the first price, recorded %d", pool.Tick(), events[0].tick)
	}
	mint := func(owner common.Address, lower, upper int32, l uint256.Int) error {
		_, err := pool.Mint(PositionParams{Owner: owner, TickLower: lower, TickUpper: upper, Liquidity: l})
		return err
	}
	for k, l := range preWindow {
		if err := mint(replayOwner, k.lower, k.upper, l); err != nil {
			return nil, nil, fmt.Errorf("seed: pre-window position: %w", err)
		}
	}
	// Staircase decomposition of residual into positions.
	type open struct {
		start int32
		l     uint256.Int
	}
	var stack []open
	var cur uint256.Int
	for i := 0; i <= len(residual); i++ {
		var r uint256.Int
		if i < len(residual) {
			r = residual[i]
		}
		at := (kmin + int32(i)) * spacing
		switch {
		case r.Gt(&cur):
			var up uint256.Int
			stack = append(stack, open{at, *up.Sub(&r, &cur)})
		case r.Lt(&cur):
			var down uint256.Int
			down.Sub(&cur, &r)
			for !down.IsZero() {
				top := &stack[len(stack)-1]
				take := minInt(&top.l, &down)
				if err := mint(seedOwner, top.start, at, take); err != nil {
					return nil, nil, fmt.Errorf("seed: background [%d, %d): %w", top.start, at, err)
				}
				down.Sub(&down, &take)
				top.l.Sub(&top.l, &take)
				if top.l.IsZero() {
					stack = stack[:len(stack)-1]
				}
			}
		}
		cur = r
	}
	if l := pool.Liquidity(); !l.Eq(&events[0].liquidity) {
		return nil, nil, fmt.Errorf("seed: liquidity %s, recorded %s", l.Dec(), events[0].liquidity.Dec())
	}
	return pool, unknownKs, nil
}

func floorDiv(a, b int32) int32 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// replayStep is one resolved event: the call that reproduced it.
type replayStep struct {
	kind string
	swap SwapParams
	pos  PositionParams
}

// replayStats counts how each swap was reproduced.
type replayStats struct {
	swaps, exactIn, exactOut, limitIn, limitOut int
	mismatches                                  int
	mintBurns, mintBurnMismatches               int
	// mismatched holds every event the model did not reproduce exactly.
	mismatched []mismatch
}

// mismatch is one event the model did not reproduce exactly, with how far
// off it was.
type mismatch struct {
	line                     int
	desc                     string
	amountsExact, stateExact bool    // amounts; tick and liquidity
	priceRelErr              float64 // |model - recorded| / recorded
}

// replay runs events[1:] through pool, counting how each event was
// reproduced. Each swap's recorded amounts fix its direction but not whether
// it was exact input or exact output, nor its price limit, so replaySwap
// tries those. A swap nothing reproduces is a mismatch; it is then applied
// with the recorded price as limit so later swaps start from the recorded
// state. With stop set, replay returns at the first mismatching swap with
// its index and pool as it was before it.
func replay(pool *Pool, events []recordedEvent, stop bool) (st replayStats, steps []replayStep, at int) {
	for i, e := range events[1:] {
		switch e.kind {
		case "MINT", "BURN":
			st.mintBurns++
			pp := PositionParams{Owner: replayOwner, TickLower: e.lower, TickUpper: e.upper, Liquidity: e.posLiquidity}
			var a Amounts
			var err error
			if e.kind == "MINT" {
				a, err = pool.Mint(pp)
			} else {
				if pos, _ := pool.Position(PositionKey{replayOwner, e.lower, e.upper}); pos.Liquidity.IsZero() && pp.Liquidity.IsZero() {
					continue // a fee poke of a position the replay does not hold
				}
				a, err = pool.Burn(pp)
			}
			// total_liquidity on mint and burn rows is the downloader's
			// estimate, not an on-chain value (it lags for JIT liquidity):
			// the amounts are checked, the liquidity at the next swap.
			if err != nil || !a.Amount0.Eq(&e.amount0) || !a.Amount1.Eq(&e.amount1) {
				st.mintBurnMismatches++
				st.mismatched = append(st.mismatched, mismatch{line: e.line, desc: fmt.Sprintf("line %d %s [%d, %d): amounts %s %s (err %v), recorded %s %s",
					e.line, e.kind, e.lower, e.upper, a.Amount0.Dec(), a.Amount1.Dec(), err, e.amount0.Dec(), e.amount1.Dec())})
			}
			steps = append(steps, replayStep{kind: e.kind, pos: pp})
		case "SWAP":
			st.swaps++
			params, kind, ok := replaySwap(pool, &e)
			switch kind {
			case exactIn:
				st.exactIn++
			case exactOut:
				st.exactOut++
			case limitIn:
				st.limitIn++
			case limitOut:
				st.limitOut++
			}
			if ok {
				steps = append(steps, replayStep{kind: "SWAP", swap: params})
				continue
			}
			if stop {
				return st, steps, i + 1
			}
			st.mismatches++
			trial := pool.Clone()
			res, err := trial.Swap(&params)
			p, l := trial.SqrtPriceX96(), trial.Liquidity()
			m := mismatch{line: e.line, desc: fmt.Sprintf("line %d SWAP: amounts %s %s price %s tick %d liquidity %s (err %v), recorded %s %s %s %d %s", e.line,
				SignedString(&res.Amount0), SignedString(&res.Amount1), p.Dec(), trial.Tick(), l.Dec(), err,
				SignedString(&e.amount0), SignedString(&e.amount1), e.sqrtPrice.Dec(), e.tick, e.liquidity.Dec())}
			if err == nil {
				m.amountsExact = res.Amount0.Eq(&e.amount0) && res.Amount1.Eq(&e.amount1)
				m.stateExact = trial.Tick() == e.tick && l.Eq(&e.liquidity)
				d := new(big.Float).SetInt(new(big.Int).Sub(p.ToBig(), e.sqrtPrice.ToBig()))
				m.priceRelErr, _ = d.Abs(d).Quo(d, new(big.Float).SetInt(e.sqrtPrice.ToBig())).Float64()
			}
			st.mismatched = append(st.mismatched, m)
			if err == nil {
				pool.CopyFrom(trial)
				steps = append(steps, replayStep{kind: "SWAP", swap: params})
			}
		}
	}
	return st, steps, -1
}

// How replaySwap reproduced a swap.
type swapKind int

const (
	noMatch swapKind = iota
	exactIn
	exactOut
	limitIn  // exact input, stopped by a price limit
	limitOut // exact output, stopped by a price limit
)

// replaySwap applies to pool the first call that reproduces e exactly:
// exact input, exact output, then each with e's final price as limit. When
// none does, it returns the exact-input call limited at e's price, unapplied.
func replaySwap(pool *Pool, e *recordedEvent) (SwapParams, swapKind, bool) {
	price := pool.SqrtPriceX96()
	var zeroForOne bool
	switch {
	case e.amount0.Sign() > 0:
		zeroForOne = true
	case e.amount1.Sign() > 0:
		zeroForOne = false
	default:
		zeroForOne = e.sqrtPrice.Lt(&price)
	}
	in, out := &e.amount1, &e.amount0
	if zeroForOne {
		in, out = &e.amount0, &e.amount1
	}
	none := PriceLimitNone(zeroForOne)
	candidates := []struct {
		params SwapParams
		kind   swapKind
	}{
		{SwapParams{zeroForOne, *in, none}, exactIn},
		{SwapParams{zeroForOne, *out, none}, exactOut},
		{SwapParams{zeroForOne, *in, e.sqrtPrice}, limitIn},
		{SwapParams{zeroForOne, *out, e.sqrtPrice}, limitOut},
	}
	trial := new(Pool)
	for _, c := range candidates {
		if c.params.AmountSpecified.IsZero() {
			continue
		}
		trial.CopyFrom(pool)
		res, err := trial.Swap(&c.params)
		if err != nil {
			continue
		}
		p, l := trial.SqrtPriceX96(), trial.Liquidity()
		if res.Amount0.Eq(&e.amount0) && res.Amount1.Eq(&e.amount1) && p.Eq(&e.sqrtPrice) && trial.Tick() == e.tick && l.Eq(&e.liquidity) {
			pool.CopyFrom(trial)
			return c.params, c.kind, true
		}
	}
	return candidates[2].params, noMatch, false
}

// solveUnknown finds the liquidity of the intervals inside the traded range
// that no swap ended in, from the swaps that crossed them: it replays until
// the first mismatching swap, and if that swap crossed unknown intervals,
// bisects the liquidity added over them (as one value) until the swap,
// limited at its recorded price, takes exactly its recorded input. It
// returns the residuals for seedPool and the intervals it could not solve.
func solveUnknown(events []recordedEvent, fee uint32, spacing int32) (map[int32]uint256.Int, error) {
	solved := map[int32]uint256.Int{}
	for round := 0; ; round++ {
		pool, unknownKs, err := seedPool(events, fee, spacing, solved)
		if err != nil {
			return nil, err
		}
		if round > len(unknownKs) {
			return solved, nil
		}
		_, _, at := replay(pool, events, true)
		if at < 0 {
			return solved, nil
		}
		e := &events[at]
		lo, hi := pool.Tick(), e.tick
		if lo > hi {
			lo, hi = hi, lo
		}
		var crossed []int32
		for _, k := range unknownKs {
			if _, done := solved[k]; !done && lo < (k+1)*spacing && k*spacing <= hi {
				crossed = append(crossed, k)
			}
		}
		if len(crossed) == 0 {
			return solved, nil // a mismatch the unknown intervals do not explain
		}
		// Swap to the recorded price with unbounded input: both amounts then
		// grow with the liquidity added in the crossed intervals. Match the
		// larger amount (the finer resolution) first, then the smaller.
		zeroForOne := e.sqrtPrice.Lt(&pool.sqrtPriceX96)
		params := SwapParams{ZeroForOne: zeroForOne, SqrtPriceLimitX96: e.sqrtPrice}
		params.AmountSpecified.Lsh(uint256.NewInt(1), 200)
		var abs0, abs1 uint256.Int
		abs0.Abs(&e.amount0)
		abs1.Abs(&e.amount1)
		useToken1 := abs1.Gt(&abs0)
		wantBig, wantSmall := abs0, abs1
		if useToken1 {
			wantBig, wantSmall = abs1, abs0
		}
		trial := new(Pool)
		// amounts returns the larger-token and smaller-token amounts with x
		// added over the first crossed interval and y over the rest.
		amounts := func(x, y *uint256.Int) (big, small uint256.Int) {
			trial.CopyFrom(pool)
			k0 := crossed[0] * spacing
			for _, r := range []struct {
				lo, hi int32
				l      *uint256.Int
			}{{k0, k0 + spacing, x}, {k0 + spacing, (crossed[len(crossed)-1] + 1) * spacing, y}} {
				if r.l.IsZero() || r.lo >= r.hi {
					continue
				}
				if _, err := trial.Mint(PositionParams{Owner: seedOwner, TickLower: r.lo, TickUpper: r.hi, Liquidity: *r.l}); err != nil {
					return maxUint256, maxUint256
				}
			}
			res, err := trial.Swap(&params)
			if err != nil {
				return maxUint256, maxUint256
			}
			var a0, a1 uint256.Int
			a0.Abs(&res.Amount0)
			a1.Abs(&res.Amount1)
			if useToken1 {
				return a1, a0
			}
			return a0, a1
		}
		var zero, top uint256.Int
		top.Lsh(uint256.NewInt(1), 100)
		var x, y uint256.Int
		if len(crossed) == 1 {
			x = bisect(&zero, &top, func(v *uint256.Int) bool { b, _ := amounts(v, v); return !b.Lt(&wantBig) })
		} else {
			yOf := func(x *uint256.Int) uint256.Int {
				return bisect(&zero, &top, func(v *uint256.Int) bool { b, _ := amounts(x, v); return !b.Lt(&wantBig) })
			}
			xMax := bisect(&zero, &top, func(v *uint256.Int) bool { b, _ := amounts(v, &zero); return !b.Lt(&wantBig) })
			y0 := yOf(&zero)
			_, s0 := amounts(&zero, &y0)
			_, s1 := amounts(&xMax, &zero)
			increasing := s1.Gt(&s0)
			x = bisect(&zero, &xMax, func(v *uint256.Int) bool {
				yv := yOf(v)
				_, sm := amounts(v, &yv)
				if increasing {
					return !sm.Lt(&wantSmall)
				}
				return !sm.Gt(&wantSmall)
			})
			y = yOf(&x)
		}
		for i, k := range crossed {
			if i == 0 {
				solved[k] = x
			} else {
				solved[k] = y
			}
		}
	}
}

// bisect returns the smallest v in [lo, hi] for which pred holds, pred
// being monotone (false then true); hi when it never holds.
func bisect(lo, hi *uint256.Int, pred func(*uint256.Int) bool) uint256.Int {
	l, h := *lo, *hi
	for l.Lt(&h) {
		var mid uint256.Int
		mid.Add(&l, &h)
		mid.Rsh(&mid, 1)
		if pred(&mid) {
			h = mid
		} else {
			l.AddUint64(&mid, 1)
		}
	}
	return l
}
