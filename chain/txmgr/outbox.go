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

	"github.com/steward-agents/steward/chain/txtype"
)

// OutboxStore is what the outbox needs of a store; agents/store.Store
// satisfies it (checked there).
type OutboxStore interface {
	InsertTransaction(ctx context.Context, tx txtype.Transaction) (int64, error)
	Transaction(ctx context.Context, id int64) (txtype.Transaction, error)
	TransactionByKey(ctx context.Context, key string) (txtype.Transaction, error)
	OpenTransactions(ctx context.Context, from common.Address) ([]txtype.Transaction, error)
	ReserveNonce(ctx context.Context, from common.Address, nodePending uint64) (uint64, error)
	MarkTxSigned(ctx context.Context, id int64, signed txtype.SignedTx) error
	MarkTxSent(ctx context.Context, id int64, hash common.Hash) error
	MarkTxIncluded(ctx context.Context, id int64, inc txtype.Inclusion) error
	MarkTxConfirmed(ctx context.Context, id int64, gasUsed, blockNumber uint64) error
	MarkTxReplaced(ctx context.Context, id int64) error
	MarkTxDropped(ctx context.Context, id int64, reason string) error
	MarkTxReorged(ctx context.Context, id int64) error
	MarkTxFailed(ctx context.Context, id int64, reason string) error
}

// OutboxBackend is what the outbox needs from a node: Backend
// and the mined nonce of an account.
type OutboxBackend interface {
	Backend
	NonceAt(ctx context.Context, account common.Address, blockNumber *big.Int) (uint64, error)
}

// OutboxConfig configures an Outbox.
type OutboxConfig struct {
	// ChainID signs for this chain. Required.
	ChainID *big.Int
	// Agent names the rows' agent (the first agent, when several share
	// the outbox of their key; Request.Agent names the others'). Required.
	Agent string
	// Confirmations is how many blocks (the inclusion block counts as one)
	// make an included transaction confirmed. Defaults to 1.
	Confirmations uint64
	// BumpAfterBlocks is how many heads a sent transaction may stay pending
	// before it is replaced with higher fees. Defaults to 3.
	BumpAfterBlocks uint64
	// BumpPercent raises both fees of a replacement by at least this much
	// (nodes refuse less than 10). Defaults to 20.
	BumpPercent uint64
	// MaxFeeCap is the highest fee cap (wei per gas) a bump may reach; a
	// transaction that needs more is reported stuck. Defaults to 500 gwei.
	MaxFeeCap *big.Int
	// InitialFeeCap, when set, caps the fee cap of a first attempt (chains
	// with fixed fees; tests that underprice on purpose).
	InitialFeeCap *big.Int
	// GasMarginPercent is added to the gas estimate. Defaults to 20.
	GasMarginPercent uint64
	// MaxFeeMultiplier sets maxFeePerGas = base fee × multiplier + tip. Defaults to 2.
	MaxFeeMultiplier int64
	// BuilderURL, when set, sends every transaction as a one-transaction
	// bundle with eth_sendBundle to this builder instead of to the node.
	BuilderURL string
	// Fence, when set, is asked before every broadcast (first sends,
	// re-broadcasts, replacements) and before Submit reserves a nonce; a
	// refusal sends nothing (see Fence). Defaults to none: every broadcast
	// is allowed (one replica per agent).
	Fence Fence
}

func (c *OutboxConfig) validate() error {
	var errs []error
	if c.ChainID == nil || c.ChainID.Sign() <= 0 {
		errs = append(errs, errors.New("txmgr: OutboxConfig.ChainID must be > 0"))
	}
	if c.Agent == "" {
		errs = append(errs, errors.New("txmgr: OutboxConfig.Agent is required"))
	}
	if c.BumpPercent != 0 && c.BumpPercent < 10 {
		errs = append(errs, fmt.Errorf("txmgr: OutboxConfig.BumpPercent %d is below 10 (nodes refuse smaller bumps)", c.BumpPercent))
	}
	if c.MaxFeeCap != nil && c.MaxFeeCap.Sign() <= 0 {
		errs = append(errs, errors.New("txmgr: OutboxConfig.MaxFeeCap must be > 0"))
	}
	if c.InitialFeeCap != nil && c.InitialFeeCap.Sign() <= 0 {
		errs = append(errs, errors.New("txmgr: OutboxConfig.InitialFeeCap must be > 0"))
	}
	if c.MaxFeeMultiplier < 0 {
		errs = append(errs, errors.New("txmgr: OutboxConfig.MaxFeeMultiplier must be >= 0"))
	}
	if err := errors.Join(errs...); err != nil {
		return err
	}
	if c.Confirmations == 0 {
		c.Confirmations = 1
	}
	if c.BumpAfterBlocks == 0 {
		c.BumpAfterBlocks = 3
	}
	if c.BumpPercent == 0 {
		c.BumpPercent = 20
	}
	if c.MaxFeeCap == nil {
		c.MaxFeeCap = new(big.Int).Mul(big.NewInt(500), big.NewInt(1_000_000_000))
	}
	if c.GasMarginPercent == 0 {
		c.GasMarginPercent = 20
	}
	if c.MaxFeeMultiplier == 0 {
		c.MaxFeeMultiplier = 2
	}
	return nil
}

// Request is one transaction to send through the outbox.
type Request struct {
	// Key makes Submit idempotent, e.g. "<agent>/decision/<id>". Required.
	Key  string
	To   common.Address
	Data []byte
	// Root is stored with the row (the Merkle root the bundle commits).
	Root common.Hash
	// Agent names the row's agent when several agents share the outbox of
	// their key; defaults to OutboxConfig.Agent.
	Agent string
}

// StuckTx is a transaction that needs a fee above OutboxConfig.MaxFeeCap.
type StuckTx struct {
	Tx     txtype.Transaction
	Reason string
}

// Outbox is the durable transaction manager of one key: every transaction
// is a store row saved, with its signed bytes, before it is broadcast. Safe
// for concurrent use; Submit, Reconcile and Tick run one at a time.
type Outbox struct {
	cfg     OutboxConfig
	backend OutboxBackend
	st      OutboxStore
	key     *ecdsa.PrivateKey
	from    common.Address
	signer  types.Signer
	logger  *slog.Logger
	builder *rpc.Client

	mu     sync.Mutex
	head   uint64
	ticked common.Hash   // the last head Advance ticked at
	tip    *types.Header // that head, for the fees (latestHeader)
	// ticking is set while Advance ticks at tip (headerAt).
	ticking bool
	sentAt  map[int64]uint64 // head at which a row was (last) seen sent
	// usedAt is the head at which a sent row's nonce was first seen used
	// with no receipt for it: it is dropped only if a later head says so
	// too (anvil answers a nonce before the receipt while it mines).
	usedAt map[int64]uint64
	stuck  map[int64]StuckTx // rows above the fee cap
}

// NewOutbox returns an Outbox signing with key and keeping its rows in st.
// Call Reconcile before the first Submit after a start.
func NewOutbox(cfg OutboxConfig, backend OutboxBackend, st OutboxStore, key *ecdsa.PrivateKey, logger *slog.Logger) (*Outbox, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	if key == nil {
		return nil, ErrNoKey
	}
	if backend == nil || st == nil {
		return nil, errors.New("txmgr: NewOutbox needs a backend and a store")
	}
	if logger == nil {
		logger = slog.Default()
	}
	o := &Outbox{
		cfg: cfg, backend: backend, st: st, key: key,
		from:   crypto.PubkeyToAddress(key.PublicKey),
		signer: types.LatestSignerForChainID(cfg.ChainID),
		logger: logger.With("component", "outbox", "agent", cfg.Agent),
		sentAt: map[int64]uint64{}, usedAt: map[int64]uint64{}, stuck: map[int64]StuckTx{},
	}
	if cfg.BuilderURL != "" {
		c, err := rpc.DialOptions(context.Background(), cfg.BuilderURL)
		if err != nil {
			return nil, fmt.Errorf("txmgr: builder %s: %w", cfg.BuilderURL, err)
		}
		o.builder = c
	}
	return o, nil
}

// Close releases the builder connection, if any. Idempotent.
func (o *Outbox) Close() {
	if o.builder != nil {
		o.builder.Close()
	}
}

// From is the sending address.
func (o *Outbox) From() common.Address { return o.from }

// Stuck returns the transactions that need a fee above MaxFeeCap, in id
// order. They stay sent (never dropped) until mined or handled by hand.
func (o *Outbox) Stuck() []StuckTx {
	o.mu.Lock()
	defer o.mu.Unlock()
	out := make([]StuckTx, 0, len(o.stuck))
	for _, s := range o.stuck {
		out = append(out, s)
	}
	sortStuck(out)
	return out
}

// Submit sends one transaction at most once per req.Key. If a row with the
// key exists, Submit returns its current attempt and sends nothing. Otherwise
// it simulates the call (a revert returns a *SimulationError and writes no
// row, so a later Submit with the key may try again), reserves the nonce in
// the store, signs, saves the row with its raw bytes, then broadcasts.
//
// The returned row is sent, or signed when the broadcast failed in transit
// (Tick and Reconcile broadcast it again, with the same hash), or failed
// with the node's refusal, which Submit also returns as an error.
func (o *Outbox) Submit(ctx context.Context, req Request) (txtype.Transaction, error) {
	if req.Key == "" {
		return txtype.Transaction{}, ErrNoIdempotencyKey
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if tx, err := o.st.TransactionByKey(ctx, req.Key); err == nil {
		o.logger.Debug("submit: key already has a transaction, not sending again", "key", req.Key, "tx", tx.Hash, "state", tx.State)
		return tx, nil
	} else if !errors.Is(err, txtype.ErrNotFound) {
		return txtype.Transaction{}, fmt.Errorf("txmgr: submit %s: %w", req.Key, err)
	}

	gas, err := estimateNext(ctx, o.backend, ethereum.CallMsg{From: o.from, To: &req.To, Data: req.Data})
	if err != nil {
		return txtype.Transaction{}, &SimulationError{RevertData: revertData(err), Err: err}
	}
	gas += gas * o.cfg.GasMarginPercent / 100
	head, err := o.latestHeader(ctx)
	if err != nil {
		return txtype.Transaction{}, err
	}
	o.head = max(o.head, head.Number.Uint64())
	f, err := o.initialFees(ctx, head)
	if err != nil {
		return txtype.Transaction{}, err
	}
	agent := req.Agent
	if agent == "" {
		agent = o.cfg.Agent
	}
	// A process that may not send reserves no nonce and saves no row.
	if err := o.mayBroadcast(ctx, agent); err != nil {
		return txtype.Transaction{}, err
	}
	pending, err := o.backend.PendingNonceAt(ctx, o.from)
	if err != nil {
		return txtype.Transaction{}, fmt.Errorf("txmgr: pending nonce of %s: %w", o.from, err)
	}
	nonce, err := o.st.ReserveNonce(ctx, o.from, pending)
	if err != nil {
		return txtype.Transaction{}, fmt.Errorf("txmgr: reserve nonce: %w", err)
	}
	signed, err := types.SignNewTx(o.key, o.signer, f.tx(o.cfg.ChainID, nonce, gas, req.To, req.Data))
	if err != nil {
		return txtype.Transaction{}, fmt.Errorf("txmgr: sign: %w", err)
	}
	row := txtype.Transaction{Agent: agent, Key: req.Key, From: o.from, To: req.To, Nonce: nonce, Root: req.Root}
	id, err := o.save(ctx, row, signed)
	if errors.Is(err, txtype.ErrConflict) { // another process submitted the key meanwhile
		return o.st.TransactionByKey(ctx, req.Key)
	}
	if err != nil {
		return txtype.Transaction{}, err
	}
	bErr := o.broadcast(ctx, agent, id, 0, signed)
	if errors.Is(bErr, ErrFenced) {
		// The fence closed between the reservation and the broadcast:
		// nothing was sent, and this process may not send it later. Failed,
		// the row gives its nonce back; if that write fails, the row stays
		// signed for the agent's lease holder to broadcast.
		if mErr := o.st.MarkTxFailed(ctx, id, "not sent: "+bErr.Error()); mErr == nil {
			return txtype.Transaction{}, bErr
		}
	}
	tx, err := o.st.Transaction(ctx, id)
	if err != nil {
		return tx, errors.Join(bErr, fmt.Errorf("txmgr: read back transaction %d: %w", id, err))
	}
	return tx, bErr
}

// save inserts the row with its signed bytes (so a crash right after leaves
// a row Reconcile can broadcast) and moves it to signed.
func (o *Outbox) save(ctx context.Context, row txtype.Transaction, signed *types.Transaction) (int64, error) {
	st, err := signedOf(signed)
	if err != nil {
		return 0, err
	}
	row.Hash, row.Raw, row.GasTipCap, row.GasFeeCap, row.GasLimit = st.Hash, st.Raw, st.GasTipCap, st.GasFeeCap, st.GasLimit
	id, err := o.st.InsertTransaction(ctx, row)
	if err != nil {
		return 0, fmt.Errorf("txmgr: save transaction %s: %w", signed.Hash(), err)
	}
	if err := o.st.MarkTxSigned(ctx, id, st); err != nil {
		return 0, fmt.Errorf("txmgr: mark %d signed: %w", id, err)
	}
	return id, nil
}

// broadcast hands a signed row's transaction to the node (or the builder)
// and records the outcome: sent (also when the node already has it), still
// signed after a transport error, or failed when the node refuses it and
// it is not mined. A sent replacement marks its predecessor replaced. A
// broadcast the fence refuses changes nothing and returns the refusal
// (*NotAdmittedError).
func (o *Outbox) broadcast(ctx context.Context, agent string, id, replaces int64, tx *types.Transaction) error {
	err := o.send(ctx, agent, tx)
	if notAdmitted(err) {
		return err
	}
	if err != nil && !alreadyKnown(err) {
		var rpcErr rpc.Error
		if !errors.As(err, &rpcErr) || o.builder != nil {
			o.logger.Warn("broadcast failed in transit; will broadcast again", "tx", tx.Hash(), "nonce", tx.Nonce(), "err", err)
			return nil
		}
		// Refused: unless it was mined already (a crash after the broadcast), it failed.
		if r, rErr := o.backend.TransactionReceipt(ctx, tx.Hash()); rErr != nil || r == nil {
			o.logger.Error("node refused transaction", "tx", tx.Hash(), "nonce", tx.Nonce(), "err", err)
			if mErr := o.st.MarkTxFailed(ctx, id, "broadcast refused: "+err.Error()); mErr != nil {
				return errors.Join(err, mErr)
			}
			delete(o.sentAt, id)
			return fmt.Errorf("txmgr: broadcast %s (nonce %d): %w", tx.Hash(), tx.Nonce(), err)
		}
	}
	return o.markSent(ctx, id, replaces, tx)
}

// markSent records row id as sent with tx, and the row it replaces, if any,
// as replaced.
func (o *Outbox) markSent(ctx context.Context, id, replaces int64, tx *types.Transaction) error {
	if err := o.st.MarkTxSent(ctx, id, tx.Hash()); err != nil {
		return fmt.Errorf("txmgr: mark %d sent: %w", id, err)
	}
	o.sentAt[id] = o.head
	o.logger.Debug("transaction sent", "id", id, "tx", tx.Hash(), "nonce", tx.Nonce())
	if replaces != 0 {
		if err := o.st.MarkTxReplaced(ctx, replaces); err != nil && !errors.Is(err, txtype.ErrWrongState) {
			return fmt.Errorf("txmgr: mark %d replaced: %w", replaces, err)
		}
		delete(o.sentAt, replaces)
		delete(o.stuck, replaces)
	}
	return nil
}

// bundleArgs is the one parameter of eth_sendBundle.
type bundleArgs struct {
	Txs         []hexutil.Bytes `json:"txs"`
	BlockNumber hexutil.Uint64  `json:"blockNumber"`
}

// send broadcasts to the node, or as a bundle for the next block to the
// builder, once the fence admits it for agent, within the time admitted.
func (o *Outbox) send(ctx context.Context, agent string, tx *types.Transaction) error {
	ctx, cancel, err := o.admit(ctx, agent)
	if err != nil {
		return err
	}
	defer cancel()
	if o.builder == nil {
		return o.backend.SendTransaction(ctx, tx)
	}
	raw, err := tx.MarshalBinary()
	if err != nil {
		return err
	}
	var res any
	return o.builder.CallContext(ctx, &res, "eth_sendBundle",
		bundleArgs{Txs: []hexutil.Bytes{raw}, BlockNumber: hexutil.Uint64(o.head + 1)})
}

// alreadyKnown reports a node's answer that it has the transaction already
// (geth: "already known"; others: "known transaction", "already imported").
func alreadyKnown(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "already known") || strings.Contains(msg, "known transaction") ||
		strings.Contains(msg, "already imported")
}

// initialFees is the first attempt's fees: the node's suggestion, capped
// by InitialFeeCap.
func (o *Outbox) initialFees(ctx context.Context, head *types.Header) (fees, error) {
	f, err := suggestFees(ctx, o.backend, head, o.cfg.MaxFeeMultiplier)
	if err != nil || o.cfg.InitialFeeCap == nil {
		return f, err
	}
	limit := o.cfg.InitialFeeCap
	if f.gasPrice != nil {
		f.gasPrice = bigMin(f.gasPrice, limit)
		return f, nil
	}
	f.feeCap = bigMin(f.feeCap, limit)
	f.tip = bigMin(f.tip, f.feeCap)
	return f, nil
}

// signedOf is what MarkTxSigned stores for a signed transaction. A legacy
// transaction's gas price is stored as both its tip cap and its fee cap.
func signedOf(tx *types.Transaction) (txtype.SignedTx, error) {
	raw, err := tx.MarshalBinary()
	if err != nil {
		return txtype.SignedTx{}, fmt.Errorf("txmgr: encode %s: %w", tx.Hash(), err)
	}
	return txtype.SignedTx{Hash: tx.Hash(), Raw: raw, GasTipCap: tx.GasTipCap(), GasFeeCap: tx.GasFeeCap(), GasLimit: tx.Gas()}, nil
}

func bigMin(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

func bigMax(a, b *big.Int) *big.Int {
	if a.Cmp(b) >= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// Simulate runs the call from the outbox's address against the latest block
// and returns its gas estimate; a revert comes back as *SimulationError.
// Dry runs use it to check a bundle without writing a row.
func (o *Outbox) Simulate(ctx context.Context, to common.Address, data []byte) (uint64, error) {
	gas, err := estimateNext(ctx, o.backend, ethereum.CallMsg{From: o.from, To: &to, Data: data})
	if err != nil {
		return 0, &SimulationError{RevertData: revertData(err), Err: err}
	}
	return gas, nil
}
