package aavev3_test

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/aavev3"
)

// A borrower's position through a price drop: open it, watch the health
// factor, and liquidate it.
func ExampleMarket() {
	m, _ := aavev3.New(aavev3.Config{Timestamp: 1_700_000_000})
	weth, usdc := aavev3.EthereumWETH(), aavev3.EthereumUSDC()
	weth.Price, usdc.Price = *uint256.NewInt(2000e8), *uint256.NewInt(1e8) // $2,000 and $1
	_ = m.AddReserve(weth)
	_ = m.AddReserve(usdc)
	lender, borrower, liquidator := common.HexToAddress("0x1"), common.HexToAddress("0x2"), common.HexToAddress("0x3")

	_ = m.Supply(aavev3.SupplyParams{Asset: usdc.Asset, OnBehalfOf: lender, Amount: *uint256.NewInt(100_000e6)})
	_ = m.Supply(aavev3.SupplyParams{Asset: weth.Asset, OnBehalfOf: borrower, Amount: *uint256.NewInt(10e18)})
	_ = m.Borrow(aavev3.BorrowParams{Asset: usdc.Asset, User: borrower, Amount: *uint256.NewInt(15_000e6)})
	ad, _ := m.UserAccountData(borrower)
	fmt.Println("health factor:", ad.HealthFactor.Dec())

	// A month later WETH is at $1,700.
	_ = m.SetTimestamp(1_700_000_000 + 30*86400)
	_ = m.SetPrice(weth.Asset, *uint256.NewInt(1700e8))
	ad, _ = m.UserAccountData(borrower)
	fmt.Println("health factor:", ad.HealthFactor.Dec())

	res, err := m.LiquidationCall(aavev3.LiquidationParams{
		CollateralAsset: weth.Asset, DebtAsset: usdc.Asset, User: borrower, Liquidator: liquidator,
		DebtToCover: aavev3.MaxAmount,
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("close factor:", res.CloseFactor, "repaid:", res.DebtRepaid.Dec(), "seized:", res.CollateralSeized.Dec(), "fee:", res.ProtocolFee.Dec())
	// Output:
	// health factor: 1106666666666666667
	// health factor: 939658749789769918
	// close factor: 10000 repaid: 15016089621 seized: 9230478619967647058 fee: 44164969473529412
}
