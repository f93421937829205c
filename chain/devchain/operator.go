package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/steward-agents/steward/chain/contracts"
)

// DefaultPollInterval is how often an Operator asks for a receipt it waits for.
const DefaultPollInterval = 20 * time.Millisecond

// Backend is what an Operator needs of a node. *ethclient.Client and the
// simulated chain's client satisfy it.
type Backend interface {
	ethereum.ContractCaller
	ethereum.TransactionSender
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// OperatorConfig configures an Operator.
type OperatorConfig struct {
	// Client reaches the node. Required.
	Client Backend
	// Key signs the operator's transactions; its account deploys, and so
	// owns, the registry and the guard, and pays for gas. Required.
	Key *ecdsa.PrivateKey
	// ChainID is the node's chain id, for signing. Required.
	ChainID *big.Int
	// Mine, if set, mines a block on demand; the operator calls it after
	// sending what it then waits for. Leave it nil for a node that mines by
	// itself (anvil's automine or interval mining, a real network).
	Mine func(ctx context.Context) error
	// Flush, if set, asks a node that mines by itself for a block when a
	// transaction the operator waits for has had no receipt for FlushAfter:
	// anvil's automine can leave a ready transaction pending for good
	// (foundry-rs/foundry#10122). Nil for real networks.
	Flush func(ctx context.Context) error
	// FlushAfter is how long Wait waits before calling Flush. Defaults to 1s.
	FlushAfter time.Duration
	// PollInterval is the wait between two receipt requests. Defaults to 20ms.
	PollInterval time.Duration
	// Logger receives deployment messages. Defaults to discarding them.
	Logger *slog.Logger
}

func (cfg OperatorConfig) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	switch {
	case cfg.Client == nil:
		return bad("OperatorConfig.Client is nil")
	case cfg.Key == nil:
		return bad("OperatorConfig.Key is nil")
	case cfg.ChainID == nil || cfg.ChainID.Sign() <= 0:
		return bad("OperatorConfig.ChainID %v must be positive", cfg.ChainID)
	case cfg.PollInterval < 0:
		return bad("OperatorConfig.PollInterval %s is negative", cfg.PollInterval)
	case cfg.FlushAfter < 0:
		return bad("OperatorConfig.FlushAfter %s is negative", cfg.FlushAfter)
	}
	return nil
}

// Operator is the owner of a deployment on any node: it deploys the stack
// (Deploy), moves the market (MarketStep) and authorises agents
// (Authorize). It assigns its account's nonces itself, starting from the
// node's pending nonce, so that it can send several transactions before any
// is mined; nothing else may send from its account meanwhile.
type Operator struct {
	cfg  OperatorConfig
	addr common.Address
	log  *slog.Logger

	mu    sync.Mutex // orders nonce assignment and sending
	nonce uint64
}

// NewOperator checks cfg and reads the account's pending nonce from the node.
func NewOperator(ctx context.Context, cfg OperatorConfig) (*Operator, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if cfg.PollInterval == 0 {
		cfg.PollInterval = DefaultPollInterval
	}
	if cfg.FlushAfter == 0 {
		cfg.FlushAfter = time.Second
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	o := &Operator{cfg: cfg, addr: crypto.PubkeyToAddress(cfg.Key.PublicKey), log: cfg.Logger}
	nonce, err := cfg.Client.PendingNonceAt(ctx, o.addr)
	if err != nil {
		return nil, fmt.Errorf("operator %s nonce: %w", o.addr, err)
	}
	o.nonce = nonce
	return o, nil
}

// Address is the operator's account.
func (o *Operator) Address() common.Address { return o.addr }

// Resync takes the account's nonce from the node again, after a reorg
// changed which of its transactions are on the chain.
func (o *Operator) Resync(ctx context.Context) error {
	o.mu.Lock()
	defer o.mu.Unlock()
	n, err := o.cfg.Client.PendingNonceAt(ctx, o.addr)
	if err != nil {
		return fmt.Errorf("operator %s nonce: %w", o.addr, err)
	}
	o.nonce = n
	return nil
}

// NextNonce is the nonce the next Send will use.
func (o *Operator) NextNonce() uint64 {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.nonce
}

// Send signs a dynamic-fee transaction to `to` (nil creates a contract)
// with the next nonce, a 1 gwei tip and a fee cap of twice the head's base
// fee plus the tip, and hands it to the node without waiting. A rejection
// is decoded into the contract's named error where it carries revert data.
func (o *Operator) Send(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	head, err := o.cfg.Client.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("read head: %w", err)
	}
	tip := big.NewInt(params.GWei)
	feeCap := new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip)
	tx, err := types.SignNewTx(o.cfg.Key, types.LatestSignerForChainID(o.cfg.ChainID), &types.DynamicFeeTx{
		ChainID:   o.cfg.ChainID,
		Nonce:     o.nonce,
		GasTipCap: tip,
		GasFeeCap: feeCap,
		Gas:       gas,
		To:        to,
		Data:      data,
	})
	if err != nil {
		return nil, fmt.Errorf("sign: %w", err)
	}
	if err := o.cfg.Client.SendTransaction(ctx, tx); err != nil {
		return nil, contracts.DecodeError(err)
	}
	o.nonce++
	return tx, nil
}

// mine asks the node for a block if the operator was given a way to. It
// first waits (up to 2 s) until the node's pool holds every transaction it
// sent as pending: go-ethereum's pool promotes them on a goroutine of its
// own, and a block built earlier would leave them out.
func (o *Operator) mine(ctx context.Context) error {
	if o.cfg.Mine == nil {
		return nil
	}
	WaitPending(ctx, o.cfg.Client, o.addr, o.NextNonce(), pendingWait)
	if err := o.cfg.Mine(ctx); err != nil {
		return fmt.Errorf("mine: %w", err)
	}
	return nil
}

// Wait polls every PollInterval for tx's receipt until it is mined or ctx
// ends; a reverted transaction returns its receipt and ErrTxFailed.
func (o *Operator) Wait(ctx context.Context, tx *types.Transaction) (*types.Receipt, error) {
	flushAt := time.Now().Add(o.cfg.FlushAfter)
	for {
		receipt, err := o.cfg.Client.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if receipt.Status != types.ReceiptStatusSuccessful {
				return receipt, fmt.Errorf("%w: %s used %d of %d gas", ErrTxFailed, tx.Hash(), receipt.GasUsed, tx.Gas())
			}
			return receipt, nil
		}
		if o.cfg.Flush != nil && time.Now().After(flushAt) {
			o.log.Warn("no receipt yet; asking the node for a block", "tx", tx.Hash(), "after", o.cfg.FlushAfter)
			if ferr := o.cfg.Flush(ctx); ferr != nil {
				o.log.Warn("flush failed", "tx", tx.Hash(), "err", ferr)
			}
			flushAt = time.Now().Add(o.cfg.FlushAfter)
		}
		select {
		case <-ctx.Done():
			return nil, fmt.Errorf("wait for %s: %w", tx.Hash(), errors.Join(ctx.Err(), err))
		case <-time.After(o.cfg.PollInterval):
		}
	}
}

// send is Send, then Mine if configured, then Wait.
func (o *Operator) send(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Receipt, error) {
	tx, err := o.Send(ctx, to, data, gas)
	if err != nil {
		return nil, err
	}
	if err := o.mine(ctx); err != nil {
		return nil, err
	}
	return o.Wait(ctx, tx)
}

// MarketStep has DevTrader swap the pool to tick (one transaction) and
// returns its receipt once mined.
func (o *Operator) MarketStep(ctx context.Context, dep Deployment, tick int32) (*types.Receipt, error) {
	if tick <= MinTick || tick >= MaxTick {
		return nil, fmt.Errorf("%w: tick %d is outside (%d, %d)", ErrInvalidConfig, tick, MinTick, MaxTick)
	}
	r, err := o.send(ctx, &dep.Trader, marketStepData(dep, tick), swapGas)
	if err != nil {
		return r, fmt.Errorf("market step to tick %d: %w", tick, err)
	}
	return r, nil
}

// Authorize lets agent act on the outputs of modelDigest
// (registry.authorize) and returns once the transaction is mined.
func (o *Operator) Authorize(ctx context.Context, dep Deployment, agent common.Address, modelDigest common.Hash) error {
	if _, err := o.send(ctx, &dep.Registry, authorizeData(agent, modelDigest), authorizeGas); err != nil {
		return fmt.Errorf("authorize %s for model %s: %w", agent, modelDigest, err)
	}
	return nil
}

func marketStepData(dep Deployment, tick int32) []byte {
	return traderABI().PackSwapTo(dep.Pool, SqrtPriceX96AtTick(tick))
}

func authorizeData(agent common.Address, modelDigest common.Hash) []byte {
	return registryABI().PackAuthorize(agent, modelDigest, true)
}
