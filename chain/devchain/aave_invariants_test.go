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
//   - caps below the reserve's usage: nothing refuses it. Aave v3's
//     setSupplyCap and setBorrowCap check only a cap's width, and its rule
//     for a cap below usage is that new supply (SUPPLY_CAP_EXCEEDED) and new
//     borrowing (BORROW_CAP_EXCEEDED) stop while withdrawals and repayments
//     go on. Only the agent's policy (caps-cover-usage in
//     configs/aave-risk.yaml) keeps caps at or above usage.
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

		// Each cap within the guard's range and step (800: −20 %, 600:
		// −25 %) and 100 dWETH below its usage: applied, no revert.
		r := e.send(ctx, e.agent, e.m.Guard, e.guarded(ctx, map[string]int64{"dWETH.supplyCap": 800, "dWETH.borrowCap": 600}),
			"guarded caps below usage")
		supplied := call(t, e.cl, e.weth.AToken, tok.PackTotalSupply(), tok.UnpackTotalSupply)
		borrowed := call(t, e.cl, e.weth.VariableDebt, tok.PackTotalSupply(), tok.UnpackTotalSupply)
		got := e.config(ctx, e.weth)
		if got.SupplyCap != 800 || got.BorrowCap != 600 ||
			wholeTokens(800, 18).Cmp(supplied) >= 0 || wholeTokens(600, 18).Cmp(borrowed) >= 0 {
			t.Fatalf("dWETH caps %d and %d with %s supplied and %s borrowed (wei); want 800 and 600, below usage",
				got.SupplyCap, got.BorrowCap, supplied, borrowed)
		}
		t.Logf("caps 800 and 600 applied under %s supplied and %s borrowed (wei), %d gas: neither the guard nor Aave refuses",
			supplied, borrowed, r.GasUsed)

		// Aave's rule for such caps: nothing new comes in …
		for _, tt := range []struct {
			what, want string
			data       []byte
		}{
			{"supply 1 dWETH", "SUPPLY_CAP_EXCEEDED", pool.PackSupply(e.weth.Asset, wholeTokens(1, 18), user, 0)},
			{"borrow 1 dWETH", "BORROW_CAP_EXCEEDED", pool.PackBorrow(e.weth.Asset, wholeTokens(1, 18), big.NewInt(2), 0, user)},
		} {
			_, err := e.user.EstimateGas(ctx, &e.m.Pool, tt.data)
			var re *contracts.RevertError
			if !errors.As(err, &re) || re.Contract != "Aave" || re.Name != tt.want {
				t.Errorf("%s under a cap below usage: %v, want Aave.%s", tt.what, err, tt.want)
				continue
			}
			t.Logf("%s: refused, %v", tt.what, re)
		}
		// … and what is in may leave.
		e.send(ctx, e.user, e.m.Pool, pool.PackRepay(e.weth.Asset, wholeTokens(100, 18), big.NewInt(2), user), "repay under a borrow cap below usage")
		e.send(ctx, e.user, e.m.Pool, pool.PackWithdraw(e.weth.Asset, wholeTokens(100, 18), user), "withdraw under a supply cap below usage")
	})
}

// cooldown mines the guard's cooldown, so every steward parameter may move again.
func (e *aaveEnv) cooldown() {
	for range DefaultAaveCooldown {
		e.c.Commit()
	}
}
