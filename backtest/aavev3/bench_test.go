package aavev3

import (
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// benchUsers is the number of borrowers in the benchmark markets.
const benchUsers = 1000

// benchMarket returns the test market with benchUsers borrowers, each with
// 10 WETH supplied, and 20,000,000 USDC of liquidity.
func benchMarket(b *testing.B) (*Market, []common.Address) {
	m := newTestMarket(b)
	must(b, m.Supply(SupplyParams{Asset: usdc, OnBehalfOf: carol, Amount: tokens(20_000_000, 6)}))
	users := make([]common.Address, benchUsers)
	for i := range users {
		users[i] = common.BigToAddress(uint256.NewInt(uint64(0x10000 + i)).ToBig())
		must(b, m.Supply(SupplyParams{Asset: weth, OnBehalfOf: users[i], Amount: tokens(10, 18)}))
	}
	return m, users
}

// BenchmarkOperations runs a steady mix over 1,000 borrowers: each op is one
// of borrow 1,000 USDC, repay it all, supply 0.1 WETH, withdraw 0.1 WETH,
// for the next user in turn, with 12 seconds between ops so every call
// accrues interest first. It reports Pool calls per second.
func BenchmarkOperations(b *testing.B) {
	m, users := benchMarket(b)
	borrow, tenth := tokens(1000, 6), tokens(1, 17)
	b.ReportAllocs()
	b.ResetTimer()
	t0 := time.Now()
	for i := 0; i < b.N; i++ {
		u := users[(i/4)%len(users)]
		if err := m.SetTimestamp(m.Timestamp() + 12); err != nil {
			b.Fatal(err)
		}
		var err error
		switch i % 4 {
		case 0:
			err = m.Borrow(BorrowParams{Asset: usdc, User: u, Amount: borrow})
		case 1:
			_, err = m.Repay(RepayParams{Asset: usdc, OnBehalfOf: u, Amount: MaxAmount})
		case 2:
			err = m.Supply(SupplyParams{Asset: weth, OnBehalfOf: u, Amount: tenth})
		case 3:
			_, err = m.Withdraw(WithdrawParams{Asset: weth, User: u, Amount: tenth})
		}
		if err != nil {
			b.Fatalf("op %d: %v", i, err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(t0).Seconds(), "ops/s")
}

// BenchmarkUserAccountData measures getUserAccountData for a user with one
// collateral and one debt, an hour after the reserves' last update.
func BenchmarkUserAccountData(b *testing.B) {
	m, users := benchMarket(b)
	for _, u := range users {
		must(b, m.Borrow(BorrowParams{Asset: usdc, User: u, Amount: tokens(5000, 6)}))
	}
	must(b, m.SetTimestamp(m.Timestamp()+3600))
	b.ReportAllocs()
	b.ResetTimer()
	t0 := time.Now()
	for i := 0; i < b.N; i++ {
		if _, err := m.UserAccountData(users[i%len(users)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/time.Since(t0).Seconds(), "calls/s")
}

// BenchmarkLiquidationCall liquidates 1,000 positions at HF 0.996 (the
// close factor's 50 %), each once, resetting the market (untimed) when all
// are done.
func BenchmarkLiquidationCall(b *testing.B) {
	m, users := benchMarket(b)
	must(b, m.SetPrice(weth, usd(2100)))
	for _, u := range users {
		must(b, m.Borrow(BorrowParams{Asset: usdc, User: u, Amount: tokens(16_000, 6)}))
	}
	must(b, m.SetPrice(weth, usd(1920)))
	must(b, m.SetTimestamp(m.Timestamp()+60))
	fresh := m.Clone()
	b.ReportAllocs()
	b.ResetTimer()
	var elapsed time.Duration
	t0 := time.Now()
	for i := 0; i < b.N; i++ {
		j := i % len(users)
		if j == 0 && i > 0 {
			elapsed += time.Since(t0)
			b.StopTimer()
			m = fresh.Clone()
			b.StartTimer()
			t0 = time.Now()
		}
		if _, err := m.LiquidationCall(LiquidationParams{
			CollateralAsset: weth, DebtAsset: usdc, User: users[j], Liquidator: bob, DebtToCover: MaxAmount,
		}); err != nil {
			b.Fatal(err)
		}
	}
	elapsed += time.Since(t0)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "liquidations/s")
}
