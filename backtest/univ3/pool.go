package univ3

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"
)

// Config configures a new pool.
type Config struct {
	// Fee is the swap fee in pips (hundredths of a basis point): 500 for
	// 0.05 %, 3000 for 0.3 %. Must be below 1,000,000.
	Fee uint32
	// TickSpacing is the pool's tick spacing (10 for 500-pip pools, 60 for
	// 3000). Must be in [1, 16384).
	TickSpacing int32
	// SqrtPriceX96 is the initial price, as UniswapV3Pool.initialize takes
	// it. Must be in [MinSqrtRatio, MaxSqrtRatio).
	SqrtPriceX96 uint256.Int
}

func (c *Config) validate() error {
	if c.Fee >= feeDenominator {
		return fmt.Errorf("%w: Fee %d pips is not below %d", ErrConfig, c.Fee, feeDenominator)
	}
	if c.TickSpacing <= 0 || c.TickSpacing >= 16384 {
		return fmt.Errorf("%w: TickSpacing %d outside [1, 16384)", ErrConfig, c.TickSpacing)
	}
	if c.SqrtPriceX96.Lt(&MinSqrtRatio) || !c.SqrtPriceX96.Lt(&MaxSqrtRatio) {
		return fmt.Errorf("%w: SqrtPriceX96 %s outside [%s, %s)", ErrConfig, c.SqrtPriceX96.Dec(), MinSqrtRatio.Dec(), MaxSqrtRatio.Dec())
	}
	return nil
}

// Pool is the state of one Uniswap v3 pool with the protocol fee off and
// without the price oracle. It is not safe for concurrent use; Clone it to
// branch a sweep.
type Pool struct {
	fee                  uint32
	tickSpacing          int32
	maxLiquidityPerTick  uint256.Int
	sqrtPriceX96         uint256.Int
	tick                 int32
	liquidity            uint256.Int
	feeGrowthGlobal0X128 uint256.Int
	feeGrowthGlobal1X128 uint256.Int
	// ticks holds the initialised ticks (liquidityGross > 0) sorted by
	// index: the tick bitmap's set bits plus the ticks mapping in one slice,
	// so the swap loop finds the next initialised tick by binary search.
	ticks     []tickInfo
	positions map[PositionKey]Position
	// crossed is the swap loop's scratch list of ticks to cross on success,
	// kept so a failing swap leaves the pool untouched.
	crossed []crossing
}

// tickInfo is Tick.Info without the oracle fields, plus the tick's sqrt
// price cached so the swap loop need not recompute it.
type tickInfo struct {
	index                 int32
	liquidityGross        uint256.Int // uint128
	liquidityNet          uint256.Int // int128, two's complement
	feeGrowthOutside0X128 uint256.Int
	feeGrowthOutside1X128 uint256.Int
	sqrtPriceX96          uint256.Int
}

// TickInfo is the exported view of an initialised tick.
type TickInfo struct {
	Index          int32
	LiquidityGross uint256.Int
	// LiquidityNet is an int128 in two's complement.
	LiquidityNet          uint256.Int
	FeeGrowthOutside0X128 uint256.Int
	FeeGrowthOutside1X128 uint256.Int
}

// PositionKey identifies a position as the pool does: owner and range.
type PositionKey struct {
	Owner     common.Address
	TickLower int32
	TickUpper int32
}

// Position is Position.Info.
type Position struct {
	Liquidity                uint256.Int
	FeeGrowthInside0LastX128 uint256.Int
	FeeGrowthInside1LastX128 uint256.Int
	TokensOwed0              uint256.Int
	TokensOwed1              uint256.Int
}

// New returns an initialised pool at cfg.SqrtPriceX96 with no liquidity, as
// after UniswapV3Pool.initialize.
func New(cfg Config) (*Pool, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	tick, err := GetTickAtSqrtRatio(&cfg.SqrtPriceX96)
	if err != nil {
		return nil, fmt.Errorf("%w: SqrtPriceX96: %w", ErrConfig, err)
	}
	p := &Pool{
		fee:          cfg.Fee,
		tickSpacing:  cfg.TickSpacing,
		sqrtPriceX96: cfg.SqrtPriceX96,
		tick:         tick,
		positions:    make(map[PositionKey]Position),
	}
	p.maxLiquidityPerTick = maxLiquidityPerTick(cfg.TickSpacing)
	return p, nil
}

// maxLiquidityPerTick is Tick.tickSpacingToMaxLiquidityPerTick.
func maxLiquidityPerTick(spacing int32) uint256.Int {
	minTick := (MinTick / spacing) * spacing
	maxTick := (MaxTick / spacing) * spacing
	numTicks := uint64((maxTick-minTick)/spacing) + 1
	var z uint256.Int
	z.Div(&uint256.Int{^uint64(0), ^uint64(0), 0, 0}, uint256.NewInt(numTicks))
	return z
}

// Fee returns the swap fee in pips.
func (p *Pool) Fee() uint32 { return p.fee }

// TickSpacing returns the tick spacing.
func (p *Pool) TickSpacing() int32 { return p.tickSpacing }

// SqrtPriceX96 returns slot0.sqrtPriceX96.
func (p *Pool) SqrtPriceX96() uint256.Int { return p.sqrtPriceX96 }

// Tick returns slot0.tick.
func (p *Pool) Tick() int32 { return p.tick }

// Liquidity returns the in-range liquidity.
func (p *Pool) Liquidity() uint256.Int { return p.liquidity }

// FeeGrowthGlobal0X128 returns feeGrowthGlobal0X128.
func (p *Pool) FeeGrowthGlobal0X128() uint256.Int { return p.feeGrowthGlobal0X128 }

// FeeGrowthGlobal1X128 returns feeGrowthGlobal1X128.
func (p *Pool) FeeGrowthGlobal1X128() uint256.Int { return p.feeGrowthGlobal1X128 }

// Ticks returns the initialised ticks in ascending order.
func (p *Pool) Ticks() []TickInfo {
	out := make([]TickInfo, len(p.ticks))
	for i := range p.ticks {
		out[i] = p.ticks[i].export()
	}
	return out
}

// TickAt returns the initialised tick at index; ok is false when the tick is
// not initialised (the contract would return a zero Info).
func (p *Pool) TickAt(index int32) (info TickInfo, ok bool) {
	i, found := p.findTick(index)
	if !found {
		return TickInfo{Index: index}, false
	}
	return p.ticks[i].export(), true
}

// Position returns the position at key; ok is false when the pool has never
// held it.
func (p *Pool) Position(key PositionKey) (pos Position, ok bool) {
	pos, ok = p.positions[key]
	return pos, ok
}

// Positions returns the keys of the positions holding liquidity, sorted by
// owner, then tickLower, then tickUpper: the order is fixed, so replaying
// them elsewhere (minting them on a chain) is the same on every run.
func (p *Pool) Positions() []PositionKey {
	keys := make([]PositionKey, 0, len(p.positions))
	for k, v := range p.positions {
		if !v.Liquidity.IsZero() {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b PositionKey) int {
		if c := bytes.Compare(a.Owner[:], b.Owner[:]); c != 0 {
			return c
		}
		if c := cmp.Compare(a.TickLower, b.TickLower); c != 0 {
			return c
		}
		return cmp.Compare(a.TickUpper, b.TickUpper)
	})
	return keys
}

func (t *tickInfo) export() TickInfo {
	return TickInfo{
		Index:                 t.index,
		LiquidityGross:        t.liquidityGross,
		LiquidityNet:          t.liquidityNet,
		FeeGrowthOutside0X128: t.feeGrowthOutside0X128,
		FeeGrowthOutside1X128: t.feeGrowthOutside1X128,
	}
}

// Clone returns an independent deep copy of the pool.
func (p *Pool) Clone() *Pool {
	c := &Pool{}
	c.CopyFrom(p)
	return c
}

// CopyFrom makes p a deep copy of src, reusing p's storage so that resetting
// a pool between sweep runs does not allocate once p has grown to size.
func (p *Pool) CopyFrom(src *Pool) {
	ticks, positions, crossed := p.ticks, p.positions, p.crossed
	*p = *src
	p.ticks = append(ticks[:0], src.ticks...)
	if positions == nil {
		positions = make(map[PositionKey]Position, len(src.positions))
	}
	clear(positions)
	for k, v := range src.positions {
		positions[k] = v
	}
	p.positions = positions
	p.crossed = crossed[:0]
}

// findTick returns the slice index of the first initialised tick >= index
// and whether it is index itself.
func (p *Pool) findTick(index int32) (int, bool) {
	lo, hi := 0, len(p.ticks)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if p.ticks[m].index < index {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo, lo < len(p.ticks) && p.ticks[lo].index == index
}

// nextInitializedTickWithinOneWord is TickBitmap's function of that name on
// the sorted slice: the next initialised tick at or below tick (lte) or
// above it, but no further than the end of tick's 256-bit bitmap word, which
// it returns, uninitialised, when the word holds none. Stopping at word ends
// matters for exactness: each stop is a separate swap step with its own
// rounding. i is the slice index when initialised.
func (p *Pool) nextInitializedTickWithinOneWord(tick int32, lte bool) (next int32, i int, initialized bool) {
	sp := p.tickSpacing
	compressed := tick / sp
	if tick < 0 && tick%sp != 0 {
		compressed--
	}
	// j: first initialised tick > tick.
	j, _ := p.findTick(tick + 1)
	if lte {
		wordStart := (compressed >> 8) << 8
		if j > 0 && p.ticks[j-1].index >= wordStart*sp {
			return p.ticks[j-1].index, j - 1, true
		}
		return wordStart * sp, -1, false
	}
	wordEnd := ((compressed+1)>>8)<<8 + 255
	if j < len(p.ticks) && p.ticks[j].index <= wordEnd*sp {
		return p.ticks[j].index, j, true
	}
	return wordEnd * sp, -1, false
}
