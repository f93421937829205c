package devchain

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"maps"
	"math/big"
	"net"
	"net/http"
	"os"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/beacon/engine"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core"
	"github.com/ethereum/go-ethereum/core/rawdb"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/eth"
	"github.com/ethereum/go-ethereum/eth/catalyst"
	"github.com/ethereum/go-ethereum/eth/ethconfig"
	"github.com/ethereum/go-ethereum/eth/filters"
	"github.com/ethereum/go-ethereum/ethclient"
	gethlog "github.com/ethereum/go-ethereum/log"
	"github.com/ethereum/go-ethereum/miner"
	"github.com/ethereum/go-ethereum/node"
	"github.com/ethereum/go-ethereum/p2p"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/ethereum/go-ethereum/version"
)

// rpcNamespaces are the JSON-RPC namespaces served over HTTP and WebSocket.
// admin, debug, miner, txpool and engine stay in process.
var rpcNamespaces = map[string]bool{"eth": true, "net": true, "web3": true}

// rpcShutdown bounds how long Stop waits for HTTP requests in flight.
const rpcShutdown = 2 * time.Second

// backend is the chain's go-ethereum node: the eth service, the simulated
// beacon that seals a block on demand, and the JSON-RPC servers.
//
// It is go-ethereum's ethclient/simulated.Backend assembled by hand, for one
// reason: the chain opens the RPC listeners itself, before the node exists.
// When go-ethereum's node cannot listen (a taken port), node.Start closes
// the database under an eth service that was never started, and that
// service's goroutines live on; one of them writing to the closed database
// ends the process through log.Crit. Here a taken port is an error before
// anything is built, and a port 0 is the kernel's pick, never a race.
type backend struct {
	stack  *node.Node
	beacon *catalyst.SimulatedBeacon
	// svc is the eth service; deterministic backends seal through its
	// miner directly (sealFixed) instead of through beacon.
	svc           *eth.Ethereum
	deterministic bool
	client        *ethclient.Client
	rpc           *rpc.Server    // nil when no RPC is served
	http          []*http.Server // one per listener
}

// listeners are the RPC listeners New opens; either may be nil. When
// HTTPAddr equals WSAddr (a fixed port) both are the same listener, serving
// HTTP and WebSocket, as go-ethereum's node does.
type listeners struct {
	http, ws net.Listener
}

// listen opens the listeners for cfg's HTTPAddr and WSAddr, naming the field
// that failed; on error none is left open.
func listen(cfg Config) (listeners, error) {
	var ls listeners
	var err error
	if cfg.HTTPAddr != "" {
		if ls.http, err = net.Listen("tcp", cfg.HTTPAddr); err != nil {
			return listeners{}, fmt.Errorf("HTTPAddr %s: %w", cfg.HTTPAddr, err)
		}
	}
	if cfg.WSAddr == "" {
		return ls, nil
	}
	if cfg.WSAddr == cfg.HTTPAddr && !kernelPort(cfg.WSAddr) {
		ls.ws = ls.http
		return ls, nil
	}
	if ls.ws, err = net.Listen("tcp", cfg.WSAddr); err != nil {
		ls.close()
		return listeners{}, fmt.Errorf("WSAddr %s: %w", cfg.WSAddr, err)
	}
	return ls, nil
}

// kernelPort reports whether addr asks for a port of the kernel's choice.
func kernelPort(addr string) bool {
	_, port, err := splitHostPort(addr)
	return err == nil && port == 0
}

func (ls listeners) close() {
	for _, l := range []net.Listener{ls.http, ls.ws} {
		if l != nil {
			_ = l.Close()
		}
	}
}

// urls returns the endpoints the listeners serve ("" when not served).
func (ls listeners) urls() (httpURL, wsURL string) {
	if ls.http != nil {
		httpURL = "http://" + ls.http.Addr().String()
	}
	if ls.ws != nil {
		wsURL = "ws://" + ls.ws.Addr().String()
	}
	return httpURL, wsURL
}

// newBackend starts a node with the Prague dev chain on alloc (genesis at
// genesisTime, 0 = the epoch; an archive when asked) and serves its eth, net and web3 APIs on ls.
// It owns ls from here on, on error too.
func newBackend(alloc types.GenesisAlloc, ls listeners, genesisTime uint64, archive bool) (_ *backend, err error) {
	defer func() {
		if err != nil {
			ls.close()
		}
	}()
	showCrit()
	nodeConf := node.DefaultConfig
	nodeConf.DataDir = ""
	nodeConf.P2P = p2p.Config{NoDiscovery: true}
	nodeConf.HTTPHost, nodeConf.WSHost, nodeConf.IPCPath = "", "", ""
	stack, err := node.New(&nodeConf)
	if err != nil {
		return nil, fmt.Errorf("devchain node: %w", err)
	}

	genesisAlloc := core.SystemContractAllocs()
	maps.Copy(genesisAlloc, alloc)
	ethConf := ethconfig.Defaults
	ethConf.Genesis = &core.Genesis{Config: pragueConfig(), GasLimit: blockGasLimit, Alloc: genesisAlloc, Timestamp: genesisTime}
	ethConf.Miner.GasCeil = blockGasLimit
	ethConf.SyncMode = ethconfig.FullSync
	if archive {
		// The state of every block stays readable (a recorder or verifier
		// may read a pool hundreds of blocks back); it costs the chain's
		// own work about 40 % (BenchmarkTick), so only a devnet asks.
		ethConf.StateScheme, ethConf.NoPruning = rawdb.HashScheme, true
	}
	if genesisTime > 0 {
		// A block built by sealFixed must hold the whole pool whatever the
		// machine's load: no wall-clock budget cuts it short.
		ethConf.Miner.Recommit = time.Hour
	}
	ethConf.TxPool.NoLocals = true
	ethConf.LogNoHistory = true
	svc, err := eth.New(stack, &ethConf)
	if err != nil {
		return nil, errors.Join(fmt.Errorf("devchain eth service: %w", err), stack.Close())
	}
	// eth_getLogs and eth_subscribe, for the in-process client and for RPC.
	filterAPI := rpc.API{Namespace: "eth", Service: filters.NewFilterAPI(filters.NewFilterSystem(svc.APIBackend, filters.Config{}))}
	stack.RegisterAPIs([]rpc.API{filterAPI})
	// eth.New has started the service's goroutines (chain, pool, snapshot
	// generator); only a node that started stops them before its database
	// closes. The node opens no endpoint (no HTTP, WS, IPC or p2p listener),
	// so Start has nothing to fail on but the services themselves.
	b := &backend{stack: stack, svc: svc, deterministic: genesisTime > 0}
	if err := stack.Start(); err != nil {
		return nil, errors.Join(fmt.Errorf("devchain node start: %w", err), b.close())
	}
	b.client = ethclient.NewClient(stack.Attach())
	if b.beacon, err = catalyst.NewSimulatedBeacon(0, common.Address{}, svc); err != nil {
		return nil, errors.Join(fmt.Errorf("devchain beacon: %w", err), b.close())
	}
	if err := b.beacon.Fork(svc.BlockChain().GetCanonicalHash(0)); err != nil {
		return nil, errors.Join(fmt.Errorf("devchain beacon at genesis: %w", err), b.close())
	}
	if ls.http == nil && ls.ws == nil {
		return b, nil
	}
	if err := b.serve(ls, append(svc.APIs(), filterAPI, rpc.API{Namespace: "web3", Service: web3API{}})); err != nil {
		return nil, errors.Join(err, b.close())
	}
	return b, nil
}

// serve registers the APIs in rpcNamespaces on one JSON-RPC server and
// serves it over HTTP and WebSocket on ls.
func (b *backend) serve(ls listeners, apis []rpc.API) error {
	b.rpc = rpc.NewServer()
	b.rpc.SetBatchLimits(node.DefaultConfig.BatchRequestLimit, node.DefaultConfig.BatchResponseMaxSize)
	for _, api := range apis {
		if !rpcNamespaces[api.Namespace] {
			continue
		}
		if err := b.rpc.RegisterName(api.Namespace, api.Service); err != nil {
			return fmt.Errorf("register RPC namespace %s: %w", api.Namespace, err)
		}
	}
	ws := b.rpc.WebsocketHandler([]string{"*"})
	start := func(l net.Listener, h http.Handler) {
		srv := &http.Server{Handler: h, ReadHeaderTimeout: rpc.DefaultHTTPTimeouts.ReadHeaderTimeout,
			IdleTimeout: rpc.DefaultHTTPTimeouts.IdleTimeout}
		b.http = append(b.http, srv)
		go func() { _ = srv.Serve(l) }() // returns http.ErrServerClosed on close
	}
	switch {
	case ls.http != nil && ls.http == ls.ws:
		start(ls.http, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("Upgrade") != "" {
				ws.ServeHTTP(w, r)
				return
			}
			b.rpc.ServeHTTP(w, r)
		}))
	default:
		if ls.http != nil {
			start(ls.http, b.rpc)
		}
		if ls.ws != nil {
			start(ls.ws, ws)
		}
	}
	return nil
}

// commit seals a block with the pending transactions and returns the new head.
func (b *backend) commit() common.Hash {
	if !b.deterministic {
		return b.beacon.Commit()
	}
	h, err := b.sealFixed(context.Background())
	if err != nil {
		gethlog.Warn("devchain: sealing failed", "err", err)
		return b.svc.BlockChain().CurrentBlock().Hash()
	}
	return h
}

// sealTimeout bounds the building of one block by sealFixed.
const sealTimeout = 30 * time.Second

// sealFixed seals the next block with nothing left to chance: time the
// parent's + 1 s and prevrandao keccak256(number), where the simulated
// beacon takes the wall clock and random bytes. It builds the block with
// the miner from the whole transaction pool, as the beacon does, and makes
// it the head.
func (b *backend) sealFixed(ctx context.Context) (common.Hash, error) {
	if err := b.syncPool(); err != nil {
		return common.Hash{}, err
	}
	bc := b.svc.BlockChain()
	parent := bc.CurrentBlock()
	number := new(big.Int).Add(parent.Number, big.NewInt(1))
	payload, err := b.svc.Miner().BuildPayload(ctx, &miner.BuildPayloadArgs{
		Parent: parent.Hash(), Timestamp: parent.Time + 1, Random: crypto.Keccak256Hash(number.Bytes()),
		Withdrawals: types.Withdrawals{}, BeaconRoot: &common.Hash{}, Version: engine.PayloadV3,
	}, false)
	if err != nil {
		return common.Hash{}, fmt.Errorf("build block %d: %w", number, err)
	}
	full := make(chan *engine.ExecutionPayloadEnvelope, 1)
	go func() { full <- payload.ResolveFull() }()
	var env *engine.ExecutionPayloadEnvelope
	select {
	case env = <-full:
	case <-time.After(sealTimeout):
		return common.Hash{}, fmt.Errorf("build block %d: no full payload after %v", number, sealTimeout)
	}
	if env == nil {
		return common.Hash{}, fmt.Errorf("build block %d: no full payload", number)
	}
	block, err := engine.ExecutableDataToBlock(*env.ExecutionPayload, []common.Hash{}, &common.Hash{}, env.Requests)
	if err != nil {
		return common.Hash{}, fmt.Errorf("block %d: %w", number, err)
	}
	if _, err := bc.InsertBlockWithoutSetHead(ctx, block, false); err != nil {
		return common.Hash{}, fmt.Errorf("insert block %d: %w", number, err)
	}
	if _, err := bc.SetCanonical(block); err != nil {
		return common.Hash{}, fmt.Errorf("head block %d: %w", number, err)
	}
	return block.Hash(), nil
}

// syncPool has the transaction pool reset to the current head now,
// instead of in the background after the head event.
func (b *backend) syncPool() error {
	if err := b.svc.TxPool().Sync(); err != nil {
		return fmt.Errorf("sync txpool: %w", err)
	}
	return nil
}

// fork starts a side chain on parent (see catalyst.SimulatedBeacon.Fork).
func (b *backend) fork(parent common.Hash) error { return b.beacon.Fork(parent) }

// close stops serving RPC (closing WebSocket connections too), then the
// beacon, then the node: its services stop before its database closes.
func (b *backend) close() error {
	var errs []error
	ctx, cancel := context.WithTimeout(context.Background(), rpcShutdown)
	defer cancel()
	for _, srv := range b.http {
		if srv.Shutdown(ctx) != nil {
			_ = srv.Close() // requests still running after rpcShutdown are cut
		}
	}
	if b.rpc != nil {
		b.rpc.Stop() // hijacked WebSocket connections are the server's, not http's
	}
	if b.client != nil {
		b.client.Close()
	}
	if b.beacon != nil {
		errs = append(errs, b.beacon.Stop())
	}
	errs = append(errs, b.stack.Close())
	return errors.Join(errs...)
}

// web3API serves web3_clientVersion and web3_sha3, as go-ethereum's node does.
type web3API struct{}

// ClientVersion names the dev chain and the go-ethereum version it runs.
func (web3API) ClientVersion() string {
	return fmt.Sprintf("steward-devchain/go-ethereum-v%d.%d.%d", version.Major, version.Minor, version.Patch)
}

// Sha3 returns the Keccak-256 of input.
func (web3API) Sha3(input hexutil.Bytes) hexutil.Bytes { return crypto.Keccak256(input) }

var showCritOnce sync.Once

// showCrit makes go-ethereum's critical errors visible. go-ethereum logs
// nowhere by default, and its log.Crit (a write to a closed database, a
// chain it cannot recover) then ends the process with exit status 1 and no
// word. From the first chain on, messages at Error and above go to stderr.
// A process whose go-ethereum logger already shows them keeps it.
func showCrit() {
	showCritOnce.Do(func() {
		if gethlog.Root().Enabled(context.Background(), gethlog.LevelCrit) {
			return
		}
		gethlog.SetDefault(gethlog.NewLogger(slog.NewTextHandler(os.Stderr,
			&slog.HandlerOptions{Level: slog.LevelError})))
	})
}
