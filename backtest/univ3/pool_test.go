package univ3

import (
	"errors"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// testPosition is a position of the hand-built test pool.
type testPosition struct {
	key       PositionKey
	liquidity uint64
}

// The test pool: fee 0.3 %, spacing 60, price 1 (tick 0), with liquidity
// 3e18 in [-120, 120), 1e18+3e17 in [-600, -300) and so on.
var testPositions = []testPosition{
	{PositionKey{common.HexToAddress("0xa"), -600, 600}, 1e18},
	{PositionKey{common.HexToAddress("0xb"), -120, 120}, 2e18},
	{PositionKey{common.HexToAddress("0xc"), 240, 1200}, 5e17},
	{PositionKey{common.HexToAddress("0xd"), -1800, -300}, 3e17},
}

// balances tracks the pool's token balances as the callbacks would pay them.
type balances struct{ token0, token1 big.Int }

func (b *balances) add(a0, a1 *uint256.Int) {
	b.token0.Add(&b.token0, Signed(a0))
	b.token1.Add(&b.token1, Signed(a1))
}

func newTestPool(t *testing.T) (*Pool, *balances) {
	t.Helper()
	p, err := New(Config{Fee: 3000, TickSpacing: 60, SqrtPriceX96: *u(oneQ96)})
	if err != nil {
		t.Fatal(err)
	}
	bal := &balances{}
	for _, pos := range testPositions {
		a, err := p.Mint(PositionParams{Owner: pos.key.Owner, TickLower: pos.key.TickLower, TickUpper: pos.key.TickUpper, Liquidity: *uint256.NewInt(pos.liquidity)})
		if err != nil {
			t.Fatal(err)
		}
		bal.add(&a.Amount0, &a.Amount1)
	}
	checkInvariants(t, p)
	return p, bal
}

// checkInvariants checks what must hold after every operation: the
// in-range liquidity is the sum of the positions covering the current tick;
// the price lies in the current tick; net liquidity sums to zero and never
// exceeds gross.
func checkInvariants(t *testing.T, p *Pool) {
	t.Helper()
	var want uint256.Int
	for key, pos := range p.positions {
		if key.TickLower <= p.tick && p.tick < key.TickUpper {
			want.Add(&want, &pos.Liquidity)
		}
	}
	if !p.liquidity.Eq(&want) {
		t.Fatalf("in-range liquidity %s at tick %d, positions covering it hold %s", p.liquidity.Dec(), p.tick, want.Dec())
	}
	var lo, hi uint256.Int
	_ = GetSqrtRatioAtTick(&lo, p.tick)
	_ = GetSqrtRatioAtTick(&hi, p.tick+1)
	if p.sqrtPriceX96.Lt(&lo) || p.sqrtPriceX96.Gt(&hi) {
		t.Fatalf("price %s outside tick %d [%s, %s]", p.sqrtPriceX96.Dec(), p.tick, lo.Dec(), hi.Dec())
	}
	var sum uint256.Int
	for i, tk := range p.ticks {
		if i > 0 && p.ticks[i-1].index >= tk.index {
			t.Fatalf("ticks out of order at %d", i)
		}
		var absNet uint256.Int
		absNet.Abs(&tk.liquidityNet)
		if tk.liquidityGross.IsZero() || absNet.Gt(&tk.liquidityGross) {
			t.Fatalf("tick %d: gross %s, net %s", tk.index, tk.liquidityGross.Dec(), SignedString(&tk.liquidityNet))
		}
		sum.Add(&sum, &tk.liquidityNet)
	}
	if !sum.IsZero() {
		t.Fatalf("net liquidity sums to %s", SignedString(&sum))
	}
}

func swap(t *testing.T, p *Pool, zeroForOne bool, amount *big.Int, limit *uint256.Int) SwapResult {
	t.Helper()
	params := SwapParams{ZeroForOne: zeroForOne, SqrtPriceLimitX96: PriceLimitNone(zeroForOne)}
	if limit != nil {
		params.SqrtPriceLimitX96 = *limit
	}
	if err := SetSigned(&params.AmountSpecified, amount); err != nil {
		t.Fatal(err)
	}
	before := p.SqrtPriceX96()
	res, err := p.Swap(&params)
	if err != nil {
		t.Fatalf("swap %v %s: %v", zeroForOne, amount, err)
	}
	after := p.SqrtPriceX96()
	if zeroForOne && after.Gt(&before) || !zeroForOne && after.Lt(&before) {
		t.Fatalf("price moved the wrong way: %s -> %s", before.Dec(), after.Dec())
	}
	checkInvariants(t, p)
	return res
}

// TestSwapAcrossTicks swaps token0 in across the initialised ticks -120,
// -300 and -600, back again, and then burns and collects every position:
// the pool must never pay out more than it holds, and fees must come back
// to the liquidity providers to within rounding.
func TestSwapAcrossTicks(t *testing.T) {
	p, bal := newTestPool(t)
	start := p.SqrtPriceX96()
	amountIn := big.NewInt(5e16)
	res := swap(t, p, true, amountIn, nil)
	bal.add(&res.Amount0, &res.Amount1)
	if Signed(&res.Amount0).Cmp(amountIn) != 0 || res.Amount1.Sign() >= 0 {
		t.Fatalf("exact input: amounts %s, %s", SignedString(&res.Amount0), SignedString(&res.Amount1))
	}
	if p.Tick() >= -600 || p.Tick() < -1800 {
		t.Fatalf("ended at tick %d, want in [-1800, -600)", p.Tick())
	}

	// Exact output of what exact input paid needs no more input.
	fresh, _ := newTestPool(t)
	out := Signed(&res.Amount1)
	back := swap(t, fresh, true, out, nil)
	if Signed(&back.Amount1).Cmp(out) != 0 || Signed(&back.Amount0).Cmp(amountIn) > 0 {
		t.Fatalf("exact output %s: paid %s, exact input paid %s", out, SignedString(&back.Amount0), amountIn)
	}
	if d := new(big.Int).Sub(amountIn, Signed(&back.Amount0)); d.Cmp(big.NewInt(10)) > 0 {
		t.Fatalf("exact output paid %s less than exact input", d)
	}

	// Round trip: token1 back in buys less token0 than went in, by about two
	// fees, and the price stops short of where it started.
	token1 := new(big.Int).Neg(Signed(&res.Amount1))
	rt := swap(t, p, false, token1, nil)
	bal.add(&rt.Amount0, &rt.Amount1)
	got := new(big.Int).Neg(Signed(&rt.Amount0))
	floor := new(big.Int).Div(new(big.Int).Mul(amountIn, big.NewInt(997*997)), big.NewInt(1000*1000))
	floor.Sub(floor, new(big.Int).Div(amountIn, big.NewInt(1000))) // price impact at these sizes is < 0.1 %
	if got.Cmp(amountIn) >= 0 || got.Cmp(floor) < 0 {
		t.Fatalf("round trip returned %s token0 of %s, want in [%s, %s)", got, amountIn, floor, amountIn)
	}
	if end := p.SqrtPriceX96(); !end.Lt(&start) {
		t.Fatalf("round trip ended at %s, not below the start %s", end.Dec(), start.Dec())
	}

	// Burn and collect everything.
	var fees0, fees1 big.Int
	for _, pos := range testPositions {
		owed, err := p.PositionFees(pos.key)
		if err != nil {
			t.Fatal(err)
		}
		fees0.Add(&fees0, owed.Amount0.ToBig())
		fees1.Add(&fees1, owed.Amount1.ToBig())
		a, err := p.Burn(PositionParams{Owner: pos.key.Owner, TickLower: pos.key.TickLower, TickUpper: pos.key.TickUpper, Liquidity: *uint256.NewInt(pos.liquidity)})
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, p)
		c := p.Collect(CollectParams{Owner: pos.key.Owner, TickLower: pos.key.TickLower, TickUpper: pos.key.TickUpper, Amount0Requested: maxUint128, Amount1Requested: maxUint128})
		var burned0, burned1 big.Int
		burned0.Sub(c.Amount0.ToBig(), a.Amount0.ToBig())
		burned1.Sub(c.Amount1.ToBig(), a.Amount1.ToBig())
		if burned0.Cmp(owed.Amount0.ToBig()) != 0 || burned1.Cmp(owed.Amount1.ToBig()) != 0 {
			t.Fatalf("position %v collected fees %s, %s; PositionFees said %s, %s", pos.key, &burned0, &burned1, owed.Amount0.Dec(), owed.Amount1.Dec())
		}
		bal.token0.Sub(&bal.token0, c.Amount0.ToBig())
		bal.token1.Sub(&bal.token1, c.Amount1.ToBig())
	}
	if len(p.ticks) != 0 || !p.liquidity.IsZero() {
		t.Fatalf("after burning everything: %d ticks, liquidity %s", len(p.ticks), p.liquidity.Dec())
	}
	for i, dust := range []*big.Int{&bal.token0, &bal.token1} {
		if dust.Sign() < 0 || dust.Cmp(big.NewInt(20)) > 0 {
			t.Errorf("token%d left in the pool after everything was collected: %s (want 0..20 wei of rounding)", i, dust)
		}
	}
	// Fees: 0.3 % of each leg's input, to within rounding.
	for i, tc := range []struct {
		fees, input *big.Int
	}{{&fees0, amountIn}, {&fees1, token1}} {
		want := new(big.Int).Div(new(big.Int).Mul(tc.input, big.NewInt(3)), big.NewInt(1000))
		if d := new(big.Int).Sub(want, tc.fees); d.Sign() < 0 || d.Cmp(big.NewInt(10)) > 0 {
			t.Errorf("token%d fees to positions %s, want 0.3 %% of %s = %s less up to 10 wei", i, tc.fees, tc.input, want)
		}
	}
}

// TestFeeGrowthSingleRange checks feeGrowthGlobal against the fee a swap
// inside one range pays: floor(fee·2^128/L), with fee = input - the input
// that moved the price.
func TestFeeGrowthSingleRange(t *testing.T) {
	p, _ := newTestPool(t)
	before, l := p.SqrtPriceX96(), p.Liquidity()
	amount := big.NewInt(1e15)
	swap(t, p, true, amount, nil)
	after := p.SqrtPriceX96()
	if p.Tick() < -120 {
		t.Fatalf("left the range: tick %d", p.Tick())
	}
	var moved uint256.Int
	if err := GetAmount0Delta(&moved, &after, &before, &l, true); err != nil {
		t.Fatal(err)
	}
	fee := new(big.Int).Sub(amount, moved.ToBig())
	if d := new(big.Int).Sub(fee, big.NewInt(3e12)); d.CmpAbs(big.NewInt(1)) > 0 {
		t.Fatalf("fee %s, want 0.3 %% of %s = 3e12 ± 1", fee, amount)
	}
	want := new(big.Int).Div(new(big.Int).Lsh(fee, 128), l.ToBig())
	if got := p.FeeGrowthGlobal0X128(); got.ToBig().Cmp(want) != 0 {
		t.Fatalf("feeGrowthGlobal0X128 %s, want %s", got.Dec(), want)
	}
	if got := p.FeeGrowthGlobal1X128(); !got.IsZero() {
		t.Fatalf("feeGrowthGlobal1X128 %s after a token0-in swap", got.Dec())
	}
}

// TestTickAfterCrossingDown checks the tick rule: a swap down that ends
// exactly on an initialised tick crosses it and sits at tick-1 with the
// liquidity below; one that ends exactly on an uninitialised tick boundary
// does not cross anything and sits at that tick.
func TestTickAfterCrossingDown(t *testing.T) {
	for _, tc := range []struct {
		name          string
		limitTick     int32
		wantTick      int32
		wantLiquidity uint64
	}{
		{"initialised tick -120 is crossed", -120, -121, 1e18},
		{"uninitialised tick -60 is not", -60, -60, 3e18},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, _ := newTestPool(t)
			var limit uint256.Int
			if err := GetSqrtRatioAtTick(&limit, tc.limitTick); err != nil {
				t.Fatal(err)
			}
			swap(t, p, true, big.NewInt(1e18), &limit)
			if got := p.SqrtPriceX96(); !got.Eq(&limit) {
				t.Fatalf("price %s, want the limit %s", got.Dec(), limit.Dec())
			}
			if l := p.Liquidity(); p.Tick() != tc.wantTick || !l.Eq(uint256.NewInt(tc.wantLiquidity)) {
				t.Fatalf("tick %d liquidity %s, want %d and %d", p.Tick(), l.Dec(), tc.wantTick, tc.wantLiquidity)
			}
			// Any swap back up re-crosses the tick first.
			swap(t, p, false, big.NewInt(1000), nil)
			if l := p.Liquidity(); p.Tick() < -120 || !l.Eq(uint256.NewInt(3e18)) {
				t.Fatalf("after swapping back: tick %d liquidity %s", p.Tick(), l.Dec())
			}
		})
	}
}

// TestRevertsLeaveStateUnchanged checks that rejected calls change nothing.
func TestRevertsLeaveStateUnchanged(t *testing.T) {
	p, _ := newTestPool(t)
	swap(t, p, true, big.NewInt(2e16), nil) // some fee growth and a crossed tick
	snapshot := p.Clone()
	owner := testPositions[1].key.Owner
	above := p.SqrtPriceX96()
	above.AddUint64(&above, 1)
	for _, tc := range []struct {
		name string
		call func() error
		want error
	}{
		{"zero amount", func() error {
			_, err := p.Swap(&SwapParams{ZeroForOne: true, SqrtPriceLimitX96: PriceLimitNone(true)})
			return err
		}, ErrAmountSpecifiedZero},
		{"limit on the wrong side", func() error {
			_, err := p.Swap(&SwapParams{ZeroForOne: true, AmountSpecified: *uint256.NewInt(1), SqrtPriceLimitX96: above})
			return err
		}, ErrPriceLimit},
		{"limit at the minimum", func() error {
			_, err := p.Swap(&SwapParams{ZeroForOne: true, AmountSpecified: *uint256.NewInt(1), SqrtPriceLimitX96: MinSqrtRatio})
			return err
		}, ErrPriceLimit},
		{"ticks in the wrong order", func() error {
			_, err := p.Mint(PositionParams{Owner: owner, TickLower: 120, TickUpper: -120, Liquidity: *uint256.NewInt(1)})
			return err
		}, ErrTickOrder},
		{"tick off the spacing", func() error {
			_, err := p.Mint(PositionParams{Owner: owner, TickLower: -100, TickUpper: 120, Liquidity: *uint256.NewInt(1)})
			return err
		}, ErrTickSpacing},
		{"mint of zero", func() error {
			_, err := p.Mint(PositionParams{Owner: owner, TickLower: -120, TickUpper: 120})
			return err
		}, ErrZeroAmount},
		{"burn beyond the position", func() error {
			_, err := p.Burn(PositionParams{Owner: owner, TickLower: -120, TickUpper: 120, Liquidity: *uint256.NewInt(2e18 + 1)})
			return err
		}, ErrLiquiditySub},
		{"poke of an empty position", func() error {
			_, err := p.Burn(PositionParams{Owner: common.HexToAddress("0xe"), TickLower: -120, TickUpper: 120})
			return err
		}, ErrNoPosition},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if err := tc.call(); !errors.Is(err, tc.want) {
				t.Fatalf("error %v, want %v", err, tc.want)
			}
			if p.sqrtPriceX96 != snapshot.sqrtPriceX96 || p.tick != snapshot.tick || p.liquidity != snapshot.liquidity ||
				p.feeGrowthGlobal0X128 != snapshot.feeGrowthGlobal0X128 || len(p.ticks) != len(snapshot.ticks) || len(p.positions) != len(snapshot.positions) {
				t.Fatal("state changed")
			}
			for i := range p.ticks {
				if p.ticks[i] != snapshot.ticks[i] {
					t.Fatalf("tick %d changed", p.ticks[i].index)
				}
			}
			for k, v := range snapshot.positions {
				if p.positions[k] != v {
					t.Fatalf("position %v changed", k)
				}
			}
		})
	}
}

func TestNewValidates(t *testing.T) {
	for _, tc := range []struct {
		name string
		cfg  Config
	}{
		{"fee of 100 %", Config{Fee: 1_000_000, TickSpacing: 60, SqrtPriceX96: *u(oneQ96)}},
		{"zero spacing", Config{Fee: 3000, SqrtPriceX96: *u(oneQ96)}},
		{"price below the minimum", Config{Fee: 3000, TickSpacing: 60, SqrtPriceX96: *uint256.NewInt(1)}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := New(tc.cfg); !errors.Is(err, ErrConfig) {
				t.Fatalf("error %v, want ErrConfig", err)
			}
		})
	}
}
