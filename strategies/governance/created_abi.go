package governance

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// createdFields is the data of a ProposalCreated log, decoded by hand:
//
//	ProposalCreated(uint256 proposalId, address proposer, address[] targets,
//	    uint256[] values, string[] signatures, bytes[] calldatas,
//	    uint256 voteStart, uint256 voteEnd, string description)
//
// none of them indexed, so all in the data: nine head words, the dynamic
// ones offsets into it. Every offset and length is checked against the
// data before it is read; nothing is decoded by reflection.
type createdFields struct {
	ID                 *big.Int
	Proposer           common.Address
	Targets            []common.Address
	Values             []*big.Int
	Signatures         []string
	Calldatas          [][]byte
	VoteStart, VoteEnd *big.Int
	Description        string
}

// createdHead is the number of head words.
const createdHead = 9

// errABI is the error of malformed event data.
var errABI = errors.New("malformed ABI data")

// abiData reads ABI-encoded data with bounds checks.
type abiData []byte

// word is the 32 bytes at off.
func (d abiData) word(off uint64) ([]byte, error) {
	if off > uint64(len(d)) || uint64(len(d))-off < 32 {
		return nil, fmt.Errorf("%w: word at %d of %d bytes", errABI, off, len(d))
	}
	return d[off : off+32], nil
}

// uint is the word at off as a number that fits an int index into d.
func (d abiData) uint(off uint64, what string) (uint64, error) {
	w, err := d.word(off)
	if err != nil {
		return 0, err
	}
	v := new(big.Int).SetBytes(w)
	if !v.IsUint64() || v.Uint64() > uint64(len(d)) {
		return 0, fmt.Errorf("%w: %s %s beyond the %d bytes", errABI, what, v, len(d))
	}
	return v.Uint64(), nil
}

// address is the word at off as an address (its 12 high bytes zero).
func (d abiData) address(off uint64) (common.Address, error) {
	w, err := d.word(off)
	if err != nil {
		return common.Address{}, err
	}
	for _, b := range w[:12] {
		if b != 0 {
			return common.Address{}, fmt.Errorf("%w: word at %d is not an address", errABI, off)
		}
	}
	return common.BytesToAddress(w[12:]), nil
}

// array is the length and the start of the elements of the array whose
// offset (from the start of the data) is at head.
func (d abiData) array(head uint64, what string) (n, start uint64, err error) {
	off, err := d.uint(head, what+" offset")
	if err != nil {
		return 0, 0, err
	}
	n, err = d.uint(off, what+" length")
	if err != nil {
		return 0, 0, err
	}
	start = off + 32
	if n > (uint64(len(d))-min(start, uint64(len(d))))/32 {
		return 0, 0, fmt.Errorf("%w: %s of %d elements beyond the %d bytes", errABI, what, n, len(d))
	}
	return n, start, nil
}

// bytes is the byte string whose offset is at head (from base).
func (d abiData) bytes(base, head uint64, what string) ([]byte, error) {
	off, err := d.uint(head, what+" offset")
	if err != nil {
		return nil, err
	}
	n, err := d.uint(base+off, what+" length")
	if err != nil {
		return nil, err
	}
	start := base + off + 32
	if start > uint64(len(d)) || n > uint64(len(d))-start {
		return nil, fmt.Errorf("%w: %s of %d bytes beyond the %d bytes", errABI, what, n, len(d))
	}
	return append([]byte(nil), d[start:start+n]...), nil
}

// decodeCreatedData decodes a ProposalCreated log's data.
func decodeCreatedData(data []byte) (createdFields, error) {
	d := abiData(data)
	var f createdFields
	if len(d) < createdHead*32 {
		return f, fmt.Errorf("%w: %d bytes, want at least %d", errABI, len(d), createdHead*32)
	}
	w, _ := d.word(0)
	f.ID = new(big.Int).SetBytes(w)
	var err error
	if f.Proposer, err = d.address(32); err != nil {
		return f, err
	}
	n, start, err := d.array(2*32, "targets")
	if err != nil {
		return f, err
	}
	f.Targets = make([]common.Address, n)
	for i := range n {
		if f.Targets[i], err = d.address(start + 32*i); err != nil {
			return f, err
		}
	}
	if n, start, err = d.array(3*32, "values"); err != nil {
		return f, err
	}
	f.Values = make([]*big.Int, n)
	for i := range n {
		w, _ := d.word(start + 32*i) // in range: array checked the elements
		f.Values[i] = new(big.Int).SetBytes(w)
	}
	strs, err := d.byteStrings(4*32, "signatures")
	if err != nil {
		return f, err
	}
	f.Signatures = make([]string, len(strs))
	for i, s := range strs {
		f.Signatures[i] = string(s)
	}
	if f.Calldatas, err = d.byteStrings(5*32, "calldatas"); err != nil {
		return f, err
	}
	w, _ = d.word(6 * 32)
	f.VoteStart = new(big.Int).SetBytes(w)
	w, _ = d.word(7 * 32)
	f.VoteEnd = new(big.Int).SetBytes(w)
	desc, err := d.bytes(0, 8*32, "description")
	if err != nil {
		return f, err
	}
	f.Description = string(desc)
	return f, nil
}

// byteStrings is the string[] or bytes[] whose offset is at head: a length,
// then one offset per element, from the first of them, to the element's
// length and bytes.
func (d abiData) byteStrings(head uint64, what string) ([][]byte, error) {
	n, start, err := d.array(head, what)
	if err != nil {
		return nil, err
	}
	out := make([][]byte, n)
	for i := range n {
		if out[i], err = d.bytes(start, start+32*i, fmt.Sprintf("%s[%d]", what, i)); err != nil {
			return nil, err
		}
	}
	return out, nil
}
