package commit

import (
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Record is one inference, as committed on chain. Its field order and types
// mirror the Solidity struct InferenceRecord in chain/contracts.
type Record struct {
	Agent        common.Address
	ModelDigest  common.Hash
	InputDigest  common.Hash
	OutputDigest common.Hash
	BlockNumber  uint64
	BlockHash    common.Hash
	Nonce        uint64
}

var (
	recordArgs = mustArguments("address", "bytes32", "bytes32", "bytes32", "uint64", "bytes32", "uint64")
	intsArgs   = mustArguments("int256[]")
)

// Hash returns keccak256(abi.encode(record fields in order)), the Merkle leaf
// and the identity of the record everywhere (store, chain, verify).
func (r Record) Hash() common.Hash {
	enc, err := recordArgs.Pack(r.Agent, r.ModelDigest, r.InputDigest, r.OutputDigest,
		r.BlockNumber, r.BlockHash, r.Nonce)
	if err != nil {
		// Pack only fails on a type mismatch, which the fixed field types rule out.
		panic("commit: pack record: " + err.Error())
	}
	return crypto.Keccak256Hash(enc)
}

// DigestInts returns keccak256(abi.encode(int256[] values)): the canonical
// digest of a fixed-point input or output vector.
func DigestInts(values []int64) common.Hash {
	return crypto.Keccak256Hash(EncodeInts(values))
}

func mustArguments(types ...string) abi.Arguments {
	args := make(abi.Arguments, len(types))
	for i, t := range types {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			panic("commit: abi type " + t + ": " + err.Error())
		}
		args[i] = abi.Argument{Type: typ}
	}
	return args
}
