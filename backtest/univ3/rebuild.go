package univ3

import (
	"fmt"
	"sort"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/dataset"
)

// This file rebuilds a pool's state from recorded events (demeter-fetch's
// pool.tick.csv, read by backtest/dataset): the data hold each swap's
// resulting price, tick and in-range liquidity and each mint's and burn's
// range and liquidity, but not the tick map before the first event. See
// doc.go for what the rebuild makes exact; replay.go converts the events
// and replays them.

// Owners of the positions Rebuild and ReplayEvent create. seedOwner holds
// the background liquidity rebuilt from the swaps; replayOwner holds the
// positions the window mints and burns, including those burned but minted
// before the window (seeded as they were), so that their burns find them.
// Neither is a real account; a caller adding its own positions to a rebuilt
// pool must use other owners.
var (
	seedOwner   = common.HexToAddress("0x5eed")
	replayOwner = common.HexToAddress("0x4e91a7")
)

// Rebuild returns the pool as it stood just after events[0], rebuilt from
// the events themselves; replay events[1:] on it with ReplayEvent. fee is
// in pips, spacing the pool's tick spacing. events[0] must be a swap: its
// recorded price and in-range liquidity are the rebuilt pool's.
//
// The events must be one pool's, in order, with none missing: every
// tick-spacing interval the price reaches gets its liquidity from the
// swaps that end in it, less the window's mints and burns covering it
// (positions burned beyond what the window minted are seeded, owned by the
// replay, as they were); intervals the price only crosses are solved from
// the crossing swaps' amounts. Liquidity outside the traded range is not
// rebuilt: the pool holds none there. doc.go says what this makes exact.
//
// An inconsistency is an EventError naming the event's line and wrapping
// ErrRebuild; an event it cannot read wraps ErrBadEvent.
func Rebuild(events []dataset.PoolEvent, fee uint32, spacing int32) (*Pool, error) {
	// Any valid price: New's other checks are on fee and spacing, so a
	// price error later is the first event's.
	cfg := Config{Fee: fee, TickSpacing: spacing, SqrtPriceX96: MinSqrtRatio}
	if err := cfg.validate(); err != nil {
		return nil, fmt.Errorf("rebuild: %w", err)
	}
	recorded := make([]recordedEvent, len(events))
	for i := range events {
		if err := toRecorded(&events[i], &recorded[i]); err != nil {
			return nil, err
		}
	}
	unknown, err := solveUnknown(recorded, fee, spacing)
	if err != nil {
		return nil, err
	}
	pool, _, err := seedPool(recorded, fee, spacing, unknown)
	return pool, err
}

type rangeKey struct{ lower, upper int32 }

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
	if len(events) == 0 {
		return nil, nil, fmt.Errorf("%w: no events", ErrRebuild)
	}
	first := &events[0]
	if first.kind != dataset.Swap {
		return nil, nil, eventErrorf(first.line, "%w: the first event must be a swap, not a %s", ErrRebuild, first.kind)
	}
	type mod struct {
		rangeKey
		delta uint256.Int
	}
	var mods []mod
	base := map[int32]uint256.Int{}
	held := map[rangeKey]uint256.Int{}
	preWindow := map[rangeKey]uint256.Int{}
	preWindowLine := map[rangeKey]int{} // the first burn beyond what the window minted
	for _, e := range events {
		switch e.kind {
		case dataset.Mint:
			k := rangeKey{e.lower, e.upper}
			mods = append(mods, mod{k, e.posLiquidity})
			h := held[k]
			h.Add(&h, &e.posLiquidity)
			held[k] = h
		case dataset.Burn:
			k := rangeKey{e.lower, e.upper}
			var neg uint256.Int
			mods = append(mods, mod{k, *neg.Neg(&e.posLiquidity)})
			h := held[k]
			if h.Lt(&e.posLiquidity) {
				var deficit uint256.Int
				deficit.Sub(&e.posLiquidity, &h)
				pw := preWindow[k]
				preWindow[k] = *pw.Add(&pw, &deficit)
				if _, ok := preWindowLine[k]; !ok {
					preWindowLine[k] = e.line
				}
				h.Clear()
			} else {
				h.Sub(&h, &e.posLiquidity)
			}
			held[k] = h
		case dataset.Swap:
			b := e.liquidity
			for _, m := range mods {
				if m.lower <= e.tick && e.tick < m.upper {
					b.Sub(&b, &m.delta)
				}
			}
			k := floorDiv(e.tick, spacing)
			if old, ok := base[k]; ok && !old.Eq(&b) {
				return nil, nil, eventErrorf(e.line, "%w: interval [%d, %d) has base liquidity %s, earlier %s", ErrRebuild, k*spacing, (k+1)*spacing, b.Dec(), old.Dec())
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
					return nil, nil, eventErrorf(preWindowLine[k], "%w: pre-window position [%d, %d) of %s exceeds the base liquidity %s at tick %d", ErrRebuild, k.lower, k.upper, l.Dec(), residual[i].Dec(), lo)
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

	pool, err := New(Config{Fee: fee, TickSpacing: spacing, SqrtPriceX96: first.sqrtPrice})
	if err != nil {
		return nil, nil, &EventError{Line: first.line, Err: err}
	}
	if pool.Tick() != first.tick {
		return nil, nil, eventErrorf(first.line, "%w: tick %d at the recorded price, recorded %d", ErrRebuild, pool.Tick(), first.tick)
	}
	mint := func(owner common.Address, lower, upper int32, l uint256.Int) error {
		_, err := pool.Mint(PositionParams{Owner: owner, TickLower: lower, TickUpper: upper, Liquidity: l})
		return err
	}
	for k, l := range preWindow {
		if err := mint(replayOwner, k.lower, k.upper, l); err != nil {
			return nil, nil, eventErrorf(preWindowLine[k], "%w: pre-window position: %w", ErrRebuild, err)
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
					// Built from many swaps, a background position has
					// no one event to blame: the error names its range.
					return nil, nil, fmt.Errorf("%w: background position [%d, %d): %w", ErrRebuild, top.start, at, err)
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
	if l := pool.Liquidity(); !l.Eq(&first.liquidity) {
		return nil, nil, eventErrorf(first.line, "%w: liquidity %s, recorded %s", ErrRebuild, l.Dec(), first.liquidity.Dec())
	}
	return pool, unknownKs, nil
}

// floorDiv is a/b rounded towards minus infinity (Go's / truncates).
func floorDiv(a, b int32) int32 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
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
		at := firstMismatch(pool, events)
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
