package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"math/rand/v2"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// Defaults of AaveActivityConfig.
const (
	DefaultAaveSuppliers = 3
	DefaultAaveBorrowers = 10
	// DefaultAaveTopUpPercent is the chance per step, in percent, that a
	// borrower with spare borrowing power borrows close to its limit again.
	DefaultAaveTopUpPercent = 3
)

// Sizes and gas limits of the activity's transactions. Gas limits are
// fixed, not estimated: a borrower's approve and supply go out in one block
// and the supply's estimate would not see the approval. Each is two to
// three times what the transaction uses on the embedded chain (supply
// ~210,000, borrow ~265,000, liquidationCall ~310,000–345,000).
const (
	aaveSupplierFunds  = 1_000_000     // whole debt tokens per supplier, × [0.5, 1.5)
	aaveLiquidatorCash = 1_000_000_000 // whole debt tokens the liquidator mints
	aaveCollateralMin  = 20            // whole collateral tokens a borrower supplies, in [min, max)
	aaveCollateralMax  = 200
	aaveBorrowFracMin  = 0.85  // a borrow takes this share of the borrowing power or more …
	aaveBorrowFracSpan = 0.145 // … up to 99.5 %
	aaveActorETH       = 10    // ETH each actor gets for gas

	gasMint        = 150_000
	gasApprove     = 100_000
	gasSupply      = 500_000
	gasBorrow      = 600_000
	gasLiquidation = 1_000_000
)

// healthFactorOne is a health factor of 1 (Aave's WAD).
var healthFactorOne = big.NewInt(1e18)

// AaveActivityConfig configures the activity on a deployed Aave market.
type AaveActivityConfig struct {
	// Market is the market DeployAave returned. Required.
	Market AaveMarket
	// Collateral and Debt are reserve symbols: borrowers supply Collateral
	// and borrow Debt. Default to "dWETH" and "dUSDC".
	Collateral, Debt string
	// Prices is the Collateral's oracle price (USD, 8 decimals) at each
	// step, e.g. WETHCrashPath(). Required, every price positive.
	Prices []*big.Int
	// Seed fixes the plan: the actors' keys, how much each supplies, when
	// each borrower opens, and what share of its borrowing power each
	// borrow takes.
	Seed uint64
	// Suppliers lend the Debt token. Defaults to 3.
	Suppliers int
	// Borrowers each supply Collateral and borrow Debt near their limit. Defaults to 10.
	Borrowers int
	// OpenSteps spreads the borrowers' openings over the first OpenSteps
	// steps. Defaults to Borrowers (one a step), at most len(Prices).
	OpenSteps int
	// TopUpPercent is the chance per step, in percent, that a borrower
	// borrows near its limit again. Defaults to 3; negative means never.
	TopUpPercent int
	// Logger receives a line per liquidation. Defaults to discarding.
	Logger *slog.Logger
}

func (cfg AaveActivityConfig) withDefaults() AaveActivityConfig {
	if cfg.Collateral == "" {
		cfg.Collateral = "dWETH"
	}
	if cfg.Debt == "" {
		cfg.Debt = "dUSDC"
	}
	if cfg.Suppliers == 0 {
		cfg.Suppliers = DefaultAaveSuppliers
	}
	if cfg.Borrowers == 0 {
		cfg.Borrowers = DefaultAaveBorrowers
	}
	if cfg.OpenSteps == 0 {
		cfg.OpenSteps = min(cfg.Borrowers, len(cfg.Prices))
	}
	if cfg.TopUpPercent == 0 {
		cfg.TopUpPercent = DefaultAaveTopUpPercent
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg
}

func (cfg AaveActivityConfig) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	if _, ok := cfg.Market.Reserve(cfg.Collateral); !ok {
		return bad("AaveActivityConfig.Collateral %q is not a reserve of the market", cfg.Collateral)
	}
	if _, ok := cfg.Market.Reserve(cfg.Debt); !ok {
		return bad("AaveActivityConfig.Debt %q is not a reserve of the market", cfg.Debt)
	}
	if cfg.Collateral == cfg.Debt {
		return bad("AaveActivityConfig.Collateral and Debt are both %q", cfg.Debt)
	}
	if len(cfg.Prices) == 0 {
		return bad("AaveActivityConfig.Prices is empty")
	}
	for i, p := range cfg.Prices {
		if p == nil || p.Sign() <= 0 {
			return bad("AaveActivityConfig.Prices[%d] %v is not positive", i, p)
		}
	}
	switch {
	case cfg.Suppliers < 0 || cfg.Borrowers < 0:
		return bad("AaveActivityConfig: %d suppliers and %d borrowers; neither may be negative", cfg.Suppliers, cfg.Borrowers)
	case cfg.OpenSteps < 0 || cfg.OpenSteps > len(cfg.Prices):
		return bad("AaveActivityConfig.OpenSteps %d is outside [0, %d]", cfg.OpenSteps, len(cfg.Prices))
	case cfg.TopUpPercent > 100:
		return bad("AaveActivityConfig.TopUpPercent %d is above 100", cfg.TopUpPercent)
	}
	return nil
}

// AaveBorrow is one borrow the activity made.
type AaveBorrow struct {
	User   common.Address
	Amount *big.Int // debt token base units
	Tx     common.Hash
}

// AaveLiquidation is one liquidationCall the activity's liquidator made.
type AaveLiquidation struct {
	User common.Address
	// HealthFactorBefore is the user's health factor (1e18 = 1) on the
	// state the liquidator saw; HealthFactorAfter after the liquidation.
	HealthFactorBefore, HealthFactorAfter *big.Int
	// DebtCovered (debt token) and CollateralSeized (collateral token), in
	// base units, from the pool's LiquidationCall event.
	DebtCovered, CollateralSeized *big.Int
	Tx                            common.Hash
	Gas                           uint64
}

// AaveStep is what one step of the activity did.
type AaveStep struct {
	Index int
	// Price is the collateral's oracle price during the step (USD, 8 decimals).
	Price *big.Int
	// PriceBlock is the block that set it; 0 when the price did not change.
	PriceBlock uint64
	// Opened are borrowers that supplied their collateral this step.
	Opened       []common.Address
	Borrows      []AaveBorrow
	Liquidations []AaveLiquidation
	// Refused are borrows and liquidations the pool reverted when they
	// were mined: the state they were decided on had changed in between (a
	// risk steward lowered the LTV, another liquidation came first), as
	// happens to real users.
	Refused []AaveRefused
	// Gas is what the step's transactions used, the price update included.
	Gas uint64
}

// AaveRefused is a borrow or liquidation the pool reverted.
type AaveRefused struct {
	User common.Address
	What string // "borrow dUSDC", "liquidationCall"
	// Reason is the pool's revert, re-run as a call on the state the
	// transaction's block left (e.g. Aave.COLLATERAL_CANNOT_COVER_NEW_BORROW).
	Reason string
	Tx     common.Hash
}

// aaveHost is where the activity runs: the market owner's side of a node.
type aaveHost struct {
	owner    *Operator // its client, chain id and polling settings serve the actors
	setPrice func(ctx context.Context, asset common.Address, price *big.Int) (*types.Receipt, error)
	fund     func(ctx context.Context, to []common.Address, wei *big.Int) error
	mine     func(ctx context.Context) error // asks for a block where the host mines on demand
}

type aaveBorrower struct {
	op         *Operator
	collateral *big.Int // base units it supplies when it opens
	openAt     int
	rng        *rand.Rand
	opened     bool // its supply is mined
}

// AaveActivity drives suppliers, borrowers and a liquidator on an Aave
// market along a price path, one Step per path point: the owner moves the
// collateral's price feed (a block of its own, when the price changes);
// then, on that state, the liquidator liquidates every position whose
// health factor is below 1, borrowers due to open supply their collateral,
// and borrowers with spare borrowing power (new ones always, others with
// TopUpPercent chance) borrow a seeded share (85–99.5 %) of it — all in the
// next block. Every action is a real transaction from a funded account;
// none is simulated.
//
// Deterministic: the plan (keys, amounts, opening steps, shares, top-up
// draws) depends on Seed alone, and every decision on the chain's state,
// so the same seed on a chain with the same history (the embedded chain
// with a future GenesisTime makes block times, and so interest, the same)
// gives the same transactions.
type AaveActivity struct {
	cfg        AaveActivityConfig
	host       aaveHost
	log        *slog.Logger
	collateral AaveMarketReserve
	debt       AaveMarketReserve
	suppliers  []*Operator
	borrowers  []*aaveBorrower
	liquidator *Operator
	next       int
	lastPrice  *big.Int
}

// NewAaveActivity funds the actors (ETH from the operator), has the
// suppliers mint and supply the Debt token and the liquidator mint and
// approve it, and returns the activity ready for its first Step. The
// operator must own m's price feeds (it deployed m).
func (o *Operator) NewAaveActivity(ctx context.Context, cfg AaveActivityConfig) (*AaveActivity, error) {
	m := cfg.Market
	return newAaveActivity(ctx, cfg, aaveHost{owner: o,
		setPrice: func(ctx context.Context, asset common.Address, price *big.Int) (*types.Receipt, error) {
			return o.SetPrice(ctx, m, asset, price)
		},
		fund: o.fund,
		mine: o.mine,
	})
}

// NewAaveActivity is Operator.NewAaveActivity on the embedded chain, with
// the chain's owner (which deployed m through DeployAave) moving prices.
// Its blocks are mined on demand before Start, and by the block loop after.
func (c *Chain) NewAaveActivity(ctx context.Context, cfg AaveActivityConfig) (*AaveActivity, error) {
	m := cfg.Market
	return newAaveActivity(ctx, cfg, aaveHost{owner: c.op,
		setPrice: func(ctx context.Context, asset common.Address, price *big.Int) (*types.Receipt, error) {
			return c.SetPrice(ctx, m, asset, price)
		},
		fund: func(ctx context.Context, to []common.Address, wei *big.Int) error {
			c.mu.Lock()
			if c.stopped {
				c.mu.Unlock()
				return ErrStopped
			}
			if !c.loopRunning() {
				defer c.mu.Unlock()
				if err := c.op.fund(ctx, to, wei); err != nil {
					return err
				}
				return c.backend.syncPool() // as below
			}
			// The loop mines: send under the lock, wait without it.
			txs, err := sendFunds(ctx, c.op, to, wei)
			c.mu.Unlock()
			if err != nil {
				return err
			}
			if err := waitFunds(ctx, c.op, txs); err != nil {
				return err
			}
			// The receipts show before the transaction pool has moved to
			// the funding block (it resets in the background), and the
			// pool checks a new transaction's gas against its own state:
			// an actor's first transaction would be refused for
			// "insufficient funds". Bring the pool to the head first.
			c.mu.Lock()
			defer c.mu.Unlock()
			if c.stopped {
				return ErrStopped
			}
			return c.backend.syncPool()
		},
		mine: func(ctx context.Context) error {
			c.mu.Lock()
			defer c.mu.Unlock()
			switch {
			case c.stopped:
				return ErrStopped
			case c.loopRunning():
				return nil
			}
			_, err := c.seal(ctx)
			return err
		},
	})
}

// fund sends wei to each address from the operator and waits for them.
func (o *Operator) fund(ctx context.Context, to []common.Address, wei *big.Int) error {
	txs, err := sendFunds(ctx, o, to, wei)
	if err != nil {
		return err
	}
	if err := o.mine(ctx); err != nil {
		return err
	}
	return waitFunds(ctx, o, txs)
}

func sendFunds(ctx context.Context, o *Operator, to []common.Address, wei *big.Int) ([]*types.Transaction, error) {
	var txs []*types.Transaction
	for _, a := range to {
		tx, err := o.sendValue(ctx, &a, nil, wei, 0)
		if err != nil {
			return txs, fmt.Errorf("fund %s: %w", a.Hex(), err)
		}
		txs = append(txs, tx)
	}
	return txs, nil
}

func waitFunds(ctx context.Context, o *Operator, txs []*types.Transaction) error {
	for _, tx := range txs {
		if _, err := o.Wait(ctx, tx); err != nil {
			return fmt.Errorf("fund %s: %w", tx.To().Hex(), err)
		}
	}
	return nil
}

// aaveActorKey is the key of an actor of the activity with seed.
func aaveActorKey(seed uint64, role string, i int) *ecdsa.PrivateKey {
	var b [16]byte
	binary.BigEndian.PutUint64(b[:8], seed)
	binary.BigEndian.PutUint64(b[8:], uint64(i))
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte("steward aave activity"), []byte(role), b[:]))
	if err != nil {
		// keccak256 output is a valid key but with negligible probability.
		panic(fmt.Sprintf("aave actor key: %v", err))
	}
	return key
}

func newAaveActivity(ctx context.Context, cfg AaveActivityConfig, host aaveHost) (*AaveActivity, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	a := &AaveActivity{cfg: cfg, host: host, log: cfg.Logger}
	a.collateral, _ = cfg.Market.Reserve(cfg.Collateral)
	a.debt, _ = cfg.Market.Reserve(cfg.Debt)
	o := host.owner
	actor := func(role string, i int) (*Operator, error) {
		return NewOperator(ctx, OperatorConfig{Client: o.cfg.Client, Key: aaveActorKey(cfg.Seed, role, i), ChainID: o.cfg.ChainID,
			Flush: o.cfg.Flush, FlushAfter: o.cfg.FlushAfter, PollInterval: o.cfg.PollInterval, Logger: o.cfg.Logger})
	}
	plan := rand.New(rand.NewPCG(cfg.Seed, 0))
	var all []common.Address
	for i := range cfg.Suppliers {
		op, err := actor("supplier", i)
		if err != nil {
			return nil, err
		}
		a.suppliers, all = append(a.suppliers, op), append(all, op.Address())
	}
	unit := func(r AaveMarketReserve) *big.Int {
		return new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(r.Decimals)), nil)
	}
	for i := range cfg.Borrowers {
		op, err := actor("borrower", i)
		if err != nil {
			return nil, err
		}
		// Collateral in hundredths of a token, in [min, max).
		hundredths := aaveCollateralMin*100 + plan.Int64N((aaveCollateralMax-aaveCollateralMin)*100)
		amount := new(big.Int).Div(new(big.Int).Mul(big.NewInt(hundredths), unit(a.collateral)), big.NewInt(100))
		openAt := 0
		if cfg.OpenSteps > 0 {
			openAt = i * cfg.OpenSteps / max(cfg.Borrowers, 1)
		}
		a.borrowers = append(a.borrowers, &aaveBorrower{op: op, collateral: amount, openAt: openAt,
			rng: rand.New(rand.NewPCG(cfg.Seed, uint64(i)+1))})
		all = append(all, op.Address())
	}
	liq, err := actor("liquidator", 0)
	if err != nil {
		return nil, err
	}
	a.liquidator, all = liq, append(all, liq.Address())

	if err := host.fund(ctx, all, wholeTokens(aaveActorETH, 18)); err != nil {
		return nil, fmt.Errorf("fund the activity's accounts: %w", err)
	}
	var (
		token  = bindings.NewTestToken()
		pool   = bindings.NewPool()
		sent   []sentTx
		always = maxUint256() // an allowance that never runs out
	)
	send := func(op *Operator, what string, to common.Address, data []byte, gas uint64) error {
		tx, err := op.Send(ctx, &to, data, gas)
		if err != nil {
			return fmt.Errorf("%s by %s: %w", what, op.Address().Hex(), err)
		}
		sent = append(sent, sentTx{op: op, tx: tx, what: what})
		return nil
	}
	for _, op := range a.suppliers {
		funds := new(big.Int).Mul(big.NewInt(int64(float64(aaveSupplierFunds)*(0.5+plan.Float64()))), unit(a.debt))
		for _, step := range []struct {
			what string
			to   common.Address
			data []byte
			gas  uint64
		}{
			{"mint " + a.debt.Symbol, a.debt.Asset, token.PackMint(op.Address(), funds), gasMint},
			{"approve the pool", a.debt.Asset, token.PackApprove(a.cfg.Market.Pool, always), gasApprove},
			{"supply " + a.debt.Symbol, a.cfg.Market.Pool, pool.PackSupply(a.debt.Asset, funds, op.Address(), 0), gasSupply},
		} {
			if err := send(op, step.what, step.to, step.data, step.gas); err != nil {
				return nil, err
			}
		}
	}
	cash := new(big.Int).Mul(big.NewInt(aaveLiquidatorCash), unit(a.debt))
	if err := send(liq, "mint "+a.debt.Symbol, a.debt.Asset, token.PackMint(liq.Address(), cash), gasMint); err != nil {
		return nil, err
	}
	if err := send(liq, "approve the pool", a.debt.Asset, token.PackApprove(a.cfg.Market.Pool, always), gasApprove); err != nil {
		return nil, err
	}
	if _, err := a.mineAndWait(ctx, sent); err != nil {
		return nil, fmt.Errorf("suppliers and liquidator: %w", err)
	}
	return a, nil
}

// sentTx is an actor's transaction waiting to be mined.
type sentTx struct {
	op   *Operator
	tx   *types.Transaction
	what string
	user common.Address
	// mayFail: a revert is a refusal to report, not the activity's failure.
	mayFail bool
}

// mineAndWait asks for a block once every transaction is in the node's
// pool, and returns the receipts in order.
func (a *AaveActivity) mineAndWait(ctx context.Context, sent []sentTx) ([]*types.Receipt, error) {
	if len(sent) == 0 {
		return nil, nil
	}
	for _, s := range sent {
		WaitPending(ctx, a.host.owner.cfg.Client, s.op.Address(), s.op.NextNonce(), pendingWait)
	}
	if err := a.host.mine(ctx); err != nil {
		return nil, err
	}
	receipts := make([]*types.Receipt, len(sent))
	for i, s := range sent {
		r, err := s.op.Wait(ctx, s.tx)
		if err != nil && !(s.mayFail && errors.Is(err, ErrTxFailed)) {
			return nil, fmt.Errorf("%s by %s: %w", s.what, s.op.Address().Hex(), err)
		}
		receipts[i] = r
	}
	return receipts, nil
}

// revertReason re-runs a reverted transaction as a call on the state its
// block left (the reverted transaction changed nothing of it; the others
// of the block, which refused it, had) and names the pool's error.
func (a *AaveActivity) revertReason(ctx context.Context, s sentTx, r *types.Receipt) string {
	_, err := a.host.owner.cfg.Client.CallContract(ctx, ethereum.CallMsg{From: s.op.Address(), To: s.tx.To(), Data: s.tx.Data(), Gas: s.tx.Gas()}, r.BlockNumber)
	if data, ok := contracts.RevertData(err); ok {
		if named := contracts.DecodeRevert(data); named != nil {
			return named.Error()
		}
	}
	if err == nil {
		return "reverted in its block (the call on the state after it succeeds: a later transaction of the block changed it back)"
	}
	return err.Error()
}

// Suppliers, Borrowers and Liquidator are the activity's accounts.
func (a *AaveActivity) Suppliers() []common.Address { return addresses(a.suppliers) }

// Borrowers returns the borrowers' accounts, in plan order.
func (a *AaveActivity) Borrowers() []common.Address {
	ops := make([]*Operator, len(a.borrowers))
	for i, b := range a.borrowers {
		ops[i] = b.op
	}
	return addresses(ops)
}

// Liquidator returns the liquidator's account.
func (a *AaveActivity) Liquidator() common.Address { return a.liquidator.Address() }

// Steps is the number of steps (price points) in all; Next the index of the next one.
func (a *AaveActivity) Steps() int { return len(a.cfg.Prices) }

// Next is the index of the step the next Step call takes.
func (a *AaveActivity) Next() int { return a.next }

func addresses(ops []*Operator) []common.Address {
	out := make([]common.Address, len(ops))
	for i, op := range ops {
		out[i] = op.Address()
	}
	return out
}

// Run takes every remaining step and returns what each did.
func (a *AaveActivity) Run(ctx context.Context) ([]AaveStep, error) {
	var steps []AaveStep
	for {
		s, err := a.Step(ctx)
		if err == io.EOF {
			return steps, nil
		}
		if err != nil {
			return steps, err
		}
		steps = append(steps, s)
	}
}

// Step takes the next step of the path (see AaveActivity); after the last
// it returns io.EOF. An error leaves the step half done: the activity
// should not be stepped further.
func (a *AaveActivity) Step(ctx context.Context) (AaveStep, error) {
	if a.next >= len(a.cfg.Prices) {
		return AaveStep{}, io.EOF
	}
	i := a.next
	a.next++
	s := AaveStep{Index: i, Price: new(big.Int).Set(a.cfg.Prices[i])}
	if a.lastPrice == nil || a.lastPrice.Cmp(s.Price) != 0 {
		r, err := a.host.setPrice(ctx, a.collateral.Asset, s.Price)
		if err != nil {
			return s, fmt.Errorf("step %d: %w", i, err)
		}
		a.lastPrice = s.Price
		s.PriceBlock, s.Gas = r.BlockNumber.Uint64(), r.GasUsed
	}

	var (
		client = a.host.owner.cfg.Client
		m      = a.cfg.Market
		pool   = bindings.NewPool()
		token  = bindings.NewTestToken()
		sent   []sentTx
		// what each sent transaction is, for the report
		kinds []func(r *types.Receipt) error
	)
	liquidity, err := view(ctx, client, a.debt.Asset, token.PackBalanceOf(a.debt.AToken), token.UnpackBalanceOf)
	if err != nil {
		return s, fmt.Errorf("step %d: available %s: %w", i, a.debt.Symbol, err)
	}
	debtPrice, err := view(ctx, client, m.Oracle, bindings.NewAaveOracle().PackGetAssetPrice(a.debt.Asset),
		bindings.NewAaveOracle().UnpackGetAssetPrice)
	if err != nil {
		return s, fmt.Errorf("step %d: price of %s: %w", i, a.debt.Symbol, err)
	}
	debtUnit := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(a.debt.Decimals)), nil)
	maxUint := maxUint256()
	send := func(op *Operator, what string, to common.Address, data []byte, gas uint64, report func(*types.Receipt) error) error {
		tx, err := op.Send(ctx, &to, data, gas)
		if err != nil {
			return fmt.Errorf("step %d: %s by %s: %w", i, what, op.Address().Hex(), err)
		}
		sent, kinds = append(sent, sentTx{op: op, tx: tx, what: what}), append(kinds, report)
		return nil
	}
	// refusable marks the last sent transaction as one the pool may refuse.
	refusable := func(user common.Address) { sent[len(sent)-1].mayFail, sent[len(sent)-1].user = true, user }

	for _, b := range a.borrowers {
		// Drawn every step whatever happens, so the draws never depend on the chain.
		topUp := b.rng.IntN(100) < a.cfg.TopUpPercent
		share := aaveBorrowFracMin + aaveBorrowFracSpan*b.rng.Float64()
		user := b.op.Address()
		if !b.opened {
			if b.openAt != i {
				continue
			}
			s.Opened = append(s.Opened, user)
			for _, tx := range []struct {
				what string
				to   common.Address
				data []byte
				gas  uint64
			}{
				{"mint " + a.collateral.Symbol, a.collateral.Asset, token.PackMint(user, b.collateral), gasMint},
				{"approve the pool", a.collateral.Asset, token.PackApprove(m.Pool, maxUint), gasApprove},
				{"supply " + a.collateral.Symbol, m.Pool, pool.PackSupply(a.collateral.Asset, b.collateral, user, 0), gasSupply},
			} {
				if err := send(b.op, tx.what, tx.to, tx.data, tx.gas, nil); err != nil {
					return s, err
				}
			}
			b.opened = true
			continue
		}
		acct, err := AaveAccount(ctx, client, m, user)
		if err != nil {
			return s, fmt.Errorf("step %d: %w", i, err)
		}
		if acct.TotalDebtBase.Sign() > 0 && acct.HealthFactor.Cmp(healthFactorOne) < 0 {
			before := acct.HealthFactor
			err := send(a.liquidator, "liquidationCall", m.Pool,
				pool.PackLiquidationCall(a.collateral.Asset, a.debt.Asset, user, maxUint, false), gasLiquidation,
				func(r *types.Receipt) error { return a.reportLiquidation(ctx, &s, r, user, before) })
			if err != nil {
				return s, err
			}
			refusable(user)
			continue
		}
		if acct.TotalDebtBase.Sign() > 0 && !topUp {
			continue
		}
		// share of the borrowing power, in debt token units, within what the pool holds.
		amount := new(big.Int).Mul(acct.AvailableBorrowsBase, big.NewInt(int64(share*1e6)))
		amount.Mul(amount, debtUnit)
		amount.Div(amount, new(big.Int).Mul(debtPrice, big.NewInt(1e6)))
		amount = minBig(amount, new(big.Int).Div(new(big.Int).Mul(liquidity, big.NewInt(9)), big.NewInt(10)))
		if amount.Sign() <= 0 {
			continue
		}
		liquidity.Sub(liquidity, amount)
		borrowed := new(big.Int).Set(amount)
		err = send(b.op, "borrow "+a.debt.Symbol, m.Pool, pool.PackBorrow(a.debt.Asset, amount, big.NewInt(2), 0, user), gasBorrow,
			func(r *types.Receipt) error {
				s.Borrows = append(s.Borrows, AaveBorrow{User: user, Amount: borrowed, Tx: r.TxHash})
				return nil
			})
		if err != nil {
			return s, err
		}
		refusable(user)
	}
	receipts, err := a.mineAndWait(ctx, sent)
	if err != nil {
		return s, fmt.Errorf("step %d: %w", i, err)
	}
	for k, r := range receipts {
		s.Gas += r.GasUsed
		if r.Status != types.ReceiptStatusSuccessful {
			s.Refused = append(s.Refused, AaveRefused{User: sent[k].user, What: sent[k].what, Reason: a.revertReason(ctx, sent[k], r), Tx: r.TxHash})
			a.log.Info("refused", "user", sent[k].user, "what", sent[k].what, "reason", s.Refused[len(s.Refused)-1].Reason, "tx", r.TxHash)
			continue
		}
		if kinds[k] != nil {
			if err := kinds[k](r); err != nil {
				return s, fmt.Errorf("step %d: %w", i, err)
			}
		}
	}
	return s, nil
}

// reportLiquidation adds the liquidation in receipt r to s.
func (a *AaveActivity) reportLiquidation(ctx context.Context, s *AaveStep, r *types.Receipt, user common.Address, before *big.Int) error {
	pool := bindings.NewPool()
	l := AaveLiquidation{User: user, HealthFactorBefore: before, Tx: r.TxHash, Gas: r.GasUsed}
	for _, log := range r.Logs {
		if log.Address != a.cfg.Market.Pool {
			continue
		}
		if ev, err := pool.UnpackLiquidationCallEvent(log); err == nil && ev.User == user {
			l.DebtCovered, l.CollateralSeized = ev.DebtToCover, ev.LiquidatedCollateralAmount
		}
	}
	if l.DebtCovered == nil {
		return fmt.Errorf("liquidation of %s: no LiquidationCall event in %s", user.Hex(), r.TxHash.Hex())
	}
	after, err := AaveAccount(ctx, a.host.owner.cfg.Client, a.cfg.Market, user)
	if err != nil {
		return err
	}
	l.HealthFactorAfter = after.HealthFactor
	s.Liquidations = append(s.Liquidations, l)
	a.log.Info("liquidation", "user", user, "hf_before", before, "hf_after", after.HealthFactor,
		"debt_covered", l.DebtCovered, "collateral_seized", l.CollateralSeized, "tx", r.TxHash)
	return nil
}

func maxUint256() *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return a
	}
	return b
}

// AaveAccount reads a user's position in m (Pool.getUserAccountData):
// collateral, debt and borrowing power in the oracle's unit (USD, 8
// decimals), the weighted liquidation threshold and LTV in basis points,
// and the health factor (1e18 = 1; the maximum uint256 without debt).
func AaveAccount(ctx context.Context, c ethereum.ContractCaller, m AaveMarket, user common.Address) (bindings.GetUserAccountDataOutput, error) {
	pool := bindings.NewPool()
	out, err := view(ctx, c, m.Pool, pool.PackGetUserAccountData(user), pool.UnpackGetUserAccountData)
	if err != nil {
		return out, fmt.Errorf("account of %s: %w", user.Hex(), err)
	}
	return out, nil
}

// AaveReserveConfig reads the configuration of asset's reserve in m
// (Pool.getConfiguration), unpacked.
func AaveReserveConfig(ctx context.Context, c ethereum.ContractCaller, m AaveMarket, asset common.Address) (contracts.ReserveConfiguration, error) {
	pool := bindings.NewPool()
	cfg, err := view(ctx, c, m.Pool, pool.PackGetConfiguration(asset), pool.UnpackGetConfiguration)
	if err != nil {
		return contracts.ReserveConfiguration{}, fmt.Errorf("configuration of %s: %w", asset.Hex(), err)
	}
	return contracts.DecodeReserveConfiguration(cfg.Data), nil
}
