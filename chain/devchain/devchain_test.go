package devchain

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"errors"
	"math/big"
	"net"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
)

// mainnetPath walks around the USDC/WETH price of early January 2024.
var mainnetPath = []int32{199000, 199030, 199100, 198950, 198700, 199400, 199390}

type agent struct {
	key  *ecdsa.PrivateKey
	addr common.Address
}

func newAgent(t *testing.T, seed string) agent {
	t.Helper()
	key, err := crypto.ToECDSA(crypto.Keccak256([]byte(seed)))
	if err != nil {
		t.Fatal(err)
	}
	return agent{key: key, addr: crypto.PubkeyToAddress(key.PublicKey)}
}

func newChain(t *testing.T, cfg Config) *Chain {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	c, err := New(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(c.Stop)
	return c
}

func call[T any](t *testing.T, c ethereum.ContractCaller, to common.Address, data []byte, unpack func([]byte) (T, error)) T {
	t.Helper()
	out, err := c.CallContract(context.Background(), ethereum.CallMsg{To: &to, Data: data}, nil)
	if err != nil {
		t.Fatalf("call %s: %v", to, contracts.DecodeError(err))
	}
	v, err := unpack(out)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func poolTick(t *testing.T, c *Chain) int64 {
	t.Helper()
	pool := bindings.NewUniswapV3Pool()
	return call(t, c.Client(), c.Deployment().Pool, pool.PackSlot0(), pool.UnpackSlot0).Tick.Int64()
}

func TestConfigValidation(t *testing.T) {
	tests := []struct {
		name string
		cfg  Config
		want string // part of the error, naming the field
	}{
		{"no path", Config{}, "PriceTicks has 0 ticks"},
		{"one tick", Config{PriceTicks: []int32{0}}, "PriceTicks has 1 ticks"},
		{"tick beyond the range", Config{PriceTicks: []int32{0, MaxTick}}, "PriceTicks[1] = 887272"},
		{"negative interval", Config{PriceTicks: []int32{0, 1}, BlockInterval: -time.Second}, "BlockInterval"},
		{"empty bounds", Config{PriceTicks: []int32{0, 1}, LowerBounds: Bounds{Min: 5, Max: 5, MaxStep: 1}}, "LowerBounds.Min 5 must be below Max 5"},
		{"no step", Config{PriceTicks: []int32{0, 1}, UpperBounds: Bounds{Min: -5, Max: 5}}, "UpperBounds.MaxStep 0"},
		{"bounds beyond ticks", Config{PriceTicks: []int32{0, 1}, UpperBounds: Bounds{Min: -5, Max: MaxTick + 1, MaxStep: 1}}, "UpperBounds [-5, 887273]"},
		{"zero liquidity", Config{PriceTicks: []int32{0, 1}, Liquidity: big.NewInt(0)}, "Liquidity 0"},
		{"bad address", Config{PriceTicks: []int32{0, 1}, HTTPAddr: "localhost"}, `HTTPAddr "localhost"`},
		{"bad port", Config{PriceTicks: []int32{0, 1}, WSAddr: "127.0.0.1:http"}, `WSAddr "127.0.0.1:http"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New(context.Background(), tt.cfg)
			if !errors.Is(err, ErrInvalidConfig) || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("New = %v, want ErrInvalidConfig mentioning %q", err, tt.want)
			}
		})
	}
}

func TestDeployment(t *testing.T) {
	c := newChain(t, Config{PriceTicks: mainnetPath})
	d := c.Deployment()
	cl := c.Client()
	token := bindings.NewTestToken()
	for _, tk := range []struct {
		addr     common.Address
		symbol   string
		decimals uint8
	}{{d.Token0, "tUSDC", 6}, {d.Token1, "tWETH", 18}} {
		if got := call(t, cl, tk.addr, token.PackSymbol(), token.UnpackSymbol); got != tk.symbol {
			t.Errorf("token at %s is %s, want %s", tk.addr, got, tk.symbol)
		}
		if got := call(t, cl, tk.addr, token.PackDecimals(), token.UnpackDecimals); got != tk.decimals {
			t.Errorf("%s decimals = %d, want %d", tk.symbol, got, tk.decimals)
		}
	}
	pool := bindings.NewUniswapV3Pool()
	if got := call(t, cl, d.Pool, pool.PackToken0(), pool.UnpackToken0); got != d.Token0 {
		t.Errorf("pool.token0 = %s, want tUSDC %s", got, d.Token0)
	}
	if d.Fee != 500 || d.TickSpacing != 10 {
		t.Errorf("fee %d spacing %d, want 500 and 10", d.Fee, d.TickSpacing)
	}
	slot0 := call(t, cl, d.Pool, pool.PackSlot0(), pool.UnpackSlot0)
	if slot0.Tick.Int64() != int64(mainnetPath[0]) || slot0.SqrtPriceX96.Cmp(SqrtPriceX96AtTick(mainnetPath[0])) != 0 {
		t.Errorf("slot0 = tick %s price %s, want tick %d", slot0.Tick, slot0.SqrtPriceX96, mainnetPath[0])
	}
	// Tick 199000 is about 2300 tUSDC per tWETH: price = 1.0001^tick · 10^(6-18) tWETH per tUSDC.
	price, _ := new(big.Float).Quo(new(big.Float).SetInt(new(big.Int).Mul(slot0.SqrtPriceX96, slot0.SqrtPriceX96)),
		new(big.Float).SetInt(new(big.Int).Lsh(big.NewInt(1), 192))).Float64()
	if usdPerEth := 1e12 / price; usdPerEth < 2200 || usdPerEth > 2400 {
		t.Errorf("tick %d means %.0f tUSDC per tWETH, want ~2300", mainnetPath[0], usdPerEth)
	}
	if liq := call(t, cl, d.Pool, pool.PackLiquidity(), pool.UnpackLiquidity); liq.Cmp(new(big.Int).Mul(big.NewInt(DefaultLiquidity), big.NewInt(baseLiquidityFactor))) != 0 {
		t.Errorf("pool liquidity = %s, want DevTrader's base liquidity", liq)
	}
	guard := bindings.NewParameterGuard()
	for name, want := range map[string]int64{"tickLower": 198000, "tickUpper": 200000} {
		cur := call(t, cl, d.Guard, guard.PackCurrent(d.Vault, contracts.Param(name)), guard.UnpackCurrent)
		b := call(t, cl, d.Guard, guard.PackBounds(d.Vault, contracts.Param(name)), guard.UnpackBounds)
		if cur.Value.Int64() != want || !b.Configured || b.B.Min.Int64() != 179000 || b.B.Max.Int64() != 219000 || b.B.MaxStep.Int64() != 3000 || b.B.CooldownBlocks != 2 {
			t.Errorf("%s: current %s, bounds %+v", name, cur.Value, b)
		}
	}
	if id := c.ChainID(); id.Int64() != 1337 {
		t.Errorf("ChainID = %s", id)
	}
	// Another chain deploys at the same addresses: the owner key is fixed.
	if d2 := newChain(t, Config{PriceTicks: []int32{0, 10}}).Deployment(); d2 != d {
		t.Errorf("deployments differ:\n%+v\n%+v", d, d2)
	}
}

func TestCommitFollowsPath(t *testing.T) {
	// A path with small and large moves, up and down, and a repeated tick.
	path := []int32{199000, 199003, 199100, 199100, 198000, 200500, 199990, 199000}
	c := newChain(t, Config{PriceTicks: path})
	spacing := int64(c.Deployment().TickSpacing)
	start, err := c.Client().BlockNumber(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for i := 1; i < 2*len(path); i++ { // twice around: the path wraps
		want := int64(path[i%len(path)])
		c.Commit()
		if got := poolTick(t, c); got < want-spacing || got > want+spacing {
			t.Fatalf("after commit %d: pool tick %d, want %d ± %d", i, got, want, spacing)
		}
	}
	end, _ := c.Client().BlockNumber(context.Background())
	if end-start != uint64(2*len(path)-1) {
		t.Errorf("%d blocks mined, want one per Commit (%d)", end-start, 2*len(path)-1)
	}
}

func TestStartStop(t *testing.T) {
	c := newChain(t, Config{PriceTicks: []int32{0, 100, -100}, BlockInterval: 20 * time.Millisecond})
	ctx := context.Background()
	start, _ := c.Client().BlockNumber(ctx)
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	if err := c.Start(ctx); !errors.Is(err, ErrAlreadyStarted) {
		t.Errorf("second Start = %v, want ErrAlreadyStarted", err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		n, err := c.Client().BlockNumber(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if n >= start+5 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d blocks in 10s with a 20ms interval", n-start)
		}
		time.Sleep(10 * time.Millisecond)
	}
	// Authorize waits for the loop to mine its transaction.
	a := newAgent(t, "agent")
	model := crypto.Keccak256Hash([]byte("model"))
	if err := c.Authorize(ctx, a.addr, model); err != nil {
		t.Fatal(err)
	}
	reg := bindings.NewInferenceRegistry()
	if !call(t, c.Client(), c.Deployment().Registry, reg.PackIsAuthorized(a.addr, model), reg.UnpackIsAuthorized) {
		t.Error("agent not authorised after Authorize")
	}
	c.Stop()
	c.Stop() // idempotent
	if h := c.Commit(); h != (common.Hash{}) {
		t.Errorf("Commit after Stop = %s, want zero", h)
	}
	if err := c.Start(ctx); !errors.Is(err, ErrStopped) {
		t.Errorf("Start after Stop = %v, want ErrStopped", err)
	}
	if err := c.Authorize(ctx, a.addr, model); !errors.Is(err, ErrStopped) {
		t.Errorf("Authorize after Stop = %v, want ErrStopped", err)
	}
}

func TestEndpoints(t *testing.T) {
	a := newAgent(t, "agent")
	c := newChain(t, Config{PriceTicks: []int32{0, 10}, Funded: []common.Address{a.addr},
		HTTPAddr: "127.0.0.1:0", WSAddr: "127.0.0.1:0"})
	httpURL, wsURL := c.Endpoints()
	if !strings.HasPrefix(httpURL, "http://127.0.0.1:") || !strings.HasPrefix(wsURL, "ws://127.0.0.1:") {
		t.Fatalf("Endpoints = %q, %q", httpURL, wsURL)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	// The filter API (eth_getLogs, eth_subscribe) is served in process too.
	q := ethereum.FilterQuery{Addresses: []common.Address{c.Deployment().Pool}}
	logs, err := c.Client().FilterLogs(ctx, q)
	if err != nil || len(logs) == 0 {
		t.Fatalf("in-process eth_getLogs on the pool = %d logs, %v; want its deployment's", len(logs), err)
	}
	sub, err := c.Client().SubscribeFilterLogs(ctx, q, make(chan types.Log))
	if err != nil {
		t.Fatalf("in-process eth_subscribe logs: %v", err)
	}
	sub.Unsubscribe()
	for _, url := range []string{httpURL, wsURL} {
		cl, err := ethclient.Dial(url)
		if err != nil {
			t.Fatalf("dial %s: %v", url, err)
		}
		if got, err := cl.FilterLogs(ctx, q); err != nil || len(got) != len(logs) {
			t.Errorf("%s eth_getLogs on the pool = %d logs, %v; want %d", url, len(got), err, len(logs))
		}
		id, err := cl.ChainID(ctx)
		if err != nil || id.Int64() != 1337 {
			t.Errorf("%s eth_chainId = %v, %v", url, id, err)
		}
		want, _ := c.Client().BlockNumber(ctx)
		if n, err := cl.BlockNumber(ctx); err != nil || n != want {
			t.Errorf("%s eth_blockNumber = %d, %v; want %d", url, n, err, want)
		}
		bal, err := cl.BalanceAt(ctx, a.addr, nil)
		if err != nil || bal.Cmp(new(big.Int).Mul(big.NewInt(1000), big.NewInt(1e18))) != 0 {
			t.Errorf("%s funded balance = %v, %v; want 1000 ETH", url, bal, err)
		}
		cl.Close()
	}
	none := newChain(t, Config{PriceTicks: []int32{0, 10}})
	if h, w := none.Endpoints(); h != "" || w != "" {
		t.Errorf("Endpoints without addresses = %q, %q", h, w)
	}
}

// TestTakenPortFailsNewAndLeavesNothingRunning: a taken port fails New,
// naming the field, before any node is built: no goroutine of go-ethereum's
// is left behind to write to a closed database (go-ethereum's node, failing
// to listen, used to leave a half-built eth service running, which could
// end the test binary through log.Crit). The HTTP listener opened before a
// taken WSAddr is closed again.
func TestTakenPortFailsNewAndLeavesNothingRunning(t *testing.T) {
	taken, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer taken.Close()
	takenAddr := taken.Addr().String()
	before := runtime.NumGoroutine()
	for _, tc := range []struct {
		field string
		cfg   Config
	}{
		{"HTTPAddr", Config{PriceTicks: []int32{0, 10}, HTTPAddr: takenAddr}},
		{"WSAddr", Config{PriceTicks: []int32{0, 10}, HTTPAddr: "127.0.0.1:0", WSAddr: takenAddr}},
	} {
		c, err := New(t.Context(), tc.cfg)
		if err == nil {
			c.Stop()
			t.Fatalf("New with %s on a taken port succeeded", tc.field)
		}
		if !errors.Is(err, syscall.EADDRINUSE) || !strings.HasPrefix(err.Error(), tc.field+" "+takenAddr) {
			t.Errorf("New with %s on a taken port: err = %v; want EADDRINUSE naming %s", tc.field, err, tc.field)
		}
	}
	// A goroutine of an earlier test (a timer firing) may come and go; a
	// leaked node stays. The old path left about 16 per failed New.
	n := runtime.NumGoroutine()
	for deadline := time.Now().Add(time.Second); n > before && time.Now().Before(deadline); n = runtime.NumGoroutine() {
		time.Sleep(10 * time.Millisecond)
	}
	if n > before {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines after the failed News, %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}

// TestSharedPortServesHTTPAndWebSocket: HTTPAddr equal to WSAddr serves
// both on one port, as go-ethereum's node does; only eth, net and web3 are
// served, not admin or debug.
func TestSharedPortServesHTTPAndWebSocket(t *testing.T) {
	var c *Chain
	for attempt := 1; c == nil; attempt++ {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := l.Addr().String()
		l.Close()
		c, err = New(t.Context(), Config{PriceTicks: []int32{0, 10}, HTTPAddr: addr, WSAddr: addr})
		if errors.Is(err, syscall.EADDRINUSE) && attempt < 3 {
			continue // another process took the port in between
		}
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(c.Stop)
	}
	httpURL, wsURL := c.Endpoints()
	if strings.TrimPrefix(httpURL, "http://") != strings.TrimPrefix(wsURL, "ws://") {
		t.Fatalf("Endpoints = %q, %q; want one port", httpURL, wsURL)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	for _, url := range []string{httpURL, wsURL} {
		cl, err := rpc.DialContext(ctx, url)
		if err != nil {
			t.Fatalf("dial %s: %v", url, err)
		}
		var version string
		if err := cl.CallContext(ctx, &version, "web3_clientVersion"); err != nil || !strings.HasPrefix(version, "steward-devchain/") {
			t.Errorf("%s web3_clientVersion = %q, %v", url, version, err)
		}
		var sha hexutil.Bytes
		if err := cl.CallContext(ctx, &sha, "web3_sha3", hexutil.Bytes("steward")); err != nil || common.BytesToHash(sha) != crypto.Keccak256Hash([]byte("steward")) {
			t.Errorf("%s web3_sha3 = %x, %v", url, []byte(sha), err)
		}
		var id hexutil.Big
		if err := cl.CallContext(ctx, &id, "eth_chainId"); err != nil || id.ToInt().Int64() != chainID {
			t.Errorf("%s eth_chainId = %v, %v", url, id.ToInt(), err)
		}
		for _, method := range []string{"admin_nodeInfo", "debug_gcStats", "engine_exchangeCapabilities"} {
			var out json.RawMessage
			if err := cl.CallContext(ctx, &out, method); err == nil || !strings.Contains(err.Error(), "does not exist") {
				t.Errorf("%s %s: err = %v; want the method not to exist", url, method, err)
			}
		}
		cl.Close()
	}
}

// TestRerangeThroughGuard drives the whole loop an agent runs: authorise,
// build records, commit their root and move the vault's range in one
// transaction sent over HTTP, while the chain mines blocks on its own.
func TestRerangeThroughGuard(t *testing.T) {
	a := newAgent(t, "agent")
	c := newChain(t, Config{PriceTicks: mainnetPath, Funded: []common.Address{a.addr}, HTTPAddr: "127.0.0.1:0",
		BlockInterval: 50 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	model := crypto.Keccak256Hash([]byte("range model v1"))
	if err := c.Authorize(ctx, a.addr, model); err != nil {
		t.Fatal(err)
	}
	if err := c.Start(ctx); err != nil {
		t.Fatal(err)
	}
	httpURL, _ := c.Endpoints()
	cl, err := ethclient.Dial(httpURL)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()
	d := c.Deployment()
	guard := bindings.NewParameterGuard()

	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tree, action := rangeAction(t, d, a.addr, model, head, 199000)
	// Out of bounds first: the guard refuses, and the error says why.
	// Simulated at "pending" (-1): the record is of the head block, which
	// the guard accepts only from the next block on.
	_, err = cl.EstimateGasAtBlock(ctx, ethereum.CallMsg{From: a.addr, To: &d.Guard,
		Data: guard.PackCommitAndApply(tree.Root(), action(170000, 200500))}, big.NewInt(-1))
	var re *contracts.RevertError
	if err = contracts.DecodeError(err); !errors.As(err, &re) || re.Name != "OutOfBounds" {
		t.Fatalf("out-of-bounds estimate = %v, want ParameterGuard.OutOfBounds", err)
	}

	receipt := sendTx(ctx, t, cl, a, d.Guard, guard.PackCommitAndApply(tree.Root(), action(197500, 200500)))
	t.Logf("commitAndApply over HTTP: block %d, gas %d", receipt.BlockNumber, receipt.GasUsed)

	vault := bindings.NewRangeVault()
	pos := call(t, cl, d.Vault, vault.PackPosition(), vault.UnpackPosition)
	if pos.TickLower.Int64() != 197500 || pos.TickUpper.Int64() != 200500 || pos.Liquidity.Cmp(big.NewInt(DefaultLiquidity)) != 0 {
		t.Fatalf("vault position = [%s, %s) %s", pos.TickLower, pos.TickUpper, pos.Liquidity)
	}
	pool := bindings.NewUniswapV3Pool()
	key := crypto.Keccak256Hash(d.Vault.Bytes(), int24(197500), int24(200500))
	if got := call(t, cl, d.Pool, pool.PackPositions(key), pool.UnpackPositions); got.Liquidity.Cmp(big.NewInt(DefaultLiquidity)) != 0 {
		t.Fatalf("pool holds liquidity %s for the vault, want %d", got.Liquidity, int64(DefaultLiquidity))
	}
}

func int24(v int32) []byte { return []byte{byte(v >> 16), byte(v >> 8), byte(v)} }

// sendTx signs and sends data from a over cl (chain id 1337), waits until
// mined and requires success.
func sendTx(ctx context.Context, t *testing.T, cl *ethclient.Client, a agent, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	return sendTxOn(ctx, t, cl, big.NewInt(1337), a, to, data)
}

// sendTxOn is sendTx on the chain with id chainID.
func sendTxOn(ctx context.Context, t *testing.T, cl *ethclient.Client, chainID *big.Int, a agent, to common.Address, data []byte) *types.Receipt {
	t.Helper()
	nonce, err := cl.PendingNonceAt(ctx, a.addr)
	if err != nil {
		t.Fatal(err)
	}
	head, err := cl.HeaderByNumber(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	tip := big.NewInt(1e9)
	tx, err := types.SignNewTx(a.key, types.LatestSignerForChainID(chainID), &types.DynamicFeeTx{
		ChainID: chainID, Nonce: nonce, GasTipCap: tip, GasFeeCap: new(big.Int).Add(new(big.Int).Mul(head.BaseFee, big.NewInt(2)), tip),
		Gas: 1_000_000, To: &to, Data: data,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := cl.SendTransaction(ctx, tx); err != nil {
		t.Fatal(contracts.DecodeError(err))
	}
	for {
		r, err := cl.TransactionReceipt(ctx, tx.Hash())
		if err == nil {
			if r.Status != types.ReceiptStatusSuccessful {
				t.Fatalf("transaction reverted, gas %d", r.GasUsed)
			}
			return r
		}
		select {
		case <-ctx.Done():
			t.Fatalf("transaction not mined: %v", err)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// rangeAction builds one record of agent on model at head (observed pool
// tick observed, output the range 197500..200500) as a one-leaf tree, and a
// function making the guarded re-range of d's vault that record backs.
func rangeAction(t *testing.T, d Deployment, agent common.Address, model common.Hash, head *types.Header, observed int64) (*commit.Tree, func(lower, upper int64) []bindings.Action) {
	t.Helper()
	inputs, outputs := commit.EncodeInts([]int64{observed}), commit.EncodeInts([]int64{197500, 200500})
	rec := commit.Record{Agent: agent, ModelDigest: model, InputDigest: crypto.Keccak256Hash(inputs),
		OutputDigest: crypto.Keccak256Hash(outputs), BlockNumber: head.Number.Uint64(), BlockHash: head.Hash()}
	tree, err := commit.NewTree([]common.Hash{rec.Hash()})
	if err != nil {
		t.Fatal(err)
	}
	return tree, func(lower, upper int64) []bindings.Action {
		return []bindings.Action{{
			Target: d.Vault,
			Params: [][32]byte{contracts.Param("tickLower"), contracts.Param("tickUpper")},
			Values: []*big.Int{big.NewInt(lower), big.NewInt(upper)},
			Record: bindings.InferenceRecord{Agent: rec.Agent, ModelDigest: rec.ModelDigest, InputDigest: rec.InputDigest,
				OutputDigest: rec.OutputDigest, BlockNumber: rec.BlockNumber, BlockHash: rec.BlockHash, Nonce: rec.Nonce},
			Inputs: inputs, Outputs: outputs,
		}}
	}
}
