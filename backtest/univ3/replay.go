package univ3

import (
	"fmt"
	"math/big"

	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/dataset"
)

// SwapMethod is the call that reproduced a recorded swap. The data hold
// neither a swap's amountSpecified nor its price limit, only its amounts
// (which fix its direction) and the price after it, so ReplayEvent tries,
// in this order, the recorded input as exact input, the recorded output as
// exact output, then each limited at the recorded final price.
type SwapMethod int

// Swap methods, in the order ReplayEvent tries them.
const (
	// NoMatch is a swap no call reproduced exactly; ReplayEvent applied the
	// LimitedInput call.
	NoMatch SwapMethod = iota
	// ExactInput is the recorded input as exact input, no price limit.
	ExactInput
	// ExactOutput is the recorded output as exact output, no price limit.
	ExactOutput
	// LimitedInput is exact input stopped at the recorded price.
	LimitedInput
	// LimitedOutput is exact output stopped at the recorded price.
	LimitedOutput
)

func (m SwapMethod) String() string {
	switch m {
	case NoMatch:
		return "no match"
	case ExactInput:
		return "exact input"
	case ExactOutput:
		return "exact output"
	case LimitedInput:
		return "exact input, price-limited"
	case LimitedOutput:
		return "exact output, price-limited"
	}
	return fmt.Sprintf("SwapMethod(%d)", int(m))
}

// ReplayResult is how ReplayEvent applied one recorded event and how close
// the pool came to the record.
type ReplayResult struct {
	// Swap is the call a swap was replayed with (zero for mints and burns),
	// and Method how it was found. Replaying Swap on the pool as it was
	// before the event repeats the event.
	Swap   SwapParams
	Method SwapMethod
	// Position is the mint or burn call (zero for swaps). Its owner is the
	// replay's own, which also holds the positions Rebuild seeded for the
	// window's burns.
	Position PositionParams
	// Applied reports that the call changed the pool. It is false for a fee
	// poke (a burn of zero) of a position the replay does not hold, which is
	// skipped, and for a call the pool rejected (Mismatch then says why).
	Applied bool
	// Exact reports that the event was reproduced exactly: for a swap its
	// amount0, amount1, sqrtPriceX96, tick and liquidity; for a mint or
	// burn its amounts (total_liquidity on mint and burn rows is the
	// downloader's estimate, not an on-chain value: the next swap checks
	// it). A skipped fee poke counts as exact.
	Exact bool
	// AmountsExact reports that the call's amount0 and amount1 equal the
	// recorded ones; StateExact (swaps only) that the pool's tick and
	// liquidity after it do; PriceRelErr is the swap's |model - recorded|
	// / recorded sqrtPriceX96. For a call the pool rejected they are false
	// and 0.
	AmountsExact, StateExact bool
	PriceRelErr              float64
	// Mismatch describes, when not Exact, what the model gave against the
	// record, naming the event's line; it is empty when Exact.
	Mismatch string
}

// ReplayEvent applies one recorded event to p, a pool Rebuild returned (or
// one that has replayed the events since), and reports whether the result
// matches the record. A swap is replayed with the first SwapMethod that
// reproduces it exactly; when none does, ReplayResult.Exact is false and
// the swap is applied as exact input limited at the recorded price, so that
// later events start from the recorded price. A mint or burn is applied as
// recorded, under the replay's owner. A mismatch is not an error: the
// error is for an event ReplayEvent cannot read, an EventError naming its
// line (wrapping ErrBadEvent), and leaves p unchanged.
func (p *Pool) ReplayEvent(e dataset.PoolEvent) (ReplayResult, error) {
	var r recordedEvent
	if err := toRecorded(&e, &r); err != nil {
		return ReplayResult{}, err
	}
	return p.replayEvent(&r), nil
}

// replayEvent is ReplayEvent on a converted event.
func (p *Pool) replayEvent(e *recordedEvent) ReplayResult {
	if e.kind != dataset.Swap {
		return p.replayPosition(e)
	}
	params, method, ok := replaySwap(p, e)
	if ok {
		return ReplayResult{Swap: params, Method: method, Applied: true, Exact: true, AmountsExact: true, StateExact: true}
	}
	r := ReplayResult{Swap: params, Method: NoMatch}
	trial := p.Clone()
	res, err := trial.Swap(&params)
	price, l := trial.SqrtPriceX96(), trial.Liquidity()
	r.Mismatch = fmt.Sprintf("line %d SWAP: amounts %s %s price %s tick %d liquidity %s (err %v), recorded %s %s %s %d %s", e.line,
		SignedString(&res.Amount0), SignedString(&res.Amount1), price.Dec(), trial.Tick(), l.Dec(), err,
		SignedString(&e.amount0), SignedString(&e.amount1), e.sqrtPrice.Dec(), e.tick, e.liquidity.Dec())
	if err != nil {
		return r
	}
	r.AmountsExact = res.Amount0.Eq(&e.amount0) && res.Amount1.Eq(&e.amount1)
	r.StateExact = trial.Tick() == e.tick && l.Eq(&e.liquidity)
	d := new(big.Float).SetInt(new(big.Int).Sub(price.ToBig(), e.sqrtPrice.ToBig()))
	r.PriceRelErr, _ = d.Abs(d).Quo(d, new(big.Float).SetInt(e.sqrtPrice.ToBig())).Float64()
	p.CopyFrom(trial)
	r.Applied = true
	return r
}

// replayPosition applies a recorded mint or burn under replayOwner and
// checks its amounts.
func (p *Pool) replayPosition(e *recordedEvent) ReplayResult {
	pp := PositionParams{Owner: replayOwner, TickLower: e.lower, TickUpper: e.upper, Liquidity: e.posLiquidity}
	r := ReplayResult{Position: pp}
	var a Amounts
	var err error
	if e.kind == dataset.Mint {
		a, err = p.Mint(pp)
	} else {
		if pos, _ := p.Position(PositionKey{replayOwner, e.lower, e.upper}); pos.Liquidity.IsZero() && pp.Liquidity.IsZero() {
			// A fee poke of a position the replay does not hold: it moves
			// no liquidity and no price.
			r.Exact, r.AmountsExact = true, true
			return r
		}
		a, err = p.Burn(pp)
	}
	r.Applied = err == nil
	r.AmountsExact = err == nil && a.Amount0.Eq(&e.amount0) && a.Amount1.Eq(&e.amount1)
	r.Exact = r.AmountsExact
	if !r.Exact {
		r.Mismatch = fmt.Sprintf("line %d %s [%d, %d): amounts %s %s (err %v), recorded %s %s",
			e.line, e.kind, e.lower, e.upper, a.Amount0.Dec(), a.Amount1.Dec(), err, e.amount0.Dec(), e.amount1.Dec())
	}
	return r
}

// recordedEvent is a dataset.PoolEvent in the model's integers: signed
// values as int256 in two's complement.
type recordedEvent struct {
	line         int
	kind         string // dataset.Swap, dataset.Mint or dataset.Burn
	amount0      uint256.Int
	amount1      uint256.Int // int256, two's complement
	liquidity    uint256.Int // total_liquidity after the event
	sqrtPrice    uint256.Int // after the event (swaps only)
	tick         int32       // after the event (swaps only)
	lower, upper int32       // mints and burns
	posLiquidity uint256.Int // mints and burns
}

// toRecorded converts one event. A kind other than swap, mint and burn, or
// a value the kind needs missing or beyond int256, is an EventError.
func toRecorded(d *dataset.PoolEvent, e *recordedEvent) error {
	*e = recordedEvent{line: d.Line, kind: d.Kind, tick: d.Tick, lower: d.TickLower, upper: d.TickUpper}
	type field struct {
		name string
		dst  *uint256.Int
		src  *big.Int
	}
	fields := []field{{"amount0", &e.amount0, d.Amount0}, {"amount1", &e.amount1, d.Amount1}, {"liquidity", &e.liquidity, d.Liquidity}}
	switch d.Kind {
	case dataset.Swap:
		fields = append(fields, field{"sqrtPriceX96", &e.sqrtPrice, d.SqrtPriceX96})
	case dataset.Mint, dataset.Burn:
		fields = append(fields, field{"position liquidity", &e.posLiquidity, d.PositionLiquidity})
	default:
		return eventErrorf(d.Line, "%w: kind %q is not %s, %s or %s", ErrBadEvent, d.Kind, dataset.Swap, dataset.Mint, dataset.Burn)
	}
	for _, f := range fields {
		if f.src == nil {
			return eventErrorf(d.Line, "%w: %s %s missing", ErrBadEvent, d.Kind, f.name)
		}
		if err := SetSigned(f.dst, f.src); err != nil {
			return eventErrorf(d.Line, "%w: %s: %w", ErrBadEvent, f.name, err)
		}
	}
	return nil
}

// firstMismatch replays events[1:] on pool up to the first swap that no
// SwapMethod reproduces and returns its index, pool left as it was before
// it; -1 when every swap is reproduced. Mints and burns are applied as
// ReplayEvent applies them, whether or not their amounts match.
func firstMismatch(pool *Pool, events []recordedEvent) int {
	for i := 1; i < len(events); i++ {
		e := &events[i]
		if e.kind != dataset.Swap {
			pool.replayPosition(e)
			continue
		}
		if _, _, ok := replaySwap(pool, e); !ok {
			return i
		}
	}
	return -1
}

// replaySwap applies to pool the first call that reproduces e exactly:
// exact input, exact output, then each with e's final price as limit. When
// none does, it returns the exact-input call limited at e's price, unapplied.
func replaySwap(pool *Pool, e *recordedEvent) (SwapParams, SwapMethod, bool) {
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
	candidates := [...]struct {
		params SwapParams
		method SwapMethod
	}{
		{SwapParams{zeroForOne, *in, none}, ExactInput},
		{SwapParams{zeroForOne, *out, none}, ExactOutput},
		{SwapParams{zeroForOne, *in, e.sqrtPrice}, LimitedInput},
		{SwapParams{zeroForOne, *out, e.sqrtPrice}, LimitedOutput},
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
			return c.params, c.method, true
		}
	}
	return candidates[2].params, NoMatch, false
}
