package aavev3

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Real reserve parameters from the Aave v3 Ethereum market snapshot of
// 2025-03-19 (aave-v3-reserve-params/Aave_Protocol_Parameter_ethereum.csv
// in the shared data; the tests check these against the file's rows). The
// snapshot has no liquidation protocol fee column: these use 10 %, Aave's
// usual setting; set LiquidationProtocolFee to the compared market's.

// EthereumWETH returns WETH's reserve on Aave v3 Ethereum: LTV 80.5 %,
// threshold 83 %, bonus 5 %, reserve factor 15 %, caps 3,000,000 supplied
// and 2,700,000 borrowed, optimal usage 90 %, slopes 2.7 % and 80 %, and
// the snapshot's price ($1,940.74).
func EthereumWETH() ReserveParams {
	return ReserveParams{
		Asset: common.HexToAddress("0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2"),
		Config: ReserveConfig{
			Decimals: 18, LTV: 8050, LiquidationThreshold: 8300, LiquidationBonus: 10500,
			ReserveFactor: 1500, LiquidationProtocolFee: 1000,
			SupplyCap: 3_000_000, BorrowCap: 2_700_000,
			Active: true, BorrowingEnabled: true,
		},
		Strategy: RateStrategy{
			OptimalUsageRatio:  *uint256.MustFromDecimal("900000000000000000000000000"),
			VariableRateSlope1: *uint256.MustFromDecimal("27000000000000000000000000"),
			VariableRateSlope2: *uint256.MustFromDecimal("800000000000000000000000000"),
		},
		Price: *uint256.NewInt(194073642444),
	}
}

// EthereumUSDC returns USDC's reserve on Aave v3 Ethereum: LTV 75 %,
// threshold 78 %, bonus 4.5 %, reserve factor 10 %, caps 4.8 bn supplied
// and 4.32 bn borrowed, optimal usage 92 %, slopes 8 % and 35 %, and the
// snapshot's price ($0.99992711).
func EthereumUSDC() ReserveParams {
	return ReserveParams{
		Asset: common.HexToAddress("0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48"),
		Config: ReserveConfig{
			Decimals: 6, LTV: 7500, LiquidationThreshold: 7800, LiquidationBonus: 10450,
			ReserveFactor: 1000, LiquidationProtocolFee: 1000,
			SupplyCap: 4_800_000_000, BorrowCap: 4_320_000_000,
			Active: true, BorrowingEnabled: true,
		},
		Strategy: RateStrategy{
			OptimalUsageRatio:  *uint256.MustFromDecimal("920000000000000000000000000"),
			VariableRateSlope1: *uint256.MustFromDecimal("80000000000000000000000000"),
			VariableRateSlope2: *uint256.MustFromDecimal("350000000000000000000000000"),
		},
		Price: *uint256.NewInt(99992711),
	}
}
