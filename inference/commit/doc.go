// Package commit turns inferences into verifiable commitments.
//
// A Record is one inference: which agent ran which model (by content digest)
// on which inputs, producing which outputs, at which block. Inputs and outputs
// are fixed-point integers at the scale the model card declares, so a re-run
// on any machine reproduces the same digests:
//
//	inputDigest  = keccak256(abi.encode(int256[] inputs))
//	outputDigest = keccak256(abi.encode(int256[] outputs))
//	recordHash   = keccak256(abi.encode(address agent, bytes32 modelDigest,
//	                 bytes32 inputDigest, bytes32 outputDigest,
//	                 uint64 blockNumber, bytes32 blockHash, uint64 nonce))
//
// The record hashes of one tick are the leaves of a Merkle tree built exactly
// like OpenZeppelin's MerkleProof expects (sorted-pair keccak256, leaves
// sorted), so the MerkleVerifier contract checks a proof the same way. A
// record hash is 32 bytes and an inner node hashes 64 bytes, so a leaf can
// never be confused with an inner node of the same tree.
//
// The bytes hashed into the input and output digests travel with each
// action in calldata (publication.go), and the guard refuses an action
// whose published bytes do not hash to its record's digests, so a third
// party with only a node can recompute everything.
//
// Nothing here does I/O; every function is deterministic.
package commit
