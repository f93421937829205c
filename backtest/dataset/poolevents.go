package dataset

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"os"
	"strconv"
)

// PoolEventsFile is the decoded events file (swaps, mints, burns, collects
// with the pool's state after each) of the Uniswap v3 USDC/WETH 5 bps pool
// on 2024-01-05, relative to the shared data folder.
const PoolEventsFile = "uniswap-v3-pool-events/ethereum-0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640-2024-01-05.pool.tick.csv"

// Event kinds of a pool events file (COLLECT rows are skipped: they move
// no liquidity and no price).
const (
	Swap = "SWAP"
	Mint = "MINT"
	Burn = "BURN"
)

// PoolEvent is one recorded swap, mint or burn of a Uniswap v3 pool: a row
// of a demeter-fetch `pool.tick.csv` file, as the shared data holds them.
type PoolEvent struct {
	Line        int // in the file, for errors
	BlockNumber uint64
	TxHash      string
	LogIndex    uint64
	Kind        string // Swap, Mint or Burn
	// Amount0 and Amount1 are the pool's token deltas (signed: into the
	// pool positive); Liquidity the pool's active liquidity after the event.
	Amount0, Amount1, Liquidity *big.Int
	// SqrtPriceX96 and Tick are the pool's price after a swap.
	SqrtPriceX96 *big.Int
	Tick         int32
	// TickLower, TickUpper and PositionLiquidity are a mint's or burn's.
	TickLower, TickUpper int32
	PositionLiquidity    *big.Int
}

// The day's swaps, mints and burns (PoolEventsFile without its COLLECT
// rows and the columns the replay does not read), copied into the
// repository gzipped (embedded/README.md says from where), so the
// swap-level backtest runs without the shared data folder.
//
//go:embed embedded/usdc-weth-5bps-2024-01-05.pool-events.csv.gz
var embeddedPoolEvents []byte

// EmbeddedPoolEventsFile names the embedded copy of PoolEventsFile.
const EmbeddedPoolEventsFile = "backtest/dataset/embedded/usdc-weth-5bps-2024-01-05.pool-events.csv.gz"

// EmbeddedPoolEvents returns the events of PoolEventsFile (6,169 swaps,
// mints and burns) from the copy built into the binary. Their Line is the
// copy's line and TxHash is empty; the rest equals LoadPoolEvents's.
func EmbeddedPoolEvents() ([]PoolEvent, error) {
	z, err := gzip.NewReader(bytes.NewReader(embeddedPoolEvents))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", EmbeddedPoolEventsFile, err)
	}
	events, err := ReadPoolEvents(z)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", EmbeddedPoolEventsFile, err)
	}
	return events, nil
}

// LoadPoolEvents reads a pool events file.
func LoadPoolEvents(path string) ([]PoolEvent, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load pool events: %w", err)
	}
	defer f.Close()
	events, err := ReadPoolEvents(f)
	if err != nil {
		return nil, fmt.Errorf("load pool events %s: %w", path, err)
	}
	return events, nil
}

// ReadPoolEvents reads pool events in the pool.tick.csv layout, in file
// order. A bad value is an ErrBadRow naming its line and column.
func ReadPoolEvents(in io.Reader) ([]PoolEvent, error) {
	r := csv.NewReader(in)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("header: %w", err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	for _, need := range []string{"block_number", "tx_type", "log_index", "amount0", "amount1", "total_liquidity",
		"sqrtPriceX96", "current_tick", "tick_lower", "tick_upper", "liquidity"} {
		if _, ok := col[need]; !ok {
			return nil, fmt.Errorf("header: no %q column", need)
		}
	}
	var out []PoolEvent
	for line := 2; ; line++ {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			if len(out) == 0 {
				return nil, ErrNoData
			}
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		e := PoolEvent{Line: line, Kind: rec[col["tx_type"]]}
		if i, ok := col["transaction_hash"]; ok {
			e.TxHash = rec[i]
		}
		if e.Kind == "COLLECT" {
			continue
		}
		bad := func(name string, err error) error {
			return fmt.Errorf("line %d, column %s (%q): %w: %v", line, name, rec[col[name]], ErrBadRow, err)
		}
		if e.BlockNumber, err = strconv.ParseUint(rec[col["block_number"]], 10, 64); err != nil {
			return nil, bad("block_number", err)
		}
		if e.LogIndex, err = strconv.ParseUint(rec[col["log_index"]], 10, 64); err != nil {
			return nil, bad("log_index", err)
		}
		for _, f := range []struct {
			name string
			dst  **big.Int
		}{{"amount0", &e.Amount0}, {"amount1", &e.Amount1}, {"total_liquidity", &e.Liquidity}} {
			if *f.dst, err = parseInt(rec[col[f.name]]); err != nil {
				return nil, bad(f.name, err)
			}
		}
		switch e.Kind {
		case Swap:
			if e.SqrtPriceX96, err = parseInt(rec[col["sqrtPriceX96"]]); err != nil {
				return nil, bad("sqrtPriceX96", err)
			}
			if e.Tick, err = parseTick(rec[col["current_tick"]]); err != nil {
				return nil, bad("current_tick", err)
			}
		case Mint, Burn:
			if e.TickLower, err = parseTick(rec[col["tick_lower"]]); err != nil {
				return nil, bad("tick_lower", err)
			}
			if e.TickUpper, err = parseTick(rec[col["tick_upper"]]); err != nil {
				return nil, bad("tick_upper", err)
			}
			if e.PositionLiquidity, err = parseInt(rec[col["liquidity"]]); err != nil {
				return nil, bad("liquidity", err)
			}
		default:
			return nil, bad("tx_type", errors.New("not SWAP, MINT, BURN or COLLECT"))
		}
		out = append(out, e)
	}
}

// parseInt reads a signed decimal integer.
func parseInt(s string) (*big.Int, error) {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil, fmt.Errorf("%q is not an integer", s)
	}
	return v, nil
}
