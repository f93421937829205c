// Package devchain runs an embedded development chain — go-ethereum's
// simulated backend with Prague rules, Steward's contracts, and a real
// Uniswap v3 market whose price follows a given path of ticks — and deploys
// the same stack onto any other node (anvil, a testnet) through an Operator.
//
// Operator is the stack's owner on one node: a client, a key and a chain id.
// It assigns its own nonces (so a round of transactions goes out before any
// is mined), polls receipts every 20 ms (bind.WaitMined's 1 s is too slow
// for 400 ms blocks), and, when given a Mine function, mines on demand;
// without one it works with a node that mines by itself, per transaction
// (anvil's automine) or on an interval.
//
// Gas: the Operator keeps no fixed gas limit. Every transaction it sends —
// deploy rounds, Authorize, MarketStep, and the embedded chain's own owner
// transactions — gets the node's eth_estimateGas for it, on the pending
// state, plus 20% and 20,000 gas (the margin's constants in operator.go say why),
// never lifted by the margin above EIP-7825's 2^24 cap. Fork rules price
// the same call differently (Prague, Osaka, a parallel-EVM chain), and a
// transaction that would revert fails at estimation with the contract's
// named error (chain/contracts.DecodeError) and what was being sent, before
// anything is sent.
//
// Deploy runs four rounds. A round's transactions are all estimated, then
// sent at once, then waited for; an estimate sees only mined state, so the
// rounds are cut where one transaction needs another mined:
//
//	round 1  tUSDC, tWETH, UniswapV3Factory, DevTrader, InferenceRegistry, MerkleVerifier
//	round 2  createPool(tUSDC, tWETH, 500), ParameterGuard, DevTrader's tokens
//	round 3  pool.initialize(StartTick), RangeVault, guard as committer
//	round 4  DevTrader's base liquidity, the vault's tokens, the guard's bounds
//
// Resuming: given a DeployState (a JSON file), Deploy records every
// transaction as it is sent (nonce, hash, a creation's address) and every
// round once mined. Run again with the file, it waits until the operator's
// earlier transactions are mined, then takes each step only if the chain
// lacks what it leaves:
//
//	step                      done when
//	a creation                code at the recorded address (and, for the factory, registry,
//	                          guard and vault, the owner and the links it was made with)
//	tUSDC+tWETH               both have code and their symbols; deployed as a pair, since
//	                          their order comes from two consecutive nonces
//	createPool                factory.getPool(tUSDC, tWETH, 500) is set
//	pool.initialize           slot0's price is not zero
//	token mints               the holder has at least half of the 2^200 minted
//	setCommitter              registry.isCommitter(guard)
//	base liquidity            DevTrader's position in the pool has liquidity
//	setBounds                 guard.bounds(vault, param) is configured
//
// So a deploy interrupted anywhere finishes without redeploying, a finished
// one sends nothing, and a file whose contracts are gone (a restarted node)
// deploys them again. A file for another chain id, operator or set of
// parameters is refused (ErrStateMismatch). Callers record what they do
// after the contracts in the same file (the config written, authorisations
// — EnsureAuthorized sends only a missing one —, initial market steps,
// completion). Progress, if given, gets a line per round and transaction
// with full hashes and addresses.
//
// MarketStep swaps the pool to a tick through DevTrader; Authorize lets an
// agent act on a model's outputs.
//
// DeployGovernance adds a DAO beside a deployed guard (governance.go): an
// OpenZeppelin Governor with its ERC20Votes token (on the block-number
// clock, or the timestamp clock with GovernanceParams.Clock) and a
// TimelockController holding a treasury, and ProposalScores, whose scores
// and votes the guard sets. Propose, Cancel, Vote, Queue and Execute send
// one transaction each from the operator's account (a voter is an Operator
// of its own key); ProposalState reads where a proposal stands.
//
// tUSDC (6 decimals) is token0 and tWETH (18 decimals) token1, as in the
// mainnet USDC/WETH 5 bps pool, so mainnet ticks mean the same prices.
//
// The embedded Chain: New builds the genesis (chain id 1337, 60M gas
// blocks, funded agent accounts) on go-ethereum's eth service and simulated
// beacon (what ethclient/simulated assembles), optionally serves the eth,
// net and web3 JSON-RPC APIs over HTTP and WebSocket on listeners it opens
// first (so a taken port fails New before any node runs, see node.go), and
// deploys through its own Operator, one block per round, with no state file
// (a fresh chain has nothing to resume, and skipping the on-chain checks
// keeps New fast). Each Commit is one market step — DevTrader
// swaps the pool to the next tick of the path (wrapping at the end) — plus
// one mined block that also holds whatever agents sent. Start runs Commit
// every BlockInterval in a goroutine; Stop ends it and closes the chain. A
// single mutex orders the owner's transactions, mining, and Stop.
//
// Beside the market-making stack, two protocol stacks deploy on demand:
// DeployGovernance (an OpenZeppelin Governor, timelock, ERC20Votes token,
// treasury and ProposalScores, governance.go) and DeployAave (a real Aave
// v3 market from @aave/core-v3 1.19.3's artifacts with dUSDC and dWETH
// configured as Ethereum's USDC and WETH, price feeds the operator moves,
// and AaveRiskSteward holding RISK_ADMIN so that risk parameters change
// only through the guard, aave.go); NewAaveActivity drives suppliers,
// borrowers and a liquidator along a price path (WETHCrashPath: a real
// 2024-01-03 ETH drop, block by block), aave_activity.go. Play mines a
// block of a backtest's recorded pool events instead of a path step.
//
// The embedded chain's owner key is fixed and internal: addresses are the
// same on every run, and only Authorize and the market steps use it. The
// package knows nothing of models or strategies: Authorize takes any model
// digest.
package devchain
