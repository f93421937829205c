package marketmaking

import (
	"fmt"
	"math"
)

// DerivationName names the market-making derivation in the context an agent
// publishes with each action; the version changes whenever Target does.
const DerivationName = "marketmaking/v1"

// Derivation is everything besides the model's output that fixes the
// target range: the observed pool tick and the parameters Target reads. An
// agent publishes it with each re-range so that anyone can recompute the
// applied ticks from the committed forecast.
type Derivation struct {
	Tick               int32
	TickSpacing        int32
	WidthMilli         int64
	MinWidth, MaxWidth int32
}

// Derivation returns the derivation of a decision taken at tick.
func (p Params) Derivation(tick int32) Derivation {
	return Derivation{Tick: tick, TickSpacing: p.TickSpacing, WidthMilli: p.WidthMilli, MinWidth: p.MinWidth, MaxWidth: p.MaxWidth}
}

// Values lays the derivation out as published: tick, tickSpacing,
// widthMilli, minWidth, maxWidth.
func (d Derivation) Values() []int64 {
	return []int64{int64(d.Tick), int64(d.TickSpacing), d.WidthMilli, int64(d.MinWidth), int64(d.MaxWidth)}
}

// ParseDerivation reverses Values, refusing a layout or values Target
// cannot use (the error names the field).
func ParseDerivation(v []int64) (Derivation, error) {
	if len(v) != 5 {
		return Derivation{}, fmt.Errorf("marketmaking: derivation has %d values, want 5 (tick, tickSpacing, widthMilli, minWidth, maxWidth)", len(v))
	}
	names := []string{"tick", "tickSpacing", "widthMilli", "minWidth", "maxWidth"}
	for i, x := range v {
		if i != 2 && (x < math.MinInt32 || x > math.MaxInt32) {
			return Derivation{}, fmt.Errorf("marketmaking: derivation %s %d does not fit in int32", names[i], x)
		}
	}
	d := Derivation{Tick: int32(v[0]), TickSpacing: int32(v[1]), WidthMilli: v[2], MinWidth: int32(v[3]), MaxWidth: int32(v[4])}
	switch {
	case d.TickSpacing <= 0:
		return Derivation{}, fmt.Errorf("marketmaking: derivation tickSpacing %d must be > 0", d.TickSpacing)
	case d.WidthMilli <= 0:
		return Derivation{}, fmt.Errorf("marketmaking: derivation widthMilli %d must be > 0", d.WidthMilli)
	case d.MaxWidth < d.MinWidth:
		return Derivation{}, fmt.Errorf("marketmaking: derivation maxWidth %d < minWidth %d", d.MaxWidth, d.MinWidth)
	}
	return d, nil
}

// Target recomputes the range the strategy derived from forecast.
func (d Derivation) Target(forecast, forecastScale int64) Range {
	p := Params{WidthMilli: d.WidthMilli, MinWidth: d.MinWidth, MaxWidth: d.MaxWidth, TickSpacing: d.TickSpacing}
	return p.Target(d.Tick, forecast, forecastScale)
}
