package marketmaking

import (
	"context"
	"fmt"
	"math"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
)

// KindName is agent.strategy's value for market making.
const KindName = "marketmaking"

// Settings defaults, held by DefaultSettings; a key the config leaves out
// keeps its default, an explicit 0 is an error.
const (
	DefaultWidthMultiplier  = 2.0
	DefaultMinWidth         = 60
	DefaultMaxWidth         = 4000
	DefaultRecenterFraction = 0.5
	DefaultWidthChange      = 0.3
)

// maxTickWidth is the widest possible range: MIN_TICK to MAX_TICK.
const maxTickWidth = 2 * 887272

// Settings are an agent config's strategy: section for market making.
type Settings struct {
	// Pool is the Uniswap v3 pool to observe; Vault the RangeVault the
	// agent steers: 0x + 40 hex digits (EIP-55 if mixed case). Required to
	// run against a node (Build); the demo deploys its own.
	Pool  string `yaml:"pool"`
	Vault string `yaml:"vault"`
	// WidthMultiplier: range half-width = multiplier × forecast (ticks).
	// > 0, at most 1000, in thousandths. Defaults to 2.0.
	WidthMultiplier float64 `yaml:"widthMultiplier"`
	// MinWidth and MaxWidth clamp the range width in ticks; 0 < MinWidth ≤
	// MaxWidth ≤ 1774544 (the whole tick range). Default 60 and 4000.
	MinWidth int64 `yaml:"minWidth"`
	MaxWidth int64 `yaml:"maxWidth"`
	// RecenterFraction: re-range when |tick − centre| > fraction × half-width.
	// In (0, 1], in thousandths. Defaults to 0.5.
	RecenterFraction float64 `yaml:"recenterFraction"`
	// WidthChange: re-range when the wanted width differs from the current
	// one by more than this fraction of it. > 0, at most 1000, in
	// thousandths. Defaults to 0.3.
	WidthChange float64 `yaml:"widthChange"`

	// PoolAddress and VaultAddress are Pool and Vault, parsed by Validate.
	PoolAddress, VaultAddress common.Address `yaml:"-"`
}

var _ program.Settings = (*Settings)(nil)

// DefaultSettings returns the settings with every default.
func DefaultSettings() *Settings {
	return &Settings{
		WidthMultiplier:  DefaultWidthMultiplier,
		MinWidth:         DefaultMinWidth,
		MaxWidth:         DefaultMaxWidth,
		RecenterFraction: DefaultRecenterFraction,
		WidthChange:      DefaultWidthChange,
	}
}

// Validate checks every field and parses the addresses.
func (s *Settings) Validate() error {
	var p program.Problems
	p.OptionalAddress("pool", s.Pool, &s.PoolAddress)
	p.OptionalAddress("vault", s.Vault, &s.VaultAddress)
	if s.PoolAddress != (common.Address{}) && s.PoolAddress == s.VaultAddress {
		p.Add("vault", "same address as pool")
	}
	checkMilli(&p, "widthMultiplier", s.WidthMultiplier, 1000)
	checkMilli(&p, "recenterFraction", s.RecenterFraction, 1)
	checkMilli(&p, "widthChange", s.WidthChange, 1000)
	switch {
	case s.MinWidth <= 0:
		p.Add("minWidth", "%d: must be > 0", s.MinWidth)
	case s.MinWidth > maxTickWidth:
		p.Add("minWidth", "%d: must be at most %d", s.MinWidth, maxTickWidth)
	}
	switch {
	case s.MaxWidth > maxTickWidth:
		p.Add("maxWidth", "%d: must be at most %d", s.MaxWidth, maxTickWidth)
	case s.MaxWidth < s.MinWidth:
		p.Add("maxWidth", "%d: must be at least minWidth (%d)", s.MaxWidth, s.MinWidth)
	}
	return p.Err()
}

// checkMilli requires v in (0, hi] with at most three decimals, because the
// strategy works in integer thousandths so that decisions reproduce exactly.
func checkMilli(p *program.Problems, field string, v, hi float64) {
	switch m := v * 1000; {
	case math.IsNaN(v) || v <= 0 || v > hi:
		p.Add(field, "%v: must be in (0, %v]", v, hi)
	case math.Abs(m-math.Round(m)) > 1e-6:
		p.Add(field, "%v: at most three decimals (the strategy works in thousandths)", v)
	}
}

// Params converts validated settings into the strategy's integer
// parameters for a pool with the given tick spacing. Validate guarantees
// the conversion is exact; Params.Validate still checks the widths against
// the tick spacing.
func (s *Settings) Params(tickSpacing int32) Params {
	return Params{
		WidthMilli:       milli(s.WidthMultiplier),
		MinWidth:         int32(s.MinWidth),
		MaxWidth:         int32(s.MaxWidth),
		RecenterMilli:    milli(s.RecenterFraction),
		WidthChangeMilli: milli(s.WidthChange),
		TickSpacing:      tickSpacing,
	}
}

func milli(v float64) int64 { return int64(math.Round(v * 1000)) }

// Kind is market making as a strategy kind: its settings, its program over
// strategy.pool and strategy.vault, and its verify derivation.
func Kind() program.Kind {
	return program.Kind{
		Name:        KindName,
		NewSettings: func() program.Settings { return DefaultSettings() },
		Build:       build,
		Derivers:    Derivers(),
		// The program gives both the features and the same values as
		// prompt fields, so an ONNX model or an LLM can drive it.
		Models: []program.ModelKind{program.ModelONNX, program.ModelLLM},
	}
}

// build reads the pool's tick spacing and builds the program.
func build(ctx context.Context, s program.Settings, chain program.ChainReader) (program.Program, error) {
	st, ok := s.(*Settings)
	if !ok {
		return nil, fmt.Errorf("marketmaking: settings of type %T", s)
	}
	var missing program.Problems
	if st.PoolAddress == (common.Address{}) {
		missing.Add("strategy.pool", "required to run against a node")
	}
	if st.VaultAddress == (common.Address{}) {
		missing.Add("strategy.vault", "required to run against a node")
	}
	if err := missing.Err(); err != nil {
		return nil, err
	}
	spacing, err := TickSpacing(ctx, chain, st.PoolAddress)
	if err != nil {
		return nil, fmt.Errorf("strategy.pool: %w", err)
	}
	p, err := NewProgram(ProgramConfig{Pool: st.PoolAddress, Vault: st.VaultAddress, Params: st.Params(spacing)}, chain)
	if err != nil {
		return nil, fmt.Errorf("strategy: %w", err)
	}
	return p, nil
}
