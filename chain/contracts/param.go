package contracts

import (
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Param returns the on-chain name of a guarded parameter: the ASCII name
// right-padded with zero bytes, as Solidity's bytes32("tickLower").
// It panics if name is longer than 32 bytes: names are constants in code,
// and a truncated name would silently address another parameter.
func Param(name string) [32]byte {
	var p [32]byte
	if len(name) > len(p) {
		panic(fmt.Sprintf("contracts.Param: %q is %d bytes, at most 32 fit", name, len(name)))
	}
	copy(p[:], name)
	return p
}

// ParamName is the inverse of Param: the name without its zero padding, and
// false if p is not a printable-ASCII name right-padded with zeros.
func ParamName(p [32]byte) (string, bool) {
	n := len(p)
	for n > 0 && p[n-1] == 0 {
		n--
	}
	if n == 0 {
		return "", false
	}
	for _, c := range p[:n] {
		if c < 0x20 || c > 0x7e {
			return "", false
		}
	}
	return string(p[:n]), true
}

// PositionKey is the key under which a Uniswap v3 pool keeps owner's
// position [lower, upper) (UniswapV3Pool.positions): keccak256 of
// abi.encodePacked(owner, int24 lower, int24 upper).
func PositionKey(owner common.Address, lower, upper int32) common.Hash {
	i24 := func(v int32) []byte { return []byte{byte(v >> 16), byte(v >> 8), byte(v)} }
	return crypto.Keccak256Hash(owner.Bytes(), i24(lower), i24(upper))
}
