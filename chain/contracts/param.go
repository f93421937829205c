package contracts

import "fmt"

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
