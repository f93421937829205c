package lending

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/risk"
)

// reader reads what the series and metrics need from a market at its
// head, through the Pool, the oracle and the tokens as any client would:
// the same code reads the embedded chain and the fast chain's facade.
type reader struct {
	c         ethereum.ContractCaller
	m         devchain.AaveMarket
	col, debt devchain.AaveMarketReserve
	treasury  common.Address
	pool      *bindings.Pool
	token     *bindings.TestToken
	oracle    *bindings.AaveOracle
}

func newReader(c ethereum.ContractCaller, m devchain.AaveMarket, collateral, debt string, treasury common.Address) (*reader, error) {
	r := &reader{c: c, m: m, treasury: treasury, pool: bindings.NewPool(), token: bindings.NewTestToken(), oracle: bindings.NewAaveOracle()}
	var ok bool
	if r.col, ok = m.Reserve(collateral); !ok {
		return nil, fmt.Errorf("backtest/lending: the collateral %q is not a reserve of the market", collateral)
	}
	if r.debt, ok = m.Reserve(debt); !ok {
		return nil, fmt.Errorf("backtest/lending: the borrowed reserve %q is not a reserve of the market", debt)
	}
	return r, nil
}

// call reads one view at the head.
func call[T any](ctx context.Context, c ethereum.ContractCaller, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		var zero T
		return zero, err
	}
	return unpack(out)
}

// state is what a step shows of a market.
type state struct {
	params risk.Params // the collateral's
	// utilisation is the borrowed reserve's variable debt over its
	// aToken supply, 0..1, as the risk program computes it.
	utilisation float64
	// treasury is what the treasury holds or is owed, in USD: each
	// reserve's accruedToTreasury at its normalized income, and the
	// treasury's aTokens (the liquidation protocol fee), at the oracle's prices.
	treasury float64
}

func (r *reader) state(ctx context.Context) (state, error) {
	var s state
	rd, err := call(ctx, r.c, r.m.Pool, r.pool.PackGetReserveData(r.col.Asset), r.pool.UnpackGetReserveData)
	if err != nil {
		return s, fmt.Errorf("read %s: %w", r.col.Symbol, err)
	}
	conf := contracts.DecodeReserveConfiguration(rd.Configuration.Data)
	s.params = risk.Params{LTV: int64(conf.LTV), LiquidationThreshold: int64(conf.LiquidationThreshold), LiquidationBonus: int64(conf.LiquidationBonus),
		SupplyCap: int64(conf.SupplyCap), BorrowCap: int64(conf.BorrowCap)}
	supplied, err := call(ctx, r.c, r.debt.AToken, r.token.PackTotalSupply(), r.token.UnpackTotalSupply)
	if err != nil {
		return s, fmt.Errorf("read %s supply: %w", r.debt.Symbol, err)
	}
	borrowed, err := call(ctx, r.c, r.debt.VariableDebt, r.token.PackTotalSupply(), r.token.UnpackTotalSupply)
	if err != nil {
		return s, fmt.Errorf("read %s debt: %w", r.debt.Symbol, err)
	}
	if supplied.Sign() > 0 {
		s.utilisation, _ = new(big.Float).Quo(new(big.Float).SetInt(borrowed), new(big.Float).SetInt(supplied)).Float64()
	}
	for _, res := range []devchain.AaveMarketReserve{r.col, r.debt} {
		v, err := r.treasuryValue(ctx, res)
		if err != nil {
			return s, err
		}
		s.treasury += v
	}
	return s, nil
}

// treasuryValue is the treasury's share of one reserve in USD.
func (r *reader) treasuryValue(ctx context.Context, res devchain.AaveMarketReserve) (float64, error) {
	rd, err := call(ctx, r.c, r.m.Pool, r.pool.PackGetReserveData(res.Asset), r.pool.UnpackGetReserveData)
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", res.Symbol, err)
	}
	income, err := call(ctx, r.c, r.m.Pool, r.pool.PackGetReserveNormalizedIncome(res.Asset), r.pool.UnpackGetReserveNormalizedIncome)
	if err != nil {
		return 0, fmt.Errorf("read %s income: %w", res.Symbol, err)
	}
	held, err := call(ctx, r.c, res.AToken, r.token.PackBalanceOf(r.treasury), r.token.UnpackBalanceOf)
	if err != nil {
		return 0, fmt.Errorf("read the treasury's %s: %w", res.Symbol, err)
	}
	price, err := call(ctx, r.c, r.m.Oracle, r.oracle.PackGetAssetPrice(res.Asset), r.oracle.UnpackGetAssetPrice)
	if err != nil {
		return 0, fmt.Errorf("read the price of %s: %w", res.Symbol, err)
	}
	owed := new(big.Int).Mul(rd.AccruedToTreasury, income)
	owed.Quo(owed, ray)
	tokens := new(big.Int).Add(owed, held)
	return toFloat(tokens, int(res.Decimals)) * toFloat(price, 8), nil
}

// ray is Aave's 1e27.
var ray = new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
