package commit

import (
	"fmt"
	"math"
)

// Quantize converts x to a fixed-point integer at the given scale (for example
// 1e6 keeps six decimals), rounding half away from zero. NaN, ±Inf and values
// that do not fit in int64 are refused, so a broken model output can never
// reach a record.
func Quantize(x float64, scale int64) (int64, error) {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, fmt.Errorf("quantize %v: %w", x, ErrNotFinite)
	}
	v := math.Round(x * float64(scale))
	// float64(math.MaxInt64) rounds up to 2^63, so compare with >=.
	if v >= math.MaxInt64 || v < math.MinInt64 {
		return 0, fmt.Errorf("quantize %v at scale %d: %w", x, scale, ErrOverflow)
	}
	return int64(v), nil
}

// QuantizeAll quantises every value; the error names the index of the first bad one.
func QuantizeAll(xs []float64, scale int64) ([]int64, error) {
	out := make([]int64, len(xs))
	for i, x := range xs {
		q, err := Quantize(x, scale)
		if err != nil {
			return nil, fmt.Errorf("value %d: %w", i, err)
		}
		out[i] = q
	}
	return out, nil
}

// Dequantize converts a fixed-point integer back to a float.
func Dequantize(v int64, scale int64) float64 {
	return float64(v) / float64(scale)
}
