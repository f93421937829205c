package synthetic

import (
	"fmt"
	"log/slog"
	"net"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Defaults of Config.
const (
	// DefaultTxsPerBlock is 10,000 transactions per second at 400 ms blocks.
	DefaultTxsPerBlock = 4_000
	// DefaultKeep is how many blocks' filler the node keeps built.
	DefaultKeep = 32
	// DefaultMaxLogs caps an eth_getLogs answer spanning more than one
	// block, as hosted nodes do (10,000 at Alchemy and Infura); above it the
	// query is refused with -32005 and the caller narrows the range.
	DefaultMaxLogs = 10_000
	// DefaultSeed seeds the filler.
	DefaultSeed = 1
	// generatedUniswap and generatedAave are how many events the seeded
	// generators make when Config gives none (they are replayed in a loop).
	generatedUniswap = 10_000
	generatedAave    = 2_000
)

// RecordedPool is the mainnet Uniswap v3 USDC/WETH 5 bps pool, whose
// recorded day backtest/dataset embeds: the first default UniswapPools address.
const RecordedPool = "0x88e6a0c2ddd26feeb64f039a2c41296fcb3f5640"

// AavePolygonPool is Aave v3's Pool on Polygon, which emitted the recorded
// Aave events of the shared data: the default AavePools address.
const AavePolygonPool = "0x794a61358D6845594F94dc1DB02A252b5b4814aD"

// Config configures a Node.
type Config struct {
	// HTTPAddr and WSAddr ("127.0.0.1:8545" style) serve JSON-RPC over
	// HTTP and WebSocket; port 0 takes a port the kernel picks
	// (Node.Endpoints tells which). Equal fixed addresses serve both on one
	// port, and the HTTP listener always accepts WebSocket upgrades too.
	// At least one is required.
	HTTPAddr, WSAddr string
	// TxsPerBlock is the number of filler transactions added to every
	// block. Defaults to 4,000 (10,000 TPS at 400 ms blocks).
	TxsPerBlock int
	// LogsPerBlock is the number of filler logs added to every block,
	// spread evenly over the filler transactions. Defaults to TxsPerBlock.
	LogsPerBlock int
	// Latency delays every answer — an HTTP request (a batch is one) or a
	// WebSocket message — by this much, as a node across a network would.
	// Head notifications are not delayed. Defaults to none.
	Latency time.Duration
	// Uniswap and Aave are the events filler logs are drawn from, replayed
	// in order in a loop: recorded ones (UniswapEvents, ReadAaveRaw), or,
	// when nil, GenerateUniswap and GenerateAave from Seed.
	Uniswap, Aave []Event
	// UniswapPools and AavePools emit the filler logs. Defaults:
	// RecordedPool and 15 addresses derived from Seed; AavePolygonPool.
	// They should not be the addresses an agent watches: filler logs do
	// not move any contract's state.
	UniswapPools, AavePools []common.Address
	// UniswapWeight and AaveWeight split the filler logs between the two
	// protocols. Both zero defaults to 4 and 1 (80 % Uniswap).
	UniswapWeight, AaveWeight int
	// Seed makes the filler: block N's filler is a function of Seed and N
	// only. Defaults to 1.
	Seed uint64
	// Keep is how many blocks' filler is kept built (about 5 MB each at
	// 4,000 transactions); older blocks' filler is built again when asked
	// for, and their filler transactions are no longer found by hash.
	// Defaults to 32.
	Keep int
	// MaxLogs caps an eth_getLogs answer spanning more than one block.
	// Defaults to 10,000.
	MaxLogs int
	// Logger defaults to discarding.
	Logger *slog.Logger
}

// withDefaults returns a copy of cfg with every default filled in.
func (cfg Config) withDefaults() Config {
	if cfg.Seed == 0 {
		cfg.Seed = DefaultSeed
	}
	if cfg.TxsPerBlock == 0 {
		cfg.TxsPerBlock = DefaultTxsPerBlock
	}
	if cfg.LogsPerBlock == 0 {
		cfg.LogsPerBlock = cfg.TxsPerBlock
	}
	if cfg.Uniswap == nil {
		cfg.Uniswap = GenerateUniswap(cfg.Seed, generatedUniswap)
	}
	if cfg.Aave == nil {
		cfg.Aave = GenerateAave(cfg.Seed, generatedAave)
	}
	if cfg.UniswapPools == nil {
		cfg.UniswapPools = append([]common.Address{common.HexToAddress(RecordedPool)}, accounts(cfg.Seed, "uniswap pool", 15)...)
	}
	if cfg.AavePools == nil {
		cfg.AavePools = []common.Address{common.HexToAddress(AavePolygonPool)}
	}
	if cfg.UniswapWeight == 0 && cfg.AaveWeight == 0 {
		cfg.UniswapWeight, cfg.AaveWeight = 4, 1
	}
	if cfg.Keep == 0 {
		cfg.Keep = DefaultKeep
	}
	if cfg.MaxLogs == 0 {
		cfg.MaxLogs = DefaultMaxLogs
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	return cfg
}

// validate checks a Config with defaults applied and names the bad field.
func (cfg Config) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	switch {
	case cfg.HTTPAddr == "" && cfg.WSAddr == "":
		return bad("HTTPAddr and WSAddr are both empty")
	case cfg.TxsPerBlock < 0:
		return bad("TxsPerBlock %d is negative", cfg.TxsPerBlock)
	case cfg.LogsPerBlock < 0:
		return bad("LogsPerBlock %d is negative", cfg.LogsPerBlock)
	case cfg.LogsPerBlock > 0 && cfg.TxsPerBlock == 0:
		return bad("LogsPerBlock %d needs transactions to hold them (TxsPerBlock is 0)", cfg.LogsPerBlock)
	case cfg.Latency < 0:
		return bad("Latency %s is negative", cfg.Latency)
	case cfg.UniswapWeight < 0 || cfg.AaveWeight < 0:
		return bad("UniswapWeight %d and AaveWeight %d must not be negative", cfg.UniswapWeight, cfg.AaveWeight)
	case cfg.UniswapWeight > 0 && (len(cfg.Uniswap) == 0 || len(cfg.UniswapPools) == 0):
		return bad("UniswapWeight %d needs Uniswap events and UniswapPools", cfg.UniswapWeight)
	case cfg.AaveWeight > 0 && (len(cfg.Aave) == 0 || len(cfg.AavePools) == 0):
		return bad("AaveWeight %d needs Aave events and AavePools", cfg.AaveWeight)
	case cfg.Keep < 1:
		return bad("Keep %d must be at least 1", cfg.Keep)
	case cfg.MaxLogs < 1:
		return bad("MaxLogs %d must be at least 1", cfg.MaxLogs)
	}
	for i, e := range cfg.Uniswap {
		if err := e.check(); err != nil || e.aave() {
			return bad("Uniswap[%d]: %v (want a Swap, Mint or Burn)", i, err)
		}
	}
	for i, e := range cfg.Aave {
		if err := e.check(); err != nil || !e.aave() {
			return bad("Aave[%d]: %v (want a Supply, Borrow, Repay, Withdraw or LiquidationCall)", i, err)
		}
	}
	for _, f := range [...][2]string{{"HTTPAddr", cfg.HTTPAddr}, {"WSAddr", cfg.WSAddr}} {
		if f[1] == "" {
			continue
		}
		if _, _, err := net.SplitHostPort(f[1]); err != nil {
			return bad("%s %q: %v", f[0], f[1], err)
		}
	}
	return nil
}
