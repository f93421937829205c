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

// deploy deploys and wires every contract in four blocks.
func (c *Chain) deploy(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	var (
		tokenABI   = bindings.NewTestToken()
		factoryABI = bindings.NewUniswapV3Factory()
		poolABI    = bindings.NewUniswapV3Pool()
		guardABI   = bindings.NewParameterGuard()
		vaultABI   = bindings.NewRangeVault()
		d          = &c.dep
		cfg        = c.cfg
	)
	// tUSDC must sort below tWETH, as on mainnet, so that ticks mean the same
	// price. Creation addresses follow the owner's nonce: deploy first
	// whichever token gets the lower address.
	usdc := tokenABI.PackConstructor("Test USD Coin", "tUSDC", 6)
	weth := tokenABI.PackConstructor("Test Wrapped Ether", "tWETH", 18)
	first, second := usdc, weth
	if bytes.Compare(c.createAddress(c.nonce).Bytes(), c.createAddress(c.nonce+1).Bytes()) > 0 {
		first, second = weth, usdc
	}
	var b batch
	tokA := b.create(c, bindings.TestTokenMetaData.Bin, first)
	tokB := b.create(c, bindings.TestTokenMetaData.Bin, second)
	d.Factory = b.create(c, bindings.UniswapV3FactoryMetaData.Bin, nil)
	d.Trader = b.create(c, bindings.DevTraderMetaData.Bin, nil)
	d.Registry = b.create(c, bindings.InferenceRegistryMetaData.Bin, nil)
	if err := b.mine(ctx, c); err != nil {
		return fmt.Errorf("block 1 (tokens, factory, trader, registry): %w", err)
	}
	d.Token0, d.Token1 = tokA, tokB
	if !bytes.Equal(first, usdc) {
		d.Token0, d.Token1 = tokB, tokA
	}
	if d.Token0.Cmp(d.Token1) >= 0 {
		return fmt.Errorf("token order: tUSDC %s does not sort below tWETH %s", d.Token0, d.Token1)
	}

	d.Fee = poolFee
	b.call(c, d.Factory, factoryABI.PackCreatePool(d.Token0, d.Token1, big.NewInt(poolFee)))
	d.Guard = b.create(c, bindings.ParameterGuardMetaData.Bin, guardABI.PackConstructor(d.Registry))
	for _, tok := range []common.Address{d.Token0, d.Token1} {
		b.call(c, tok, tokenABI.PackMint(d.Trader, unlimited()))
	}
	if err := b.mine(ctx, c); err != nil {
		return fmt.Errorf("block 2 (pool, guard, trader funds): %w", err)
	}

	var err error
	if d.Pool, err = view(ctx, c, d.Factory, factoryABI.PackGetPool(d.Token0, d.Token1, big.NewInt(poolFee)), factoryABI.UnpackGetPool); err != nil {
		return err
	}
	spacing, err := view(ctx, c, d.Pool, poolABI.PackTickSpacing(), poolABI.UnpackTickSpacing)
	if err != nil {
		return err
	}
	d.TickSpacing = int32(spacing.Int64())
	t0 := cfg.PriceTicks[0]
	b.call(c, d.Pool, poolABI.PackInitialize(SqrtPriceX96AtTick(t0)))
	d.Vault = b.create(c, bindings.RangeVaultMetaData.Bin, vaultABI.PackConstructor(d.Pool, d.Guard, cfg.Liquidity))
	b.call(c, d.Registry, registryABI().PackSetCommitter(d.Guard, true))
	if err := b.mine(ctx, c); err != nil {
		return fmt.Errorf("block 3 (initialize, vault, committer): %w", err)
	}

	lo, hi := c.baseRange()
	baseLiquidity := new(big.Int).Mul(cfg.Liquidity, big.NewInt(baseLiquidityFactor))
	b.call(c, d.Trader, traderABI().PackMint(d.Pool, big.NewInt(int64(lo)), big.NewInt(int64(hi)), baseLiquidity))
	for _, tok := range []common.Address{d.Token0, d.Token1} {
		b.call(c, tok, tokenABI.PackMint(d.Vault, unlimited()))
	}
	initLower := clamp(alignDown(int64(t0)-initialHalfWidth, int64(d.TickSpacing)), cfg.LowerBounds)
	initUpper := clamp(alignDown(int64(t0)+initialHalfWidth, int64(d.TickSpacing)), cfg.UpperBounds)
	for _, p := range []struct {
		name    string
		b       Bounds
		initial int64
	}{{"tickLower", cfg.LowerBounds, initLower}, {"tickUpper", cfg.UpperBounds, initUpper}} {
		b.call(c, d.Guard, guardABI.PackSetBounds(d.Vault, contracts.Param(p.name), big.NewInt(p.b.Min), big.NewInt(p.b.Max),
			big.NewInt(p.b.MaxStep), p.b.CooldownBlocks, big.NewInt(p.initial)))
	}
	if err := b.mine(ctx, c); err != nil {
		return fmt.Errorf("block 4 (base liquidity, vault funds, bounds): %w", err)
	}
	return nil
}

// baseRange is DevTrader's base position: the whole path, padded, aligned to
// the pool's tick spacing and inside the usable tick range.
func (c *Chain) baseRange() (int32, int32) {
	s := int64(c.dep.TickSpacing)
	lo, hi := int64(c.cfg.PriceTicks[0]), int64(c.cfg.PriceTicks[0])
	for _, t := range c.cfg.PriceTicks {
		lo, hi = min(lo, int64(t)), max(hi, int64(t))
	}
	minUsable := -alignDown(-MinTick, s) // the lowest multiple of s ≥ MinTick
	maxUsable := alignDown(MaxTick, s)
	lo = max(alignDown(lo-basePaddingTicks, s), minUsable)
	hi = min(alignDown(hi+basePaddingTicks, s)+s, maxUsable)
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

// createAddress is the address of the owner's contract creation at nonce.
func (c *Chain) createAddress(nonce uint64) common.Address {
	return crypto.CreateAddress(c.ownerAddr, nonce)
}

// batch collects owner transactions mined together in one block; the first
// error sticks and is reported by mine.
type batch struct {
	txs []*types.Transaction
	err error
}

// create sends a contract creation and returns the address it will have.
func (b *batch) create(c *Chain, bin string, input []byte) common.Address {
	addr := c.createAddress(c.nonce)
	b.add(c, nil, append(common.FromHex(bin), input...))
	return addr
}

func (b *batch) call(c *Chain, to common.Address, data []byte) { b.add(c, &to, data) }

func (b *batch) add(c *Chain, to *common.Address, data []byte) {
	if b.err != nil {
		return
	}
	tx, err := c.sendTx(context.Background(), to, data, deployGas)
	if err != nil {
		b.err = err
		return
	}
	b.txs = append(b.txs, tx)
}

// mine mines one block and checks that every transaction of the batch succeeded.
func (b *batch) mine(ctx context.Context, c *Chain) error {
	defer func() { b.txs, b.err = nil, nil }()
	if b.err != nil {
		return b.err
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	c.mineLocked(ctx)
	for i, tx := range b.txs {
		r, err := c.client.TransactionReceipt(ctx, tx.Hash())
		if err != nil {
			return fmt.Errorf("transaction %d of the block: %w", i, err)
		}
		if r.Status != types.ReceiptStatusSuccessful {
			return fmt.Errorf("%w: transaction %d of the block (%s) used %d of %d gas", ErrTxFailed, i, tx.Hash(), r.GasUsed, tx.Gas())
		}
	}
	return nil
}

// view runs an eth_call and unpacks its result.
func view[T any](ctx context.Context, c *Chain, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	var zero T
	out, err := c.client.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		return zero, fmt.Errorf("call %s: %w", to, contracts.DecodeError(err))
	}
	v, err := unpack(out)
	if err != nil {
		return zero, fmt.Errorf("unpack call to %s: %w", to, err)
	}
	return v, nil
}
