package mm

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/backtest/univ3"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/chain/ingest"
)

// The fast executor's addresses: fixed, like everything else in it.
var (
	fastPool      = common.HexToAddress("0x5757575757575757575757575757575757575701")
	fastVaultAddr = common.HexToAddress("0x5757575757575757575757575757575757575702")
	fastStatic    = common.HexToAddress("0x5757575757575757575757575757575757575703")
	fastTrader    = common.HexToAddress("0x5757575757575757575757575757575757575704")
	fastGuard     = common.HexToAddress("0x5757575757575757575757575757575757575705")
)

// The fast chain's history mirrors the exact executor's: the pool exists
// from block fastPoolFrom (the embedded chain initialises it in its
// deployment's third block), the market's seed is block fastSeedBlock
// (after the deployment and the agent's authorisation), the static
// baseline's position is set in the block before fastFirstBlock, and the
// first tick is at block fastFirstBlock; so the strategy's window
// back-fills from the same blocks on both executors (TestFastBacktest
// compares their figures, TestFastChainMirrorsExact these numbers).
const (
	fastPoolFrom   = 3
	fastSeedBlock  = 6
	fastFirstBlock = 11
)

// fastChain is the fast executor's chain: no EVM, the pool as the Go
// model (backtest/univ3, exact to the contract's integer maths), seeded as
// the embedded chain's market is (devchain.MarketOf), and two RangeVaults
// in Go. It answers the program's reads — slot0, liquidity, tickSpacing,
// position — at any block it has made, and serves the pool's Swap logs.
type fastChain struct {
	pool    *univ3.Pool
	market  devchain.Market
	vaults  map[common.Address]*goVault
	poolABI abi.ABI
	vaultAB abi.ABI

	headers         []*types.Header
	snaps           []snapshot // by block number
	harness.LogBook            // the Swap logs, by block hash: the agent's log source
}

type snapshot struct {
	sqrtPrice, liquidity *big.Int
	tick                 int32
	positions            map[common.Address][3]int64 // lower, upper, liquidity
}

// goVault is RangeVault in Go: one position, moved by burning,
// collecting and minting; its balances start at 0 and go negative as it
// pays in (Holdings count from the start).
type goVault struct {
	lower, upper int32
	liquidity    uint256.Int
	bal0, bal1   *big.Int
}

func newFastChain(tape Tape) (*fastChain, error) {
	ticks, err := tape.Ticks()
	if err != nil {
		return nil, err
	}
	m := devchain.MarketOf(ticks, nil)
	pool, err := univ3.New(univ3.Config{Fee: m.Fee, TickSpacing: m.TickSpacing, SqrtPriceX96: *uint256.MustFromBig(devchain.SqrtPriceX96AtTick(m.StartTick))})
	if err != nil {
		return nil, err
	}
	pa, err := bindings.UniswapV3PoolMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	va, err := bindings.RangeVaultMetaData.ParseABI()
	if err != nil {
		return nil, err
	}
	c := &fastChain{pool: pool, market: m, poolABI: *pa, vaultAB: *va, LogBook: harness.LogBook{},
		vaults: map[common.Address]*goVault{fastVaultAddr: {bal0: new(big.Int), bal1: new(big.Int)}, fastStatic: {bal0: new(big.Int), bal1: new(big.Int)}}}
	c.seal(nil) // genesis
	return c, nil
}

// rerange moves a vault's position as RangeVault.applyParameters does.
func (c *fastChain) rerange(vault common.Address, lower, upper int32) error {
	v := c.vaults[vault]
	if !v.liquidity.IsZero() {
		if _, err := c.pool.Burn(univ3.PositionParams{Owner: vault, TickLower: v.lower, TickUpper: v.upper, Liquidity: v.liquidity}); err != nil {
			return fmt.Errorf("burn [%d, %d): %w", v.lower, v.upper, err)
		}
		got := c.pool.Collect(univ3.CollectParams{Owner: vault, TickLower: v.lower, TickUpper: v.upper, Amount0Requested: maxU128, Amount1Requested: maxU128})
		v.bal0.Add(v.bal0, got.Amount0.ToBig())
		v.bal1.Add(v.bal1, got.Amount1.ToBig())
	}
	v.lower, v.upper = lower, upper
	v.liquidity = *uint256.MustFromBig(c.market.Liquidity)
	paid, err := c.pool.Mint(univ3.PositionParams{Owner: vault, TickLower: lower, TickUpper: upper, Liquidity: v.liquidity})
	if err != nil {
		return fmt.Errorf("mint [%d, %d): %w", lower, upper, err)
	}
	v.bal0.Sub(v.bal0, paid.Amount0.ToBig())
	v.bal1.Sub(v.bal1, paid.Amount1.ToBig())
	return nil
}

var maxU128 = *new(uint256.Int).SetAllOne().Rsh(new(uint256.Int).SetAllOne(), 128)

// step makes the next block: first `first` (the agent's bundle: on the
// embedded chain its transaction, sent during the previous tick with the
// same tip, is ordered before the market's, which arrives later), then the
// block's market steps as DevTrader.play makes them, then the seal.
func (c *fastChain) step(ops []Op, first func(block uint64) error) (*types.Header, error) {
	if err := first(uint64(len(c.headers))); err != nil {
		return nil, err
	}
	var swaps [][]byte
	err := playOps(c.pool, fastTrader, ops, func(res univ3.SwapResult) {
		swaps = append(swaps, c.swapData(&res))
	})
	if err != nil {
		return nil, fmt.Errorf("fast executor: block %d: %w", len(c.headers), err)
	}
	return c.seal(swaps), nil
}

// swapData is the data of the Swap log of res, the pool's last swap.
func (c *fastChain) swapData(res *univ3.SwapResult) []byte {
	sp, l := c.pool.SqrtPriceX96(), c.pool.Liquidity()
	data := make([]byte, 160)
	res.Amount0.PutUint256(data[0:32])
	res.Amount1.PutUint256(data[32:64])
	sp.PutUint256(data[64:96])
	l.PutUint256(data[96:128])
	tick := new(big.Int).SetInt64(int64(c.pool.Tick()))
	if tick.Sign() < 0 {
		tick.Add(tick, new(big.Int).Lsh(big.NewInt(1), 256))
	}
	tick.FillBytes(data[128:160])
	return data
}

// seal makes the next block: a header with fixed time and fields, the
// pool's and vaults' state at it, and the Swap logs of its market steps.
func (c *fastChain) seal(swaps [][]byte) *types.Header {
	n := uint64(len(c.headers))
	h := harness.FastHeader(c.headers, fastTrader)
	sp, l := c.pool.SqrtPriceX96(), c.pool.Liquidity()
	snap := snapshot{sqrtPrice: sp.ToBig(), liquidity: l.ToBig(), tick: c.pool.Tick(), positions: map[common.Address][3]int64{}}
	for a, v := range c.vaults {
		snap.positions[a] = [3]int64{int64(v.lower), int64(v.upper), int64(v.liquidity.Uint64())} // liquidity is 1e16 per position
	}
	c.headers, c.snaps = append(c.headers, h), append(c.snaps, snap)
	trader := common.BytesToHash(fastTrader.Bytes())
	tx := crypto.Keccak256Hash(binary.BigEndian.AppendUint64(nil, n))
	for i, data := range swaps {
		c.LogBook[h.Hash()] = append(c.LogBook[h.Hash()], types.Log{Address: fastPool, Topics: []common.Hash{common.HexToHash(ingest.SwapTopic0), trader, trader},
			Data: data, BlockNumber: n, BlockHash: h.Hash(), TxHash: tx, Index: uint(i)})
	}
	return h
}

// CallContract answers the reads a market-making program makes.
func (c *fastChain) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	n := uint64(len(c.snaps) - 1)
	if block != nil {
		if !block.IsUint64() || block.Uint64() > n {
			return nil, fmt.Errorf("fast executor: block %s is not made yet (head %d)", block, n)
		}
		n = block.Uint64()
	}
	s := c.snaps[n]
	if msg.To == nil || len(msg.Data) < 4 {
		return nil, errors.New("fast executor: a call needs a target and a selector")
	}
	switch *msg.To {
	case fastPool:
		if n < fastPoolFrom {
			return nil, nil // no code yet: an empty answer, as a node gives
		}
		m, err := c.poolABI.MethodById(msg.Data[:4])
		if err != nil {
			return nil, fmt.Errorf("fast executor: the pool model answers slot0, liquidity and tickSpacing: %w", err)
		}
		switch m.Name {
		case "slot0":
			return m.Outputs.Pack(s.sqrtPrice, big.NewInt(int64(s.tick)), uint16(0), uint16(1), uint16(1), uint8(0), true)
		case "liquidity":
			return m.Outputs.Pack(s.liquidity)
		case "tickSpacing":
			return m.Outputs.Pack(big.NewInt(int64(c.market.TickSpacing)))
		}
		return nil, fmt.Errorf("fast executor: the pool model does not answer %s()", m.Name)
	case fastVaultAddr, fastStatic:
		m, err := c.vaultAB.MethodById(msg.Data[:4])
		if err != nil || m.Name != "position" {
			return nil, errors.New("fast executor: the vault model answers position() only")
		}
		p := s.positions[*msg.To]
		return m.Outputs.Pack(big.NewInt(p[0]), big.NewInt(p[1]), big.NewInt(p[2]))
	}
	return nil, fmt.Errorf("fast executor: no contract at %s", msg.To)
}

// holdings values a vault as reader.holdings does on the EVM.
func (c *fastChain) holdings(vault common.Address) (Holdings, error) {
	v := c.vaults[vault]
	sp := c.pool.SqrtPriceX96()
	spf, _ := new(big.Float).Quo(new(big.Float).SetInt(sp.ToBig()), q96).Float64()
	h := Holdings{Delta0: new(big.Int).Set(v.bal0), Delta1: new(big.Int).Set(v.bal1), Lower: v.lower, Upper: v.upper,
		Liquidity: v.liquidity.ToBig(), SqrtPrice: spf, Tick: c.pool.Tick()}
	if v.liquidity.IsZero() {
		return h, nil
	}
	l, _ := new(big.Float).SetInt(v.liquidity.ToBig()).Float64()
	h.Principal0, h.Principal1 = amounts(l, spf, sqrtAtTick(v.lower), sqrtAtTick(v.upper))
	fees, err := c.pool.PositionFees(univ3.PositionKey{Owner: vault, TickLower: v.lower, TickUpper: v.upper})
	if err != nil {
		return Holdings{}, err
	}
	h.Owed0, _ = new(big.Float).SetInt(fees.Amount0.ToBig()).Float64()
	h.Owed1, _ = new(big.Float).SetInt(fees.Amount1.ToBig()).Float64()
	return h, nil
}
