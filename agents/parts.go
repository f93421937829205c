package agents

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
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/chain/txmgr"
	"github.com/steward-agents/steward/inference/model"
)

// Parts are what the agents of one process share, so that N agents cost
// one head follower and one log stream per chain, one outbox per signing
// key, one connection per store and one batched model per model digest
// (CardModel), not N of each: Run takes an agent's source, logs and outbox from
// here when RunParams.Parts is set. The first agent on a chain starts its
// follower; the streams run until Close, whichever agents come and go.
// Safe for concurrent use.
type Parts struct {
	logger *slog.Logger
	ctx    context.Context // the shared streams' lifetime: until Close
	cancel context.CancelFunc

	mu       sync.Mutex
	chains   map[uint64]*chainParts
	outboxes map[keyOnChain]*keyOutbox
	stores   map[config.Store]store.Store
	models   map[common.Hash]*model.Model
}

type chainParts struct {
	follower *ingest.Follower
	hub      *ingest.Hub
	logs     *ingest.LogStream
}

// keyOnChain names one signing key on one chain: an outbox signs for one
// chain, so a key used on two chains has two.
type keyOnChain struct {
	chainID uint64
	from    common.Address
}

type keyOutbox struct {
	outbox *txmgr.Outbox
	nonces *RecordNonces
	store  store.Store
	by     string // the agent that built it, for errors
}

// NewParts returns an empty set of shared parts; a nil logger is slog.Default().
func NewParts(logger *slog.Logger) *Parts {
	if logger == nil {
		logger = slog.Default()
	}
	ctx, cancel := context.WithCancel(context.Background())
	return &Parts{logger: logger, ctx: ctx, cancel: cancel,
		chains: map[uint64]*chainParts{}, outboxes: map[keyOnChain]*keyOutbox{}, stores: map[config.Store]store.Store{},
		models: map[common.Hash]*model.Model{}}
}

// chain returns the chain's shared streams, starting its follower (polling
// at poll when the node cannot push heads) on the first call.
func (p *Parts) chain(chainID uint64, heads ingest.HeadReader, logs ethereum.LogFilterer, poll time.Duration) (*chainParts, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ctx.Err() != nil {
		return nil, errors.New("agents: the shared parts are closed")
	}
	if c, ok := p.chains[chainID]; ok {
		return c, nil
	}
	log := p.logger.With("chain", chainID)
	follower, err := ingest.NewFollower(ingest.FollowerConfig{PollInterval: poll}, heads, log)
	if err != nil {
		return nil, err
	}
	hub, err := ingest.NewHub(ingest.HubConfig{}, follower, log)
	if err != nil {
		return nil, err
	}
	if err := follower.Start(p.ctx); err != nil {
		return nil, err
	}
	if err := hub.Start(p.ctx); err != nil {
		follower.Stop()
		return nil, err
	}
	c := &chainParts{follower: follower, hub: hub, logs: ingest.NewLogStream(logs, 0)}
	p.chains[chainID] = c
	return c, nil
}

// Heads subscribes agent to the chain's shared head stream (one follower
// per chain), and returns the chain's shared log stream. Close the
// subscription when the agent stops.
func (p *Parts) Heads(agent string, chainID uint64, heads ingest.HeadReader, logs ethereum.LogFilterer, poll time.Duration) (*ingest.Subscription, *ingest.LogStream, error) {
	c, err := p.chain(chainID, heads, logs, poll)
	if err != nil {
		return nil, nil, err
	}
	sub, err := c.hub.Subscribe(agent)
	if err != nil {
		return nil, nil, fmt.Errorf("agent %s: subscribe to the heads of chain %d: %w", agent, chainID, err)
	}
	return sub, c.logs, nil
}

// Outbox returns the outbox of key, building it over st (with cfg, whose
// Agent names the agent that builds it) on the first call: one outbox per
// signing key, so agents sharing a key never race for its nonces. Every
// agent of a key must keep its transactions in the same store, where the
// nonces are reserved. created tells the first caller.
func (p *Parts) Outbox(cfg txmgr.OutboxConfig, node txmgr.OutboxBackend, st store.Store, key *ecdsa.PrivateKey) (o *txmgr.Outbox, created bool, err error) {
	k, created, err := p.key(cfg, node, st, key)
	if err != nil {
		return nil, false, err
	}
	return k.outbox, created, nil
}

// RecordNonces returns the record nonces of key on a chain, shared by its
// agents (see Outbox, which must have been called for them).
func (p *Parts) RecordNonces(chainID uint64, key *ecdsa.PrivateKey) *RecordNonces {
	p.mu.Lock()
	defer p.mu.Unlock()
	if k, ok := p.outboxes[keyOnChain{chainID: chainID, from: crypto.PubkeyToAddress(key.PublicKey)}]; ok {
		return k.nonces
	}
	return nil
}

// key returns what the agents of key share, building it on the first call.
func (p *Parts) key(cfg txmgr.OutboxConfig, node txmgr.OutboxBackend, st store.Store, key *ecdsa.PrivateKey) (*keyOutbox, bool, error) {
	if key == nil {
		return nil, false, txmgr.ErrNoKey
	}
	if cfg.ChainID == nil || !cfg.ChainID.IsUint64() {
		return nil, false, errors.New("agents: the outbox needs the chain id")
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	id := keyOnChain{chainID: cfg.ChainID.Uint64(), from: from}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ctx.Err() != nil {
		return nil, false, errors.New("agents: the shared parts are closed")
	}
	if k, ok := p.outboxes[id]; ok {
		if k.store != st {
			return nil, false, fmt.Errorf("agent %s signs with %s as agent %s does, but keeps another store: agents sharing a key share its outbox and must share its store", cfg.Agent, from, k.by)
		}
		return k, false, nil
	}
	o, err := txmgr.NewOutbox(cfg, node, st, key, p.logger)
	if err != nil {
		return nil, false, err
	}
	k := &keyOutbox{outbox: o, nonces: &RecordNonces{}, store: st, by: cfg.Agent}
	p.outboxes[id] = k
	return k, true, nil
}

// PartsStats are the shared streams' counters of one chain, for metrics.
type PartsStats struct {
	Heads    ingest.HubStats
	LogReads uint64 // eth_getLogs calls of the shared log stream
}

// Stats reads the counters of a chain's shared streams (zero when no agent
// on it has started).
func (p *Parts) Stats(chainID uint64) PartsStats {
	p.mu.Lock()
	c, ok := p.chains[chainID]
	p.mu.Unlock()
	if !ok {
		return PartsStats{}
	}
	return PartsStats{Heads: c.hub.Stats(), LogReads: c.logs.Reads()}
}

// Store opens the store a config names, once per store: agents whose
// configs name the same database share one connection (and, signing with
// one key, must).
func (p *Parts) Store(ctx context.Context, s config.Store) (store.Store, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ctx.Err() != nil {
		return nil, errors.New("agents: the shared parts are closed")
	}
	if st, ok := p.stores[s]; ok {
		return st, nil
	}
	st, err := OpenStore(ctx, s)
	if err != nil {
		return nil, err
	}
	p.stores[s] = st
	return st, nil
}

// Close stops every chain's follower and hub and closes the outboxes,
// stores and models.
func (p *Parts) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cancel()
	for id, c := range p.chains {
		c.hub.Stop()
		c.follower.Stop()
		delete(p.chains, id)
	}
	for id, k := range p.outboxes {
		k.outbox.Close()
		delete(p.outboxes, id)
	}
	for s, st := range p.stores {
		st.Close()
		delete(p.stores, s)
	}
	for d, m := range p.models {
		_ = m.Close()
		delete(p.models, d)
	}
}

// chainIDOf reads the node's chain id as a uint64.
func chainIDOf(ctx context.Context, node ethereum.ChainIDReader) (*big.Int, error) {
	id, err := node.ChainID(ctx)
	if err != nil {
		return nil, fmt.Errorf("read chain id: %w", err)
	}
	if !id.IsUint64() {
		return nil, fmt.Errorf("chain id %s does not fit 64 bits", id)
	}
	return id, nil
}
