package mm

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/backtest/univ3"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// OpKind is what one step of a Tape does to the pool.
type OpKind uint8

// The steps a Tape replays; the values are DevTrader.Step's op codes.
const (
	// OpSwapTo swaps, in whichever direction, until the pool's price is
	// SqrtPriceX96 (nothing when it is there already): a recorded swap
	// replayed as the price it left, whatever liquidity the agent adds.
	OpSwapTo OpKind = iota
	// OpMint adds Liquidity in [Lower, Upper) for the market.
	OpMint
	// OpBurn removes Liquidity of the market's position [Lower, Upper).
	OpBurn
)

func (k OpKind) String() string {
	switch k {
	case OpSwapTo:
		return "swap"
	case OpMint:
		return "mint"
	case OpBurn:
		return "burn"
	}
	return fmt.Sprintf("OpKind(%d)", uint8(k))
}

// Op is one step of the market: the pool's other traders and liquidity
// providers, all played by the market's one account (DevTrader on the EVM).
type Op struct {
	Kind         OpKind
	Lower, Upper int32    // OpMint, OpBurn
	SqrtPriceX96 *big.Int // OpSwapTo
	Liquidity    *big.Int // OpMint, OpBurn
}

// Block is one chain block of a Tape: the recorded block it replays (0
// for a price path's step) and its steps, in order.
type Block struct {
	Recorded uint64
	Ops      []Op
}

// Tape is a backtest's market, the same for both executors: the pool's
// opening state as steps (Seed: a swap to the opening price while the pool
// is empty, then the mints of the positions that make the pool) and one
// chain block per recorded block, each with its events as steps. The agent
// ticks after every block.
type Tape struct {
	Seed   []Op
	Blocks []Block
	// Source names where the tape came from, for the report.
	Source string
}

// The devchain pool's tier: tapes replay onto it.
var tapeMarket = devchain.MarketOf([]int32{0, 0}, nil)

// PathTape is the market along a price path (Path[0] the opening tick):
// DevTrader's base liquidity over the path's range, 100 times the vault's,
// then one swap a block to the next tick's price — the embedded chain's
// own market (devchain.MarketOf).
func PathTape(path []int32, source string) Tape {
	m := devchain.MarketOf(path, nil)
	t := Tape{Source: source, Seed: []Op{
		{Kind: OpSwapTo, SqrtPriceX96: devchain.SqrtPriceX96AtTick(path[0])},
		{Kind: OpMint, Lower: m.BaseLower, Upper: m.BaseUpper, Liquidity: m.BaseLiquidity},
	}}
	for _, tick := range path[1:] {
		t.Blocks = append(t.Blocks, Block{Ops: []Op{{Kind: OpSwapTo, SqrtPriceX96: devchain.SqrtPriceX96AtTick(tick)}}})
	}
	return t
}

// EventTape is the market of a recorded pool's events (a fee-500, spacing-10
// pool, as the embedded chain's): the pool rebuilt as it stood after
// events[0] (univ3.Rebuild: its price and the liquidity positions the day's
// swaps imply), then one block per recorded block after it, each swap a
// move to its recorded price, each mint and burn as recorded (fee pokes,
// burns of nothing, are left out). Without an agent in the pool, the
// replay is the recorded day: TestEventTapeReplaysTheDay.
func EventTape(events []dataset.PoolEvent, source string) (Tape, error) {
	if len(events) < 2 {
		return Tape{}, fmt.Errorf("backtest/mm: %d pool events; a tape needs the opening swap and at least one event after it", len(events))
	}
	pool, err := univ3.Rebuild(events, tapeMarket.Fee, tapeMarket.TickSpacing)
	if err != nil {
		return Tape{}, fmt.Errorf("backtest/mm: rebuild the recorded pool: %w", err)
	}
	t := Tape{Source: source, Seed: seedOf(pool)}
	for _, e := range events[1:] {
		var op Op
		switch e.Kind {
		case dataset.Swap:
			op = Op{Kind: OpSwapTo, SqrtPriceX96: e.SqrtPriceX96}
		case dataset.Mint, dataset.Burn:
			if e.PositionLiquidity == nil || e.PositionLiquidity.Sign() == 0 {
				continue
			}
			op = Op{Kind: OpMint, Lower: e.TickLower, Upper: e.TickUpper, Liquidity: e.PositionLiquidity}
			if e.Kind == dataset.Burn {
				op.Kind = OpBurn
			}
		default:
			return Tape{}, fmt.Errorf("backtest/mm: line %d: event kind %q", e.Line, e.Kind)
		}
		if n := len(t.Blocks); n == 0 || t.Blocks[n-1].Recorded != e.BlockNumber {
			t.Blocks = append(t.Blocks, Block{Recorded: e.BlockNumber})
		}
		b := &t.Blocks[len(t.Blocks)-1]
		b.Ops = append(b.Ops, op)
	}
	return t, t.check()
}

// seedOf is the steps that make pool's state (but its fee growth) on an
// empty pool of the same tier: a swap to its price, then its positions.
func seedOf(pool *univ3.Pool) []Op {
	price := pool.SqrtPriceX96()
	seed := []Op{{Kind: OpSwapTo, SqrtPriceX96: price.ToBig()}}
	for _, k := range pool.Positions() {
		pos, _ := pool.Position(k)
		seed = append(seed, Op{Kind: OpMint, Lower: k.TickLower, Upper: k.TickUpper, Liquidity: pos.Liquidity.ToBig()})
	}
	return seed
}

// Window returns the tape's blocks [from, to) (to 0: to the end), its seed
// the pool as it stands after block from-1, replayed on the Go model (a
// fresh start for fee growth; the price and positions are the recorded
// day's). The window is checked as a tape is (check): a seed of more
// steps than one transaction replays is refused.
func (t Tape) Window(from, to int) (Tape, error) {
	asked := to
	if to == 0 {
		to = len(t.Blocks)
	}
	if from < 0 || to > len(t.Blocks) || from >= to {
		return Tape{}, fmt.Errorf("--from %d --to %d: the data has steps 0..%d", from, asked, len(t.Blocks))
	}
	w := Tape{Seed: t.Seed, Blocks: t.Blocks[from:to], Source: fmt.Sprintf("%s, steps %d..%d", t.Source, from, to)}
	if from == 0 {
		return w, w.check()
	}
	pool, err := t.openPool()
	if err != nil {
		return Tape{}, err
	}
	for i, b := range t.Blocks[:from] {
		if err := playOps(pool, fastTrader, b.Ops, nil); err != nil {
			return Tape{}, fmt.Errorf("step %d: %w", i, err)
		}
	}
	// The pool at from-1 may hold more positions than the seed's one
	// transaction replays: check the window as EventTape checks a tape.
	w.Seed = seedOf(pool)
	return w, w.check()
}

// Ticks is the pool's tick after the seed and after each block: the price
// path the embedded chain is configured with (its guard's bounds and
// the report's scale follow it).
func (t Tape) Ticks() ([]int32, error) {
	ticks := make([]int32, 0, len(t.Blocks)+1)
	tick := func(ops []Op, last int32) (int32, error) {
		for i := len(ops) - 1; i >= 0; i-- {
			if ops[i].Kind == OpSwapTo {
				return univ3.GetTickAtSqrtRatio(uint256.MustFromBig(ops[i].SqrtPriceX96))
			}
		}
		return last, nil
	}
	open, err := tick(t.Seed, 0)
	if err != nil {
		return nil, err
	}
	ticks = append(ticks, open)
	for _, b := range t.Blocks {
		next, err := tick(b.Ops, ticks[len(ticks)-1])
		if err != nil {
			return nil, err
		}
		ticks = append(ticks, next)
	}
	return ticks, nil
}

// openPool is an empty pool of the tape's tier at the opening tick's price
// (as the embedded chain initialises it), seeded.
func (t Tape) openPool() (*univ3.Pool, error) {
	ticks, err := Tape{Seed: t.Seed}.Ticks()
	if err != nil {
		return nil, err
	}
	pool, err := univ3.New(univ3.Config{Fee: tapeMarket.Fee, TickSpacing: tapeMarket.TickSpacing,
		SqrtPriceX96: *uint256.MustFromBig(devchain.SqrtPriceX96AtTick(ticks[0]))})
	if err != nil {
		return nil, err
	}
	if err := playOps(pool, fastTrader, t.Seed, nil); err != nil {
		return nil, fmt.Errorf("seed: %w", err)
	}
	return pool, nil
}

// maxBlockSteps is the most steps a block (or the seed) may hold: the
// exact executor replays them in one transaction (devchain.Chain.Play).
const maxBlockSteps = 64

// check validates every step, naming the first bad one.
func (t Tape) check() error {
	if len(t.Seed) == 0 || t.Seed[0].Kind != OpSwapTo {
		return errors.New("backtest/mm: a tape's seed starts with the swap to its opening price")
	}
	if len(t.Seed) > maxBlockSteps {
		return fmt.Errorf("backtest/mm: the seed has %d steps, at most %d fit the transaction that replays them", len(t.Seed), maxBlockSteps)
	}
	bad := func(where string, i int, op Op) error {
		if err := op.check(); err != nil {
			return fmt.Errorf("backtest/mm: %s, step %d (%s): %w", where, i, op.Kind, err)
		}
		return nil
	}
	for i, op := range t.Seed {
		if err := bad("seed", i, op); err != nil {
			return err
		}
	}
	for b, blk := range t.Blocks {
		if len(blk.Ops) > maxBlockSteps {
			return fmt.Errorf("backtest/mm: block %d (recorded %d) has %d steps, at most %d fit the transaction that replays them", b, blk.Recorded, len(blk.Ops), maxBlockSteps)
		}
		for i, op := range blk.Ops {
			if err := bad(fmt.Sprintf("block %d (recorded %d)", b, blk.Recorded), i, op); err != nil {
				return err
			}
		}
	}
	return nil
}

func (o Op) check() error {
	switch o.Kind {
	case OpSwapTo:
		if o.SqrtPriceX96 == nil || o.SqrtPriceX96.Cmp(univ3.MinSqrtRatio.ToBig()) < 0 || o.SqrtPriceX96.Cmp(univ3.MaxSqrtRatio.ToBig()) >= 0 {
			return fmt.Errorf("sqrtPriceX96 %v is outside [MIN_SQRT_RATIO, MAX_SQRT_RATIO)", o.SqrtPriceX96)
		}
	case OpMint, OpBurn:
		if o.Liquidity == nil || o.Liquidity.Sign() <= 0 || o.Liquidity.BitLen() > 128 {
			return fmt.Errorf("liquidity %v is not a positive uint128", o.Liquidity)
		}
		if o.Lower >= o.Upper || o.Lower%tapeMarket.TickSpacing != 0 || o.Upper%tapeMarket.TickSpacing != 0 {
			return fmt.Errorf("[%d, %d) is not a range of ticks aligned to %d", o.Lower, o.Upper, tapeMarket.TickSpacing)
		}
	default:
		return fmt.Errorf("unknown kind %d", o.Kind)
	}
	return nil
}

// steps is ops as DevTrader.play takes them.
func steps(ops []Op) []bindings.DevTraderStep {
	out := make([]bindings.DevTraderStep, len(ops))
	zero := new(big.Int)
	for i, o := range ops {
		s := bindings.DevTraderStep{Op: uint8(o.Kind), TickLower: big.NewInt(int64(o.Lower)), TickUpper: big.NewInt(int64(o.Upper)),
			SqrtPriceX96: zero, Liquidity: zero}
		if o.SqrtPriceX96 != nil {
			s.SqrtPriceX96 = o.SqrtPriceX96
		}
		if o.Liquidity != nil {
			s.Liquidity = o.Liquidity
		}
		out[i] = s
	}
	return out
}

// maxInput is type(int256).max, DevTrader.swapTo's exact input.
var maxInput = *new(uint256.Int).Rsh(new(uint256.Int).SetAllOne(), 1)

// playOps applies ops to pool as DevTrader.play does, the positions
// owner's; onSwap, if set, gets each swap that moved the price.
func playOps(pool *univ3.Pool, owner common.Address, ops []Op, onSwap func(univ3.SwapResult)) error {
	for i, o := range ops {
		switch o.Kind {
		case OpSwapTo:
			limit := uint256.MustFromBig(o.SqrtPriceX96)
			cur := pool.SqrtPriceX96()
			if limit.Eq(&cur) {
				continue
			}
			res, err := pool.Swap(&univ3.SwapParams{ZeroForOne: limit.Lt(&cur), AmountSpecified: maxInput, SqrtPriceLimitX96: *limit})
			if err != nil {
				return fmt.Errorf("step %d: swap to %s: %w", i, o.SqrtPriceX96, err)
			}
			if onSwap != nil {
				onSwap(res)
			}
		case OpMint, OpBurn:
			pp := univ3.PositionParams{Owner: owner, TickLower: o.Lower, TickUpper: o.Upper, Liquidity: *uint256.MustFromBig(o.Liquidity)}
			var err error
			if o.Kind == OpMint {
				_, err = pool.Mint(pp)
			} else {
				_, err = pool.Burn(pp)
			}
			if err != nil {
				return fmt.Errorf("step %d: %s [%d, %d) %s: %w", i, o.Kind, o.Lower, o.Upper, o.Liquidity, err)
			}
		default:
			return fmt.Errorf("step %d: unknown kind %d", i, o.Kind)
		}
	}
	return nil
}
