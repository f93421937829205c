// Package lending backtests a lending-risk agent (strategies/risk) on an
// Aave v3 market along a price path, beside the same market with static
// parameters: `steward backtest -c configs/aave-risk.yaml`.
//
// # The market and its activity
//
// The path is the collateral's oracle price per step; by default the
// real 2024-01-03 ETH sell-off (devchain.WETHCrashPath, from the shared
// Uniswap v2 USDC/WETH reserves, embedded) one price every DefaultEvery
// = 4 Ethereum blocks — the risk model's 48 s step — so 360 steps from
// 2,376 USD down to 2,172 (step 187) and back to ~2,200. On each market
// devchain's activity (seeded: three suppliers lend dUSDC, ten borrowers
// supply dWETH and borrow dUSDC at 85–99.5 % of their borrowing power,
// opening one a step, topping up now and then, and a liquidator
// liquidates every position whose health factor is below 1) takes one
// step per price: the owner moves dWETH's price feed (a block of its own
// when the price changes), then the actors act on that state in the next
// block. The static market runs the same activity with the same seed,
// on a market whose parameters nobody moves.
//
// # Lock step
//
//	for each step:  static market: activity step
//	                agent's market: activity step (the agent's pending bundle lands first in its first block)
//	                agent.Tick(head)  — the whole pipeline, as live
//	                record both markets at their heads
//
// A step that sends nothing still makes a block (an empty one), so a
// step is one or two blocks and the agent ticks once a step, on the
// step's last block. No clock or goroutine decides what lands in which
// block: the same config, path and seed give the same report on every run.
// The agent is the one `steward run` builds — the config's program,
// policies, schedule and model, a durable outbox and the chain executor
// (backtest/internal/harness) — with the config's step (source blocks
// between the model's prices, 4 on Ethereum) turned into steps (1). Its
// bundles reach the market only through ParameterGuard.commitAndApply and
// the AaveRiskSteward, so the guard's bounds, steps and cooldowns hold as
// live; an agent's transaction is ordered before the actors' of its block
// (sent earlier, the same tip), so a borrow decided on the old LTV may be
// refused in it, as real users' are (AaveStep.Refused).
//
// # Executors
//
// Exact (Run): two embedded chains (devchain, a genesis in 2100 so each
// block is its parent + 1 s and every run is the same) with the real Aave
// v3 bytecode (devchain.DeployAave), the guard and the registry. After
// the run every applied bundle is verified from the agent's chain alone
// with the code behind `steward verify`; one that fails fails the run.
//
// Fast (RunFast): the same agent and pipeline on backtest/aavev3's Go
// model, configured as DeployAave configures the market. fastMarket is a
// ChainReader answering, at its head, exactly the calls the risk program
// and the recorder make (AaveOracle.getAssetPrice, Pool.getReserveData,
// getReserveNormalizedIncome, getUserAccountData, the aTokens' and
// variable debt tokens' totalSupply and balanceOf), and a LogSource
// serving the Pool's Supply, Borrow and LiquidationCall events;
// fastActivity is devchain's activity mirrored (the same actors from the
// same seed, the same draws, the same decisions on the model's state, the
// transactions carried out in the chain's order); fastExecutor checks
// each bundle against the guard's bounds, steps and per-parameter
// cooldowns (devchain.AaveGuardBounds) and the PoolConfigurator's checks
// for the block it would land in, and applies it first in that block.
// Blocks are numbered and timed as the exact chain's (fastSetupBlock).
// TestFastMatchesExact holds the two executors equal over steps 0…199 of
// the crash path (the first changes, and the liquidations around the
// low): the same parameter changes at the same steps, the same
// liquidations, and every series and figure equal to the last bit, but
// gas, which the fast executor does not model (0), and the verification,
// which it has no chain for. Tolerance: none.
//
// # Figures
//
// Per step, for both markets: the price, the collateral's LTV, threshold
// and bonus, the borrowed reserve's utilisation (variable debt over
// aToken supply, as the risk program computes it) and the liquidations
// so far. Per market at the end (USD at the oracle's prices): bad debt
// and positions underwater (debt above collateral), liquidations, the debt
// they repaid and the bonus liquidators got (seized collateral at the
// step's price minus the debt repaid), mean and max utilisation, protocol
// revenue (the growth of what the treasury is owed and holds: each
// reserve's accruedToTreasury at its normalized income plus its aTokens),
// debt outstanding; for the agent's, the parameter changes (from the
// per-step configuration), the transactions that carried them and their
// gas. A parameter change is marked on the report's LTV chart.
//
// Limits, stated: one block is one second of chain time while a step
// stands for 48 s of Ethereum, so interest — and protocol revenue — accrue
// over about 1/24 of the window's real time; the activity is devchain's
// (ten borrowers near their limit), not a recorded book; the liquidation
// protocol fee is DeployAave's (0).
package lending
