package synthetic

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/steward-agents/steward/chain/ingest"
)

// Kind names a filler event: one of the Uniswap v3 pool or Aave v3 pool
// events the node fills blocks with.
type Kind string

// The filler events' kinds.
const (
	Swap            Kind = "Swap"     // Uniswap v3 pool
	Mint            Kind = "Mint"     // Uniswap v3 pool
	Burn            Kind = "Burn"     // Uniswap v3 pool
	Supply          Kind = "Supply"   // Aave v3 pool
	Borrow          Kind = "Borrow"   // Aave v3 pool
	Repay           Kind = "Repay"    // Aave v3 pool
	Withdraw        Kind = "Withdraw" // Aave v3 pool
	LiquidationCall Kind = "LiquidationCall"
)

// Aave v3 Pool event signatures (IPool of @aave/core-v3 1.19).
const (
	SupplySignature          = "Supply(address,address,address,uint256,uint16)"
	BorrowSignature          = "Borrow(address,address,address,uint256,uint8,uint256,uint16)"
	RepaySignature           = "Repay(address,address,address,uint256,bool)"
	WithdrawSignature        = "Withdraw(address,address,address,uint256)"
	LiquidationCallSignature = "LiquidationCall(address,address,address,uint256,uint256,address,bool)"
)

// kindInfo is what the node needs of a kind: its topic0, its shape (topic
// count, data words), and the gas its filler transaction reports.
type kindInfo struct {
	topic0 common.Hash
	topics int
	words  int
	gas    uint64 // gas used by a transaction doing this, about mainnet's
}

// kinds describes every Kind. The gas figures are typical mainnet receipts
// (a router swap, a position mint, an Aave supply …), rounded.
func kinds() map[Kind]kindInfo {
	return map[Kind]kindInfo{
		Swap:            {common.HexToHash(ingest.SwapTopic0), 3, 5, 130_000},
		Mint:            {common.HexToHash(ingest.MintTopic0), 4, 4, 250_000},
		Burn:            {common.HexToHash(ingest.BurnTopic0), 4, 3, 150_000},
		Supply:          {crypto.Keccak256Hash([]byte(SupplySignature)), 4, 2, 200_000},
		Borrow:          {crypto.Keccak256Hash([]byte(BorrowSignature)), 4, 4, 280_000},
		Repay:           {crypto.Keccak256Hash([]byte(RepaySignature)), 4, 2, 180_000},
		Withdraw:        {crypto.Keccak256Hash([]byte(WithdrawSignature)), 4, 1, 200_000},
		LiquidationCall: {crypto.Keccak256Hash([]byte(LiquidationCallSignature)), 4, 4, 400_000},
	}
}

// Event is one filler event without its address, block or transaction:
// the node emits it from one of the configured addresses of its protocol.
type Event struct {
	Kind   Kind
	Topics []common.Hash // topic0 first
	Data   []byte
}

// aave reports whether the event is an Aave v3 pool event.
func (e Event) aave() bool {
	switch e.Kind {
	case Supply, Borrow, Repay, Withdraw, LiquidationCall:
		return true
	}
	return false
}

// check verifies the event's topic0 and shape against its kind.
func (e Event) check() error {
	k, ok := kinds()[e.Kind]
	switch {
	case !ok:
		return fmt.Errorf("%w: unknown kind %q", ErrBadEvent, e.Kind)
	case len(e.Topics) != k.topics || e.Topics[0] != k.topic0:
		return fmt.Errorf("%w: %s needs %d topics starting with %s", ErrBadEvent, e.Kind, k.topics, k.topic0)
	case len(e.Data) != 32*k.words:
		return fmt.Errorf("%w: %s needs %d bytes of data, has %d", ErrBadEvent, e.Kind, 32*k.words, len(e.Data))
	}
	return nil
}

// PoolEvent is a recorded Uniswap v3 pool event, as the shared data (and
// backtest/dataset.PoolEvent) hold them: without the addresses.
type PoolEvent struct {
	Kind Kind // Swap, Mint or Burn
	// Amount0 and Amount1 are the pool's token deltas (a swap's are signed;
	// a mint's and a burn's are taken as magnitudes).
	Amount0, Amount1 *big.Int
	// SqrtPriceX96, Liquidity and Tick are the pool's state after a swap.
	SqrtPriceX96, Liquidity *big.Int
	Tick                    int32
	// TickLower, TickUpper and PositionLiquidity are a mint's or a burn's.
	TickLower, TickUpper int32
	PositionLiquidity    *big.Int
}

// UniswapEvents encodes recorded pool events as Swap, Mint and Burn logs.
// The recordings carry no addresses: the senders, recipients and owners
// are drawn from a seeded set of 256 traders and 4 routers.
func UniswapEvents(recorded []PoolEvent, seed uint64) ([]Event, error) {
	traders, routers := accounts(seed, "trader", 256), accounts(seed, "router", 4)
	out := make([]Event, 0, len(recorded))
	for i, r := range recorded {
		trader, router := traders[i%len(traders)], routers[i%len(routers)]
		var e Event
		var err error
		switch r.Kind {
		case Swap:
			e, err = swapEvent(router, trader, r)
		case Mint, Burn:
			e, err = positionEvent(r.Kind, router, trader, r)
		default:
			err = fmt.Errorf("%w: kind %q is not Swap, Mint or Burn", ErrBadEvent, r.Kind)
		}
		if err != nil {
			return nil, fmt.Errorf("pool event %d: %w", i, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// two256 is 2^256, for two's complement words.
func two256() *big.Int { return new(big.Int).Lsh(big.NewInt(1), 256) }

func swapEvent(sender, recipient common.Address, r PoolEvent) (Event, error) {
	if r.Amount0 == nil || r.Amount1 == nil || r.SqrtPriceX96 == nil || r.Liquidity == nil {
		return Event{}, fmt.Errorf("%w: a Swap needs Amount0, Amount1, SqrtPriceX96 and Liquidity", ErrBadEvent)
	}
	data := make([]byte, 5*32)
	if err := errors.Join(putInt(data[0:32], r.Amount0, 256), putInt(data[32:64], r.Amount1, 256),
		putUint(data[64:96], r.SqrtPriceX96, 160), putUint(data[96:128], r.Liquidity, 128),
		putInt(data[128:160], big.NewInt(int64(r.Tick)), 24)); err != nil {
		return Event{}, err
	}
	return Event{Kind: Swap, Topics: []common.Hash{kinds()[Swap].topic0, addressWord(sender), addressWord(recipient)}, Data: data}, nil
}

// positionEvent encodes a Mint(sender, owner, tickLower, tickUpper, amount,
// amount0, amount1) or a Burn(owner, tickLower, tickUpper, amount, amount0, amount1).
func positionEvent(kind Kind, sender, owner common.Address, r PoolEvent) (Event, error) {
	if r.Amount0 == nil || r.Amount1 == nil || r.PositionLiquidity == nil {
		return Event{}, fmt.Errorf("%w: a %s needs Amount0, Amount1 and PositionLiquidity", ErrBadEvent, kind)
	}
	lower, upper := intWord(int64(r.TickLower)), intWord(int64(r.TickUpper))
	if err := errors.Join(checkInt(r.TickLower, 24), checkInt(r.TickUpper, 24)); err != nil {
		return Event{}, err
	}
	amounts := make([]byte, 3*32)
	if err := errors.Join(putUint(amounts[0:32], r.PositionLiquidity, 128),
		putUint(amounts[32:64], new(big.Int).Abs(r.Amount0), 256), putUint(amounts[64:96], new(big.Int).Abs(r.Amount1), 256)); err != nil {
		return Event{}, err
	}
	if kind == Burn {
		return Event{Kind: Burn, Topics: []common.Hash{kinds()[Burn].topic0, addressWord(owner), lower, upper}, Data: amounts}, nil
	}
	data := append(addressWord(sender).Bytes(), amounts...)
	return Event{Kind: Mint, Topics: []common.Hash{kinds()[Mint].topic0, addressWord(owner), lower, upper}, Data: data}, nil
}

// ReadAaveRaw reads Aave v3 Pool logs in demeter-fetch's raw.csv layout
// (the shared data's aave-v3-polygon-events/*.raw.csv: block_number, …,
// topics as a Python list, data) and keeps the Supply, Borrow, Repay,
// Withdraw and LiquidationCall logs (ReserveDataUpdated and the rest are
// skipped). A malformed row is an error naming its line.
func ReadAaveRaw(in io.Reader) ([]Event, error) {
	r := csv.NewReader(in)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	ti, ok1 := col["topics"]
	di, ok2 := col["data"]
	if !ok1 || !ok2 {
		return nil, errors.New("header: no topics or data column")
	}
	byTopic := map[common.Hash]Kind{}
	for k, info := range kinds() {
		if (Event{Kind: k}).aave() {
			byTopic[info.topic0] = k
		}
	}
	var out []Event
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		var topics []common.Hash
		for _, t := range strings.Split(strings.Trim(rec[ti], "[] "), ",") {
			t = strings.Trim(strings.TrimSpace(t), "'\"")
			b, err := hexutil.Decode(t)
			if err != nil || len(b) != 32 {
				return nil, fmt.Errorf("line %d: topic %q is not 32 bytes of hex", line, t)
			}
			topics = append(topics, common.BytesToHash(b))
		}
		kind, keep := byTopic[topics[0]]
		if !keep {
			continue
		}
		data, err := hexutil.Decode(rec[di])
		if err != nil {
			return nil, fmt.Errorf("line %d: data: %w", line, err)
		}
		e := Event{Kind: kind, Topics: topics, Data: data}
		if err := e.check(); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, e)
	}
}

// putUint writes x, which must fit bits bits, as an ABI word.
func putUint(w []byte, x *big.Int, bits int) error {
	if x.Sign() < 0 || x.BitLen() > bits {
		return fmt.Errorf("%w: %s does not fit uint%d", ErrBadEvent, x, bits)
	}
	x.FillBytes(w)
	return nil
}

// putInt writes x, which must fit bits bits signed, as a sign-extended ABI word.
func putInt(w []byte, x *big.Int, bits int) error {
	limit := new(big.Int).Lsh(big.NewInt(1), uint(bits-1))
	if x.Cmp(limit) >= 0 || x.Cmp(new(big.Int).Neg(limit)) < 0 {
		return fmt.Errorf("%w: %s does not fit int%d", ErrBadEvent, x, bits)
	}
	if x.Sign() >= 0 {
		x.FillBytes(w)
		return nil
	}
	new(big.Int).Add(x, two256()).FillBytes(w)
	return nil
}

func checkInt(v int32, bits int) error {
	if limit := int32(1) << (bits - 1); v >= limit || v < -limit {
		return fmt.Errorf("%w: %d does not fit int%d", ErrBadEvent, v, bits)
	}
	return nil
}

// intWord is v sign-extended to a word (an indexed int24).
func intWord(v int64) common.Hash {
	var w common.Hash
	x := big.NewInt(v)
	if v < 0 {
		x.Add(x, two256())
	}
	x.FillBytes(w[:])
	return w
}

func addressWord(a common.Address) common.Hash { return common.BytesToHash(a.Bytes()) }

func uintWord(v *big.Int) common.Hash {
	var w common.Hash
	new(big.Int).Mod(v, two256()).FillBytes(w[:])
	return w
}

// accounts derives n addresses from seed and a label: the same on every run.
func accounts(seed uint64, label string, n int) []common.Address {
	out := make([]common.Address, n)
	for i := range out {
		out[i] = common.BytesToAddress(crypto.Keccak256([]byte(fmt.Sprintf("steward synthetic %s %d %d", label, seed, i)))[12:])
	}
	return out
}
