// Package train fits the lending-risk kind's model (strategies/risk) and
// ships it as an ONNX file with its card (configs/models/risk).
//
// The data are real: WETH's price at the end of every Ethereum block of
// 2024-01-01 … 06 from the Uniswap v2 USDC/WETH pair's reserves, embedded
// (weth-usd-2024-01-01-06.csv.gz, checked against the shared file by
// TestEmbeddedPricesMatchShared). One sample every Every blocks: the
// features risk.Features computes from the last Window prices, with a
// book of borrowers drawn for the sample (a market whose health factors
// are 1 + Exp(m)) and a drawn utilisation. The label is what a risk steward
// fears: the share of that market's debt the lowest price of the next
// Horizon steps pushes below a health factor of 1 (1 − exp(−(1/move − 1)/m)),
// divided by FullRiskShare and capped at 1 — so the model learns how price
// swings (volatility, drawdown) and a crowd at the liquidation line
// (nearLiquidation) combine, which no linear model can.
//
// 2024-01-03, the day of the ETH sell-off the lending demo replays, is held
// out: samples whose window or horizon touch it are not trained on, and the
// card's validation figures are measured on it (and on the demo's window),
// next to the best constant. The network is build.EarlyStop's (5 → 8 ReLU
// → 1); the same data give the same bytes, so
// TestShippedModelIsReproducible retrains it and compares with the shipped
// files (STEWARD_UPDATE_MODELS=1 rewrites them).
package train
