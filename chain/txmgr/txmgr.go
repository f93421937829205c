package txmgr

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/rpc"
)

// Backend is what the manager needs from a node.
type Backend interface {
	ethereum.GasEstimator
	ethereum.GasPricer
	ethereum.GasPricer1559
	ethereum.TransactionSender
	ethereum.TransactionReader
	ethereum.ChainReader
	PendingNonceAt(ctx context.Context, account common.Address) (uint64, error)
}

// Config configures a Manager.
type Config struct {
	// ChainID signs for this chain. Required.
	ChainID *big.Int
	// GasMarginPercent is added to the gas estimate. Defaults to 20.
	GasMarginPercent uint64
	// MaxFeeMultiplier sets maxFeePerGas = base fee × multiplier + tip. Defaults to 2.
	MaxFeeMultiplier int64
}

func (c *Config) validate() error {
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		return errors.New("txmgr: Config.ChainID must be > 0")
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	if c.MaxFeeMultiplier == 0 {
		c.MaxFeeMultiplier = 2
	}
	return nil
}

// Manager sends transactions from one key. Safe for concurrent use.
type Manager struct {
	cfg     Config
	backend Backend
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	logger  *slog.Logger

	mu        sync.Mutex
	nonce     uint64
	haveNonce bool
}

// New returns a Manager signing with key.
func New(cfg Config, backend Backend, key *ecdsa.PrivateKey, logger *slog.Logger) (*Manager, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, ErrNoKey
	}
	if logger == nil {
		logger = slog.Default()
	}
	return &Manager{
		cfg: cfg, backend: backend, key: key,
		from:   crypto.PubkeyToAddress(key.PublicKey),
		signer: types.LatestSignerForChainID(cfg.ChainID),
		logger: logger,
	}, nil
}

// From is the sending address.
func (m *Manager) From() common.Address { return m.from }

// Prepared is a simulated and signed transaction, not yet sent.
type Prepared struct {
	Tx       *types.Transaction
	GasLimit uint64
}

// Simulate runs the call against the latest block and returns its gas
// estimate; a revert comes back as *SimulationError.
func (m *Manager) Simulate(ctx context.Context, to common.Address, data []byte) (uint64, error) {
	gas, err := estimateNext(ctx, m.backend, ethereum.CallMsg{From: m.from, To: &to, Data: data})
	if err != nil {
		return 0, &SimulationError{RevertData: revertData(err), Err: err}
	}
	return gas, nil
}

// Prepare simulates a call to `to` with data from the manager's address and
// signs it. A revert comes back as *SimulationError and consumes no nonce.
func (m *Manager) Prepare(ctx context.Context, to common.Address, data []byte) (*Prepared, error) {
	gas, err := m.Simulate(ctx, to, data)
	if err != nil {
		return nil, err
	}
	gas += gas * m.cfg.GasMarginPercent / 100

	head, err := m.backend.HeaderByNumber(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("txmgr: latest header: %w", err)
	}
	fees, err := m.fees(ctx, head)
	if err != nil {
		return nil, err
	}

	m.mu.Lock()
	defer m.mu.Unlock()
	if !m.haveNonce {
		n, err := m.backend.PendingNonceAt(ctx, m.from)
		if err != nil {
			return nil, fmt.Errorf("txmgr: pending nonce of %s: %w", m.from, err)
		}
		m.nonce, m.haveNonce = n, true
	}
	tx, err := types.SignNewTx(m.key, m.signer, fees.tx(m.cfg.ChainID, m.nonce, gas, to, data))
	if err != nil {
		return nil, fmt.Errorf("txmgr: sign: %w", err)
	}
	m.nonce++
	return &Prepared{Tx: tx, GasLimit: gas}, nil
}

// Resync makes the next Prepare take the nonce from the node again. Call it
// when a prepared transaction will not be sent, so its nonce is reused
// instead of leaving a gap that would block every later transaction.
func (m *Manager) Resync() {
	m.mu.Lock()
	m.haveNonce = false
	m.mu.Unlock()
}

// Send hands a prepared transaction to the node. On failure the local nonce
// is resynchronised from the node on the next Prepare.
func (m *Manager) Send(ctx context.Context, p *Prepared) error {
	if err := m.backend.SendTransaction(ctx, p.Tx); err != nil {
		m.Resync()
		return fmt.Errorf("txmgr: send %s (nonce %d): %w", p.Tx.Hash(), p.Tx.Nonce(), err)
	}
	m.logger.Debug("transaction sent", "tx", p.Tx.Hash(), "nonce", p.Tx.Nonce(), "gas", p.GasLimit)
	return nil
}

// Receipt returns the receipt, or nil while the transaction is pending.
func (m *Manager) Receipt(ctx context.Context, hash common.Hash) (*types.Receipt, error) {
	r, err := m.backend.TransactionReceipt(ctx, hash)
	if notYet(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("txmgr: receipt %s: %w", hash, err)
	}
	return r, nil
}

// revertData digs the revert payload out of a node error, if it carries one.
func revertData(err error) []byte {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil
	}
	switch d := de.ErrorData().(type) {
	case string:
		b, decErr := hexutil.Decode(d)
		if decErr == nil {
			return b
		}
	case []byte:
		return d
	}
	return nil
}

// fees is either an EIP-1559 fee pair or, on chains without a base fee, a
// legacy gas price.
type fees struct {
	tip, feeCap *big.Int // EIP-1559
	gasPrice    *big.Int // legacy
}

func (m *Manager) fees(ctx context.Context, head *types.Header) (fees, error) {
	return suggestFees(ctx, m.backend, head, m.cfg.MaxFeeMultiplier)
}

// suggestFees asks the node for fees at head: a legacy gas price without a
// base fee, else tip + base fee × multiplier.
func suggestFees(ctx context.Context, backend Backend, head *types.Header, multiplier int64) (fees, error) {
	if head.BaseFee == nil {
		price, err := backend.SuggestGasPrice(ctx)
		if err != nil {
			return fees{}, fmt.Errorf("txmgr: suggest gas price: %w", err)
		}
		return fees{gasPrice: price}, nil
	}
	tip, err := backend.SuggestGasTipCap(ctx)
	if err != nil {
		return fees{}, fmt.Errorf("txmgr: suggest tip: %w", err)
	}
	feeCap := new(big.Int).Add(tip, new(big.Int).Mul(head.BaseFee, big.NewInt(multiplier)))
	return fees{tip: tip, feeCap: feeCap}, nil
}

func (f fees) tx(chainID *big.Int, nonce, gas uint64, to common.Address, data []byte) types.TxData {
	if f.gasPrice != nil {
		return &types.LegacyTx{Nonce: nonce, GasPrice: f.gasPrice, Gas: gas, To: &to, Data: data}
	}
	return &types.DynamicFeeTx{ChainID: chainID, Nonce: nonce, GasTipCap: f.tip, GasFeeCap: f.feeCap,
		Gas: gas, To: &to, Data: data}
}

// pendingEstimator is a node client that can estimate against a chosen
// block (ethclient's EstimateGasAtBlock).
type pendingEstimator interface {
	EstimateGasAtBlock(ctx context.Context, msg ethereum.CallMsg, blockNumber *big.Int) (uint64, error)
}

// pendingBlock selects the node's pending block in EstimateGasAtBlock.
var pendingBlock = big.NewInt(int64(rpc.PendingBlockNumber))

// estimateNext simulates msg in the context of the next block, where the
// transaction will land: block.number is one past the latest block and
// BLOCKHASH of the latest block is known, so ParameterGuard's check that a
// record rests on a canonical, earlier block passes in simulation as it will
// on chain. Nodes whose client cannot select the block fall back to their
// default (usually latest).
func estimateNext(ctx context.Context, b ethereum.GasEstimator, msg ethereum.CallMsg) (uint64, error) {
	if pe, ok := b.(pendingEstimator); ok {
		return pe.EstimateGasAtBlock(ctx, msg, pendingBlock)
	}
	return b.EstimateGas(ctx, msg)
}

// notYet reports whether a receipt lookup failed only because the node does
// not have it yet: not found, or geth still indexing its transactions
// ("transaction indexing is in progress", which carries no error code of its own).
func notYet(err error) bool {
	return errors.Is(err, ethereum.NotFound) ||
		(err != nil && strings.Contains(err.Error(), "transaction indexing is in progress"))
}
