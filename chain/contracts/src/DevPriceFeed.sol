// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title DevPriceFeed
/// @notice A Chainlink-style price feed whose answer its owner sets: the
/// mock aggregator of a dev chain's Aave market. The MockAggregator of
/// Aave's core-v3 package fixes its answer at construction, so the market
/// generator could not move a price without re-pointing the oracle; this one
/// keeps one address and emits Chainlink's AnswerUpdated on every change, so
/// an indexer follows prices from logs as it would on mainnet. For dev and
/// test chains only.
contract DevPriceFeed {
    /// @notice The only account that sets the answer.
    address public immutable owner;
    /// @notice Decimals of the answer (8 for USD feeds).
    uint8 public immutable decimals;
    /// @notice What the feed prices, e.g. "WETH / USD".
    string public description;

    int256 private _answer;
    uint80 private _round;
    uint256 private _updatedAt;

    /// @notice Chainlink's AggregatorInterface event.
    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    error NotFeedOwner(address caller);
    error InvalidAnswer(int256 answer);

    constructor(int256 initialAnswer, uint8 decimals_, string memory description_) {
        owner = msg.sender;
        decimals = decimals_;
        description = description_;
        _set(initialAnswer);
    }

    /// @notice Sets the answer (positive); a new round each time.
    function setAnswer(int256 answer) external {
        if (msg.sender != owner) revert NotFeedOwner(msg.sender);
        _set(answer);
    }

    function _set(int256 answer) private {
        if (answer <= 0) revert InvalidAnswer(answer);
        _answer = answer;
        _round++;
        _updatedAt = block.timestamp;
        emit AnswerUpdated(answer, _round, block.timestamp);
    }

    /// @notice The current answer (what AaveOracle reads).
    function latestAnswer() external view returns (int256) {
        return _answer;
    }

    /// @notice When the answer was last set.
    function latestTimestamp() external view returns (uint256) {
        return _updatedAt;
    }

    /// @notice The current round, 1 after construction.
    function latestRound() external view returns (uint256) {
        return _round;
    }

    /// @notice AggregatorV3Interface's view of the current round.
    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer, uint256 startedAt, uint256 updatedAt, uint80 answeredInRound)
    {
        return (_round, _answer, _updatedAt, _updatedAt, _round);
    }
}
