package devchain

import (
	"context"
	"errors"
	"math/big"
	"testing"
	"time"

	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// TestAaveJointInvariants: the guard bounds each steward parameter on its
// own (AaveGuardBounds), so a change within every bound can still break one
// of Aave's joint rules. What the chain does then:
//
//   - threshold × bonus above 100 %: Aave's PoolConfigurator refuses it
//     (INVALID_RESERVE_PARAMS), rounding as PercentageMath.percentMul does
//     (half up: 9091 × 11000, 100.001 %, counts as 100 % and is applied).
//   - a non-zero cap below the reserve's usage: the steward refuses it
//     (AaveRiskSteward.CapBelowUsage, naming the usage in whole tokens
//     rounded up) before it calls Aave, whose setSupplyCap and setBorrowCap
//     check only a cap's width (Aave takes a cap below usage and only
//     stops new supply and borrowing under it). Nothing is applied; a cap
//     equal to the usage rounded up is applied.
func TestAaveJointInvariants(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	// dWETH with small caps, so usage fits within one cap step (50 %) of them.
	weth := AaveWETH()
	weth.Risk.SupplyCap, weth.Risk.BorrowCap = 1000, 800
	e := newAaveEnvWith(t, ctx, AaveParams{Reserves: []AaveReserve{AaveUSDC(), weth}})

	t.Run("threshold × bonus above 100 %", func(t *testing.T) {
		// Walk towards the edge, each update within the guard's step and
		// bounds and accepted by Aave: 8800 × 11000 = 96.8 %, then 9091 ×
		// 11000 = 100.001 %, which percentMul rounds to 100 %.
		for _, walk := range []map[string]int64{
			{"dWETH.liquidationThreshold": 8800, "dWETH.liquidationBonus": 11000},
			{"dWETH.liquidationThreshold": 9091},
		} {
			e.send(ctx, e.agent, e.m.Guard, e.guarded(ctx, walk), "guarded walk to the edge")
			e.cooldown()
		}
		if got := e.config(ctx, e.weth); got.LTV != ethWETHLTV || got.LiquidationThreshold != 9091 || got.LiquidationBonus != 11000 {
			t.Fatalf("dWETH at the edge: %+v, want LTV %d, threshold 9091, bonus 11000", got, ethWETHLTV)
		}
		// One more point of either, within the guard's bounds (threshold
		// ≤ 9523, bonus ≤ 12000) and step: the guard passes it on, Aave
		// refuses it.
		for _, tt := range []struct {
			name   string
			values map[string]int64
		}{
			{"threshold 9092 × bonus 11000: 100.012 %", map[string]int64{"dWETH.liquidationThreshold": 9092}},
			{"threshold 9091 × bonus 11100: 100.91 %", map[string]int64{"dWETH.liquidationBonus": 11100}},
			{"threshold 9300 × bonus 11000: 102.3 %", map[string]int64{"dWETH.liquidationThreshold": 9300}},
		} {
			_, err := e.agent.EstimateGas(ctx, &e.m.Guard, e.guarded(ctx, tt.values))
			var re *contracts.RevertError
			if !errors.As(err, &re) || re.Contract != "Aave" || re.Name != "INVALID_RESERVE_PARAMS" {
				t.Errorf("%s: %v, want Aave.INVALID_RESERVE_PARAMS", tt.name, err)
				continue
			}
			t.Logf("%s: refused, %v", tt.name, re)
		}
	})

	t.Run("caps below usage", func(t *testing.T) {
		tok, pool, user := bindings.NewTestToken(), bindings.NewPool(), e.user.Address()
		maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
		// 900 dWETH supplied and 700 borrowed (against 4,000,000 dUSDC), the
		// user keeping one dWETH more than it supplies.
		for _, s := range []struct {
			what string
			to   *AaveMarketReserve
			data []byte
		}{
			{"mint dWETH", &e.weth, tok.PackMint(user, wholeTokens(901, 18))},
			{"approve dWETH", &e.weth, tok.PackApprove(e.m.Pool, maxUint)},
			{"supply dWETH", nil, pool.PackSupply(e.weth.Asset, wholeTokens(900, 18), user, 0)},
			{"mint dUSDC", &e.usdc, tok.PackMint(user, wholeTokens(4_000_000, 6))},
			{"approve dUSDC", &e.usdc, tok.PackApprove(e.m.Pool, maxUint)},
			{"supply dUSDC", nil, pool.PackSupply(e.usdc.Asset, wholeTokens(4_000_000, 6), user, 0)},
			{"borrow dWETH", nil, pool.PackBorrow(e.weth.Asset, wholeTokens(700, 18), big.NewInt(2), 0, user)},
		} {
			to := e.m.Pool
			if s.to != nil {
				to = s.to.Asset
			}
			e.send(ctx, e.user, to, s.data, s.what)
		}

		steward := bindings.NewAaveRiskSteward()
		// usage is what the steward counts now, in whole dWETH rounded up.
		usage := func() (supplied, borrowed int64) {
			u := call(t, e.cl, e.m.Steward, steward.PackUsageOf(e.weth.Asset), steward.UnpackUsageOf)
			up := func(x *big.Int) int64 {
				return new(big.Int).Quo(new(big.Int).Add(x, new(big.Int).Sub(wholeTokens(1, 18), big.NewInt(1))), wholeTokens(1, 18)).Int64()
			}
			if a := call(t, e.cl, e.weth.AToken, tok.PackTotalSupply(), tok.UnpackTotalSupply); u.Supplied.Cmp(a) < 0 {
				t.Fatalf("usageOf supplied %s below the aToken's supply %s", u.Supplied, a)
			}
			return up(u.Supplied), up(u.Borrowed)
		}
		// A block on, interest has accrued: 900 and 700 dWETH and a little.
		e.c.Commit()
		supplied, borrowed := usage()
		if supplied != 901 || borrowed != 701 { // 900 and 700 with interest accrued
			t.Fatalf("dWETH usage %d supplied, %d borrowed (whole, rounded up); want 901 and 701", supplied, borrowed)
		}

		// Each cap within the guard's range and step (800: −20 %, 600:
		// −25 %) and about 100 dWETH below its usage: the guard passes it
		// on, the steward refuses it by name with the numbers.
		refused := func(name string, values map[string]int64, param string, capValue, used int64) {
			t.Helper()
			_, err := e.agent.EstimateGas(ctx, &e.m.Guard, e.guarded(ctx, values))
			var re *contracts.RevertError
			if !errors.As(err, &re) || re.Contract != "AaveRiskSteward" || re.Name != "CapBelowUsage" {
				t.Fatalf("%s: %v, want AaveRiskSteward.CapBelowUsage", name, err)
			}
			p, _ := contracts.ParamName(re.Args["param"].([32]byte))
			if p != param || re.Args["cap"].(*big.Int).Int64() != capValue || re.Args["usage"].(*big.Int).Int64() != used {
				t.Fatalf("%s: %v, want param %s, cap %d, usage %d", name, re, param, capValue, used)
			}
			t.Logf("%s: refused, %v", name, re)
		}
		refused("caps 800 and 600", map[string]int64{"dWETH.supplyCap": 800, "dWETH.borrowCap": 600}, "dWETH.supplyCap", 800, 901)
		refused("borrow cap 600", map[string]int64{"dWETH.borrowCap": 600}, "dWETH.borrowCap", 600, 701)
		// One token below the usage rounded up: 900 dWETH cover all but the
		// interest accrued, and still are refused.
		refused("supply cap 900", map[string]int64{"dWETH.supplyCap": 900}, "dWETH.supplyCap", 900, 901)
		refused("borrow cap 700", map[string]int64{"dWETH.borrowCap": 700}, "dWETH.borrowCap", 700, 701)

		// Nothing was applied: the caps are as deployed and a supply goes in.
		if got := e.config(ctx, e.weth); got.SupplyCap != 1000 || got.BorrowCap != 800 {
			t.Fatalf("dWETH caps %d and %d after the refusals, want 1000 and 800 unchanged", got.SupplyCap, got.BorrowCap)
		}
		e.send(ctx, e.user, e.m.Pool, pool.PackSupply(e.weth.Asset, wholeTokens(1, 18), user, 0), "supply 1 dWETH under the unchanged cap")
		e.c.Commit()

		// Caps equal to the usage rounded up: applied.
		supplied, borrowed = usage()
		if supplied != 902 || borrowed != 701 {
			t.Fatalf("dWETH usage after the supply %d and %d (whole, rounded up); want 902 and 701", supplied, borrowed)
		}
		r := e.send(ctx, e.agent, e.m.Guard, e.guarded(ctx, map[string]int64{"dWETH.supplyCap": supplied, "dWETH.borrowCap": borrowed}),
			"guarded caps at usage")
		if got := e.config(ctx, e.weth); got.SupplyCap != uint64(supplied) || got.BorrowCap != uint64(borrowed) {
			t.Fatalf("dWETH caps %d and %d, want %d and %d (the usage, rounded up)", got.SupplyCap, got.BorrowCap, supplied, borrowed)
		}
		t.Logf("caps %d and %d, the usage rounded up, applied: %d gas", supplied, borrowed, r.GasUsed)
	})
}

// cooldown mines the guard's cooldown, so every steward parameter may move again.
func (e *aaveEnv) cooldown() {
	for range DefaultAaveCooldown {
		e.c.Commit()
	}
}
