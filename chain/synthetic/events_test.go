package synthetic_test

import (
	"errors"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/chain/ingest"
	"github.com/steward-agents/steward/chain/synthetic"
)

// TestGenerateUniswap decodes every generated event with chain/ingest's
// strict decoders, for several seeds, and checks the mix.
func TestGenerateUniswap(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3, 99} {
		counts := map[synthetic.Kind]int{}
		for i, e := range synthetic.GenerateUniswap(seed, 5000) {
			l := types.Log{Topics: e.Topics, Data: e.Data}
			var err error
			switch e.Kind {
			case synthetic.Swap:
				_, err = ingest.DecodeSwap(l)
			case synthetic.Mint:
				_, err = ingest.DecodeMint(l)
			case synthetic.Burn:
				_, err = ingest.DecodeBurn(l)
			default:
				err = errors.New("not a Uniswap event")
			}
			if err != nil {
				t.Fatalf("seed %d, event %d (%s): %v", seed, i, e.Kind, err)
			}
			counts[e.Kind]++
		}
		if counts[synthetic.Swap] < 4800 || counts[synthetic.Mint] == 0 || counts[synthetic.Burn] == 0 {
			t.Fatalf("seed %d: mix %v, want about 98 %% swaps and some mints and burns", seed, counts)
		}
	}
	a, b := synthetic.GenerateUniswap(7, 100), synthetic.GenerateUniswap(7, 100)
	for i := range a {
		if string(a[i].Data) != string(b[i].Data) || a[i].Topics[1] != b[i].Topics[1] {
			t.Fatalf("event %d differs between two runs of one seed", i)
		}
	}
}

// TestUniswapEvents encodes recorded events (with the dataset's shapes:
// burns with positive amounts, ticks at the edges) and refuses values
// that do not fit the event.
func TestUniswapEvents(t *testing.T) {
	sqrt, _ := new(big.Int).SetString("1662995104975155420368771254341874", 10)
	good := []synthetic.PoolEvent{
		{Kind: synthetic.Swap, Amount0: big.NewInt(-22686110), Amount1: big.NewInt(1e16), SqrtPriceX96: sqrt, Liquidity: big.NewInt(1e18), Tick: 199045},
		{Kind: synthetic.Mint, Amount0: big.NewInt(7589502067301), Amount1: big.NewInt(7e17), TickLower: 199060, TickUpper: 199070, PositionLiquidity: big.NewInt(1e15)},
		{Kind: synthetic.Burn, Amount0: big.NewInt(0), Amount1: big.NewInt(0), TickLower: -887270, TickUpper: 887270, PositionLiquidity: big.NewInt(0)},
	}
	events, err := synthetic.UniswapEvents(good, 1)
	if err != nil {
		t.Fatal(err)
	}
	swap, err := ingest.DecodeSwap(types.Log{Topics: events[0].Topics, Data: events[0].Data})
	if err != nil || swap.Amount0.Cmp(good[0].Amount0) != 0 || swap.Tick != 199045 || swap.SqrtPriceX96.Cmp(sqrt) != 0 {
		t.Fatalf("swap round trip: %+v, %v", swap, err)
	}
	mint, err := ingest.DecodeMint(types.Log{Topics: events[1].Topics, Data: events[1].Data})
	if err != nil || mint.TickLower != 199060 || mint.Amount.Cmp(big.NewInt(1e15)) != 0 {
		t.Fatalf("mint round trip: %+v, %v", mint, err)
	}
	burn, err := ingest.DecodeBurn(types.Log{Topics: events[2].Topics, Data: events[2].Data})
	if err != nil || burn.TickLower != -887270 {
		t.Fatalf("burn round trip: %+v, %v", burn, err)
	}

	bad := map[string]synthetic.PoolEvent{
		"price above uint160":    {Kind: synthetic.Swap, Amount0: big.NewInt(1), Amount1: big.NewInt(1), SqrtPriceX96: new(big.Int).Lsh(big.NewInt(1), 160), Liquidity: big.NewInt(1)},
		"negative liquidity":     {Kind: synthetic.Swap, Amount0: big.NewInt(1), Amount1: big.NewInt(1), SqrtPriceX96: big.NewInt(1), Liquidity: big.NewInt(-1)},
		"tick outside int24":     {Kind: synthetic.Mint, Amount0: big.NewInt(1), Amount1: big.NewInt(1), TickLower: 1 << 23, PositionLiquidity: big.NewInt(1)},
		"no amounts":             {Kind: synthetic.Swap},
		"an Aave kind":           {Kind: synthetic.Supply},
		"amount above int256":    {Kind: synthetic.Swap, Amount0: new(big.Int).Lsh(big.NewInt(1), 255), Amount1: big.NewInt(1), SqrtPriceX96: big.NewInt(1), Liquidity: big.NewInt(1)},
		"position above uint128": {Kind: synthetic.Burn, Amount0: big.NewInt(1), Amount1: big.NewInt(1), PositionLiquidity: new(big.Int).Lsh(big.NewInt(1), 128)},
	}
	for name, e := range bad {
		if _, err := synthetic.UniswapEvents([]synthetic.PoolEvent{e}, 1); !errors.Is(err, synthetic.ErrBadEvent) {
			t.Errorf("%s: %v, want ErrBadEvent", name, err)
		}
	}
}

// aaveSample is two rows of a demeter-fetch raw.csv (the shared data's
// first lines): a ReserveDataUpdated (skipped) and a Borrow.
const aaveSample = `block_number,block_timestamp,transaction_hash,transaction_index,log_index,topics,data
51986040,2024-01-06 00:00:01,0x3dc41b61e4f2b2c9d2d22e7e1ca1342280a2261b973c7ffe34e3b1bf054a3883,87,326,"['0x804c9b842b2748a22bb64b345453a3de7ca54a6ca45ce00d415894979e22897a', '0x0000000000000000000000002791bca1f2de4661ed88a30c99a7a9449aa84174']",0x00000000000000000000000000000000000000000051b4c9e3df0e2bb6c40976000000000000000000000000000000000000000000742dc53271fb57504f9a02000000000000000000000000000000000000000000770f80e3969ee5d514cd5800000000000000000000000000000000000000000364cf5fe4d3d4ddf891bd4400000000000000000000000000000000000000000376a08ecd98095ca7f0f5f6
51986040,2024-01-06 00:00:01,0x3dc41b61e4f2b2c9d2d22e7e1ca1342280a2261b973c7ffe34e3b1bf054a3883,87,328,"['0xb3d084820fb1a9decffb176436bd02558d15fac9b0ddfed8c465bc7359d7dce0', '0x0000000000000000000000002791bca1f2de4661ed88a30c99a7a9449aa84174', '0x0000000000000000000000002f2897f730e8502a166785752cca06dee693ffec', '0x0000000000000000000000000000000000000000000000000000000000000000']",0x0000000000000000000000002f2897f730e8502a166785752cca06dee693ffec0000000000000000000000000000000000000000000000000000000017d784000000000000000000000000000000000000000000000000000000000000000002000000000000000000000000000000000000000000770f80e3969ee5d514cd58
`

// TestReadAaveRaw reads the recorded Aave logs: the sample, the shared
// data's files when present, and refuses a malformed row naming its line.
func TestReadAaveRaw(t *testing.T) {
	events, err := synthetic.ReadAaveRaw(strings.NewReader(aaveSample))
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 1 || events[0].Kind != synthetic.Borrow || events[0].Topics[2] != common.HexToHash("0x2f2897f730e8502a166785752cca06dee693ffec") {
		t.Fatalf("events %+v, want the one Borrow", events)
	}
	broken := strings.Replace(aaveSample, "'0x0000000000000000000000002f2897f730e8502a166785752cca06dee693ffec'", "'0x2f28'", 1)
	if _, err := synthetic.ReadAaveRaw(strings.NewReader(broken)); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Fatalf("a short topic: %v, want an error naming line 3", err)
	}
	short := strings.Replace(aaveSample, "0000000000000000000000000000000000000000770f80e3969ee5d514cd58\n", "\n", 1)
	if _, err := synthetic.ReadAaveRaw(strings.NewReader(short)); !errors.Is(err, synthetic.ErrBadEvent) {
		t.Fatalf("a Borrow with three words of data: %v, want ErrBadEvent", err)
	}

	files, _ := filepath.Glob("../../../shared/data/aave-v3-polygon-events/*.raw.csv")
	if len(files) == 0 {
		t.Log("the shared Aave data is absent: only the sample was read")
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		events, err := synthetic.ReadAaveRaw(strings.NewReader(string(data)))
		if err != nil || len(events) < 100 {
			t.Fatalf("%s: %d events, %v", f, len(events), err)
		}
	}
}

// TestGenerateAave makes every kind, each with its own shape; only keeps
// the kinds asked for.
func TestGenerateAave(t *testing.T) {
	counts := map[synthetic.Kind]int{}
	for _, e := range synthetic.GenerateAave(1, 3000) {
		counts[e.Kind]++
	}
	for _, k := range []synthetic.Kind{synthetic.Supply, synthetic.Borrow, synthetic.Repay, synthetic.Withdraw, synthetic.LiquidationCall} {
		if counts[k] == 0 {
			t.Fatalf("no %s among 3,000 generated events: %v", k, counts)
		}
	}
	for _, e := range synthetic.GenerateAave(1, 50, synthetic.LiquidationCall) {
		if e.Kind != synthetic.LiquidationCall {
			t.Fatalf("asked for liquidations only, got a %s", e.Kind)
		}
	}
	// A node takes them: the config checks every event's shape.
	if _, err := synthetic.New(synthetic.Config{HTTPAddr: "127.0.0.1:0", Aave: synthetic.GenerateAave(5, 500)}, nil); err == nil ||
		!strings.Contains(err.Error(), "client is nil") {
		t.Fatalf("New with generated events and no inner node: %v", err)
	}
}

// TestConfigRefusals names the bad field.
func TestConfigRefusals(t *testing.T) {
	swap := synthetic.GenerateUniswap(1, 1)
	cases := map[string]synthetic.Config{
		"HTTPAddr and WSAddr":   {},
		"TxsPerBlock -1":        {HTTPAddr: ":0", TxsPerBlock: -1},
		"LogsPerBlock -2":       {HTTPAddr: ":0", LogsPerBlock: -2},
		"Latency -1s":           {HTTPAddr: ":0", Latency: -1e9},
		"Keep -1":               {HTTPAddr: ":0", Keep: -1},
		"MaxLogs -5":            {HTTPAddr: ":0", MaxLogs: -5},
		"Aave[0]":               {HTTPAddr: ":0", Aave: swap},
		"Uniswap[0]":            {HTTPAddr: ":0", Uniswap: synthetic.GenerateAave(1, 1)},
		"AaveWeight 1 needs":    {HTTPAddr: ":0", AaveWeight: 1, AavePools: []common.Address{}},
		"HTTPAddr \"nonsense\"": {HTTPAddr: "nonsense"},
	}
	for want, cfg := range cases {
		_, err := synthetic.New(cfg, nil)
		if !errors.Is(err, synthetic.ErrInvalidConfig) || !strings.Contains(err.Error(), want) {
			t.Errorf("%+v: %v, want ErrInvalidConfig naming %q", want, err, want)
		}
	}
}
