package aavev3

import (
	"errors"
	"reflect"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

var (
	weth = EthereumWETH().Asset
	usdc = EthereumUSDC().Asset

	alice    = common.HexToAddress("0xa11ce")
	bob      = common.HexToAddress("0xb0b")
	carol    = common.HexToAddress("0xca501")
	treasury = common.HexToAddress("0x7ea5")
)

const start = 1_700_000_000

// tokens returns n whole tokens of a reserve with the given decimals.
func tokens(n uint64, decimals uint8) uint256.Int {
	unit := pow10(decimals)
	var z uint256.Int
	z.Mul(uint256.NewInt(n), &unit)
	return z
}

func usd(n uint64) uint256.Int { return *uint256.NewInt(n * 1e8) }

// newTestMarket lists the real WETH and USDC reserves priced at $2,000 and
// $1, with bob supplying 1,000,000 USDC of liquidity.
func newTestMarket(t testing.TB) *Market {
	t.Helper()
	m, err := New(Config{Treasury: treasury, Timestamp: start})
	if err != nil {
		t.Fatal(err)
	}
	w, c := EthereumWETH(), EthereumUSDC()
	w.Price, c.Price = usd(2000), usd(1)
	for _, p := range []ReserveParams{w, c} {
		if err := m.AddReserve(p); err != nil {
			t.Fatal(err)
		}
	}
	must(t, m.Supply(SupplyParams{Asset: usdc, OnBehalfOf: bob, Amount: tokens(1_000_000, 6)}))
	return m
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func eq(t *testing.T, what string, got uint256.Int, want string) {
	t.Helper()
	if got.Dec() != want {
		t.Errorf("%s = %s, want %s", what, got.Dec(), want)
	}
}

// sameState reports whether two markets hold the same state.
func sameState(a, b *Market) bool {
	return a.now == b.now && a.treasury == b.treasury &&
		reflect.DeepEqual(a.reserves, b.reserves) && reflect.DeepEqual(a.byAsset, b.byAsset) &&
		reflect.DeepEqual(a.users, b.users)
}

// TestHealthFactorByHand works getUserAccountData out by hand. All calls
// happen in one block, so the indexes stay at one ray and balances are
// what was supplied and borrowed.
func TestHealthFactorByHand(t *testing.T) {
	m := newTestMarket(t)
	must(t, m.Supply(SupplyParams{Asset: weth, OnBehalfOf: alice, Amount: tokens(10, 18)}))
	must(t, m.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: tokens(10_000, 6)}))

	// Collateral 10 WETH × $2,000 = $20,000 (8 decimals); debt $10,000.
	// Health factor 20,000 × 83 % / 10,000 = 1.66; available
	// 20,000 × 80.5 % − 10,000 = $6,100.
	ad, err := m.UserAccountData(alice)
	must(t, err)
	eq(t, "collateral", ad.TotalCollateralBase, "2000000000000")
	eq(t, "debt", ad.TotalDebtBase, "1000000000000")
	eq(t, "available", ad.AvailableBorrowsBase, "610000000000")
	eq(t, "ltv", ad.LTV, "8050")
	eq(t, "threshold", ad.CurrentLiquidationThreshold, "8300")
	eq(t, "health factor", ad.HealthFactor, "1660000000000000000")

	// A second collateral averages by value: $20,000 at 80.5 %/83 % and
	// $5,000 at 75 %/78 % give LTV (20,000·8050 + 5,000·7500)/25,000 = 7940
	// and threshold (20,000·8300 + 5,000·7800)/25,000 = 8200; the health
	// factor is 25,000 × 82 % / 10,000 = 2.05.
	c := m.Clone()
	must(t, c.Supply(SupplyParams{Asset: usdc, OnBehalfOf: alice, Amount: tokens(5_000, 6)}))
	ad, err = c.UserAccountData(alice)
	must(t, err)
	eq(t, "two collaterals: ltv", ad.LTV, "7940")
	eq(t, "two collaterals: threshold", ad.CurrentLiquidationThreshold, "8200")
	eq(t, "two collaterals: health factor", ad.HealthFactor, "2050000000000000000")

	// The LTV limit: $6,100 more is exactly 80.5 % of the collateral
	// ((10,000 + 6,100)/0.805 = 20,000); one more unit is refused.
	c = m.Clone()
	err = c.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: *uint256.NewInt(6_100_000_001)})
	if !errors.Is(err, ErrCollateralCannotCoverNewBorrow) {
		t.Fatalf("borrow past the LTV: %v, want %v", err, ErrCollateralCannotCoverNewBorrow)
	}
	must(t, c.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: tokens(6_100, 6)}))

	// Withdrawals check the health factor, not the LTV: with $16,100 owed,
	// 0.2 WETH out leaves 19,600 × 83 % / 16,100 = 1.0104, allowed; 1 WETH
	// leaves 0.928, refused with "35".
	before := c.Clone()
	_, err = c.Withdraw(WithdrawParams{Asset: weth, User: alice, Amount: tokens(1, 18)})
	if !errors.Is(err, ErrHealthFactorLowerThanLiquidationThreshold) {
		t.Fatalf("withdraw below HF 1: %v", err)
	}
	if !sameState(c, before) {
		t.Fatal("a refused withdrawal changed the market")
	}
	var fifth uint256.Int
	fifth.Div(ptr(tokens(1, 18)), uint256.NewInt(5))
	_, err = c.Withdraw(WithdrawParams{Asset: weth, User: alice, Amount: fifth})
	must(t, err)

	// Below HF 1 no borrow is allowed: "35".
	must(t, c.SetPrice(weth, usd(1900)))
	err = c.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: tokens(1, 6)})
	if !errors.Is(err, ErrHealthFactorLowerThanLiquidationThreshold) {
		t.Fatalf("borrow at HF < 1: %v", err)
	}
	if code, ok := ErrorForCode("35"); !ok || !errors.Is(err, code) {
		t.Errorf("ErrorForCode(35) = %v, %v", code, ok)
	}
}

func ptr(x uint256.Int) *uint256.Int { return &x }

// TestInterestOverAYear lets a year pass at 50 % USDC usage and checks the
// indexes and the treasury's share against the formulas.
func TestInterestOverAYear(t *testing.T) {
	m := newTestMarket(t)
	must(t, m.Supply(SupplyParams{Asset: weth, OnBehalfOf: alice, Amount: tokens(1000, 18)}))
	must(t, m.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: tokens(500_000, 6)}))
	rd, err := m.ReserveData(usdc)
	must(t, err)
	// Usage 50 %: variable rate 8 % × 0.5/0.92. The liquidity rate is the
	// overall borrow rate × 0.5 × 0.9, and v3.0's overall rate goes through
	// debt.wadToRay().rayMul(rate).rayDiv(debt.wadToRay()), which for a
	// 6-decimal token keeps only ~20 digits: 5e20 × rate / 1e27 rounds to
	// 21739130434782608696, so the overall rate is 43478260869565217392000000
	// (not ...391304348), and the liquidity rate 19565217391304347826400000
	// (not ...826086957). It is the contract's own rounding.
	eq(t, "variable rate", rd.CurrentVariableBorrowRate, "43478260869565217391304348")
	eq(t, "liquidity rate", rd.CurrentLiquidityRate, "19565217391304347826400000")

	must(t, m.SetTimestamp(start+secondsPerYearN))
	var wantDebtIdx, wantIncIdx uint256.Int
	must(t, CalculateCompoundedInterest(&wantDebtIdx, &rd.CurrentVariableBorrowRate, secondsPerYearN))
	must(t, CalculateLinearInterest(&wantIncIdx, &rd.CurrentLiquidityRate, secondsPerYearN))
	nd, err := m.NormalizedVariableDebt(usdc)
	must(t, err)
	ni, err := m.NormalizedIncome(usdc)
	must(t, err)
	if !nd.Eq(&wantDebtIdx) || !ni.Eq(&wantIncIdx) {
		t.Fatalf("indexes %s, %s; want %s, %s", nd.Dec(), ni.Dec(), wantDebtIdx.Dec(), wantIncIdx.Dec())
	}
	ur, err := m.UserReserve(alice, usdc)
	must(t, err)
	var wantDebt uint256.Int
	must(t, RayMul(&wantDebt, &ur.ScaledVariableDebt, &wantDebtIdx))
	if !ur.VariableDebt.Eq(&wantDebt) {
		t.Errorf("debt %s, want %s", ur.VariableDebt.Dec(), wantDebt.Dec())
	}
	t.Logf("500,000 USDC at %s: owed %s after a year", rd.CurrentVariableBorrowRate.Dec(), ur.VariableDebt.Dec())

	// An action stores the indexes and accrues 10 % of the interest
	// (scaled at the new liquidity index) to the treasury.
	must(t, m.Supply(SupplyParams{Asset: usdc, OnBehalfOf: carol, Amount: tokens(1, 6)}))
	rd2, err := m.ReserveData(usdc)
	must(t, err)
	if !rd2.VariableBorrowIndex.Eq(&wantDebtIdx) || !rd2.LiquidityIndex.Eq(&wantIncIdx) || rd2.LastUpdateTimestamp != start+secondsPerYearN {
		t.Errorf("stored indexes %s, %s at %d", rd2.VariableBorrowIndex.Dec(), rd2.LiquidityIndex.Dec(), rd2.LastUpdateTimestamp)
	}
	var prev, curr, accrued uint256.Int
	must(t, RayMul(&prev, &rd.ScaledVariableDebt, &rd.VariableBorrowIndex))
	must(t, RayMul(&curr, &rd.ScaledVariableDebt, &wantDebtIdx))
	accrued.Sub(&curr, &prev)
	must(t, PercentMul(&accrued, &accrued, 1000))
	must(t, RayDiv(&accrued, &accrued, &wantIncIdx))
	if !rd2.AccruedToTreasury.Eq(&accrued) || accrued.IsZero() {
		t.Errorf("accrued to treasury %s, want %s", rd2.AccruedToTreasury.Dec(), accrued.Dec())
	}
	// Minting it gives the treasury aTokens worth the accrual.
	must(t, m.MintToTreasury(usdc))
	tr, err := m.UserReserve(treasury, usdc)
	must(t, err)
	if !tr.ScaledATokenBalance.Eq(&accrued) || tr.UsageAsCollateralEnabled {
		t.Errorf("treasury scaled aUSDC %s (collateral %v), want %s", tr.ScaledATokenBalance.Dec(), tr.UsageAsCollateralEnabled, accrued.Dec())
	}
}

// TestCaps checks the supply and borrow caps at their edges.
func TestCaps(t *testing.T) {
	m := newTestMarket(t)
	w := EthereumWETH().Config
	w.SupplyCap = 100
	must(t, m.SetReserveConfig(weth, w))
	c := EthereumUSDC().Config
	c.BorrowCap = 1_000 // whole USDC
	must(t, m.SetReserveConfig(usdc, c))

	must(t, m.Supply(SupplyParams{Asset: weth, OnBehalfOf: alice, Amount: tokens(100, 18)}))
	before := m.Clone()
	err := m.Supply(SupplyParams{Asset: weth, OnBehalfOf: carol, Amount: *uint256.NewInt(1)})
	if !errors.Is(err, ErrSupplyCapExceeded) {
		t.Fatalf("supply past the cap: %v, want %v", err, ErrSupplyCapExceeded)
	}
	if !sameState(m, before) {
		t.Fatal("a refused supply changed the market (or kept the new user)")
	}
	must(t, m.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: tokens(1_000, 6)}))
	err = m.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: *uint256.NewInt(1)})
	if !errors.Is(err, ErrBorrowCapExceeded) {
		t.Fatalf("borrow past the cap: %v, want %v", err, ErrBorrowCapExceeded)
	}
	// Interest counts against the borrow cap: after a day the debt is above
	// 1,000 USDC and even repaying leaves no room until it is below.
	must(t, m.SetTimestamp(start+86400))
	err = m.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: *uint256.NewInt(1)})
	if !errors.Is(err, ErrBorrowCapExceeded) {
		t.Fatalf("borrow past the cap after interest: %v", err)
	}
	var ae *Error
	if !errors.As(err, &ae) || ae.Code != "50" {
		t.Errorf("%v is not the *Error with code 50", err)
	}
}

func TestConfigValidation(t *testing.T) {
	base := EthereumWETH().Config
	tests := []struct {
		name   string
		change func(c *ReserveConfig)
		want   error
	}{
		{"LTV above threshold", func(c *ReserveConfig) { c.LTV = 8400 }, ErrInvalidReserveParams},
		{"bonus not above 100 %", func(c *ReserveConfig) { c.LiquidationBonus = 10000 }, ErrInvalidReserveParams},
		{"threshold × bonus above 100 %", func(c *ReserveConfig) { c.LiquidationThreshold, c.LiquidationBonus = 9600, 10500 }, ErrInvalidReserveParams},
		{"threshold × bonus exactly 100 %", func(c *ReserveConfig) { c.LiquidationThreshold, c.LiquidationBonus = 9524, 10500 }, nil}, // 9524 × 1.05 = 10000.2 → 10000
		{"zero threshold with a bonus", func(c *ReserveConfig) { c.LTV, c.LiquidationThreshold = 0, 0 }, ErrInvalidReserveParams},
		{"reserve factor above 100 %", func(c *ReserveConfig) { c.ReserveFactor = 10001 }, ErrInvalidReserveFactor},
		{"protocol fee above 100 %", func(c *ReserveConfig) { c.LiquidationProtocolFee = 10001 }, ErrInvalidLiquidationProtocolFee},
		{"borrow cap too large", func(c *ReserveConfig) { c.BorrowCap = MaxValidCap + 1 }, ErrInvalidBorrowCap},
		{"supply cap too large", func(c *ReserveConfig) { c.SupplyCap = MaxValidCap + 1 }, ErrInvalidSupplyCap},
		{"decimals change", func(c *ReserveConfig) { c.Decimals = 8 }, ErrConfig},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newTestMarket(t)
			c := base
			tt.change(&c)
			err := m.SetReserveConfig(weth, c)
			if tt.want == nil && err != nil || tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
		})
	}
	// A zero threshold on a reserve with suppliers is "18".
	m := newTestMarket(t)
	c := EthereumUSDC().Config
	c.LTV, c.LiquidationThreshold, c.LiquidationBonus = 0, 0, 0
	if err := m.SetReserveConfig(usdc, c); !errors.Is(err, ErrReserveLiquidityNotZero) {
		t.Errorf("zero threshold with suppliers: %v", err)
	}
	if _, err := New(Config{Timestamp: maxTimestamp + 1}); !errors.Is(err, ErrConfig) {
		t.Errorf("timestamp beyond uint40: %v", err)
	}
	if err := m.SetTimestamp(start - 1); !errors.Is(err, ErrTimeBackwards) {
		t.Errorf("time going back: %v", err)
	}
	if err := m.AddReserve(EthereumWETH()); !errors.Is(err, ErrReserveExists) {
		t.Errorf("listing twice: %v", err)
	}
	if err := m.Supply(SupplyParams{Asset: carol, OnBehalfOf: alice, Amount: tokens(1, 6)}); !errors.Is(err, ErrUnknownReserve) {
		t.Errorf("unknown reserve: %v", err)
	}
}

// TestSupplyWithdrawRepayRules covers the remaining validation rules.
func TestSupplyWithdrawRepayRules(t *testing.T) {
	m := newTestMarket(t)
	must(t, m.Supply(SupplyParams{Asset: weth, OnBehalfOf: alice, Amount: tokens(10, 18)}))
	must(t, m.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: tokens(1000, 6)}))
	var zero uint256.Int
	checks := []struct {
		name string
		err  error
		want error
	}{
		{"supply zero", m.Supply(SupplyParams{Asset: weth, OnBehalfOf: alice}), ErrInvalidAmount},
		{"borrow zero", m.Borrow(BorrowParams{Asset: usdc, User: alice}), ErrInvalidAmount},
		{"borrow without collateral", m.Borrow(BorrowParams{Asset: usdc, User: carol, Amount: tokens(1, 6)}), ErrCollateralBalanceIsZero},
		{"withdraw more than held", second(m.Withdraw(WithdrawParams{Asset: weth, User: alice, Amount: tokens(11, 18)})), ErrNotEnoughAvailableUserBalance},
		{"repay without debt", second(m.Repay(RepayParams{Asset: usdc, OnBehalfOf: carol, Amount: tokens(1, 6)})), ErrNoDebtOfSelectedType},
		{"repay all for another", second(m.Repay(RepayParams{Asset: usdc, OnBehalfOf: alice, Payer: bob, Amount: MaxAmount})), ErrNoExplicitAmountToRepayOnBehalf},
		{"repay zero", second(m.Repay(RepayParams{Asset: usdc, OnBehalfOf: alice, Amount: zero})), ErrInvalidAmount},
		{"collateral off with no balance", m.SetUseReserveAsCollateral(CollateralParams{Asset: usdc, User: alice}), ErrUnderlyingBalanceZero},
		{"collateral off below HF 1", m.SetUseReserveAsCollateral(CollateralParams{Asset: weth, User: alice}), ErrHealthFactorLowerThanLiquidationThreshold},
		// Borrowing all the cash but one unit works; more than the cash
		// underflows in the rate strategy (panic 0x11), as on chain.
		{"borrow beyond the cash", borrowBeyondCash(t, m), ErrArithmetic},
	}
	for _, c := range checks {
		if !errors.Is(c.err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, c.err, c.want)
		}
	}
	// Frozen blocks supply and borrow but not repay or withdraw.
	cfg := EthereumUSDC().Config
	cfg.Frozen = true
	must(t, m.SetReserveConfig(usdc, cfg))
	if err := m.Supply(SupplyParams{Asset: usdc, OnBehalfOf: carol, Amount: tokens(1, 6)}); !errors.Is(err, ErrReserveFrozen) {
		t.Errorf("supply frozen: %v", err)
	}
	repaid, err := m.Repay(RepayParams{Asset: usdc, OnBehalfOf: alice, Amount: MaxAmount})
	must(t, err)
	eq(t, "repaid", repaid, "1000000000")
	ur, err := m.UserReserve(alice, usdc)
	must(t, err)
	if ur.Borrowing || !ur.ScaledVariableDebt.IsZero() {
		t.Errorf("after repaying all: borrowing %v, scaled debt %s", ur.Borrowing, ur.ScaledVariableDebt.Dec())
	}
	got, err := m.Withdraw(WithdrawParams{Asset: weth, User: alice, Amount: MaxAmount})
	must(t, err)
	eq(t, "withdrawn", got, "10000000000000000000")
	wr, err := m.UserReserve(alice, weth)
	must(t, err)
	if wr.UsageAsCollateralEnabled {
		t.Error("withdrawing everything left the collateral flag on")
	}
}

// borrowBeyondCash has a whale borrow one unit more than the 999,000 USDC
// of cash left.
func borrowBeyondCash(t *testing.T, m *Market) error {
	whale := common.HexToAddress("0x3a1e")
	must(t, m.Supply(SupplyParams{Asset: weth, OnBehalfOf: whale, Amount: tokens(10_000, 18)}))
	err := m.Borrow(BorrowParams{Asset: usdc, User: whale, Amount: *uint256.NewInt(999_000_000_001)})
	if err == nil {
		return err
	}
	must(t, m.Borrow(BorrowParams{Asset: usdc, User: whale, Amount: tokens(999_000, 6)}))
	must(t, second(m.Repay(RepayParams{Asset: usdc, OnBehalfOf: whale, Amount: MaxAmount})))
	return err
}

func second[T any](_ T, err error) error { return err }
