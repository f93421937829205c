package risk

import (
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/inference/commit"
)

// DerivationName names the risk derivation in a published context.
const DerivationName = "risk/v1"

// Reserve is a reserve the agent steers: its symbol (the steward's
// parameter prefix), its asset, and its base configuration (where the
// parameters return at risk 0: what Aave runs for the asset).
type Reserve struct {
	Symbol   string
	Asset    common.Address
	Decimals int
	Base     Params
}

// ProgramConfig configures the risk program: the Aave Pool and oracle it
// observes, the AaveRiskSteward it steers, the volatile collateral whose
// parameters it moves, the reserve borrowed against it, the policy and
// the price window.
type ProgramConfig struct {
	Pool, Oracle, Steward common.Address
	Collateral, Borrowed  Reserve
	Policy                Policy
	Window                int // prices in the window; default 30
	// Step is how many blocks apart the window's prices are (default 1):
	// the model's step is 4 Ethereum blocks (48 s), and the lending demo,
	// whose chain replays its path at 2 Ethereum blocks a block, steps 2.
	Step int
	// MinChange and MinCapChange are the smallest moves worth a
	// transaction: a tick whose targets all lie within MinChange basis
	// points of the current LTV, threshold and bonus, and within
	// MinCapChange bps (relative) of the current caps, holds. 0 acts on
	// any change.
	MinChange, MinCapChange int64
}

// Program observes an Aave v3 market — the collateral's oracle price each
// block, the reserves' configuration and usage, and the borrowers'
// positions, re-read only when an event of the Pool touches them — and
// proposes the collateral's risk parameters from the model's risk output.
type Program struct {
	cfg       ProgramConfig
	chain     program.ChainReader
	pool      *bindings.Pool
	prices    []float64 // one per observed block, the last (Window−1)·Step+1
	positions map[common.Address]Position
}

var _ program.Program = (*Program)(nil)

// NewProgram checks the config.
func NewProgram(cfg ProgramConfig, chain program.ChainReader) (*Program, error) {
	if cfg.Pool == (common.Address{}) || cfg.Oracle == (common.Address{}) || cfg.Steward == (common.Address{}) {
		return nil, errors.New("risk: ProgramConfig.Pool, .Oracle and .Steward are required")
	}
	if err := cfg.Policy.Validate(); err != nil {
		return nil, fmt.Errorf("risk: policy: %w", err)
	}
	if err := cfg.Collateral.Base.Check(Usage{}); err != nil {
		return nil, fmt.Errorf("risk: the base configuration of %s: %w", cfg.Collateral.Symbol, err)
	}
	if cfg.Window == 0 {
		cfg.Window = 30
	}
	if cfg.Step == 0 {
		cfg.Step = 1
	}
	if cfg.Window < 2 || cfg.Step < 1 || min(cfg.MinChange, cfg.MinCapChange) < 0 || max(cfg.MinChange, cfg.MinCapChange) > PercentageFactor {
		return nil, fmt.Errorf("risk: ProgramConfig.Window %d (want ≥ 2), Step %d (want ≥ 1), MinChange %d and MinCapChange %d (want 0..%d)",
			cfg.Window, cfg.Step, cfg.MinChange, cfg.MinCapChange, PercentageFactor)
	}
	return &Program{cfg: cfg, chain: chain, pool: bindings.NewPool(), positions: map[common.Address]Position{}}, nil
}

// observation is what Decide needs beside the state.
type observation struct {
	cur   Params
	usage Usage
	feats []float64
}

var fields = []string{contracts.AaveLTV, contracts.AaveLiquidationThreshold, contracts.AaveLiquidationBonus, contracts.AaveSupplyCap, contracts.AaveBorrowCap}

// Declare lists the state and action keys, the steward's parameters for
// the collateral, and the Pool's position events.
func (r *Program) Declare() program.Declaration {
	guarded := make([]program.GuardedParam, len(fields))
	for i, f := range fields {
		guarded[i] = program.GuardedParam{Target: r.cfg.Steward, Param: contracts.AaveParam(r.cfg.Collateral.Symbol, f)}
	}
	return program.Declaration{
		State: append(slices.Clone(FeatureNames), "price", "positions", "ltv", "liquidationThreshold", "liquidationBonus",
			"supplyCap", "borrowCap", "supplied", "borrowed"),
		Action:  append(slices.Clone(fields), "risk"),
		Guarded: guarded,
		Events:  []program.Event{{Address: r.cfg.Pool, Topics: eventTopics()}},
		Display: []string{"price", "nearLiquidation", "risk", contracts.AaveLTV, contracts.AaveLiquidationThreshold, contracts.AaveLiquidationBonus},
	}
}

// Observe reads the price, the collateral's configuration and usage, and
// the positions the block's events touched.
func (r *Program) Observe(ctx context.Context, head *types.Header, logs []types.Log) (program.Observation, error) {
	price, err := r.price(ctx, head.Number)
	if err != nil {
		return program.Observation{}, err
	}
	r.prices = append(r.prices, price)
	if span := r.span(); len(r.prices) > span {
		r.prices = r.prices[len(r.prices)-span:]
	}
	// Each borrower the block touched is read once, however many of its
	// events the block holds (a busy market repeats them).
	seen := map[common.Address]bool{}
	for i := range logs {
		user, ok := touched(&logs[i])
		if !ok || seen[user] {
			continue
		}
		seen[user] = true
		if err := r.readPosition(ctx, user, head.Number); err != nil {
			return program.Observation{}, err
		}
	}
	cur, usage, util, err := r.reserve(ctx, head.Number)
	if err != nil {
		return program.Observation{}, err
	}
	state := map[string]any{"price": price, "positions": int64(len(r.positions)),
		"ltv": cur.LTV, "liquidationThreshold": cur.LiquidationThreshold, "liquidationBonus": cur.LiquidationBonus,
		"supplyCap": cur.SupplyCap, "borrowCap": cur.BorrowCap, "supplied": usage.Supplied, "borrowed": usage.Borrowed}
	obs := observation{cur: cur, usage: usage}
	if window := r.window(); len(window) >= 2 {
		pos := make([]Position, 0, len(r.positions))
		for _, p := range r.positions {
			pos = append(pos, p)
		}
		if obs.feats, err = Features(window, pos, util); err != nil {
			return program.Observation{}, err
		}
		for i, n := range FeatureNames {
			state[n] = obs.feats[i]
		}
	}
	return program.Observation{Block: head, State: state, Private: obs}, nil
}

// span is how many blocks' prices the window covers.
func (r *Program) span() int { return (r.cfg.Window-1)*r.cfg.Step + 1 }

// window is every Step-th price back from the newest, oldest first: up to
// Window of them.
func (r *Program) window() []float64 {
	var w []float64
	for i := len(r.prices) - 1; i >= 0; i -= r.cfg.Step {
		w = append(w, r.prices[i])
	}
	slices.Reverse(w)
	return w
}

func (r *Program) call(ctx context.Context, to common.Address, data []byte, at *big.Int) ([]byte, error) {
	return r.chain.CallContract(ctx, ethereum.CallMsg{To: &to, Data: data}, at)
}

// price is the collateral's oracle price in USD.
func (r *Program) price(ctx context.Context, at *big.Int) (float64, error) {
	o := bindings.NewAaveOracle()
	out, err := r.call(ctx, r.cfg.Oracle, o.PackGetAssetPrice(r.cfg.Collateral.Asset), at)
	if err != nil {
		return 0, fmt.Errorf("risk: oracle price of %s: %w", r.cfg.Collateral.Symbol, err)
	}
	p, err := o.UnpackGetAssetPrice(out)
	if err != nil {
		return 0, err
	}
	f, _ := new(big.Float).Quo(new(big.Float).SetInt(p), big.NewFloat(1e8)).Float64()
	return f, nil
}

// readPosition re-reads one borrower's account.
func (r *Program) readPosition(ctx context.Context, user common.Address, at *big.Int) error {
	out, err := r.call(ctx, r.cfg.Pool, r.pool.PackGetUserAccountData(user), at)
	if err != nil {
		return fmt.Errorf("risk: account of %s: %w", user, err)
	}
	a, err := r.pool.UnpackGetUserAccountData(out)
	if err != nil {
		return err
	}
	if a.TotalCollateralBase.Sign() == 0 && a.TotalDebtBase.Sign() == 0 {
		delete(r.positions, user)
		return nil
	}
	f := func(x *big.Int, scale float64) float64 { v, _ := new(big.Float).SetInt(x).Float64(); return v / scale }
	hf := math.Inf(1)
	if a.TotalDebtBase.Sign() > 0 {
		hf = f(a.HealthFactor, 1e18)
	}
	r.positions[user] = Position{Collateral: f(a.TotalCollateralBase, 1e8), Debt: f(a.TotalDebtBase, 1e8), HealthFactor: hf}
	return nil
}

// reserve reads the collateral's configuration and usage, and the borrowed
// reserve's utilisation.
func (r *Program) reserve(ctx context.Context, at *big.Int) (Params, Usage, float64, error) {
	rd := func(asset common.Address) (bindings.DataTypesReserveData, error) {
		out, err := r.call(ctx, r.cfg.Pool, r.pool.PackGetReserveData(asset), at)
		if err != nil {
			return bindings.DataTypesReserveData{}, fmt.Errorf("risk: reserve %s: %w", asset, err)
		}
		return r.pool.UnpackGetReserveData(out)
	}
	supply := func(token common.Address) (*big.Int, error) {
		t := bindings.NewTestToken()
		out, err := r.call(ctx, token, t.PackTotalSupply(), at)
		if err != nil {
			return nil, err
		}
		return t.UnpackTotalSupply(out)
	}
	c, err := rd(r.cfg.Collateral.Asset)
	if err != nil {
		return Params{}, Usage{}, 0, err
	}
	conf := contracts.DecodeReserveConfiguration(c.Configuration.Data)
	cur := Params{LTV: int64(conf.LTV), LiquidationThreshold: int64(conf.LiquidationThreshold), LiquidationBonus: int64(conf.LiquidationBonus),
		SupplyCap: int64(conf.SupplyCap), BorrowCap: int64(conf.BorrowCap)}
	usage, err := r.usage(ctx, r.cfg.Collateral.Asset, c, at)
	if err != nil {
		return Params{}, Usage{}, 0, err
	}
	b, err := rd(r.cfg.Borrowed.Asset)
	if err != nil {
		return Params{}, Usage{}, 0, err
	}
	bs, err := supply(b.ATokenAddress)
	if err != nil {
		return Params{}, Usage{}, 0, err
	}
	bb, err := supply(b.VariableDebtTokenAddress)
	if err != nil {
		return Params{}, Usage{}, 0, err
	}
	util := 0.0
	if bs.Sign() > 0 {
		util, _ = new(big.Float).Quo(new(big.Float).SetInt(bb), new(big.Float).SetInt(bs)).Float64()
	}
	return cur, usage, util, nil
}

// usage is what the reserve c of asset holds at block at, as
// AaveRiskSteward.usageOf counts it (and Aave's cap checks do): supplied =
// aToken supply + accruedToTreasury × normalized income (rayMul, half up),
// borrowed = variable + stable debt; in whole tokens rounded up (UsageOf).
func (r *Program) usage(ctx context.Context, asset common.Address, c bindings.DataTypesReserveData, at *big.Int) (Usage, error) {
	tok := bindings.NewTestToken()
	supply := func(token common.Address) (*big.Int, error) {
		out, err := r.call(ctx, token, tok.PackTotalSupply(), at)
		if err != nil {
			return nil, fmt.Errorf("risk: totalSupply of %s: %w", token, err)
		}
		return tok.UnpackTotalSupply(out)
	}
	sup, err := supply(c.ATokenAddress)
	if err != nil {
		return Usage{}, err
	}
	out, err := r.call(ctx, r.cfg.Pool, r.pool.PackGetReserveNormalizedIncome(asset), at)
	if err != nil {
		return Usage{}, fmt.Errorf("risk: normalized income of %s: %w", asset, err)
	}
	income, err := r.pool.UnpackGetReserveNormalizedIncome(out)
	if err != nil {
		return Usage{}, err
	}
	sup.Add(sup, rayMul(c.AccruedToTreasury, income))
	bor := new(big.Int)
	for _, debt := range []common.Address{c.VariableDebtTokenAddress, c.StableDebtTokenAddress} {
		if debt == (common.Address{}) {
			continue // a reserve without stable-rate debt (Aave v3.2 on)
		}
		d, err := supply(debt)
		if err != nil {
			return Usage{}, err
		}
		bor.Add(bor, d)
	}
	return UsageOf(sup, bor, r.cfg.Collateral.Decimals), nil
}

// rayMul is Aave's WadRayMath.rayMul: a × b / 1e27, half up.
func rayMul(a, b *big.Int) *big.Int {
	ray := new(big.Int).Exp(big.NewInt(10), big.NewInt(27), nil)
	p := new(big.Int).Mul(a, b)
	p.Add(p, new(big.Int).Rsh(ray, 1))
	return p.Quo(p, ray)
}

// Inputs asks for one inference on the features once the price window is full.
func (r *Program) Inputs(obs program.Observation) ([]program.Input, bool, error) {
	o, ok := obs.Private.(observation)
	if !ok || len(r.prices) < r.span() || o.feats == nil {
		return nil, false, nil
	}
	return []program.Input{{Features: slices.Clone(o.feats)}}, true, nil
}

// Decide moves the collateral's parameters towards the model's risk: the
// changed ones in one call to the steward; none changed, hold.
func (r *Program) Decide(obs program.Observation, outputs []program.Output) (program.Plan, error) {
	o, ok := obs.Private.(observation)
	if !ok || len(outputs) != 1 || len(outputs[0].Values) == 0 || outputs[0].Scale <= 0 {
		return program.Plan{}, errors.New("risk: Decide needs an observation and one output")
	}
	riskBps := outputs[0].Values[0] * PercentageFactor / outputs[0].Scale
	base := r.cfg.Collateral.Base
	next := Target(base, o.cur, o.usage, riskBps, r.cfg.Policy)
	action := map[string]any{"risk": riskBps, contracts.AaveLTV: next.LTV, contracts.AaveLiquidationThreshold: next.LiquidationThreshold,
		contracts.AaveLiquidationBonus: next.LiquidationBonus, contracts.AaveSupplyCap: next.SupplyCap, contracts.AaveBorrowCap: next.BorrowCap}
	if !material(o.cur, next, r.cfg.MinChange, r.cfg.MinCapChange) {
		return program.Plan{Hold: true, Reason: fmt.Sprintf("risk %d bps: every change is below %d bps (caps %d bps)", riskBps, r.cfg.MinChange, r.cfg.MinCapChange), Action: action}, nil
	}
	call := program.Call{Target: r.cfg.Steward}
	for i, pair := range [][2]int64{{o.cur.LTV, next.LTV}, {o.cur.LiquidationThreshold, next.LiquidationThreshold},
		{o.cur.LiquidationBonus, next.LiquidationBonus}, {o.cur.SupplyCap, next.SupplyCap}, {o.cur.BorrowCap, next.BorrowCap}} {
		if pair[0] != pair[1] {
			call.Params = append(call.Params, contracts.Param(contracts.AaveParam(r.cfg.Collateral.Symbol, fields[i])))
			call.Values = append(call.Values, big.NewInt(pair[1]))
		}
	}
	if len(call.Params) == 0 {
		return program.Plan{Hold: true, Reason: fmt.Sprintf("risk %d bps: the parameters are where they should be", riskBps), Action: action}, nil
	}
	return program.Plan{Action: action, Calls: []program.Call{call}, Context: commit.Context{Strategy: DerivationName,
		Values: append(symbolWords(r.cfg.Collateral.Symbol), derivationValues(base, o.cur, o.usage, r.cfg.Policy)...)}}, nil
}

// material reports whether next moves LTV, threshold or bonus by at least
// minBps from cur, a cap by at least minCapBps of it, or sets or lifts a cap.
func material(cur, next Params, minBps, minCapBps int64) bool {
	abs := func(x int64) int64 { return max(x, -x) }
	for _, pair := range [][2]int64{{cur.LTV, next.LTV}, {cur.LiquidationThreshold, next.LiquidationThreshold}, {cur.LiquidationBonus, next.LiquidationBonus}} {
		if pair[0] != pair[1] && abs(pair[1]-pair[0]) >= minBps {
			return true
		}
	}
	for _, pair := range [][2]int64{{cur.SupplyCap, next.SupplyCap}, {cur.BorrowCap, next.BorrowCap}} {
		if pair[0] != pair[1] && (pair[0] == 0 || pair[1] == 0 || abs(pair[1]-pair[0])*PercentageFactor >= minCapBps*pair[0]) {
			return true
		}
	}
	return false
}

// symbolWords packs a reserve symbol (at most 14 bytes) into two int64s
// of 7 bytes each, zero-padded, for the published context.
func symbolWords(s string) []int64 {
	var b [14]byte
	copy(b[:], s)
	w := make([]int64, 2)
	for i := range 14 {
		w[i/7] = w[i/7]<<8 | int64(b[i])
	}
	return w
}

// wordsSymbol is the inverse of symbolWords.
func wordsSymbol(w []int64) (string, error) {
	var b []byte
	for _, x := range w {
		if x < 0 || x >= 1<<56 {
			return "", fmt.Errorf("risk: %d is not 7 bytes of a symbol", x)
		}
		for i := 6; i >= 0; i-- {
			if c := byte(x >> (8 * i)); c != 0 {
				b = append(b, c)
			}
		}
	}
	return string(b), nil
}

// derivationValues publishes what Target needs beside the output.
func derivationValues(base, cur Params, u Usage, p Policy) []int64 {
	return []int64{base.LTV, base.LiquidationThreshold, base.LiquidationBonus, base.SupplyCap, base.BorrowCap,
		cur.LTV, cur.LiquidationThreshold, cur.LiquidationBonus, cur.SupplyCap, cur.BorrowCap,
		u.Supplied, u.Borrowed, p.LTVCut, p.ThresholdCut, p.BonusRaise, p.CapFloor, p.CapHeadroom, p.MaxStep, p.MaxCapStep}
}
