package univ3

import (
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// PositionParams name a position and an amount of liquidity for Mint and
// Burn.
type PositionParams struct {
	Owner     common.Address
	TickLower int32
	TickUpper int32
	// Liquidity to add or remove (uint128). Mint requires it positive; Burn
	// of zero only credits the position's fees ("poke").
	Liquidity uint256.Int
}

// CollectParams are UniswapV3Pool.collect's arguments (the caller is
// Owner).
type CollectParams struct {
	Owner            common.Address
	TickLower        int32
	TickUpper        int32
	Amount0Requested uint256.Int // uint128
	Amount1Requested uint256.Int // uint128
}

// Amounts are token amounts owed to or paid by the pool (uint256).
type Amounts struct {
	Amount0 uint256.Int
	Amount1 uint256.Int
}

var maxUint128 = uint256.Int{^uint64(0), ^uint64(0), 0, 0} // read-only

// Mint adds liquidity to a position, as UniswapV3Pool.mint, and returns the
// token amounts the minter owes (rounded up).
func (p *Pool) Mint(params PositionParams) (Amounts, error) {
	var a Amounts
	if params.Liquidity.IsZero() {
		return a, ErrZeroAmount
	}
	if !fitsInt128(&params.Liquidity) || params.Liquidity.Sign() < 0 {
		return a, fmt.Errorf("%w: mint liquidity %s above int128", ErrMathOverflow, params.Liquidity.Dec())
	}
	a0, a1, err := p.modifyPosition(params, params.Liquidity)
	if err != nil {
		return a, fmt.Errorf("mint [%d, %d): %w", params.TickLower, params.TickUpper, err)
	}
	return Amounts{Amount0: a0, Amount1: a1}, nil
}

// Burn removes liquidity from a position, as UniswapV3Pool.burn: the
// returned amounts (rounded down) are credited to the position's tokens owed
// together with its accrued fees, to be taken with Collect.
func (p *Pool) Burn(params PositionParams) (Amounts, error) {
	var a Amounts
	if !fitsInt128(&params.Liquidity) || params.Liquidity.Sign() < 0 {
		return a, fmt.Errorf("%w: burn liquidity %s above int128", ErrMathOverflow, params.Liquidity.Dec())
	}
	var delta uint256.Int
	delta.Neg(&params.Liquidity)
	a0, a1, err := p.modifyPosition(params, delta)
	if err != nil {
		return a, fmt.Errorf("burn [%d, %d): %w", params.TickLower, params.TickUpper, err)
	}
	a.Amount0.Neg(&a0)
	a.Amount1.Neg(&a1)
	if !a.Amount0.IsZero() || !a.Amount1.IsZero() {
		key := PositionKey{params.Owner, params.TickLower, params.TickUpper}
		pos := p.positions[key]
		addOwed(&pos.TokensOwed0, &a.Amount0)
		addOwed(&pos.TokensOwed1, &a.Amount1)
		p.positions[key] = pos
	}
	return a, nil
}

// Collect pays out up to the requested tokens owed, as
// UniswapV3Pool.collect.
func (p *Pool) Collect(params CollectParams) Amounts {
	key := PositionKey{params.Owner, params.TickLower, params.TickUpper}
	pos, ok := p.positions[key]
	var a Amounts
	if !ok {
		return a
	}
	a.Amount0 = minInt(&params.Amount0Requested, &pos.TokensOwed0)
	a.Amount1 = minInt(&params.Amount1Requested, &pos.TokensOwed1)
	pos.TokensOwed0.Sub(&pos.TokensOwed0, &a.Amount0)
	pos.TokensOwed1.Sub(&pos.TokensOwed1, &a.Amount1)
	p.positions[key] = pos
	return a
}

// PositionFees returns what Collect could pay out after a Burn of zero:
// tokens owed plus fees accrued since the position was last touched. It
// changes nothing.
func (p *Pool) PositionFees(key PositionKey) (Amounts, error) {
	pos, ok := p.positions[key]
	var a Amounts
	if !ok {
		return a, nil
	}
	lower, lowerOK := p.findTick(key.TickLower)
	upper, upperOK := p.findTick(key.TickUpper)
	if !lowerOK || !upperOK {
		// Only a position without liquidity can lack its ticks.
		return Amounts{Amount0: pos.TokensOwed0, Amount1: pos.TokensOwed1}, nil
	}
	in0, in1 := p.feeGrowthInside(&p.ticks[lower], &p.ticks[upper])
	owed0, owed1 := accrued(&pos, &in0, &in1)
	a.Amount0, a.Amount1 = pos.TokensOwed0, pos.TokensOwed1
	addOwed(&a.Amount0, &owed0)
	addOwed(&a.Amount1, &owed1)
	return a, nil
}

// modifyPosition is _modifyPosition and _updatePosition: it updates both
// ticks, the position (crediting fees) and the in-range liquidity, and
// returns the token deltas (int256, positive owed to the pool). All checks
// run before any write, so an error leaves the pool unchanged.
func (p *Pool) modifyPosition(params PositionParams, delta uint256.Int) (amount0, amount1 uint256.Int, err error) {
	lowerTick, upperTick := params.TickLower, params.TickUpper
	if lowerTick >= upperTick {
		return amount0, amount1, fmt.Errorf("%w: %d >= %d", ErrTickOrder, lowerTick, upperTick)
	}
	if lowerTick < MinTick || upperTick > MaxTick {
		return amount0, amount1, fmt.Errorf("%w: [%d, %d) leaves [%d, %d]", ErrTickOutOfRange, lowerTick, upperTick, MinTick, MaxTick)
	}
	if lowerTick%p.tickSpacing != 0 || upperTick%p.tickSpacing != 0 {
		return amount0, amount1, fmt.Errorf("%w: [%d, %d) with spacing %d", ErrTickSpacing, lowerTick, upperTick, p.tickSpacing)
	}
	key := PositionKey{params.Owner, lowerTick, upperTick}
	pos := p.positions[key]

	// Tick.update on copies of both ticks.
	lower, err := p.updatedTick(lowerTick, &delta, false)
	if err != nil {
		return amount0, amount1, fmt.Errorf("tick %d: %w", lowerTick, err)
	}
	upper, err := p.updatedTick(upperTick, &delta, true)
	if err != nil {
		return amount0, amount1, fmt.Errorf("tick %d: %w", upperTick, err)
	}

	// Position.update.
	in0, in1 := p.feeGrowthInside(&lower, &upper)
	if delta.IsZero() {
		if pos.Liquidity.IsZero() {
			return amount0, amount1, ErrNoPosition
		}
	}
	var posLiquidity uint256.Int
	if err := AddDelta(&posLiquidity, &pos.Liquidity, &delta); err != nil {
		return amount0, amount1, fmt.Errorf("position liquidity: %w", err)
	}
	owed0, owed1 := accrued(&pos, &in0, &in1)

	// Token amounts and the in-range liquidity.
	var sqrtLower, sqrtUpper, poolLiquidity uint256.Int
	sqrtLower, sqrtUpper = lower.sqrtPriceX96, upper.sqrtPriceX96
	poolLiquidity = p.liquidity
	if !delta.IsZero() {
		switch {
		case p.tick < lowerTick:
			err = signedAmount0Delta(&amount0, &sqrtLower, &sqrtUpper, &delta)
		case p.tick < upperTick:
			if err = signedAmount0Delta(&amount0, &p.sqrtPriceX96, &sqrtUpper, &delta); err == nil {
				err = signedAmount1Delta(&amount1, &sqrtLower, &p.sqrtPriceX96, &delta)
			}
			if err == nil {
				err = AddDelta(&poolLiquidity, &poolLiquidity, &delta)
			}
		default:
			err = signedAmount1Delta(&amount1, &sqrtLower, &sqrtUpper, &delta)
		}
		if err != nil {
			return amount0, amount1, err
		}
	}

	// Writes.
	if !delta.IsZero() {
		p.storeTick(&lower)
		p.storeTick(&upper)
		pos.Liquidity = posLiquidity
	}
	pos.FeeGrowthInside0LastX128, pos.FeeGrowthInside1LastX128 = in0, in1
	addOwed(&pos.TokensOwed0, &owed0)
	addOwed(&pos.TokensOwed1, &owed1)
	p.positions[key] = pos
	p.liquidity = poolLiquidity
	return amount0, amount1, nil
}

// updatedTick is Tick.update on a copy: the tick at index after adding delta
// (int128) to its gross liquidity and, signed by upper, to its net.
func (p *Pool) updatedTick(index int32, delta *uint256.Int, upper bool) (t tickInfo, err error) {
	i, found := p.findTick(index)
	if found {
		t = p.ticks[i]
	} else {
		t.index = index
		if err := GetSqrtRatioAtTick(&t.sqrtPriceX96, index); err != nil {
			return t, err
		}
		// By convention, all fee growth before a tick was initialised
		// happened below it.
		if index <= p.tick {
			t.feeGrowthOutside0X128 = p.feeGrowthGlobal0X128
			t.feeGrowthOutside1X128 = p.feeGrowthGlobal1X128
		}
	}
	if delta.IsZero() {
		return t, nil
	}
	if err := AddDelta(&t.liquidityGross, &t.liquidityGross, delta); err != nil {
		return t, err
	}
	if t.liquidityGross.Gt(&p.maxLiquidityPerTick) {
		return t, fmt.Errorf("%w: %s > %s", ErrTickLiquidity, t.liquidityGross.Dec(), p.maxLiquidityPerTick.Dec())
	}
	if upper {
		t.liquidityNet.Sub(&t.liquidityNet, delta)
	} else {
		t.liquidityNet.Add(&t.liquidityNet, delta)
	}
	if !fitsInt128(&t.liquidityNet) {
		return t, fmt.Errorf("%w: liquidityNet beyond int128", ErrMathOverflow)
	}
	return t, nil
}

// storeTick writes t back: inserted if new, removed when its gross
// liquidity fell to zero (the bitmap flip plus Tick.clear).
func (p *Pool) storeTick(t *tickInfo) {
	i, found := p.findTick(t.index)
	switch {
	case t.liquidityGross.IsZero():
		if found {
			p.ticks = slices.Delete(p.ticks, i, i+1)
		}
	case found:
		p.ticks[i] = *t
	default:
		p.ticks = slices.Insert(p.ticks, i, *t)
	}
}

// feeGrowthInside is Tick.getFeeGrowthInside for the range lower..upper at
// the current tick.
func (p *Pool) feeGrowthInside(lower, upper *tickInfo) (in0, in1 uint256.Int) {
	var below0, below1, above0, above1 uint256.Int
	if p.tick >= lower.index {
		below0, below1 = lower.feeGrowthOutside0X128, lower.feeGrowthOutside1X128
	} else {
		below0.Sub(&p.feeGrowthGlobal0X128, &lower.feeGrowthOutside0X128)
		below1.Sub(&p.feeGrowthGlobal1X128, &lower.feeGrowthOutside1X128)
	}
	if p.tick < upper.index {
		above0, above1 = upper.feeGrowthOutside0X128, upper.feeGrowthOutside1X128
	} else {
		above0.Sub(&p.feeGrowthGlobal0X128, &upper.feeGrowthOutside0X128)
		above1.Sub(&p.feeGrowthGlobal1X128, &upper.feeGrowthOutside1X128)
	}
	in0.Sub(&p.feeGrowthGlobal0X128, &below0)
	in0.Sub(&in0, &above0)
	in1.Sub(&p.feeGrowthGlobal1X128, &below1)
	in1.Sub(&in1, &above1)
	return in0, in1
}

// accrued is the fee part of Position.update: uint128(mulDiv(inside -
// last, liquidity, 2^128)) per token, the subtraction wrapping.
func accrued(pos *Position, in0, in1 *uint256.Int) (owed0, owed1 uint256.Int) {
	var d uint256.Int
	d.Sub(in0, &pos.FeeGrowthInside0LastX128)
	_ = MulDiv(&owed0, &d, &pos.Liquidity, &q128) // cannot fail: denominator 2^128, result < 2^256
	d.Sub(in1, &pos.FeeGrowthInside1LastX128)
	_ = MulDiv(&owed1, &d, &pos.Liquidity, &q128)
	owed0.And(&owed0, &maxUint128)
	owed1.And(&owed1, &maxUint128)
	return owed0, owed1
}

// addOwed adds x to a uint128 tokens-owed counter, wrapping at 2^128 as the
// contract's unchecked uint128 addition does.
func addOwed(owed, x *uint256.Int) {
	owed.Add(owed, x)
	owed.And(owed, &maxUint128)
}

func minInt(a, b *uint256.Int) uint256.Int {
	if a.Lt(b) {
		return *a
	}
	return *b
}
