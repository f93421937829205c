package agents

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/agents/store"
	pgstore "github.com/steward-agents/steward/agents/store/postgres"
	sqlitestore "github.com/steward-agents/steward/agents/store/sqlite"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/inference/llm"
	"github.com/steward-agents/steward/policies"
)

// OpenStore opens the store a config names: a SQLite file (the server-free
// default) or PostgreSQL.
func OpenStore(ctx context.Context, s config.Store) (store.Store, error) {
	switch s.Driver {
	case config.StorePostgres:
		return pgstore.Open(ctx, s.DSN)
	case config.StoreSQLite:
		if dir := filepath.Dir(s.DSN); dir != "." {
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return nil, fmt.Errorf("store directory %s: %w", dir, err)
			}
		}
		return sqlitestore.Open(ctx, s.DSN)
	default:
		return nil, fmt.Errorf("store: unknown driver %q", s.Driver)
	}
}

// LoadKey reads the agent's key from the environment variable or the
// encrypted keystore the config names. The key never appears in an error.
func LoadKey(k config.Key) (*ecdsa.PrivateKey, error) {
	switch {
	case k.Env != "":
		hex, ok := os.LookupEnv(k.Env)
		if !ok || hex == "" {
			return nil, fmt.Errorf("key.env: environment variable %s is not set (export %s=<the agent's hex private key>)", k.Env, k.Env)
		}
		key, err := crypto.HexToECDSA(strings.TrimPrefix(strings.TrimSpace(hex), "0x"))
		if err != nil {
			return nil, fmt.Errorf("key.env: %s does not hold a valid hex secp256k1 private key", k.Env)
		}
		return key, nil
	case k.Keystore != "":
		data, err := os.ReadFile(k.Keystore)
		if err != nil {
			return nil, fmt.Errorf("key.keystore: %w", err)
		}
		pass, ok := os.LookupEnv(k.PasswordEnv)
		if !ok {
			return nil, fmt.Errorf("key.passwordEnv: environment variable %s is not set", k.PasswordEnv)
		}
		key, err := keystore.DecryptKey(data, pass)
		if err != nil {
			return nil, fmt.Errorf("key.keystore: decrypt %s: %w", k.Keystore, err)
		}
		return key.PrivateKey, nil
	default:
		return nil, errors.New("key: set key.env or key.keystore")
	}
}

// RunOptions are the command-line choices for Setup.Run.
type RunOptions struct {
	// DryRun overrides the config's dryRun when true.
	DryRun bool
	// Blocks stops after this many heads (0 = until ctx ends).
	Blocks uint64
	Report func(Report)
	// MetricsAddr, when set, serves Prometheus metrics at http://MetricsAddr/metrics.
	MetricsAddr string
	// metrics, when set, is the process's registry that RunAll serves at
	// MetricsAddr for all its agents; Setup.Run then registers there.
	metrics *processMetrics
	Logger  *slog.Logger
	// Parts, when set, are shared with the other agents of the process
	// (RunAll): heads, logs, outboxes, stores and, without HA, ONNX models
	// (Parts.CardModel).
	Parts *Parts
	// HA, when set, runs each agent only while this replica holds its
	// lease (ha.go); the agents' stores must be PostgreSQL.
	HA *Replica
}

// Setup is an agent assembled from its config and checked against the
// node, before its first tick: `steward check` stops here, `steward run`
// goes on with Run. Close releases it.
type Setup struct {
	cfg    *config.Config
	client *rpcclient.Client
	key    *ecdsa.PrivateKey
	model  Model
	// modelName names the model for people; closeModel releases it.
	modelName  string
	closeModel func()
	engine     *policies.Engine
	program    program.Program
	chainID    uint64
	head       uint64
	logger     *slog.Logger
}

// StartInfo is what the start line of `steward run` shows.
type StartInfo struct {
	Agent     string
	Address   common.Address
	RPC       string
	ChainID   uint64
	Head      uint64
	Guard     common.Address
	Registry  common.Address
	ModelName string
	Model     common.Hash
	Store     string // driver and location (PostgreSQL URLs hold no password)
	DryRun    bool
}

// Open dials the config's node (checking its chain id), loads the key, the
// model and the policies, and builds the program of the config's strategy
// kind (cfg.Kind, found by config.Parse among the kinds cmd/steward
// registers), which reads what it needs from the chain. Nothing is written
// anywhere: the store is opened by Run.
func Open(ctx context.Context, cfg *config.Config, logger *slog.Logger) (*Setup, error) {
	if err := cfg.CheckLive(); err != nil {
		return nil, err
	}
	if cfg.Kind.Build == nil || cfg.Settings == nil {
		return nil, errors.New("agents: the config has no strategy kind (parse it with config.Parse and the registered kinds)")
	}
	if logger == nil {
		logger = slog.Default()
	}
	s := &Setup{cfg: cfg, logger: logger}
	ok := false
	defer func() {
		if !ok {
			s.Close()
		}
	}()
	var err error
	if s.key, err = LoadKey(cfg.Key); err != nil {
		return nil, err
	}
	if s.client, err = DialNode(ctx, cfg.Chain, logger.With("agent", cfg.Agent.Name)); err != nil {
		return nil, err
	}
	node := s.client.Eth()
	if s.head, err = node.BlockNumber(ctx); err != nil {
		return nil, fmt.Errorf("chain.rpc: read the head: %w", err)
	}
	s.chainID = cfg.Chain.ChainID
	if err := s.openModel(cfg.Model, logger.With("agent", cfg.Agent.Name)); err != nil {
		return nil, err
	}
	if s.engine, err = cfg.NewEngine(); err != nil {
		return nil, err
	}
	if s.program, err = cfg.Kind.Build(ctx, cfg.Settings, node); err != nil {
		return nil, err
	}
	ok = true
	return s, nil
}

// openModel loads the model the config names: an ONNX model from its card
// (with the ONNX Runtime library), or an LLM from its inference/llm config.
func (s *Setup) openModel(m config.Model, logger *slog.Logger) error {
	if m.LLM != "" {
		cfg, err := llm.LoadConfig(m.LLM)
		if err != nil {
			return fmt.Errorf("model.llm: %w", err)
		}
		if cfg.BlobURL == "" {
			// The records commit to the prompt and the answer by digest;
			// unpublished, no one could ever re-check them.
			return fmt.Errorf("model.llm %s: set blobURL: the prompts and answers must be published for verification", m.LLM)
		}
		client, err := llm.New(cfg, logger)
		if err != nil {
			return fmt.Errorf("model.llm %s: %w", m.LLM, err)
		}
		if s.model, err = NewLLMModel(client); err != nil {
			return fmt.Errorf("model.llm %s: %w", m.LLM, err)
		}
		s.modelName, s.closeModel = fmt.Sprintf("LLM %s/%s", cfg.Provider, cfg.Model), func() {}
		return nil
	}
	rt, err := Runtime()
	if err != nil {
		return err
	}
	card, err := LoadModel(rt, RepoPath(m.Card))
	if err != nil {
		return fmt.Errorf("model.card: %w", err)
	}
	c := card.Card()
	s.model, s.modelName, s.closeModel = card, c.Name+" v"+c.Version, func() { _ = card.Close() }
	return nil
}

// Preflight runs the start-up checks (see the package-level Preflight)
// for this agent.
func (s *Setup) Preflight(ctx context.Context) ([]Check, error) {
	return Preflight(ctx, PreflightParams{
		Chain: s.client.Eth(), Agent: crypto.PubkeyToAddress(s.key.PublicKey),
		Registry: s.cfg.Chain.Addresses.Registry, Guard: s.cfg.Chain.Addresses.Guard,
		Model: s.model.Digest(), ModelName: s.modelName,
		Declared: s.program.Declare(), Rules: s.cfg.Rules(),
	})
}

// Info is what the start line shows.
func (s *Setup) Info(o RunOptions) StartInfo {
	st := string(s.cfg.Store.Driver) + " " + s.cfg.Store.DSN
	return StartInfo{
		Agent: s.cfg.Agent.Name, Address: crypto.PubkeyToAddress(s.key.PublicKey), RPC: s.client.Primary(),
		ChainID: s.chainID, Head: s.head, Guard: s.cfg.Chain.Addresses.Guard, Registry: s.cfg.Chain.Addresses.Registry,
		ModelName: s.modelName, Model: s.model.Digest(), Store: st, DryRun: s.cfg.DryRun || o.DryRun,
	}
}

// Close releases the node connection and the model.
func (s *Setup) Close() {
	if s.closeModel != nil {
		s.closeModel()
	}
	if s.client != nil {
		s.client.Close()
	}
}

// Run opens the store and runs the agent until ctx ends or o.Blocks heads
// have been processed (see the package-level Run).
func (s *Setup) Run(ctx context.Context, o RunOptions) (Summary, error) {
	m, leave, err := s.runModel(o)
	if err != nil {
		return Summary{}, err
	}
	defer leave()
	return s.run(ctx, o, m)
}

// runModel is the model the agent runs with o: with o.Parts (and without
// HA), the process's shared model of its card, joined (Parts.CardModel);
// otherwise the model Open loaded. Under HA an agent standing by would be
// a participant that never calls, holding the others' rounds up to the
// batching window at every tick, so HA agents keep their own models.
func (s *Setup) runModel(o RunOptions) (Model, func(), error) {
	if o.Parts == nil || o.HA != nil || s.cfg.Model.Card == "" {
		return s.model, func() {}, nil
	}
	m, leave, err := o.Parts.CardModel(RepoPath(s.cfg.Model.Card))
	if err != nil {
		return nil, nil, fmt.Errorf("agent %s: model.card: %w", s.cfg.Agent.Name, err)
	}
	return m, leave, nil
}

// run is Run with the agent's model m.
func (s *Setup) run(ctx context.Context, o RunOptions, m Model) (Summary, error) {
	cfg := s.cfg
	logger := s.logger
	if o.HA != nil && cfg.Store.Driver != config.StorePostgres {
		return Summary{}, fmt.Errorf("agent %s: HA needs store.driver %s shared by the replicas; a %s store is one replica's",
			cfg.Agent.Name, config.StorePostgres, cfg.Store.Driver)
	}
	var st store.Store
	var err error
	if o.Parts != nil {
		st, err = o.Parts.Store(ctx, cfg.Store)
	} else {
		st, err = OpenStore(ctx, cfg.Store)
		if err == nil {
			defer st.Close()
		}
	}
	if err != nil {
		return Summary{}, err
	}
	report := o.Report
	var reg *prometheus.Registry
	if o.MetricsAddr != "" {
		pm := o.metrics
		if pm == nil {
			if pm, err = serveProcessMetrics(ctx, o.MetricsAddr, logger); err != nil {
				return Summary{}, err
			}
		}
		reg = pm.reg
		if err := reg.Register(NewRPCCollector(cfg.Agent.Name, s.client)); err != nil {
			return Summary{}, err
		}
		report = func(r Report) {
			pm.m.Observe(r)
			if o.Report != nil {
				o.Report(r)
			}
		}
	}
	return Run(ctx, RunParams{
		Name: cfg.Agent.Name, Node: s.client.Eth(), Heads: s.client, Key: s.key, Program: s.program,
		Guard: cfg.Chain.Addresses.Guard, Model: m, Policies: s.engine, Store: st,
		DryRun: cfg.DryRun || o.DryRun, Schedule: cfg.Trigger.Schedule, Blocks: o.Blocks, Confirmations: cfg.Chain.Confirmations,
		BuilderURL: cfg.Chain.Builder,
		Report:     report, Metrics: registerer(reg), Logger: logger, Parts: o.Parts, HA: o.HA,
	})
}

// DialNode connects to the config's nodes (chain.rpc, then
// chain.rpcFallbacks) through the fail-over client; every node must be on
// chain.chainId.
func DialNode(ctx context.Context, ch config.Chain, logger *slog.Logger) (*rpcclient.Client, error) {
	client, err := rpcclient.Dial(ctx, rpcclient.Config{
		Endpoints:     append([]string{ch.RPC}, ch.RPCFallbacks...),
		ExpectChainID: ch.ChainID,
	}, logger)
	if err != nil {
		return nil, fmt.Errorf("chain.rpc: %w", err)
	}
	return client, nil
}

// registerer avoids a typed-nil interface when metrics are off.
func registerer(reg *prometheus.Registry) prometheus.Registerer {
	if reg == nil {
		return nil
	}
	return reg
}

// RunAll runs several agents in this process from one set of shared Parts
// (one follower and log stream per chain, one outbox per signing key, one
// connection per store) until ctx ends or each has processed o.Blocks
// heads. It returns each agent's summary, in the order of setups, and the
// agents' errors joined, each naming its agent. An agent that fails does
// not stop the others.
func RunAll(ctx context.Context, setups []*Setup, o RunOptions) ([]Summary, error) {
	if o.MetricsAddr != "" {
		// One registry and one address for every agent of the process;
		// each series is labelled with its agent.
		pm, err := serveProcessMetrics(ctx, o.MetricsAddr, o.Logger)
		if err != nil {
			return nil, err
		}
		o.metrics = pm
	}
	parts := NewParts(o.Logger)
	defer parts.Close()
	o.Parts = parts
	// Every agent joins its model before any runs, so that the first
	// tick's rounds already wait for all of them.
	models := make([]Model, len(setups))
	leaves := make([]func(), len(setups))
	for i, s := range setups {
		m, leave, err := s.runModel(o)
		if err != nil {
			for _, l := range leaves[:i] {
				l()
			}
			return nil, err
		}
		models[i], leaves[i] = m, leave
	}
	sums := make([]Summary, len(setups))
	errs := make([]error, len(setups))
	var wg sync.WaitGroup
	for i, s := range setups {
		wg.Go(func() {
			defer leaves[i]() // the others stop waiting for its calls
			sums[i], errs[i] = s.run(ctx, o, models[i])
			if errs[i] != nil {
				errs[i] = fmt.Errorf("agent %s: %w", s.cfg.Agent.Name, errs[i])
			}
		})
	}
	wg.Wait()
	return sums, errors.Join(errs...)
}

// processMetrics is a process's metrics registry, served at one address.
type processMetrics struct {
	reg *prometheus.Registry
	m   *Metrics
}

// serveProcessMetrics registers the runtime's metrics on a new registry and
// serves it at addr until ctx ends.
func serveProcessMetrics(ctx context.Context, addr string, logger *slog.Logger) (*processMetrics, error) {
	if logger == nil {
		logger = slog.Default()
	}
	reg := prometheus.NewRegistry()
	m, err := NewMetrics(reg)
	if err != nil {
		return nil, err
	}
	served, err := ServeMetrics(ctx, addr, reg, logger)
	if err != nil {
		return nil, err
	}
	logger.Info("serving metrics", "url", "http://"+served.String()+"/metrics")
	return &processMetrics{reg: reg, m: m}, nil
}
