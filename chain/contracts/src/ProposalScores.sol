// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IGovernor} from "@openzeppelin/contracts/governance/IGovernor.sol";
import {IGuardedTarget} from "./Types.sol";

/// @title ProposalScores
/// @notice Holds the risk score (0 harmless … 100 dangerous) and flags a
/// governance agent gave each proposal of one OpenZeppelin Governor, and casts
/// the votes the DAO delegated to this contract — against or abstain only, and
/// only on proposals scored at or above `voteThreshold`. Both are set only by
/// ParameterGuard, so every score and vote rests on a committed, proven and
/// published inference, exactly like a market-making range change, and
/// `steward verify` checks them the same way.
///
/// One action of the guard carries either a post or a vote, as parameters:
///
///	proposalIdHi, proposalIdLo   the proposal id's upper and lower 128 bits
///	                             (each fits the guard's int256 bounds)   always
///	score (0..100), flags (< 2^64)                                      a post
///	vote (0 against, 2 abstain; 1 for is refused)                        a vote
///
/// A post is accepted once per proposal, and only while the proposal is
/// Pending at the governor: a score must be public before voting starts. A
/// vote is cast by this contract through governor.castVote with the votes
/// delegated to it, once the proposal is Active.
contract ProposalScores is IGuardedTarget {
    bytes32 internal constant PROPOSAL_ID_HI = bytes32("proposalIdHi");
    bytes32 internal constant PROPOSAL_ID_LO = bytes32("proposalIdLo");
    bytes32 internal constant SCORE = bytes32("score");
    bytes32 internal constant FLAGS = bytes32("flags");
    bytes32 internal constant VOTE = bytes32("vote");

    // One bit per parameter, to find duplicates and missing ones.
    uint256 private constant HAS_ID_HI = 1;
    uint256 private constant HAS_ID_LO = 2;
    uint256 private constant HAS_SCORE = 4;
    uint256 private constant HAS_FLAGS = 8;
    uint256 private constant HAS_VOTE = 16;

    /// @notice The highest (most dangerous) score.
    uint8 public constant MAX_SCORE = 100;
    // GovernorCountingSimple's vote types.
    uint8 private constant VOTE_AGAINST = 0;
    uint8 private constant VOTE_FOR = 1;
    uint8 private constant VOTE_ABSTAIN = 2;

    /// @notice The only account allowed to post scores and cast votes (ParameterGuard).
    address public immutable guard;
    /// @notice The governor whose proposals are scored and voted on.
    IGovernor public immutable governor;
    /// @notice The lowest stored score at which this contract may vote.
    uint8 public immutable voteThreshold;

    // blockNumber is 0 until the proposal is scored (no transaction runs in block 0); one slot.
    struct Score {
        uint8 score;
        uint64 flags;
        uint64 blockNumber;
    }

    mapping(uint256 proposalId => Score) private _scores;

    event ScorePosted(uint256 indexed proposalId, uint8 score, uint64 flags);
    /// @notice This contract voted `support` (0 against, 2 abstain) with `weight` votes on a proposal scored `score`.
    event VoteCastOnScore(uint256 indexed proposalId, uint8 support, uint8 score, uint256 weight);

    error ZeroAddress();
    error InvalidVoteThreshold(uint8 threshold);
    error NotGuard(address caller);
    error UnknownParam(bytes32 param);
    error DuplicateParam(bytes32 param);
    error ValueOutOfRange(bytes32 param, int256 value);
    error MissingProposalId();
    error IncompletePost(uint256 proposalId);
    error PostWithVote(uint256 proposalId);
    error NothingToApply(uint256 proposalId);
    error UnknownProposal(uint256 proposalId);
    error AlreadyScored(uint256 proposalId);
    error VotingStarted(uint256 proposalId, uint256 snapshot);
    error ProposalNotPending(uint256 proposalId, uint8 state);
    error ForVoteRefused(uint256 proposalId);
    error NotScored(uint256 proposalId);
    error ScoreBelowVoteThreshold(uint256 proposalId, uint8 score, uint8 threshold);

    constructor(address guard_, IGovernor governor_, uint8 voteThreshold_) {
        if (guard_ == address(0) || address(governor_) == address(0)) revert ZeroAddress();
        if (voteThreshold_ > MAX_SCORE) revert InvalidVoteThreshold(voteThreshold_);
        guard = guard_;
        governor = governor_;
        voteThreshold = voteThreshold_;
    }

    /// @notice Returns whether `proposalId` is scored, and its score, flags and the block it was posted in.
    function scoreOf(uint256 proposalId)
        external
        view
        returns (bool scored, uint8 score, uint64 flags, uint64 blockNumber)
    {
        Score storage s = _scores[proposalId];
        return (s.blockNumber != 0, s.score, s.flags, s.blockNumber);
    }

    /// @inheritdoc IGuardedTarget
    /// @dev A post is proposalIdHi, proposalIdLo, score and flags; a vote is
    /// proposalIdHi, proposalIdLo and vote; in any order, each once. Values
    /// are range-checked here too, whatever bounds the guard was given. The
    /// guard has checked that params and values have the same length.
    function applyParameters(bytes32[] calldata params, int256[] calldata values) external {
        if (msg.sender != guard) revert NotGuard(msg.sender);
        uint256 seen;
        uint256 idHi;
        uint256 idLo;
        uint256 score;
        uint256 flags;
        uint256 vote;
        for (uint256 i = 0; i < params.length; i++) {
            bytes32 p = params[i];
            int256 v = values[i];
            uint256 bit;
            uint256 limit;
            if (p == PROPOSAL_ID_HI) {
                (bit, limit) = (HAS_ID_HI, type(uint128).max);
            } else if (p == PROPOSAL_ID_LO) {
                (bit, limit) = (HAS_ID_LO, type(uint128).max);
            } else if (p == SCORE) {
                (bit, limit) = (HAS_SCORE, MAX_SCORE);
            } else if (p == FLAGS) {
                (bit, limit) = (HAS_FLAGS, type(uint64).max);
            } else if (p == VOTE) {
                (bit, limit) = (HAS_VOTE, VOTE_ABSTAIN);
            } else {
                revert UnknownParam(p);
            }
            if (seen & bit != 0) revert DuplicateParam(p);
            if (v < 0 || uint256(v) > limit) revert ValueOutOfRange(p, v);
            seen |= bit;
            if (bit == HAS_ID_HI) idHi = uint256(v);
            else if (bit == HAS_ID_LO) idLo = uint256(v);
            else if (bit == HAS_SCORE) score = uint256(v);
            else if (bit == HAS_FLAGS) flags = uint256(v);
            else vote = uint256(v);
        }
        if (seen & (HAS_ID_HI | HAS_ID_LO) != (HAS_ID_HI | HAS_ID_LO)) revert MissingProposalId();
        uint256 proposalId = (idHi << 128) | idLo;
        bool posting = seen & (HAS_SCORE | HAS_FLAGS) != 0;
        bool voting = seen & HAS_VOTE != 0;
        if (posting && voting) revert PostWithVote(proposalId);
        if (posting) {
            if (seen & (HAS_SCORE | HAS_FLAGS) != (HAS_SCORE | HAS_FLAGS)) revert IncompletePost(proposalId);
            // Both fit: checked against MAX_SCORE and type(uint64).max above.
            _post(proposalId, uint8(score), uint64(flags));
        } else if (voting) {
            _vote(proposalId, uint8(vote));
        } else {
            revert NothingToApply(proposalId);
        }
    }

    // A score is public before voting starts, and final.
    function _post(uint256 proposalId, uint8 score, uint64 flags) private {
        Score storage s = _scores[proposalId];
        if (s.blockNumber != 0) revert AlreadyScored(proposalId);
        uint256 snapshot = governor.proposalSnapshot(proposalId);
        if (snapshot == 0) revert UnknownProposal(proposalId);
        IGovernor.ProposalState state = governor.state(proposalId);
        if (state != IGovernor.ProposalState.Pending) {
            if (governor.clock() > snapshot) revert VotingStarted(proposalId, snapshot);
            revert ProposalNotPending(proposalId, uint8(state)); // canceled before its vote
        }
        (s.score, s.flags, s.blockNumber) = (score, flags, uint64(block.number));
        emit ScorePosted(proposalId, score, flags);
    }

    // Only against or abstain, only on a proposal scored at or above the
    // threshold; the governor refuses a vote outside the voting period.
    function _vote(uint256 proposalId, uint8 support) private {
        if (support == VOTE_FOR) revert ForVoteRefused(proposalId);
        Score storage s = _scores[proposalId];
        if (s.blockNumber == 0) revert NotScored(proposalId);
        uint8 score = s.score;
        if (score < voteThreshold) revert ScoreBelowVoteThreshold(proposalId, score, voteThreshold);
        uint256 weight = governor.castVote(proposalId, support);
        emit VoteCastOnScore(proposalId, support, score, weight);
    }
}
