package dataset

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// SharedDataEnv names the environment variable that points at the shared
// data folder (the one holding MANIFEST.md and uniswap-v3-pool-events/).
const SharedDataEnv = "STEWARD_SHARED_DATA"

// MinuteFile is the minute-bar file of the Uniswap v3 USDC/WETH 5 bps pool
// (0x88e6…5640) on 2024-01-05, relative to the shared data folder.
const MinuteFile = "uniswap-v3-pool-events/ethereum-0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640-2024-01-05.minute.csv"

// closeTickColumn is the header of the column LoadMinuteTicks reads.
const closeTickColumn = "closeTick"

// FindSharedDir returns the shared data folder: $STEWARD_SHARED_DATA when
// set, else the first "shared/data" directory found in the working directory
// or one of its parents. ok is false when there is none.
func FindSharedDir() (dir string, ok bool) {
	if d := os.Getenv(SharedDataEnv); d != "" {
		return d, isDir(d)
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for {
		if d := filepath.Join(wd, "shared", "data"); isDir(d) {
			return d, true
		}
		parent := filepath.Dir(wd)
		if parent == wd {
			return "", false
		}
		wd = parent
	}
}

// DefaultMinuteFile returns the path of MinuteFile inside sharedDir, the
// shared data folder FindSharedDir returns.
func DefaultMinuteFile(sharedDir string) string {
	return filepath.Join(sharedDir, filepath.FromSlash(MinuteFile))
}

// LoadMinuteTicks reads the closeTick column of a minute-bar CSV (header row
// first, ticks written as floats such as "199045.0"), one tick per minute in
// file order. A tick that is not a whole number within int32 is an error
// naming its line and column.
func LoadMinuteTicks(path string) ([]int32, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load minute ticks: %w", err)
	}
	defer f.Close()
	return readMinuteTicks(f, path)
}

// The closeTick column of the shared minute file, copied into the
// repository (embedded/README.md says from where), so the demo and the
// golden files use the recorded market without the shared data folder.
//
//go:embed embedded/usdc-weth-5bps-2024-01-05.close-ticks.csv
var embeddedCloseTicks []byte

// EmbeddedCloseTickFile names the embedded copy of the minute closes.
const EmbeddedCloseTickFile = "backtest/dataset/embedded/usdc-weth-5bps-2024-01-05.close-ticks.csv"

// EmbeddedMinuteTicks returns the minute close ticks of the mainnet
// USDC/WETH 5 bps pool on 2024-01-05 (1,440, the same as the shared file's
// closeTick column), from the copy built into the binary.
func EmbeddedMinuteTicks() ([]int32, error) {
	return readMinuteTicks(bytes.NewReader(embeddedCloseTicks), EmbeddedCloseTickFile)
}

func readMinuteTicks(in io.Reader, path string) ([]int32, error) {
	r := csv.NewReader(in)
	r.ReuseRecord = true
	header, err := r.Read()
	if err != nil {
		return nil, fmt.Errorf("load minute ticks %s: header: %w", path, err)
	}
	col := -1
	for i, h := range header {
		if h == closeTickColumn {
			col = i
		}
	}
	if col < 0 {
		return nil, fmt.Errorf("load minute ticks %s: line 1: %w: no %q column in header", path, ErrBadRow, closeTickColumn)
	}
	var ticks []int32
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			// A *csv.ParseError names the line and column itself.
			return nil, fmt.Errorf("load minute ticks %s: %w: %w", path, ErrBadRow, err)
		}
		line, _ := r.FieldPos(col)
		tick, err := parseTick(rec[col])
		if err != nil {
			return nil, fmt.Errorf("load minute ticks %s: line %d, column %d (%s): %w: %v", path, line, col+1, closeTickColumn, ErrBadRow, err)
		}
		ticks = append(ticks, tick)
	}
	if len(ticks) == 0 {
		return nil, fmt.Errorf("load minute ticks %s: %w", path, ErrNoData)
	}
	return ticks, nil
}

// parseTick reads a tick written as a float ("199045.0") or an integer.
func parseTick(s string) (int32, error) {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, fmt.Errorf("%q is not a number", s)
	}
	if v != math.Trunc(v) || v < math.MinInt32 || v > math.MaxInt32 {
		return 0, fmt.Errorf("%q is not a whole tick within int32", s)
	}
	return int32(v), nil
}

// RandomWalk returns n ticks starting at start, each step a normal draw of
// standard deviation stepStd rounded to a whole tick. The same seed gives the
// same ticks on every machine.
func RandomWalk(seed int64, n int, start int32, stepStd float64) []int32 {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x5eed))
	ticks := make([]int32, n)
	cur := float64(start)
	for i := range ticks {
		if i > 0 {
			cur += math.Round(rng.NormFloat64() * stepStd)
		}
		ticks[i] = int32(max(math.MinInt32, min(math.MaxInt32, cur)))
	}
	return ticks
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
