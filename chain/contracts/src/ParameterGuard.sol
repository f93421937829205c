// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {MerkleProof} from "@openzeppelin/contracts/utils/cryptography/MerkleProof.sol";
import {InferenceRegistry} from "./InferenceRegistry.sol";
import {Action, IGuardedTarget, InferenceRecord} from "./Types.sol";

/// @title ParameterGuard
/// @notice A risk steward: applies a parameter change to a target only when the
/// inference behind it is in a root committed by an authorised agent, and the
/// change stays within the owner's bounds (min, max, maximum step, cooldown).
/// Every refusal is a named custom error. Even a stolen agent key can only move
/// parameters within bounds, at the allowed pace.
///
/// Every inference record must also rest on canonical state: its block must be
/// mined before the block applying it (else RecordFromFuture), be one of the
/// last 256 blocks whose hash the BLOCKHASH opcode still returns (else
/// RecordTooOld), and have exactly the hash the record carries (else
/// OrphanedRecord). An action whose record was built on a block that a reorg
/// replaced, then re-broadcast onto the new branch, is therefore refused.
/// Acting on state more than 256 blocks old is never intended, so such a
/// record is refused rather than applied unchecked.
contract ParameterGuard {
    struct Bounds {
        int256 min;
        int256 max;
        int256 maxStep;
        uint64 cooldownBlocks;
        bool configured;
    }

    struct Value {
        int256 value;
        // lastBlock is 0 until the first change is applied (no transaction runs in block 0).
        uint64 lastBlock;
    }

    /// @notice The deployer; the only account that sets bounds.
    address public immutable owner;
    /// @notice The registry holding committed roots and authorised models.
    InferenceRegistry public immutable registry;

    mapping(address target => mapping(bytes32 param => Bounds)) private _bounds;
    mapping(address target => mapping(bytes32 param => Value)) private _values;

    event ParameterApplied(
        address indexed target, bytes32 indexed param, int256 oldValue, int256 newValue, bytes32 recordHash, bytes32 root
    );
    event BoundsSet(
        address indexed target,
        bytes32 indexed param,
        int256 min,
        int256 max,
        int256 maxStep,
        uint64 cooldownBlocks,
        int256 initial
    );

    error NotOwner(address caller);
    error InvalidBounds(int256 min, int256 max, int256 maxStep, int256 initial);
    error RootNotCommitted(bytes32 root);
    error AgentMismatch(address expected, address actual);
    error ModelNotAuthorised(address agent, bytes32 modelDigest);
    error InvalidProof(bytes32 recordHash, bytes32 root);
    error LengthMismatch();
    error UnknownParameter(address target, bytes32 param);
    error OutOfBounds(address target, bytes32 param, int256 value, int256 min, int256 max);
    error StepTooLarge(address target, bytes32 param, int256 from, int256 to, int256 maxStep);
    error CooldownActive(address target, bytes32 param, uint64 readyAtBlock);
    error RecordFromFuture(uint64 blockNumber);
    error OrphanedRecord(uint64 blockNumber, bytes32 recorded, bytes32 canonical);
    error RecordTooOld(uint64 blockNumber);

    constructor(InferenceRegistry registry_) {
        owner = msg.sender;
        registry = registry_;
    }

    /// @notice Configures (or reconfigures) the bounds of `param` on `target` and
    /// resets its current value to `initial`, which must be the target's actual
    /// value. The next change after this call is not subject to the cooldown.
    function setBounds(
        address target,
        bytes32 param,
        int256 min,
        int256 max,
        int256 maxStep,
        uint64 cooldownBlocks,
        int256 initial
    ) external {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        if (min > max || maxStep < 0 || initial < min || initial > max) {
            revert InvalidBounds(min, max, maxStep, initial);
        }
        _bounds[target][param] = Bounds(min, max, maxStep, cooldownBlocks, true);
        _values[target][param] = Value(initial, 0);
        emit BoundsSet(target, param, min, max, maxStep, cooldownBlocks, initial);
    }

    /// @notice Returns the bounds of `param` on `target` (all zero if not configured).
    function bounds(address target, bytes32 param)
        external
        view
        returns (int256 min, int256 max, int256 maxStep, uint64 cooldownBlocks, bool configured)
    {
        Bounds storage b = _bounds[target][param];
        return (b.min, b.max, b.maxStep, b.cooldownBlocks, b.configured);
    }

    /// @notice Returns the current value of `param` on `target` and the block it
    /// was last changed in (0 if never changed through the guard).
    function current(address target, bytes32 param) external view returns (int256 value, uint64 lastBlock) {
        Value storage v = _values[target][param];
        return (v.value, v.lastBlock);
    }

    /// @notice Commits `root` for the caller in the registry, then applies `actions`
    /// exactly as applyActions does: one transaction for the whole tick.
    function commitAndApply(bytes32 root, Action[] calldata actions) external {
        registry.commitFor(msg.sender, root);
        _apply(root, actions);
    }

    /// @notice Applies `actions` backed by the already committed `root`; the
    /// caller must be the agent that committed it.
    function applyActions(bytes32 root, Action[] calldata actions) external {
        _apply(root, actions);
    }

    function _apply(bytes32 root, Action[] calldata actions) private {
        (address agent,) = registry.committer(root);
        if (agent == address(0)) revert RootNotCommitted(root);
        for (uint256 i = 0; i < actions.length; i++) {
            Action calldata a = actions[i];
            if (msg.sender != agent) revert AgentMismatch(agent, msg.sender);
            if (a.record.agent != agent) revert AgentMismatch(agent, a.record.agent);
            if (!registry.isAuthorized(a.record.agent, a.record.modelDigest)) {
                revert ModelNotAuthorised(a.record.agent, a.record.modelDigest);
            }
            bytes32 recordHash = _hashRecord(a.record);
            if (!MerkleProof.verifyCalldata(a.proof, root, recordHash)) revert InvalidProof(recordHash, root);
            _checkCanonical(a.record.blockNumber, a.record.blockHash);
            if (a.params.length != a.values.length) revert LengthMismatch();
            for (uint256 j = 0; j < a.params.length; j++) {
                _check(a.target, a.params[j], a.values[j], recordHash, root);
            }
            IGuardedTarget(a.target).applyParameters(a.params, a.values);
        }
    }

    function _check(address target, bytes32 param, int256 to, bytes32 recordHash, bytes32 root) private {
        Bounds storage b = _bounds[target][param];
        if (!b.configured) revert UnknownParameter(target, param);
        if (to < b.min || to > b.max) revert OutOfBounds(target, param, to, b.min, b.max);
        Value storage v = _values[target][param];
        int256 from = v.value;
        if (_distance(from, to) > uint256(b.maxStep)) revert StepTooLarge(target, param, from, to, b.maxStep);
        uint64 last = v.lastBlock;
        if (last != 0) {
            uint256 readyAt = uint256(last) + b.cooldownBlocks;
            if (block.number < readyAt) {
                revert CooldownActive(target, param, readyAt > type(uint64).max ? type(uint64).max : uint64(readyAt));
            }
        }
        v.value = to;
        v.lastBlock = uint64(block.number);
        emit ParameterApplied(target, param, from, to, recordHash, root);
    }

    // The record's block must be an earlier block of this chain, at most 256
    // blocks back (BLOCKHASH returns 0 beyond that, and for the current block).
    function _checkCanonical(uint64 number, bytes32 recorded) private view {
        if (number >= block.number) revert RecordFromFuture(number);
        bytes32 canonical = blockhash(number);
        if (canonical == bytes32(0)) revert RecordTooOld(number);
        if (canonical != recorded) revert OrphanedRecord(number, recorded, canonical);
    }

    function _hashRecord(InferenceRecord calldata r) private pure returns (bytes32) {
        return keccak256(abi.encode(r));
    }

    // |a - b| without overflow for any pair of int256 values.
    function _distance(int256 a, int256 b) private pure returns (uint256) {
        unchecked {
            return a >= b ? uint256(a) - uint256(b) : uint256(b) - uint256(a);
        }
    }
}
