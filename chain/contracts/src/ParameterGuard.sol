// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {Math} from "@openzeppelin/contracts/utils/math/Math.sol";
import {InferenceRegistry} from "./InferenceRegistry.sol";
import {Action, IGuardedTarget, IInferenceVerifier, InferenceRecord, ParamBounds} from "./Types.sol";

/// @title ParameterGuard
/// @notice A risk steward: applies a parameter change to a target only when the
/// inference behind it is in a root committed by an authorised agent, its
/// published inputs and outputs match the record, and the change stays within
/// the owner's bounds (min, max, absolute and percent step, cooldown). Every
/// refusal is a named custom error. Even a stolen agent key can only move
/// parameters within bounds, at the allowed pace, until the guardian pauses
/// the guard or the owner revokes the key in the registry.
///
/// Roots expire: an action must be applied within `rootTtlBlocks` of the block
/// its root was committed in (else RootExpired). Records are checked through
/// the IInferenceVerifier interface (Merkle inclusion today), so a
/// zero-knowledge or optimistic verifier can be plugged in by the owner.
///
/// Every inference record must also rest on canonical state: its block must be
/// mined before the block applying it (else RecordFromFuture), be one of the
/// last 256 blocks whose hash the BLOCKHASH opcode still returns (else
/// RecordTooOld), and have exactly the hash the record carries (else
/// OrphanedRecord). An action whose record was built on a block that a reorg
/// replaced, then re-broadcast onto the new branch, is therefore refused.
///
/// Two ways to apply: commitAndApply/applyActions are all-or-nothing (any
/// refusal reverts the transaction with its named error); commitAndTryApply
/// applies each action on its own and emits ActionRefused, carrying the named
/// error's revert data, for each one refused.
contract ParameterGuard {
    // ParamBounds flattened with the configured flag, so the flag shares a
    // slot with maxStepBps and cooldownBlocks (4 slots, not 5).
    struct Limit {
        int256 min;
        int256 max;
        int256 maxStep;
        uint32 maxStepBps;
        uint64 cooldownBlocks;
        bool configured;
    }

    struct Value {
        int256 value;
        // lastBlock is 0 until the first change is applied (no transaction runs in block 0).
        uint64 lastBlock;
    }

    /// @notice The deployer; the only account that sets bounds, the verifier, the guardian and the root TTL.
    address public immutable owner;
    /// @notice The registry holding committed roots and authorised models.
    InferenceRegistry public immutable registry;
    // verifier, paused and rootTtlBlocks share one slot: every apply reads all three.
    /// @notice Proves records belong to committed roots.
    IInferenceVerifier public verifier;
    /// @notice While true every apply reverts with Paused.
    bool public paused;
    /// @notice How many blocks after its commitment a root may still back actions.
    uint64 public rootTtlBlocks;
    /// @notice May pause the guard (only the owner unpauses).
    address public guardian;

    mapping(address target => mapping(bytes32 param => Limit)) private _limits;
    mapping(address target => mapping(bytes32 param => Value)) private _values;

    event ParameterApplied(
        address indexed target, bytes32 indexed param, int256 oldValue, int256 newValue, bytes32 recordHash, bytes32 root
    );
    /// @notice An action commitAndTryApply refused; reason is the revert data of the named error.
    event ActionRefused(bytes32 indexed root, uint256 index, address indexed target, bytes32 recordHash, bytes reason);
    event BoundsSet(address indexed target, bytes32 indexed param, ParamBounds bounds, int256 initial);
    event VerifierSet(address verifier);
    event GuardianSet(address guardian);
    event RootTtlSet(uint64 blocks);
    event GuardPaused(address indexed by);
    event GuardUnpaused(address indexed by);

    error NotOwner(address caller);
    error NotGuardian(address caller);
    error OnlySelf(address caller);
    error Paused();
    error InvalidBounds(int256 min, int256 max, int256 maxStep, int256 initial);
    error InvalidVerifier();
    error InvalidRootTtl();
    error RootNotCommitted(bytes32 root);
    error RootExpired(bytes32 root, uint64 committedAt, uint64 ttlBlocks);
    error AgentMismatch(address expected, address actual);
    error ModelNotAuthorised(address agent, bytes32 modelDigest);
    error InvalidProof(bytes32 recordHash, bytes32 root);
    error InputsMismatch(bytes32 recordHash, bytes32 committed, bytes32 published);
    error OutputsMismatch(bytes32 recordHash, bytes32 committed, bytes32 published);
    error LengthMismatch();
    error UnknownParameter(address target, bytes32 param);
    error OutOfBounds(address target, bytes32 param, int256 value, int256 min, int256 max);
    error StepTooLarge(address target, bytes32 param, int256 from, int256 to, int256 maxStep);
    error StepTooLargePercent(address target, bytes32 param, int256 from, int256 to, uint32 maxStepBps);
    error CooldownActive(address target, bytes32 param, uint64 readyAtBlock);
    error RecordFromFuture(uint64 blockNumber);
    error OrphanedRecord(uint64 blockNumber, bytes32 recorded, bytes32 canonical);
    error RecordTooOld(uint64 blockNumber);

    modifier onlyOwner() {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        _;
    }

    modifier whenNotPaused() {
        if (paused) revert Paused();
        _;
    }

    constructor(InferenceRegistry registry_, IInferenceVerifier verifier_, address guardian_, uint64 rootTtlBlocks_) {
        if (address(verifier_) == address(0)) revert InvalidVerifier();
        if (rootTtlBlocks_ == 0) revert InvalidRootTtl();
        owner = msg.sender;
        registry = registry_;
        verifier = verifier_;
        guardian = guardian_;
        rootTtlBlocks = rootTtlBlocks_;
    }

    /// @notice Configures (or reconfigures) the bounds of `param` on `target` and
    /// resets its current value to `initial`, which must be the target's actual
    /// value. The next change after this call is not subject to the cooldown.
    function setBounds(address target, bytes32 param, ParamBounds calldata b, int256 initial) external onlyOwner {
        if (b.min > b.max || b.maxStep < 0 || initial < b.min || initial > b.max) {
            revert InvalidBounds(b.min, b.max, b.maxStep, initial);
        }
        _limits[target][param] = Limit(b.min, b.max, b.maxStep, b.maxStepBps, b.cooldownBlocks, true);
        _values[target][param] = Value(initial, 0);
        emit BoundsSet(target, param, b, initial);
    }

    /// @notice Replaces the record verifier (for example by a zero-knowledge one).
    function setVerifier(IInferenceVerifier verifier_) external onlyOwner {
        if (address(verifier_) == address(0)) revert InvalidVerifier();
        verifier = verifier_;
        emit VerifierSet(address(verifier_));
    }

    /// @notice Sets the account that may pause the guard (zero: only the owner).
    function setGuardian(address guardian_) external onlyOwner {
        guardian = guardian_;
        emit GuardianSet(guardian_);
    }

    /// @notice Sets how many blocks a committed root may back actions for.
    function setRootTtl(uint64 blocks) external onlyOwner {
        if (blocks == 0) revert InvalidRootTtl();
        rootTtlBlocks = blocks;
        emit RootTtlSet(blocks);
    }

    /// @notice Stops every parameter change; the guardian or the owner may call it.
    function pause() external {
        if (msg.sender != guardian && msg.sender != owner) revert NotGuardian(msg.sender);
        paused = true;
        emit GuardPaused(msg.sender);
    }

    /// @notice Resumes parameter changes; only the owner may call it.
    function unpause() external onlyOwner {
        paused = false;
        emit GuardUnpaused(msg.sender);
    }

    /// @notice Returns the bounds of `param` on `target` and whether they are configured.
    function bounds(address target, bytes32 param) external view returns (ParamBounds memory b, bool configured) {
        Limit storage l = _limits[target][param];
        return (ParamBounds(l.min, l.max, l.maxStep, l.maxStepBps, l.cooldownBlocks), l.configured);
    }

    /// @notice Returns the current value of `param` on `target` and the block it
    /// was last changed in (0 if never changed through the guard).
    function current(address target, bytes32 param) external view returns (int256 value, uint64 lastBlock) {
        Value storage v = _values[target][param];
        return (v.value, v.lastBlock);
    }

    /// @notice Commits `root` for the caller in the registry, then applies `actions`
    /// exactly as applyActions does: one transaction for the whole tick.
    function commitAndApply(bytes32 root, Action[] calldata actions) external whenNotPaused {
        registry.commitFor(msg.sender, root);
        _checkRoot(root);
        for (uint256 i = 0; i < actions.length; i++) {
            _applyAction(msg.sender, root, actions[i]);
        }
    }

    /// @notice Commits `root` for the caller, then applies each action on its
    /// own: a refused action emits ActionRefused and the others still apply.
    /// Returns how many actions were applied.
    function commitAndTryApply(bytes32 root, Action[] calldata actions) external whenNotPaused returns (uint256 applied) {
        registry.commitFor(msg.sender, root);
        _checkRoot(root);
        for (uint256 i = 0; i < actions.length; i++) {
            try this.applyOne(msg.sender, root, actions[i]) {
                applied++;
            } catch (bytes memory reason) {
                emit ActionRefused(root, i, actions[i].target, _hashRecord(actions[i].record), reason);
            }
        }
    }

    /// @notice Applies one action for commitAndTryApply; callable by the guard itself only.
    function applyOne(address agent, bytes32 root, Action calldata a) external {
        if (msg.sender != address(this)) revert OnlySelf(msg.sender);
        _applyAction(agent, root, a);
    }

    /// @notice Applies `actions` backed by the already committed, unexpired
    /// `root`; the caller must be the agent that committed it.
    function applyActions(bytes32 root, Action[] calldata actions) external whenNotPaused {
        _checkRoot(root);
        for (uint256 i = 0; i < actions.length; i++) {
            _applyAction(msg.sender, root, actions[i]);
        }
    }

    function _checkRoot(bytes32 root) private view {
        (address agent, uint64 committedAt) = registry.committer(root);
        if (agent == address(0)) revert RootNotCommitted(root);
        if (msg.sender != agent) revert AgentMismatch(agent, msg.sender);
        if (block.number > uint256(committedAt) + rootTtlBlocks) revert RootExpired(root, committedAt, rootTtlBlocks);
    }

    function _applyAction(address agent, bytes32 root, Action calldata a) private {
        if (a.record.agent != agent) revert AgentMismatch(agent, a.record.agent);
        if (!registry.isAuthorized(agent, a.record.modelDigest)) revert ModelNotAuthorised(agent, a.record.modelDigest);
        bytes32 recordHash = _hashRecord(a.record);
        if (!verifier.verifyRecord(root, recordHash, a.proof)) revert InvalidProof(recordHash, root);
        _checkPublication(recordHash, a);
        _checkCanonical(a.record.blockNumber, a.record.blockHash);
        if (a.params.length != a.values.length) revert LengthMismatch();
        for (uint256 j = 0; j < a.params.length; j++) {
            _check(a.target, a.params[j], a.values[j], recordHash, root);
        }
        IGuardedTarget(a.target).applyParameters(a.params, a.values);
    }

    // The published inputs and outputs must be what the record commits to.
    function _checkPublication(bytes32 recordHash, Action calldata a) private pure {
        bytes32 inputs = keccak256(a.inputs);
        if (inputs != a.record.inputDigest) revert InputsMismatch(recordHash, a.record.inputDigest, inputs);
        bytes32 outputs = keccak256(a.outputs);
        if (outputs != a.record.outputDigest) revert OutputsMismatch(recordHash, a.record.outputDigest, outputs);
    }

    function _check(address target, bytes32 param, int256 to, bytes32 recordHash, bytes32 root) private {
        Limit storage b = _limits[target][param];
        if (!b.configured) revert UnknownParameter(target, param);
        if (to < b.min || to > b.max) revert OutOfBounds(target, param, to, b.min, b.max);
        Value storage v = _values[target][param];
        int256 from = v.value;
        uint256 step = _distance(from, to);
        if (step > uint256(b.maxStep)) revert StepTooLarge(target, param, from, to, b.maxStep);
        uint32 bps = b.maxStepBps;
        if (bps != 0 && from != 0 && step > Math.mulDiv(_abs(from), bps, 10_000)) {
            revert StepTooLargePercent(target, param, from, to, bps);
        }
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

    // |a| without overflow, type(int256).min included.
    function _abs(int256 a) private pure returns (uint256) {
        unchecked {
            return a >= 0 ? uint256(a) : uint256(-(a + 1)) + 1;
        }
    }
}
