package devchain

import (
	"bufio"
	_ "embed"
	"fmt"
	"math/big"
	"strconv"
	"strings"
)

// wethCrashCSV is WETH/USD per Ethereum block over the 2024-01-03 sell-off,
// from the shared Uniswap v2 USDC/WETH reserves (see the file's header).
// The shared Aave v3 Polygon sample of the 2023-08-14…17 crash holds
// rates and indexes but no price, so it cannot drive an oracle.
//
//go:embed aave_weth_path.csv
var wethCrashCSV string

// Blocks of WETHCrashPath.
const (
	// WETHCrashFirstBlock is the Ethereum block of WETHCrashPath()[0].
	WETHCrashFirstBlock = 18926000
	// WETHCrashBlocks is the length of WETHCrashPath: 1,440 blocks (≈ 4.8 h).
	WETHCrashBlocks = 1440
)

// WETHCrashPath returns WETH's USD price (8 decimals, Aave's oracle unit)
// at the end of each Ethereum block from WETHCrashFirstBlock on, for
// WETHCrashBlocks blocks: 2,376 USD, a slide, the drop to 2,172 USD around
// block 18926750 (−8.6 % from the path's start within ~450 blocks), and a
// partial recovery to ~2,200. The prices are the Uniswap v2 USDC/WETH
// pair's, truncated to cents. Each call returns a fresh slice.
func WETHCrashPath() []*big.Int {
	path, err := parsePricePath(wethCrashCSV, WETHCrashFirstBlock, WETHCrashBlocks)
	if err != nil {
		// The file is embedded and checked by a test: a broken one is a build defect.
		panic(fmt.Sprintf("devchain: embedded WETH path: %v", err))
	}
	return path
}

// parsePricePath reads "block,usd" rows (a row only where the price
// changes; '#' lines are comments) into one price per block, USD with 8
// decimals, for n blocks from first.
func parsePricePath(text string, first uint64, n int) ([]*big.Int, error) {
	path := make([]*big.Int, 0, n)
	var last *big.Int
	sc := bufio.NewScanner(strings.NewReader(text))
	header := false
	for line := 1; sc.Scan(); line++ {
		row := strings.TrimSpace(sc.Text())
		if row == "" || strings.HasPrefix(row, "#") {
			continue
		}
		if !header {
			if row != "block,usd" {
				return nil, fmt.Errorf("line %d: header %q, want block,usd", line, row)
			}
			header = true
			continue
		}
		blockText, usd, ok := strings.Cut(row, ",")
		if !ok {
			return nil, fmt.Errorf("line %d: %q is not block,usd", line, row)
		}
		block, err := strconv.ParseUint(blockText, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("line %d: block: %w", line, err)
		}
		price, err := usd8(usd)
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		at := first + uint64(len(path))
		switch {
		case block < at:
			return nil, fmt.Errorf("line %d: block %d is out of order (at %d)", line, block, at)
		case last == nil && block != first:
			return nil, fmt.Errorf("line %d: the path starts at block %d, want %d", line, block, first)
		}
		for ; at < block && len(path) < n; at++ {
			path = append(path, last)
		}
		if len(path) < n {
			path = append(path, price)
		}
		last = price
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if last == nil {
		return nil, fmt.Errorf("no prices")
	}
	for len(path) < n {
		path = append(path, last)
	}
	// Every block its own value, so callers may change one freely.
	for i := range path {
		path[i] = new(big.Int).Set(path[i])
	}
	return path, nil
}

// usd8 parses a decimal USD amount with at most 8 decimals into units of 1e-8.
func usd8(s string) (*big.Int, error) {
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 8 || whole == "" {
		return nil, fmt.Errorf("price %q: want digits with at most 8 decimals", s)
	}
	v, ok := new(big.Int).SetString(whole+frac+strings.Repeat("0", 8-len(frac)), 10)
	if !ok || v.Sign() <= 0 {
		return nil, fmt.Errorf("price %q is not a positive decimal", s)
	}
	return v, nil
}
