package aavev3

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// wbtc is a third, 8-decimal reserve with a small supply cap, a steep curve
// and a 20 % reserve factor, so caps and high rates come up.
var wbtc = common.HexToAddress("0x2260fac5e5542a773aa44fbcfedf7c193bc2c599")

func wbtcParams() ReserveParams {
	return ReserveParams{
		Asset: wbtc,
		Config: ReserveConfig{
			Decimals: 8, LTV: 7300, LiquidationThreshold: 7800, LiquidationBonus: 10500,
			ReserveFactor: 2000, LiquidationProtocolFee: 1000, SupplyCap: 40, BorrowCap: 30,
			Active: true, BorrowingEnabled: true,
		},
		Strategy: RateStrategy{
			OptimalUsageRatio:      *uint256.MustFromDecimal("450000000000000000000000000"),
			BaseVariableBorrowRate: *uint256.MustFromDecimal("10000000000000000000000000"),
			VariableRateSlope1:     *uint256.MustFromDecimal("40000000000000000000000000"),
			VariableRateSlope2:     *uint256.MustFromDecimal("3000000000000000000000000000"),
		},
		Price: usd(60_000),
	}
}

// randomMarket drives a market through random operations; it is the
// fixture of the invariant test and of BenchmarkRandomOperations.
type randomMarket struct {
	m      *Market
	rng    *rand.Rand
	users  []common.Address
	assets []common.Address
	// cash is what each reserve's cash should be, from the calls' results.
	cash         map[common.Address]*uint256.Int
	initialPrice map[common.Address]uint256.Int
}

func newRandomMarket(t testing.TB, seed uint64) *randomMarket {
	t.Helper()
	m, err := New(Config{Treasury: treasury, Timestamp: start})
	must(t, err)
	w, c := EthereumWETH(), EthereumUSDC()
	w.Price, c.Price = usd(2000), usd(1)
	rm := &randomMarket{m: m, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		cash: map[common.Address]*uint256.Int{}, initialPrice: map[common.Address]uint256.Int{}}
	for _, p := range []ReserveParams{w, c, wbtcParams()} {
		must(t, m.AddReserve(p))
		rm.assets = append(rm.assets, p.Asset)
		rm.cash[p.Asset] = new(uint256.Int)
		rm.initialPrice[p.Asset] = p.Price
	}
	for i := range 8 {
		rm.users = append(rm.users, common.BigToAddress(uint256.NewInt(uint64(0x1000+i)).ToBig()))
	}
	return rm
}

// amount draws an amount of asset: usually up to ~$50,000 worth, sometimes
// MaxAmount, zero, or a few units.
func (rm *randomMarket) amount(asset common.Address) uint256.Int {
	r, _ := rm.m.reserveOf(asset)
	switch rm.rng.IntN(12) {
	case 0:
		return MaxAmount
	case 1:
		return uint256.Int{}
	case 2:
		return *uint256.NewInt(rm.rng.Uint64N(5) + 1)
	}
	// value in cents, priced: amount = value·unit/price.
	var z uint256.Int
	z.Mul(uint256.NewInt(rm.rng.Uint64N(5_000_000)+1), &r.unit)
	z.Mul(&z, uint256.NewInt(1e6))
	z.Div(&z, &r.price)
	return z
}

// opKinds names the operations step draws, for the test's tally.
var opKinds = []string{"supply", "withdraw", "borrow", "repay", "repay-atokens", "collateral", "liquidate", "mint-treasury"}

// stepResult is what step did.
type stepResult struct {
	kind string
	// user is the caller, or the liquidated borrower.
	user       common.Address
	collateral common.Address // liquidations only
	res        LiquidationResult
	err        error
}

// perturb moves time, and sometimes a price.
func (rm *randomMarket) perturb() {
	m, rng := rm.m, rm.rng
	// Mostly minutes, sometimes a day: 20,000 steps span about a year.
	switch rng.IntN(10) {
	case 0:
		_ = m.SetTimestamp(m.now + rng.Uint64N(86400))
	case 1, 2, 3:
	default:
		_ = m.SetTimestamp(m.now + rng.Uint64N(1800))
	}
	if rng.IntN(4) == 0 {
		a := rm.assets[rng.IntN(len(rm.assets))]
		if a != usdc {
			r, _ := m.reserveOf(a)
			var p uint256.Int
			pct := 80 + rng.Uint64N(36) // -20 % … +15 %
			if rng.IntN(40) == 0 {
				pct = 50 // a crash
			}
			p.Mul(&r.price, uint256.NewInt(pct))
			p.Div(&p, uint256.NewInt(100))
			// Stay within 1/20 and 20 times the starting price, so the walk
			// does not drift into dust.
			initial := rm.initialPrice[a]
			var lo, hi uint256.Int
			lo.Div(&initial, uint256.NewInt(20))
			hi.Mul(&initial, uint256.NewInt(20))
			if p.Lt(&lo) || p.Gt(&hi) {
				p = initial
			}
			_ = m.SetPrice(a, p)
		}
	}
}

// step applies one random operation.
func (rm *randomMarket) step() stepResult {
	var (
		kind string
		res  LiquidationResult
		err  error
	)
	m, rng := rm.m, rm.rng
	usr := rm.users[rng.IntN(len(rm.users))]
	subject, collateral := usr, common.Address{}
	asset := rm.assets[rng.IntN(len(rm.assets))]
	amt := rm.amount(asset)
	kind = opKinds[rng.IntN(len(opKinds))]
	switch kind {
	case "supply":
		if amt.Eq(&MaxAmount) {
			amt = rm.amount(asset)
		}
		err = m.Supply(SupplyParams{Asset: asset, OnBehalfOf: usr, Amount: amt})
		if err == nil {
			rm.cash[asset].Add(rm.cash[asset], &amt)
		}
	case "withdraw":
		var got uint256.Int
		got, err = m.Withdraw(WithdrawParams{Asset: asset, User: usr, Amount: amt})
		if err == nil {
			rm.cash[asset].Sub(rm.cash[asset], &got)
		}
	case "borrow":
		if rng.IntN(2) == 0 {
			amt = rm.nearMaxBorrow(usr, asset)
		}
		err = m.Borrow(BorrowParams{Asset: asset, User: usr, Amount: amt})
		if err == nil {
			rm.cash[asset].Sub(rm.cash[asset], &amt)
		}
	case "repay", "repay-atokens":
		withA := kind == "repay-atokens"
		var paid uint256.Int
		paid, err = m.Repay(RepayParams{Asset: asset, OnBehalfOf: usr, Amount: amt, WithATokens: withA})
		if err == nil && !withA {
			rm.cash[asset].Add(rm.cash[asset], &paid)
		}
	case "collateral":
		err = m.SetUseReserveAsCollateral(CollateralParams{Asset: asset, User: usr, UseAsCollateral: rng.IntN(2) == 0})
	case "liquidate":
		// Target the unhealthiest borrower, as a liquidator would.
		target, coll, debt := rm.pickLiquidation()
		subject, collateral = target, coll
		receive := rng.IntN(4) == 0
		res, err = m.LiquidationCall(LiquidationParams{
			CollateralAsset: coll, DebtAsset: debt, User: target, Liquidator: usr,
			DebtToCover: MaxAmount, ReceiveAToken: receive,
		})
		if err == nil {
			rm.cash[debt].Add(rm.cash[debt], &res.DebtRepaid)
			if !receive {
				rm.cash[coll].Sub(rm.cash[coll], &res.CollateralSeized)
			}
		}
	case "mint-treasury":
		err = m.MintToTreasury(rm.assets...)
	}
	return stepResult{kind: kind, user: subject, collateral: collateral, res: res, err: err}
}

// nearMaxBorrow returns 99 % of what usr may still borrow of asset, so that
// positions sit close to liquidation.
func (rm *randomMarket) nearMaxBorrow(usr, asset common.Address) uint256.Int {
	var z uint256.Int
	ad, err := rm.m.UserAccountData(usr)
	r, _ := rm.m.reserveOf(asset)
	if err != nil || r.price.IsZero() {
		return z
	}
	z.Mul(&ad.AvailableBorrowsBase, &r.unit)
	z.Mul(&z, uint256.NewInt(99))
	z.Div(&z, uint256.NewInt(100))
	return *z.Div(&z, &r.price)
}

// pickLiquidation returns the user with the lowest health factor, with
// the collateral and debt reserves of their largest positions.
func (rm *randomMarket) pickLiquidation() (target, coll, debt common.Address) {
	m := rm.m
	var best uint256.Int
	best.SetAllOne()
	target, coll, debt = rm.users[0], rm.assets[0], rm.assets[1]
	for _, a := range rm.users {
		ad, err := m.UserAccountData(a)
		if err != nil || !ad.HealthFactor.Lt(&best) {
			continue
		}
		best, target = ad.HealthFactor, a
	}
	u := m.users[target]
	if u == nil {
		return target, coll, debt
	}
	var bc, bd uint256.Int
	for i := range m.reserves {
		r := &m.reserves[i]
		if u.isUsingAsCollateral(i) && u.pos[i].scaledAToken.Gt(&bc) {
			bc, coll = u.pos[i].scaledAToken, r.asset
		}
		if u.pos[i].scaledDebt.Gt(&bd) {
			bd, debt = u.pos[i].scaledDebt, r.asset
		}
	}
	return target, coll, debt
}

// checkInvariants checks the market after a successful operation.
func (rm *randomMarket) checkInvariants(prev []reserve) error {
	m := rm.m
	for i := range m.reserves {
		r := &m.reserves[i]
		if r.liquidityIndex.Lt(&prev[i].liquidityIndex) || r.variableBorrowIndex.Lt(&prev[i].variableBorrowIndex) {
			return fmt.Errorf("%s: an index decreased", r.asset)
		}
		var aTokens, debt uint256.Int
		for addr, u := range m.users {
			aTokens.Add(&aTokens, &u.pos[i].scaledAToken)
			debt.Add(&debt, &u.pos[i].scaledDebt)
			// A debt always has its flag; the converse does not hold: a
			// repay one unit short of the debt can burn every scaled unit
			// (amount/index rounds half up) and leave the flag on, as on
			// chain.
			if !u.isBorrowing(i) && !u.pos[i].scaledDebt.IsZero() {
				return fmt.Errorf("%s in %s: scaled debt %s without the borrowing flag", addr, r.asset, u.pos[i].scaledDebt.Dec())
			}
		}
		if !aTokens.Eq(&r.scaledATokenSupply) {
			return fmt.Errorf("%s: users' scaled aTokens %s, supply %s", r.asset, aTokens.Dec(), r.scaledATokenSupply.Dec())
		}
		if !debt.Eq(&r.scaledVariableDebt) {
			return fmt.Errorf("%s: users' scaled debt %s, total %s", r.asset, debt.Dec(), r.scaledVariableDebt.Dec())
		}
		if !r.cash.Eq(rm.cash[r.asset]) {
			return fmt.Errorf("%s: cash %s, expected %s from the calls", r.asset, r.cash.Dec(), rm.cash[r.asset].Dec())
		}
	}
	return nil
}

// knownError reports whether err is one of the package's reverts.
func knownError(err error) (string, bool) {
	var ae *Error
	if errors.As(err, &ae) {
		return ae.Code, true
	}
	for _, e := range []error{ErrArithmetic, ErrMathOverflow, ErrSafeCast, ErrNoPrice} {
		if errors.Is(err, e) {
			return e.Error(), true
		}
	}
	return "", false
}

// TestRandomOperationsKeepInvariants runs random supplies, withdrawals,
// borrows, repays, collateral switches, liquidations and treasury mints
// through days of interest and moving prices. After every successful call
// the indexes have not decreased, the users' scaled balances add up to the
// tokens' totals, every debt has its borrowing flag, and each reserve's
// cash equals what the calls' results moved; every successful liquidation
// was of a health factor below 1, and every borrow of more than dust
// leaves it at or above 1.
// Every failed call is a known revert and leaves the market exactly as it
// was.
func TestRandomOperationsKeepInvariants(t *testing.T) {
	steps := 20000
	if testing.Short() {
		steps = 3000
	}
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed", seed), func(t *testing.T) {
			rm := newRandomMarket(t, seed)
			ok, failed := map[string]int{}, map[string]int{}
			exhausted := 0
			for i := range steps {
				rm.perturb()
				before := rm.m.Clone()
				st := rm.step()
				if st.err != nil {
					code, known := knownError(st.err)
					if !known {
						t.Fatalf("step %d %s: unexpected error %v", i, st.kind, st.err)
					}
					failed[st.kind+" "+code]++
					if !sameState(rm.m, before) {
						t.Fatalf("step %d %s failed (%v) but changed the market", i, st.kind, st.err)
					}
					continue
				}
				ok[st.kind]++
				if err := rm.checkInvariants(before.reserves); err != nil {
					t.Fatalf("step %d %s: %v", i, st.kind, err)
				}
				switch st.kind {
				case "liquidate":
					hf := &st.res.HealthFactor
					if !hf.Lt(&Wad) || (st.res.CloseFactor == MaxLiquidationCloseFactor) == hf.GtUint64(CloseFactorHFThreshold) {
						t.Fatalf("step %d: liquidated at HF %s with close factor %d", i, hf.Dec(), st.res.CloseFactor)
					}
					if ur, _ := rm.m.UserReserve(st.user, st.collateral); !ur.UsageAsCollateralEnabled {
						exhausted++
					}
				case "borrow":
					// The LTV check keeps HF above 1, except for dust: the
					// debt minted is amount/index rounded half up, so a
					// borrow of a few units can owe up to half an index
					// unit more than validated (seen: 1 unit of USDC
					// against 2 units of collateral left HF 0.78).
					ad, err := rm.m.UserAccountData(st.user)
					must(t, err)
					if ad.HealthFactor.Lt(&Wad) && ad.TotalDebtBase.GtUint64(1e8) {
						t.Fatalf("step %d: a borrow left HF %s", i, ad.HealthFactor.Dec())
					}
				}
			}
			bad, err := rm.m.BadDebt()
			must(t, err)
			keys := slices.Sorted(func(yield func(string) bool) {
				for k := range failed {
					if !yield(k) {
						return
					}
				}
			})
			t.Logf("succeeded: %v", ok)
			for _, k := range keys {
				t.Logf("failed %-40s %d", k, failed[k])
			}
			t.Logf("%d liquidations took a collateral's last unit; bad debt at the end: %s (8-decimal USD)", exhausted, bad.Dec())
			if ok["liquidate"] == 0 || ok["borrow"] == 0 || ok["repay"] == 0 || ok["withdraw"] == 0 {
				t.Errorf("the sequence did not exercise every operation: %v", ok)
			}
		})
	}
}
