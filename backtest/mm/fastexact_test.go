package mm

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/agents/demo"
	"github.com/steward-agents/steward/backtest/univ3"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// TestFastMatchesExact cross-checks the fast executor's pool model
// (backtest/univ3, Go) against the exact executor (the real Uniswap v3
// bytecode on the embedded EVM) over the whole recorded day: the same
// pool, the same positions (the market's base liquidity and the static
// baseline's fixed position), the same market steps. The stated tolerance
// is none: after every step the price, tick and active liquidity are
// equal, and at the end the fixed position's fees and the tokens it would
// return are equal to the wei.
func TestFastMatchesExact(t *testing.T) {
	ctx := context.Background()
	path, _, err := demo.MarketPath()
	if err != nil {
		t.Fatal(err)
	}
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: path, GenesisTime: genesisTime})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	static, _, err := deployStatic(ctx, chain, path[0], DefaultStaticHalfWidth)
	if err != nil {
		t.Fatal(err)
	}
	if err := static.set(ctx); err != nil {
		t.Fatal(err)
	}
	dep := chain.Deployment()
	client := chain.Client()

	model := seedModel(t, ctx, client, dep.Pool)
	poolABI := bindings.NewUniswapV3Pool()
	for i := 1; i < len(path); i++ {
		chain.Commit()
		limit := uint256.MustFromBig(devchain.SqrtPriceX96AtTick(path[i]))
		if cur := model.SqrtPriceX96(); !limit.Eq(&cur) { // DevTrader.swapTo: exact input, up to the target price
			var amount uint256.Int
			amount.SetAllOne().Rsh(&amount, 1) // type(int256).max
			if _, err := model.Swap(&univ3.SwapParams{ZeroForOne: limit.Lt(&cur), AmountSpecified: amount, SqrtPriceLimitX96: *limit}); err != nil {
				t.Fatalf("step %d: model swap: %v", i, err)
			}
		}
		slot, err := call(ctx, &reader{chain: client, poolABI: poolABI}, dep.Pool, poolABI.PackSlot0(), nil, poolABI.UnpackSlot0)
		if err != nil {
			t.Fatal(err)
		}
		liq, err := call(ctx, &reader{chain: client}, dep.Pool, poolABI.PackLiquidity(), nil, poolABI.UnpackLiquidity)
		if err != nil {
			t.Fatal(err)
		}
		sp, l := model.SqrtPriceX96(), model.Liquidity()
		if sp.ToBig().Cmp(slot.SqrtPriceX96) != 0 || int64(model.Tick()) != slot.Tick.Int64() || l.ToBig().Cmp(liq) != 0 {
			t.Fatalf("step %d (tick %d): EVM sqrtPrice %s tick %s liquidity %s, model %s %d %s",
				i, path[i], slot.SqrtPriceX96, slot.Tick, liq, sp.Dec(), model.Tick(), l.Dec())
		}
	}

	// The fixed position: fees owed, and the tokens a burn would return.
	key := univ3.PositionKey{Owner: static.vault, TickLower: static.lower, TickUpper: static.upper}
	fees, err := model.PositionFees(key)
	if err != nil {
		t.Fatal(err)
	}
	rd := newReader(client, dep.Pool, dep.Token0, dep.Token1)
	h, err := rd.holdings(ctx, static.vault, static.start[0], static.start[1], nil)
	if err != nil {
		t.Fatal(err)
	}
	owed0, owed1, err := rd.owed(ctx, static.vault, h, nil)
	if err != nil {
		t.Fatal(err)
	}
	if fees.Amount0.ToBig().Cmp(owed0) != 0 || fees.Amount1.ToBig().Cmp(owed1) != 0 {
		t.Fatalf("fees of the fixed position: EVM %s / %s, model %s / %s", owed0, owed1, fees.Amount0.Dec(), fees.Amount1.Dec())
	}
	if owed0.Sign() == 0 || owed1.Sign() == 0 {
		t.Fatalf("the fixed position earned no fee in one token over the day (%s / %s): the check shows nothing", owed0, owed1)
	}
	burn := poolABI.PackBurn(big.NewInt(int64(static.lower)), big.NewInt(int64(static.upper)), h.Liquidity)
	out, err := client.CallContract(ctx, ethereum.CallMsg{From: static.vault, To: &dep.Pool, Data: burn}, nil)
	if err != nil {
		t.Fatal(err)
	}
	evm, err := poolABI.UnpackBurn(out)
	if err != nil {
		t.Fatal(err)
	}
	got, err := model.Clone().Burn(univ3.PositionParams{Owner: static.vault, TickLower: static.lower, TickUpper: static.upper, Liquidity: *uint256.MustFromBig(h.Liquidity)})
	if err != nil {
		t.Fatal(err)
	}
	if got.Amount0.ToBig().Cmp(evm.Amount0) != 0 || got.Amount1.ToBig().Cmp(evm.Amount1) != 0 {
		t.Fatalf("tokens of the fixed position: EVM %s / %s, model %s / %s", evm.Amount0, evm.Amount1, got.Amount0.Dec(), got.Amount1.Dec())
	}
	t.Logf("%d market steps: equal after each; fixed position fees %s / %s wei, tokens %s / %s wei — equal", len(path)-1, owed0, owed1, evm.Amount0, evm.Amount1)
}

// seedModel builds the model of the pool as deployed: its initial price
// and every position minted so far, read from its Initialize and Mint events.
func seedModel(t *testing.T, ctx context.Context, client ethereum.LogFilterer, pool common.Address) *univ3.Pool {
	t.Helper()
	poolABI := bindings.NewUniswapV3Pool()
	logs, err := client.FilterLogs(ctx, ethereum.FilterQuery{FromBlock: big.NewInt(0), Addresses: []common.Address{pool}})
	if err != nil {
		t.Fatal(err)
	}
	var model *univ3.Pool
	mints := 0
	for i := range logs {
		l := &logs[i]
		if ev, err := poolABI.UnpackInitializeEvent(l); err == nil {
			if model, err = univ3.New(univ3.Config{Fee: 500, TickSpacing: 10, SqrtPriceX96: *uint256.MustFromBig(ev.SqrtPriceX96)}); err != nil {
				t.Fatal(err)
			}
			continue
		}
		ev, err := poolABI.UnpackMintEvent(l)
		if err != nil {
			continue
		}
		if model == nil {
			t.Fatal("a Mint before the pool's Initialize")
		}
		if _, err := model.Mint(univ3.PositionParams{Owner: ev.Owner, TickLower: int32(ev.TickLower.Int64()), TickUpper: int32(ev.TickUpper.Int64()),
			Liquidity: *uint256.MustFromBig(ev.Amount)}); err != nil {
			t.Fatal(err)
		}
		mints++
	}
	if model == nil || mints < 2 {
		t.Fatalf("the pool's events give no model (%d mints)", mints)
	}
	return model
}
