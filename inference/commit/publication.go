package commit

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// A publication is what travels with an action in calldata so that anyone
// holding a node can re-check it (ParameterGuard refuses an action whose
// publication does not hash to its record's digests):
//
//	inputs  = abi.encode(int256[] inputs)   keccak256(inputs)  == record.inputDigest
//	outputs = abi.encode(int256[] outputs)  keccak256(outputs) == record.outputDigest
//	context = abi.encode(string strategy, int256[] values)
//
// for fixed-point model inputs and outputs; other model kinds (LLMs) define
// their own inputs/outputs bytes and commit to them the same way. The
// context is what the strategy observed besides the model's output (for
// example the pool tick and its own parameters), so a verifier can re-derive
// the applied values from the committed output.

var contextArgs = mustArguments("string", "int256[]")

// EncodeInts returns abi.encode(int256[] values); DigestInts is its keccak256.
func EncodeInts(values []int64) []byte {
	enc, err := intsArgs.Pack(toBigs(values))
	if err != nil {
		panic("commit: pack int256[]: " + err.Error())
	}
	return enc
}

// DecodeInts reverses EncodeInts; every value must fit in int64.
func DecodeInts(data []byte) ([]int64, error) {
	out, err := intsArgs.Unpack(data)
	if err != nil {
		return nil, fmt.Errorf("%w: int256[]: %v", ErrBadPublication, err)
	}
	return fromBigs(out[0].([]*big.Int))
}

// Context is a strategy's observation beside the model output, published
// with each action.
type Context struct {
	// Strategy names the derivation, with a version ("marketmaking/v1").
	Strategy string
	// Values are the strategy's fixed-point observations and parameters, in
	// the order the strategy defines.
	Values []int64
}

// EncodeContext returns abi.encode(string strategy, int256[] values).
func EncodeContext(c Context) []byte {
	enc, err := contextArgs.Pack(c.Strategy, toBigs(c.Values))
	if err != nil {
		panic("commit: pack context: " + err.Error())
	}
	return enc
}

// DecodeContext reverses EncodeContext.
func DecodeContext(data []byte) (Context, error) {
	out, err := contextArgs.Unpack(data)
	if err != nil {
		return Context{}, fmt.Errorf("%w: context: %v", ErrBadPublication, err)
	}
	values, err := fromBigs(out[1].([]*big.Int))
	if err != nil {
		return Context{}, err
	}
	return Context{Strategy: out[0].(string), Values: values}, nil
}

// PackProof returns a Merkle proof in the guard's packed form: the sibling
// hashes, 32 bytes each, leaf to root (MerkleVerifier's proof bytes).
func PackProof(proof []common.Hash) []byte {
	out := make([]byte, 0, len(proof)*common.HashLength)
	for _, p := range proof {
		out = append(out, p[:]...)
	}
	return out
}

// UnpackProof reverses PackProof; the length must be a multiple of 32.
func UnpackProof(data []byte) ([]common.Hash, error) {
	if len(data)%common.HashLength != 0 {
		return nil, fmt.Errorf("%w: proof of %d bytes is not a whole number of 32-byte hashes", ErrBadPublication, len(data))
	}
	out := make([]common.Hash, len(data)/common.HashLength)
	for i := range out {
		out[i] = common.BytesToHash(data[i*common.HashLength : (i+1)*common.HashLength])
	}
	return out, nil
}

func toBigs(values []int64) []*big.Int {
	bigs := make([]*big.Int, len(values))
	for i, v := range values {
		bigs[i] = big.NewInt(v)
	}
	return bigs
}

func fromBigs(bigs []*big.Int) ([]int64, error) {
	out := make([]int64, len(bigs))
	for i, b := range bigs {
		if !b.IsInt64() {
			return nil, fmt.Errorf("%w: value %d (%s) does not fit in int64", ErrBadPublication, i, b)
		}
		out[i] = b.Int64()
	}
	return out, nil
}
