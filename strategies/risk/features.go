package risk

import (
	"errors"
	"math"
)

// FeatureNames are the risk model's inputs, in order.
var FeatureNames = []string{"vol", "drawdown", "nearLiquidation", "concentration", "utilisation"}

// Position is one borrower as the market's events left it: its collateral
// and debt in the market's base currency and its health factor.
type Position struct {
	Collateral, Debt float64
	HealthFactor     float64
}

// nearLiquidation is the health factor below which a position counts as
// close to liquidation.
const nearLiquidation = 1.1

// Features computes the model's inputs for a reserve:
//   - vol: the realised volatility of the collateral's price over the
//     window, the standard deviation of per-block log returns × √blocks;
//   - drawdown: 1 − last price ÷ the window's highest;
//   - nearLiquidation: the share of the market's debt held by positions
//     with a health factor below 1.1 (a liquidation-depth proxy);
//   - concentration: the largest position's share of all collateral;
//   - utilisation: borrowed ÷ supplied of the borrowed reserve (0..1).
//
// prices must hold at least two positive values.
func Features(prices []float64, positions []Position, utilisation float64) ([]float64, error) {
	if len(prices) < 2 {
		return nil, errors.New("risk: features need at least two prices")
	}
	var sum, sumSq float64
	high := prices[0]
	for i := 1; i < len(prices); i++ {
		if prices[i] <= 0 || prices[i-1] <= 0 {
			return nil, errors.New("risk: a price is not positive")
		}
		r := math.Log(prices[i] / prices[i-1])
		sum += r
		sumSq += r * r
		high = max(high, prices[i])
	}
	n := float64(len(prices) - 1)
	mean := sum / n
	vol := math.Sqrt(max(sumSq/n-mean*mean, 0) * n)
	drawdown := 1 - prices[len(prices)-1]/high
	var debt, near, collateral, largest float64
	for _, p := range positions {
		debt += p.Debt
		collateral += p.Collateral
		largest = max(largest, p.Collateral)
		if p.Debt > 0 && p.HealthFactor < nearLiquidation {
			near += p.Debt
		}
	}
	share := func(a, b float64) float64 {
		if b <= 0 {
			return 0
		}
		return a / b
	}
	return []float64{vol, drawdown, share(near, debt), share(largest, collateral), min(max(utilisation, 0), 1)}, nil
}
