package lending

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/holiman/uint256"

	"github.com/steward-agents/steward/backtest/aavev3"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// fastSetupBlock is the block the fast market's suppliers lend in, the
// last before the first step: on the embedded chain the deployment, the
// agent's authorisation, the Aave market and the activity's set-up take
// the blocks up to it (TestFastMatchesExact checks it), so both
// executors number the steps' blocks alike.
const fastSetupBlock = 14

// fastAddress is a fixed address of the fast chain's.
func fastAddress(name string) common.Address {
	return common.BytesToAddress(crypto.Keccak256([]byte("steward lending fast chain: " + name))[12:])
}

// fastChainID signs the fast chain's transactions.
var fastChainID = big.NewInt(57576)

// fastMarket is a market on the fast executor: no EVM, the Pool as
// backtest/aavev3's Go model (exact to Aave v3.0's integer arithmetic),
// its reserves configured as devchain.DeployAave configures them, and the
// activity mirrored in Go. As a ChainReader it answers, at its head, the
// calls the risk program and the recorder make — AaveOracle.getAssetPrice,
// Pool.getReserveData, getReserveNormalizedIncome and getUserAccountData,
// and the aTokens' and variable debt tokens' totalSupply and balanceOf —
// and as a LogSource it serves the Pool's Supply, Borrow and
// LiquidationCall events of each block.
type fastMarket struct {
	m        *aavev3.Market
	addrs    devchain.AaveMarket
	act      *fastActivity
	rd       *reader
	treasury common.Address

	headers []*types.Header
	harness.LogBook
	txs uint // transactions in the block being made
	// onBlock, when set, runs first in each new block: the agent's
	// pending bundle lands there, before the market's transactions.
	onBlock func(head *types.Header) error

	poolABI, oracleABI, tokenABI *abi.ABI
}

var _ market = (*fastMarket)(nil)

// fastMarketAddrs are the fast market's addresses, laid out as DeployAave's.
func fastMarketAddrs() devchain.AaveMarket {
	m := devchain.AaveMarket{Pool: fastAddress("Pool"), Oracle: fastAddress("AaveOracle"), Steward: fastAddress("AaveRiskSteward"),
		Guard: fastAddress("ParameterGuard"), Configurator: fastAddress("PoolConfigurator")}
	for _, r := range []devchain.AaveReserve{devchain.AaveUSDC(), devchain.AaveWETH()} {
		name := func(what string) common.Address { return fastAddress(r.Symbol + " " + what) }
		m.Reserves = append(m.Reserves, devchain.AaveMarketReserve{AaveReserve: r, Asset: name("token"), Feed: name("feed"),
			Strategy: name("rate strategy"), AToken: name("aToken"), StableDebt: name("stable debt"), VariableDebt: name("variable debt")})
	}
	return m
}

// reserveParams is r as DeployAave configures it: its risk, rates and
// price; active, borrowable, no liquidation protocol fee (DeployAave
// leaves it at 0).
func reserveParams(r devchain.AaveMarketReserve) aavev3.ReserveParams {
	k := r.Risk
	bp := new(uint256.Int).Mul(uint256.NewInt(1e18), uint256.NewInt(1e5)) // a basis point in rays, 1e23
	ray := func(bps int64) uint256.Int { return *new(uint256.Int).Mul(uint256.NewInt(uint64(bps)), bp) }
	return aavev3.ReserveParams{
		Asset: r.Asset,
		Config: aavev3.ReserveConfig{Decimals: r.Decimals, LTV: uint16(k.LTV), LiquidationThreshold: uint16(k.LiquidationThreshold),
			LiquidationBonus: uint16(k.LiquidationBonus), ReserveFactor: uint16(k.ReserveFactor), SupplyCap: k.SupplyCap, BorrowCap: k.BorrowCap,
			Active: true, BorrowingEnabled: true},
		Strategy: aavev3.RateStrategy{OptimalUsageRatio: ray(r.Rates.OptimalUsage), BaseVariableBorrowRate: ray(r.Rates.BaseVariable),
			VariableRateSlope1: ray(r.Rates.Slope1), VariableRateSlope2: ray(r.Rates.Slope2)},
		Price: *uint256.MustFromBig(r.Price),
	}
}

// newFastMarket lists the reserves, makes the set-up blocks and has the
// suppliers lend in the last of them.
func newFastMarket(p *Params) (*fastMarket, error) {
	s := p.settings()
	f := &fastMarket{addrs: fastMarketAddrs(), treasury: fastAddress("treasury"), LogBook: harness.LogBook{}}
	var err error
	if f.m, err = aavev3.New(aavev3.Config{Treasury: f.treasury, Timestamp: genesisTime}); err != nil {
		return nil, err
	}
	for _, r := range f.addrs.Reserves {
		if err := f.m.AddReserve(reserveParams(r)); err != nil {
			return nil, err
		}
	}
	if f.poolABI, err = bindings.PoolMetaData.ParseABI(); err != nil {
		return nil, err
	}
	if f.oracleABI, err = bindings.AaveOracleMetaData.ParseABI(); err != nil {
		return nil, err
	}
	if f.tokenABI, err = bindings.TestTokenMetaData.ParseABI(); err != nil {
		return nil, err
	}
	col, ok := f.addrs.Reserve(s.Collateral.Symbol)
	if !ok {
		return nil, fmt.Errorf("strategy.collateral.symbol %q is not a reserve of the fast market (dUSDC, dWETH)", s.Collateral.Symbol)
	}
	debt, ok := f.addrs.Reserve(s.Borrowed.Symbol)
	if !ok {
		return nil, fmt.Errorf("strategy.borrowed.symbol %q is not a reserve of the fast market (dUSDC, dWETH)", s.Borrowed.Symbol)
	}
	f.act = newFastActivity(p.Path, p.Seed, col, debt)
	for len(f.headers) <= fastSetupBlock {
		if _, err := f.newBlock(); err != nil {
			return nil, err
		}
	}
	if err := f.act.supplyAll(f.m); err != nil {
		return nil, err
	}
	if f.rd, err = newReader(f, f.addrs, col.Symbol, debt.Symbol, f.treasury); err != nil {
		return nil, err
	}
	return f, nil
}

// newBlock starts the next block at its time (genesis + its number, as
// the embedded chain's) and runs onBlock in it.
func (f *fastMarket) newBlock() (*types.Header, error) {
	h := harness.FastHeader(f.headers, f.addrs.Pool)
	f.headers, f.txs = append(f.headers, h), 0
	if err := f.m.SetTimestamp(h.Time); err != nil {
		return nil, err
	}
	if f.onBlock != nil {
		if err := f.onBlock(h); err != nil {
			return nil, err
		}
	}
	return h, nil
}

func (f *fastMarket) head() *types.Header { return f.headers[len(f.headers)-1] }

func (f *fastMarket) step(context.Context) (*types.Header, devchain.AaveStep, error) {
	before := len(f.headers)
	s, err := f.act.step(f)
	if err != nil {
		return nil, s, err
	}
	if len(f.headers) == before {
		if _, err := f.newBlock(); err != nil {
			return nil, s, err
		}
	}
	return f.head(), s, nil
}

func (f *fastMarket) reader() *reader             { return f.rd }
func (f *fastMarket) borrowers() []common.Address { return f.act.borrowerAddrs() }

// carryOut applies one of the activity's transactions in the block being
// made, with the Pool's event.
func (f *fastMarket) carryOut(a *fastActivity, act fastAction, s *devchain.AaveStep) error {
	tx := f.nextTx()
	switch act.kind {
	case "supply":
		if err := f.m.Supply(aavev3.SupplyParams{Asset: a.col.Asset, OnBehalfOf: act.user, Amount: *uint256.MustFromBig(act.amount)}); err != nil {
			return err
		}
		return f.emit(tx, "Supply", a.col.Asset, act.user, act.user, act.amount, uint16(0))
	case "borrow":
		if err := f.m.Borrow(aavev3.BorrowParams{Asset: a.debt.Asset, User: act.user, Amount: *uint256.MustFromBig(act.amount)}); err != nil {
			return err
		}
		rd, err := f.m.ReserveData(a.debt.Asset)
		if err != nil {
			return err
		}
		s.Borrows = append(s.Borrows, devchain.AaveBorrow{User: act.user, Amount: act.amount, Tx: tx})
		return f.emit(tx, "Borrow", a.debt.Asset, act.user, act.user, act.amount, uint8(2), rd.CurrentVariableBorrowRate.ToBig(), uint16(0))
	case "liquidationCall":
		res, err := f.m.LiquidationCall(aavev3.LiquidationParams{CollateralAsset: a.col.Asset, DebtAsset: a.debt.Asset, User: act.user,
			Liquidator: a.liquidator, DebtToCover: aavev3.MaxAmount})
		if err != nil {
			return err
		}
		debt, seized := res.DebtRepaid.ToBig(), res.CollateralSeized.ToBig()
		s.Liquidations = append(s.Liquidations, devchain.AaveLiquidation{User: act.user, HealthFactorBefore: act.hf,
			DebtCovered: debt, CollateralSeized: seized, Tx: tx})
		return f.emit(tx, "LiquidationCall", a.col.Asset, a.debt.Asset, act.user, debt, seized, a.liquidator, false)
	}
	return fmt.Errorf("fast activity: no transaction %q", act.kind)
}

// nextTx is the hash standing for the block's next transaction.
func (f *fastMarket) nextTx() common.Hash {
	n := f.head().Number.Uint64()
	f.txs++
	return crypto.Keccak256Hash(binary.BigEndian.AppendUint64(binary.BigEndian.AppendUint64(nil, n), uint64(f.txs)))
}

// emit adds the Pool's event name with args (in the event's order) to
// the block being made.
func (f *fastMarket) emit(tx common.Hash, name string, args ...any) error {
	ev := f.poolABI.Events[name]
	topics := []common.Hash{ev.ID}
	var data []any
	for i, in := range ev.Inputs {
		if !in.Indexed {
			data = append(data, args[i])
			continue
		}
		t, err := abi.MakeTopics([]any{args[i]})
		if err != nil {
			return fmt.Errorf("%s event: %w", name, err)
		}
		topics = append(topics, t[0][0])
	}
	packed, err := ev.Inputs.NonIndexed().Pack(data...)
	if err != nil {
		return fmt.Errorf("%s event: %w", name, err)
	}
	h := f.head()
	f.LogBook[h.Hash()] = append(f.LogBook[h.Hash()], types.Log{Address: f.addrs.Pool, Topics: topics, Data: packed,
		BlockNumber: h.Number.Uint64(), BlockHash: h.Hash(), TxHash: tx, TxIndex: f.txs - 1, Index: uint(len(f.LogBook[h.Hash()]))})
	return nil
}

// CallContract answers the program's and the recorder's reads at the head.
func (f *fastMarket) CallContract(_ context.Context, msg ethereum.CallMsg, block *big.Int) ([]byte, error) {
	if head := f.head().Number; block != nil && block.Cmp(head) != 0 {
		return nil, fmt.Errorf("fast executor: the model answers at its head (block %s) only, not at block %s", head, block)
	}
	if msg.To == nil || len(msg.Data) < 4 {
		return nil, errors.New("fast executor: a call needs a target and a selector")
	}
	to := *msg.To
	switch to {
	case f.addrs.Oracle:
		return f.answer(f.oracleABI, "AaveOracle", msg.Data, func(m *abi.Method, args []any) ([]byte, error) {
			if m.Name != "getAssetPrice" {
				return nil, errUnanswered
			}
			rd, err := f.m.ReserveData(args[0].(common.Address))
			if err != nil {
				return nil, err
			}
			return m.Outputs.Pack(rd.Price.ToBig())
		})
	case f.addrs.Pool:
		return f.answer(f.poolABI, "Pool", msg.Data, f.poolCall)
	}
	for _, r := range f.addrs.Reserves {
		if to == r.StableDebt {
			// The model has no stable-rate debt: every supply and balance is 0.
			return f.answer(f.tokenABI, r.Symbol+" stable debt token", msg.Data, func(m *abi.Method, _ []any) ([]byte, error) {
				if m.Name != "totalSupply" && m.Name != "balanceOf" {
					return nil, errUnanswered
				}
				return m.Outputs.Pack(new(big.Int))
			})
		}
		if to == r.AToken || to == r.VariableDebt {
			return f.answer(f.tokenABI, r.Symbol+" token", msg.Data, func(m *abi.Method, args []any) ([]byte, error) {
				return f.tokenCall(r.Asset, to == r.AToken, m, args)
			})
		}
	}
	return nil, fmt.Errorf("fast executor: no contract at %s in the model", to.Hex())
}

// errUnanswered is a method the model has no answer for.
var errUnanswered = errors.New("not modelled")

// answer decodes the call's method and arguments from a's methods and
// has do answer it.
func (f *fastMarket) answer(a *abi.ABI, what string, data []byte, do func(*abi.Method, []any) ([]byte, error)) ([]byte, error) {
	m, err := a.MethodById(data[:4])
	if err != nil {
		return nil, fmt.Errorf("fast executor: %s: %w", what, err)
	}
	args, err := m.Inputs.Unpack(data[4:])
	if err != nil {
		return nil, fmt.Errorf("fast executor: %s.%s arguments: %w", what, m.Name, err)
	}
	out, err := do(m, args)
	if err != nil {
		return nil, fmt.Errorf("fast executor: %s.%s: %w", what, m.Name, err)
	}
	return out, nil
}

func (f *fastMarket) poolCall(m *abi.Method, args []any) ([]byte, error) {
	switch m.Name {
	case "getReserveData":
		rd, err := f.m.ReserveData(args[0].(common.Address))
		if err != nil {
			return nil, err
		}
		r, _ := f.reserveOf(rd.Asset)
		return m.Outputs.Pack(bindings.DataTypesReserveData{
			Configuration:  bindings.DataTypesReserveConfigurationMap{Data: configurationWord(rd.Config)},
			LiquidityIndex: rd.LiquidityIndex.ToBig(), CurrentLiquidityRate: rd.CurrentLiquidityRate.ToBig(),
			VariableBorrowIndex: rd.VariableBorrowIndex.ToBig(), CurrentVariableBorrowRate: rd.CurrentVariableBorrowRate.ToBig(),
			CurrentStableBorrowRate: rd.CurrentStableBorrowRate.ToBig(), LastUpdateTimestamp: new(big.Int).SetUint64(rd.LastUpdateTimestamp),
			Id: uint16(rd.ID), ATokenAddress: r.AToken, StableDebtTokenAddress: r.StableDebt, VariableDebtTokenAddress: r.VariableDebt,
			InterestRateStrategyAddress: r.Strategy, AccruedToTreasury: rd.AccruedToTreasury.ToBig(), Unbacked: new(big.Int), IsolationModeTotalDebt: new(big.Int),
		})
	case "getReserveNormalizedIncome":
		income, err := f.m.NormalizedIncome(args[0].(common.Address))
		if err != nil {
			return nil, err
		}
		return m.Outputs.Pack(income.ToBig())
	case "getUserAccountData":
		a, err := f.m.UserAccountData(args[0].(common.Address))
		if err != nil {
			return nil, err
		}
		return m.Outputs.Pack(a.TotalCollateralBase.ToBig(), a.TotalDebtBase.ToBig(), a.AvailableBorrowsBase.ToBig(),
			a.CurrentLiquidationThreshold.ToBig(), a.LTV.ToBig(), a.HealthFactor.ToBig())
	}
	return nil, errUnanswered
}

// tokenCall answers an aToken's (aToken) or variable debt token's
// totalSupply and balanceOf, as the tokens compute them: scaled amounts
// at the index accrued to now.
func (f *fastMarket) tokenCall(asset common.Address, aToken bool, m *abi.Method, args []any) ([]byte, error) {
	var v uint256.Int
	switch m.Name {
	case "totalSupply":
		rd, err := f.m.ReserveData(asset)
		if err != nil {
			return nil, err
		}
		scaled, index := rd.ScaledVariableDebt, f.m.NormalizedVariableDebt
		if aToken {
			scaled, index = rd.ScaledATokenSupply, f.m.NormalizedIncome
		}
		if !scaled.IsZero() {
			idx, err := index(asset)
			if err != nil {
				return nil, err
			}
			if err := aavev3.RayMul(&v, &scaled, &idx); err != nil {
				return nil, err
			}
		}
	case "balanceOf":
		u, err := f.m.UserReserve(args[0].(common.Address), asset)
		if err != nil {
			return nil, err
		}
		v = u.VariableDebt
		if aToken {
			v = u.ATokenBalance
		}
	default:
		return nil, errUnanswered
	}
	return m.Outputs.Pack(v.ToBig())
}

func (f *fastMarket) reserveOf(asset common.Address) (devchain.AaveMarketReserve, bool) {
	for _, r := range f.addrs.Reserves {
		if r.Asset == asset {
			return r, true
		}
	}
	return devchain.AaveMarketReserve{}, false
}

// configurationWord packs c as ReserveConfiguration.sol lays it out, with
// flash loans on as DeployAave leaves them.
func configurationWord(c aavev3.ReserveConfig) *big.Int {
	w := new(big.Int)
	set := func(v uint64, shift uint) { w.Or(w, new(big.Int).Lsh(new(big.Int).SetUint64(v), shift)) }
	flag := func(on bool, bit uint) {
		if on {
			set(1, bit)
		}
	}
	set(uint64(c.LTV), 0)
	set(uint64(c.LiquidationThreshold), 16)
	set(uint64(c.LiquidationBonus), 32)
	set(uint64(c.Decimals), 48)
	flag(c.Active, 56)
	flag(c.Frozen, 57)
	flag(c.BorrowingEnabled, 58)
	flag(c.Paused, 60)
	flag(true, 63)
	set(uint64(c.ReserveFactor), 64)
	set(c.BorrowCap, 80)
	set(c.SupplyCap, 116)
	set(uint64(c.LiquidationProtocolFee), 152)
	return w
}
