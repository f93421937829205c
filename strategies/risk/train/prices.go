package train

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
)

// The embedded price series: WETH in USD at the end of every Ethereum
// block FirstBlock … LastBlock (2024-01-01 … 06), from the Uniswap v2
// USDC/WETH pair's reserves (../shared/data/uniswap-v2-usdc-weth-reserves,
// price = reserve0 ÷ reserve1 × 1e12, truncated to cents), one row per
// change. TestEmbeddedPricesMatchShared checks it against the shared file.
const (
	FirstBlock = 18908895
	LastBlock  = 18947060
)

//go:embed weth-usd-2024-01-01-06.csv.gz
var pricesGz []byte

// pricesHeader is the embedded file's header line.
const pricesHeader = "block,cents"

// Cents returns the embedded series: WETH's price in US cents at the end of
// each block from FirstBlock to LastBlock.
func Cents() ([]int64, error) {
	zr, err := gzip.NewReader(bytes.NewReader(pricesGz))
	if err != nil {
		return nil, fmt.Errorf("train: embedded prices: %w", err)
	}
	cents, err := readCents(zr)
	if err != nil {
		return nil, fmt.Errorf("train: embedded prices: %w", err)
	}
	return cents, nil
}

// readCents reads "block,cents" rows (a row where the price changes) into
// one price per block from FirstBlock to LastBlock.
func readCents(r io.Reader) ([]int64, error) {
	sc := bufio.NewScanner(r)
	if !sc.Scan() || sc.Text() != pricesHeader {
		return nil, fmt.Errorf("header %q, want %q", sc.Text(), pricesHeader)
	}
	out := make([]int64, 0, LastBlock-FirstBlock+1)
	for line := 2; sc.Scan(); line++ {
		b, c, ok := strings.Cut(sc.Text(), ",")
		block, err1 := strconv.ParseInt(b, 10, 64)
		cents, err2 := strconv.ParseInt(c, 10, 64)
		if !ok || err1 != nil || err2 != nil || cents <= 0 {
			return nil, fmt.Errorf("line %d: %q is not block,cents", line, sc.Text())
		}
		next := int64(FirstBlock + len(out))
		switch {
		case len(out) == 0 && block != FirstBlock:
			return nil, fmt.Errorf("line %d: the first row is block %d, want %d", line, block, FirstBlock)
		case block < next || block > LastBlock:
			return nil, fmt.Errorf("line %d: block %d out of order (next %d, last %d)", line, block, next, LastBlock)
		}
		for ; next < block; next++ {
			out = append(out, out[len(out)-1])
		}
		out = append(out, cents)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for len(out) > 0 && len(out) < LastBlock-FirstBlock+1 {
		out = append(out, out[len(out)-1])
	}
	if len(out) == 0 {
		return nil, errors.New("no rows")
	}
	return out, nil
}

// centsFromReserves reads the shared reserves.csv (blockNumber, reserve0
// USDC 6 dp, reserve1 WETH 18 dp, one row per block) into cents per block.
// A block the file lacks (it lacks 18916329 and 18919840) keeps the
// previous block's price, as the pair's reserves do when nothing trades.
func centsFromReserves(r io.Reader) ([]int64, error) {
	cr := csv.NewReader(r)
	head, err := cr.Read()
	if err != nil || strings.Join(head, ",") != "blockNumber,reserve0,reserve1" {
		return nil, fmt.Errorf("reserves: header %v (%v)", head, err)
	}
	var out []int64
	scale := new(big.Int).Exp(big.NewInt(10), big.NewInt(14), nil) // 1e12 × 100 cents
	for {
		row, err := cr.Read()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, fmt.Errorf("reserves: %w", err)
		}
		block, err := strconv.ParseInt(row[0], 10, 64)
		r0, ok0 := new(big.Int).SetString(row[1], 10)
		r1, ok1 := new(big.Int).SetString(row[2], 10)
		if err != nil || !ok0 || !ok1 || r1.Sign() <= 0 || block < int64(FirstBlock+len(out)) || (len(out) == 0 && block != FirstBlock) {
			return nil, fmt.Errorf("reserves: row %v is not the next block's reserves", row)
		}
		for int64(FirstBlock+len(out)) < block {
			out = append(out, out[len(out)-1])
		}
		out = append(out, new(big.Int).Quo(new(big.Int).Mul(r0, scale), r1).Int64())
	}
}

// writeCents writes cents per block as the embedded file's rows.
func writeCents(w io.Writer, cents []int64) error {
	bw := bufio.NewWriter(w)
	fmt.Fprintln(bw, pricesHeader)
	for i, c := range cents {
		if i == 0 || c != cents[i-1] {
			fmt.Fprintf(bw, "%d,%d\n", FirstBlock+i, c)
		}
	}
	return bw.Flush()
}
