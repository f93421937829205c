package ingest

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/core/types"
)

// sharedDataEnv points at the shared data folder, as in backtest/dataset.
const sharedDataEnv = "STEWARD_SHARED_DATA"

// poolEventsDir is the folder of real Uniswap v3 logs inside the shared data.
const poolEventsDir = "uniswap-v3-pool-events"

// usdcWeth5 is the USDC/WETH 5 bps pool the brief's round trip is about.
const usdcWeth5 = "0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640"

// findPoolEvents returns the shared pool-events folder: under
// $STEWARD_SHARED_DATA when set, else under the first shared/data found in
// the working directory or one of its parents.
func findPoolEvents() (string, bool) {
	if d := os.Getenv(sharedDataEnv); d != "" {
		d = filepath.Join(d, poolEventsDir)
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if d := filepath.Join(wd, "shared", "data", poolEventsDir); isDir(d) {
			return d, true
		}
		parent := filepath.Dir(wd)
		if parent == wd {
			return "", false
		}
		wd = parent
	}
}

func isDir(d string) bool {
	st, err := os.Stat(d)
	return err == nil && st.IsDir()
}

// poolEvents returns the shared pool-events folder, or skips the test.
func poolEvents(tb testing.TB) string {
	tb.Helper()
	d, ok := findPoolEvents()
	if !ok {
		tb.Skipf("skipping: shared data folder %s not found (set %s or run inside the workspace)", poolEventsDir, sharedDataEnv)
	}
	return d
}

// csvRows reads a CSV file with a header row into maps keyed by column name.
func csvRows(path string) ([]map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	r := csv.NewReader(f)
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: header: %w", path, err)
	}
	var rows []map[string]string
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			return rows, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		row := make(map[string]string, len(header))
		for i, name := range header {
			row[name] = rec[i]
		}
		rows = append(rows, row)
	}
}

// rawLogs reads a demeter-fetch raw.csv (topics as a Python list string) into
// logs emitted by pool.
func rawLogs(path string, pool common.Address) ([]types.Log, error) {
	rows, err := csvRows(path)
	if err != nil {
		return nil, err
	}
	logs := make([]types.Log, 0, len(rows))
	for i, row := range rows {
		l, err := rawLog(row, pool)
		if err != nil {
			return nil, fmt.Errorf("%s row %d: %w", path, i+2, err)
		}
		logs = append(logs, l)
	}
	return logs, nil
}

func rawLog(row map[string]string, pool common.Address) (types.Log, error) {
	block, err := strconv.ParseUint(row["block_number"], 10, 64)
	if err != nil {
		return types.Log{}, fmt.Errorf("block_number: %w", err)
	}
	idx, err := strconv.ParseUint(row["log_index"], 10, 64)
	if err != nil {
		return types.Log{}, fmt.Errorf("log_index: %w", err)
	}
	data, err := hexutil.Decode(row["data"])
	if err != nil {
		return types.Log{}, fmt.Errorf("data: %w", err)
	}
	l := types.Log{
		Address:     pool,
		Data:        data,
		BlockNumber: block,
		TxHash:      common.HexToHash(row["transaction_hash"]),
		Index:       uint(idx),
	}
	list := strings.Trim(row["topics"], "[]")
	for _, t := range strings.Split(list, ",") {
		t = strings.Trim(strings.TrimSpace(t), "'\"")
		b, err := hexutil.Decode(t)
		if err != nil || len(b) != 32 {
			return types.Log{}, fmt.Errorf("topic %q: not a 32-byte hex word", t)
		}
		l.Topics = append(l.Topics, common.BytesToHash(b))
	}
	return l, nil
}

// poolFiles lists the pools with raw logs and a decoded file, preferring the
// position-aware tick.csv over pool.tick.csv.
type poolFiles struct {
	pool    common.Address
	raw     string
	decoded string
}

func sharedPools(tb testing.TB) []poolFiles {
	tb.Helper()
	dir := poolEvents(tb)
	raws, err := filepath.Glob(filepath.Join(dir, "ethereum-0x*-2024-01-05.raw.csv"))
	if err != nil || len(raws) == 0 {
		tb.Fatalf("no raw pool logs in %s (%v)", dir, err)
	}
	var out []poolFiles
	for _, raw := range raws {
		base := strings.TrimSuffix(raw, ".raw.csv")
		addr := strings.TrimPrefix(filepath.Base(base), "ethereum-")
		addr = strings.TrimSuffix(addr, "-2024-01-05")
		decoded := base + ".tick.csv"
		if _, err := os.Stat(decoded); err != nil {
			decoded = base + ".pool.tick.csv"
		}
		out = append(out, poolFiles{pool: common.HexToAddress(addr), raw: raw, decoded: decoded})
	}
	return out
}

// realSwapLogs returns the Swap logs of the USDC/WETH 5 bps pool, or nil
// when the shared data is absent.
func realSwapLogs(tb testing.TB) []types.Log {
	tb.Helper()
	dir, ok := findPoolEvents()
	if !ok {
		return nil
	}
	path := filepath.Join(dir, "ethereum-"+usdcWeth5+"-2024-01-05.raw.csv")
	logs, err := rawLogs(path, common.HexToAddress(usdcWeth5))
	if err != nil {
		tb.Fatal(err)
	}
	swap := common.HexToHash(SwapTopic0)
	var swaps []types.Log
	for _, l := range logs {
		if l.Topics[0] == swap {
			swaps = append(swaps, l)
		}
	}
	return swaps
}
