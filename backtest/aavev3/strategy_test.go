package aavev3

import (
	"bufio"
	"encoding/csv"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/dataset"
)

// snapshotFile is the Aave v3 Ethereum reserve snapshot, relative to the
// shared data folder.
const snapshotFile = "aave-v3-reserve-params/Aave_Protocol_Parameter_ethereum.csv"

// The header and the two rows of snapshotFile the tests use, copied verbatim.
const (
	snapshotHeader = "underlyingAsset,name,symbol,decimals,baseLTVasCollateral,reserveLiquidationThreshold,reserveLiquidationBonus,reserveFactor,usageAsCollateralEnabled,borrowingEnabled,isActive,isFrozen,liquidityIndex,variableBorrowIndex,liquidityRate,variableBorrowRate,lastUpdateTimestamp,aTokenAddress,variableDebtTokenAddress,interestRateStrategyAddress,availableLiquidity,totalScaledVariableDebt,priceInMarketReferenceCurrency,priceOracle,variableRateSlope1,variableRateSlope2,baseVariableBorrowRate,optimalUsageRatio,isPaused,isSiloedBorrowing,accruedToTreasury,unbacked,isolationModeTotalDebt,flashLoanEnabled,debtCeiling,debtCeilingDecimals,borrowCap,supplyCap,borrowableInIsolation,virtualAccActive,virtualUnderlyingBalance"
	snapshotWETH   = "0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2,Wrapped Ether,WETH,18,8050,8300,10500,1500,True,True,True,False,1041885985565761542208902705,1066257934226955425877190444,20556876721413176537732137,26935790794720993502371478,1742379311,0x4d5f47fa6a74757f35c14fd3a6ef8e3c9bc514e8,0xea51d7853eefb32b6ee06b1c12e6dcca88be0ffe,0x9ec6f08190dea04a54f8afc53db96134e5e3fdfb,214396462480759503706161,1767529389468976791481279,194073642444,0x5f4ec3df9cbd43714fe2740f5e3616155c5b8419,27000000000000000000000000,800000000000000000000000000,0,900000000000000000000000000,False,False,52533251751401857173,0,0,True,0,2,2700000,3000000,False,True,214396456027213216176570"
	snapshotUSDC   = "0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48,USD Coin,USDC,6,7500,7800,10450,1000,True,True,True,False,1123884094785924318382701909,1162950084404267246164138374,26868539425990901008321629,50950899706236309765840010,1742379455,0x98c23e9d8f34fefb1b7bd6a91b7ff122f4e16f5c,0x72e95b8931767c79ba4eee721354d6e99a61d004,0x9ec6f08190dea04a54f8afc53db96134e5e3fdfb,1179166571931567,1434806347142174,99992711,0x736bf902680e68989886e9807cd7db4b3e015d3c,80000000000000000000000000,350000000000000000000000000,0,920000000000000000000000000,False,False,39311537960,0,0,True,0,2,4320000000,4800000000,True,True,1179160234006293"
)

// snapshotRow is one row of the snapshot, by column name.
type snapshotRow map[string]string

func parseRow(t *testing.T, line string) snapshotRow {
	t.Helper()
	header, err := csv.NewReader(strings.NewReader(snapshotHeader)).Read()
	if err != nil {
		t.Fatal(err)
	}
	fields, err := csv.NewReader(strings.NewReader(line)).Read()
	if err != nil || len(fields) != len(header) {
		t.Fatalf("row has %d fields, header %d: %v", len(fields), len(header), err)
	}
	row := make(snapshotRow, len(header))
	for i, h := range header {
		row[h] = fields[i]
	}
	return row
}

func (r snapshotRow) u256(t *testing.T, col string) uint256.Int {
	t.Helper()
	v, err := uint256.FromDecimal(r[col])
	if err != nil {
		t.Fatalf("%s = %q: %v", col, r[col], err)
	}
	return *v
}

func (r snapshotRow) u64(t *testing.T, col string) uint64 {
	t.Helper()
	v, err := strconv.ParseUint(r[col], 10, 64)
	if err != nil {
		t.Fatalf("%s = %q: %v", col, r[col], err)
	}
	return v
}

// TestSnapshotRowsMatchSharedFile guards the embedded copy: when the shared
// data folder is present, its header and the WETH and USDC rows must be
// exactly the ones embedded above.
func TestSnapshotRowsMatchSharedFile(t *testing.T) {
	dir, ok := dataset.FindSharedDir()
	if !ok {
		t.Skipf("shared data folder not found (set %s); the embedded rows stand alone", dataset.SharedDataEnv)
	}
	f, err := os.Open(filepath.Join(dir, filepath.FromSlash(snapshotFile)))
	if err != nil {
		t.Skipf("snapshot missing: %v", err)
	}
	defer f.Close()
	lines := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for first := true; sc.Scan(); first = false {
		line := strings.TrimRight(sc.Text(), "\r")
		if first {
			lines["header"] = line
			continue
		}
		lines[strings.SplitN(line, ",", 2)[0]] = line
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{
		"header": snapshotHeader,
		"0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2": snapshotWETH,
		"0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48": snapshotUSDC,
	} {
		if lines[name] != want {
			t.Errorf("%s: the shared file's line differs from the embedded copy:\n got %s\nwant %s", name, lines[name], want)
		}
	}
}

// TestRealParamsMatchSnapshot checks EthereumWETH and EthereumUSDC against
// the embedded rows.
func TestRealParamsMatchSnapshot(t *testing.T) {
	for _, tc := range []struct {
		line string
		p    ReserveParams
	}{{snapshotWETH, EthereumWETH()}, {snapshotUSDC, EthereumUSDC()}} {
		row := parseRow(t, tc.line)
		c := tc.p.Config
		for col, got := range map[string]uint64{
			"decimals": uint64(c.Decimals), "baseLTVasCollateral": uint64(c.LTV),
			"reserveLiquidationThreshold": uint64(c.LiquidationThreshold),
			"reserveLiquidationBonus":     uint64(c.LiquidationBonus),
			"reserveFactor":               uint64(c.ReserveFactor),
			"borrowCap":                   c.BorrowCap, "supplyCap": c.SupplyCap,
			"priceInMarketReferenceCurrency": tc.p.Price.Uint64(),
		} {
			if want := row.u64(t, col); got != want {
				t.Errorf("%s %s = %d, snapshot %d", row["symbol"], col, got, want)
			}
		}
		s := tc.p.Strategy
		for col, got := range map[string]uint256.Int{
			"optimalUsageRatio": s.OptimalUsageRatio, "baseVariableBorrowRate": s.BaseVariableBorrowRate,
			"variableRateSlope1": s.VariableRateSlope1, "variableRateSlope2": s.VariableRateSlope2,
		} {
			if want := row.u256(t, col); !got.Eq(&want) {
				t.Errorf("%s %s = %s, snapshot %s", row["symbol"], col, got.Dec(), want.Dec())
			}
		}
		if err := c.validate(); err != nil {
			t.Errorf("%s: %v", row["symbol"], err)
		}
	}
}

// ray returns a percentage with up to 3 decimals as a ray: ray("2.7") = 0.027e27.
func ray(t *testing.T, pct string) uint256.Int {
	t.Helper()
	f, ok := new(big.Rat).SetString(pct)
	if !ok {
		t.Fatalf("bad percentage %q", pct)
	}
	f.Mul(f, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(25), nil)))
	if !f.IsInt() {
		t.Fatalf("%s %% is not a whole ray", pct)
	}
	var z uint256.Int
	z.SetFromBig(f.Num())
	return z
}

// TestRatesAtKeyUsages evaluates the real WETH and USDC curves at 0 %, the
// optimal usage and 100 %, where the two-slope curve gives round numbers:
// base, base + slope1, base + slope1 + slope2; the liquidity rate is the
// variable rate × usage × (1 - reserve factor).
func TestRatesAtKeyUsages(t *testing.T) {
	tests := []struct {
		name        string
		p           ReserveParams
		debt, cash  uint64 // token units; usage = debt / (debt + cash)
		variable    string // % a year
		liquidity   string
		stableDelta string // stable rate = slope1 + (this); no stable params set
	}{
		{"WETH 0 %", EthereumWETH(), 0, 1000, "0", "0", "0"},
		{"WETH optimal 90 %", EthereumWETH(), 900, 100, "2.7", "2.06550", "0"}, // 2.7 × 0.9 × 0.85
		{"WETH 100 %", EthereumWETH(), 1000, 0, "82.7", "70.2950", "0"},        // 82.7 × 0.85
		{"USDC 0 %", EthereumUSDC(), 0, 1000, "0", "0", "0"},
		{"USDC optimal 92 %", EthereumUSDC(), 920, 80, "8", "6.624", "0"}, // 8 × 0.92 × 0.9
		{"USDC 100 %", EthereumUSDC(), 1000, 0, "43", "38.7", "0"},        // 43 × 0.9
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			unit := pow10(tt.p.Config.Decimals)
			in := RateInputs{ReserveFactor: uint64(tt.p.Config.ReserveFactor)}
			in.TotalVariableDebt.Mul(uint256.NewInt(tt.debt), &unit)
			in.Balance.Mul(uint256.NewInt(tt.cash), &unit)
			got, err := tt.p.Strategy.CalculateInterestRates(&in)
			if err != nil {
				t.Fatal(err)
			}
			wantV, wantL := ray(t, tt.variable), ray(t, tt.liquidity)
			if !got.VariableBorrow.Eq(&wantV) || !got.Liquidity.Eq(&wantL) {
				t.Errorf("variable %s, liquidity %s; want %s, %s", got.VariableBorrow.Dec(), got.Liquidity.Dec(), wantV.Dec(), wantL.Dec())
			}
			wantS := tt.p.Strategy.VariableRateSlope1 // getBaseStableBorrowRate with no offset or stable slopes
			if !got.StableBorrow.Eq(&wantS) {
				t.Errorf("stable %s, want %s", got.StableBorrow.Dec(), wantS.Dec())
			}
		})
	}
	// Usage just past the kink: the variable rate starts on slope 2.
	p := EthereumUSDC()
	in := RateInputs{ReserveFactor: 1000}
	in.TotalVariableDebt.SetUint64(93_000_000)
	in.Balance.SetUint64(7_000_000)
	got, err := p.Strategy.CalculateInterestRates(&in)
	if err != nil {
		t.Fatal(err)
	}
	// 8 % + 35 % × (93 - 92)/(100 - 92) = 12.375 %.
	if want := ray(t, "12.375"); !got.VariableBorrow.Eq(&want) {
		t.Errorf("USDC at 93 %%: variable %s, want %s", got.VariableBorrow.Dec(), want.Dec())
	}
}

// TestRatesReproduceSnapshot recomputes each row's rates from its state.
// The snapshot holds what updateInterestRates saw at the reserve's last
// update (lastUpdateTimestamp): the scaled variable debt and the borrow
// index (total debt = scaled × index) and, because the market runs v3.3
// virtual accounting, the virtual underlying balance as the cash (the
// availableLiquidity column, the aToken's real balance, includes
// donations).
//
// Result: the variable borrow rate comes out exactly equal for both rows.
// The liquidity rate does not: ours is higher by a relative 3.8e-10 (WETH)
// and 1.3e-8 (USDC). The file lacks one input: v3.3 passes the reserve's
// bad-debt deficit to the strategy added to unbacked, which lowers the
// supply usage (and so the liquidity rate) but not the borrow usage. Solving
// for it gives a single integer per row that reproduces the liquidity rate
// exactly with v3.3's formula: 796566264404249 wei of WETH (0.0008 WETH)
// and 36679051 units of USDC (36.68 USDC), plausible deficits; their
// neighbours do not. The v3.0 formula modelled here keeps the
// overall-borrow-rate round trip (debt·rate/debt in rays) that v3.2 dropped:
// given the deficit it is exact for WETH and 82 wei (1e-24 relative) off for
// USDC. So the file gives enough to check the variable rate exactly, and the
// liquidity rate only up to the deficit it lacks.
func TestRatesReproduceSnapshot(t *testing.T) {
	for _, tc := range []struct {
		line    string
		p       ReserveParams
		deficit uint64 // solved, see above
	}{{snapshotWETH, EthereumWETH(), 796566264404249}, {snapshotUSDC, EthereumUSDC(), 36679051}} {
		row := parseRow(t, tc.line)
		scaled, index := row.u256(t, "totalScaledVariableDebt"), row.u256(t, "variableBorrowIndex")
		in := RateInputs{
			Balance:       row.u256(t, "virtualUnderlyingBalance"),
			ReserveFactor: row.u64(t, "reserveFactor"),
		}
		if err := RayMul(&in.TotalVariableDebt, &scaled, &index); err != nil {
			t.Fatal(err)
		}
		got, err := tc.p.Strategy.CalculateInterestRates(&in)
		if err != nil {
			t.Fatal(err)
		}
		wantV, wantL := row.u256(t, "variableBorrowRate"), row.u256(t, "liquidityRate")
		if !got.VariableBorrow.Eq(&wantV) {
			t.Errorf("%s variable rate %s, snapshot %s", row["symbol"], got.VariableBorrow.Dec(), wantV.Dec())
		}
		diff := new(big.Float).SetInt(new(big.Int).Sub(got.Liquidity.ToBig(), wantL.ToBig()))
		rel, _ := diff.Quo(diff, new(big.Float).SetInt(wantL.ToBig())).Float64()
		if rel < 0 || rel > 1e-7 {
			t.Errorf("%s liquidity rate %s, snapshot %s (relative %g)", row["symbol"], got.Liquidity.Dec(), wantL.Dec(), rel)
		}
		t.Logf("%s: variable rate %s exact; liquidity rate without the deficit %s vs snapshot %s (relative +%.3g)",
			row["symbol"], got.VariableBorrow.Dec(), got.Liquidity.Dec(), wantL.Dec(), rel)

		for _, d := range []uint64{tc.deficit - 1, tc.deficit, tc.deficit + 1} {
			in.Unbacked.SetUint64(d)
			got, err := tc.p.Strategy.CalculateInterestRates(&in)
			if err != nil {
				t.Fatal(err)
			}
			v33 := liquidityRateV33(t, &in, &got.VariableBorrow)
			if exact := v33.Eq(&wantL); exact != (d == tc.deficit) || !got.VariableBorrow.Eq(&wantV) {
				t.Errorf("%s with deficit %d: v3.3 liquidity rate %s, snapshot %s", row["symbol"], d, v33.Dec(), wantL.Dec())
			}
			if d != tc.deficit {
				continue
			}
			var off uint256.Int
			if got.Liquidity.Gt(&wantL) {
				off.Sub(&got.Liquidity, &wantL)
			} else {
				off.Sub(&wantL, &got.Liquidity)
			}
			if off.GtUint64(1000) {
				t.Errorf("%s with deficit: v3.0 liquidity rate %s is %s wei from the snapshot's", row["symbol"], got.Liquidity.Dec(), off.Dec())
			}
			t.Logf("%s with deficit %d: v3.3 formula exact, v3.0 formula %s wei off", row["symbol"], d, off.Dec())
		}
	}
}

// liquidityRateV33 is DefaultReserveInterestRateStrategyV2's liquidity rate
// (v3.2+): the variable rate times the supply usage, less the reserve
// factor, without v3.0's overall-borrow-rate round trip.
func liquidityRateV33(t *testing.T, in *RateInputs, variable *uint256.Int) uint256.Int {
	t.Helper()
	var den, su, lr uint256.Int
	den.Add(&in.Balance, &in.TotalVariableDebt)
	den.Add(&den, &in.Unbacked)
	if err := RayDiv(&su, &in.TotalVariableDebt, &den); err != nil {
		t.Fatal(err)
	}
	if err := RayMul(&lr, variable, &su); err != nil {
		t.Fatal(err)
	}
	if err := PercentMul(&lr, &lr, PercentageFactor-in.ReserveFactor); err != nil {
		t.Fatal(err)
	}
	return lr
}
