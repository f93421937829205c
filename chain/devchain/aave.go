package devchain

import (
	"context"
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// The two reserves of Aave v3's Ethereum market the dev market copies, as
// the shared snapshot ../shared/data/aave-v3-reserve-params/
// Aave_Protocol_Parameter_ethereum.csv holds them (UiPoolDataProvider,
// lastUpdateTimestamp ≈ 1742379311, 2025-03-19). Rates there are rays;
// every one is a whole number of basis points (1 bp = 1e23 ray), kept here
// in basis points.
const (
	// Row 2: WETH, 0xc02aaa39b223fe8d0a0e5c4f27ead9083c756cc2, 18 decimals.
	ethWETHLTV                  = 8050
	ethWETHLiquidationThreshold = 8300
	ethWETHLiquidationBonus     = 10500
	ethWETHReserveFactor        = 1500
	ethWETHSupplyCap            = 3_000_000 // WETH
	ethWETHBorrowCap            = 2_700_000 // WETH
	ethWETHOptimalUsageBps      = 9000      // optimalUsageRatio 0.9e27
	ethWETHBaseVariableBps      = 0         // baseVariableBorrowRate 0
	ethWETHSlope1Bps            = 270       // variableRateSlope1 0.027e27
	ethWETHSlope2Bps            = 8000      // variableRateSlope2 0.8e27

	// Row 5: USDC, 0xa0b86991c6218b36c1d19d4a2e9eb0ce3606eb48, 6 decimals.
	ethUSDCLTV                  = 7500
	ethUSDCLiquidationThreshold = 7800
	ethUSDCLiquidationBonus     = 10450
	ethUSDCReserveFactor        = 1000
	ethUSDCSupplyCap            = 4_800_000_000 // USDC
	ethUSDCBorrowCap            = 4_320_000_000 // USDC
	ethUSDCOptimalUsageBps      = 9200          // optimalUsageRatio 0.92e27
	ethUSDCBaseVariableBps      = 0             // baseVariableBorrowRate 0
	ethUSDCSlope1Bps            = 800           // variableRateSlope1 0.08e27
	ethUSDCSlope2Bps            = 3500          // variableRateSlope2 0.35e27
)

// Defaults of AaveParams and the guard's bounds for AaveRiskSteward.
const (
	// DefaultAaveMarketID is the PoolAddressesProvider's market id.
	DefaultAaveMarketID = "Steward Dev Aave Market"
	// DefaultAaveCooldown is the guard's cooldown, in blocks, on each
	// steward parameter: Aave's own risk stewards wait days between
	// changes of one parameter; a dev chain waits a few blocks.
	DefaultAaveCooldown = 3
	// AaveBpsRange is how far the guard lets LTV, liquidation threshold
	// and bonus move from the real value, in basis points either way.
	AaveBpsRange = 1500
	// AaveBpsStep is the guard's largest change of LTV, threshold or bonus
	// per update, in basis points.
	AaveBpsStep = 500
	// AaveCapFactor: the guard lets a cap move between 0 and this many
	// times the real cap ...
	AaveCapFactor = 10
	// AaveCapStepBps ... by at most this share of its current value per
	// update (50 %).
	AaveCapStepBps = 5000
	// AaveBaseCurrencyUnit is the oracle's unit: prices are USD with 8 decimals.
	AaveBaseCurrencyUnit = 100_000_000
	// aaveInitBatch: initReserves takes at most this many reserves per
	// transaction (TOOLCHAIN.md: more and the transaction gets too large).
	aaveInitBatch = 3
	// aaveMaxSymbol keeps "<symbol>.liquidationThreshold" within a bytes32.
	aaveMaxSymbol = 32 - len(".liquidationThreshold")
)

// rayBps is bps basis points as a ray (1e27 = 100 %).
func rayBps(bps int64) *big.Int {
	return new(big.Int).Mul(big.NewInt(bps), new(big.Int).Exp(big.NewInt(10), big.NewInt(23), nil))
}

// AaveRisk is the risk configuration of a reserve, in Aave's units.
type AaveRisk struct {
	// LTV, LiquidationThreshold and ReserveFactor are basis points;
	// LiquidationBonus includes the 100 % (10500 pays 5 %).
	LTV, LiquidationThreshold, LiquidationBonus, ReserveFactor uint64
	// SupplyCap and BorrowCap are whole tokens; 0 means no cap.
	SupplyCap, BorrowCap uint64
}

// AaveRates are a DefaultReserveInterestRateStrategy's variable-rate
// parameters, in basis points (Aave takes them as rays). The stable-rate
// parameters are zero: stable borrowing is off, as in the snapshot's
// markets (Aave 3.2 removed it).
type AaveRates struct {
	OptimalUsage, BaseVariable, Slope1, Slope2 int64
}

// AaveReserve is one reserve of the dev market: a new open-mint TestToken,
// its price feed and its configuration.
type AaveReserve struct {
	// Symbol names the token and prefixes its guarded parameters
	// ("dWETH.ltv"); at most 11 bytes. Required.
	Symbol string
	// Name is the token's name. Required.
	Name string
	// Decimals of the token.
	Decimals uint8
	// Price is the feed's first answer: USD with 8 decimals. Required, positive.
	Price *big.Int
	// Risk is applied by the pool admin at deployment; the guard's bounds
	// for the steward's parameters are set around it (AaveGuardBounds).
	Risk  AaveRisk
	Rates AaveRates
}

// AaveUSDC is the dev market's stablecoin: dUSDC (6 decimals, $1.00) with
// the configuration of Aave v3 Ethereum's USDC reserve.
func AaveUSDC() AaveReserve {
	return AaveReserve{Symbol: "dUSDC", Name: "Dev USD Coin", Decimals: 6, Price: big.NewInt(AaveBaseCurrencyUnit),
		Risk: AaveRisk{LTV: ethUSDCLTV, LiquidationThreshold: ethUSDCLiquidationThreshold,
			LiquidationBonus: ethUSDCLiquidationBonus, ReserveFactor: ethUSDCReserveFactor,
			SupplyCap: ethUSDCSupplyCap, BorrowCap: ethUSDCBorrowCap},
		Rates: AaveRates{OptimalUsage: ethUSDCOptimalUsageBps, BaseVariable: ethUSDCBaseVariableBps,
			Slope1: ethUSDCSlope1Bps, Slope2: ethUSDCSlope2Bps}}
}

// AaveWETH is the dev market's volatile collateral: dWETH (18 decimals)
// priced at the first block of WETHCrashPath, with the configuration of
// Aave v3 Ethereum's WETH reserve.
func AaveWETH() AaveReserve {
	return AaveReserve{Symbol: "dWETH", Name: "Dev Wrapped Ether", Decimals: 18, Price: WETHCrashPath()[0],
		Risk: AaveRisk{LTV: ethWETHLTV, LiquidationThreshold: ethWETHLiquidationThreshold,
			LiquidationBonus: ethWETHLiquidationBonus, ReserveFactor: ethWETHReserveFactor,
			SupplyCap: ethWETHSupplyCap, BorrowCap: ethWETHBorrowCap},
		Rates: AaveRates{OptimalUsage: ethWETHOptimalUsageBps, BaseVariable: ethWETHBaseVariableBps,
			Slope1: ethWETHSlope1Bps, Slope2: ethWETHSlope2Bps}}
}

// AaveParams describes the market DeployAave builds.
type AaveParams struct {
	// Guard is the ParameterGuard that drives AaveRiskSteward; the
	// operator must own it, since DeployAave sets the steward's bounds on
	// it. Required (Chain.DeployAave defaults it to the chain's guard).
	Guard common.Address
	// Reserves are the market's reserves, at least one, symbols distinct.
	// Defaults to AaveUSDC and AaveWETH.
	Reserves []AaveReserve
	// Treasury receives the reserves' protocol share. Defaults to the operator.
	Treasury common.Address
	// CooldownBlocks is the guard's cooldown on every steward parameter.
	// Defaults to DefaultAaveCooldown.
	CooldownBlocks uint64
	// MarketID is the PoolAddressesProvider's market id. Defaults to DefaultAaveMarketID.
	MarketID string
	// Progress, if set, receives a line per round and per transaction sent
	// (what it is, its full hash, a creation's address, its gas limit), as
	// Deploy's does.
	Progress io.Writer
}

func (p AaveParams) withDefaults(operator common.Address) AaveParams {
	if len(p.Reserves) == 0 {
		p.Reserves = []AaveReserve{AaveUSDC(), AaveWETH()}
	}
	p.Reserves = slices.Clone(p.Reserves)
	if p.Treasury == (common.Address{}) {
		p.Treasury = operator
	}
	if p.CooldownBlocks == 0 {
		p.CooldownBlocks = DefaultAaveCooldown
	}
	if p.MarketID == "" {
		p.MarketID = DefaultAaveMarketID
	}
	return p
}

func (p AaveParams) validate() error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	if p.Guard == (common.Address{}) {
		return bad("AaveParams.Guard is not set")
	}
	seen := map[string]bool{}
	for i, r := range p.Reserves {
		field := fmt.Sprintf("AaveParams.Reserves[%d]", i)
		switch {
		case r.Symbol == "" || len(r.Symbol) > aaveMaxSymbol || strings.ContainsAny(r.Symbol, ". \x00"):
			return bad("%s.Symbol %q must be 1 to %d bytes without dots or spaces", field, r.Symbol, aaveMaxSymbol)
		case seen[r.Symbol]:
			return bad("%s.Symbol %q repeats another reserve's", field, r.Symbol)
		case r.Name == "":
			return bad("%s.Name is empty", field)
		case r.Price == nil || r.Price.Sign() <= 0:
			return bad("%s.Price %v must be positive", field, r.Price)
		case r.Risk.LTV > r.Risk.LiquidationThreshold:
			return bad("%s.Risk.LTV %d is above its LiquidationThreshold %d", field, r.Risk.LTV, r.Risk.LiquidationThreshold)
		case r.Risk.LiquidationThreshold == 0 || r.Risk.LiquidationBonus <= 10_000 ||
			r.Risk.LiquidationThreshold*r.Risk.LiquidationBonus > 10_000*10_000:
			return bad("%s.Risk: threshold %d × bonus %d must be positive and at most 100 %%, the bonus above 100 %%",
				field, r.Risk.LiquidationThreshold, r.Risk.LiquidationBonus)
		case r.Risk.ReserveFactor > 10_000:
			return bad("%s.Risk.ReserveFactor %d is above 100 %%", field, r.Risk.ReserveFactor)
		case r.Risk.SupplyCap > maxAaveCap/AaveCapFactor || r.Risk.BorrowCap > maxAaveCap/AaveCapFactor:
			return bad("%s.Risk caps must be at most %d so the guard's bound (%d×) fits Aave's", field, maxAaveCap/AaveCapFactor, AaveCapFactor)
		case r.Rates.OptimalUsage <= 0 || r.Rates.OptimalUsage > 10_000 || r.Rates.BaseVariable < 0 ||
			r.Rates.Slope1 < 0 || r.Rates.Slope2 < 0:
			return bad("%s.Rates %+v: optimal usage in (0, 10000] bps, the rest non-negative", field, r.Rates)
		}
		seen[r.Symbol] = true
	}
	return nil
}

// maxAaveCap is the largest cap Aave's configuration holds (36 bits).
const maxAaveCap = 1<<36 - 1

// AaveBound is the guard's limits for one AaveRiskSteward parameter and the
// value the guard starts from (the reserve's real one).
type AaveBound struct {
	Param   string // AaveParam(symbol, field)
	Bounds  Bounds
	Initial int64
}

// AaveGuardBounds are the guard's bounds for r's steward parameters, around
// its real configuration:
//
//	ltv                   ±AaveBpsRange within [0, threshold − 1], step AaveBpsStep
//	liquidationThreshold  ±AaveBpsRange within [0, 10000²/bonus], step AaveBpsStep
//	liquidationBonus      ±AaveBpsRange within [10000, …], step AaveBpsStep
//	supplyCap, borrowCap  [0, AaveCapFactor × cap], step AaveCapStepBps of the current cap
//
// each with cooldown blocks between changes. They bound each parameter on
// its own; Aave's joint invariants (LTV ≤ threshold, threshold × bonus ≤
// 100 %) are Aave's to enforce, and a change breaking them reverts there.
func AaveGuardBounds(r AaveReserve, cooldown uint64) []AaveBound {
	ltv, lt, bonus := int64(r.Risk.LTV), int64(r.Risk.LiquidationThreshold), int64(r.Risk.LiquidationBonus)
	bps := func(lo, hi int64) Bounds {
		return Bounds{Min: lo, Max: hi, MaxStep: AaveBpsStep, CooldownBlocks: cooldown}
	}
	capBounds := func(c uint64) Bounds {
		top := int64(c) * AaveCapFactor
		return Bounds{Min: 0, Max: top, MaxStep: top, MaxStepBps: AaveCapStepBps, CooldownBlocks: cooldown}
	}
	return []AaveBound{
		{contracts.AaveParam(r.Symbol, contracts.AaveLTV), bps(max(0, ltv-AaveBpsRange), min(ltv+AaveBpsRange, lt-1)), ltv},
		{contracts.AaveParam(r.Symbol, contracts.AaveLiquidationThreshold),
			bps(max(0, lt-AaveBpsRange), min(lt+AaveBpsRange, 10_000*10_000/bonus)), lt},
		{contracts.AaveParam(r.Symbol, contracts.AaveLiquidationBonus), bps(max(10_000, bonus-AaveBpsRange), bonus+AaveBpsRange), bonus},
		{contracts.AaveParam(r.Symbol, contracts.AaveSupplyCap), capBounds(r.Risk.SupplyCap), int64(r.Risk.SupplyCap)},
		{contracts.AaveParam(r.Symbol, contracts.AaveBorrowCap), capBounds(r.Risk.BorrowCap), int64(r.Risk.BorrowCap)},
	}
}

// AaveMarket holds the addresses of what DeployAave deployed.
type AaveMarket struct {
	Provider     common.Address // PoolAddressesProvider (owner: the operator)
	ACLManager   common.Address // the operator is ACL admin and pool admin; Steward is the only risk admin
	Oracle       common.Address // AaveOracle over the reserves' DevPriceFeeds, USD with 8 decimals
	Pool         common.Address // the Pool proxy
	Configurator common.Address // the PoolConfigurator proxy
	DataProvider common.Address // AaveProtocolDataProvider
	// PoolImpl, ConfiguratorImpl and the token implementations behind the
	// proxies (each reserve's tokens are proxies of these).
	PoolImpl, ConfiguratorImpl               common.Address
	ATokenImpl, StableDebtImpl, VariableImpl common.Address
	// Libraries maps each linked logic library's name to its address.
	Libraries map[string]common.Address
	// Steward is the AaveRiskSteward, holding RISK_ADMIN, moved only by Guard.
	Steward common.Address
	// Guard is the ParameterGuard with the steward's bounds.
	Guard common.Address
	// Reserves are the reserves, in AaveParams.Reserves' order.
	Reserves []AaveMarketReserve
	// Gas is what the deployment's transactions used in all.
	Gas uint64
}

// AaveMarketReserve is one reserve of a deployed market.
type AaveMarketReserve struct {
	AaveReserve
	Asset        common.Address // the TestToken
	Feed         common.Address // its DevPriceFeed (owner: the operator)
	Strategy     common.Address // its DefaultReserveInterestRateStrategy
	AToken       common.Address // proxies created by initReserves
	StableDebt   common.Address
	VariableDebt common.Address
}

// Reserve returns the reserve with the given symbol.
func (m AaveMarket) Reserve(symbol string) (AaveMarketReserve, bool) {
	for _, r := range m.Reserves {
		if r.Symbol == symbol {
			return r, true
		}
	}
	return AaveMarketReserve{}, false
}

// reserveOf returns the reserve of asset.
func (m AaveMarket) reserveOf(asset common.Address) (AaveMarketReserve, error) {
	for _, r := range m.Reserves {
		if r.Asset == asset {
			return r, nil
		}
	}
	return AaveMarketReserve{}, fmt.Errorf("%w: %s is not a reserve of the market at %s", ErrInvalidConfig, asset.Hex(), m.Pool.Hex())
}

// aaveLibraries are the logic libraries, in deployment order; FlashLoanLogic
// links BorrowLogic, so it comes in a later round.
var aaveLibraries = []struct {
	name  string
	meta  *bind.MetaData
	round int
}{
	{"SupplyLogic", &bindings.SupplyLogicMetaData, 1},
	{"BorrowLogic", &bindings.BorrowLogicMetaData, 1},
	{"LiquidationLogic", &bindings.LiquidationLogicMetaData, 1},
	{"EModeLogic", &bindings.EModeLogicMetaData, 1},
	{"BridgeLogic", &bindings.BridgeLogicMetaData, 1},
	{"PoolLogic", &bindings.PoolLogicMetaData, 1},
	{"ConfiguratorLogic", &bindings.ConfiguratorLogicMetaData, 1},
	{"FlashLoanLogic", &bindings.FlashLoanLogicMetaData, 2},
}

// link returns meta's init code with each library placeholder (__$ID$__ of
// each of meta.Deps) replaced by the library's address in libs.
func link(meta *bind.MetaData, libs map[string]common.Address) ([]byte, error) {
	bin := meta.Bin
	for _, dep := range meta.Deps {
		addr, ok := libs[dep.ID]
		if !ok || addr == (common.Address{}) {
			return nil, fmt.Errorf("link: library %s is not deployed", dep.ID)
		}
		bin = strings.ReplaceAll(bin, "__$"+dep.ID+"$__", strings.ToLower(addr.Hex()[2:]))
	}
	if i := strings.Index(bin, "__$"); i >= 0 {
		return nil, fmt.Errorf("link: unresolved placeholder %s", bin[i:min(len(bin), i+40)])
	}
	return common.FromHex(bin), nil
}

// DeployAave deploys an Aave v3 market (the real core-v3 1.19.3 bytecode)
// beside an existing guard, in seven rounds (each estimated, sent at once,
// then waited for, as Deploy does):
//
//	round 1  the logic libraries but FlashLoanLogic, PoolAddressesProvider,
//	         the reserves' TestTokens and DevPriceFeeds
//	round 2  FlashLoanLogic (links BorrowLogic), the PoolConfigurator
//	         implementation (links ConfiguratorLogic), provider.setACLAdmin,
//	         AaveProtocolDataProvider, the rate strategies, AaveOracle
//	round 3  ACLManager (after setACLAdmin: its constructor reads the admin),
//	         the Pool implementation (links seven libraries)
//	round 4  provider.setACLManager, setPriceOracle, setPoolDataProvider,
//	         setPoolImpl (creates the Pool proxy), the operator as pool admin
//	round 5  provider.setPoolConfiguratorImpl (creates its proxy); the
//	         AToken, StableDebtToken, VariableDebtToken implementations
//	         (their constructors read the Pool proxy)
//	round 6  configurator.initReserves (≤ 3 reserves a transaction), AaveRiskSteward
//	round 7  each reserve's risk configuration by the pool admin (borrowing,
//	         collateral, reserve factor, caps, flash loans), the steward as
//	         RISK_ADMIN, the guard's bounds for the steward's parameters
//
// The operator stays the provider's owner, ACL admin and pool admin (it
// could reconfigure everything, as Aave's governance executor can); the
// steward is the only risk admin, and the guard the only caller the steward
// obeys, so an agent's changes go through the guard's bounds and then
// Aave's own checks. Not resumable: an interrupted run leaves what it
// deployed, and a new run deploys everything again.
func (o *Operator) DeployAave(ctx context.Context, p AaveParams) (AaveMarket, error) {
	p = p.withDefaults(o.addr)
	if err := p.validate(); err != nil {
		return AaveMarket{}, err
	}
	var (
		m = AaveMarket{Guard: p.Guard, Libraries: map[string]common.Address{},
			Reserves: make([]AaveMarketReserve, len(p.Reserves))}
		r       = &deployRun{op: o}
		libs    = make(map[string]common.Address, len(aaveLibraries)) // by link ID
		libAddr = make([]common.Address, len(aaveLibraries))
		// ABIs
		provider     = bindings.NewPoolAddressesProvider()
		acl          = bindings.NewACLManager()
		configurator = bindings.NewPoolConfigurator()
		pool         = bindings.NewPool()
		token        = bindings.NewTestToken()
		feed         = bindings.NewDevPriceFeed()
		guard        = bindings.NewParameterGuard()
	)
	for i := range p.Reserves {
		m.Reserves[i].AaveReserve = p.Reserves[i]
	}
	call := func(name string, to *common.Address, data func() []byte) deployStep {
		return deployStep{name: name, txs: func(uint64) []deployTx {
			return []deployTx{{name: name, to: to, data: data()}}
		}}
	}
	// linked creates meta's contract once the libraries it links are mined.
	linked := func(name string, at *common.Address, meta *bind.MetaData, args func() []byte) deployStep {
		return deployStep{name: name, txs: func(uint64) []deployTx {
			code, err := link(meta, libs)
			if err != nil {
				// Only if aaveLibraries lacks a library or deploys it in a
				// later round: a defect of this file, which every
				// deployment (TestAaveMarketDeployment) would hit.
				panic(fmt.Sprintf("DeployAave %s: %v", name, err))
			}
			if args != nil {
				code = append(code, args()...)
			}
			return []deployTx{{name: name, data: code, created: at}}
		}}
	}
	libsOf := func(round int) []deployStep {
		var steps []deployStep
		for i, lib := range aaveLibraries {
			if lib.round == round {
				steps = append(steps, linked(lib.name, &libAddr[i], lib.meta, nil))
			}
		}
		return steps
	}
	recordLibs := func(context.Context) error {
		for i, lib := range aaveLibraries {
			if libAddr[i] != (common.Address{}) {
				libs[lib.meta.ID], m.Libraries[lib.name] = libAddr[i], libAddr[i]
			}
		}
		return nil
	}
	reserveSteps := func(each func(res *AaveMarketReserve) []deployStep) []deployStep {
		var steps []deployStep
		for i := range m.Reserves {
			steps = append(steps, each(&m.Reserves[i])...)
		}
		return steps
	}
	assets := func() []common.Address {
		var a []common.Address
		for _, res := range m.Reserves {
			a = append(a, res.Asset)
		}
		return a
	}

	rounds := []deployRound{
		{n: 1, title: "libraries, addresses provider, tokens, price feeds", steps: slices.Concat(libsOf(1),
			[]deployStep{r.create(creation{name: "PoolAddressesProvider", at: &m.Provider, bin: bindings.PoolAddressesProviderMetaData.Bin,
				args: func() []byte { return provider.PackConstructor(p.MarketID, o.addr) }})},
			reserveSteps(func(res *AaveMarketReserve) []deployStep {
				return []deployStep{
					r.create(creation{name: res.Symbol, at: &res.Asset, bin: bindings.TestTokenMetaData.Bin,
						args: func() []byte { return token.PackConstructor(res.Name, res.Symbol, res.Decimals) }}),
					r.create(creation{name: res.Symbol + " feed", at: &res.Feed, bin: bindings.DevPriceFeedMetaData.Bin,
						args: func() []byte { return feed.PackConstructor(res.Price, 8, res.Symbol+" / USD") }}),
				}
			})), after: recordLibs},
		{n: 2, title: "FlashLoanLogic, configurator implementation, ACL admin, data provider, rate strategies, oracle",
			steps: slices.Concat(libsOf(2), []deployStep{
				linked("PoolConfigurator (implementation)", &m.ConfiguratorImpl, &bindings.PoolConfiguratorMetaData, nil),
				call("provider.setACLAdmin(operator)", &m.Provider, func() []byte { return provider.PackSetACLAdmin(o.addr) }),
				r.create(creation{name: "AaveProtocolDataProvider", at: &m.DataProvider, bin: bindings.AaveProtocolDataProviderMetaData.Bin,
					args: func() []byte { return bindings.NewAaveProtocolDataProvider().PackConstructor(m.Provider) }}),
				r.create(creation{name: "AaveOracle", at: &m.Oracle, bin: bindings.AaveOracleMetaData.Bin,
					args: func() []byte {
						var feeds []common.Address
						for _, res := range m.Reserves {
							feeds = append(feeds, res.Feed)
						}
						// No fallback oracle; base currency USD (address 0), 8 decimals.
						return bindings.NewAaveOracle().PackConstructor(m.Provider, assets(), feeds, common.Address{},
							common.Address{}, big.NewInt(AaveBaseCurrencyUnit))
					}}),
			}, reserveSteps(func(res *AaveMarketReserve) []deployStep {
				return []deployStep{r.create(creation{name: res.Symbol + " rate strategy", at: &res.Strategy,
					bin: bindings.DefaultReserveInterestRateStrategyMetaData.Bin,
					args: func() []byte {
						z := new(big.Int)
						return bindings.NewDefaultReserveInterestRateStrategy().PackConstructor(m.Provider,
							rayBps(res.Rates.OptimalUsage), rayBps(res.Rates.BaseVariable), rayBps(res.Rates.Slope1),
							rayBps(res.Rates.Slope2), z, z, z, z, z)
					}})}
			})), after: recordLibs},
		{n: 3, title: "ACL manager, pool implementation", steps: []deployStep{
			r.create(creation{name: "ACLManager", at: &m.ACLManager, bin: bindings.ACLManagerMetaData.Bin,
				args: func() []byte { return acl.PackConstructor(m.Provider) }}),
			linked("Pool (implementation)", &m.PoolImpl, &bindings.PoolMetaData, func() []byte { return pool.PackConstructor(m.Provider) }),
		}},
		{n: 4, title: "provider wiring, pool proxy, pool admin", steps: []deployStep{
			call("provider.setACLManager", &m.Provider, func() []byte { return provider.PackSetACLManager(m.ACLManager) }),
			call("provider.setPriceOracle", &m.Provider, func() []byte { return provider.PackSetPriceOracle(m.Oracle) }),
			call("provider.setPoolDataProvider", &m.Provider, func() []byte { return provider.PackSetPoolDataProvider(m.DataProvider) }),
			call("provider.setPoolImpl", &m.Provider, func() []byte { return provider.PackSetPoolImpl(m.PoolImpl) }),
			call("acl.addPoolAdmin(operator)", &m.ACLManager, func() []byte { return acl.PackAddPoolAdmin(o.addr) }),
		}, after: func(ctx context.Context) (err error) {
			m.Pool, err = view(ctx, o.cfg.Client, m.Provider, provider.PackGetPool(), provider.UnpackGetPool)
			return err
		}},
		{n: 5, title: "configurator proxy, token implementations", steps: []deployStep{
			call("provider.setPoolConfiguratorImpl", &m.Provider, func() []byte { return provider.PackSetPoolConfiguratorImpl(m.ConfiguratorImpl) }),
			r.create(creation{name: "AToken (implementation)", at: &m.ATokenImpl, bin: bindings.ATokenMetaData.Bin,
				args: func() []byte { return bindings.NewAToken().PackConstructor(m.Pool) }}),
			r.create(creation{name: "StableDebtToken (implementation)", at: &m.StableDebtImpl, bin: bindings.StableDebtTokenMetaData.Bin,
				args: func() []byte { return bindings.NewStableDebtToken().PackConstructor(m.Pool) }}),
			r.create(creation{name: "VariableDebtToken (implementation)", at: &m.VariableImpl, bin: bindings.VariableDebtTokenMetaData.Bin,
				args: func() []byte { return bindings.NewVariableDebtToken().PackConstructor(m.Pool) }}),
		}, after: func(ctx context.Context) (err error) {
			m.Configurator, err = view(ctx, o.cfg.Client, m.Provider, provider.PackGetPoolConfigurator(), provider.UnpackGetPoolConfigurator)
			return err
		}},
		{n: 6, title: "reserves, risk steward", steps: func() []deployStep {
			var steps []deployStep
			for lo := 0; lo < len(m.Reserves); lo += aaveInitBatch {
				batch := m.Reserves[lo:min(lo+aaveInitBatch, len(m.Reserves))]
				var names []string
				for _, res := range batch {
					names = append(names, res.Symbol)
				}
				steps = append(steps, call("configurator.initReserves("+strings.Join(names, ", ")+")", &m.Configurator, func() []byte {
					in := make([]bindings.ConfiguratorInputTypesInitReserveInput, len(batch))
					for i, res := range batch {
						in[i] = bindings.ConfiguratorInputTypesInitReserveInput{
							ATokenImpl: m.ATokenImpl, StableDebtTokenImpl: m.StableDebtImpl, VariableDebtTokenImpl: m.VariableImpl,
							UnderlyingAssetDecimals: res.Decimals, InterestRateStrategyAddress: res.Strategy,
							UnderlyingAsset: res.Asset, Treasury: p.Treasury,
							ATokenName: "Aave Dev " + res.Symbol, ATokenSymbol: "a" + res.Symbol,
							VariableDebtTokenName: "Aave Dev Variable Debt " + res.Symbol, VariableDebtTokenSymbol: "variableDebt" + res.Symbol,
							StableDebtTokenName: "Aave Dev Stable Debt " + res.Symbol, StableDebtTokenSymbol: "stableDebt" + res.Symbol,
							Params: []byte{},
						}
					}
					return configurator.PackInitReserves(in)
				}))
			}
			return append(steps, r.create(creation{name: "AaveRiskSteward", at: &m.Steward, bin: bindings.AaveRiskStewardMetaData.Bin,
				args: func() []byte {
					var symbols []string
					for _, res := range m.Reserves {
						symbols = append(symbols, res.Symbol)
					}
					return bindings.NewAaveRiskSteward().PackConstructor(p.Guard, m.Configurator, m.Pool, assets(), symbols)
				}}))
		}()},
		{n: 7, title: "risk configuration, steward as risk admin, guard bounds", steps: slices.Concat(
			reserveSteps(func(res *AaveMarketReserve) []deployStep {
				u := func(v uint64) *big.Int { return new(big.Int).SetUint64(v) }
				k := res.Risk
				set := func(fn string, data func() []byte) deployStep {
					return call("configurator."+fn+"("+res.Symbol+")", &m.Configurator, data)
				}
				return []deployStep{
					set("setReserveBorrowing", func() []byte { return configurator.PackSetReserveBorrowing(res.Asset, true) }),
					set("configureReserveAsCollateral", func() []byte {
						return configurator.PackConfigureReserveAsCollateral(res.Asset, u(k.LTV), u(k.LiquidationThreshold), u(k.LiquidationBonus))
					}),
					set("setReserveFactor", func() []byte { return configurator.PackSetReserveFactor(res.Asset, u(k.ReserveFactor)) }),
					set("setSupplyCap", func() []byte { return configurator.PackSetSupplyCap(res.Asset, u(k.SupplyCap)) }),
					set("setBorrowCap", func() []byte { return configurator.PackSetBorrowCap(res.Asset, u(k.BorrowCap)) }),
					set("setReserveFlashLoaning", func() []byte { return configurator.PackSetReserveFlashLoaning(res.Asset, true) }),
				}
			}),
			[]deployStep{call("acl.addRiskAdmin(steward)", &m.ACLManager, func() []byte { return acl.PackAddRiskAdmin(m.Steward) })},
			reserveSteps(func(res *AaveMarketReserve) []deployStep {
				var steps []deployStep
				for _, b := range AaveGuardBounds(res.AaveReserve, p.CooldownBlocks) {
					steps = append(steps, call("guard.setBounds(steward, "+b.Param+")", &m.Guard, func() []byte {
						return guard.PackSetBounds(m.Steward, contracts.Param(b.Param), b.Bounds.params(), big.NewInt(b.Initial))
					}))
				}
				return steps
			})),
			after: func(ctx context.Context) error {
				for i := range m.Reserves {
					res := &m.Reserves[i]
					d, err := view(ctx, o.cfg.Client, m.Pool, pool.PackGetReserveData(res.Asset), pool.UnpackGetReserveData)
					if err != nil {
						return err
					}
					res.AToken, res.StableDebt, res.VariableDebt = d.ATokenAddress, d.StableDebtTokenAddress, d.VariableDebtTokenAddress
				}
				return nil
			}},
	}
	out := p.Progress
	if out == nil {
		out = io.Discard
	}
	for _, round := range rounds {
		fmt.Fprintf(out, "aave round %d/%d: %s\n", round.n, len(rounds), round.title)
		gas, err := o.runAaveRound(ctx, round, out)
		m.Gas += gas
		if err != nil {
			return m, fmt.Errorf("aave round %d (%s): %w", round.n, round.title, err)
		}
	}
	o.log.Info("aave market deployed", "pool", m.Pool, "configurator", m.Configurator, "oracle", m.Oracle,
		"steward", m.Steward, "guard", m.Guard, "reserves", len(m.Reserves), "gas", m.Gas)
	return m, nil
}

// runAaveRound is deployRun.run without a state file, returning the gas
// the round's transactions used: each transaction estimated on the state
// the earlier rounds left, all sent (a line each to out), one block asked
// for, all waited for.
func (o *Operator) runAaveRound(ctx context.Context, round deployRound, out io.Writer) (uint64, error) {
	type queued struct {
		deployTx
		gas uint64
	}
	var todo []queued
	next := o.NextNonce()
	for _, s := range round.steps {
		for _, tx := range s.txs(next + uint64(len(todo))) {
			gas, err := o.EstimateGas(ctx, tx.to, tx.data)
			if err != nil {
				return 0, fmt.Errorf("%s: %w", tx.name, err)
			}
			todo = append(todo, queued{deployTx: tx, gas: gas})
		}
	}
	txs := make([]*types.Transaction, 0, len(todo))
	for _, q := range todo {
		tx, err := o.Send(ctx, q.to, q.data, q.gas)
		if err != nil {
			return 0, fmt.Errorf("send %s: %w", q.name, err)
		}
		if q.to == nil {
			*q.created = crypto.CreateAddress(o.addr, tx.Nonce())
			fmt.Fprintf(out, "  %-34s tx %s → %s (gas limit %d)\n", q.name, tx.Hash().Hex(), q.created.Hex(), q.gas)
		} else {
			fmt.Fprintf(out, "  %-34s tx %s (gas limit %d)\n", q.name, tx.Hash().Hex(), q.gas)
		}
		txs = append(txs, tx)
	}
	if err := o.mine(ctx); err != nil {
		return 0, err
	}
	var gas, first, last uint64
	for i, tx := range txs {
		receipt, err := o.Wait(ctx, tx)
		if err != nil {
			return gas, fmt.Errorf("%s: %w", todo[i].name, err)
		}
		gas += receipt.GasUsed
		n := receipt.BlockNumber.Uint64()
		if first == 0 || n < first {
			first = n
		}
		last = max(last, n)
	}
	blocks := fmt.Sprintf("block %d", first)
	if last != first {
		blocks = fmt.Sprintf("blocks %d-%d", first, last)
	}
	fmt.Fprintf(out, "  aave round %d mined: %d transaction(s) in %s, %d gas\n", round.n, len(txs), blocks, gas)
	o.log.Debug("aave round mined", "round", round.n, "txs", len(txs), "gas", gas)
	if round.after != nil {
		return gas, round.after(ctx)
	}
	return gas, nil
}

// DeployAave deploys an Aave v3 market (Operator.DeployAave) through the
// chain's owner, which owns the chain's guard; p.Guard defaults to it. It
// mines its own blocks, holding back the block loop meanwhile.
func (c *Chain) DeployAave(ctx context.Context, p AaveParams) (AaveMarket, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stopped {
		return AaveMarket{}, ErrStopped
	}
	if p.Guard == (common.Address{}) {
		p.Guard = c.dep.Guard
	}
	return c.op.DeployAave(ctx, p)
}

// SetPrice sets the price of asset, a reserve of m, to price (USD, 8
// decimals) on its DevPriceFeed, which AaveOracle reads, and returns the
// receipt once mined. The operator must be the one that deployed m.
func (o *Operator) SetPrice(ctx context.Context, m AaveMarket, asset common.Address, price *big.Int) (*types.Receipt, error) {
	to, data, err := setPriceTx(m, asset, price)
	if err != nil {
		return nil, err
	}
	receipt, err := o.send(ctx, &to, data)
	if err != nil {
		return receipt, fmt.Errorf("set the price of %s to %s: %w", asset.Hex(), price, err)
	}
	return receipt, nil
}

// SetPrice is Operator.SetPrice from the chain's owner, which deployed m
// through DeployAave: mined in the next block of the running loop, or in a
// block mined right away before Start.
func (c *Chain) SetPrice(ctx context.Context, m AaveMarket, asset common.Address, price *big.Int) (*types.Receipt, error) {
	to, data, err := setPriceTx(m, asset, price)
	if err != nil {
		return nil, err
	}
	receipt, err := c.AsOwner(ctx, &to, data, 0)
	if err != nil {
		return receipt, fmt.Errorf("set the price of %s to %s: %w", asset.Hex(), price, err)
	}
	return receipt, nil
}

func setPriceTx(m AaveMarket, asset common.Address, price *big.Int) (common.Address, []byte, error) {
	res, err := m.reserveOf(asset)
	if err != nil {
		return common.Address{}, nil, err
	}
	if price == nil || price.Sign() <= 0 {
		return common.Address{}, nil, fmt.Errorf("%w: price %v of %s must be positive", ErrInvalidConfig, price, res.Symbol)
	}
	return res.Feed, bindings.NewDevPriceFeed().PackSetAnswer(price), nil
}
