// SPDX-License-Identifier: MIT
pragma solidity ^0.8.28;

import {IInferenceVerifier} from "./Types.sol";

/// @title MerkleVerifier
/// @notice Verifies that a record hash is a leaf of a Merkle root built with
/// sorted-pair keccak256 hashing (OpenZeppelin's MerkleProof convention, and
/// Go's inference/commit). The proof is the sibling hashes from leaf to root,
/// packed: 32 bytes each, so its length must be a multiple of 32.
contract MerkleVerifier is IInferenceVerifier {
    /// @inheritdoc IInferenceVerifier
    function verifyRecord(bytes32 root, bytes32 recordHash, bytes calldata proof) external pure returns (bool) {
        if (proof.length % 32 != 0) return false;
        bytes32 h = recordHash;
        for (uint256 i = 0; i < proof.length; i += 32) {
            bytes32 sibling = bytes32(proof[i:i + 32]);
            h = h < sibling ? _hash(h, sibling) : _hash(sibling, h);
        }
        return h == root;
    }

    function _hash(bytes32 a, bytes32 b) private pure returns (bytes32 out) {
        assembly ("memory-safe") {
            mstore(0x00, a)
            mstore(0x20, b)
            out := keccak256(0x00, 0x40)
        }
    }
}
