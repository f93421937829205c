// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

/// @notice One inference, as committed off chain by an agent. Its hash is
/// keccak256(abi.encode(record)), which equals Go's commit.Record.Hash().
struct InferenceRecord {
    address agent;
    bytes32 modelDigest;
    bytes32 inputDigest;
    bytes32 outputDigest;
    uint64 blockNumber;
    bytes32 blockHash;
    uint64 nonce;
}

/// @notice A parameter change for one target, with the inference behind it and
/// the Merkle proof of that inference's record hash in a committed root.
struct Action {
    address target;
    bytes32[] params;
    int256[] values;
    InferenceRecord record;
    bytes32[] proof;
}

/// @notice A contract whose parameters are set only through ParameterGuard.
interface IGuardedTarget {
    /// @notice Applies already-checked parameter values; called by the guard only.
    function applyParameters(bytes32[] calldata params, int256[] calldata values) external;
}
