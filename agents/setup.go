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

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/keystore"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/prometheus/client_golang/prometheus"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/agents/store"
	pgstore "github.com/steward-agents/steward/agents/store/postgres"
	sqlitestore "github.com/steward-agents/steward/agents/store/sqlite"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	rpcclient "github.com/steward-agents/steward/chain/rpc"
	"github.com/steward-agents/steward/inference/onnx"
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
			return nil, fmt.Errorf("key.env: environment variable %s is not set", k.Env)
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

// RunOptions are the command-line choices for RunConfig.
type RunOptions struct {
	// DryRun overrides the config's dryRun when true.
	DryRun bool
	// Blocks stops after this many heads (0 = until ctx ends).
	Blocks uint64
	Report func(Report)
	// MetricsAddr, when set, serves Prometheus metrics at http://MetricsAddr/metrics.
	MetricsAddr string
	Logger      *slog.Logger
}

// RunConfig runs the agent a config describes against the node it names:
// it dials the node, checks the chain id, loads the key, the model, the
// policies and the store, and runs until ctx ends.
func RunConfig(ctx context.Context, cfg *config.Config, o RunOptions) error {
	if err := cfg.CheckLive(); err != nil {
		return err
	}
	if o.Logger == nil {
		o.Logger = slog.Default()
	}
	logger := o.Logger.With("agent", cfg.Agent.Name)
	client, err := DialNode(ctx, cfg.Chain, logger)
	if err != nil {
		return err
	}
	defer client.Close()
	node := client.Eth()
	key, err := LoadKey(cfg.Key)
	if err != nil {
		return err
	}
	spacing, err := TickSpacing(ctx, node, cfg.Chain.Addresses.Pool)
	if err != nil {
		return fmt.Errorf("chain.pool: %w", err)
	}
	libPath, err := onnx.LibraryPath()
	if err != nil {
		return err
	}
	rt, err := onnx.NewRuntime(libPath)
	if err != nil {
		return err
	}
	mdl, err := LoadModel(rt, RepoPath(cfg.Model.Card))
	if err != nil {
		return fmt.Errorf("model.card: %w", err)
	}
	defer mdl.Close()
	engine, err := cfg.NewEngine()
	if err != nil {
		return err
	}
	st, err := OpenStore(ctx, cfg.Store)
	if err != nil {
		return err
	}
	defer st.Close()
	cron := ""
	if cfg.Trigger.Schedule != nil {
		cron = cfg.Trigger.Cron
	}
	report := o.Report
	var reg *prometheus.Registry
	if o.MetricsAddr != "" {
		reg = prometheus.NewRegistry()
		m, err := NewMetrics(reg)
		if err != nil {
			return err
		}
		if err := reg.Register(NewRPCCollector(client)); err != nil {
			return err
		}
		addr, err := ServeMetrics(ctx, o.MetricsAddr, reg, logger)
		if err != nil {
			return err
		}
		logger.Info("serving metrics", "url", "http://"+addr.String()+"/metrics")
		report = func(r Report) {
			m.Observe(r)
			if o.Report != nil {
				o.Report(r)
			}
		}
	}
	logger.Info("agent starting", "rpc", client.Primary(), "chain", cfg.Chain.ChainID, "address", crypto.PubkeyToAddress(key.PublicKey),
		"model", mdl.Digest(), "dryRun", cfg.DryRun || o.DryRun, "store", cfg.Store.Driver)
	return Run(ctx, RunParams{
		Name: cfg.Agent.Name, Node: node, Heads: client, Key: key,
		Pool: cfg.Chain.Addresses.Pool, Vault: cfg.Chain.Addresses.Vault, Guard: cfg.Chain.Addresses.Guard,
		Params: cfg.Strategy.Params(spacing), Model: mdl, Policies: engine, Store: st,
		DryRun: cfg.DryRun || o.DryRun, Cron: cron, Blocks: o.Blocks, Confirmations: cfg.Chain.Confirmations,
		BuilderURL: cfg.Chain.Builder,
		Report:     report, Metrics: registerer(reg), Logger: logger,
	})
}

// TickSpacing reads a Uniswap v3 pool's tick spacing.
func TickSpacing(ctx context.Context, caller ethereum.ContractCaller, pool common.Address) (int32, error) {
	b := bindings.NewUniswapV3Pool()
	out, err := caller.CallContract(ctx, ethereum.CallMsg{To: &pool, Data: b.PackTickSpacing()}, nil)
	if err != nil {
		return 0, fmt.Errorf("read tickSpacing of %s: %w", pool, err)
	}
	s, err := b.UnpackTickSpacing(out)
	if err != nil {
		return 0, fmt.Errorf("read tickSpacing of %s (is it a Uniswap v3 pool?): %w", pool, err)
	}
	return int32(s.Int64()), nil
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
