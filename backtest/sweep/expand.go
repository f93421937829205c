package sweep

import (
	"math/rand/v2"
	"slices"
	"strings"
)

// Override sets one config path to one value (YAML text).
type Override struct {
	Path  string `json:"path"`
	Value string `json:"value"`
}

// Point is one configuration of a sweep: one override per parameter, in
// the grid's parameter order.
type Point []Override

// String is "path=value, …", for messages.
func (p Point) String() string {
	parts := make([]string, len(p))
	for i, o := range p {
		parts[i] = o.Path + "=" + o.Value
	}
	return strings.Join(parts, ", ")
}

// Expand lists the grid's configurations in a stable order. Grid mode:
// every combination, the first parameter varying slowest and the last
// fastest (an odometer over the file's order). Random mode: Samples
// distinct combinations drawn with a PCG seeded by Seed (Floyd's
// algorithm over the combinations' odometer numbers, so no draw repeats),
// listed in odometer order; the same file gives the same list on every
// machine.
func (g *Grid) Expand() []Point {
	n, _ := g.productSize() // ParseGrid checked it fits
	var indices []uint64
	switch g.Mode {
	case ModeRandom:
		indices = sample(n, uint64(g.Samples), g.Seed)
	default:
		indices = make([]uint64, n)
		for i := range indices {
			indices[i] = uint64(i)
		}
	}
	points := make([]Point, len(indices))
	for i, k := range indices {
		points[i] = g.point(k)
	}
	return points
}

// point is the combination with odometer number k.
func (g *Grid) point(k uint64) Point {
	p := make(Point, len(g.Parameters))
	for i := len(g.Parameters) - 1; i >= 0; i-- {
		vals := g.Parameters[i].Values
		p[i] = Override{Path: g.Parameters[i].Path, Value: vals[k%uint64(len(vals))]}
		k /= uint64(len(vals))
	}
	return p
}

// sample draws m distinct numbers from [0, n), sorted (Floyd's algorithm).
func sample(n, m, seed uint64) []uint64 {
	rng := rand.New(rand.NewPCG(seed, 0x5eed_5eed_5eed_5eed))
	chosen := make(map[uint64]bool, m)
	out := make([]uint64, 0, m)
	for j := n - m; j < n; j++ {
		t := rng.Uint64N(j + 1)
		if chosen[t] {
			t = j
		}
		chosen[t] = true
		out = append(out, t)
	}
	slices.Sort(out)
	return out
}
