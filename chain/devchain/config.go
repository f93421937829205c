package devchain

import (
	"fmt"
	"log/slog"
	"math/big"
	"net"
	"strconv"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// Defaults of Config.
const (
	DefaultBlockInterval  = 400 * time.Millisecond
	DefaultBoundRange     = 20000 // ticks either side of the first path tick
	DefaultMaxStep        = 3000  // ticks per change
	DefaultCooldownBlocks = 2
)

// DefaultLiquidity is the vault's liquidity per position when Config.Liquidity
// is nil: about 10 tWETH and 23,000 tUSDC in a ±1000-tick range at mainnet's
// USDC/WETH price (tick 199000), against 100 times as much base liquidity.
const DefaultLiquidity = 1e16

// maxLiquidityExp10: Liquidity ≤ 1e30 keeps the base liquidity (100× the
// vault's) under Uniswap's per-tick maximum for tick spacing 10 (≈1.9e33).
const maxLiquidityExp10 = 30

// Bounds are ParameterGuard's limits for one vault parameter (a tick).
type Bounds struct {
	Min, Max       int64  // allowed values, inclusive
	MaxStep        int64  // largest change per application
	MaxStepBps     uint32 // largest change relative to the current value, in basis points; 0 = off
	CooldownBlocks uint64 // blocks between two applications
}

// RootTTLBlocks is how long a committed root backs actions on the guards
// Deploy creates: 64 blocks (about 26 s at 400 ms blocks).
const RootTTLBlocks = 64

func (b Bounds) params() bindings.ParamBounds {
	return bindings.ParamBounds{Min: big.NewInt(b.Min), Max: big.NewInt(b.Max), MaxStep: big.NewInt(b.MaxStep),
		MaxStepBps: b.MaxStepBps, CooldownBlocks: b.CooldownBlocks}
}

// Config configures a dev chain.
type Config struct {
	// BlockInterval is the time between blocks once Start is called. Defaults to 400ms.
	BlockInterval time.Duration
	// PriceTicks is the market path: the pool tick after each Commit, in
	// order; PriceTicks[0] is the pool's initial tick. Required, at least 2,
	// each strictly inside (MinTick, MaxTick). The path wraps around at its end.
	PriceTicks []int32
	// Funded accounts (agents) get 1000 ETH in genesis.
	Funded []common.Address
	// HTTPAddr and WSAddr ("127.0.0.1:8545" style) serve JSON-RPC (eth, net,
	// web3) over HTTP and WebSocket; empty = not served; port 0 takes a port
	// the kernel picks (Chain.Endpoints tells which). Equal fixed addresses
	// serve both on one port. A taken port fails New, naming the field.
	HTTPAddr, WSAddr string
	// LowerBounds and UpperBounds are the guard's bounds for the vault's
	// tickLower and tickUpper. Zero value defaults: ±20000 ticks around
	// PriceTicks[0], max step 3000, cooldown 2 blocks.
	LowerBounds, UpperBounds Bounds
	// Liquidity is the vault's liquidity per position. Defaults to 1e16; at most 1e30.
	Liquidity *big.Int
	// GenesisTime is the genesis block's timestamp (Unix seconds); 0 = the
	// epoch. A block's time is the wall clock, or its parent's + 1 s when
	// the wall clock is behind it; so a GenesisTime in the future makes
	// every block time genesis + its number: a chain whose blocks, and
	// hence hashes, are the same on every run (backtests).
	GenesisTime uint64
	// Archive keeps the state of every block readable (eth_call at any
	// block), as an archive node does; otherwise only the last 128 blocks'
	// state is. It slows the chain's own work by about 40 %.
	Archive bool
	// NoBaseLiquidity leaves the pool without DevTrader's base liquidity: a
	// caller that drives the market itself with Play seeds its own positions
	// (a backtest replaying a recorded pool). Commit's steps along
	// PriceTicks would then move the price for free.
	NoBaseLiquidity bool
	// Logger receives the deployment and block loop's messages. Defaults to discarding them.
	Logger *slog.Logger
}

// withDefaults returns a copy of cfg with every default filled in.
func (cfg Config) withDefaults() Config {
	if cfg.BlockInterval == 0 {
		cfg.BlockInterval = DefaultBlockInterval
	}
	if len(cfg.PriceTicks) > 0 {
		cfg.LowerBounds, cfg.UpperBounds = defaultBounds(int64(cfg.PriceTicks[0]), cfg.LowerBounds, cfg.UpperBounds)
	}
	if cfg.Liquidity == nil {
		cfg.Liquidity = big.NewInt(DefaultLiquidity)
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
	if cfg.BlockInterval < 0 {
		return bad("BlockInterval %s is negative", cfg.BlockInterval)
	}
	if len(cfg.PriceTicks) < 2 {
		return bad("PriceTicks has %d ticks, at least 2 are required", len(cfg.PriceTicks))
	}
	for i, t := range cfg.PriceTicks {
		if t <= MinTick || t >= MaxTick {
			return bad("PriceTicks[%d] = %d is outside (%d, %d)", i, t, MinTick, MaxTick)
		}
	}
	if err := validateMarket(bad, "", cfg.LowerBounds, cfg.UpperBounds, cfg.Liquidity); err != nil {
		return err
	}
	for _, f := range [...][2]string{{"HTTPAddr", cfg.HTTPAddr}, {"WSAddr", cfg.WSAddr}} {
		if f[1] == "" {
			continue
		}
		if _, _, err := splitHostPort(f[1]); err != nil {
			return bad("%s %q: %v", f[0], f[1], err)
		}
	}
	return nil
}

// defaultBounds fills zero Bounds with the defaults around tick t0: ±20000
// ticks (inside the tick range), max step 3000, cooldown 2 blocks.
func defaultBounds(t0 int64, lower, upper Bounds) (Bounds, Bounds) {
	def := Bounds{
		Min:            max(t0-DefaultBoundRange, MinTick),
		Max:            min(t0+DefaultBoundRange, MaxTick),
		MaxStep:        DefaultMaxStep,
		CooldownBlocks: DefaultCooldownBlocks,
	}
	if lower == (Bounds{}) {
		lower = def
	}
	if upper == (Bounds{}) {
		upper = def
	}
	return lower, upper
}

// validateMarket checks the guard's bounds and the vault's liquidity;
// prefix goes before the field names in the message.
func validateMarket(bad func(string, ...any) error, prefix string, lower, upper Bounds, liquidity *big.Int) error {
	for _, nb := range []struct {
		name string
		b    Bounds
	}{{"LowerBounds", lower}, {"UpperBounds", upper}} {
		name, b := prefix+nb.name, nb.b
		switch {
		case b.Min >= b.Max:
			return bad("%s.Min %d must be below Max %d", name, b.Min, b.Max)
		case b.Min < MinTick || b.Max > MaxTick:
			return bad("%s [%d, %d] leaves the tick range [%d, %d]", name, b.Min, b.Max, MinTick, MaxTick)
		case b.MaxStep <= 0:
			return bad("%s.MaxStep %d must be positive", name, b.MaxStep)
		}
	}
	maxLiquidity := new(big.Int).Exp(big.NewInt(10), big.NewInt(maxLiquidityExp10), nil)
	if liquidity.Sign() <= 0 || liquidity.Cmp(maxLiquidity) > 0 {
		return bad("%sLiquidity %s must be in [1, 1e30]", prefix, liquidity)
	}
	return nil
}

// splitHostPort parses "host:port" with a numeric port.
func splitHostPort(addr string) (string, int, error) {
	host, portStr, err := net.SplitHostPort(addr)
	if err != nil {
		return "", 0, err
	}
	port, err := strconv.Atoi(portStr)
	if err != nil || port < 0 || port > 65535 {
		return "", 0, fmt.Errorf("port %q is not a number in [0, 65535]", portStr)
	}
	if host == "" {
		return "", 0, fmt.Errorf("host is empty")
	}
	return host, port, nil
}
