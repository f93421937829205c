package marketmaking

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"strconv"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/inference/commit"
)

// ChainReader is what the market-making program reads through: any
// JSON-RPC node's client.
type ChainReader interface {
	ethereum.ContractCaller
	ethereum.LogFilterer
}

// ProgramConfig configures the market-making program.
type ProgramConfig struct {
	Pool, Vault common.Address
	Params      Params
	// Decimals0 and Decimals1 of the pool's tokens, for the displayed price
	// (token1 priced in token0). Defaults to 6 and 18 (USDC/WETH).
	Decimals0, Decimals1 int
}

// Program adapts the strategy to the runtime's seam (program.Program): it
// reads the pool's tick and the vault's range every block and keeps the
// tick window.
type Program struct {
	cfg    ProgramConfig
	chain  ChainReader
	pools  *ingest.PoolReader
	vault  *bindings.RangeVault
	ticks  []int32  // one per observed block, oldest first, at most Window
	blocks []uint64 // block number of each tick
}

var _ program.Program = (*Program)(nil)

type mmObservation struct {
	tick    int32
	current *Range
}

// NewProgram checks the config.
func NewProgram(cfg ProgramConfig, chain ChainReader) (*Program, error) {
	if cfg.Pool == (common.Address{}) || cfg.Vault == (common.Address{}) {
		return nil, errors.New("marketmaking: ProgramConfig.Pool and .Vault are required")
	}
	if err := cfg.Params.Validate(); err != nil {
		return nil, err
	}
	if cfg.Decimals0 == 0 && cfg.Decimals1 == 0 {
		cfg.Decimals0, cfg.Decimals1 = 6, 18
	}
	pools, err := ingest.NewPoolReader()
	if err != nil {
		return nil, err
	}
	return &Program{cfg: cfg, chain: chain, pools: pools, vault: bindings.NewRangeVault()}, nil
}

// Observe reads the pool and the vault at the head. On the first call it
// back-fills the tick window from the preceding blocks, so the window is
// always consecutive blocks and the agent can act at once instead of
// waiting Window blocks. After missed blocks (stale heads the runtime
// dropped) it reads just those: re-reading the whole window would make a
// late tick later still — a loop a busy fleet cannot leave. A gap as long
// as the window, or a failed read, starts the window afresh.
func (m *Program) Observe(ctx context.Context, head *types.Header, swaps []types.Log) (program.Observation, error) {
	n := head.Number.Uint64()
	if k := len(m.blocks); k > 0 && m.blocks[k-1]+1 < n {
		// Blocks were missed: the window must not have holes.
		if last := m.blocks[k-1]; n-last-1 >= Window || !m.fill(ctx, last+1, n) {
			m.ticks, m.blocks = nil, nil
		}
	}
	if len(m.ticks) == 0 && n > 0 {
		m.backfill(ctx, n)
	}
	ps, err := m.pools.ReadPool(ctx, m.chain, m.cfg.Pool, head.Number)
	if err != nil {
		return program.Observation{}, err
	}
	m.push(n, ps.Tick)

	cur, err := m.position(ctx, head.Number)
	if err != nil {
		return program.Observation{}, err
	}
	for _, l := range swaps {
		// Decoding checks every log the node returned is a well-formed Swap.
		if _, err := ingest.DecodeSwap(l); err != nil {
			return program.Observation{}, err
		}
	}
	state := map[string]any{
		"tick":     int64(ps.Tick),
		"price":    m.price(ps.Tick),
		"twapTick": m.twap(),
		"swaps":    int64(len(swaps)),
	}
	if cur != nil {
		state["tickLower"], state["tickUpper"] = int64(cur.TickLower), int64(cur.TickUpper)
	}
	return program.Observation{Block: head, State: state, Private: mmObservation{tick: ps.Tick, current: cur}}, nil
}

// Declare lists the state and action keys Observe and Decide produce, and
// the vault's two guarded parameters.
func (m *Program) Declare() program.Declaration {
	return program.Declaration{
		State:  []string{"tick", "price", "twapTick", "swaps", "tickLower", "tickUpper"},
		Action: []string{"tickLower", "tickUpper", "width", "center", "forecast"},
		Guarded: []program.GuardedParam{
			{Target: m.cfg.Vault, Param: "tickLower"},
			{Target: m.cfg.Vault, Param: "tickUpper"},
		},
		// The pool's swaps of each block (counted as state "swaps"); a
		// swap does not by itself make a decision due.
		Events:  []program.Event{{Address: m.cfg.Pool, Topics: []common.Hash{common.HexToHash(ingest.SwapTopic0)}}},
		Display: []string{"price", "tick", "forecast", "tickLower", "tickUpper"},
	}
}

// Inputs asks for one inference, on the window features, once the window
// is full.
func (m *Program) Inputs(program.Observation) ([]program.Input, bool, error) {
	if len(m.ticks) < Window {
		return nil, false, nil
	}
	f, err := Features(m.ticks)
	if err != nil {
		return nil, false, err
	}
	// The same inputs as an LLM's prompt fields: the feature names, and the
	// pool tick they end at.
	fields := map[string]string{"tick": strconv.Itoa(int(m.ticks[len(m.ticks)-1]))}
	for i, name := range FeatureNames {
		fields[name] = strconv.FormatFloat(f[i], 'f', 4, 64)
	}
	return []program.Input{{Features: f, Fields: fields}}, true, nil
}

// Decide asks the strategy for a range and turns a re-range into a guarded
// call on the vault.
func (m *Program) Decide(obs program.Observation, results []program.Output) (program.Plan, error) {
	o, ok := obs.Private.(mmObservation)
	if !ok {
		return program.Plan{}, errors.New("marketmaking: observation missing")
	}
	if len(results) != 1 {
		return program.Plan{}, fmt.Errorf("marketmaking: want 1 inference, got %d", len(results))
	}
	outputs, scale := results[0].Values, results[0].Scale
	if len(outputs) != 1 {
		return program.Plan{}, fmt.Errorf("marketmaking: the model must give 1 output, gave %d", len(outputs))
	}
	d := m.cfg.Params.Decide(Observation{Tick: o.tick, Current: o.current}, outputs[0], scale)
	action := map[string]any{
		"tickLower": int64(d.Target.TickLower), "tickUpper": int64(d.Target.TickUpper),
		"width": int64(d.Target.Width()), "center": int64(d.Target.Center()),
		"forecast": float64(outputs[0]) / float64(scale),
	}
	if !d.Rerange {
		return program.Plan{Hold: true, Reason: d.Reason, Action: action}, nil
	}
	der := m.cfg.Params.Derivation(o.tick)
	if b := obs.Block.Number.Uint64(); results[0].Block != 0 && results[0].Block != b {
		der.Block = b // an answer from an earlier block, decided on this one's state
	}
	ctx := commit.Context{Strategy: DerivationName, Values: der.Values()}
	return program.Plan{Reason: d.Reason, Action: action, Context: ctx, Calls: []program.Call{{
		Target: m.cfg.Vault,
		Params: [][32]byte{contracts.Param("tickLower"), contracts.Param("tickUpper")},
		Values: []*big.Int{big.NewInt(int64(d.Target.TickLower)), big.NewInt(int64(d.Target.TickUpper))},
	}}}, nil
}

// Rewind drops ticks of blocks above the reorg's common ancestor.
func (m *Program) Rewind(ancestor uint64) {
	i := len(m.blocks)
	for i > 0 && m.blocks[i-1] > ancestor {
		i--
	}
	m.ticks, m.blocks = m.ticks[:i], m.blocks[:i]
}

func (m *Program) push(block uint64, tick int32) {
	if len(m.blocks) > 0 && m.blocks[len(m.blocks)-1] >= block {
		m.Rewind(block - 1) // a re-delivered block replaces what we had
	}
	m.ticks = append(m.ticks, tick)
	m.blocks = append(m.blocks, block)
	if len(m.ticks) > Window {
		m.ticks = m.ticks[len(m.ticks)-Window:]
		m.blocks = m.blocks[len(m.blocks)-Window:]
	}
}

// fill reads the pool at blocks from..to-1 into the window; false when a
// read fails.
func (m *Program) fill(ctx context.Context, from, to uint64) bool {
	for b := from; b < to; b++ {
		ps, err := m.pools.ReadPool(ctx, m.chain, m.cfg.Pool, new(big.Int).SetUint64(b))
		if err != nil {
			return false
		}
		m.push(b, ps.Tick)
	}
	return true
}

// backfill reads the pool at up to Window-1 earlier blocks. Nodes that do not
// keep old state make it stop early; the window then fills as blocks arrive.
func (m *Program) backfill(ctx context.Context, head uint64) {
	from := uint64(0)
	if head >= Window-1 {
		from = head - (Window - 1)
	}
	for b := from; b < head; b++ {
		ps, err := m.pools.ReadPool(ctx, m.chain, m.cfg.Pool, new(big.Int).SetUint64(b))
		if err != nil {
			m.ticks, m.blocks = nil, nil
			continue
		}
		m.push(b, ps.Tick)
	}
}

func (m *Program) position(ctx context.Context, block *big.Int) (*Range, error) {
	out, err := m.chain.CallContract(ctx, ethereum.CallMsg{To: &m.cfg.Vault, Data: m.vault.PackPosition()}, block)
	if err != nil {
		return nil, fmt.Errorf("vault %s position: %w", m.cfg.Vault, err)
	}
	p, err := m.vault.UnpackPosition(out)
	if err != nil {
		return nil, fmt.Errorf("vault %s position: %w", m.cfg.Vault, err)
	}
	if p.Liquidity.Sign() == 0 {
		return nil, nil
	}
	return &Range{TickLower: int32(p.TickLower.Int64()), TickUpper: int32(p.TickUpper.Int64())}, nil
}

// twap is the mean tick over the window (a block-weighted TWAP).
func (m *Program) twap() int64 {
	var s int64
	for _, t := range m.ticks {
		s += int64(t)
	}
	return s / int64(len(m.ticks))
}

// price is token1 priced in token0 at the tick, for people: 10^(d1−d0) / 1.0001^tick.
// Floats are fine here; this value never reaches a transaction.
func (m *Program) price(tick int32) float64 {
	return math.Pow(10, float64(m.cfg.Decimals1-m.cfg.Decimals0)) / math.Pow(1.0001, float64(tick))
}

// TickSpacing reads a Uniswap v3 pool's tick spacing.
func TickSpacing(ctx context.Context, caller ethereum.ContractCaller, pool common.Address) (int32, error) {
	b := bindings.NewUniswapV3Pool()
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &pool, Data: b.PackTickSpacing()}, nil)
	if err != nil {
		return 0, fmt.Errorf("read tickSpacing of %s: %w", pool, err)
	}
	s, err := b.UnpackTickSpacing(out)
	if err != nil {
		return 0, fmt.Errorf("read tickSpacing of %s (is it a Uniswap v3 pool?): %w", pool, err)
	}
	return int32(s.Int64()), nil
}
