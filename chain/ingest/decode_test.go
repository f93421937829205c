package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/math"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

func TestEventTopicsMatchABI(t *testing.T) {
	parsed, err := abi.JSON(strings.NewReader(UniswapV3PoolEventsABI))
	if err != nil {
		t.Fatalf("parse events ABI: %v", err)
	}
	tests := []struct {
		event, sig, topic string
	}{
		{"Swap", SwapEventSignature, SwapTopic0},
		{"Mint", MintEventSignature, MintTopic0},
		{"Burn", BurnEventSignature, BurnTopic0},
	}
	for _, tc := range tests {
		t.Run(tc.event, func(t *testing.T) {
			ev, ok := parsed.Events[tc.event]
			if !ok {
				t.Fatalf("event %s missing from ABI", tc.event)
			}
			if ev.Sig != tc.sig {
				t.Fatalf("ABI signature %s, const %s", ev.Sig, tc.sig)
			}
			if got := crypto.Keccak256Hash([]byte(tc.sig)); got != common.HexToHash(tc.topic) || ev.ID != got {
				t.Fatalf("keccak %s, ABI id %s, const %s", got, ev.ID, tc.topic)
			}
		})
	}
}

// wantBig parses a decimal column; "" is nil.
func wantBig(t *testing.T, col, s string) *big.Int {
	t.Helper()
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		t.Fatalf("column %s: %q is not an integer", col, s)
	}
	return v
}

// wantTick parses a tick column written as a float ("199045.0").
func wantTick(t *testing.T, col, s string) int32 {
	t.Helper()
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != float64(int32(f)) {
		t.Fatalf("column %s: %q is not a whole tick", col, s)
	}
	return int32(f)
}

type fieldCheck struct {
	col  string
	got  fmt.Stringer
	want string
}

func TestDecodeRealLogsMatchDecodedCSV(t *testing.T) {
	for _, pf := range sharedPools(t) {
		t.Run(pf.pool.Hex(), func(t *testing.T) {
			logs, err := rawLogs(pf.raw, pf.pool)
			if err != nil {
				t.Fatal(err)
			}
			rows, err := csvRows(pf.decoded)
			if err != nil {
				t.Fatal(err)
			}
			byKey := make(map[string]map[string]string, len(rows))
			wantCount := map[string]int{}
			for _, r := range rows {
				idx := r["pool_log_index"]
				if idx == "" {
					idx = r["log_index"]
				}
				byKey[strings.ToLower(r["transaction_hash"])+"/"+idx] = r
				wantCount[r["tx_type"]]++
			}
			gotCount := map[string]int{}
			for _, l := range logs {
				key := l.TxHash.Hex() + "/" + strconv.FormatUint(uint64(l.Index), 10)
				row, ok := byKey[key]
				var kind string
				var checks []fieldCheck
				var ticks [][2]int32
				switch l.Topics[0] {
				case common.HexToHash(SwapTopic0):
					s, err := DecodeSwap(l)
					if err != nil {
						t.Fatalf("log %s: %v", key, err)
					}
					kind = "SWAP"
					checks = []fieldCheck{
						{"amount0", s.Amount0, row["amount0"]},
						{"amount1", s.Amount1, row["amount1"]},
						{"sqrtPriceX96", s.SqrtPriceX96, row["sqrtPriceX96"]},
						{"total_liquidity", s.Liquidity, row["total_liquidity"]},
					}
					ticks = [][2]int32{{s.Tick, wantTick(t, "current_tick", row["current_tick"])}}
					if !strings.EqualFold(s.Sender.Hex(), row["sender"]) || !strings.EqualFold(s.Recipient.Hex(), row["receipt"]) {
						t.Fatalf("log %s: sender/recipient %s/%s, decoded file %s/%s", key, s.Sender, s.Recipient, row["sender"], row["receipt"])
					}
					checkMeta(t, key, l, s.Pool, s.BlockNumber, s.TxHash, s.LogIndex)
				case common.HexToHash(MintTopic0):
					m, err := DecodeMint(l)
					if err != nil {
						t.Fatalf("log %s: %v", key, err)
					}
					kind = "MINT"
					checks = []fieldCheck{
						{"amount0", m.Amount0, row["amount0"]},
						{"amount1", m.Amount1, row["amount1"]},
						{"liquidity", m.Amount, row["liquidity"]},
					}
					ticks = [][2]int32{{m.TickLower, wantTick(t, "tick_lower", row["tick_lower"])}, {m.TickUpper, wantTick(t, "tick_upper", row["tick_upper"])}}
					checkMeta(t, key, l, m.Pool, m.BlockNumber, m.TxHash, m.LogIndex)
				case common.HexToHash(BurnTopic0):
					b, err := DecodeBurn(l)
					if err != nil {
						t.Fatalf("log %s: %v", key, err)
					}
					kind = "BURN"
					checks = []fieldCheck{
						{"amount0", b.Amount0, row["amount0"]},
						{"amount1", b.Amount1, row["amount1"]},
						{"liquidity", b.Amount, row["liquidity"]},
					}
					ticks = [][2]int32{{b.TickLower, wantTick(t, "tick_lower", row["tick_lower"])}, {b.TickUpper, wantTick(t, "tick_upper", row["tick_upper"])}}
					checkMeta(t, key, l, b.Pool, b.BlockNumber, b.TxHash, b.LogIndex)
				default:
					if _, err := DecodeSwap(l); !errors.Is(err, ErrWrongEvent) {
						t.Fatalf("log %s (topic0 %s) decoded as Swap: err %v", key, l.Topics[0], err)
					}
					continue
				}
				if !ok {
					t.Fatalf("log %s (%s) has no row in %s", key, kind, pf.decoded)
				}
				if row["tx_type"] != kind {
					t.Fatalf("log %s decoded as %s, file says %s", key, kind, row["tx_type"])
				}
				for _, c := range checks {
					if want := wantBig(t, c.col, c.want); c.got.String() != want.String() {
						t.Fatalf("log %s %s: decoded %s, file %s", key, c.col, c.got, want)
					}
				}
				for _, tk := range ticks {
					if tk[0] != tk[1] {
						t.Fatalf("log %s tick: decoded %d, file %d", key, tk[0], tk[1])
					}
				}
				gotCount[kind]++
			}
			for _, kind := range []string{"SWAP", "MINT", "BURN"} {
				if gotCount[kind] != wantCount[kind] {
					t.Fatalf("%s: matched %d rows, file has %d", kind, gotCount[kind], wantCount[kind])
				}
			}
			if gotCount["SWAP"] == 0 {
				t.Fatal("no swaps checked")
			}
			t.Logf("checked %d swaps, %d mints, %d burns", gotCount["SWAP"], gotCount["MINT"], gotCount["BURN"])
		})
	}
}

func checkMeta(t *testing.T, key string, l types.Log, pool common.Address, block uint64, tx common.Hash, idx uint) {
	t.Helper()
	if pool != l.Address || block != l.BlockNumber || tx != l.TxHash || idx != l.Index {
		t.Fatalf("log %s: metadata not carried over", key)
	}
}

// encodeSwap is the inverse of DecodeSwap, used to build test logs.
func encodeSwap(s Swap) types.Log {
	word := func(v *big.Int) []byte { return math.U256Bytes(new(big.Int).Set(v)) }
	data := make([]byte, 0, 160)
	data = append(data, word(s.Amount0)...)
	data = append(data, word(s.Amount1)...)
	data = append(data, word(s.SqrtPriceX96)...)
	data = append(data, word(s.Liquidity)...)
	data = append(data, word(big.NewInt(int64(s.Tick)))...)
	return types.Log{
		Address:     s.Pool,
		Topics:      []common.Hash{common.HexToHash(SwapTopic0), common.BytesToHash(s.Sender[:]), common.BytesToHash(s.Recipient[:])},
		Data:        data,
		BlockNumber: s.BlockNumber,
		BlockHash:   s.BlockHash,
		TxHash:      s.TxHash,
		Index:       s.LogIndex,
	}
}

func sampleSwap() Swap {
	return Swap{
		Pool:         common.HexToAddress("0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640"),
		Sender:       common.HexToAddress("0x1111111111111111111111111111111111111111"),
		Recipient:    common.HexToAddress("0x2222222222222222222222222222222222222222"),
		Amount0:      big.NewInt(-22686110),
		Amount1:      big.NewInt(10_000_000_000_000_000),
		SqrtPriceX96: new(big.Int).Lsh(big.NewInt(1), 96),
		Liquidity:    big.NewInt(1_000_000),
		Tick:         -887272,
		BlockNumber:  7,
		LogIndex:     3,
	}
}

func TestDecodeSwapValues(t *testing.T) {
	minInt256 := new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 255))
	maxInt256 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 255), big.NewInt(1))
	maxUint160 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 160), big.NewInt(1))
	maxUint128 := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 128), big.NewInt(1))
	tests := []struct {
		name   string
		modify func(*Swap)
	}{
		{name: "typical", modify: func(*Swap) {}},
		{name: "minus one", modify: func(s *Swap) { s.Amount0 = big.NewInt(-1); s.Tick = -1 }},
		{name: "int256 extremes", modify: func(s *Swap) { s.Amount0 = minInt256; s.Amount1 = maxInt256 }},
		{name: "uint extremes and max tick", modify: func(s *Swap) { s.SqrtPriceX96 = maxUint160; s.Liquidity = maxUint128; s.Tick = 887272 }},
		{name: "int24 extremes", modify: func(s *Swap) { s.Tick = -(1 << 23) }},
		{name: "int24 max", modify: func(s *Swap) { s.Tick = 1<<23 - 1 }},
		{name: "zeros", modify: func(s *Swap) {
			s.Amount0, s.Amount1, s.SqrtPriceX96, s.Liquidity, s.Tick = new(big.Int), new(big.Int), new(big.Int), new(big.Int), 0
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := sampleSwap()
			tc.modify(&want)
			got, err := DecodeSwap(encodeSwap(want))
			if err != nil {
				t.Fatal(err)
			}
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Fatalf("decoded\n%+v\nwant\n%+v", got, want)
			}
		})
	}
}

func TestDecodeSwapRejectsMalformedLogs(t *testing.T) {
	dirty := func(b byte) common.Hash { var h common.Hash; h[0] = b; return h }
	setWord := func(l *types.Log, i int, w []byte) { copy(l.Data[i*32:(i+1)*32], w) }
	tests := []struct {
		name    string
		modify  func(*types.Log)
		wantErr error
		field   string
	}{
		{name: "no topics", modify: func(l *types.Log) { l.Topics = nil }, wantErr: ErrWrongEvent, field: "no topics"},
		{name: "mint topic0", modify: func(l *types.Log) { l.Topics[0] = common.HexToHash(MintTopic0) }, wantErr: ErrWrongEvent, field: "topic0"},
		{name: "two topics", modify: func(l *types.Log) { l.Topics = l.Topics[:2] }, wantErr: ErrMalformedLog, field: "topics"},
		{name: "four topics", modify: func(l *types.Log) { l.Topics = append(l.Topics, common.Hash{}) }, wantErr: ErrMalformedLog, field: "topics"},
		{name: "short data", modify: func(l *types.Log) { l.Data = l.Data[:159] }, wantErr: ErrMalformedLog, field: "data bytes"},
		{name: "long data", modify: func(l *types.Log) { l.Data = append(l.Data, 0) }, wantErr: ErrMalformedLog, field: "data bytes"},
		{name: "empty data", modify: func(l *types.Log) { l.Data = nil }, wantErr: ErrMalformedLog, field: "data bytes"},
		{name: "sender not an address", modify: func(l *types.Log) { l.Topics[1] = dirty(1) }, wantErr: ErrMalformedLog, field: "sender"},
		{name: "recipient not an address", modify: func(l *types.Log) { l.Topics[2] = dirty(0x80) }, wantErr: ErrMalformedLog, field: "recipient"},
		{name: "sqrtPriceX96 over uint160", modify: func(l *types.Log) { l.Data[64+11] = 1 }, wantErr: ErrMalformedLog, field: "sqrtPriceX96"},
		{name: "liquidity over uint128", modify: func(l *types.Log) { l.Data[96] = 0xff }, wantErr: ErrMalformedLog, field: "liquidity"},
		// A positive int24 whose high bytes claim a negative number.
		{name: "tick badly sign-extended", modify: func(l *types.Log) {
			setWord(l, 4, bytes.Repeat([]byte{0xff}, 32))
			l.Data[4*32+29] = 0x00
		}, wantErr: ErrMalformedLog, field: "tick"},
		{name: "tick over int24", modify: func(l *types.Log) { setWord(l, 4, make([]byte, 32)); l.Data[4*32+28] = 1 }, wantErr: ErrMalformedLog, field: "tick"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			l := encodeSwap(sampleSwap())
			tc.modify(&l)
			_, err := DecodeSwap(l)
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("err = %v, want %v naming %q", err, tc.wantErr, tc.field)
			}
		})
	}
}

func TestDecodeMintBurnRejectMalformedLogs(t *testing.T) {
	word := func(b ...byte) common.Hash { return common.BytesToHash(b) }
	tick := func(v int64) common.Hash { return common.BytesToHash(math.U256Bytes(big.NewInt(v))) }
	mint := types.Log{
		Topics: []common.Hash{common.HexToHash(MintTopic0), word(1), tick(-10), tick(10)},
		Data:   make([]byte, 128),
	}
	burn := types.Log{
		Topics: []common.Hash{common.HexToHash(BurnTopic0), word(1), tick(-10), tick(10)},
		Data:   make([]byte, 96),
	}
	if m, err := DecodeMint(mint); err != nil || m.TickLower != -10 || m.TickUpper != 10 {
		t.Fatalf("valid mint: %+v, %v", m, err)
	}
	if b, err := DecodeBurn(burn); err != nil || b.TickLower != -10 || b.TickUpper != 10 {
		t.Fatalf("valid burn: %+v, %v", b, err)
	}
	tests := []struct {
		name    string
		decode  func() error
		wantErr error
		field   string
	}{
		{name: "burn as mint", decode: func() error { _, err := DecodeMint(burn); return err }, wantErr: ErrWrongEvent, field: "topic0"},
		{name: "mint as burn", decode: func() error { _, err := DecodeBurn(mint); return err }, wantErr: ErrWrongEvent, field: "topic0"},
		{name: "mint tickLower not sign-extended", decode: func() error {
			l := mint
			l.Topics = append([]common.Hash(nil), mint.Topics...)
			l.Topics[2] = word(0x80, 0, 0)
			_, err := DecodeMint(l)
			return err
		}, wantErr: ErrMalformedLog, field: "tickLower"},
		{name: "mint sender not an address", decode: func() error {
			l := mint
			l.Data = bytes.Repeat([]byte{0xff}, 128)
			_, err := DecodeMint(l)
			return err
		}, wantErr: ErrMalformedLog, field: "sender"},
		{name: "burn amount over uint128", decode: func() error {
			l := burn
			l.Data = bytes.Repeat([]byte{0xff}, 96)
			_, err := DecodeBurn(l)
			return err
		}, wantErr: ErrMalformedLog, field: "amount"},
		{name: "burn short data", decode: func() error {
			l := burn
			l.Data = l.Data[:64]
			_, err := DecodeBurn(l)
			return err
		}, wantErr: ErrMalformedLog, field: "data bytes"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.decode()
			if !errors.Is(err, tc.wantErr) || !strings.Contains(err.Error(), tc.field) {
				t.Fatalf("err = %v, want %v naming %q", err, tc.wantErr, tc.field)
			}
		})
	}
}

// FuzzDecodeSwap checks that DecodeSwap never panics, fails only with its
// sentinel errors, accepts only canonical encodings (re-encoding gives the
// input back) and agrees with go-ethereum's ABI decoder whenever it succeeds.
func FuzzDecodeSwap(f *testing.F) {
	for i, l := range realSwapLogs(f) {
		if i%97 == 0 {
			f.Add(joinTopics(l.Topics), l.Data)
		}
	}
	l := encodeSwap(sampleSwap())
	f.Add(joinTopics(l.Topics), l.Data)
	f.Add(joinTopics(l.Topics[:2]), l.Data[:100])
	f.Add([]byte{}, []byte{})

	parsed, err := abi.JSON(strings.NewReader(UniswapV3PoolEventsABI))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, topics, data []byte) {
		in := types.Log{Data: data}
		for i := 0; i+32 <= len(topics); i += 32 {
			in.Topics = append(in.Topics, common.BytesToHash(topics[i:i+32]))
		}
		s, err := DecodeSwap(in)
		if err != nil {
			if !errors.Is(err, ErrWrongEvent) && !errors.Is(err, ErrMalformedLog) {
				t.Fatalf("error without a sentinel: %v", err)
			}
			return
		}
		out := encodeSwap(s)
		if !bytes.Equal(out.Data, in.Data) || fmt.Sprint(out.Topics) != fmt.Sprint(in.Topics) {
			t.Fatalf("accepted a non-canonical encoding:\n in %x %x\nout %x %x", in.Topics, in.Data, out.Topics, out.Data)
		}
		vals := map[string]any{}
		if err := parsed.UnpackIntoMap(vals, "Swap", in.Data); err != nil {
			t.Fatalf("DecodeSwap accepted data the ABI decoder rejects: %v", err)
		}
		for name, got := range map[string]*big.Int{"amount0": s.Amount0, "amount1": s.Amount1, "sqrtPriceX96": s.SqrtPriceX96, "liquidity": s.Liquidity, "tick": big.NewInt(int64(s.Tick))} {
			if want, ok := vals[name].(*big.Int); !ok || want.Cmp(got) != 0 {
				t.Fatalf("%s: DecodeSwap %s, abi %v", name, got, vals[name])
			}
		}
	})
}

func joinTopics(ts []common.Hash) []byte {
	var b []byte
	for _, t := range ts {
		b = append(b, t[:]...)
	}
	return b
}

func BenchmarkDecodeSwap(b *testing.B) {
	logs := realSwapLogs(b)
	if logs == nil {
		logs = []types.Log{encodeSwap(sampleSwap())} // shared data absent
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := DecodeSwap(logs[i%len(logs)]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "logs/s")
}

func TestTopicLiterals(t *testing.T) {
	for _, tc := range []struct {
		lit  common.Hash
		want string
	}{{swapTopic(), SwapTopic0}, {mintTopic(), MintTopic0}, {burnTopic(), BurnTopic0}} {
		if tc.lit != common.HexToHash(tc.want) {
			t.Errorf("literal %s, want %s", tc.lit, tc.want)
		}
	}
}

// BenchmarkUnpackSwapABI is the go-ethereum abi decoder on the same logs, for
// comparison with BenchmarkDecodeSwap.
func BenchmarkUnpackSwapABI(b *testing.B) {
	logs := realSwapLogs(b)
	if logs == nil {
		logs = []types.Log{encodeSwap(sampleSwap())}
	}
	parsed, err := abi.JSON(strings.NewReader(UniswapV3PoolEventsABI))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		vals := map[string]any{}
		if err := parsed.UnpackIntoMap(vals, "Swap", logs[i%len(logs)].Data); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "logs/s")
}
