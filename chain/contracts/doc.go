// Package contracts holds Steward's Solidity contracts (src/), their compiled
// artifacts (artifacts/), the real Uniswap v3 core artifacts (uniswap/), the
// generated abigen v2 bindings (bindings/), and the small Go helpers every
// caller of those contracts needs: parameter names (Param) and revert decoding
// (DecodeRevert, DecodeError, IsRevert).
//
// The contracts:
//
//	InferenceRegistry  which agent may act for which model digest; who committed each Merkle root
//	ParameterGuard     applies a parameter change only if its inference record is proven in an
//	                   unexpired root committed by an authorised agent, its published inputs
//	                   and outputs hash to the record's digests, and it stays within bounds
//	                   (min, max, absolute and percent step, cooldown); a guardian may pause it
//	MerkleVerifier     the IInferenceVerifier the guard asks today (sorted-pair Merkle proofs);
//	                   the owner may swap in a ZK or optimistic verifier
//	RangeVault         an IGuardedTarget holding one real Uniswap v3 position whose range
//	                   (tickLower, tickUpper) only the guard can move
//	DevTrader          the dev chain's market generator (base liquidity, price path)
//	TestToken          an open-mint ERC-20 for test chains
//	ProposalScores     an IGuardedTarget holding each Governor proposal's risk score (0..100) and
//	                   flags, posted once and only while the proposal is Pending, and casting the
//	                   votes delegated to it (against or abstain, on scores ≥ its threshold)
//	StewardGovernor    the dev DAO: OpenZeppelin Governor (settings, simple counting, ERC20Votes,
//	                   quorum fraction, TimelockController), on its token's clock
//	DaoTimelock        OpenZeppelin's TimelockController as is (a source file so build.mjs emits it)
//	GovToken           the dev DAO's owner-minted ERC20Votes token (with permits), block-number clock
//	GovTokenTimestamp  GovToken on the timestamp clock (ERC-6372 "mode=timestamp"), for a DAO
//	                   whose timepoints are seconds
//
// ProposalScores' parameters (Param names in scores.go) carry the uint256
// proposal id as two 128-bit halves, proposalIdHi and proposalIdLo, so that
// each fits the guard's int256 bounds; a post adds score and flags, a vote
// adds vote. A score therefore goes through the guard like a range change:
// record, Merkle proof, published inputs and outputs.
//
// Canonical records: before applying an action, ParameterGuard checks the
// block its inference record claims with the BLOCKHASH opcode, so a decision
// taken on a block that a reorg replaced cannot land on the new branch (for
// instance when the outbox re-broadcasts its transaction):
//
//	record.blockNumber >= block.number          → RecordFromFuture(blockNumber)
//	blockhash(record.blockNumber) == 0          → RecordTooOld(blockNumber)   (more than 256 blocks back)
//	blockhash(record.blockNumber) != blockHash  → OrphanedRecord(blockNumber, recorded, canonical)
//
// Acting on state more than 256 blocks old is never intended, so such a record
// is refused rather than applied unchecked. A record of head N is valid from
// block N+1 on. Note for simulation: geth's eth_call and eth_estimateGas at
// "latest" run in the head's own context (block.number = N), where a record of
// N is RecordFromFuture; simulate at "pending" (block.number = N+1), as anvil
// does for "latest" too.
//
// The guard's refusals, each a named error: Paused, RootNotCommitted,
// RootExpired, AgentMismatch, ModelNotAuthorised, InvalidProof,
// InputsMismatch, OutputsMismatch, the three canonical-record errors below,
// LengthMismatch, UnknownParameter, OutOfBounds, StepTooLarge,
// StepTooLargePercent, CooldownActive (and the target's own errors).
// commitAndApply and applyActions revert on the first; commitAndTryApply
// emits ActionRefused(root, index, target, recordHash, reason) per refused
// action, reason being the error's revert data, and applies the rest.
//
// Regenerating (needs Node and npm; `go build` never does):
//
//	chain/contracts/gen.sh   # npm ci → node build.mjs → go run ./chain/contracts/internal/genbindings
//
// Both steps are deterministic, and drift tests in this package recompile the
// sources (when node_modules is installed) and regenerate the bindings in
// memory, failing if anything committed differs.
//
// Reverts: every refusal is a named custom error. DecodeRevert maps revert
// data from any of these ABIs, or a plain Error(string)/Panic(uint256), to a
// *RevertError that prints like
// ParameterGuard.StepTooLarge(target=0x…, param="tickLower", from=…, to=…, maxStep=…).
// Aave v3's own reverts are string codes ("20"); AaveErrorName names them
// (Aave.INVALID_RESERVE_PARAMS(code="20")). AaveRiskSteward (src/) is the
// guarded target for an Aave market's risk parameters, named
// "<SYMBOL>.<field>" (AaveParam); it refuses a non-zero cap below the
// reserve's current usage (CapBelowUsage), which Aave itself takes. The
// artifacts in aave/ are
// @aave/core-v3's, unchanged, with their licence.
// This package knows nothing about models or strategies.
package contracts
