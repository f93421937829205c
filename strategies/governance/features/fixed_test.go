package features

import (
	"math/big"
	"testing"
)

func TestWholeLog10(t *testing.T) {
	for _, tc := range []struct {
		name     string
		amount   *big.Int
		decimals int
		want     int64
	}{
		{"one token", units(1, 18), 18, 0},
		{"less than one token", big.NewInt(5), 18, 0},
		{"a million", units(1_000_000, 6), 6, 60000},
		{"ten", big.NewInt(10), 0, 10000},
		{"1,218,669.76", big.NewInt(1218669760000), 6, 60858},
		{"2", big.NewInt(2), 0, 3010},
		{"uint256 max in 18 decimals", maxUint256(), 18, 590636}, // log10(2^256) = 77.0637
		{"uint256 max", maxUint256(), 0, 770636},
		{"nil", nil, 0, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := wholeLog10(tc.amount, tc.decimals, maxLog10); got != tc.want {
				t.Errorf("got %d, want %d", got, tc.want)
			}
		})
	}
	if got := wholeLog10(units(1, 30), 0, 8); got != 8*Scale {
		t.Errorf("log10(10^30) clamped to 8: %d", got)
	}
	// Powers of ten are exact up to the last fixed-point digit.
	for n := 0; n <= 77; n++ {
		got := wholeLog10(pow10(n), 0, maxLog10)
		if d := got - int64(n)*Scale; d < -1 || d > 0 {
			t.Errorf("log10(10^%d) = %d", n, got)
		}
	}
}

func TestRatio(t *testing.T) {
	for _, tc := range []struct {
		num, den *big.Int
		limit    int64
		want     int64
	}{
		{big.NewInt(1), big.NewInt(3), 1, 3333},
		{big.NewInt(5), big.NewInt(3), 1, Scale},
		{big.NewInt(5), big.NewInt(3), 10, 16666},
		{big.NewInt(5), nil, 1, 0},
		{big.NewInt(5), new(big.Int), 1, 0},
		{big.NewInt(-5), big.NewInt(3), 1, 0},
		{maxUint256(), big.NewInt(1), 1000, 1000 * Scale},
	} {
		if got := ratio(tc.num, tc.den, tc.limit); got != tc.want {
			t.Errorf("ratio(%v, %v, %d) = %d, want %d", tc.num, tc.den, tc.limit, got, tc.want)
		}
	}
}

func TestFormatFixed(t *testing.T) {
	for x, want := range map[int64]string{0: "0", Scale: "1", 12500: "1.25", 1: "0.0001", -15000: "-1.5", 1000 * Scale: "1000"} {
		if got := formatFixed(x); got != want {
			t.Errorf("formatFixed(%d) = %q, want %q", x, got, want)
		}
	}
}
