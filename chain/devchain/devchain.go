package devchain

import (
	"context"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/ethereum/go-ethereum/params"

	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

const (
	chainID        = 1337 // the simulated backend's fixed chain id
	blockGasLimit  = 60_000_000
	receiptPollMin = 10 * time.Millisecond
	pendingWait    = 2 * time.Second        // for the pool to promote the owner's transactions
	stalledWait    = 250 * time.Millisecond // pending nonce unchanged this long: a gap, not a slow pool
)

// Deployment holds the addresses of everything New deployed.
type Deployment struct {
	Token0, Token1 common.Address // tUSDC (6 decimals) < tWETH (18 decimals), as on mainnet
	Factory, Pool  common.Address // Uniswap v3 core 1.0.1, the fee-500 tUSDC/tWETH pool
	Registry       common.Address // InferenceRegistry
	Verifier       common.Address // MerkleVerifier, the guard's record verifier
	Guard          common.Address // ParameterGuard, a committer of the registry
	Vault          common.Address // RangeVault on Pool, moved only by Guard
	Trader         common.Address // DevTrader, the market generator
	Fee            uint32
	TickSpacing    int32
}

// Chain is an in-process Prague chain with Steward's contracts and a Uniswap
// v3 market deployed, whose price follows Config.PriceTicks one step per block.
type Chain struct {
	cfg       Config
	log       *slog.Logger
	backend   *backend
	client    simulated.Client
	op        *Operator // the owner: signs the deployment, Authorize and the market steps
	ownerAddr common.Address
	dep       Deployment
	httpURL   string
	wsURL     string

	mu      sync.Mutex // serialises owner transactions, mining, Start and Stop
	step    int        // index in PriceTicks of the pool's current target tick
	stopped bool
	cancel  context.CancelFunc
	done    chan struct{} // closed when the block loop exits; nil before Start

	stopOnce sync.Once
}

// New starts the chain (genesis with Prague rules, chain id 1337, gas limit
// 60M, Config.Funded accounts holding 1000 ETH each), serves RPC if asked,
// and deploys: tUSDC and tWETH, the Uniswap v3 factory and a fee-500 pool
// initialised at PriceTicks[0], DevTrader with deep base liquidity over the
// whole path, InferenceRegistry, ParameterGuard (a committer), and RangeVault
// (funded with effectively unlimited tokens, no position yet). The guard's
// current tickLower/tickUpper start 1000 ticks either side of PriceTicks[0]
// (aligned, clamped to the bounds); the vault mints its first position on
// the first change the guard applies. The owner key never leaves the Chain;
// it signs the deployment, Authorize and the market steps.
func New(ctx context.Context, cfg Config) (*Chain, error) {
	cfg = cfg.withDefaults()
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	owner, err := crypto.ToECDSA(crypto.Keccak256([]byte("steward devchain owner")))
	if err != nil {
		return nil, fmt.Errorf("owner key: %w", err)
	}
	c := &Chain{cfg: cfg, log: cfg.Logger, ownerAddr: crypto.PubkeyToAddress(owner.PublicKey)}

	ether := new(big.Int).SetUint64(params.Ether)
	alloc := types.GenesisAlloc{c.ownerAddr: {Balance: new(big.Int).Mul(big.NewInt(1_000_000), ether)}}
	for _, a := range cfg.Funded {
		alloc[a] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1000), ether)}
	}
	ls, err := listen(cfg)
	if err != nil {
		return nil, err
	}
	if c.backend, err = newBackend(alloc, ls, cfg.GenesisTime, cfg.Archive); err != nil {
		return nil, err
	}
	c.httpURL, c.wsURL = ls.urls()
	c.client = c.backend.client
	c.op, err = NewOperator(ctx, OperatorConfig{
		Client:  c.client,
		Key:     owner,
		ChainID: big.NewInt(chainID),
		// Deploy and DeployGovernance use it, under c.mu (the block loop waits).
		Mine:         func(ctx context.Context) error { _, err := c.seal(ctx); return err },
		PollInterval: max(cfg.BlockInterval/4, receiptPollMin),
	})
	if err != nil {
		_ = c.backend.close()
		return nil, err
	}
	if err := c.deploy(ctx); err != nil {
		_ = c.backend.close()
		return nil, fmt.Errorf("deploy: %w", err)
	}
	c.log.Info("devchain ready", "pool", c.dep.Pool, "vault", c.dep.Vault, "guard", c.dep.Guard,
		"registry", c.dep.Registry, "tick", cfg.PriceTicks[0], "http", c.httpURL, "ws", c.wsURL)
	return c, nil
}

// pragueConfig is go-ethereum's dev chain config without the forks after
// Prague, so gas is priced as on mainnet.
func pragueConfig() *params.ChainConfig {
	cfg := *params.AllDevChainProtocolChanges
	cfg.OsakaTime, cfg.BPO1Time, cfg.BPO2Time, cfg.BPO3Time, cfg.BPO4Time, cfg.BPO5Time = nil, nil, nil, nil, nil, nil
	cfg.AmsterdamTime, cfg.BogotaTime, cfg.UBTTime = nil, nil, nil
	return &cfg
}

// Client returns an RPC client of the chain; it stops working after Stop.
func (c *Chain) Client() simulated.Client { return c.client }

// Owner is the account that deployed everything and owns the registry and
// the guard (AsOwner sends from it).
func (c *Chain) Owner() common.Address { return c.ownerAddr }

// ChainID returns the chain id, 1337.
func (c *Chain) ChainID() *big.Int { return big.NewInt(chainID) }

// Deployment returns the deployed contracts' addresses.
func (c *Chain) Deployment() Deployment { return c.dep }

// Endpoints returns the RPC URLs ("http://host:port", "ws://host:port"); an
// endpoint that is not served is empty.
func (c *Chain) Endpoints() (httpURL, wsURL string) { return c.httpURL, c.wsURL }

// Authorize lets agent act on the outputs of modelDigest (registry.authorize
// by the owner) and returns once the transaction is mined: in the next block
// of the running loop, or in a block mined right away before Start.
func (c *Chain) Authorize(ctx context.Context, agent common.Address, modelDigest common.Hash) error {
	if _, err := c.AsOwner(ctx, &c.dep.Registry, authorizeData(agent, modelDigest), 0); err != nil {
		return fmt.Errorf("authorize %s for model %s: %w", agent, modelDigest, err)
	}
	return nil
}

// AsOwner sends data to `to` (nil deploys data as init code) from the
// account that owns the registry and the guard (and is the guard's
// guardian), with the gas limit given (0: estimated, see
// Operator.EstimateGas, so a transaction that would revert fails with the
// contract's named error and is not sent), and returns the receipt once
// mined: in the next block of the running loop, or in a block mined right
// away before Start. A reverted transaction returns ErrTxFailed.
func (c *Chain) AsOwner(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	c.mu.Lock()
	if c.stopped {
		c.mu.Unlock()
		return nil, ErrStopped
	}
	tx, err := c.op.Send(ctx, to, data, gas)
	if err == nil && !c.loopRunning() {
		c.mineLocked(ctx)
	}
	c.mu.Unlock()
	if err != nil {
		return nil, err
	}
	return c.op.Wait(ctx, tx)
}

// Commit takes one market step and mines a block: DevTrader swaps the pool
// to the next tick of the path (wrapping around at its end), and the block
// also includes whatever agents sent. It returns the new block's hash, or the
// zero hash after Stop. A failed market step is logged; the block is mined anyway.
func (c *Chain) Commit() common.Hash {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return common.Hash{}
	}
	c.step = (c.step + 1) % len(c.cfg.PriceTicks)
	target := c.cfg.PriceTicks[c.step]
	ctx := context.Background()
	// Estimated on the pending state, which holds the agents' transactions
	// the node had when it built it; the margin covers later ones, and an
	// order that puts them before the step.
	tx, err := c.op.Send(ctx, &c.dep.Trader, marketStepData(c.dep, target), 0)
	hash := c.mineLocked(ctx)
	if err != nil {
		c.log.Error("market step not sent", "tick", target, "err", err)
		return hash
	}
	receipt, err := c.client.TransactionReceipt(ctx, tx.Hash())
	switch {
	case err != nil:
		c.log.Warn("market step not mined", "tick", target, "tx", tx.Hash(), "err", err)
	case receipt.Status != types.ReceiptStatusSuccessful:
		c.log.Error("market step reverted", "tick", target, "tx", tx.Hash(), "gas", receipt.GasUsed)
	default:
		c.log.Debug("block", "number", receipt.BlockNumber, "tick", target)
	}
	return hash
}

// Play mines one block whose market step is steps, replayed in order by
// one DevTrader.play transaction after whatever agents sent, instead of
// Commit's step along PriceTicks; no steps, and the block holds only what
// agents sent. Unlike Commit, steps that revert are an error naming the
// pool's reason (the block is mined all the same). The
// steps must fit one transaction (EIP-7825: 16.78M gas, some 60 mints
// that initialise their ticks). It returns the new head's hash and the
// gas the steps used.
func (c *Chain) Play(ctx context.Context, steps []bindings.DevTraderStep) (common.Hash, uint64, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return common.Hash{}, 0, ErrStopped
	}
	if len(steps) == 0 {
		return c.mineLocked(ctx), 0, nil
	}
	// Not estimated (an estimate runs the steps several times, which was a
	// third of a backtest block): sent with the per-transaction limit, and
	// run once more only to name the pool's reason when they revert.
	data := traderABI().PackPlay(c.dep.Pool, steps)
	tx, err := c.op.Send(ctx, &c.dep.Trader, data, playGas)
	if err != nil {
		return common.Hash{}, 0, fmt.Errorf("market steps not sent: %w", err)
	}
	hash := c.mineLocked(ctx)
	r, err := c.client.TransactionReceipt(ctx, tx.Hash())
	if err != nil {
		return hash, 0, fmt.Errorf("market steps %s not mined: %w", tx.Hash(), err)
	}
	if r.Status != types.ReceiptStatusSuccessful {
		_, why := c.client.CallContract(ctx, ethereum.CallMsg{From: c.ownerAddr, To: &c.dep.Trader, Data: data, Gas: playGas},
			new(big.Int).Sub(r.BlockNumber, big.NewInt(1)))
		return hash, r.GasUsed, fmt.Errorf("market steps %s reverted (gas %d): %w", tx.Hash(), r.GasUsed, contracts.DecodeError(why))
	}
	return hash, r.GasUsed, nil
}

// playGas is a Play transaction's gas limit: EIP-7825's per-transaction
// cap (2^24), which the simulated chain's Osaka rules enforce.
const playGas = 1 << 24

// Fork starts a side chain on the block with hash ancestor, to simulate a
// reorg: the next Commits build on it, and once the side chain is longer
// it becomes canonical. The blocks above the ancestor are orphaned; the
// market generator's nonce is re-read from the node.
func (c *Chain) Fork(ctx context.Context, ancestor common.Hash) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return ErrStopped
	}
	if err := c.backend.fork(ancestor); err != nil {
		return fmt.Errorf("fork at %s: %w", ancestor, err)
	}
	// The side chain's blocks differ from the orphaned ones: the market
	// path goes on, so each block's market step moves to another tick.
	return c.op.Resync(ctx)
}

// Start mines a block (Commit) every Config.BlockInterval in the background
// until Stop is called or ctx is done.
func (c *Chain) Start(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return ErrStopped
	}
	if c.done != nil {
		return ErrAlreadyStarted
	}
	loopCtx, cancel := context.WithCancel(ctx)
	c.cancel, c.done = cancel, make(chan struct{})
	go c.loop(loopCtx, c.done)
	return nil
}

func (c *Chain) loop(ctx context.Context, done chan<- struct{}) {
	defer close(done)
	ticker := time.NewTicker(c.cfg.BlockInterval)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			c.Commit()
		}
	}
}

// loopRunning reports whether the block loop is mining; the caller holds c.mu.
func (c *Chain) loopRunning() bool {
	if c.done == nil {
		return false
	}
	select {
	case <-c.done:
		return false
	default:
		return true
	}
}

// Stop ends the block loop, stops serving RPC and closes the chain. It is
// idempotent and safe to call without Start.
func (c *Chain) Stop() {
	c.stopOnce.Do(func() {
		c.mu.Lock()
		cancel, done := c.cancel, c.done
		c.mu.Unlock()
		if cancel != nil {
			cancel()
			<-done
		}
		c.mu.Lock()
		defer c.mu.Unlock()
		c.stopped = true
		if err := c.backend.close(); err != nil {
			c.log.Warn("devchain close", "err", err)
		}
		c.log.Info("devchain stopped")
	})
}

// mineLocked waits until the pool holds every owner transaction as pending
// (the pool promotes them on a background goroutine, and a block built
// earlier would leave them out), then mines a block; the caller holds c.mu.
func (c *Chain) mineLocked(ctx context.Context) common.Hash {
	deadline := time.Now().Add(pendingWait)
	var last uint64
	since := time.Now()
	for time.Now().Before(deadline) {
		n, err := c.client.PendingNonceAt(ctx, c.ownerAddr)
		if err != nil || n >= c.op.NextNonce() {
			break
		}
		if n != last {
			last, since = n, time.Now()
		} else if time.Since(since) > stalledWait {
			// The pool stopped taking the owner's transactions: a reorg
			// deeper than the pool re-injects (64 blocks) dropped earlier
			// ones, leaving a nonce gap. Take the nonce from the node again.
			c.log.Warn("owner nonce gap after a reorg; resynchronising", "pending", n, "next", c.op.NextNonce())
			if err := c.op.Resync(ctx); err != nil {
				c.log.Error("resync owner nonce", "err", err)
			}
			break
		}
		time.Sleep(time.Millisecond)
	}
	head, _ := c.seal(ctx) // seal logs a failure; callers see the old head
	return head
}

// sealAttempts bounds seal's retries.
const sealAttempts = 3

// seal mines one block and returns the new head. go-ethereum's simulated
// beacon only logs a failure to seal and returns the old head, so seal
// compares the heads and retries; after sealAttempts it returns the old
// head and ErrNotSealed, instead of letting callers wait for a block.
func (c *Chain) seal(ctx context.Context) (common.Hash, error) {
	before, err := c.client.HeaderByNumber(ctx, nil)
	if err != nil {
		return c.backend.commit(), nil
	}
	var head common.Hash
	for attempt := 1; attempt <= sealAttempts; attempt++ {
		if head = c.backend.commit(); head != before.Hash() {
			return head, nil
		}
		c.log.Warn("the simulated beacon sealed no block; retrying", "head", before.Number, "attempt", attempt)
		time.Sleep(10 * time.Millisecond)
	}
	c.log.Error("no block sealed", "head", before.Number, "attempts", sealAttempts)
	return head, fmt.Errorf("%w on head %d after %d attempts", ErrNotSealed, before.Number, sealAttempts)
}

// deploy deploys the stack through the owner's operator, one block per round.
func (c *Chain) deploy(ctx context.Context) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	low, high := pathRange(c.cfg.PriceTicks)
	dep, err := c.op.Deploy(ctx, DeployParams{
		StartTick:   c.cfg.PriceTicks[0],
		MarketLow:   low,
		MarketHigh:  high,
		LowerBounds: c.cfg.LowerBounds,
		UpperBounds: c.cfg.UpperBounds,
		Liquidity:   c.cfg.Liquidity,

		NoBaseLiquidity: c.cfg.NoBaseLiquidity,
	})
	c.dep = dep
	return err
}
