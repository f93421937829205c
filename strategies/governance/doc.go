// Package governance is the proposal-scoring strategy kind: an agent that
// gives every proposal of a DAO's Governor a risk score from 0 (harmless)
// to 100 (dangerous) before its vote starts, posts it on chain with its
// inference commitment, and cannot be argued out of it by the proposal's
// own text.
//
// # A tick
//
//  1. Observe: the Governor's ProposalCreated logs arrive with the head
//     (a trigger: the block that creates a proposal is due at once; at the
//     first head the program also searches Lookback blocks back, 2,000
//     blocks a request, as many nodes refuse wider ranges). Proposals wait
//     in a queue in the order their votes start, and the first is scored
//     first. One that ProposalScores has scored leaves it (for the votes,
//     when scored 70 or more and a vote is configured), and so does one
//     that can no longer be scored: its vote starting before a score could
//     land, or no longer Pending at the Governor (cancelled). The next one
//     is decoded (package decode), its DAO settings and proposer history
//     read from the node (plain eth_call and logs), and analysed (package
//     features: a fixed vector, flags, and the floor they force). With
//     none to score, the scored proposal whose vote closes first and is
//     open is the one to vote on, analysed too if it was not (found scored
//     after a restart).
//  2. Inputs: the feature vector, for the ONNX risk model
//     (configs/models/governance/gov-risk-v1; package train made it).
//  3. Decide: the posted score is max(model score, floor); the flags are
//     the features' bitmap. One guarded call to ProposalScores: the
//     proposal id's two halves, score and flags. With `vote: against` (or
//     abstain) in the config, a proposal scored 70 or more is voted on by
//     ProposalScores while its vote is open (a second, later call).
//  4. The runtime does the rest as for every kind: policies, the inference
//     record and its Merkle root, ParameterGuard.commitAndApply, the
//     outbox. ProposalScores refuses a score once the vote has started
//     (VotingStarted) or the proposal was cancelled (ProposalNotPending),
//     and a second one (AlreadyScored).
//
// # Time
//
// A proposal's voteStart and voteEnd count in its Governor's clock
// (ERC-6372): block numbers, or seconds for a Governor whose token runs on
// the timestamp clock. Each tick reads the Governor's clock() at the head
// (a Governor without one, such as Governor Bravo, counts blocks) and the
// state() of the proposal at hand. OpenZeppelin's Governor has a proposal
//
//	Pending  while clock ≤ voteStart              a score is accepted
//	Active   while voteStart < clock ≤ voteEnd    a vote counts
//
// and what the program sends lands in a later block, whose clock is past
// the head's. So at a head whose clock reads now, a score is in time while
// now < voteStart, and a vote while voteStart ≤ now < voteEnd: at the head
// voteEnd a vote would land after the deadline.
//
// # Failures
//
// A read the node does not answer (a dropped connection, a timeout, a
// refused request) fails the tick, and the next head tries again: the
// head's proposals are queued before anything is read, and the lookback
// search goes on from the range that failed. A value the chain cannot
// give — the call reverts (a Governor without that function), there is no
// code, or a full node has pruned the state of the proposal's block — is
// unknown to the features, which are made for unknowns (ParamsKnown,
// HistoryKnown); a node's silence is never taken for one, since it would
// score the proposal on features that only look unknown, for good.
//
// `steward verify` checks a posted score as it checks any guarded change:
// the record is in the committed root, the published features and output
// are what the record commits to, the model re-run on the features gives
// the output, and Deriver re-derives the score (the output raised to
// features.Floor of the published features), the flags (features.FlagBits)
// and the proposal id (from the published context, checked against the
// Governor). The model must read its inputs at features.Scale. The
// published features are bound to the proposal: Deriver finds its
// ProposalCreated log (searching back from the record's block, at most
// 2,000 blocks a request), analyses its calls and description alone, and
// requires what that analysis determines to be published as it gives it:
// the decoded calls' shape, the counts of governance-setting and
// permission changes, the description's length and hostility; and the
// counts of transfers, mints, approvals, role changes, upgrades and
// delegatecalls (and the ETH sent) at least as it gives them, since a
// simulation may add to them. What needs the address book, the node's
// reads or a simulation the log cannot tell, and is not checked; a
// published analysis_failed, whose floor already sends the proposal to
// review, is not compared.
//
// # Outside the agent
//
// Scorer is `steward score`: the same decode, features, model and floors
// on a proposal file, optionally simulated on a node (package simulate)
// and explained by an LLM (Explainer) that can add flags (at most 16) and
// raise the score within a bound but never lower it. The proposal's text
// is data everywhere: it feeds text features that can only raise risk,
// reaches an LLM only as a quoted data block, and reports show it
// escaped, with its invisible and direction-changing characters made
// visible; they show the LLM's explanation and flags the same way.
//
// The agent itself does not simulate (its chain reader serves calls and
// logs, not eth_simulateV1); its features are the decoded calls', the
// address book's and the node's reads. Without an address book every
// counterparty is unknown, and privileged changes to them score high:
// give one.
package governance
