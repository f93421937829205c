package marketmaking

import (
	"errors"
	"fmt"
)

// Params are the strategy's knobs. Multipliers and fractions are in
// thousandths (milli) so every decision is integer arithmetic and
// reproduces bit for bit wherever it is re-run.
type Params struct {
	// WidthMilli: range half-width = WidthMilli/1000 × forecast (ticks).
	WidthMilli int64
	// MinWidth and MaxWidth clamp the full range width, in ticks.
	MinWidth, MaxWidth int32
	// RecenterMilli: re-range when |tick − centre| > RecenterMilli/1000 × half-width.
	RecenterMilli int64
	// WidthChangeMilli: re-range when the wanted width differs from the
	// current one by more than WidthChangeMilli/1000 of it.
	WidthChangeMilli int64
	// TickSpacing of the pool; range edges are multiples of it.
	TickSpacing int32
}

// Validate names the first bad field.
func (p Params) Validate() error {
	switch {
	case p.WidthMilli <= 0:
		return errors.New("marketmaking: WidthMilli must be > 0")
	case p.TickSpacing <= 0:
		return errors.New("marketmaking: TickSpacing must be > 0")
	case p.MinWidth < 2*p.TickSpacing:
		return fmt.Errorf("marketmaking: MinWidth %d must be at least two tick spacings (%d)", p.MinWidth, 2*p.TickSpacing)
	case p.MaxWidth < p.MinWidth:
		return fmt.Errorf("marketmaking: MaxWidth %d < MinWidth %d", p.MaxWidth, p.MinWidth)
	case p.RecenterMilli <= 0 || p.RecenterMilli > 1000:
		return fmt.Errorf("marketmaking: RecenterMilli %d must be in (0, 1000]", p.RecenterMilli)
	case p.WidthChangeMilli <= 0:
		return errors.New("marketmaking: WidthChangeMilli must be > 0")
	}
	return nil
}

// Range is a liquidity range [TickLower, TickUpper).
type Range struct {
	TickLower, TickUpper int32
}

// Width is TickUpper − TickLower.
func (r Range) Width() int32 { return r.TickUpper - r.TickLower }

// Center is the midpoint tick.
func (r Range) Center() int32 { return r.TickLower + r.Width()/2 }

// Observation is what the strategy sees on one tick.
type Observation struct {
	Tick    int32  // current pool tick
	Current *Range // the vault's current range; nil when it holds no position
}

// Decision is the strategy's answer: either a new range or a hold with a reason.
type Decision struct {
	Rerange bool
	Target  Range  // the wanted range (also set on a hold, for the log)
	Reason  string // why it re-ranges or holds
}

// Decide turns the model's forecast (largest expected |tick move| over the
// horizon, as a fixed-point integer at forecastScale) into a decision.
func (p Params) Decide(obs Observation, forecast, forecastScale int64) Decision {
	target := p.Target(obs.Tick, forecast, forecastScale)

	if obs.Current == nil {
		return Decision{Rerange: true, Target: target, Reason: "no position yet"}
	}
	cur := *obs.Current
	curHalf := int64(cur.Width()) / 2
	if drift := abs(int64(obs.Tick) - int64(cur.Center())); drift*1000 > p.RecenterMilli*curHalf {
		return Decision{Rerange: true, Target: target,
			Reason: fmt.Sprintf("price moved %d ticks from centre (limit %d)", drift, p.RecenterMilli*curHalf/1000)}
	}
	if diff := abs(int64(target.Width()) - int64(cur.Width())); diff*1000 > p.WidthChangeMilli*int64(cur.Width()) {
		return Decision{Rerange: true, Target: target,
			Reason: fmt.Sprintf("forecast width %d differs from current %d", target.Width(), cur.Width())}
	}
	return Decision{Target: target, Reason: "in range"}
}

// Target is the range the strategy wants at tick for the forecast: centred
// on tick, as wide as WidthMilli/1000 of the forecast each side (clamped to
// MinWidth..MaxWidth), edges on the tick-spacing grid. It uses only the
// fields a Derivation publishes, so a verifier re-derives it exactly.
func (p Params) Target(tick int32, forecast, forecastScale int64) Range {
	if forecast < 0 {
		forecast = 0
	}
	// half-width in ticks = forecast/scale × WidthMilli/1000, rounded.
	half := (forecast*p.WidthMilli + forecastScale*500) / (forecastScale * 1000)
	width := clamp(2*half, int64(p.MinWidth), int64(p.MaxWidth))
	return p.align(tick, int32(width))
}

// align centres a range of about width ticks on tick, with both edges on the
// tick-spacing grid and the width at least two spacings.
func (p Params) align(tick, width int32) Range {
	s := p.TickSpacing
	halfSteps := max((width/2+s/2)/s, 1)
	c := floorDiv(tick, s) * s
	return Range{TickLower: c - halfSteps*s, TickUpper: c + halfSteps*s}
}

func floorDiv(a, b int32) int32 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func clamp(v, lo, hi int64) int64 { return min(max(v, lo), hi) }

func abs(v int64) int64 {
	if v < 0 {
		return -v
	}
	return v
}
