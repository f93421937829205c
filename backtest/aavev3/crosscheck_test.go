package aavev3_test

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/aavev3"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// TestCrossCheckRealBytecode runs one sequence of Pool calls on the real
// Aave v3 market of the embedded chain (devchain.DeployAave: dUSDC and
// dWETH configured as Ethereum's USDC and WETH) and on a Market configured
// with the same reserve parameters (devchain.AaveUSDC and AaveWETH; the
// liquidation protocol fee as deployed, read from the Pool), at the same
// prices and at the block times the chain mined each call at. The sequence
// lends, borrows near the LTV limit, pushes dUSDC's usage past the optimal
// 92 % (the second slope), lets time pass, repays (part and all),
// withdraws (part and all, one with debt open), drops dWETH's price twice
// and liquidates at both close factors (50 % paid in the underlying, 100 %
// paid in aTokens); two calls the Pool refuses are refused by the model
// with the same Errors.sol name.
//
// After every step it compares, for each reserve, getReserveData's
// liquidityIndex, variableBorrowIndex, currentLiquidityRate,
// currentVariableBorrowRate, currentStableBorrowRate, lastUpdateTimestamp
// and accruedToTreasury, the normalized income and variable debt at the
// head's time, the aToken's and debt token's scaled total supplies and the
// aToken's cash; for each user (the treasury included), every field of
// getUserAccountData (collateral, debt, available borrows, threshold, LTV,
// health factor) and its scaled and actual aToken and debt balances in both
// reserves; and, for the calls, the amounts the Pool's Repay, Withdraw and
// LiquidationCall events report (debt repaid, collateral seized).
//
// Time passes one second a block (the chain's block time from a fixed
// genesis), about 200 s over the run with dUSDC's rate up to ~24 %/yr:
// enough for every term of the compounded interest and a nonzero treasury
// accrual, not a long horizon, which math_test checks against math/big.
//
// Tolerance: none. Every value is compared for exact integer equality (0
// wei, 0 ray units); a difference of one unit fails the test.
func TestCrossCheckRealBytecode(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	x := newCrossCheck(t, ctx)
	tok, pool := bindings.NewTestToken(), bindings.NewPool()
	usdc, weth := x.usdc.Asset, x.weth.Asset
	a, b, c, d, e, liq := x.actor("lender A"), x.actor("lender B"), x.actor("borrower C"),
		x.actor("borrower D"), x.actor("borrower E"), x.actor("liquidator")
	x.compare("deployed")

	// Wallets: every actor holds both tokens and lets the Pool take them.
	var txs []*types.Transaction
	for _, ac := range x.actors {
		for _, mint := range []struct {
			asset  common.Address
			amount *big.Int
		}{{usdc, units(1_000_000, 6)}, {weth, units(1_000, 18)}} {
			txs = append(txs, x.sendOnly(ac, mint.asset, tok.PackMint(ac.addr(), mint.amount)),
				x.sendOnly(ac, mint.asset, tok.PackApprove(x.m.Pool, maxUint())))
		}
	}
	x.mine()
	for _, tx := range txs {
		if _, err := x.actors[0].op.Wait(ctx, tx); err != nil {
			t.Fatalf("wallets: %v", err)
		}
	}
	x.compare("wallets funded")

	supply := func(ac *actor, asset common.Address, amount *big.Int) {
		x.step(fmt.Sprintf("%s supplies %s of %s", ac.name, amount, x.symbol(asset)), ac,
			pool.PackSupply(asset, amount, ac.addr(), 0), func() error {
				return x.model.Supply(aavev3.SupplyParams{Asset: asset, OnBehalfOf: ac.addr(), Amount: *u256(amount)})
			})
	}
	borrow := func(ac *actor, asset common.Address, amount *big.Int) {
		x.step(fmt.Sprintf("%s borrows %s of %s", ac.name, amount, x.symbol(asset)), ac,
			pool.PackBorrow(asset, amount, big.NewInt(2), 0, ac.addr()), func() error {
				return x.model.Borrow(aavev3.BorrowParams{Asset: asset, User: ac.addr(), Amount: *u256(amount)})
			})
	}
	// nearLimit is share‰ of ac's available borrows, in dUSDC units.
	nearLimit := func(ac *actor, share int64) *big.Int {
		avail := x.account(ac.addr()).AvailableBorrowsBase
		// Base currency (8 decimals, dUSDC at $1) to dUSDC's 6 decimals.
		return new(big.Int).Div(new(big.Int).Mul(avail, big.NewInt(share)), big.NewInt(1000*100))
	}
	repay := func(ac *actor, asset common.Address, amount *big.Int) {
		var repaid uint256.Int
		r := x.step(fmt.Sprintf("%s repays %s of %s", ac.name, amount, x.symbol(asset)), ac,
			pool.PackRepay(asset, amount, big.NewInt(2), ac.addr()), func() (err error) {
				repaid, err = x.model.Repay(aavev3.RepayParams{Asset: asset, OnBehalfOf: ac.addr(), Amount: *u256(amount)})
				return err
			})
		ev := findEvent(t, r, pool.UnpackRepayEvent)
		x.eq("Repay event amount", ev.Amount, repaid)
	}
	withdraw := func(ac *actor, asset common.Address, amount *big.Int) {
		var got uint256.Int
		r := x.step(fmt.Sprintf("%s withdraws %s of %s", ac.name, amount, x.symbol(asset)), ac,
			pool.PackWithdraw(asset, amount, ac.addr()), func() (err error) {
				got, err = x.model.Withdraw(aavev3.WithdrawParams{Asset: asset, User: ac.addr(), Amount: *u256(amount)})
				return err
			})
		ev := findEvent(t, r, pool.UnpackWithdrawEvent)
		x.eq("Withdraw event amount", ev.Amount, got)
	}
	liquidate := func(user *actor, receiveAToken bool, wantCloseFactor uint64) {
		var res aavev3.LiquidationResult
		r := x.step(fmt.Sprintf("%s liquidates %s (aTokens: %v)", liq.name, user.name, receiveAToken), liq,
			pool.PackLiquidationCall(weth, usdc, user.addr(), maxUint(), receiveAToken), func() (err error) {
				res, err = x.model.LiquidationCall(aavev3.LiquidationParams{CollateralAsset: weth, DebtAsset: usdc,
					User: user.addr(), Liquidator: liq.addr(), DebtToCover: aavev3.MaxAmount, ReceiveAToken: receiveAToken})
				return err
			})
		ev := findEvent(t, r, pool.UnpackLiquidationCallEvent)
		x.eq("LiquidationCall debtToCover (debt repaid)", ev.DebtToCover, res.DebtRepaid)
		x.eq("LiquidationCall liquidatedCollateralAmount (collateral seized)", ev.LiquidatedCollateralAmount, res.CollateralSeized)
		if res.CloseFactor != wantCloseFactor || !res.ProtocolFee.IsZero() {
			t.Errorf("liquidation of %s: close factor %d, protocol fee %s; the sequence wants close factor %d and no fee",
				user.name, res.CloseFactor, res.ProtocolFee.Dec(), wantCloseFactor)
		}
		t.Logf("%s liquidated at health factor %s: close factor %d, repaid %s dUSDC units, seized %s dWETH wei",
			user.name, res.HealthFactor.Dec(), res.CloseFactor, ev.DebtToCover, ev.LiquidatedCollateralAmount)
	}

	supply(a, usdc, units(100_000, 6))
	supply(b, weth, units(100, 18))
	supply(c, weth, units(10, 18))
	supply(d, usdc, units(50_000, 6))
	supply(e, weth, units(5, 18))
	borrow(d, weth, units(10, 18))
	borrow(c, usdc, nearLimit(c, 990))
	borrow(e, usdc, nearLimit(e, 995))
	borrow(b, usdc, units(115_000, 6)) // dUSDC usage past the optimal 92 %
	x.refused("C borrows past its LTV", c, pool.PackBorrow(usdc, units(1_000, 6), big.NewInt(2), 0, c.addr()), func() error {
		return x.model.Borrow(aavev3.BorrowParams{Asset: usdc, User: c.addr(), Amount: *u256(units(1_000, 6))})
	})
	x.refused("liquidating healthy C", liq, pool.PackLiquidationCall(weth, usdc, c.addr(), maxUint(), false), func() error {
		_, err := x.model.LiquidationCall(aavev3.LiquidationParams{CollateralAsset: weth, DebtAsset: usdc,
			User: c.addr(), Liquidator: liq.addr(), DebtToCover: aavev3.MaxAmount})
		return err
	})
	x.advance(60)
	repay(d, weth, units(4, 18))
	withdraw(a, usdc, units(2_000, 6))
	x.advance(60)

	// dWETH −5 %: C and E fall below 1 but above 0.95 (close factor 50 %).
	start := x.weth.Price
	x.setPrice(weth, new(big.Int).Div(new(big.Int).Mul(start, big.NewInt(95)), big.NewInt(100)))
	liquidate(c, false, aavev3.DefaultLiquidationCloseFactor)
	// The crash path's low, −8.6 %: E below 0.95 (close factor 100 %).
	low := start
	for _, p := range devchain.WETHCrashPath() {
		if p.Cmp(low) < 0 {
			low = p
		}
	}
	x.setPrice(weth, low)
	liquidate(e, true, aavev3.MaxLiquidationCloseFactor)

	repay(d, weth, maxUint())
	repay(b, usdc, units(50_000, 6))
	withdraw(b, weth, units(20, 18)) // with debt open: the health factor check
	withdraw(d, usdc, maxUint())
	x.advance(60)
	for _, asset := range []common.Address{usdc, weth} {
		rd, err := x.model.ReserveData(asset)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s at the end: liquidity index %s, variable borrow index %s, rates %s / %s (ray)", x.symbol(asset),
			rd.LiquidityIndex.Dec(), rd.VariableBorrowIndex.Dec(), rd.CurrentLiquidityRate.Dec(), rd.CurrentVariableBorrowRate.Dec())
	}
	if !t.Failed() {
		t.Logf("%d values compared over %d steps, all exactly equal", x.checks, x.steps)
	}
}

// crossCheck drives the real market and the model side by side.
type crossCheck struct {
	t      *testing.T
	ctx    context.Context
	c      *devchain.Chain
	m      devchain.AaveMarket
	usdc   devchain.AaveMarketReserve
	weth   devchain.AaveMarketReserve
	model  *aavev3.Market
	actors []*actor
	checks int
	steps  int
}

// actor is a funded account with its own operator.
type actor struct {
	name string
	key  *ecdsa.PrivateKey
	op   *devchain.Operator
}

func (a *actor) addr() common.Address { return a.op.Address() }

// actor returns the actor named name.
func (x *crossCheck) actor(name string) *actor {
	x.t.Helper()
	for _, ac := range x.actors {
		if ac.name == name {
			return ac
		}
	}
	x.t.Fatalf("no actor %q", name)
	return nil
}

// crossCheckActors are the accounts the chain funds at genesis.
var crossCheckActors = []string{"lender A", "lender B", "borrower C", "borrower D", "borrower E", "liquidator"}

func actorKey(t *testing.T, name string) *ecdsa.PrivateKey {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("aavev3 cross-check " + name)))
	if err != nil {
		t.Fatal(err)
	}
	return key
}

func newCrossCheck(t *testing.T, ctx context.Context) *crossCheck {
	t.Helper()
	var funded []common.Address
	for _, name := range crossCheckActors {
		funded = append(funded, crypto.PubkeyToAddress(actorKey(t, name).PublicKey))
	}
	// A genesis time makes every block's time genesis + its number, so the
	// run, and any difference it finds, is the same every time. It is in
	// the future (2096) because go-ethereum builds the pending block, on
	// which the operators estimate gas, at the wall clock's time when that
	// is later than the head's: from a past genesis the estimates would
	// see years of interest the mined calls do not.
	c, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199100}, Funded: funded,
		GenesisTime: 4_000_000_000})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Stop)
	m, err := c.DeployAave(ctx, devchain.AaveParams{})
	if err != nil {
		t.Fatalf("deploy aave: %v", err)
	}
	x := &crossCheck{t: t, ctx: ctx, c: c, m: m}
	x.usdc, _ = m.Reserve("dUSDC")
	x.weth, _ = m.Reserve("dWETH")

	x.model, err = aavev3.New(aavev3.Config{Treasury: c.Owner(), Timestamp: x.headTime()})
	if err != nil {
		t.Fatal(err)
	}
	// Listed in the Pool's order (getReservesList), so reserve ids match.
	list := call(t, c.Client(), m.Pool, bindings.NewPool().PackGetReservesList(), bindings.NewPool().UnpackGetReservesList)
	for _, asset := range list {
		r, ok := x.reserve(asset)
		if !ok {
			t.Fatalf("reserve %s is not in the deployed market", asset)
		}
		if err := x.model.AddReserve(x.modelReserve(r)); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range crossCheckActors {
		key := actorKey(t, name)
		op, err := devchain.NewOperator(ctx, devchain.OperatorConfig{Client: c.Client(), Key: key, ChainID: c.ChainID()})
		if err != nil {
			t.Fatal(err)
		}
		x.actors = append(x.actors, &actor{name: name, key: key, op: op})
	}
	return x
}

func (x *crossCheck) reserve(asset common.Address) (devchain.AaveMarketReserve, bool) {
	for _, r := range x.m.Reserves {
		if r.Asset == asset {
			return r, true
		}
	}
	return devchain.AaveMarketReserve{}, false
}

func (x *crossCheck) symbol(asset common.Address) string {
	r, _ := x.reserve(asset)
	return r.Symbol
}

// modelReserve is r as the model lists it: the parameters the market was
// deployed with (devchain.AaveUSDC, AaveWETH), checked against the
// configuration the Pool holds, whose liquidation protocol fee
// (DeployAave leaves it at its default) it takes.
func (x *crossCheck) modelReserve(r devchain.AaveMarketReserve) aavev3.ReserveParams {
	t := x.t
	want := map[string]devchain.AaveReserve{"dUSDC": devchain.AaveUSDC(), "dWETH": devchain.AaveWETH()}[r.Symbol]
	if want.Symbol == "" || want.Risk != r.Risk || want.Rates != r.Rates || want.Decimals != r.Decimals || want.Price.Cmp(r.Price) != 0 {
		t.Fatalf("reserve %s was deployed with %+v, not devchain's defaults", r.Symbol, r.AaveReserve)
	}
	deployed, err := devchain.AaveReserveConfig(x.ctx, x.c.Client(), x.m, r.Asset)
	if err != nil {
		t.Fatal(err)
	}
	k := want.Risk
	cfg := aavev3.ReserveConfig{
		Decimals: want.Decimals, LTV: uint16(k.LTV), LiquidationThreshold: uint16(k.LiquidationThreshold),
		LiquidationBonus: uint16(k.LiquidationBonus), ReserveFactor: uint16(k.ReserveFactor),
		LiquidationProtocolFee: uint16(deployed.LiquidationProtocolFee),
		SupplyCap:              k.SupplyCap, BorrowCap: k.BorrowCap,
		Active: true, BorrowingEnabled: true,
	}
	if deployed.LTV != k.LTV || deployed.LiquidationThreshold != k.LiquidationThreshold ||
		deployed.LiquidationBonus != k.LiquidationBonus || deployed.ReserveFactor != k.ReserveFactor ||
		deployed.SupplyCap != k.SupplyCap || deployed.BorrowCap != k.BorrowCap || deployed.Decimals != uint64(want.Decimals) ||
		!deployed.Active || deployed.Frozen || deployed.Paused || !deployed.BorrowingEnabled || deployed.StableBorrowingEnabled ||
		deployed.EModeCategory != 0 || deployed.DebtCeiling != 0 || deployed.Siloed {
		t.Fatalf("%s: the Pool holds %+v; the model would use %+v", r.Symbol, deployed, cfg)
	}
	t.Logf("%s: %+v, liquidation protocol fee as deployed: %d bps", r.Symbol, k, deployed.LiquidationProtocolFee)
	ray := func(bps int64) uint256.Int {
		return *u256(new(big.Int).Mul(big.NewInt(bps), new(big.Int).Exp(big.NewInt(10), big.NewInt(23), nil)))
	}
	return aavev3.ReserveParams{
		Asset:  r.Asset,
		Config: cfg,
		// The stable-rate parameters are zero, as DeployAave passes them.
		Strategy: aavev3.RateStrategy{OptimalUsageRatio: ray(want.Rates.OptimalUsage),
			BaseVariableBorrowRate: ray(want.Rates.BaseVariable),
			VariableRateSlope1:     ray(want.Rates.Slope1), VariableRateSlope2: ray(want.Rates.Slope2)},
		Price: *u256(want.Price),
	}
}

// sendOnly sends data from ac to `to` without mining.
func (x *crossCheck) sendOnly(ac *actor, to common.Address, data []byte) *types.Transaction {
	x.t.Helper()
	tx, err := ac.op.Send(x.ctx, &to, data, 0)
	if err != nil {
		x.t.Fatalf("%s: %v", ac.name, err)
	}
	return tx
}

// mine mines one block with what the actors sent, once the node's pool
// holds it all, and moves the model to the block's time.
func (x *crossCheck) mine() {
	x.t.Helper()
	for _, ac := range x.actors {
		devchain.WaitPending(x.ctx, x.c.Client(), ac.addr(), ac.op.NextNonce(), 2*time.Second)
	}
	if _, _, err := x.c.Play(x.ctx, nil); err != nil {
		x.t.Fatal(err)
	}
	if err := x.model.SetTimestamp(x.headTime()); err != nil {
		x.t.Fatal(err)
	}
}

// advance mines n empty blocks (n seconds) and compares.
func (x *crossCheck) advance(n int) {
	x.t.Helper()
	for range n {
		x.mine()
	}
	x.compare(fmt.Sprintf("%d blocks later", n))
}

// step has ac send data to the Pool in a block of its own, runs the same
// call on the model at that block's time, and compares.
func (x *crossCheck) step(what string, ac *actor, data []byte, model func() error) *types.Receipt {
	x.t.Helper()
	tx := x.sendOnly(ac, x.m.Pool, data)
	x.mine()
	r, err := ac.op.Wait(x.ctx, tx)
	if err != nil {
		x.t.Fatalf("%s on chain: %v", what, err)
	}
	if r.BlockNumber.Uint64() != x.headNumber() {
		x.t.Fatalf("%s: mined in block %s, not the head", what, r.BlockNumber)
	}
	if err := model(); err != nil {
		x.t.Fatalf("%s: the Pool accepted it, the model refused: %v", what, err)
	}
	x.compare(what)
	return r
}

// refused checks that the Pool refuses data from ac (an eth_call on the
// head's state and at its time, which is the model's) and that the model
// refuses the same call with the same Errors.sol name, changing nothing.
func (x *crossCheck) refused(what string, ac *actor, data []byte, model func() error) {
	x.t.Helper()
	from := ac.addr()
	_, chainErr := x.c.Client().CallContract(x.ctx, ethereum.CallMsg{From: from, To: &x.m.Pool, Data: data}, nil)
	chainErr = contracts.DecodeError(chainErr)
	var re *contracts.RevertError
	if !errors.As(chainErr, &re) {
		x.t.Fatalf("%s: the Pool answered %v, want a revert", what, chainErr)
	}
	modelErr := model()
	var me *aavev3.Error
	if !errors.As(modelErr, &me) || me.Name != re.Name {
		x.t.Errorf("%s: the Pool reverts with %s, the model with %v", what, re, modelErr)
	}
	x.checks++
	x.t.Logf("%s: refused by both with %s", what, re.Name)
	x.compare(what + " (refused)")
}

func (x *crossCheck) setPrice(asset common.Address, price *big.Int) {
	x.t.Helper()
	if _, err := x.c.SetPrice(x.ctx, x.m, asset, price); err != nil {
		x.t.Fatal(err)
	}
	if err := x.model.SetTimestamp(x.headTime()); err != nil {
		x.t.Fatal(err)
	}
	if err := x.model.SetPrice(asset, *u256(price)); err != nil {
		x.t.Fatal(err)
	}
	x.compare(fmt.Sprintf("%s at %s", x.symbol(asset), price))
}

func (x *crossCheck) head() *types.Header {
	x.t.Helper()
	h, err := x.c.Client().HeaderByNumber(x.ctx, nil)
	if err != nil {
		x.t.Fatal(err)
	}
	return h
}

func (x *crossCheck) headTime() uint64   { return x.head().Time }
func (x *crossCheck) headNumber() uint64 { return x.head().Number.Uint64() }

func (x *crossCheck) account(user common.Address) bindings.GetUserAccountDataOutput {
	x.t.Helper()
	acct, err := devchain.AaveAccount(x.ctx, x.c.Client(), x.m, user)
	if err != nil {
		x.t.Fatal(err)
	}
	return acct
}

// eq compares one value of the chain's with the model's, exactly.
func (x *crossCheck) eq(what string, onChain *big.Int, model uint256.Int) {
	x.t.Helper()
	x.checks++
	m := model.ToBig()
	if onChain.Cmp(m) == 0 {
		return
	}
	diff := new(big.Int).Sub(m, onChain)
	rel := new(big.Float).Quo(new(big.Float).SetInt(diff), new(big.Float).SetInt(onChain))
	x.t.Errorf("%s: chain %s, model %s (model − chain = %s, relative %.3g)", what, onChain, m, diff, rel)
}

// compare reads the market at the head and compares it with the model's.
func (x *crossCheck) compare(step string) {
	x.t.Helper()
	x.steps++
	if x.model.Timestamp() != x.headTime() {
		x.t.Fatalf("%s: model at %d, head at %d", step, x.model.Timestamp(), x.headTime())
	}
	cl, pool, aToken, debtToken, tok := x.c.Client(), bindings.NewPool(), bindings.NewAToken(), bindings.NewVariableDebtToken(), bindings.NewTestToken()
	for _, r := range x.m.Reserves {
		p := step + ": " + r.Symbol + " "
		got := call(x.t, cl, x.m.Pool, pool.PackGetReserveData(r.Asset), pool.UnpackGetReserveData)
		want, err := x.model.ReserveData(r.Asset)
		if err != nil {
			x.t.Fatal(err)
		}
		x.eq(p+"liquidityIndex", got.LiquidityIndex, want.LiquidityIndex)
		x.eq(p+"variableBorrowIndex", got.VariableBorrowIndex, want.VariableBorrowIndex)
		x.eq(p+"currentLiquidityRate", got.CurrentLiquidityRate, want.CurrentLiquidityRate)
		x.eq(p+"currentVariableBorrowRate", got.CurrentVariableBorrowRate, want.CurrentVariableBorrowRate)
		x.eq(p+"currentStableBorrowRate", got.CurrentStableBorrowRate, want.CurrentStableBorrowRate)
		x.eq(p+"lastUpdateTimestamp", got.LastUpdateTimestamp, *uint256.NewInt(want.LastUpdateTimestamp))
		x.eq(p+"accruedToTreasury", got.AccruedToTreasury, want.AccruedToTreasury)
		income, err := x.model.NormalizedIncome(r.Asset)
		if err != nil {
			x.t.Fatal(err)
		}
		debt, err := x.model.NormalizedVariableDebt(r.Asset)
		if err != nil {
			x.t.Fatal(err)
		}
		x.eq(p+"normalized income", call(x.t, cl, x.m.Pool, pool.PackGetReserveNormalizedIncome(r.Asset),
			pool.UnpackGetReserveNormalizedIncome), income)
		x.eq(p+"normalized variable debt", call(x.t, cl, x.m.Pool, pool.PackGetReserveNormalizedVariableDebt(r.Asset),
			pool.UnpackGetReserveNormalizedVariableDebt), debt)
		x.eq(p+"aToken scaledTotalSupply", call(x.t, cl, r.AToken, aToken.PackScaledTotalSupply(),
			aToken.UnpackScaledTotalSupply), want.ScaledATokenSupply)
		x.eq(p+"debt scaledTotalSupply", call(x.t, cl, r.VariableDebt, debtToken.PackScaledTotalSupply(),
			debtToken.UnpackScaledTotalSupply), want.ScaledVariableDebt)
		x.eq(p+"cash", call(x.t, cl, r.Asset, tok.PackBalanceOf(r.AToken), tok.UnpackBalanceOf), want.AvailableLiquidity)
	}
	users := []common.Address{x.c.Owner()} // the treasury
	names := map[common.Address]string{x.c.Owner(): "treasury"}
	for _, ac := range x.actors {
		users = append(users, ac.addr())
		names[ac.addr()] = ac.name
	}
	for _, u := range users {
		p := step + ": " + names[u] + " "
		got := x.account(u)
		want, err := x.model.UserAccountData(u)
		if err != nil {
			x.t.Fatal(err)
		}
		x.eq(p+"totalCollateralBase", got.TotalCollateralBase, want.TotalCollateralBase)
		x.eq(p+"totalDebtBase", got.TotalDebtBase, want.TotalDebtBase)
		x.eq(p+"availableBorrowsBase", got.AvailableBorrowsBase, want.AvailableBorrowsBase)
		x.eq(p+"currentLiquidationThreshold", got.CurrentLiquidationThreshold, want.CurrentLiquidationThreshold)
		x.eq(p+"ltv", got.Ltv, want.LTV)
		x.eq(p+"healthFactor", got.HealthFactor, want.HealthFactor)
		for _, r := range x.m.Reserves {
			q := p + r.Symbol + " "
			pos, err := x.model.UserReserve(u, r.Asset)
			if err != nil {
				x.t.Fatal(err)
			}
			x.eq(q+"aToken scaledBalanceOf", call(x.t, cl, r.AToken, aToken.PackScaledBalanceOf(u), aToken.UnpackScaledBalanceOf),
				pos.ScaledATokenBalance)
			x.eq(q+"aToken balanceOf", call(x.t, cl, r.AToken, aToken.PackBalanceOf(u), aToken.UnpackBalanceOf), pos.ATokenBalance)
			x.eq(q+"debt scaledBalanceOf", call(x.t, cl, r.VariableDebt, debtToken.PackScaledBalanceOf(u),
				debtToken.UnpackScaledBalanceOf), pos.ScaledVariableDebt)
			x.eq(q+"debt balanceOf", call(x.t, cl, r.VariableDebt, debtToken.PackBalanceOf(u), debtToken.UnpackBalanceOf),
				pos.VariableDebt)
		}
	}
}

// call is an eth_call of data to `to` at the head, unpacked.
func call[T any](t *testing.T, cl ethereum.ContractCaller, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := cl.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatalf("call %s: %v", to, contracts.DecodeError(err))
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatalf("unpack the answer of %s: %v", to, err)
	}
	return v
}

// findEvent returns the one event of r that unpack accepts.
func findEvent[T any](t *testing.T, r *types.Receipt, unpack func(*types.Log) (*T, error)) *T {
	t.Helper()
	var found *T
	for _, l := range r.Logs {
		if ev, err := unpack(l); err == nil {
			if found != nil {
				t.Fatalf("two %T events in %s", ev, r.TxHash)
			}
			found = ev
		}
	}
	if found == nil {
		t.Fatalf("no %T event in %s", found, r.TxHash)
	}
	return found
}

func units(n, decimals int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), new(big.Int).Exp(big.NewInt(10), big.NewInt(decimals), nil))
}

func maxUint() *big.Int { return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1)) }

func u256(b *big.Int) *uint256.Int { return uint256.MustFromBig(b) }
