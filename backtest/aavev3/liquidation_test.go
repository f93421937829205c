package aavev3

import (
	"errors"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

var liquidator = common.HexToAddress("0x11001d")

// positionAt opens alice's position: 10 WETH supplied at $2,100 (LTV limit
// $16,905), debt USDC borrowed, then WETH moved to price (8 decimals). All
// in one block, so no interest and balances stay round.
func positionAt(t *testing.T, debt uint64, price uint64) *Market {
	t.Helper()
	m := newTestMarket(t)
	must(t, m.SetPrice(weth, usd(2100)))
	must(t, m.Supply(SupplyParams{Asset: weth, OnBehalfOf: alice, Amount: tokens(10, 18)}))
	must(t, m.Borrow(BorrowParams{Asset: usdc, User: alice, Amount: tokens(debt, 6)}))
	must(t, m.SetPrice(weth, *uint256.NewInt(price)))
	return m
}

// TestLiquidationByHand works three liquidations out by hand, with WETH's
// 5 % bonus and 10 % protocol fee on the bonus.
func TestLiquidationByHand(t *testing.T) {
	tests := []struct {
		name       string
		debt       uint64 // USDC borrowed
		price      uint64 // WETH price after the drop, 8 decimals
		hf         string
		closeF     uint64
		repaid     string // USDC units
		seized     string // WETH wei, to the liquidator
		fee        string // WETH wei, to the treasury
		debtLeft   string
		collLeft   string
		collateral bool // alice's WETH still enabled as collateral
		badDebt    string
	}{
		{
			// HF = 10 × 1,920 × 83 % / 16,000 = 0.996 > 0.95: close factor
			// 50 %, 8,000 USDC. Base collateral 8,000/1,920 WETH =
			// 4166666666666666666 wei (rounded down); × 1.05 (half up) =
			// 4374999999999999999. Its bonus part: 4374999999999999999 −
			// 4374999999999999999/1.05 (half up: 4166666666666666666) =
			// 208333333333333333, of which 10 % = 20833333333333333 goes to
			// the treasury; the liquidator gets 4354166666666666666.
			name: "close factor 50 %", debt: 16_000, price: 1920e8,
			hf: "996000000000000000", closeF: 5000, repaid: "8000000000",
			seized: "4354166666666666666", fee: "20833333333333333",
			debtLeft: "8000000000", collLeft: "5625000000000000001", collateral: true, badDebt: "0",
		},
		{
			// HF = 10 × 1,900 × 83 % / 16,600 = 0.95 exactly: not above the
			// threshold, so the close factor is 100 %, all 16,600 USDC.
			// 16,600/1,900 WETH = 8736842105263157894 wei; × 1.05 =
			// 9173684210526315789 (of the 10 held); bonus part 9173684210526315789
			// − 8736842105263157894 = 436842105263157895, fee 10 % of it
			// 43684210526315790 (…157900000/10⁴ is whole), liquidator
			// 9129999999999999999.
			name: "HF exactly 0.95: close factor 100 %", debt: 16_600, price: 1900e8,
			hf: "950000000000000000", closeF: 10000, repaid: "16600000000",
			seized: "9129999999999999999", fee: "43684210526315790",
			debtLeft: "0", collLeft: "826315789473684211", collateral: true, badDebt: "0",
		},
		{
			// One unit of price more ($1,900.00000001) lifts HF just above
			// 0.95 (collateral $19,000.0000001, × 83 % = 1577000000008 in
			// base units, / 1660000000000 = 0.950000000004819277): close
			// factor 50 %, 8,300 USDC. 8,300/1,900.00000001 WETH =
			// 4368421052608587257 wei, × 1.05 = 4586842105239016620; bonus
			// part 218421052630429363, fee 21842105263042936, liquidator
			// 4564999999975973684.
			name: "HF just above 0.95: close factor 50 %", debt: 16_600, price: 1900e8 + 1,
			hf: "950000000004819277", closeF: 5000, repaid: "8300000000",
			seized: "4564999999975973684", fee: "21842105263042936",
			debtLeft: "8300000000", collLeft: "5413157894760983380", collateral: true, badDebt: "0",
		},
		{
			// HF = 10 × 1,600 × 83 % / 16,000 = 0.83: close factor 100 %,
			// but 16,000 USDC × 1.05 needs 10.5 WETH and alice has 10. All
			// 10 are seized; they pay for 10 × 1,600 / 1.05 =
			// 15238095238.0952 USDC, 15238095238 (half up). Bonus 10 WETH −
			// 10/1.05 = 476190476190476190 wei, fee 47619047619047619. The
			// 761.904762 USDC left is bad debt: $761.904762.
			name: "collateral runs out", debt: 16_000, price: 1600e8,
			hf: "830000000000000000", closeF: 10000, repaid: "15238095238",
			seized: "9952380952380952381", fee: "47619047619047619",
			debtLeft: "761904762", collLeft: "0", collateral: false, badDebt: "76190476200",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := positionAt(t, tt.debt, tt.price)
			before, err := m.ReserveData(weth)
			must(t, err)
			res, err := m.LiquidationCall(LiquidationParams{
				CollateralAsset: weth, DebtAsset: usdc, User: alice, Liquidator: liquidator,
				DebtToCover: MaxAmount,
			})
			must(t, err)
			eq(t, "health factor", res.HealthFactor, tt.hf)
			if res.CloseFactor != tt.closeF {
				t.Errorf("close factor %d, want %d", res.CloseFactor, tt.closeF)
			}
			eq(t, "debt repaid", res.DebtRepaid, tt.repaid)
			eq(t, "collateral seized", res.CollateralSeized, tt.seized)
			eq(t, "protocol fee", res.ProtocolFee, tt.fee)
			d, err := m.UserReserve(alice, usdc)
			must(t, err)
			eq(t, "debt left", d.VariableDebt, tt.debtLeft)
			if d.Borrowing != (tt.debtLeft != "0") {
				t.Errorf("borrowing flag %v with %s left", d.Borrowing, tt.debtLeft)
			}
			c, err := m.UserReserve(alice, weth)
			must(t, err)
			eq(t, "collateral left", c.ATokenBalance, tt.collLeft)
			if c.UsageAsCollateralEnabled != tt.collateral {
				t.Errorf("collateral flag %v", c.UsageAsCollateralEnabled)
			}
			tr, err := m.UserReserve(treasury, weth)
			must(t, err)
			eq(t, "treasury aWETH", tr.ATokenBalance, tt.fee)
			// The seized WETH left the reserve's cash; the fee stayed as aTokens.
			after, err := m.ReserveData(weth)
			must(t, err)
			var out uint256.Int
			out.Sub(&before.AvailableLiquidity, &after.AvailableLiquidity)
			eq(t, "WETH cash out", out, tt.seized)
			bad, err := m.BadDebt()
			must(t, err)
			eq(t, "bad debt", bad, tt.badDebt)
		})
	}
}

// TestLiquidationReceiveAToken pays the liquidator in aWETH: the reserve's
// cash stays, and a liquidator who held none gets it as collateral.
func TestLiquidationReceiveAToken(t *testing.T) {
	m := positionAt(t, 16_000, 1920e8)
	before, err := m.ReserveData(weth)
	must(t, err)
	res, err := m.LiquidationCall(LiquidationParams{
		CollateralAsset: weth, DebtAsset: usdc, User: alice, Liquidator: liquidator,
		DebtToCover: tokens(1_000, 6), ReceiveAToken: true,
	})
	must(t, err)
	eq(t, "debt repaid", res.DebtRepaid, "1000000000") // below the close factor's 8,000
	l, err := m.UserReserve(liquidator, weth)
	must(t, err)
	if !l.ATokenBalance.Eq(&res.CollateralSeized) || !l.UsageAsCollateralEnabled {
		t.Errorf("liquidator aWETH %s (collateral %v), want %s", l.ATokenBalance.Dec(), l.UsageAsCollateralEnabled, res.CollateralSeized.Dec())
	}
	after, err := m.ReserveData(weth)
	must(t, err)
	if !after.AvailableLiquidity.Eq(&before.AvailableLiquidity) || !after.ScaledATokenSupply.Eq(&before.ScaledATokenSupply) {
		t.Error("paying in aTokens moved the reserve's cash or supply")
	}
}

func TestLiquidationRefusals(t *testing.T) {
	healthy := positionAt(t, 16_000, 2100e8) // HF 1.089
	under := positionAt(t, 16_000, 1920e8)
	off := under.Clone()
	tests := []struct {
		name string
		m    *Market
		p    LiquidationParams
		want error
	}{
		{"healthy", healthy, LiquidationParams{CollateralAsset: weth, DebtAsset: usdc, User: alice, DebtToCover: MaxAmount}, ErrHealthFactorNotBelowThreshold},
		{"not the user's collateral", under, LiquidationParams{CollateralAsset: usdc, DebtAsset: usdc, User: alice, DebtToCover: MaxAmount}, ErrCollateralCannotBeLiquidated},
		{"not the user's debt", under, LiquidationParams{CollateralAsset: weth, DebtAsset: weth, User: alice, DebtToCover: MaxAmount}, ErrSpecifiedCurrencyNotBorrowedByUser},
		{"nothing to cover", under, LiquidationParams{CollateralAsset: weth, DebtAsset: usdc, User: alice}, ErrInvalidBurnAmount},
		{"unknown user", off, LiquidationParams{CollateralAsset: weth, DebtAsset: usdc, User: carol, DebtToCover: MaxAmount}, ErrHealthFactorNotBelowThreshold},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := tt.m.Clone()
			_, err := tt.m.LiquidationCall(tt.p)
			if !errors.Is(err, tt.want) {
				t.Fatalf("got %v, want %v", err, tt.want)
			}
			if !sameState(tt.m, before) {
				t.Fatal("a refused liquidation changed the market")
			}
		})
	}
	// A paused reserve refuses liquidations: "29".
	cfg := EthereumWETH().Config
	cfg.Paused = true
	must(t, under.SetReserveConfig(weth, cfg))
	if _, err := under.LiquidationCall(LiquidationParams{CollateralAsset: weth, DebtAsset: usdc, User: alice, DebtToCover: MaxAmount}); !errors.Is(err, ErrReservePaused) {
		t.Errorf("paused: %v", err)
	}
}
