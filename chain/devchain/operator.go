package devchain

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/big"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/params"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/chain/contracts"
)

// DefaultPollInterval is how often an Operator asks for a receipt it waits for.
const DefaultPollInterval = 20 * time.Millisecond

// settleTimeout bounds how long a resuming Deploy waits for the operator's
// earlier transactions to be mined.
const settleTimeout = 2 * time.Minute

// Gas limits. The Operator sends every transaction with the node's
// eth_estimateGas for it (from its own account, on the pending state where
// the node offers one) plus gasMarginPercent and gasMarginFixed, instead of
// fixed limits: forks and chains price the same call differently (issue 9:
// a node with Osaka rules put an authorisation at ~248,000 gas, over the
// 200,000 once fixed here), and a transaction that would revert then fails
// at estimation, with the contract's named error, before anything is sent.
//
// The margin covers what an estimate cannot see: the transaction runs in a
// later block than the state it was estimated on, after whatever that
// block holds first (an agent's re-range adds two initialised ticks; a
// market step crossing one costs 15,000–27,000 gas more, measured on the
// embedded chain, against ~53,000 of margin on a 163,000-gas step), and
// nodes differ in how tightly they search. The margin never lifts a limit above maxTxGas (the
// per-transaction cap of EIP-7825, from Osaka on); an estimate above it is
// sent as it is, for the node to refuse.
const (
	gasMarginPercent = 20
	gasMarginFixed   = 20_000
	maxTxGas         = 1 << 24
)

// gasWithMargin is the gas limit for a transaction estimated at estimate.
func gasWithMargin(estimate uint64) uint64 {
	return max(min(estimate+estimate*gasMarginPercent/100+gasMarginFixed, maxTxGas), estimate)
}

// Backend is what an Operator needs of a node. *ethclient.Client and the
// simulated chain's client satisfy it.
type Backend interface {
	ethereum.ContractCaller
	ethereum.TransactionSender
	ethereum.GasEstimator
	CodeAt(ctx context.Context, account common.Address, blockNumber *big.Int) ([]byte, error)
	HeaderByNumber(ctx context.Context, number *big.Int) (*types.Header, error)
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
	TransactionReceipt(ctx context.Context, txHash common.Hash) (*types.Receipt, error)
}

// pendingEstimator is a Backend that can estimate on a chosen block, here
// "pending" (*ethclient.Client, and so the simulated chain's client).
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
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

// EstimateGas returns the gas limit the operator gives a transaction of
// data to `to` (nil: a contract creation): the node's eth_estimateGas from
// the operator's account on the pending state, with the margin described at
// gasMarginPercent. A node that refuses to estimate on "pending" is asked
// for its default state instead. A transaction that would revert fails
// here, as the contract's named error (*contracts.RevertError) where the
// node returns revert data. An estimate sees the chain as it is: a
// transaction that needs another one mined first can only be estimated
// after that one is mined.
func (o *Operator) EstimateGas(ctx context.Context, to *common.Address, data []byte) (uint64, error) {
	return o.estimateGas(ctx, ethereum.CallMsg{From: o.addr, To: to, Data: data})
}

// estimateGas is EstimateGas for msg, which may carry a value.
func (o *Operator) estimateGas(ctx context.Context, msg ethereum.CallMsg) (uint64, error) {
	var (
		gas uint64
		err error
	)
	if pe, ok := o.cfg.Client.(pendingEstimator); ok {
		gas, err = pe.EstimateGasAtBlock(ctx, msg, big.NewInt(int64(rpc.PendingBlockNumber)))
		if _, reverted := contracts.RevertData(err); err != nil && !reverted && ctx.Err() == nil {
			gas, err = o.cfg.Client.EstimateGas(ctx, msg)
		}
	} else {
		gas, err = o.cfg.Client.EstimateGas(ctx, msg)
	}
	if err != nil {
		return 0, fmt.Errorf("estimate gas: %w", contracts.DecodeError(err))
	}
	return gasWithMargin(gas), nil
}

// Send signs a dynamic-fee transaction to `to` (nil creates a contract)
// with the next nonce, a 1 gwei tip and a fee cap of twice the head's base
// fee plus the tip, and hands it to the node without waiting. gas is its
// limit; 0 has EstimateGas choose it, so a transaction that would revert
// fails here, decoded, and is not sent. A rejection by the node is decoded
// into the contract's named error too, where it carries revert data.
func (o *Operator) Send(ctx context.Context, to *common.Address, data []byte, gas uint64) (*types.Transaction, error) {
	return o.sendValue(ctx, to, data, nil, gas)
}

// sendValue is Send with value wei (nil: none) sent along.
func (o *Operator) sendValue(ctx context.Context, to *common.Address, data []byte, value *big.Int, gas uint64) (*types.Transaction, error) {
	if gas == 0 {
		var err error
		if gas, err = o.estimateGas(ctx, ethereum.CallMsg{From: o.addr, To: to, Data: data, Value: value}); err != nil {
			return nil, err
		}
	}
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
		Value:     value,
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

// settle waits until every transaction the operator's account has sent is
// mined (its nonce at the latest block has reached its pending nonce), so
// that what a resuming Deploy reads on chain is final: a killed deploy can
// leave a round in the node's pool. It asks for blocks as Wait does
// (Mine, or Flush after FlushAfter), gives up after settleTimeout with
// ErrPendingTxs, and then takes the nonce from the node again.
func (o *Operator) settle(ctx context.Context, out io.Writer) error {
	deadline := time.Now().Add(settleTimeout)
	flushAt := time.Now().Add(o.cfg.FlushAfter)
	for said := false; ; {
		mined, err := o.cfg.Client.NonceAt(ctx, o.addr, nil)
		if err != nil {
			return fmt.Errorf("operator %s nonce: %w", o.addr, err)
		}
		pending, err := o.cfg.Client.PendingNonceAt(ctx, o.addr)
		if err != nil {
			return fmt.Errorf("operator %s pending nonce: %w", o.addr, err)
		}
		if mined >= pending {
			return o.Resync(ctx)
		}
		if !said {
			fmt.Fprintf(out, "waiting for %d pending transaction(s) of %s to be mined\n", pending-mined, o.addr.Hex())
			said = true
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("%w: %d of %s after %s (nonces %d to %d); wait for them or replace them, then run again",
				ErrPendingTxs, pending-mined, o.addr.Hex(), settleTimeout, mined, pending-1)
		}
		if err := o.mine(ctx); err != nil {
			return err
		}
		if o.cfg.Flush != nil && time.Now().After(flushAt) {
			if err := o.cfg.Flush(ctx); err != nil {
				o.log.Warn("flush failed", "err", err)
			}
			flushAt = time.Now().Add(o.cfg.FlushAfter)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(o.cfg.PollInterval):
		}
	}
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

// send is Send with an estimated gas limit, then Mine if configured, then Wait.
func (o *Operator) send(ctx context.Context, to *common.Address, data []byte) (*types.Receipt, error) {
	return o.sendAndWait(ctx, to, data, nil)
}

// sendAndWait is send with value wei (nil: none) sent along.
func (o *Operator) sendAndWait(ctx context.Context, to *common.Address, data []byte, value *big.Int) (*types.Receipt, error) {
	tx, err := o.sendValue(ctx, to, data, value, 0)
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
	r, err := o.send(ctx, &dep.Trader, marketStepData(dep, tick))
	if err != nil {
		return r, fmt.Errorf("market step to tick %d: %w", tick, err)
	}
	return r, nil
}

// Authorize lets agent act on the outputs of modelDigest
// (registry.authorize) and returns once the transaction is mined.
func (o *Operator) Authorize(ctx context.Context, dep Deployment, agent common.Address, modelDigest common.Hash) error {
	_, err := o.authorize(ctx, dep, agent, modelDigest)
	return err
}

// EnsureAuthorized is Authorize unless the registry already lets agent act
// on modelDigest: then it sends nothing and returns a nil receipt. A resumed
// deployment uses it to authorise only what is missing.
func (o *Operator) EnsureAuthorized(ctx context.Context, dep Deployment, agent common.Address, modelDigest common.Hash) (*types.Receipt, error) {
	reg := registryABI()
	ok, err := view(ctx, o.cfg.Client, dep.Registry, reg.PackIsAuthorized(agent, modelDigest), reg.UnpackIsAuthorized)
	if err != nil {
		return nil, fmt.Errorf("is %s authorised for model %s: %w", agent, modelDigest, err)
	}
	if ok {
		return nil, nil
	}
	return o.authorize(ctx, dep, agent, modelDigest)
}

func (o *Operator) authorize(ctx context.Context, dep Deployment, agent common.Address, modelDigest common.Hash) (*types.Receipt, error) {
	r, err := o.send(ctx, &dep.Registry, authorizeData(agent, modelDigest))
	if err != nil {
		return r, fmt.Errorf("authorize %s for model %s: %w", agent, modelDigest, err)
	}
	return r, nil
}

func marketStepData(dep Deployment, tick int32) []byte {
	return traderABI().PackSwapTo(dep.Pool, SqrtPriceX96AtTick(tick))
}

func authorizeData(agent common.Address, modelDigest common.Hash) []byte {
	return registryABI().PackAuthorize(agent, modelDigest, true)
}
