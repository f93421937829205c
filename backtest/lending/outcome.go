package lending

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/risk"
)

// Outcome is how a run of the activity ended.
type Outcome struct {
	Liquidations int
	// DebtCovered and BonusPaid are in USD: the debt liquidators repaid and
	// what the collateral they seized was worth above it, at the step's price.
	DebtCovered, BonusPaid float64
	// BadDebt is the debt, in USD, of positions whose collateral no longer
	// covers it at the last price; Underwater counts them.
	BadDebt    float64
	Underwater int
	// Borrowed is the debt, in USD, outstanding at the end.
	Borrowed float64
}

// OutcomeOf sums the liquidations of the steps and reads every
// borrower's account at the end.
// The activity's collateral and debt are the market's dWETH and dUSDC
// (its defaults).
func OutcomeOf(ctx context.Context, c ethereum.ContractCaller, m devchain.AaveMarket, act *devchain.AaveActivity, steps []devchain.AaveStep) (Outcome, error) {
	col, _ := m.Reserve("dWETH")
	debt, _ := m.Reserve("dUSDC")
	return outcomeOf(ctx, c, m, col, debt, act.Borrowers(), steps)
}

func outcomeOf(ctx context.Context, c ethereum.ContractCaller, m devchain.AaveMarket, col, debt devchain.AaveMarketReserve, borrowers []common.Address, steps []devchain.AaveStep) (Outcome, error) {
	var o Outcome
	for _, s := range steps {
		price := toFloat(s.Price, 8)
		for _, l := range s.Liquidations {
			o.Liquidations++
			covered := toFloat(l.DebtCovered, int(debt.Decimals))
			o.DebtCovered += covered
			o.BonusPaid += toFloat(l.CollateralSeized, int(col.Decimals))*price - covered
		}
	}
	for _, u := range borrowers {
		a, err := devchain.AaveAccount(ctx, c, m, u)
		if err != nil {
			return o, err
		}
		d, coll := toFloat(a.TotalDebtBase, 8), toFloat(a.TotalCollateralBase, 8)
		o.Borrowed += d
		if d > coll {
			o.BadDebt += d - coll
			o.Underwater++
		}
	}
	return o, nil
}

// FillSettings points the settings at the deployed market.
func FillSettings(s *risk.Settings, m devchain.AaveMarket) error {
	col, ok := m.Reserve(s.Collateral.Symbol)
	if !ok {
		return fmt.Errorf("strategy.collateral.symbol %q is not a reserve of the demo market", s.Collateral.Symbol)
	}
	bor, ok := m.Reserve(s.Borrowed.Symbol)
	if !ok {
		return fmt.Errorf("strategy.borrowed.symbol %q is not a reserve of the demo market", s.Borrowed.Symbol)
	}
	s.Pool, s.Oracle, s.Steward = m.Pool.Hex(), m.Oracle.Hex(), m.Steward.Hex()
	s.Collateral.Asset, s.Borrowed.Asset = col.Asset.Hex(), bor.Asset.Hex()
	return s.Validate()
}

// toFloat is x / 10^decimals.
func toFloat(x *big.Int, decimals int) float64 {
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(x), new(big.Float).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(decimals)), nil))).Float64()
	return f
}
