// Package aavev3 is the backtest's fast lending model: an Aave v3 Pool in
// pure Go, with no EVM, exact to the integer arithmetic of Aave v3.0.x core
// (the @aave/core-v3@1.19.3 contracts), so that risk-parameter sweeps can
// replay months of a market in seconds. The real bytecode on the embedded
// chain is the reference it is cross-checked against; this package is what
// sweeps run.
//
// # What it models
//
// The math libraries, line by line on 256-bit integers
// (github.com/holiman/uint256; math/big only in tests): WadRayMath (RayMul,
// RayDiv, WadMul, WadDiv with Aave's half-up rounding and its overflow
// guards; RayToWad, WadToRay), PercentageMath (PercentMul, PercentDiv) and
// MathUtils (CalculateLinearInterest, and CalculateCompoundedInterest, the
// binomial expansion cut after its third term). RateStrategy is
// DefaultReserveInterestRateStrategy.calculateInterestRates with no stable
// debt, including the overall-borrow-rate round trip v3.0 makes.
//
// Market is a Pool: its reserves (ReserveLogic's state — liquidity and
// variable borrow indexes, current rates, last update, accrued to treasury
// — plus the aToken's and variable debt token's scaled totals and the
// underlying the aToken holds), its users (a UserConfigurationMap of
// collateral and borrowing bits, and scaled balances per reserve), the
// oracle's prices (8-decimal USD, Aave's base currency) and the block time.
// The calls follow the logic libraries in their order, because the order
// is observable in the result:
//
//	Supply             cache → updateState → validateSupply (cap) → updateInterestRates(+amount) → mint
//	Withdraw           cache → updateState → validateWithdraw → updateInterestRates(−amount) → burn → HF ≥ 1
//	Borrow             cache → updateState → validateBorrow (cap, HF > 1, LTV) → mint debt → updateInterestRates(−amount)
//	Repay              cache → updateState → validateRepay → burn debt → updateInterestRates(+amount)
//	LiquidationCall    debt reserve updateState → account data → close factor → validate →
//	                   collateral and fee → burn debt → debt rates(+debt) → collateral updateState,
//	                   rates(−collateral), burn (or aToken transfer) → fee to treasury → debt arrives
//
// updateState grows the indexes over the seconds since the last update
// (linear for the supply side, compounded for debt; neither moves without
// a rate, or without debt) and accrues the reserve factor's share of the new
// interest to the treasury, scaled. updateInterestRates feeds the strategy
// the debt after the action and the cash before the action's transfer plus
// the pending change. UserAccountData is GenericLogic.calculateUserAccountData
// (each balance in base currency rounded down, LTV and threshold averaged
// by value, health factor = collateral × threshold / debt as a wad), and
// LiquidationCall is LiquidationLogic with its close factor (50 %, 100 % at
// a health factor of 0.95 or less), bonus and protocol fee on the bonus.
// SetReserveConfig and SetRateStrategy stand for the PoolConfigurator's
// setters and their checks (LTV ≤ threshold, threshold × bonus ≤ 100 %,
// factor, fee and cap limits); as in v3.0 they do not accrue first.
//
// Not modelled: stable-rate debt (its rate is reported, nobody borrows at
// it), e-mode, isolation mode and debt ceilings, siloed borrowing, flash
// loans, unbacked aTokens and bridges, the price oracle sentinel, credit
// delegation and repaying for others with one's own wallet, aToken
// transfers between users, the v3.1+ virtual accounting and the v3.3
// deficit (bad debt stays on the books, as in v3.0: BadDebt reports it),
// incentives, events, and wallets (the caller owns token balances; the
// results say what moved). Reserves are listed with AddReserve at one-ray
// indexes, as initReserve does; there is no seeding from a snapshot.
//
// # Failures
//
// A call the contracts would revert returns the error they would revert
// with and leaves the market as it was. Errors.sol codes are *Error
// sentinels (ErrHealthFactorLowerThanLiquidationThreshold is "35",
// ErrCollateralCannotCoverNewBorrow "36", ErrHealthFactorNotBelowThreshold
// "45", ErrBorrowCapExceeded "50", ErrSupplyCapExceeded "51", …), and
// ErrorForCode maps a reason string from the real Pool back to them; the
// EVM's panics and the math libraries' bare reverts are ErrArithmetic,
// ErrDivisionByZero, ErrMathOverflow and ErrSafeCast. Borrowing or
// withdrawing more than a reserve's cash is ErrArithmetic, as on chain
// (the strategy's balance − taken underflows). Because the contracts check
// and write in turn, each call journals the reserves and positions it
// touches before changing them and rolls the journal back on error (settle
// in market.go); a failed call costs no allocation once the journal has
// grown.
//
// # Invariants
//
//   - Indexes never decrease; each is uint128.
//   - A reserve's scaled aToken supply is the sum of its holders' scaled
//     balances (the treasury included), and its scaled variable debt the sum
//     of its borrowers'.
//   - A user with scaled debt in a reserve has its borrowing bit. The
//     converse does not hold, as on chain: a repay one unit short of the debt
//     can burn every scaled unit (amount/index rounds half up) and leave the
//     bit on; and repaying with aTokens leaves the collateral bit on a zero
//     balance.
//   - The reserve's cash moves only by the calls' transfers.
//
// # Exactness, and how it is checked
//
// The math is checked against math/big for random operands (values and
// revert conditions, with the contracts' literal guards) and at the
// rounding edges. A year of compounding is checked against
// (1 + r/SECONDS_PER_YEAR)^SECONDS_PER_YEAR: Aave undershoots it by the
// series' tail (about r⁴/24) and, at usual rates, more by its flooring:
// the per-second r³ term is a whole number of ray units, zero below about
// 3 %/yr, so at 1 %/yr a year compounds to 1.01005 instead of 1.0100502.
// The strategy is checked at 0 %, optimal and 100 % usage with the real
// USDC and WETH parameters (EthereumUSDC, EthereumWETH, from the shared
// aave-v3-reserve-params snapshot, whose rows the tests embed and compare
// with the file when it is present), and against the snapshot's own rates:
// the variable borrow rate is reproduced exactly from the row's scaled
// debt, index and (v3.3 virtual) balance; the liquidity rate needs the v3.3
// reserve deficit, which the file lacks — solved for, one integer per row
// reproduces it exactly. A health factor and four liquidations (50 % close
// factor, exactly 0.95, just above it, collateral running out with bad
// debt) are worked by hand; caps, configuration checks and the refusals
// are tested; and a random sequence of 20,000 calls per seed, through a
// simulated year of interest and price crashes with hundreds of
// liquidations, checks the invariants after every success and that every
// failure is a known revert that changed nothing.
//
// Two roundings of the contracts are worth knowing when reading results.
// v3.0's liquidity rate goes through debt.wadToRay().rayMul(rate)
// .rayDiv(debt.wadToRay()), which for a 6-decimal token keeps about 20
// digits (USDC at 50 % usage: 19565217391304347826400000, not
// …826086957). And at dust sizes the debt minted, amount/index rounded half
// up, can exceed what the LTV check saw by up to half an index unit, so a
// borrow of a few units can leave a health factor below 1.
//
// Comparing with the real Pool: ReserveData has getReserveData's fields in
// its units (rays, seconds, scaled accrued to treasury), UserAccountData
// getUserAccountData's (base currency, basis points, wad), UserReserve the
// tokens' scaledBalanceOf and balanceOf, and NormalizedIncome and
// NormalizedVariableDebt the Pool's getters of the same names.
//
// # Speed
//
//	go test ./backtest/aavev3 -run '^$' -bench . -benchmem
//
// On the development machine (2 cores, load ≈ 2, -count 3): 1.67–1.71
// million Pool calls/s per core for a mix of borrow, repay, supply and
// withdraw with interest accruing on every call (584–599 ns each),
// 1.2–1.7 million getUserAccountData/s (590–840 ns), and 0.51–0.64 million
// liquidations/s (1.55–1.97 µs); no allocation per call. Most of the time
// is 256-bit division; products of two uint128 values skip the 512-bit
// overflow check, which made account data 5× faster.
//
// A Market is not safe for concurrent use. Sweeps branch state with Clone.
package aavev3
