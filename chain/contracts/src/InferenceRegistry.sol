// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @title InferenceRegistry
/// @notice Records which agent keys may act for which model digests, and which
/// agent committed each Merkle root of inference records (and at which block).
/// A root is committed once and never changes hands.
contract InferenceRegistry {
    struct Commitment {
        address agent;
        uint64 blockNumber;
    }

    /// @notice The deployer; the only account that authorises agents and committers.
    address public immutable owner;

    mapping(address agent => mapping(bytes32 modelDigest => bool)) private _authorized;
    mapping(address agent => uint256) private _modelCount;
    mapping(address account => bool) private _committers;
    mapping(bytes32 root => Commitment) private _commitments;

    event RootCommitted(bytes32 indexed root, address indexed agent, uint64 blockNumber);
    event AgentAuthorized(address indexed agent, bytes32 indexed modelDigest, bool allowed);
    event CommitterSet(address indexed committer, bool allowed);

    error AgentNotAuthorised(address agent);
    error RootAlreadyCommitted(bytes32 root);
    error NotCommitter(address caller);
    error NotOwner(address caller);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    constructor() {
        owner = msg.sender;
    }

    /// @notice Allows or forbids `agent` to act on the outputs of the model `modelDigest`.
    function authorize(address agent, bytes32 modelDigest, bool allowed) external onlyOwner {
        if (_authorized[agent][modelDigest] != allowed) {
            _authorized[agent][modelDigest] = allowed;
            if (allowed) {
                _modelCount[agent] += 1;
            } else {
                _modelCount[agent] -= 1;
            }
        }
        emit AgentAuthorized(agent, modelDigest, allowed);
    }

    /// @notice Allows or forbids `committer` (e.g. ParameterGuard) to commit roots on behalf of agents.
    function setCommitter(address committer_, bool allowed) external onlyOwner {
        _committers[committer_] = allowed;
        emit CommitterSet(committer_, allowed);
    }

    /// @notice Commits `root` for the calling agent, which must hold at least one authorised model.
    function commit(bytes32 root) external {
        _commit(msg.sender, root);
    }

    /// @notice Commits `root` for `agent`; only committers may call it, and they
    /// must have checked that `agent` is the account they act for.
    function commitFor(address agent, bytes32 root) external {
        if (!_committers[msg.sender]) revert NotCommitter(msg.sender);
        _commit(agent, root);
    }

    /// @notice Returns the agent that committed `root` and the block it was
    /// committed in; the zero address if `root` was never committed.
    function committer(bytes32 root) external view returns (address agent, uint64 blockNumber) {
        Commitment storage c = _commitments[root];
        return (c.agent, c.blockNumber);
    }

    /// @notice Reports whether `agent` may act on the outputs of the model `modelDigest`.
    function isAuthorized(address agent, bytes32 modelDigest) external view returns (bool) {
        return _authorized[agent][modelDigest];
    }

    /// @notice Reports whether `account` may commit roots on behalf of agents.
    function isCommitter(address account) external view returns (bool) {
        return _committers[account];
    }

    function _commit(address agent, bytes32 root) private {
        if (_modelCount[agent] == 0) revert AgentNotAuthorised(agent);
        if (_commitments[root].agent != address(0)) revert RootAlreadyCommitted(root);
        uint64 blockNumber = uint64(block.number);
        _commitments[root] = Commitment(agent, blockNumber);
        emit RootCommitted(root, agent, blockNumber);
    }
}
