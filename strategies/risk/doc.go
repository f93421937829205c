// Package risk is the lending-risk strategy kind's decision logic (issue
// 13): from a reserve's market features (realised volatility, drawdown,
// the share of debt close to liquidation, concentration of collateral,
// utilisation) and a model's risk output in [0, 1], the reserve's target
// Aave v3 risk parameters — LTV, liquidation threshold, liquidation bonus,
// supply and borrow caps — moved towards the target within the per-update
// step limits, and always inside Aave's own invariants.
//
// Target is a function of the model output and published values alone, so
// Deriver re-derives every applied parameter from the committed output (as
// marketmaking's range is), and requires the action to set every parameter
// the target moves. It first bounds the published context (basis points
// within 0 … 20000, caps within Aave's 36 bits, usage within 2^48, base and
// current values configurations Aave accepts), so a hostile one can neither
// overflow Target nor keep it busy, then checks it against the chain, with
// calls at the latest block and log queries of at most 2,000 blocks:
//
//   - the current values are the guard's before the action's block: the
//     newValue of each parameter's last ParameterApplied, or the initial of
//     its last BoundsSet, of the steward's ParameterGuard (searched back at
//     most 2^18 blocks; the oldValue of the action's own ParameterApplied
//     where it set the parameter). They are the guard's values, not the
//     Pool's: a pool admin who reconfigures the reserve directly makes the
//     next action fail verification;
//   - the base lies within the guard's bounds, and the policy's MaxStep is
//     the guard's maxStep for LTV, threshold and bonus.
//
// The rest cannot be pinned, and is bounded instead. The base is the
// agent's configuration (where it returns at risk 0), which no contract
// holds: the guard's BoundsSet initial is the reserve's value when the
// bounds were set, which governance may have moved since. MaxCapStep need
// only be within the guard's maxStepBps: the default policy steps caps at
// half the dev guard's pace. The cuts, cap floor and headroom are the
// agent's own published policy, as marketmaking's width is. Usage is the
// aToken's supply (with the treasury's accrued share) and the debt tokens'
// at the observed block, in whole tokens rounded up, as AaveRiskSteward
// counts it when it refuses a cap below usage (CapBelowUsage): historical state
// a full node need not keep, and from logs only by replaying every Mint and
// Burn since listing with the interest index, which accrues without events;
// it only moves caps, and each within the guard's step. The guard's bounds
// are the latest block's: a setBounds after an action can fail an older
// action's verification, naming the bound.
//
// Program observes an Aave v3 market through any node: the collateral's
// oracle price each block (the features use every Step-th of the last
// (Window−1)·Step+1: the shipped model's step is 4 Ethereum blocks), the
// reserves' configuration and usage, and the borrowers' positions, re-read
// only when one of the Pool's events (Supply, Withdraw, Borrow, Repay,
// LiquidationCall) touches them. Each tick it proposes one call to the
// market's AaveRiskSteward with every parameter Target moves — or holds
// when none moves by MinChange basis points (caps: MinCapChange, relative),
// so the agent does not pay a transaction for noise.
//
// Kind (settings.go) registers it as `agent.strategy: risk`; its model is
// trained by risk/train (configs/models/risk/lending-risk-v1), and
// configs/aave-risk.yaml runs it with policies that refuse any change
// breaking Aave's invariants or the guard's bounds before it is sent
// (`steward demo --scenario lending` runs it on a real Aave v3 market of
// the embedded chain, beside a static market of the same activity).
//
// Units are Aave's: LTV, threshold and bonus in basis points (the bonus
// includes the 100 %: 10500 is a 5 % bonus), caps in whole tokens (0 = no
// cap).
package risk
