package decode

import (
	"bytes"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// budget bounds the work of one decoding: a call tree from Decode, or all
// of a proposal's trees from DecodeProposal. Every ABI value decoded costs
// one value (charged when its container's slots are allocated), every byte of a bytes or string value and of a nested call's
// data costs one byte, every node one call. Hostile calldata can make one
// encoded element be read many times (many offsets pointing at it), so
// the costs are charged per read, not per byte of input.
type budget struct {
	values, bytes, calls int
}

func (b *budget) spendValues(n int) error {
	if n > b.values {
		b.values = 0
		return fmt.Errorf("%w: more ABI values than the limit", errBudget)
	}
	b.values -= n
	return nil
}

func (b *budget) spendBytes(n int) error {
	if n > b.bytes {
		b.bytes = 0
		return fmt.Errorf("%w: more bytes than the limit", errBudget)
	}
	b.bytes -= n
	return nil
}

// decodeParams decodes data, the arguments after a selector, as params.
// Bytes after the last argument are ignored, as Solidity does.
func decodeParams(params []param, data []byte, b *budget) ([]Arg, error) {
	return decodeFields(params, data, b)
}

// decodeFields decodes a tuple's fields from its encoding, data.
func decodeFields(fields []param, data []byte, b *budget) ([]Arg, error) {
	if err := b.spendValues(len(fields)); err != nil {
		return nil, err
	}
	out := make([]Arg, len(fields))
	pos := 0
	for i, f := range fields {
		v, err := decodeAt(f.typ, data, pos, b)
		if err != nil {
			if f.name != "" {
				return nil, fmt.Errorf("%s: %w", f.name, err)
			}
			return nil, fmt.Errorf("argument %d: %w", i, err)
		}
		out[i] = Arg{Name: f.name, Type: f.typ.canon, Value: v}
		pos += f.typ.head
	}
	return out, nil
}

// decodeElems decodes n elements of type elem from the encoding data.
func decodeElems(elem *abiType, n int, data []byte, b *budget) ([]any, error) {
	if n > len(data)/elem.head {
		return nil, fmt.Errorf("%w: %d elements of %s need %d bytes or more, %d left", errShort, n, elem.canon, elem.head, len(data))
	}
	if err := b.spendValues(n); err != nil {
		return nil, err
	}
	out := make([]any, n)
	for i := range out {
		v, err := decodeAt(elem, data, i*elem.head, b)
		if err != nil {
			return nil, fmt.Errorf("[%d]: %w", i, err)
		}
		out[i] = v
	}
	return out, nil
}

// decodeAt decodes the value of type t whose head is at data[pos:]. data
// is the encoding of the enclosing tuple or array, which a dynamic value's
// offset counts from.
func decodeAt(t *abiType, data []byte, pos int, b *budget) (any, error) {
	if pos > len(data) || len(data)-pos < t.head {
		return nil, fmt.Errorf("%w: %s at byte %d needs %d bytes, %d left", errShort, t.canon, pos, t.head, max(len(data)-pos, 0))
	}
	if !t.dynamic {
		return decodeStatic(t, data[pos:pos+t.head], b)
	}
	off, err := readSize(data[pos:pos+32], len(data), "offset")
	if err != nil {
		return nil, err
	}
	return decodeTail(t, data[off:], b)
}

// decodeTail decodes a dynamic value from where its offset points.
func decodeTail(t *abiType, data []byte, b *budget) (any, error) {
	switch t.kind {
	case kindArray:
		return decodeElems(t.elem, t.size, data, b)
	case kindTuple:
		return decodeFields(t.fields, data, b)
	}
	if len(data) < 32 {
		return nil, fmt.Errorf("%w: no length word for %s", errShort, t.canon)
	}
	n, err := readSize(data[:32], len(data)-32, "length")
	if err != nil {
		return nil, err
	}
	rest := data[32:]
	switch t.kind {
	case kindBytes, kindString:
		if err := b.spendBytes(n); err != nil {
			return nil, err
		}
		if t.kind == kindString {
			return string(rest[:n]), nil
		}
		return bytes.Clone(rest[:n]), nil
	case kindSlice:
		return decodeElems(t.elem, n, rest, b)
	}
	return nil, fmt.Errorf("decode: %s is not dynamic", t.canon)
}

// readSize reads a word holding an offset or a length, which must not
// exceed limit.
func readSize(word []byte, limit int, what string) (int, error) {
	n := new(big.Int).SetBytes(word)
	if !n.IsInt64() || n.Int64() > int64(limit) {
		return 0, fmt.Errorf("%w: %s %s is past the end (%d)", errShort, what, short(n), limit)
	}
	return int(n.Int64()), nil
}

// short writes a possibly huge number compactly for an error.
func short(n *big.Int) string {
	if n.BitLen() > 64 {
		return fmt.Sprintf("0x%x…", n.Bytes()[:4])
	}
	return n.String()
}

// decodeStatic decodes a static value from its inline encoding, word.
// Like Solidity's ABI coder v2 it refuses dirty padding: an address with
// high bits set, a uint8 over 255, a bool that is neither 0 nor 1.
func decodeStatic(t *abiType, word []byte, b *budget) (any, error) {
	switch t.kind {
	case kindArray:
		return decodeElems(t.elem, t.size, word, b)
	case kindTuple:
		return decodeFields(t.fields, word, b)
	}
	switch t.kind {
	case kindUint:
		n := new(big.Int).SetBytes(word)
		if n.BitLen() > t.size {
			return nil, fmt.Errorf("value 0x%x does not fit %s", word, t.canon)
		}
		return n, nil
	case kindInt:
		n := new(big.Int).SetBytes(word)
		if word[0]&0x80 != 0 {
			n.Sub(n, new(big.Int).Lsh(big.NewInt(1), 256))
		}
		limit := new(big.Int).Lsh(big.NewInt(1), uint(t.size-1))
		if n.Cmp(limit) >= 0 || n.Cmp(new(big.Int).Neg(limit)) < 0 {
			return nil, fmt.Errorf("value 0x%x does not fit %s", word, t.canon)
		}
		return n, nil
	case kindAddress:
		if !allZero(word[:12]) {
			return nil, fmt.Errorf("address word 0x%x has high bits set", word)
		}
		return common.BytesToAddress(word[12:]), nil
	case kindBool:
		if !allZero(word[:31]) || word[31] > 1 {
			return nil, fmt.Errorf("bool word 0x%x is neither 0 nor 1", word)
		}
		return word[31] == 1, nil
	case kindFixedBytes:
		if !allZero(word[t.size:]) {
			return nil, fmt.Errorf("%s word 0x%x has bytes past its size", t.canon, word)
		}
		return bytes.Clone(word[:t.size]), nil
	case kindFunction:
		if !allZero(word[24:]) {
			return nil, fmt.Errorf("function word 0x%x has bytes past its 24", word)
		}
		return bytes.Clone(word[:24]), nil
	}
	return nil, fmt.Errorf("decode: %s is not static", t.canon)
}

func allZero(b []byte) bool {
	for _, c := range b {
		if c != 0 {
			return false
		}
	}
	return true
}
