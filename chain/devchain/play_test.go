package devchain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"

	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// TestPlayReplaysSteps: without base liquidity the pool starts empty; Play
// mines one block whose DevTrader.play transaction mints, swaps to a
// price and burns, in order; a step the pool refuses is an error naming
// the transaction, and a stopped chain is refused.
func TestPlayReplaysSteps(t *testing.T) {
	ctx := context.Background()
	c := newChain(t, Config{PriceTicks: []int32{199000, 199100}, NoBaseLiquidity: true})
	d := c.Deployment()
	poolABI := bindings.NewUniswapV3Pool()
	if l := call(t, c.Client(), d.Pool, poolABI.PackLiquidity(), poolABI.UnpackLiquidity); l.Sign() != 0 {
		t.Fatalf("the pool holds liquidity %s without the base", l)
	}
	step := func(op uint8, lower, upper int64, price, liquidity *big.Int) bindings.DevTraderStep {
		return bindings.DevTraderStep{Op: op, TickLower: big.NewInt(lower), TickUpper: big.NewInt(upper), SqrtPriceX96: price, Liquidity: liquidity}
	}
	zero, liq := new(big.Int), big.NewInt(1e15)
	var steps []bindings.DevTraderStep
	for i := int64(0); i < 40; i++ {
		steps = append(steps, step(1, 198000-10*i, 200000+10*i, zero, liq))
	}
	steps = append(steps, step(0, 0, 0, SqrtPriceX96AtTick(199100), zero), step(2, 198000, 200000, zero, liq))
	before, err := c.Client().BlockNumber(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if _, gas, err := c.Play(ctx, steps); err != nil || gas == 0 {
		t.Fatalf("Play: gas %d, %v", gas, err)
	}
	if after, _ := c.Client().BlockNumber(ctx); after != before+1 {
		t.Fatalf("Play mined blocks %d..%d, want one", before+1, after)
	}
	if tick := poolTick(t, c); tick != 199100 {
		t.Fatalf("the pool is at tick %d after the swap to 199100", tick)
	}
	want := new(big.Int).Mul(liq, big.NewInt(39))
	if l := call(t, c.Client(), d.Pool, poolABI.PackLiquidity(), poolABI.UnpackLiquidity); l.Cmp(want) != 0 {
		t.Fatalf("liquidity %s after 40 mints and a burn, want %s", l, want)
	}
	// Burning more than the position holds: the pool reverts, Play says so.
	_, _, err = c.Play(ctx, []bindings.DevTraderStep{step(2, 198000, 200000, zero, liq)})
	if err == nil || !strings.Contains(err.Error(), "reverted") || !strings.Contains(err.Error(), `"LS"`) {
		t.Fatalf("a burn of a position not held: %v", err)
	}
	c.Stop()
	if _, _, err := c.Play(ctx, nil); !errors.Is(err, ErrStopped) {
		t.Fatalf("Play after Stop: %v", err)
	}
}
