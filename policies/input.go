package policies

import (
	"fmt"
	"math"
	"math/big"
)

// normalizeMap returns m with every value in a form CEL handles uniformly
// (see Input). It returns m itself when nothing needs converting, so the
// common case of flat maps of int64/float64/string/bool does not allocate.
func normalizeMap(path string, m map[string]any) (map[string]any, error) {
	if m == nil {
		return map[string]any{}, nil
	}
	canonical := true
	for _, v := range m {
		if !isCanonical(v) {
			canonical = false
			break
		}
	}
	if canonical {
		return m, nil
	}
	out := make(map[string]any, len(m))
	for k, v := range m {
		nv, err := normalize(path+"."+k, v)
		if err != nil {
			return nil, err
		}
		out[k] = nv
	}
	return out, nil
}

func isCanonical(v any) bool {
	switch x := v.(type) {
	case nil, bool, string, int64, float64:
		return true
	case uint64:
		return x > math.MaxInt64
	}
	return false
}

func normalize(path string, v any) (any, error) {
	switch x := v.(type) {
	case nil, bool, string, int64, float64:
		return x, nil
	case int:
		return int64(x), nil
	case int8:
		return int64(x), nil
	case int16:
		return int64(x), nil
	case int32:
		return int64(x), nil
	case uint8:
		return int64(x), nil
	case uint16:
		return int64(x), nil
	case uint32:
		return int64(x), nil
	case uint:
		return fromUint64(uint64(x)), nil
	case uint64:
		return fromUint64(x), nil
	case float32:
		return float64(x), nil
	case *big.Int:
		switch {
		case x == nil:
			return nil, nil
		case x.IsInt64():
			return x.Int64(), nil
		case x.IsUint64():
			return x.Uint64(), nil
		}
		return nil, fmt.Errorf("%w: %s: integer %s does not fit 64 bits", ErrInvalidInput, path, x)
	case map[string]any:
		return normalizeMap(path, x)
	case []any:
		out := make([]any, len(x))
		for i, e := range x {
			ne, err := normalize(fmt.Sprintf("%s[%d]", path, i), e)
			if err != nil {
				return nil, err
			}
			out[i] = ne
		}
		return out, nil
	case []int64, []float64, []string:
		return x, nil
	case []int:
		return widen(x), nil
	case []int32:
		return widen(x), nil
	}
	return nil, fmt.Errorf("%w: %s: unsupported type %T", ErrInvalidInput, path, v)
}

func fromUint64(u uint64) any {
	if u <= math.MaxInt64 {
		return int64(u)
	}
	return u
}

func widen[T int | int32](s []T) []int64 {
	out := make([]int64, len(s))
	for i, v := range s {
		out[i] = int64(v)
	}
	return out
}

func toInt64(path string, u uint64) (int64, error) {
	if u > math.MaxInt64 {
		return 0, fmt.Errorf("%w: %s: %d does not fit int64", ErrInvalidInput, path, u)
	}
	return int64(u), nil
}
