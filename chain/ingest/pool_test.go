package ingest

import (
	"context"
	"crypto/ecdsa"
	"encoding/hex"
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
)

func newPoolReader(t *testing.T) *PoolReader {
	t.Helper()
	r, err := NewPoolReader()
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func bigPow2(n uint) *big.Int { return new(big.Int).Lsh(big.NewInt(1), n) }

// slot0Return builds slot0()'s return data with the pool ABI's own encoder.
func slot0Return(t *testing.T, r *PoolReader, sqrtPrice, tick *big.Int) []byte {
	t.Helper()
	out, err := r.abi.Methods["slot0"].Outputs.Pack(sqrtPrice, tick, uint16(1), uint16(2), uint16(3), uint8(0), true)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func liquidityReturn(t *testing.T, r *PoolReader, l *big.Int) []byte {
	t.Helper()
	out, err := r.abi.Methods["liquidity"].Outputs.Pack(l)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestPoolReaderUnpack(t *testing.T) {
	r := newPoolReader(t)
	sqrt := wantBig(t, "sqrtPriceX96", "1662995104975155420368771254341874")
	liq := wantBig(t, "liquidity", "12453647101533358277")
	tests := []struct {
		name      string
		slot0     []byte
		liquidity []byte
		want      PoolState
		wantErr   string
	}{
		{name: "real mainnet values", slot0: slot0Return(t, r, sqrt, big.NewInt(199045)), liquidity: liquidityReturn(t, r, liq),
			want: PoolState{SqrtPriceX96: sqrt, Tick: 199045, Liquidity: liq}},
		{name: "negative min tick", slot0: slot0Return(t, r, big.NewInt(4295128739), big.NewInt(-887272)), liquidity: liquidityReturn(t, r, big.NewInt(0)),
			want: PoolState{SqrtPriceX96: big.NewInt(4295128739), Tick: -887272, Liquidity: big.NewInt(0)}},
		{name: "tick over int24", slot0: slot0Return(t, r, sqrt, bigPow2(23)), liquidity: liquidityReturn(t, r, liq), wantErr: "field tick"},
		{name: "sqrtPriceX96 over uint160", slot0: slot0Return(t, r, bigPow2(160), big.NewInt(0)), liquidity: liquidityReturn(t, r, liq), wantErr: "field sqrtPriceX96"},
		{name: "liquidity over uint128", slot0: slot0Return(t, r, sqrt, big.NewInt(0)), liquidity: liquidityReturn(t, r, bigPow2(128)), wantErr: "uint128"},
		{name: "short slot0", slot0: make([]byte, 64), liquidity: liquidityReturn(t, r, liq), wantErr: "unpack slot0"},
		{name: "short liquidity", slot0: slot0Return(t, r, sqrt, big.NewInt(0)), liquidity: make([]byte, 16), wantErr: "unpack liquidity"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := r.unpack(tc.slot0, tc.liquidity)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one naming %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got.SqrtPriceX96.Cmp(tc.want.SqrtPriceX96) != 0 || got.Tick != tc.want.Tick || got.Liquidity.Cmp(tc.want.Liquidity) != 0 {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
}

// cannedCaller answers slot0() and liquidity() with fixed data and records
// the blocks it was asked for.
type cannedCaller struct {
	slot0, liquidity []byte
	err              error
	blocks           []*big.Int
}

func (c *cannedCaller) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	c.blocks = append(c.blocks, block)
	if c.err != nil {
		return nil, c.err
	}
	switch hex.EncodeToString(msg.Data) {
	case "3850c7bd": // slot0()
		return c.slot0, nil
	case "1a686502": // liquidity()
		return c.liquidity, nil
	}
	return nil, errors.New("execution reverted")
}

func TestReadPoolChecksBlockAndResults(t *testing.T) {
	r := newPoolReader(t)
	pool := common.HexToAddress(usdcWeth5)
	good := &cannedCaller{slot0: slot0Return(t, r, big.NewInt(1<<40), big.NewInt(-5)), liquidity: liquidityReturn(t, r, big.NewInt(77))}
	st, err := r.ReadPool(context.Background(), good, pool, big.NewInt(18937382))
	if err != nil {
		t.Fatal(err)
	}
	if st.Block != 18937382 || st.Tick != -5 || st.Liquidity.Int64() != 77 || st.SqrtPriceX96.Int64() != 1<<40 {
		t.Fatalf("state %+v", st)
	}
	if len(good.blocks) != 2 || good.blocks[0].Uint64() != 18937382 || good.blocks[1].Uint64() != 18937382 {
		t.Fatalf("calls at blocks %v, want both at 18937382", good.blocks)
	}

	tests := []struct {
		name    string
		caller  ethereum.ContractCaller
		block   *big.Int
		wantErr error
		want    string
	}{
		{name: "nil block", caller: good, block: nil, wantErr: ErrBadBlock},
		{name: "latest tag", caller: good, block: big.NewInt(-2), wantErr: ErrBadBlock},
		{name: "no code", caller: &cannedCaller{}, block: big.NewInt(1), wantErr: ErrNoPool, want: "slot0()"},
		{name: "rpc error", caller: &cannedCaller{err: errors.New("429 Too Many Requests")}, block: big.NewInt(1), want: "call slot0(): 429"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := r.ReadPool(context.Background(), tc.caller, pool, tc.block)
			if err == nil || (tc.wantErr != nil && !errors.Is(err, tc.wantErr)) || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v, want %v containing %q", err, tc.wantErr, tc.want)
			}
		})
	}
}

// testChain is a simulated chain with one funded account.
type testChain struct {
	t     *testing.T
	sim   *simulated.Backend
	key   *ecdsa.PrivateKey
	from  common.Address
	nonce uint64
}

func newTestChain(t *testing.T, alloc types.GenesisAlloc) *testChain {
	t.Helper()
	key, err := crypto.GenerateKey()
	if err != nil {
		t.Fatal(err)
	}
	from := crypto.PubkeyToAddress(key.PublicKey)
	if alloc == nil {
		alloc = types.GenesisAlloc{}
	}
	alloc[from] = types.Account{Balance: new(big.Int).Mul(big.NewInt(1e18), big.NewInt(1000))}
	sim := simulated.NewBackend(alloc)
	t.Cleanup(func() { _ = sim.Close() })
	return &testChain{t: t, sim: sim, key: key, from: from}
}

// send mines a transaction to to (nil: contract creation) and returns its
// receipt, failing the test unless it succeeded.
func (c *testChain) send(to *common.Address, data []byte) *types.Receipt {
	c.t.Helper()
	ctx := context.Background()
	client := c.sim.Client()
	tx := types.NewTx(&types.DynamicFeeTx{
		ChainID:   big.NewInt(1337),
		Nonce:     c.nonce,
		GasTipCap: big.NewInt(1e9),
		GasFeeCap: big.NewInt(20e9),
		Gas:       15_000_000,
		To:        to,
		Data:      data,
	})
	signed, err := types.SignTx(tx, types.LatestSignerForChainID(big.NewInt(1337)), c.key)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := client.SendTransaction(ctx, signed); err != nil {
		c.t.Fatalf("send: %v", err)
	}
	c.nonce++
	c.sim.Commit()
	rcpt, err := client.TransactionReceipt(ctx, signed.Hash())
	if err != nil {
		c.t.Fatalf("receipt: %v", err)
	}
	if rcpt.Status != types.ReceiptStatusSuccessful {
		c.t.Fatalf("transaction to %v reverted (gas used %d)", to, rcpt.GasUsed)
	}
	return rcpt
}

// uniswapTestABI holds the factory and pool functions the test calls.
const uniswapTestABI = `[
{"inputs":[{"name":"tokenA","type":"address"},{"name":"tokenB","type":"address"},{"name":"fee","type":"uint24"}],"name":"createPool","outputs":[{"name":"pool","type":"address"}],"stateMutability":"nonpayable","type":"function"},
{"inputs":[{"name":"","type":"address"},{"name":"","type":"address"},{"name":"","type":"uint24"}],"name":"getPool","outputs":[{"name":"","type":"address"}],"stateMutability":"view","type":"function"},
{"inputs":[{"name":"sqrtPriceX96","type":"uint160"}],"name":"initialize","outputs":[],"stateMutability":"nonpayable","type":"function"}
]`

func mustPack(t *testing.T, a abi.ABI, method string, args ...any) []byte {
	t.Helper()
	data, err := a.Pack(method, args...)
	if err != nil {
		t.Fatalf("pack %s: %v", method, err)
	}
	return data
}

// TestReadPoolOnRealUniswapPool deploys the real UniswapV3Factory (bytecode
// of @uniswap/v3-core 1.0.1), creates a pool and initializes it at the
// USDC/WETH price of the first swap on 2024-01-05.
func TestReadPoolOnRealUniswapPool(t *testing.T) {
	code, err := os.ReadFile(filepath.Join("testdata", "uniswapv3", "UniswapV3Factory.bin"))
	if err != nil {
		t.Fatal(err)
	}
	bytecode, err := hex.DecodeString(strings.TrimSpace(string(code)))
	if err != nil {
		t.Fatalf("factory bytecode: %v", err)
	}
	uni, err := abi.JSON(strings.NewReader(uniswapTestABI))
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	c := newTestChain(t, nil)
	client := c.sim.Client()
	factory := c.send(nil, bytecode).ContractAddress

	usdc := common.HexToAddress("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
	weth := common.HexToAddress("0xC02aaA39b223FE8D0A0e5C4F27eAD9083C756Cc2")
	beforeCreate := c.send(&factory, mustPack(t, uni, "createPool", usdc, weth, big.NewInt(500))).BlockNumber
	beforeCreate = new(big.Int).Sub(beforeCreate, big.NewInt(1))
	out, err := client.CallContract(ctx, ethereum.CallMsg{To: &factory, Data: mustPack(t, uni, "getPool", usdc, weth, big.NewInt(500))}, nil)
	if err != nil {
		t.Fatal(err)
	}
	pool := common.BytesToAddress(out)

	sqrt := wantBig(t, "sqrtPriceX96", "1662995104975155420368771254341874")
	initialized := c.send(&pool, mustPack(t, uni, "initialize", sqrt)).BlockNumber

	r := newPoolReader(t)
	st, err := r.ReadPool(ctx, client, pool, initialized)
	if err != nil {
		t.Fatal(err)
	}
	// TickMath.getTickAtSqrtRatio of this price is the tick the decoded
	// mainnet data reports after that swap.
	if st.SqrtPriceX96.Cmp(sqrt) != 0 || st.Tick != 199045 || st.Liquidity.Sign() != 0 || st.Block != initialized.Uint64() {
		t.Fatalf("initialized pool state %+v, want sqrtPrice %s tick 199045 liquidity 0", st, sqrt)
	}

	// The createPool block: the pool exists but is not initialized.
	st, err = r.ReadPool(ctx, client, pool, new(big.Int).Sub(initialized, big.NewInt(1)))
	if err != nil {
		t.Fatal(err)
	}
	if st.SqrtPriceX96.Sign() != 0 || st.Tick != 0 {
		t.Fatalf("uninitialized pool state %+v, want zeros", st)
	}

	if _, err := r.ReadPool(ctx, client, pool, beforeCreate); !errors.Is(err, ErrNoPool) {
		t.Fatalf("read before createPool: %v, want ErrNoPool", err)
	}
}

// emitterCode is runtime code that emits log l (up to 4 topics) on every call.
func emitterCode(l types.Log) []byte {
	const (
		push1  = 0x60
		push32 = 0x7f
		mstore = 0x52
		log0   = 0xa0
	)
	var code []byte
	for i := 0; i < len(l.Data); i += 32 {
		code = append(code, push32)
		code = append(code, l.Data[i:i+32]...)
		code = append(code, push1, byte(i), mstore)
	}
	for i := len(l.Topics) - 1; i >= 0; i-- {
		code = append(code, push32)
		code = append(code, l.Topics[i][:]...)
	}
	return append(code, push1, byte(len(l.Data)), push1, 0, log0+byte(len(l.Topics)), 0x00)
}

// TestSwapFilterFindsOnlyThePoolsSwaps runs eth_getLogs with SwapFilter on a
// chain where one contract emits a Swap, another the same Swap (other
// address) and a third a Mint (other topic), then decodes what it finds.
func TestSwapFilterFindsOnlyThePoolsSwaps(t *testing.T) {
	want := sampleSwap()
	swapLog := encodeSwap(want)
	mintLog := types.Log{
		Topics: []common.Hash{common.HexToHash(MintTopic0), common.Hash{}, common.Hash{}, common.Hash{}},
		Data:   make([]byte, 128),
	}
	pool := common.HexToAddress("0x00000000000000000000000000000000000a1001")
	other := common.HexToAddress("0x00000000000000000000000000000000000a1002")
	minter := common.HexToAddress("0x00000000000000000000000000000000000a1003")
	c := newTestChain(t, types.GenesisAlloc{
		pool:   {Code: emitterCode(swapLog)},
		other:  {Code: emitterCode(swapLog)},
		minter: {Code: emitterCode(mintLog)},
	})
	var txs []*types.Receipt
	for _, to := range []common.Address{minter, other, pool, pool} {
		txs = append(txs, c.send(&to, nil))
	}
	first, last := txs[0].BlockNumber.Uint64(), txs[3].BlockNumber.Uint64()

	logs, err := c.sim.Client().FilterLogs(context.Background(), SwapFilter(pool, first, last))
	if err != nil {
		t.Fatal(err)
	}
	if len(logs) != 2 {
		t.Fatalf("got %d logs, want the pool's 2 swaps", len(logs))
	}
	for i, l := range logs {
		got, err := DecodeSwap(l)
		if err != nil {
			t.Fatal(err)
		}
		rc := txs[2+i]
		if got.Pool != pool || got.TxHash != rc.TxHash || got.BlockHash != rc.BlockHash || got.BlockNumber != rc.BlockNumber.Uint64() {
			t.Fatalf("swap %d metadata %+v does not match its receipt", i, got)
		}
		if got.Amount0.Cmp(want.Amount0) != 0 || got.Tick != want.Tick || got.Sender != want.Sender {
			t.Fatalf("swap %d values %+v, want %+v", i, got, want)
		}
	}
	// The range is inclusive at both ends.
	if logs, err := c.sim.Client().FilterLogs(context.Background(), SwapFilter(pool, last, last)); err != nil || len(logs) != 1 {
		t.Fatalf("single-block range: %d logs, %v", len(logs), err)
	}
}
