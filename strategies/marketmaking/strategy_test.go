package marketmaking

import (
	"strings"
	"testing"
)

var testParams = Params{WidthMilli: 2000, MinWidth: 60, MaxWidth: 4000, RecenterMilli: 500, WidthChangeMilli: 300, TickSpacing: 10}

func TestDecide(t *testing.T) {
	const scale = 10000
	cases := []struct {
		name        string
		obs         Observation
		forecast    int64 // ticks × scale
		wantRerange bool
		wantRange   Range
		wantReason  string
	}{
		{name: "first tick places a range", obs: Observation{Tick: 199045}, forecast: 50 * scale,
			wantRerange: true, wantRange: Range{199040 - 100, 199040 + 100}, wantReason: "no position"},
		{name: "tiny forecast is clamped to MinWidth", obs: Observation{Tick: 199045}, forecast: 1 * scale,
			wantRerange: true, wantRange: Range{199010, 199070}, wantReason: "no position"},
		{name: "huge forecast is clamped to MaxWidth", obs: Observation{Tick: 0}, forecast: 1e6 * scale,
			wantRerange: true, wantRange: Range{-2000, 2000}, wantReason: "no position"},
		{name: "in range holds", obs: Observation{Tick: 199045, Current: &Range{198940, 199140}}, forecast: 50 * scale,
			wantRange: Range{198940, 199140}, wantReason: "in range"},
		{name: "drift beyond half of half-width re-centres", obs: Observation{Tick: 199095, Current: &Range{198940, 199140}}, forecast: 50 * scale,
			wantRerange: true, wantRange: Range{198990, 199190}, wantReason: "price moved"},
		{name: "width change re-ranges", obs: Observation{Tick: 199045, Current: &Range{198940, 199140}}, forecast: 100 * scale,
			wantRerange: true, wantRange: Range{198840, 199240}, wantReason: "forecast width"},
		// Guards floor division for negative ticks: -15 must align to -20, not -10.
		{name: "negative ticks align down", obs: Observation{Tick: -15}, forecast: 50 * scale,
			wantRerange: true, wantRange: Range{-120, 80}, wantReason: "no position"},
		{name: "negative forecast treated as zero", obs: Observation{Tick: 0}, forecast: -5 * scale,
			wantRerange: true, wantRange: Range{-30, 30}, wantReason: "no position"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := testParams.Decide(tc.obs, tc.forecast, scale)
			if d.Rerange != tc.wantRerange || d.Target != tc.wantRange || !strings.Contains(d.Reason, tc.wantReason) {
				t.Fatalf("Decide = %+v, want rerange=%v range=%+v reason~%q", d, tc.wantRerange, tc.wantRange, tc.wantReason)
			}
			if d.Target.TickLower%10 != 0 || d.Target.TickUpper%10 != 0 {
				t.Fatalf("range %+v not on the tick-spacing grid", d.Target)
			}
		})
	}
}

func TestParamsValidate(t *testing.T) {
	bad := map[string]func(*Params){
		"WidthMilli":       func(p *Params) { p.WidthMilli = 0 },
		"TickSpacing":      func(p *Params) { p.TickSpacing = 0 },
		"MinWidth":         func(p *Params) { p.MinWidth = 10 },
		"MaxWidth":         func(p *Params) { p.MaxWidth = 50 },
		"RecenterMilli":    func(p *Params) { p.RecenterMilli = 1001 },
		"WidthChangeMilli": func(p *Params) { p.WidthChangeMilli = 0 },
	}
	if err := testParams.Validate(); err != nil {
		t.Fatalf("valid params refused: %v", err)
	}
	for field, mutate := range bad {
		p := testParams
		mutate(&p)
		err := p.Validate()
		if err == nil || !strings.Contains(err.Error(), field) {
			t.Errorf("%s: err = %v, want one naming the field", field, err)
		}
	}
}

func TestFeaturesAndTarget(t *testing.T) {
	ticks := make([]int32, Window)
	for i := range ticks {
		ticks[i] = int32(100 + 2*i) // constant drift of +2
	}
	f, err := Features(ticks)
	if err != nil {
		t.Fatal(err)
	}
	want := []float64{0, 0, 2, 2, 60}
	for i := range want {
		if f[i] != want[i] {
			t.Fatalf("feature %s = %v, want %v", FeatureNames[i], f[i], want[i])
		}
	}
	if _, err := Features(ticks[:Window-1]); err == nil {
		t.Fatal("short window accepted")
	}
	long := make([]int32, 100)
	for i := range long {
		long[i] = int32(i % 7)
	}
	if got, ok := Target(long, 0); !ok || got != 6 {
		t.Fatalf("Target = %v,%v want 6,true", got, ok)
	}
	if _, ok := Target(long, 100-Horizon); ok {
		t.Fatal("Target without a full horizon must report !ok")
	}
}

func TestDerivationReproducesDecide(t *testing.T) {
	const scale = 10000
	for _, tick := range []int32{199045, -15, 0, 887000} {
		for _, forecast := range []int64{-5 * scale, 1 * scale, 50 * scale, 1e6 * scale} {
			d := testParams.Decide(Observation{Tick: tick}, forecast, scale)
			parsed, err := ParseDerivation(testParams.Derivation(tick).Values())
			if err != nil {
				t.Fatal(err)
			}
			if got := parsed.Target(forecast, scale); got != d.Target {
				t.Errorf("tick %d forecast %d: derivation gives %+v, Decide %+v", tick, forecast, got, d.Target)
			}
		}
	}
}

func TestParseDerivationRefuses(t *testing.T) {
	good := testParams.Derivation(100).Values()
	cases := []struct {
		name   string
		mutate func([]int64) []int64
		want   string
	}{
		{"wrong length", func(v []int64) []int64 { return v[:4] }, "has 4 values"},
		{"tick beyond int32", func(v []int64) []int64 { v[0] = 1 << 40; return v }, "tick"},
		{"zero spacing", func(v []int64) []int64 { v[1] = 0; return v }, "tickSpacing 0"},
		{"negative width multiplier", func(v []int64) []int64 { v[2] = -1; return v }, "widthMilli -1"},
		{"max below min", func(v []int64) []int64 { v[4] = v[3] - 1; return v }, "maxWidth"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseDerivation(tc.mutate(append([]int64(nil), good...)))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want it to mention %q", err, tc.want)
			}
		})
	}
}
