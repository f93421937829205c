package mm

import (
	"math/big"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/backtest/univ3"
)

// TestEventTapeReplaysTheDay replays the swap-level tape on the Go model
// with no agent in the pool and compares every swap with the recorded one:
// the seeded positions must give the recorded tick and active liquidity
// after every swap (a swap to the recorded price lands on it by
// construction, so the liquidity is what tests the seed), and the amounts
// must agree within the stated tolerance: a swap replayed as a move to its
// recorded price pays for the move, which differs from the recorded
// exact-input or exact-output call by the rounding of its last step, so
// each amount may differ by at most 1 part in 10^6 of itself plus 2 units;
// the count of exact swaps is reported.
func TestEventTapeReplaysTheDay(t *testing.T) {
	events, _, err := poolEvents()
	if err != nil {
		t.Fatal(err)
	}
	tape, err := EventTape(events, "day")
	if err != nil {
		t.Fatal(err)
	}
	pool, err := tape.openPool()
	if err != nil {
		t.Fatal(err)
	}
	rebuilt, err := univ3.Rebuild(events, 500, 10)
	if err != nil {
		t.Fatal(err)
	}
	if a, b := pool.SqrtPriceX96(), rebuilt.SqrtPriceX96(); !a.Eq(&b) || pool.Tick() != rebuilt.Tick() {
		t.Fatalf("the seeded pool opens at %s (tick %d), the rebuilt one at %s (tick %d)", a.Dec(), pool.Tick(), b.Dec(), rebuilt.Tick())
	}
	if a, b := pool.Liquidity(), rebuilt.Liquidity(); !a.Eq(&b) {
		t.Fatalf("the seeded pool's liquidity %s, the rebuilt one's %s", a.Dec(), b.Dec())
	}
	// The recorded events the tape kept, in its order.
	var kept []dataset.PoolEvent
	for _, e := range events[1:] {
		if e.Kind == dataset.Swap || e.PositionLiquidity.Sign() != 0 {
			kept = append(kept, e)
		}
	}
	n, swaps, exact, unmoved := 0, 0, 0, 0
	for bi, b := range tape.Blocks {
		for _, op := range b.Ops {
			e := kept[n]
			n++
			if e.BlockNumber != b.Recorded {
				t.Fatalf("block %d: a step of recorded block %d holds line %d of block %d", bi, b.Recorded, e.Line, e.BlockNumber)
			}
			var got *univ3.SwapResult
			if err := playOps(pool, fastTrader, []Op{op}, func(r univ3.SwapResult) { got = &r }); err != nil {
				t.Fatalf("line %d: %v", e.Line, err)
			}
			if e.Kind != dataset.Swap {
				continue
			}
			swaps++
			l := pool.Liquidity()
			if pool.Tick() != e.Tick || l.ToBig().Cmp(e.Liquidity) != 0 {
				t.Fatalf("line %d: tick %d liquidity %s, recorded %d %s", e.Line, pool.Tick(), l.Dec(), e.Tick, e.Liquidity)
			}
			if got == nil {
				// The recorded swap left the price where it was.
				unmoved++
				continue
			}
			a0, a1 := univ3.Signed(&got.Amount0), univ3.Signed(&got.Amount1)
			if a0.Cmp(e.Amount0) == 0 && a1.Cmp(e.Amount1) == 0 {
				exact++
				continue
			}
			for _, d := range []struct {
				name      string
				got, want *big.Int
			}{{"amount0", a0, e.Amount0}, {"amount1", a1, e.Amount1}} {
				diff := new(big.Int).Abs(new(big.Int).Sub(d.got, d.want))
				allowed := new(big.Int).Add(new(big.Int).Quo(new(big.Int).Abs(d.want), big.NewInt(1_000_000)), big.NewInt(2))
				if diff.Cmp(allowed) > 0 {
					t.Fatalf("line %d: %s %s, recorded %s (off by %s, tolerance %s)", e.Line, d.name, d.got, d.want, diff, allowed)
				}
			}
		}
	}
	if n != len(kept) {
		t.Fatalf("the tape holds %d steps, the data %d events", n, len(kept))
	}
	if swaps < 6000 || exact < swaps*9/10 {
		t.Fatalf("%d swaps, %d with the recorded amounts to the unit: the replay is not the day", swaps, exact)
	}
	t.Logf("%d blocks, %d swaps: tick and liquidity as recorded after each; amounts exact for %d, within tolerance for %d, %d left the price unmoved",
		len(tape.Blocks), swaps, exact, swaps-exact-unmoved, unmoved)
}

// TestTapeWindow starts a window where the day stands at its first block:
// its seed is the pool as replayed up to there, and a bad range is refused.
func TestTapeWindow(t *testing.T) {
	tape, err := MarketSwaps.Tape()
	if err != nil {
		t.Fatal(err)
	}
	full, err := tape.openPool()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range tape.Blocks[:700] {
		if err := playOps(full, fastTrader, b.Ops, nil); err != nil {
			t.Fatal(err)
		}
	}
	w, err := tape.Window(700, 900)
	if err != nil {
		t.Fatal(err)
	}
	if len(w.Blocks) != 200 || w.Blocks[0].Recorded != tape.Blocks[700].Recorded || !strings.Contains(w.Source, "steps 700..900") {
		t.Fatalf("window: %d blocks from recorded %d, source %q", len(w.Blocks), w.Blocks[0].Recorded, w.Source)
	}
	pool, err := w.openPool()
	if err != nil {
		t.Fatal(err)
	}
	a, b := pool.SqrtPriceX96(), full.SqrtPriceX96()
	la, lb := pool.Liquidity(), full.Liquidity()
	if !a.Eq(&b) || !la.Eq(&lb) || pool.Tick() != full.Tick() {
		t.Fatalf("the window opens at %s/%s, the day stands at %s/%s there", a.Dec(), la.Dec(), b.Dec(), lb.Dec())
	}
	for _, bad := range [][2]int{{-1, 10}, {10, 10}, {0, len(tape.Blocks) + 1}} {
		if _, err := tape.Window(bad[0], bad[1]); err == nil || !strings.Contains(err.Error(), "--from") {
			t.Fatalf("window %v: %v", bad, err)
		}
	}
	if err := (Tape{Seed: []Op{{Kind: OpMint, Lower: 0, Upper: 10, Liquidity: big.NewInt(1)}}}).check(); err == nil {
		t.Fatal("a seed without its opening swap passed")
	}
	bad := Tape{Seed: tape.Seed, Blocks: []Block{{Recorded: 7, Ops: []Op{{Kind: OpMint, Lower: 5, Upper: 10, Liquidity: uint256.NewInt(1).ToBig()}}}}}
	if err := bad.check(); err == nil || !strings.Contains(err.Error(), "block 0 (recorded 7), step 0 (mint)") {
		t.Fatalf("an unaligned mint: %v", err)
	}
}

// TestTapeWindowChecksTheWindow: a window is checked as a tape is. Guards
// a past bug: Window returned its tape unchecked, so a window whose seed
// (the pool's positions at its first block) is more steps than the seed's
// one transaction replays, or a tape never checked, passed.
func TestTapeWindowChecksTheWindow(t *testing.T) {
	path := PathTape([]int32{0, 10, 20}, "path")
	// Each block mints one more position: by block maxBlockSteps the pool
	// holds more positions than a seed may replay.
	many := Tape{Seed: path.Seed, Source: "many"}
	for i := range maxBlockSteps + 1 {
		lower, upper := int32(-10*(i+1)), int32(10*(i+1))
		many.Blocks = append(many.Blocks, Block{Ops: []Op{{Kind: OpMint, Lower: lower, Upper: upper, Liquidity: big.NewInt(1e12)}}})
	}
	if err := many.check(); err != nil {
		t.Fatalf("the tape itself is good: %v", err)
	}
	for _, c := range []struct {
		name     string
		tape     Tape
		from, to int
		want     string
	}{
		{"a seed of more positions than a transaction replays", many, maxBlockSteps, 0, "the seed has"},
		{"an unaligned mint in a window from the start", Tape{Seed: path.Seed, Blocks: []Block{{Recorded: 7, Ops: []Op{{Kind: OpMint, Lower: 5, Upper: 10, Liquidity: big.NewInt(1)}}}}},
			0, 0, "block 0 (recorded 7), step 0 (mint)"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if _, err := c.tape.Window(c.from, c.to); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("Window(%d, %d): %v, want an error with %q", c.from, c.to, err, c.want)
			}
		})
	}
	if w, err := many.Window(1, 3); err != nil || len(w.Seed) != 3 {
		t.Fatalf("a small window: seed of %d steps, %v", len(w.Seed), err)
	}
}
