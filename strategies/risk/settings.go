package risk

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/program"
)

// KindName is agent.strategy's value for lending risk.
const KindName = "risk"

// Settings are an agent config's strategy: section for lending risk.
type Settings struct {
	// Pool, Oracle and Steward are the Aave v3 Pool, its AaveOracle and
	// the AaveRiskSteward the agent steers (0x + 40 hex digits). Required
	// to run against a node; the demo deploys its own.
	Pool    string `yaml:"pool"`
	Oracle  string `yaml:"oracle"`
	Steward string `yaml:"steward"`
	// Collateral is the volatile reserve whose parameters the agent moves,
	// Borrowed the reserve borrowed against it.
	Collateral ReserveSettings `yaml:"collateral"`
	Borrowed   ReserveSettings `yaml:"borrowed"`
	// Window is how many prices the features look back over. Default 30.
	Window int `yaml:"window"`
	// Step is how many blocks apart those prices are. Default 1; the
	// shipped model's step is 4 Ethereum blocks (48 s).
	Step int `yaml:"step"`
	// Policy bounds the moves (basis points); DefaultPolicy's values by default.
	LTVCut       int64 `yaml:"ltvCut"`
	ThresholdCut int64 `yaml:"thresholdCut"`
	BonusRaise   int64 `yaml:"bonusRaise"`
	CapFloor     int64 `yaml:"capFloor"`
	CapHeadroom  int64 `yaml:"capHeadroom"`
	MaxStep      int64 `yaml:"maxStep"`
	MaxCapStep   int64 `yaml:"maxCapStep"`
	// MinChange (bps of LTV, threshold, bonus) and MinCapChange (bps of a
	// cap) are the smallest moves worth a transaction. Defaults 25 and 250.
	MinChange    int64 `yaml:"minChange"`
	MinCapChange int64 `yaml:"minCapChange"`

	PoolAddress, OracleAddress, StewardAddress common.Address `yaml:"-"`
}

// ReserveSettings name a reserve and its base configuration (what Aave
// runs for the asset; where the parameters return at risk 0).
type ReserveSettings struct {
	Symbol               string `yaml:"symbol"`
	Asset                string `yaml:"asset"`
	Decimals             int    `yaml:"decimals"`
	LTV                  int64  `yaml:"ltv"`
	LiquidationThreshold int64  `yaml:"liquidationThreshold"`
	LiquidationBonus     int64  `yaml:"liquidationBonus"`
	SupplyCap            int64  `yaml:"supplyCap"`
	BorrowCap            int64  `yaml:"borrowCap"`

	AssetAddress common.Address `yaml:"-"`
}

var _ program.Settings = (*Settings)(nil)

// DefaultSettings returns the settings with every default.
func DefaultSettings() *Settings {
	p := DefaultPolicy
	return &Settings{Window: 30, Step: 1, MinChange: 25, MinCapChange: 250, LTVCut: p.LTVCut, ThresholdCut: p.ThresholdCut, BonusRaise: p.BonusRaise,
		CapFloor: p.CapFloor, CapHeadroom: p.CapHeadroom, MaxStep: p.MaxStep, MaxCapStep: p.MaxCapStep}
}

// Policy is the settings' policy.
func (s *Settings) Policy() Policy {
	return Policy{LTVCut: s.LTVCut, ThresholdCut: s.ThresholdCut, BonusRaise: s.BonusRaise, CapFloor: s.CapFloor,
		CapHeadroom: s.CapHeadroom, MaxStep: s.MaxStep, MaxCapStep: s.MaxCapStep}
}

// Validate checks every field, naming it.
func (s *Settings) Validate() error {
	var p program.Problems
	p.OptionalAddress("pool", s.Pool, &s.PoolAddress)
	p.OptionalAddress("oracle", s.Oracle, &s.OracleAddress)
	p.OptionalAddress("steward", s.Steward, &s.StewardAddress)
	for _, r := range []struct {
		name string
		rs   *ReserveSettings
	}{{"collateral", &s.Collateral}, {"borrowed", &s.Borrowed}} {
		if r.rs.Symbol == "" || len(r.rs.Symbol) > 14 {
			p.Add(r.name+".symbol", "%q must be 1 to 14 bytes (the steward's parameter prefix)", r.rs.Symbol)
		}
		p.OptionalAddress(r.name+".asset", r.rs.Asset, &r.rs.AssetAddress)
		if r.rs.Decimals <= 0 || r.rs.Decimals > 36 {
			p.Add(r.name+".decimals", "%d is not a token's decimals (1..36)", r.rs.Decimals)
		}
		if err := r.rs.base().Check(Usage{}); err != nil {
			p.Add(r.name, "the base configuration is one Aave refuses: %v", err)
		}
	}
	if s.Window < 2 {
		p.Add("window", "%d: the features need at least 2 prices", s.Window)
	}
	if s.MinChange < 0 || s.MinChange > PercentageFactor {
		p.Add("minChange", "%d bps: want 0..%d", s.MinChange, PercentageFactor)
	}
	if s.MinCapChange < 0 || s.MinCapChange > PercentageFactor {
		p.Add("minCapChange", "%d bps: want 0..%d", s.MinCapChange, PercentageFactor)
	}
	if s.Step < 1 || s.Step > 1000 {
		p.Add("step", "%d blocks between prices: want 1..1000", s.Step)
	}
	if err := s.Policy().Validate(); err != nil {
		p.Add("policy", "%v", err)
	}
	return p.Err()
}

func (r ReserveSettings) base() Params {
	return Params{LTV: r.LTV, LiquidationThreshold: r.LiquidationThreshold, LiquidationBonus: r.LiquidationBonus, SupplyCap: r.SupplyCap, BorrowCap: r.BorrowCap}
}

func (r ReserveSettings) reserve() Reserve {
	return Reserve{Symbol: r.Symbol, Asset: r.AssetAddress, Decimals: r.Decimals, Base: r.base()}
}

// Kind is lending risk as the runtime, the config and `steward verify` see it.
func Kind() program.Kind {
	return program.Kind{
		Name:        KindName,
		NewSettings: func() program.Settings { return DefaultSettings() },
		Build:       build,
		Derivers:    map[string]program.Deriver{DerivationName: Deriver{}},
		Models:      []program.ModelKind{program.ModelONNX},
	}
}

func build(_ context.Context, s program.Settings, chain program.ChainReader) (program.Program, error) {
	st, ok := s.(*Settings)
	if !ok {
		return nil, fmt.Errorf("risk: settings of type %T", s)
	}
	var missing program.Problems
	for _, f := range []struct {
		name string
		a    common.Address
	}{{"strategy.pool", st.PoolAddress}, {"strategy.oracle", st.OracleAddress}, {"strategy.steward", st.StewardAddress},
		{"strategy.collateral.asset", st.Collateral.AssetAddress}, {"strategy.borrowed.asset", st.Borrowed.AssetAddress}} {
		if f.a == (common.Address{}) {
			missing.Add(f.name, "required to run against a node")
		}
	}
	if err := missing.Err(); err != nil {
		return nil, err
	}
	return NewProgram(ProgramConfig{Pool: st.PoolAddress, Oracle: st.OracleAddress, Steward: st.StewardAddress,
		Collateral: st.Collateral.reserve(), Borrowed: st.Borrowed.reserve(), Policy: st.Policy(), Window: st.Window, Step: st.Step, MinChange: st.MinChange, MinCapChange: st.MinCapChange}, chain)
}
