package devchain

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

const (
	poolFee = 500 // the 5 bps tier, tick spacing 10
	// poolTickSpacing is the factory's tick spacing of the 5 bps tier.
	poolTickSpacing = 10
	// baseLiquidityFactor: DevTrader's base liquidity is this many times the vault's.
	baseLiquidityFactor = 100
	// initialHalfWidth: the guard's starting tickLower/tickUpper are this far from PriceTicks[0].
	initialHalfWidth = 1000
	// basePaddingTicks widens the base liquidity beyond the path's extremes.
	basePaddingTicks = 1000
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
	// NoBaseLiquidity skips DevTrader's base liquidity (Config.NoBaseLiquidity).
	NoBaseLiquidity bool
	// State, if set, keeps the deployment's progress (see DeployState), so
	// that an interrupted Deploy resumes from it and a finished one sends
	// nothing. Nil: nothing is kept and every step is sent, as on the
	// embedded chain.
	State *DeployState
	// Progress, if set, receives a line per round and per transaction sent
	// (what it is, its full hash, a creation's address, its gas limit), and
	// what a resumed deploy found done.
	Progress io.Writer
}

func (p DeployParams) withDefaults() DeployParams {
	p.LowerBounds, p.UpperBounds = defaultBounds(int64(p.StartTick), p.LowerBounds, p.UpperBounds)
	if p.MarketLow == 0 && p.MarketHigh == 0 {
		p.MarketLow = int32(min(p.LowerBounds.Min, p.UpperBounds.Min))
		p.MarketHigh = int32(max(p.LowerBounds.Max, p.UpperBounds.Max))
	}
	if p.Liquidity == nil {
		p.Liquidity = big.NewInt(DefaultLiquidity)
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

// Deploy deploys and wires the whole stack in four rounds: tUSDC and tWETH,
// the Uniswap v3 factory and a fee-500 pool initialised at StartTick,
// DevTrader with base liquidity 100× the vault's over the market's range,
// InferenceRegistry, ParameterGuard (a committer) with its bounds, and
// RangeVault funded with effectively unlimited tokens. The guard's current
// tickLower/tickUpper start 1000 ticks either side of StartTick (aligned,
// clamped to the bounds). The operator owns the registry and the guard and
// is the guard's guardian; roots expire after RootTTLBlocks; records are
// checked by a MerkleVerifier.
//
// A round's transactions are estimated (see EstimateGas) and then sent at
// once, and all are waited for before the next round: one block each on the
// embedded chain; on a node that mines by itself a round may span several
// blocks. An estimate sees only mined state, so no transaction of a round
// depends on another of the same round: each needs only what earlier rounds
// made (the rounds are cut at those dependencies, see deployRun.plan). A
// transaction that would revert fails its round at estimation, before any
// of the round is sent, with the contract's named error and the step named.
//
// With p.State, Deploy is resumable and idempotent: it saves the state after
// every transaction and round; resuming, it first waits until the
// operator's earlier transactions are mined, then checks on chain what each
// step left (code at a recorded address, the pool created and initialised,
// the funds, the bounds configured, …) and sends only what is missing. A
// re-run of a finished deploy sends nothing. p.Progress, if set, gets a line
// per round and per transaction, with full hashes and addresses.
func (o *Operator) Deploy(ctx context.Context, p DeployParams) (Deployment, error) {
	p = p.withDefaults()
	if err := p.validate(); err != nil {
		return Deployment{}, err
	}
	r := &deployRun{op: o, p: p, st: p.State, out: p.Progress}
	if r.out == nil {
		r.out = io.Discard
	}
	if r.st != nil {
		if r.st.f.Operator != o.addr {
			return Deployment{}, fmt.Errorf("%w: %s belongs to operator %s, not %s",
				ErrStateMismatch, r.st.path, r.st.f.Operator.Hex(), o.addr.Hex())
		}
		if err := r.st.begin(p); err != nil {
			return Deployment{}, err
		}
		r.d, r.resuming = r.st.Deployment(), r.st.Resumed()
		if r.resuming {
			fmt.Fprintf(r.out, "resuming from %s: %s\n", r.st.path, r.st.Summary())
		}
		if err := o.settle(ctx, r.out); err != nil {
			return r.d, err
		}
	}
	for _, round := range r.plan() {
		if err := r.run(ctx, round); err != nil {
			return r.d, fmt.Errorf("round %d (%s): %w", round.n, round.title, err)
		}
	}
	o.log.Info("stack deployed", "operator", o.addr, "pool", r.d.Pool, "vault", r.d.Vault, "guard", r.d.Guard,
		"registry", r.d.Registry, "tick", p.StartTick, "sent", r.sent)
	return r.d, nil
}

// deployRun is one run of Deploy: d holds the addresses known so far.
type deployRun struct {
	op       *Operator
	p        DeployParams
	st       *DeployState // nil: nothing kept
	out      io.Writer
	d        Deployment
	resuming bool // the state had a file: check each step on chain before sending it
	sent     int  // transactions this run sent
}

// deployRound is a set of steps whose transactions go out together.
type deployRound struct {
	n     int
	title string
	steps []deployStep
	// after, if set, reads what the round made once it is mined.
	after func(ctx context.Context) error
}

// deployStep is one thing a round does, in one or two transactions.
type deployStep struct {
	name string
	// where, for a creation, names the address(es) d keeps for it.
	where func() string
	// done reports whether the step's effect is on chain already; asked
	// only when resuming.
	done func(ctx context.Context) (bool, error)
	// txs are the step's transactions; nonce is the one the first gets.
	txs func(nonce uint64) []deployTx
	// sent, if set, is called once a transaction of the step is sent.
	sent func()
}

// deployTx is a transaction of a step.
type deployTx struct {
	name    string
	to      *common.Address // nil: a contract creation
	data    []byte
	created *common.Address // a creation's address goes here once sent
}

// plan is Deploy's four rounds. The cuts between them are dependencies an
// estimate must see mined: the pool needs the factory and the tokens
// (round 1), its initialisation the pool (round 2), the vault's
// constructor reads the pool and the guard (round 2), DevTrader's base
// liquidity needs the pool initialised (round 3) and its tokens (round 2),
// and the guard's bounds name the vault (round 3).
func (r *deployRun) plan() []deployRound {
	var (
		factoryABI = bindings.NewUniswapV3Factory()
		poolABI    = bindings.NewUniswapV3Pool()
		guardABI   = bindings.NewParameterGuard()
		vaultABI   = bindings.NewRangeVault()
		d          = &r.d
		p          = r.p
		op         = r.op.addr
	)
	initial := func(param string) int64 {
		lo, hi := guardStart(int64(p.StartTick), int64(d.TickSpacing), p.LowerBounds, p.UpperBounds)
		if param == "tickLower" {
			return lo
		}
		return hi
	}
	base := func() (int32, int32) { return baseRange(p.MarketLow, p.MarketHigh) }
	return []deployRound{
		{n: 1, title: "tokens, factory, trader, registry, verifier", steps: []deployStep{
			{name: "tUSDC+tWETH", done: r.tokensDone, txs: r.tokenTxs,
				where: func() string { return d.Token0.Hex() + ", " + d.Token1.Hex() }},
			r.create(creation{name: "UniswapV3Factory", at: &d.Factory, bin: bindings.UniswapV3FactoryMetaData.Bin,
				check: r.ownedBy(factoryABI.PackOwner(), factoryABI.UnpackOwner)}),
			r.create(creation{name: "DevTrader", at: &d.Trader, bin: bindings.DevTraderMetaData.Bin}),
			r.create(creation{name: "InferenceRegistry", at: &d.Registry, bin: bindings.InferenceRegistryMetaData.Bin,
				check: r.ownedBy(registryABI().PackOwner(), registryABI().UnpackOwner)}),
			r.create(creation{name: "MerkleVerifier", at: &d.Verifier, bin: bindings.MerkleVerifierMetaData.Bin}),
		}, after: func(context.Context) error {
			if d.Token0.Cmp(d.Token1) >= 0 {
				return fmt.Errorf("token order: tUSDC %s does not sort below tWETH %s", d.Token0.Hex(), d.Token1.Hex())
			}
			return nil
		}},
		{n: 2, title: "pool, guard, DevTrader's tokens", steps: []deployStep{
			{name: "createPool(tUSDC, tWETH, 500)",
				sent:  r.poolSent,
				where: func() string { return d.Pool.Hex() },
				done: func(ctx context.Context) (bool, error) {
					var err error
					d.Pool, err = view(ctx, r.op.cfg.Client, d.Factory, factoryABI.PackGetPool(d.Token0, d.Token1, big.NewInt(poolFee)), factoryABI.UnpackGetPool)
					return d.Pool != (common.Address{}), err
				},
				txs: func(uint64) []deployTx {
					return []deployTx{{name: "createPool(tUSDC, tWETH, 500)", to: &d.Factory,
						data: factoryABI.PackCreatePool(d.Token0, d.Token1, big.NewInt(poolFee))}}
				}},
			r.create(creation{name: "ParameterGuard", at: &d.Guard, bin: bindings.ParameterGuardMetaData.Bin,
				args: func() []byte { return guardABI.PackConstructor(d.Registry, d.Verifier, op, RootTTLBlocks) },
				check: func(ctx context.Context, at common.Address) (bool, error) {
					owner, err := view(ctx, r.op.cfg.Client, at, guardABI.PackOwner(), guardABI.UnpackOwner)
					if err != nil || owner != op {
						return false, err
					}
					reg, err := view(ctx, r.op.cfg.Client, at, guardABI.PackRegistry(), guardABI.UnpackRegistry)
					return reg == d.Registry, err
				}}),
			r.fund(named{"tUSDC", &d.Token0}, named{"DevTrader", &d.Trader}),
			r.fund(named{"tWETH", &d.Token1}, named{"DevTrader", &d.Trader}),
		}, after: func(ctx context.Context) error {
			var err error
			if d.Pool, err = view(ctx, r.op.cfg.Client, d.Factory, factoryABI.PackGetPool(d.Token0, d.Token1, big.NewInt(poolFee)), factoryABI.UnpackGetPool); err != nil {
				return err
			}
			spacing, err := view(ctx, r.op.cfg.Client, d.Pool, poolABI.PackTickSpacing(), poolABI.UnpackTickSpacing)
			if err != nil {
				return err
			}
			d.Fee, d.TickSpacing = poolFee, int32(spacing.Int64())
			return nil
		}},
		{n: 3, title: "pool initialisation, vault, guard as committer", steps: []deployStep{
			{name: "pool.initialize",
				done: func(ctx context.Context) (bool, error) {
					slot0, err := view(ctx, r.op.cfg.Client, d.Pool, poolABI.PackSlot0(), poolABI.UnpackSlot0)
					return err == nil && slot0.SqrtPriceX96.Sign() != 0, err
				},
				txs: func(uint64) []deployTx {
					return []deployTx{{name: fmt.Sprintf("pool.initialize(tick %d)", p.StartTick), to: &d.Pool,
						data: poolABI.PackInitialize(SqrtPriceX96AtTick(p.StartTick))}}
				}},
			r.create(creation{name: "RangeVault", at: &d.Vault, bin: bindings.RangeVaultMetaData.Bin,
				args: func() []byte { return vaultABI.PackConstructor(d.Pool, d.Guard, p.Liquidity) },
				check: func(ctx context.Context, at common.Address) (bool, error) {
					pool, err := view(ctx, r.op.cfg.Client, at, vaultABI.PackPool(), vaultABI.UnpackPool)
					if err != nil || pool != d.Pool {
						return false, err
					}
					guard, err := view(ctx, r.op.cfg.Client, at, vaultABI.PackGuard(), vaultABI.UnpackGuard)
					return guard == d.Guard, err
				}}),
			{name: "registry.setCommitter(guard)",
				done: func(ctx context.Context) (bool, error) {
					return view(ctx, r.op.cfg.Client, d.Registry, registryABI().PackIsCommitter(d.Guard), registryABI().UnpackIsCommitter)
				},
				txs: func(uint64) []deployTx {
					return []deployTx{{name: "registry.setCommitter(guard)", to: &d.Registry,
						data: registryABI().PackSetCommitter(d.Guard, true)}}
				}},
		}},
		{n: 4, title: "base liquidity, the vault's tokens, the guard's bounds", steps: []deployStep{
			{name: "DevTrader.mint(base liquidity)",
				done: func(ctx context.Context) (bool, error) {
					if p.NoBaseLiquidity {
						return true, nil
					}
					lo, hi := base()
					key := contracts.PositionKey(d.Trader, lo, hi)
					pos, err := view(ctx, r.op.cfg.Client, d.Pool, poolABI.PackPositions(key), poolABI.UnpackPositions)
					return err == nil && pos.Liquidity.Sign() > 0, err
				},
				txs: func(uint64) []deployTx {
					if p.NoBaseLiquidity {
						return nil
					}
					lo, hi := base()
					liquidity := new(big.Int).Mul(p.Liquidity, big.NewInt(baseLiquidityFactor))
					return []deployTx{{name: fmt.Sprintf("DevTrader.mint([%d, %d), %s)", lo, hi, liquidity), to: &d.Trader,
						data: traderABI().PackMint(d.Pool, big.NewInt(int64(lo)), big.NewInt(int64(hi)), liquidity)}}
				}},
			r.fund(named{"tUSDC", &d.Token0}, named{"RangeVault", &d.Vault}),
			r.fund(named{"tWETH", &d.Token1}, named{"RangeVault", &d.Vault}),
			r.bounds("tickLower", p.LowerBounds, initial),
			r.bounds("tickUpper", p.UpperBounds, initial),
		}},
	}
}

// run sends what round still needs and waits until it is mined.
func (r *deployRun) run(ctx context.Context, round deployRound) error {
	fmt.Fprintf(r.out, "round %d/%d: %s\n", round.n, deployRounds, round.title)
	type queued struct {
		deployTx
		step *deployStep
		gas  uint64
	}
	var todo []queued
	next := r.op.NextNonce()
	for i := range round.steps {
		s := &round.steps[i]
		if r.resuming {
			done, err := s.done(ctx)
			if err != nil {
				return fmt.Errorf("check %s: %w", s.name, err)
			}
			if done {
				if s.where != nil {
					fmt.Fprintf(r.out, "  %-34s already at %s\n", s.name, s.where())
				} else {
					fmt.Fprintf(r.out, "  %-34s already done\n", s.name)
				}
				continue
			}
		}
		// Estimated before any of the round is sent: on the state the
		// earlier rounds left, which is all a transaction here depends on.
		for _, tx := range s.txs(next + uint64(len(todo))) {
			gas, err := r.op.EstimateGas(ctx, tx.to, tx.data)
			if err != nil {
				return fmt.Errorf("%s: %w", tx.name, err)
			}
			todo = append(todo, queued{deployTx: tx, step: s, gas: gas})
		}
	}
	txs := make([]*types.Transaction, 0, len(todo))
	for _, q := range todo {
		tx, err := r.op.Send(ctx, q.to, q.data, q.gas)
		if err != nil {
			return fmt.Errorf("send %s: %w", q.name, err)
		}
		r.sent++
		txs = append(txs, tx)
		rec := StateTx{Round: round.n, Step: q.step.name, Tx: tx.Hash(), Nonce: tx.Nonce()}
		if q.to == nil {
			rec.Address = crypto.CreateAddress(r.op.addr, tx.Nonce())
			*q.created = rec.Address
			fmt.Fprintf(r.out, "  %-34s tx %s → %s (gas limit %d)\n", q.name, tx.Hash().Hex(), rec.Address.Hex(), q.gas)
		} else {
			fmt.Fprintf(r.out, "  %-34s tx %s (gas limit %d)\n", q.name, tx.Hash().Hex(), q.gas)
		}
		if q.step.sent != nil {
			q.step.sent()
		}
		if r.st != nil {
			if err := r.st.recordTx(rec, r.d); err != nil {
				return err
			}
		}
	}
	if len(txs) > 0 {
		if err := r.op.mine(ctx); err != nil {
			return err
		}
		var first, last, gasUsed uint64
		for i, tx := range txs {
			receipt, err := r.op.Wait(ctx, tx)
			if err != nil {
				return fmt.Errorf("%s: %w", todo[i].name, err)
			}
			n := receipt.BlockNumber.Uint64()
			if first == 0 || n < first {
				first = n
			}
			last, gasUsed = max(last, n), gasUsed+receipt.GasUsed
		}
		blocks := fmt.Sprintf("block %d", first)
		if last != first {
			blocks = fmt.Sprintf("blocks %d-%d", first, last)
		}
		fmt.Fprintf(r.out, "  round %d mined: %d transaction(s) in %s, %d gas\n", round.n, len(txs), blocks, gasUsed)
	} else {
		fmt.Fprintf(r.out, "  round %d: nothing to send\n", round.n)
	}
	if round.after != nil {
		if err := round.after(ctx); err != nil {
			return err
		}
	}
	if r.st != nil {
		return r.st.roundDone(round.n, r.d)
	}
	return nil
}

// creation is a contract Deploy creates.
type creation struct {
	name string
	at   *common.Address // where d keeps its address
	bin  string          // init code, hex
	args func() []byte   // the constructor's arguments; nil: none
	// check, if set, accepts the contract at a recorded address as this
	// deployment's (its owner, the contracts it was made with).
	check func(ctx context.Context, at common.Address) (bool, error)
}

// create is the step deploying c. Resuming, it counts as done when the
// recorded address holds code and c.check (if any) accepts it; otherwise
// the contract is deployed again, at a new address.
func (r *deployRun) create(c creation) deployStep {
	name, at, check := c.name, c.at, c.check
	return deployStep{name: name, where: func() string { return at.Hex() },
		done: func(ctx context.Context) (bool, error) {
			ok, err := r.hasCode(ctx, name, *at)
			if err != nil || !ok || check == nil {
				return ok, err
			}
			if ok, err = check(ctx, *at); err == nil && !ok {
				fmt.Fprintf(r.out, "  %-34s the contract at %s is not this deployment's; deploying it again\n", name, at.Hex())
			}
			return ok, err
		},
		txs: func(uint64) []deployTx {
			var input []byte
			if c.args != nil {
				input = c.args()
			}
			return []deployTx{{name: name, data: append(common.FromHex(c.bin), input...), created: at}}
		}}
}

// hasCode reports whether a contract is at addr (false for the zero address).
func (r *deployRun) hasCode(ctx context.Context, name string, addr common.Address) (bool, error) {
	if addr == (common.Address{}) {
		return false, nil
	}
	code, err := r.op.cfg.Client.CodeAt(ctx, addr, nil)
	if err != nil {
		return false, fmt.Errorf("code at %s: %w", addr.Hex(), err)
	}
	if len(code) == 0 {
		fmt.Fprintf(r.out, "  %-34s no code at the recorded %s; deploying it again\n", name, addr.Hex())
	}
	return len(code) > 0, nil
}

// ownedBy is a create check: the contract's owner() is the operator.
func (r *deployRun) ownedBy(pack []byte, unpack func([]byte) (common.Address, error)) func(context.Context, common.Address) (bool, error) {
	return func(ctx context.Context, at common.Address) (bool, error) {
		owner, err := view(ctx, r.op.cfg.Client, at, pack, unpack)
		return owner == r.op.addr, err
	}
}

// tokensDone: both tokens are deployed, with the right symbols. They are
// one step because their order is chosen from two consecutive nonces.
func (r *deployRun) tokensDone(ctx context.Context) (bool, error) {
	tokenABI := bindings.NewTestToken()
	for _, t := range []struct {
		symbol string
		at     common.Address
	}{{"tUSDC", r.d.Token0}, {"tWETH", r.d.Token1}} {
		ok, err := r.hasCode(ctx, t.symbol, t.at)
		if err != nil || !ok {
			return false, err
		}
		if sym, err := view(ctx, r.op.cfg.Client, t.at, tokenABI.PackSymbol(), tokenABI.UnpackSymbol); err != nil || sym != t.symbol {
			return false, err
		}
	}
	return true, nil
}

// poolSent: a new pool makes the caller's initial market steps, recorded
// in the state, moot; they moved another pool.
func (r *deployRun) poolSent() {
	if r.st != nil {
		r.st.poolCreated()
	}
}

// tokenTxs deploys tUSDC and tWETH with nonces nonce and nonce+1. tUSDC
// must sort below tWETH, as on mainnet, so that ticks mean the same price:
// creation addresses follow the nonce, so whichever token gets the lower
// address goes first.
func (r *deployRun) tokenTxs(nonce uint64) []deployTx {
	tokenABI := bindings.NewTestToken()
	bin := common.FromHex(bindings.TestTokenMetaData.Bin)
	usdc := deployTx{name: "tUSDC", data: append(slices.Clip(bin), tokenABI.PackConstructor("Test USD Coin", "tUSDC", 6)...), created: &r.d.Token0}
	weth := deployTx{name: "tWETH", data: append(slices.Clip(bin), tokenABI.PackConstructor("Test Wrapped Ether", "tWETH", 18)...), created: &r.d.Token1}
	if bytes.Compare(crypto.CreateAddress(r.op.addr, nonce).Bytes(), crypto.CreateAddress(r.op.addr, nonce+1).Bytes()) > 0 {
		return []deployTx{weth, usdc}
	}
	return []deployTx{usdc, weth}
}

// named is an address of the deployment and what it is.
type named struct {
	name string
	addr *common.Address
}

// fund is the step minting effectively unlimited tokens of token to holder;
// done when holder has at least half that (what the market spends is far less).
func (r *deployRun) fund(tok, to named) deployStep {
	tokenABI := bindings.NewTestToken()
	token, holder := tok.addr, to.addr
	name := fmt.Sprintf("%s.mint(%s)", tok.name, to.name)
	return deployStep{name: name,
		done: func(ctx context.Context) (bool, error) {
			bal, err := view(ctx, r.op.cfg.Client, *token, tokenABI.PackBalanceOf(*holder), tokenABI.UnpackBalanceOf)
			return err == nil && bal.Cmp(new(big.Int).Rsh(unlimited(), 1)) >= 0, err
		},
		txs: func(uint64) []deployTx {
			return []deployTx{{name: name, to: token, data: tokenABI.PackMint(*holder, unlimited())}}
		}}
}

// bounds is the step setting the guard's bounds for the vault's param,
// starting at initial(param); done when the guard has bounds for it.
func (r *deployRun) bounds(param string, b Bounds, initial func(string) int64) deployStep {
	guardABI := bindings.NewParameterGuard()
	name := fmt.Sprintf("guard.setBounds(vault, %s)", param)
	return deployStep{name: name,
		done: func(ctx context.Context) (bool, error) {
			got, err := view(ctx, r.op.cfg.Client, r.d.Guard, guardABI.PackBounds(r.d.Vault, contracts.Param(param)), guardABI.UnpackBounds)
			return err == nil && got.Configured, err
		},
		txs: func(uint64) []deployTx {
			return []deployTx{{name: fmt.Sprintf("guard.setBounds(vault, %s, [%d, %d], %d)", param, b.Min, b.Max, initial(param)),
				to: &r.d.Guard, data: guardABI.PackSetBounds(r.d.Vault, contracts.Param(param), b.params(), big.NewInt(initial(param)))}}
		}}
}

// baseRange is DevTrader's base position: [low, high] padded, aligned to
// the pool's tick spacing s and inside the usable tick range.
func baseRange(low, high int32) (int32, int32) {
	const s = poolTickSpacing
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

// view runs an eth_call and unpacks its result.
func view[T any](ctx context.Context, c ethereum.ContractCaller, to common.Address, data []byte, unpack func([]byte) (T, error)) (T, error) {
	v, err := contracts.Call(ctx, c, ethereum.CallMsg{To: &to, Data: data}, nil, unpack)
	if err != nil {
		return v, fmt.Errorf("call %s: %w", to, err)
	}
	return v, nil
}

// Market is the embedded chain's market as New deploys it for a price
// path: the pool initialised at the path's first tick, and DevTrader's
// base liquidity over the path's whole range. A model of the pool (the
// backtest's fast executor) seeds itself from it to be the same pool.
type Market struct {
	StartTick                int32
	BaseLower, BaseUpper     int32 // DevTrader's position [BaseLower, BaseUpper)
	BaseLiquidity, Liquidity *big.Int
	Fee                      uint32
	TickSpacing              int32
	// The guard's default bounds for the vault's tickLower and tickUpper,
	// and the values it starts from.
	LowerBounds, UpperBounds Bounds
	GuardLower, GuardUpper   int64
}

// MarketOf returns the market New deploys for path with the vault's
// liquidity per position (nil: DefaultLiquidity) and the default bounds.
func MarketOf(path []int32, liquidity *big.Int) Market {
	if liquidity == nil {
		liquidity = big.NewInt(DefaultLiquidity)
	}
	lo, hi := baseRange(pathRange(path))
	t0 := int64(path[0])
	lb, ub := defaultBounds(t0, Bounds{}, Bounds{})
	m := Market{StartTick: path[0], BaseLower: lo, BaseUpper: hi,
		BaseLiquidity: new(big.Int).Mul(liquidity, big.NewInt(baseLiquidityFactor)), Liquidity: liquidity,
		Fee: poolFee, TickSpacing: poolTickSpacing, LowerBounds: lb, UpperBounds: ub}
	m.GuardLower, m.GuardUpper = guardStart(t0, poolTickSpacing, lb, ub)
	return m
}

// pathRange is the lowest and highest tick of a price path.
func pathRange(path []int32) (low, high int32) {
	low, high = path[0], path[0]
	for _, t := range path {
		low, high = min(low, t), max(high, t)
	}
	return low, high
}

// guardStart is the guard's first tickLower and tickUpper for a market
// opening at tick t0: ± initialHalfWidth, aligned, inside the bounds.
func guardStart(t0, spacing int64, lower, upper Bounds) (int64, int64) {
	return clamp(alignDown(t0-initialHalfWidth, spacing), lower), clamp(alignDown(t0+initialHalfWidth, spacing), upper)
}
