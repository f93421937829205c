package harness

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"path/filepath"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/agents/verify"
	"github.com/steward-agents/steward/chain/txmgr"
)

// Params is the agent of a backtest: its config, the strategy settings
// filled in for the backtest's own deployment, its model and where its
// records go.
type Params struct {
	// Config is the loaded agent config: its program's kind, policies,
	// schedule and name are used.
	Config *config.Config
	// Settings are the config's strategy settings with the backtest's
	// addresses filled in (validated by the caller).
	Settings program.Settings
	Model    agents.Model
	// StorePath is the SQLite file of the run's records; replaced if it exists.
	StorePath string
	Logger    *slog.Logger
	// Report, when set, receives every tick's and settlement's report.
	Report func(agents.Report)
}

// Site is where the agent runs: the chain its program reads, its log
// source, its key, and the executor to build over its store.
type Site struct {
	Chain    program.ChainReader
	Logs     agents.LogSource
	Key      *ecdsa.PrivateKey
	Executor func(store.Store) (program.Executor, error)
}

// NewAgent builds the agent as `steward run` does — the config's program
// on p.Settings, its policies, model and schedule — with a fresh store at
// p.StorePath and the site's executor over it, and recovers it. The
// caller closes the store.
func NewAgent(ctx context.Context, p Params, at Site) (*agents.Agent, store.Store, error) {
	if p.Logger == nil {
		p.Logger = slog.New(slog.DiscardHandler)
	}
	prog, err := p.Config.Kind.Build(ctx, p.Settings, at.Chain)
	if err != nil {
		return nil, nil, err
	}
	engine, err := p.Config.NewEngine()
	if err != nil {
		return nil, nil, err
	}
	if err := os.Remove(p.StorePath); err != nil && !errors.Is(err, os.ErrNotExist) {
		return nil, nil, fmt.Errorf("replace %s: %w", p.StorePath, err)
	}
	st, err := agents.OpenStore(ctx, config.Store{Driver: config.StoreSQLite, DSN: p.StorePath})
	if err != nil {
		return nil, nil, err
	}
	exec, err := at.Executor(st)
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	agent, err := agents.New(ctx, agents.Config{
		Name: p.Config.Agent.Name, Address: crypto.PubkeyToAddress(at.Key.PublicKey), Program: prog, Model: p.Model,
		Policies: engine, Store: st, Executor: exec, Logs: at.Logs,
		Schedule: p.Config.Trigger.Schedule, Logger: p.Logger, Report: p.Report,
	})
	if err != nil {
		st.Close()
		return nil, nil, err
	}
	// As `steward run` starts: the executor and the store reconciled
	// (nothing to do in a fresh store, but the same path).
	if err := agent.Recover(ctx); err != nil {
		st.Close()
		return nil, nil, err
	}
	return agent, st, nil
}

// Verify verifies each of txs from the chain alone, with the code behind
// `steward verify`, and fails on the first that does not pass; it returns
// how many passed.
func Verify(ctx context.Context, chain verify.Chain, cfg verify.Config, txs []common.Hash) (int, error) {
	ver, err := verify.New(chain, cfg)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, h := range txs {
		v, err := ver.Tx(ctx, h)
		if err != nil {
			return n, fmt.Errorf("verify %s: %w", h, err)
		}
		if !v.OK() {
			return n, fmt.Errorf("the backtest's transaction %s failed verification: %v", h, v)
		}
		n++
	}
	return n, nil
}

// Models are an agent's model and the cards `steward verify` re-runs.
type Models struct {
	Model  agents.Model
	Verify verify.Models
	close  []func()
}

// Close closes what LoadModels opened.
func (m *Models) Close() {
	for _, c := range m.close {
		c()
	}
	m.close = nil
}

// LoadModels loads the model the config's model.card names and the cards
// beside it for verification; what the backtest is of (e.g. "the
// market-making backtest") names it in the error for a config without an
// ONNX model.
func LoadModels(cfg *config.Config, what string) (*Models, error) {
	if cfg.Model.Card == "" {
		return nil, fmt.Errorf("model.card: %s runs an ONNX model (an LLM's answers cannot be replayed offline)", what)
	}
	rt, err := agents.Runtime()
	if err != nil {
		return nil, err
	}
	mdl, err := agents.LoadModel(rt, agents.RepoPath(cfg.Model.Card))
	if err != nil {
		return nil, fmt.Errorf("model.card: %w", err)
	}
	ms := &Models{Model: mdl, close: []func(){func() { mdl.Close() }}}
	models, closeModels, err := agents.OpenVerifyModels(agents.VerifyModels{CardsDir: filepath.Dir(agents.RepoPath(cfg.Model.Card))})
	if err != nil {
		ms.Close()
		return nil, err
	}
	ms.Verify = models
	ms.close = append(ms.close, closeModels)
	return ms, nil
}

// ChainExecutorParams are what a chain executor needs beside the store.
type ChainExecutorParams struct {
	Agent   string
	ChainID *big.Int
	Node    txmgr.OutboxBackend
	Guard   common.Address
	Key     *ecdsa.PrivateKey
	Logger  *slog.Logger
}

// ChainExecutor makes the executor `steward run` uses on a chain: the
// chain executor over the durable outbox, in the store it is given.
func ChainExecutor(p ChainExecutorParams) func(store.Store) (program.Executor, error) {
	return func(st store.Store) (program.Executor, error) {
		outbox, err := txmgr.NewOutbox(txmgr.OutboxConfig{ChainID: p.ChainID, Agent: p.Agent}, p.Node, st, p.Key, p.Logger)
		if err != nil {
			return nil, err
		}
		return agents.NewChainExecutor(agents.ChainExecutorConfig{Agent: p.Agent, Guard: p.Guard, Outbox: outbox, Store: st})
	}
}

// AgentKey is a backtest agent's key, derived from name: fixed, so two
// runs deploy and sign the same.
func AgentKey(name string) (*ecdsa.PrivateKey, error) {
	return crypto.ToECDSA(crypto.Keccak256([]byte(name)))
}

// Applied collects the bundles an agent's reports say were applied: the
// transactions to verify and the gas they used.
type Applied struct {
	Txs []common.Hash
	Gas uint64
}

// Take records rep if it is an applied bundle's settlement, and says so.
func (a *Applied) Take(rep agents.Report) bool {
	if rep.Stage != agents.StageSettled || rep.Outcome == nil || !rep.Outcome.Success {
		return false
	}
	a.Txs = append(a.Txs, rep.TxHash)
	a.Gas += rep.Outcome.GasUsed
	return true
}
