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

/// @notice A parameter change for one target, with the inference behind it,
/// the proof that the inference's record is in a committed root, and the
/// published inputs and outputs of the inference.
/// @dev `inputs` and `outputs` are what the record's digests commit to
/// (keccak256(inputs) == record.inputDigest, likewise for outputs); the guard
/// refuses an action whose publication does not match, so anyone holding a
/// node can re-check every applied inference. For an ONNX model they are
/// abi.encode(int256[] fixedPointValues); for an LLM they hold the digests of
/// the prompt and answer, whose texts live in a content-addressed blob store.
/// `context` is the strategy's observation the values derive from (for
/// example the pool tick), abi.encode(string strategy, int256[] values); it is
/// not checked on chain but is signed by the agent with the rest.
struct Action {
    address target;
    bytes32[] params;
    int256[] values;
    InferenceRecord record;
    bytes proof;
    bytes inputs;
    bytes outputs;
    bytes context;
}

/// @notice The limits of one guarded parameter.
/// @dev maxStep bounds |new − old| absolutely; maxStepBps (0 = off) bounds it
/// relative to |old| in basis points and does not apply while old is 0.
struct ParamBounds {
    int256 min;
    int256 max;
    int256 maxStep;
    uint32 maxStepBps;
    uint64 cooldownBlocks;
}

/// @notice A contract whose parameters are set only through ParameterGuard.
interface IGuardedTarget {
    /// @notice Applies already-checked parameter values; called by the guard only.
    function applyParameters(bytes32[] calldata params, int256[] calldata values) external;
}

/// @notice Proves that an inference record belongs to a committed root. The
/// guard asks this interface only, so a zero-knowledge or optimistic verifier
/// can replace the Merkle one without changing the guard.
interface IInferenceVerifier {
    /// @notice Returns whether the record with hash `recordHash` is proven to
    /// be part of the commitment `root` by `proof`.
    function verifyRecord(bytes32 root, bytes32 recordHash, bytes calldata proof) external view returns (bool);
}
