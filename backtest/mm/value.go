package mm

import (
	"context"
	"fmt"
	"math"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// Holdings are a vault's tokens at one block, relative to where it
// started, in raw token units: what its balances gained or lost, what its
// position holds, and the fees the position has earned and not collected.
type Holdings struct {
	Delta0, Delta1 *big.Int // balance now − balance at the start (collected fees included)
	Principal0     float64  // the position's tokens at the current price
	Principal1     float64
	Owed0, Owed1   float64 // fees earned by the position, not yet collected
	Lower, Upper   int32   // the range; Liquidity 0 = no position
	Liquidity      *big.Int
	SqrtPrice      float64 // √(token1/token0) in raw units
	Tick           int32
}

// Amounts are the holdings' tokens in all: balances gained + principal + owed fees.
func (h Holdings) Amounts() (a0, a1 float64) {
	d0, _ := new(big.Float).SetInt(h.Delta0).Float64()
	d1, _ := new(big.Float).SetInt(h.Delta1).Float64()
	return d0 + h.Principal0 + h.Owed0, d1 + h.Principal1 + h.Owed1
}

// reader reads a RangeVault's holdings on a Uniswap v3 pool.
type reader struct {
	chain          ethereum.ContractCaller
	pool           common.Address
	token0, token1 common.Address
	poolABI        *bindings.UniswapV3Pool
	vaultABI       *bindings.RangeVault
	tokenABI       *bindings.TestToken
}

func newReader(chain ethereum.ContractCaller, pool, token0, token1 common.Address) *reader {
	return &reader{chain: chain, pool: pool, token0: token0, token1: token1,
		poolABI: bindings.NewUniswapV3Pool(), vaultABI: bindings.NewRangeVault(), tokenABI: bindings.NewTestToken()}
}

func call[T any](ctx context.Context, r *reader, to common.Address, data []byte, block *big.Int, unpack func([]byte) (T, error)) (T, error) {
	return contracts.Call(ctx, r.chain, ethereum.CallMsg{To: &to, Data: data}, block, unpack)
}

// balances reads the vault's two token balances.
func (r *reader) balances(ctx context.Context, vault common.Address, block *big.Int) (b0, b1 *big.Int, err error) {
	if b0, err = call(ctx, r, r.token0, r.tokenABI.PackBalanceOf(vault), block, r.tokenABI.UnpackBalanceOf); err != nil {
		return nil, nil, fmt.Errorf("token0 balance of %s: %w", vault, err)
	}
	if b1, err = call(ctx, r, r.token1, r.tokenABI.PackBalanceOf(vault), block, r.tokenABI.UnpackBalanceOf); err != nil {
		return nil, nil, fmt.Errorf("token1 balance of %s: %w", vault, err)
	}
	return b0, b1, nil
}

// holdings reads what the vault holds at block, relative to its start balances.
func (r *reader) holdings(ctx context.Context, vault common.Address, start0, start1 *big.Int, block *big.Int) (Holdings, error) {
	slot, err := call(ctx, r, r.pool, r.poolABI.PackSlot0(), block, r.poolABI.UnpackSlot0)
	if err != nil {
		return Holdings{}, fmt.Errorf("slot0: %w", err)
	}
	b0, b1, err := r.balances(ctx, vault, block)
	if err != nil {
		return Holdings{}, err
	}
	pos, err := call(ctx, r, vault, r.vaultABI.PackPosition(), block, r.vaultABI.UnpackPosition)
	if err != nil {
		return Holdings{}, fmt.Errorf("position of %s: %w", vault, err)
	}
	sqrtP, _ := new(big.Float).Quo(new(big.Float).SetInt(slot.SqrtPriceX96), q96).Float64()
	h := Holdings{
		Delta0: new(big.Int).Sub(b0, start0), Delta1: new(big.Int).Sub(b1, start1),
		Lower: int32(pos.TickLower.Int64()), Upper: int32(pos.TickUpper.Int64()), Liquidity: pos.Liquidity,
		SqrtPrice: sqrtP, Tick: int32(slot.Tick.Int64()),
	}
	if pos.Liquidity.Sign() == 0 {
		return h, nil
	}
	l, _ := new(big.Float).SetInt(pos.Liquidity).Float64()
	h.Principal0, h.Principal1 = amounts(l, sqrtP, sqrtAtTick(h.Lower), sqrtAtTick(h.Upper))
	owed0, owed1, err := r.owed(ctx, vault, h, block)
	if err != nil {
		return Holdings{}, err
	}
	h.Owed0, _ = new(big.Float).SetInt(owed0).Float64()
	h.Owed1, _ = new(big.Float).SetInt(owed1).Float64()
	return h, nil
}

// owed computes the fees (wei) the vault's position has earned and not collected,
// as UniswapV3Pool does when the position is touched: tokensOwed plus
// liquidity × (feeGrowthInside − feeGrowthInsideLast) / 2¹²⁸, all modulo 2²⁵⁶.
func (r *reader) owed(ctx context.Context, vault common.Address, h Holdings, block *big.Int) (owed0, owed1 *big.Int, err error) {
	key := contracts.PositionKey(vault, h.Lower, h.Upper)
	pos, err := call(ctx, r, r.pool, r.poolABI.PackPositions(key), block, r.poolABI.UnpackPositions)
	if err != nil {
		return nil, nil, fmt.Errorf("pool position of %s: %w", vault, err)
	}
	lo, err := call(ctx, r, r.pool, r.poolABI.PackTicks(big.NewInt(int64(h.Lower))), block, r.poolABI.UnpackTicks)
	if err != nil {
		return nil, nil, fmt.Errorf("tick %d: %w", h.Lower, err)
	}
	hi, err := call(ctx, r, r.pool, r.poolABI.PackTicks(big.NewInt(int64(h.Upper))), block, r.poolABI.UnpackTicks)
	if err != nil {
		return nil, nil, fmt.Errorf("tick %d: %w", h.Upper, err)
	}
	g0, err := call(ctx, r, r.pool, r.poolABI.PackFeeGrowthGlobal0X128(), block, r.poolABI.UnpackFeeGrowthGlobal0X128)
	if err != nil {
		return nil, nil, fmt.Errorf("feeGrowthGlobal0X128: %w", err)
	}
	g1, err := call(ctx, r, r.pool, r.poolABI.PackFeeGrowthGlobal1X128(), block, r.poolABI.UnpackFeeGrowthGlobal1X128)
	if err != nil {
		return nil, nil, fmt.Errorf("feeGrowthGlobal1X128: %w", err)
	}
	t := int64(h.Tick)
	in0 := feeGrowthInside(t, int64(h.Lower), int64(h.Upper), g0, lo.FeeGrowthOutside0X128, hi.FeeGrowthOutside0X128)
	in1 := feeGrowthInside(t, int64(h.Lower), int64(h.Upper), g1, lo.FeeGrowthOutside1X128, hi.FeeGrowthOutside1X128)
	return earned(pos.Liquidity, in0, pos.FeeGrowthInside0LastX128, pos.TokensOwed0),
		earned(pos.Liquidity, in1, pos.FeeGrowthInside1LastX128, pos.TokensOwed1), nil
}

var (
	q96     = new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 96))
	two256  = new(big.Int).Lsh(big.NewInt(1), 256)
	mask256 = new(big.Int).Sub(two256, big.NewInt(1))
)

// feeGrowthInside is UniswapV3Pool's getFeeGrowthInside for one token.
func feeGrowthInside(tick, lower, upper int64, global, outsideLower, outsideUpper *big.Int) *big.Int {
	below := outsideLower
	if tick < lower {
		below = sub256(global, outsideLower)
	}
	above := outsideUpper
	if tick >= upper {
		above = sub256(global, outsideUpper)
	}
	return sub256(sub256(global, below), above)
}

// earned is tokensOwed + liquidity × (inside − last) / 2¹²⁸, as Position.update computes it.
func earned(liquidity, inside, last, owed *big.Int) *big.Int {
	d := sub256(inside, last)
	f := new(big.Int).Mul(d, liquidity)
	f.Rsh(f, 128)
	return f.Add(f, owed)
}

func sub256(a, b *big.Int) *big.Int {
	d := new(big.Int).Sub(a, b)
	return d.And(d, mask256)
}

// sqrtAtTick is √(1.0001^tick).
func sqrtAtTick(t int32) float64 { return math.Pow(1.0001, float64(t)/2) }

// amounts are a position's tokens at √price sp for the range [sa, sb]:
// all token0 below it, all token1 above it, both inside.
func amounts(l, sp, sa, sb float64) (a0, a1 float64) {
	switch {
	case sp <= sa:
		return l * (sb - sa) / (sa * sb), 0
	case sp >= sb:
		return 0, l * (sb - sa)
	default:
		return l * (sb - sp) / (sp * sb), l * (sp - sa)
	}
}
