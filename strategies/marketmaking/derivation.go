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
	// Block is the block whose state Tick was observed at, when it is not
	// the record's own block: an asynchronous model answers some blocks
	// after its inputs were read, and the strategy decides on the newer
	// state. Zero means the record's block (and is not published).
	Block uint64
}

// Derivation returns the derivation of a decision taken at tick.
func (p Params) Derivation(tick int32) Derivation {
	return Derivation{Tick: tick, TickSpacing: p.TickSpacing, WidthMilli: p.WidthMilli, MinWidth: p.MinWidth, MaxWidth: p.MaxWidth}
}

// Values lays the derivation out as published: tick, tickSpacing,
// widthMilli, minWidth, maxWidth, then block when it is set.
func (d Derivation) Values() []int64 {
	v := []int64{int64(d.Tick), int64(d.TickSpacing), d.WidthMilli, int64(d.MinWidth), int64(d.MaxWidth)}
	if d.Block != 0 {
		v = append(v, int64(d.Block))
	}
	return v
}

// ParseDerivation reverses Values, refusing a layout or values Target
// cannot use (the error names the field).
func ParseDerivation(v []int64) (Derivation, error) {
	if len(v) != 5 && len(v) != 6 {
		return Derivation{}, fmt.Errorf("marketmaking: derivation has %d values, want 5 or 6 (tick, tickSpacing, widthMilli, minWidth, maxWidth[, block])", len(v))
	}
	names := []string{"tick", "tickSpacing", "widthMilli", "minWidth", "maxWidth"}
	for i, x := range v[:5] {
		if i != 2 && (x < math.MinInt32 || x > math.MaxInt32) {
			return Derivation{}, fmt.Errorf("marketmaking: derivation %s %d does not fit in int32", names[i], x)
		}
	}
	d := Derivation{Tick: int32(v[0]), TickSpacing: int32(v[1]), WidthMilli: v[2], MinWidth: int32(v[3]), MaxWidth: int32(v[4])}
	if len(v) == 6 {
		if v[5] <= 0 {
			return Derivation{}, fmt.Errorf("marketmaking: derivation block %d must be > 0", v[5])
		}
		d.Block = uint64(v[5])
	}
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
