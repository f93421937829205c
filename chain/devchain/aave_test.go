package devchain

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// aaveEnv is the embedded chain with an Aave market beside its guard, and
// an authorised agent and a user, each an Operator whose blocks are the
// chain's Commits.
type aaveEnv struct {
	t     *testing.T
	c     *Chain
	cl    Backend // c's client, or another node's
	m     AaveMarket
	agent *Operator
	user  *Operator
	liq   *Operator // a liquidator: ETH only
	model common.Hash
	nonce uint64
	weth  AaveMarketReserve
	usdc  AaveMarketReserve
}

func newAaveEnv(t *testing.T, ctx context.Context) *aaveEnv {
	t.Helper()
	return newAaveEnvWith(t, ctx, AaveParams{})
}

// newAaveEnvWith is newAaveEnv with the market p describes (its guard the chain's).
func newAaveEnvWith(t *testing.T, ctx context.Context, p AaveParams) *aaveEnv {
	t.Helper()
	a, u, l := newAgent(t, "aave risk agent"), newAgent(t, "aave user"), newAgent(t, "aave liquidator")
	c := newChain(t, Config{PriceTicks: mainnetPath, Funded: []common.Address{a.addr, u.addr, l.addr}})
	e := &aaveEnv{t: t, c: c, cl: c.Client(), model: crypto.Keccak256Hash([]byte("aave risk model v1"))}
	start := time.Now()
	m, err := c.DeployAave(ctx, p)
	if err != nil {
		t.Fatalf("deploy aave: %v", err)
	}
	t.Logf("Aave market deployed: %d gas in %s", m.Gas, time.Since(start).Round(time.Millisecond))
	e.m = m
	e.weth, _ = m.Reserve("dWETH")
	e.usdc, _ = m.Reserve("dUSDC")
	if err := c.Authorize(ctx, a.addr, e.model); err != nil {
		t.Fatal(err)
	}
	e.agent, e.user, e.liq = e.operator(ctx, a), e.operator(ctx, u), e.operator(ctx, l)
	return e
}

func (e *aaveEnv) operator(ctx context.Context, a agent) *Operator {
	e.t.Helper()
	op, err := NewOperator(ctx, OperatorConfig{Client: e.c.Client(), Key: a.key, ChainID: e.c.ChainID(),
		Mine: func(context.Context) error { e.c.Commit(); return nil }})
	if err != nil {
		e.t.Fatal(err)
	}
	return op
}

// send has op send data to `to`, estimated and mined, and fails the test on an error.
func (e *aaveEnv) send(ctx context.Context, op *Operator, to common.Address, data []byte, what string) *types.Receipt {
	e.t.Helper()
	r, err := op.send(ctx, &to, data)
	if err != nil {
		e.t.Fatalf("%s: %v", what, err)
	}
	return r
}

func (e *aaveEnv) config(ctx context.Context, r AaveMarketReserve) contracts.ReserveConfiguration {
	e.t.Helper()
	cfg, err := AaveReserveConfig(ctx, e.c.Client(), e.m, r.Asset)
	if err != nil {
		e.t.Fatal(err)
	}
	return cfg
}

func (e *aaveEnv) account(ctx context.Context, user common.Address) bindings.GetUserAccountDataOutput {
	e.t.Helper()
	acct, err := AaveAccount(ctx, e.c.Client(), e.m, user)
	if err != nil {
		e.t.Fatal(err)
	}
	return acct
}

// guarded is guard.commitAndApply of one action on the steward setting
// values (by parameter name), proven by a record of the agent at the
// chain's head in a two-record tree (so the proof is a real Merkle path).
func (e *aaveEnv) guarded(ctx context.Context, values map[string]int64) []byte {
	e.t.Helper()
	head, err := e.cl.HeaderByNumber(ctx, nil)
	if err != nil {
		e.t.Fatal(err)
	}
	a := bindings.Action{Target: e.m.Steward}
	var outs []int64
	for _, b := range AaveGuardBounds(e.weth.AaveReserve, 0) { // a fixed order of names
		for _, r := range []AaveMarketReserve{e.weth, e.usdc} {
			name := strings.Replace(b.Param, e.weth.Symbol, r.Symbol, 1)
			if v, ok := values[name]; ok {
				a.Params, a.Values, outs = append(a.Params, contracts.Param(name)), append(a.Values, big.NewInt(v)), append(outs, v)
			}
		}
	}
	if len(a.Params) != len(values) {
		e.t.Fatalf("unknown parameter among %v", values)
	}
	return provenCommit(e.t, e.agent.Address(), e.model, head, &e.nonce, a, outs, 7, "risk/test")
}

// TestAaveMarketDeployment: the market's wiring, roles and configuration,
// as DeployAave promises them.
func TestAaveMarketDeployment(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newAaveEnv(t, ctx)
	m, cl := e.m, e.c.Client()

	for name, addr := range map[string]common.Address{"Pool": m.PoolImpl, "PoolConfigurator": m.ConfiguratorImpl,
		"Pool proxy": m.Pool, "PoolConfigurator proxy": m.Configurator, "ACLManager": m.ACLManager, "AaveOracle": m.Oracle,
		"AaveRiskSteward": m.Steward, "aToken dWETH": e.weth.AToken, "variable debt dUSDC": e.usdc.VariableDebt} {
		code, err := cl.CodeAt(ctx, addr, nil)
		if err != nil {
			t.Fatal(err)
		}
		if len(code) == 0 || len(code) > maxCodeSize {
			t.Errorf("%s: %d bytes of code, want 1..%d", name, len(code), maxCodeSize)
		}
	}
	if len(m.Libraries) != 8 {
		t.Errorf("%d libraries deployed, want 8: %v", len(m.Libraries), m.Libraries)
	}

	// Each reserve carries the real Ethereum configuration.
	for _, r := range []AaveMarketReserve{e.weth, e.usdc} {
		got := e.config(ctx, r)
		want := r.Risk
		if got.LTV != want.LTV || got.LiquidationThreshold != want.LiquidationThreshold ||
			got.LiquidationBonus != want.LiquidationBonus || got.ReserveFactor != want.ReserveFactor ||
			got.SupplyCap != want.SupplyCap || got.BorrowCap != want.BorrowCap || got.Decimals != uint64(r.Decimals) ||
			!got.Active || got.Frozen || got.Paused || !got.BorrowingEnabled || got.StableBorrowingEnabled {
			t.Errorf("%s configuration %+v, want %+v", r.Symbol, got, want)
		}
		oracle := bindings.NewAaveOracle()
		if p := call(t, cl, m.Oracle, oracle.PackGetAssetPrice(r.Asset), oracle.UnpackGetAssetPrice); p.Cmp(r.Price) != 0 {
			t.Errorf("%s oracle price %s, want %s", r.Symbol, p, r.Price)
		}
	}

	// Roles: the steward is the risk admin; the agent holds nothing.
	acl := bindings.NewACLManager()
	for _, tt := range []struct {
		name          string
		account       common.Address
		risk, poolAdm bool
	}{
		{"steward", m.Steward, true, false},
		{"agent", e.agent.Address(), false, false},
		{"guard", m.Guard, false, false},
		{"operator", e.c.Owner(), false, true},
	} {
		if got := call(t, cl, m.ACLManager, acl.PackIsRiskAdmin(tt.account), acl.UnpackIsRiskAdmin); got != tt.risk {
			t.Errorf("isRiskAdmin(%s) = %v, want %v", tt.name, got, tt.risk)
		}
		if got := call(t, cl, m.ACLManager, acl.PackIsPoolAdmin(tt.account), acl.UnpackIsPoolAdmin); got != tt.poolAdm {
			t.Errorf("isPoolAdmin(%s) = %v, want %v", tt.name, got, tt.poolAdm)
		}
	}

	// The guard knows every steward parameter, starting from Aave's value.
	steward, guard := bindings.NewAaveRiskSteward(), bindings.NewParameterGuard()
	params := call(t, cl, m.Steward, steward.PackParameters(), steward.UnpackParameters)
	if len(params) != 10 {
		t.Fatalf("steward has %d parameters, want 10", len(params))
	}
	for _, p := range params {
		name, _ := contracts.ParamName(p)
		b := call(t, cl, m.Guard, guard.PackBounds(m.Steward, p), guard.UnpackBounds)
		cur := call(t, cl, m.Guard, guard.PackCurrent(m.Steward, p), guard.UnpackCurrent)
		live := call(t, cl, m.Steward, steward.PackValueOf(p), steward.UnpackValueOf)
		if !b.Configured || cur.Value.Cmp(live) != 0 {
			t.Errorf("%s: bounds configured %v, guard value %s, Aave's %s", name, b.Configured, cur.Value, live)
		}
		t.Logf("%-28s Aave %12s  bounds [%s, %s] step %s (%d bps) cooldown %d", name, live,
			b.B.Min, b.B.Max, b.B.MaxStep, b.B.MaxStepBps, b.B.CooldownBlocks)
	}
}

// TestAaveSupplyBorrowWithdraw: a user supplies dWETH, borrows dUSDC,
// repays and withdraws on the real pool; balances and the account follow.
func TestAaveSupplyBorrowWithdraw(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newAaveEnv(t, ctx)
	e.fundPool(ctx, wholeTokens(1_000_000, 6))
	tok, pool, user := bindings.NewTestToken(), bindings.NewPool(), e.user.Address()
	coll := wholeTokens(10, 18)
	e.send(ctx, e.user, e.weth.Asset, tok.PackMint(user, coll), "mint dWETH")
	e.send(ctx, e.user, e.weth.Asset, tok.PackApprove(e.m.Pool, coll), "approve")
	r := e.send(ctx, e.user, e.m.Pool, pool.PackSupply(e.weth.Asset, coll, user, 0), "supply")
	t.Logf("supply: %d gas", r.GasUsed)
	if got := call(t, e.c.Client(), e.weth.AToken, tok.PackBalanceOf(user), tok.UnpackBalanceOf); got.Cmp(coll) != 0 {
		t.Fatalf("aToken balance %s, want %s", got, coll)
	}
	acct := e.account(ctx, user)
	// 10 dWETH at the path's first price, in USD with 8 decimals.
	wantColl := new(big.Int).Mul(big.NewInt(10), e.weth.Price)
	if acct.TotalCollateralBase.Cmp(wantColl) != 0 || acct.Ltv.Int64() != ethWETHLTV ||
		acct.CurrentLiquidationThreshold.Int64() != ethWETHLiquidationThreshold {
		t.Fatalf("account after supply %+v", acct)
	}

	borrow := wholeTokens(15_000, 6)
	r = e.send(ctx, e.user, e.m.Pool, pool.PackBorrow(e.usdc.Asset, borrow, big.NewInt(2), 0, user), "borrow")
	t.Logf("borrow: %d gas", r.GasUsed)
	if got := call(t, e.c.Client(), e.usdc.Asset, tok.PackBalanceOf(user), tok.UnpackBalanceOf); got.Cmp(borrow) != 0 {
		t.Fatalf("dUSDC balance after borrow %s, want %s", got, borrow)
	}
	acct = e.account(ctx, user)
	if acct.TotalDebtBase.Cmp(big.NewInt(15_000e8)) < 0 || acct.HealthFactor.Cmp(healthFactorOne) <= 0 {
		t.Fatalf("account after borrow %+v", acct)
	}
	t.Logf("health factor after borrowing 15,000 dUSDC against 10 dWETH: %s", acct.HealthFactor)

	// Borrowing past the LTV is Aave's to refuse, with its named reason.
	_, err := e.user.EstimateGas(ctx, &e.m.Pool, pool.PackBorrow(e.usdc.Asset, wholeTokens(10_000, 6), big.NewInt(2), 0, user))
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Contract != "Aave" || re.Name != "COLLATERAL_CANNOT_COVER_NEW_BORROW" {
		t.Fatalf("borrow beyond the LTV: %v, want Aave.COLLATERAL_CANNOT_COVER_NEW_BORROW", err)
	}

	// Repay everything (interest included: the max amount), then withdraw half.
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	e.send(ctx, e.user, e.usdc.Asset, tok.PackMint(user, wholeTokens(1, 6)), "mint interest")
	e.send(ctx, e.user, e.usdc.Asset, tok.PackApprove(e.m.Pool, maxUint), "approve dUSDC")
	e.send(ctx, e.user, e.m.Pool, pool.PackRepay(e.usdc.Asset, maxUint, big.NewInt(2), user), "repay")
	if acct = e.account(ctx, user); acct.TotalDebtBase.Sign() != 0 {
		t.Fatalf("debt after repaying all: %s", acct.TotalDebtBase)
	}
	half := wholeTokens(5, 18)
	r = e.send(ctx, e.user, e.m.Pool, pool.PackWithdraw(e.weth.Asset, half, user), "withdraw")
	t.Logf("withdraw: %d gas", r.GasUsed)
	if got := call(t, e.c.Client(), e.weth.Asset, tok.PackBalanceOf(user), tok.UnpackBalanceOf); got.Cmp(half) != 0 {
		t.Fatalf("dWETH balance after withdrawing 5: %s", got)
	}
}

// fundPool has the chain's owner supply amount dUSDC to the pool, for users to borrow.
func (e *aaveEnv) fundPool(ctx context.Context, amount *big.Int) {
	e.t.Helper()
	tok, pool := bindings.NewTestToken(), bindings.NewPool()
	for _, step := range []struct {
		to   common.Address
		data []byte
	}{
		{e.usdc.Asset, tok.PackMint(e.c.Owner(), amount)},
		{e.usdc.Asset, tok.PackApprove(e.m.Pool, amount)},
		{e.m.Pool, pool.PackSupply(e.usdc.Asset, amount, e.c.Owner(), 0)},
	} {
		if _, err := e.c.AsOwner(ctx, &step.to, step.data, 0); err != nil {
			e.t.Fatalf("owner's supply: %v", err)
		}
	}
}

// TestAaveLiquidation: a borrower near its limit becomes liquidatable when
// the oracle's price drops, a liquidationCall before the drop is refused by
// Aave, and the one after succeeds and raises the health factor.
func TestAaveLiquidation(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newAaveEnv(t, ctx)
	e.fundPool(ctx, wholeTokens(1_000_000, 6))
	tok, pool, user := bindings.NewTestToken(), bindings.NewPool(), e.user.Address()
	coll := wholeTokens(10, 18)
	e.send(ctx, e.user, e.weth.Asset, tok.PackMint(user, coll), "mint dWETH")
	e.send(ctx, e.user, e.weth.Asset, tok.PackApprove(e.m.Pool, coll), "approve")
	e.send(ctx, e.user, e.m.Pool, pool.PackSupply(e.weth.Asset, coll, user, 0), "supply")
	// 99 % of the borrowing power.
	avail := e.account(ctx, user).AvailableBorrowsBase
	borrow := new(big.Int).Div(new(big.Int).Mul(avail, big.NewInt(99)), big.NewInt(100*100)) // base (8 dp) → dUSDC (6 dp)
	e.send(ctx, e.user, e.m.Pool, pool.PackBorrow(e.usdc.Asset, borrow, big.NewInt(2), 0, user), "borrow")
	before := e.account(ctx, user)
	t.Logf("borrowed %s dUSDC units; health factor %s", borrow, before.HealthFactor)

	liq := e.liquidator(ctx)
	maxUint := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	liquidate := pool.PackLiquidationCall(e.weth.Asset, e.usdc.Asset, user, maxUint, false)
	_, err := liq.EstimateGas(ctx, &e.m.Pool, liquidate)
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "HEALTH_FACTOR_NOT_BELOW_THRESHOLD" {
		t.Fatalf("liquidation of a healthy position: %v, want Aave.HEALTH_FACTOR_NOT_BELOW_THRESHOLD", err)
	}

	// −8.6 %: the path's low.
	low := WETHCrashPath()[0]
	for _, p := range WETHCrashPath() {
		low = minBig(low, p)
	}
	if _, err := e.c.SetPrice(ctx, e.m, e.weth.Asset, low); err != nil {
		t.Fatal(err)
	}
	under := e.account(ctx, user)
	if under.HealthFactor.Cmp(healthFactorOne) >= 0 {
		t.Fatalf("health factor at %s: %s, want below 1", low, under.HealthFactor)
	}
	r := e.send(ctx, liq, e.m.Pool, liquidate, "liquidationCall")
	after := e.account(ctx, user)
	var ev *bindings.PoolLiquidationCall
	for _, l := range r.Logs {
		if x, err := pool.UnpackLiquidationCallEvent(l); err == nil {
			ev = x
		}
	}
	if ev == nil || ev.User != user || ev.Liquidator != liq.Address() {
		t.Fatalf("no LiquidationCall event for %s in %s", user, r.TxHash)
	}
	t.Logf("liquidationCall: %d gas; health factor %s → %s; debt covered %s, collateral seized %s",
		r.GasUsed, under.HealthFactor, after.HealthFactor, ev.DebtToCover, ev.LiquidatedCollateralAmount)
	if after.HealthFactor.Cmp(under.HealthFactor) <= 0 || after.TotalDebtBase.Cmp(under.TotalDebtBase) >= 0 {
		t.Errorf("after liquidation: health factor %s (was %s), debt %s (was %s)",
			after.HealthFactor, under.HealthFactor, after.TotalDebtBase, under.TotalDebtBase)
	}
	// Close factor: a health factor above 0.95 lets at most half the debt go.
	half := new(big.Int).Div(borrow, big.NewInt(2))
	if under.HealthFactor.Cmp(big.NewInt(0.95e18)) > 0 && ev.DebtToCover.Cmp(new(big.Int).Add(half, big.NewInt(1e6))) > 0 {
		t.Errorf("debt covered %s, more than half of %s", ev.DebtToCover, borrow)
	}
	// The liquidator got the collateral with the bonus: seized × price ≥ covered × 1.05 (in USD).
	seizedUSD := new(big.Int).Div(new(big.Int).Mul(ev.LiquidatedCollateralAmount, low), big.NewInt(1e18)) // 8 dp
	coveredUSD := new(big.Int).Mul(ev.DebtToCover, big.NewInt(100))                                       // 6 → 8 dp
	if bonus := new(big.Int).Div(new(big.Int).Mul(seizedUSD, big.NewInt(10_000)), coveredUSD); bonus.Int64() < 10_490 || bonus.Int64() > 10_510 {
		t.Errorf("collateral seized / debt covered = %s bps, want ≈ 10500", bonus)
	}
}

// liquidator gives the env's liquidator dUSDC and lets the pool take it.
func (e *aaveEnv) liquidator(ctx context.Context) *Operator {
	e.t.Helper()
	tok, cash := bindings.NewTestToken(), wholeTokens(1_000_000, 6)
	e.send(ctx, e.liq, e.usdc.Asset, tok.PackMint(e.liq.Address(), cash), "mint dUSDC")
	e.send(ctx, e.liq, e.usdc.Asset, tok.PackApprove(e.m.Pool, cash), "approve")
	return e.liq
}

// TestAaveGuardedChange: the agent's committed inference moves Aave's
// parameters through the guard and the steward; what breaks a guard bound
// is refused by the guard, what breaks Aave's invariants by Aave, each
// with its named reason.
func TestAaveGuardedChange(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	e := newAaveEnv(t, ctx)
	guard := bindings.NewParameterGuard()

	// A partial update: LTV only; threshold and bonus stay.
	r := e.send(ctx, e.agent, e.m.Guard, e.guarded(ctx, map[string]int64{"dWETH.ltv": 7550}), "guarded LTV change")
	t.Logf("guarded change (commitAndApply, one parameter): %d gas", r.GasUsed)
	got := e.config(ctx, e.weth)
	if got.LTV != 7550 || got.LiquidationThreshold != ethWETHLiquidationThreshold || got.LiquidationBonus != ethWETHLiquidationBonus {
		t.Fatalf("dWETH after ltv 7550: %+v", got)
	}
	var applied, configured bool
	for _, l := range r.Logs {
		if ev, err := guard.UnpackParameterAppliedEvent(l); err == nil && ev.Target == e.m.Steward {
			applied = ev.OldValue.Int64() == ethWETHLTV && ev.NewValue.Int64() == 7550
		}
		if l.Address == e.m.Configurator {
			if ev, err := bindings.NewPoolConfigurator().UnpackCollateralConfigurationChangedEvent(l); err == nil {
				configured = ev.Asset == e.weth.Asset && ev.Ltv.Int64() == 7550
			}
		}
	}
	if !applied || !configured {
		t.Errorf("events: guard ParameterApplied %v, configurator CollateralConfigurationChanged %v", applied, configured)
	}

	// Refusals, each estimated (nothing is sent) and decoded.
	tests := []struct {
		name     string
		values   map[string]int64
		contract string
		errName  string
	}{
		// Within the guard's bounds (threshold ≥ 6300, step ≤ 500), but
		// below dUSDC's LTV (7500): Aave's invariant, Aave's refusal.
		{"threshold below LTV", map[string]int64{"dUSDC.liquidationThreshold": 7400}, "Aave", "INVALID_RESERVE_PARAMS"},
		// A bonus of exactly 100 % pays liquidators nothing: Aave refuses.
		{"bonus of 100 %", map[string]int64{"dWETH.liquidationBonus": 10000}, "Aave", "INVALID_RESERVE_PARAMS"},
		{"LTV step of 1000 bps", map[string]int64{"dWETH.ltv": 7550 - 1000}, "ParameterGuard", "StepTooLarge"},
		{"LTV at or above the threshold", map[string]int64{"dWETH.ltv": 8300}, "ParameterGuard", "OutOfBounds"},
		{"LTV again within its cooldown", map[string]int64{"dWETH.ltv": 7600}, "ParameterGuard", "CooldownActive"},
		{"supply cap up 60 %", map[string]int64{"dUSDC.supplyCap": ethUSDCSupplyCap * 16 / 10}, "ParameterGuard", "StepTooLargePercent"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := e.agent.EstimateGas(ctx, &e.m.Guard, e.guarded(ctx, tt.values))
			var re *contracts.RevertError
			if !errors.As(err, &re) || re.Name != tt.errName || re.Contract != tt.contract {
				t.Fatalf("%v: %v, want %s.%s", tt.values, err, tt.contract, tt.errName)
			}
			t.Logf("refused: %v", re)
		})
	}

	// Several parameters of two reserves in one action: tightening the
	// collateral (LTV and threshold together) and the caps.
	r = e.send(ctx, e.agent, e.m.Guard, e.guarded(ctx, map[string]int64{
		"dUSDC.ltv": 7200, "dUSDC.liquidationThreshold": 7500, "dUSDC.liquidationBonus": 10600,
		"dWETH.supplyCap": 4_500_000, "dWETH.borrowCap": 1_350_000,
	}), "guarded joint change")
	t.Logf("guarded change (commitAndApply, five parameters on two reserves): %d gas", r.GasUsed)
	if u, w := e.config(ctx, e.usdc), e.config(ctx, e.weth); u.LTV != 7200 || u.LiquidationThreshold != 7500 ||
		u.LiquidationBonus != 10600 || w.SupplyCap != 4_500_000 || w.BorrowCap != 1_350_000 {
		t.Fatalf("after the joint change: dUSDC %+v, dWETH %+v", u, w)
	}

	// Nobody but the guard moves the steward, and the agent's key holds no Aave role.
	steward := bindings.NewAaveRiskSteward()
	_, err := e.agent.EstimateGas(ctx, &e.m.Steward, steward.PackApplyParameters(
		[][32]byte{contracts.Param("dWETH.ltv")}, []*big.Int{big.NewInt(7000)}))
	var re *contracts.RevertError
	if !errors.As(err, &re) || re.Name != "OnlyGuard" {
		t.Errorf("steward called by the agent: %v, want AaveRiskSteward.OnlyGuard", err)
	}
	_, err = e.agent.EstimateGas(ctx, &e.m.Configurator, bindings.NewPoolConfigurator().PackConfigureReserveAsCollateral(
		e.weth.Asset, big.NewInt(7000), big.NewInt(8300), big.NewInt(10500)))
	if !errors.As(err, &re) || re.Contract != "Aave" || re.Name != "CALLER_NOT_RISK_OR_POOL_ADMIN" {
		t.Errorf("configurator called by the agent: %v, want Aave.CALLER_NOT_RISK_OR_POOL_ADMIN", err)
	}
}

// TestAaveActivityThroughTheCrash drives suppliers, borrowers and a
// liquidator along the 2024-01-03 WETH path (every 8th block) on the real
// pool: positions opened near their limit before the drop are liquidated
// during it, each liquidationCall lifting the health factor it found below
// 1; the same seed on a second chain makes the same transactions.
func TestAaveActivityThroughTheCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("two chains and ~400 blocks")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	var path []*big.Int
	for i, p := range WETHCrashPath() {
		if i%8 == 0 {
			path = append(path, p)
		}
	}
	run := func() []AaveStep {
		// A future genesis time makes block times, and so interest, the same on every run.
		c := newChain(t, Config{PriceTicks: mainnetPath, GenesisTime: uint64(time.Now().Unix()) + 1<<20})
		m, err := c.DeployAave(ctx, AaveParams{})
		if err != nil {
			t.Fatal(err)
		}
		a, err := c.NewAaveActivity(ctx, AaveActivityConfig{Market: m, Prices: path, Seed: 7, Borrowers: 8, OpenSteps: 8})
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		steps, err := a.Run(ctx)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%d steps in %s", len(steps), time.Since(start).Round(time.Millisecond))
		return steps
	}
	first := run()
	var liquidations, borrows int
	for _, s := range first {
		borrows += len(s.Borrows)
		for _, l := range s.Liquidations {
			liquidations++
			t.Logf("step %3d price %s: liquidated %s, health factor %s → %s, %s dUSDC units covered, %s dWETH units seized, %d gas",
				s.Index, s.Price, l.User.Hex()[:10], l.HealthFactorBefore, l.HealthFactorAfter, l.DebtCovered, l.CollateralSeized, l.Gas)
			if l.HealthFactorBefore.Cmp(healthFactorOne) >= 0 || l.HealthFactorAfter.Cmp(l.HealthFactorBefore) <= 0 ||
				l.DebtCovered.Sign() <= 0 || l.CollateralSeized.Sign() <= 0 {
				t.Errorf("step %d: liquidation %+v", s.Index, l)
			}
		}
	}
	if borrows < 8 || liquidations == 0 {
		t.Fatalf("%d borrows and %d liquidations over the crash, want ≥ 8 and > 0", borrows, liquidations)
	}
	t.Logf("%d borrows, %d liquidations", borrows, liquidations)

	second := run()
	if len(second) != len(first) {
		t.Fatalf("second run: %d steps, first %d", len(second), len(first))
	}
	for i := range first {
		a, b := first[i], second[i]
		same := len(a.Borrows) == len(b.Borrows) && len(a.Liquidations) == len(b.Liquidations)
		for k := 0; same && k < len(a.Borrows); k++ {
			same = a.Borrows[k].User == b.Borrows[k].User && a.Borrows[k].Amount.Cmp(b.Borrows[k].Amount) == 0
		}
		for k := 0; same && k < len(a.Liquidations); k++ {
			same = a.Liquidations[k].User == b.Liquidations[k].User && a.Liquidations[k].DebtCovered.Cmp(b.Liquidations[k].DebtCovered) == 0
		}
		if !same {
			t.Fatalf("step %d differs between runs with one seed:\n%+v\n%+v", i, a, b)
		}
	}
}

// TestAaveWETHCrashPath: the embedded path is whole and holds the crash.
func TestAaveWETHCrashPath(t *testing.T) {
	path := WETHCrashPath()
	if len(path) != WETHCrashBlocks {
		t.Fatalf("%d prices, want %d", len(path), WETHCrashBlocks)
	}
	low, at := path[0], 0
	for i, p := range path {
		if p.Cmp(low) < 0 {
			low, at = p, i
		}
	}
	if path[0].Cmp(big.NewInt(2376_22000000)) != 0 || low.Cmp(big.NewInt(2172_88000000)) != 0 {
		t.Errorf("first %s, low %s, want 2376.22 and 2172.88 USD", path[0], low)
	}
	t.Logf("low %s at block %d (step %d): −%.1f %%", low, WETHCrashFirstBlock+at, at,
		100-100*float64(low.Int64())/float64(path[0].Int64()))
	path[0].SetInt64(1) // callers own their copy
	if WETHCrashPath()[0].Int64() == 1 {
		t.Error("WETHCrashPath shares its slice between calls")
	}
	for _, tt := range []struct{ name, text string }{
		{"no header", "18926000,1.00\n"},
		{"out of order", "block,usd\n10,1.00\n9,1.00\n"},
		{"not starting at the first block", "block,usd\n11,1.00\n"},
		{"too many decimals", "block,usd\n10,1.000000001\n"},
		{"zero price", "block,usd\n10,0\n"},
		{"empty", "# nothing\n"},
	} {
		if _, err := parsePricePath(tt.text, 10, 5); err == nil {
			t.Errorf("%s: parsed", tt.name)
		}
	}
	got, err := parsePricePath("block,usd\n10,1.5\n12,2\n", 10, 4)
	if err != nil || len(got) != 4 || got[1].Int64() != 150_000_000 || got[2].Int64() != 200_000_000 || got[3].Int64() != 200_000_000 {
		t.Errorf("forward fill: %v, %v", got, err)
	}
}

// TestAaveParamsValidation names the bad field.
func TestAaveParamsValidation(t *testing.T) {
	guard := common.HexToAddress("0x1")
	weth := AaveWETH()
	tests := []struct {
		name  string
		p     AaveParams
		field string
	}{
		{"no guard", AaveParams{}, "AaveParams.Guard"},
		{"long symbol", AaveParams{Guard: guard, Reserves: []AaveReserve{func() AaveReserve { r := weth; r.Symbol = "TWELVECHARSX"; return r }()}}, "Symbol"},
		{"repeated symbol", AaveParams{Guard: guard, Reserves: []AaveReserve{weth, weth}}, "repeats"},
		{"LTV above threshold", AaveParams{Guard: guard, Reserves: []AaveReserve{func() AaveReserve { r := weth; r.Risk.LTV = 9000; return r }()}}, "Risk.LTV"},
		{"threshold × bonus above 100 %", AaveParams{Guard: guard, Reserves: []AaveReserve{func() AaveReserve { r := weth; r.Risk.LiquidationBonus = 12100; return r }()}}, "threshold"},
		{"no price", AaveParams{Guard: guard, Reserves: []AaveReserve{func() AaveReserve { r := weth; r.Price = nil; return r }()}}, "Price"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tt.p.withDefaults(common.HexToAddress("0x2"))
			err := p.validate()
			if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tt.field) {
				t.Fatalf("validate = %v, want ErrInvalidConfig naming %s", err, tt.field)
			}
		})
	}
	if err := (AaveParams{Guard: guard}).withDefaults(guard).validate(); err != nil {
		t.Fatalf("defaults: %v", err)
	}
}

// TestAaveActivityWithTheBlockLoop: once Start runs the block loop, the
// activity mines nothing itself; its funding, price updates and actions
// land in the loop's blocks (a guard against holding the chain's lock
// while waiting for them).
func TestAaveActivityWithTheBlockLoop(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c := newChain(t, Config{PriceTicks: mainnetPath, BlockInterval: 50 * time.Millisecond})
	m, err := c.DeployAave(ctx, AaveParams{})
	if err != nil {
		t.Fatal(err)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	path := WETHCrashPath()
	a, err := c.NewAaveActivity(ctx, AaveActivityConfig{Market: m, Prices: []*big.Int{path[0], path[400], path[754]},
		Seed: 1, Suppliers: 1, Borrowers: 2, OpenSteps: 1})
	if err != nil {
		t.Fatal(err)
	}
	steps, err := a.Run(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != 3 || len(steps[0].Opened) != 2 || len(steps[1].Borrows) != 2 {
		t.Fatalf("steps: %+v", steps)
	}
	weth, _ := m.Reserve("dWETH")
	oracle := bindings.NewAaveOracle()
	if got := call(t, c.Client(), m.Oracle, oracle.PackGetAssetPrice(weth.Asset), oracle.UnpackGetAssetPrice); got.Cmp(path[754]) != 0 {
		t.Errorf("oracle price %s, want the last step's %s", got, path[754])
	}
}
