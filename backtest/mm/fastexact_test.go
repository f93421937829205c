package mm

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/univ3"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// TestFastMatchesExact cross-checks the fast executor's pool model
// (backtest/univ3, Go) against the exact executor (the real Uniswap v3
// bytecode on the embedded EVM) over the whole recorded day, on both
// markets: the day's swaps, mints and burns (3,990 blocks) and its minute
// closes. The same seed, the same fixed position (the static baseline's),
// the same steps. The stated tolerance is none: after every block the
// price, tick and active liquidity are equal, and at the end the fixed
// position's fees and the tokens it would return are equal to the wei.
func TestFastMatchesExact(t *testing.T) {
	for _, m := range Markets {
		t.Run(string(m), func(t *testing.T) {
			tape, err := m.Tape()
			if err != nil {
				t.Fatal(err)
			}
			matchOnTape(t, tape)
		})
	}
}

func matchOnTape(t *testing.T, tape Tape) {
	ctx := context.Background()
	ticks, err := tape.Ticks()
	if err != nil {
		t.Fatal(err)
	}
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: ticks, NoBaseLiquidity: true, GenesisTime: genesisTime})
	if err != nil {
		t.Fatal(err)
	}
	defer chain.Stop()
	if _, _, err := chain.Play(ctx, steps(tape.Seed)); err != nil {
		t.Fatal(err)
	}
	static, _, err := deployStatic(ctx, chain, ticks[0], DefaultStaticHalfWidth)
	if err != nil {
		t.Fatal(err)
	}
	if err := static.set(ctx); err != nil {
		t.Fatal(err)
	}
	dep := chain.Deployment()
	client := chain.Client()

	model, err := tape.openPool()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := model.Mint(univ3.PositionParams{Owner: static.vault, TickLower: static.lower, TickUpper: static.upper,
		Liquidity: *uint256.NewInt(devchain.DefaultLiquidity)}); err != nil {
		t.Fatal(err)
	}
	poolABI := bindings.NewUniswapV3Pool()
	var gas uint64
	for i, b := range tape.Blocks {
		_, g, err := chain.Play(ctx, steps(b.Ops))
		if err != nil {
			t.Fatalf("block %d: %v", i, err)
		}
		gas += g
		if err := playOps(model, fastTrader, b.Ops, nil); err != nil {
			t.Fatalf("block %d: model: %v", i, err)
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
			t.Fatalf("block %d (recorded %d): EVM sqrtPrice %s tick %s liquidity %s, model %s %d %s",
				i, b.Recorded, slot.SqrtPriceX96, slot.Tick, liq, sp.Dec(), model.Tick(), l.Dec())
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
	t.Logf("%s: %d blocks equal after each (%d gas of market steps); fixed position fees %s / %s wei, tokens %s / %s wei — equal",
		tape.Source, len(tape.Blocks), gas, owed0, owed1, evm.Amount0, evm.Amount1)
}
