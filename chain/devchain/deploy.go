package devchain

import (
	"bytes"
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

const (
	poolFee = 500 // the 5 bps tier, tick spacing 10
	// baseLiquidityFactor: DevTrader's base liquidity is this many times the vault's.
	baseLiquidityFactor = 100
	// initialHalfWidth: the guard's starting tickLower/tickUpper are this far from PriceTicks[0].
	initialHalfWidth = 1000
	// basePaddingTicks widens the base liquidity beyond the path's extremes.
	basePaddingTicks = 1000
	deployGas        = 8_000_000 // createPool deploys a pool: ~5M
)

func registryABI() *bindings.InferenceRegistry { return bindings.NewInferenceRegistry() }
func traderABI() *bindings.DevTrader           { return bindings.NewDevTrader() }

// unlimited is the token balance given to DevTrader and the vault: 2^200,
// far beyond any amount a pool with ≤ 1e32 liquidity can ask for, and far
// below the 2^255 where Uniswap's signed amounts overflow.
func unlimited() *big.Int { return new(big.Int).Lsh(big.NewInt(1), 200) }

// DeployParams describes the market Operator.Deploy builds.
type DeployParams struct {
	// StartTick is the pool's initial tick, strictly inside (MinTick, MaxTick).
	StartTick int32
	// MarketLow and MarketHigh are the lowest and highest ticks the market
	// will visit; DevTrader's base liquidity covers them, 1000 ticks wider on
	// each side. Both zero: the union of LowerBounds and UpperBounds.
	MarketLow, MarketHigh int32
	// LowerBounds and UpperBounds are the guard's bounds for the vault's
	// tickLower and tickUpper. Zero value defaults: ±20000 ticks around
	// StartTick, max step 3000, cooldown 2 blocks.
	LowerBounds, UpperBounds Bounds
	// Liquidity is the vault's liquidity per position. Defaults to 1e16; at most 1e30.
	Liquidity *big.Int
}

func (p DeployParams) withDefaults() DeployParams {
	p.LowerBounds, p.UpperBounds = defaultBounds(int64(p.StartTick), p.LowerBounds, p.UpperBounds)
	if p.MarketLow == 0 && p.MarketHigh == 0 {
		p.MarketLow = int32(min(p.LowerBounds.Min, p.UpperBounds.Min))
		p.MarketHigh = int32(max(p.LowerBounds.Max, p.UpperBounds.Max))
	}
	if p.Liquidity == nil {
		p.Liquidity = big.NewInt(defaultLiquidity)
	}
	return p
}

func (p DeployParams) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	// In a fixed order, so the first bad field is always the one named.
	for _, f := range []struct {
		name string
		tick int32
	}{{"StartTick", p.StartTick}, {"MarketLow", p.MarketLow}, {"MarketHigh", p.MarketHigh}} {
		if f.tick <= MinTick || f.tick >= MaxTick {
			return bad("DeployParams.%s %d is outside (%d, %d)", f.name, f.tick, MinTick, MaxTick)
		}
	}
	if p.MarketLow > p.MarketHigh {
		return bad("DeployParams.MarketLow %d is above MarketHigh %d", p.MarketLow, p.MarketHigh)
	}
	if err := validateMarket(bad, "DeployParams.", p.LowerBounds, p.UpperBounds, p.Liquidity); err != nil {
		return err
	}
	return nil
}

// Deploy deploys and wires the whole stack in four rounds, each sent at
// once and waited for before the next (one block each on the embedded
// chain; on a node that mines by itself a round may span several blocks):
// tUSDC and tWETH, the Uniswap v3 factory and a fee-500 pool initialised at
// StartTick, DevTrader with base liquidity 100× the vault's over the
// market's range, InferenceRegistry, ParameterGuard (a committer) with its
// bounds, and RangeVault funded with effectively unlimited tokens. The
// guard's current tickLower/tickUpper start 1000 ticks either side of
// StartTick (aligned, clamped to the bounds). The operator owns the
// registry and the guard and is the guard's guardian; roots expire after
// RootTTLBlocks; records are checked by a MerkleVerifier.
func (o *Operator) Deploy(ctx context.Context, p DeployParams) (Deployment, error) {
	p = p.withDefaults()
	if err := p.validate(); err != nil {
		return Deployment{}, err
	}
	var (
		tokenABI   = bindings.NewTestToken()
		factoryABI = bindings.NewUniswapV3Factory()
		poolABI    = bindings.NewUniswapV3Pool()
		guardABI   = bindings.NewParameterGuard()
		vaultABI   = bindings.NewRangeVault()
		d          Deployment
		b          = batch{op: o}
	)
	// tUSDC must sort below tWETH, as on mainnet, so that ticks mean the same
	// price. Creation addresses follow the operator's nonce: deploy first
	// whichever token gets the lower address.
	usdc := tokenABI.PackConstructor("Test USD Coin", "tUSDC", 6)
	weth := tokenABI.PackConstructor("Test Wrapped Ether", "tWETH", 18)
	first, second := usdc, weth
	n := o.NextNonce()
	if bytes.Compare(crypto.CreateAddress(o.addr, n).Bytes(), crypto.CreateAddress(o.addr, n+1).Bytes()) > 0 {
		first, second = weth, usdc
	}
	tokA := b.create(ctx, bindings.TestTokenMetaData.Bin, first)
	tokB := b.create(ctx, bindings.TestTokenMetaData.Bin, second)
	d.Factory = b.create(ctx, bindings.UniswapV3FactoryMetaData.Bin, nil)
	d.Trader = b.create(ctx, bindings.DevTraderMetaData.Bin, nil)
	d.Registry = b.create(ctx, bindings.InferenceRegistryMetaData.Bin, nil)
	d.Verifier = b.create(ctx, bindings.MerkleVerifierMetaData.Bin, nil)
	if err := b.mine(ctx); err != nil {
		return d, fmt.Errorf("round 1 (tokens, factory, trader, registry, verifier): %w", err)
	}
	d.Token0, d.Token1 = tokA, tokB
	if !bytes.Equal(first, usdc) {
		d.Token0, d.Token1 = tokB, tokA
	}
	if d.Token0.Cmp(d.Token1) >= 0 {
		return d, fmt.Errorf("token order: tUSDC %s does not sort below tWETH %s", d.Token0, d.Token1)
	}

	d.Fee = poolFee
	b.call(ctx, d.Factory, factoryABI.PackCreatePool(d.Token0, d.Token1, big.NewInt(poolFee)))
	d.Guard = b.create(ctx, bindings.ParameterGuardMetaData.Bin, guardABI.PackConstructor(d.Registry, d.Verifier, o.addr, RootTTLBlocks))
	for _, tok := range []common.Address{d.Token0, d.Token1} {
		b.call(ctx, tok, tokenABI.PackMint(d.Trader, unlimited()))
	}
	if err := b.mine(ctx); err != nil {
		return d, fmt.Errorf("round 2 (pool, guard, trader funds): %w", err)
	}

	var err error
	if d.Pool, err = view(ctx, o.cfg.Client, d.Factory, factoryABI.PackGetPool(d.Token0, d.Token1, big.NewInt(poolFee)), factoryABI.UnpackGetPool); err != nil {
		return d, err
	}
	spacing, err := view(ctx, o.cfg.Client, d.Pool, poolABI.PackTickSpacing(), poolABI.UnpackTickSpacing)
	if err != nil {
		return d, err
	}
	d.TickSpacing = int32(spacing.Int64())
	b.call(ctx, d.Pool, poolABI.PackInitialize(SqrtPriceX96AtTick(p.StartTick)))
	d.Vault = b.create(ctx, bindings.RangeVaultMetaData.Bin, vaultABI.PackConstructor(d.Pool, d.Guard, p.Liquidity))
	b.call(ctx, d.Registry, registryABI().PackSetCommitter(d.Guard, true))
	if err := b.mine(ctx); err != nil {
		return d, fmt.Errorf("round 3 (initialize, vault, committer): %w", err)
	}

	lo, hi := baseRange(p.MarketLow, p.MarketHigh, int64(d.TickSpacing))
	baseLiquidity := new(big.Int).Mul(p.Liquidity, big.NewInt(baseLiquidityFactor))
	b.call(ctx, d.Trader, traderABI().PackMint(d.Pool, big.NewInt(int64(lo)), big.NewInt(int64(hi)), baseLiquidity))
	for _, tok := range []common.Address{d.Token0, d.Token1} {
		b.call(ctx, tok, tokenABI.PackMint(d.Vault, unlimited()))
	}
	t0 := int64(p.StartTick)
	initLower := clamp(alignDown(t0-initialHalfWidth, int64(d.TickSpacing)), p.LowerBounds)
	initUpper := clamp(alignDown(t0+initialHalfWidth, int64(d.TickSpacing)), p.UpperBounds)
	for _, pb := range []struct {
		name    string
		b       Bounds
		initial int64
	}{{"tickLower", p.LowerBounds, initLower}, {"tickUpper", p.UpperBounds, initUpper}} {
		b.call(ctx, d.Guard, guardABI.PackSetBounds(d.Vault, contracts.Param(pb.name), pb.b.params(), big.NewInt(pb.initial)))
	}
	if err := b.mine(ctx); err != nil {
		return d, fmt.Errorf("round 4 (base liquidity, vault funds, bounds): %w", err)
	}
	o.log.Info("stack deployed", "operator", o.addr, "pool", d.Pool, "vault", d.Vault, "guard", d.Guard,
		"registry", d.Registry, "tick", p.StartTick)
	return d, nil
}

// baseRange is DevTrader's base position: [low, high] padded, aligned to
// the pool's tick spacing s and inside the usable tick range.
func baseRange(low, high int32, s int64) (int32, int32) {
	minUsable := -alignDown(-MinTick, s) // the lowest multiple of s ≥ MinTick
	maxUsable := alignDown(MaxTick, s)
	lo := max(alignDown(int64(low)-basePaddingTicks, s), minUsable)
	hi := min(alignDown(int64(high)+basePaddingTicks, s)+s, maxUsable)
	return int32(lo), int32(hi)
}

// alignDown rounds t down to a multiple of spacing (towards -∞).
func alignDown(t, spacing int64) int64 {
	r := t % spacing
	if r < 0 {
		r += spacing
	}
	return t - r
}

func clamp(v int64, b Bounds) int64 { return min(max(v, b.Min), b.Max) }

// batch collects operator transactions sent together and waited for
// together; the first error sticks and is reported by mine.
type batch struct {
	op  *Operator
	txs []*types.Transaction
	err error
}

// create sends a contract creation and returns the address it will have.
func (b *batch) create(ctx context.Context, bin string, input []byte) common.Address {
	tx := b.add(ctx, nil, append(common.FromHex(bin), input...))
	if tx == nil {
		return common.Address{}
	}
	return crypto.CreateAddress(b.op.addr, tx.Nonce())
}

func (b *batch) call(ctx context.Context, to common.Address, data []byte) { b.add(ctx, &to, data) }

func (b *batch) add(ctx context.Context, to *common.Address, data []byte) *types.Transaction {
	if b.err != nil {
		return nil
	}
	tx, err := b.op.Send(ctx, to, data, deployGas)
	if err != nil {
		b.err = err
		return nil
	}
	b.txs = append(b.txs, tx)
	return tx
}

// mine mines a block if the operator can, then waits until every
// transaction of the batch is mined and checks that each succeeded.
func (b *batch) mine(ctx context.Context) error {
	defer func() { b.txs, b.err = nil, nil }()
	if b.err != nil {
		return b.err
	}
	if err := b.op.mine(ctx); err != nil {
		return err
	}
	for i, tx := range b.txs {
		if _, err := b.op.Wait(ctx, tx); err != nil {
			return fmt.Errorf("transaction %d of the round: %w", i, err)
		}
	}
	return nil
}

// view runs an eth_call and unpacks its result.
func view[T any](ctx context.Context, c ethereum.ContractCaller, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, fmt.Errorf("call %s: %w", to, contracts.DecodeError(err))
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("unpack call to %s: %w", to, err)
	}
	return v, nil
}
