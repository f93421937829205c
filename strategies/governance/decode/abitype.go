package decode

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"
)

// kind is the shape of an ABI type.
type kind uint8

const (
	kindUint kind = iota
	kindInt
	kindAddress
	kindBool
	kindFixedBytes // bytes1 … bytes32
	kindFunction   // 24 bytes: address and selector
	kindBytes
	kindString
	kindArray // T[k]
	kindSlice // T[]
	kindTuple
)

// abiType is an ABI type, parsed by parseSignature. The decoder works on
// it rather than on go-ethereum's abi.Type so it can charge every value it
// decodes to a budget before allocating it (abi.Type's unpacking builds
// reflect types, and lets an array of offsets that all point at one large
// element decode that element once per offset), and so a proposal's own
// Bravo signature can be decoded without building Go types from it.
type abiType struct {
	kind   kind
	size   int      // bits of an int, bytes of a fixed bytes type, length of an array
	elem   *abiType // of an array or slice
	fields []param  // of a tuple
	// head is the size of the type's head in an encoding: 32 for a
	// dynamic type (its offset), the whole inline encoding otherwise.
	head    int
	dynamic bool
	// canon is the type as a selector spells it: "(address,uint256)[]".
	canon string
}

// param is a named function parameter or tuple field.
type param struct {
	name string
	typ  *abiType
}

// Limits on a parsed signature. They matter for a proposal's Bravo
// signatures, which are input: a static array's inline size is bounded so
// that "f(uint256[99999999999])" cannot ask for terabytes.
const (
	maxSignatureLen = 1024
	maxTypeDepth    = 16
	maxStaticHead   = 1 << 20
)

// canonical spells the type as a selector does, from its parts' canon.
func (t *abiType) canonical() string {
	var b strings.Builder
	switch t.kind {
	case kindUint:
		fmt.Fprintf(&b, "uint%d", t.size)
	case kindInt:
		fmt.Fprintf(&b, "int%d", t.size)
	case kindAddress:
		b.WriteString("address")
	case kindBool:
		b.WriteString("bool")
	case kindFixedBytes:
		fmt.Fprintf(&b, "bytes%d", t.size)
	case kindFunction:
		b.WriteString("function")
	case kindBytes:
		b.WriteString("bytes")
	case kindString:
		b.WriteString("string")
	case kindArray:
		fmt.Fprintf(&b, "%s[%d]", t.elem.canon, t.size)
	case kindSlice:
		b.WriteString(t.elem.canon + "[]")
	case kindTuple:
		writeParams(&b, t.fields)
	}
	return b.String()
}

func writeParams(b *strings.Builder, params []param) {
	b.WriteByte('(')
	for i, p := range params {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(p.typ.canon)
	}
	b.WriteByte(')')
}

// signature is a parsed function signature.
type signature struct {
	name   string
	params []param
}

// canonical is "name(type,…)", the text whose keccak256 gives the selector.
func (s signature) canonical() string {
	var b strings.Builder
	b.WriteString(s.name)
	writeParams(&b, s.params)
	return b.String()
}

// selector is the first four bytes of keccak256(canonical).
func (s signature) selector() [4]byte {
	return [4]byte(crypto.Keccak256([]byte(s.canonical()))[:4])
}

// parseSignature reads "name(type [name], …)": a tuple is written in
// parentheses, "(address to, uint256 value)[] calls", or with the tuple
// keyword; names are optional; "uint" and "int" mean 256 bits.
func parseSignature(text string) (signature, error) {
	if len(text) > maxSignatureLen {
		return signature{}, fmt.Errorf("%w: longer than %d bytes", errSignature, maxSignatureLen)
	}
	p := &sigParser{s: text}
	name := p.ident()
	if name == "" {
		return signature{}, p.fail("want a function name")
	}
	p.space()
	params, err := p.params(0)
	if err != nil {
		return signature{}, err
	}
	p.space()
	if p.i != len(p.s) {
		return signature{}, p.fail("unexpected text")
	}
	return signature{name: name, params: params}, nil
}

type sigParser struct {
	s string
	i int
}

func (p *sigParser) fail(msg string) error {
	return fmt.Errorf("%w: %s at offset %d of %q", errSignature, msg, p.i, p.s)
}

func (p *sigParser) space() {
	for p.i < len(p.s) && (p.s[p.i] == ' ' || p.s[p.i] == '\t') {
		p.i++
	}
}

func (p *sigParser) ident() string {
	start := p.i
	for p.i < len(p.s) {
		c := p.s[p.i]
		if c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || p.i > start && c >= '0' && c <= '9' {
			p.i++
			continue
		}
		break
	}
	return p.s[start:p.i]
}

// params reads "(param, …)" at the cursor.
func (p *sigParser) params(depth int) ([]param, error) {
	if depth > maxTypeDepth {
		return nil, p.fail("types nested too deep")
	}
	if p.i >= len(p.s) || p.s[p.i] != '(' {
		return nil, p.fail("want '('")
	}
	p.i++
	var out []param
	p.space()
	if p.i < len(p.s) && p.s[p.i] == ')' {
		p.i++
		return out, nil
	}
	for {
		p.space()
		typ, err := p.typ(depth)
		if err != nil {
			return nil, err
		}
		p.space()
		name := p.ident()
		p.space()
		out = append(out, param{name: name, typ: typ})
		if p.i >= len(p.s) {
			return nil, p.fail("want ',' or ')'")
		}
		switch p.s[p.i] {
		case ',':
			p.i++
		case ')':
			p.i++
			return out, nil
		default:
			return nil, p.fail("want ',' or ')'")
		}
	}
}

// typ reads a type with its array suffixes.
func (p *sigParser) typ(depth int) (*abiType, error) {
	var t *abiType
	if strings.HasPrefix(p.s[p.i:], "tuple(") {
		p.i += len("tuple")
	}
	if p.i < len(p.s) && p.s[p.i] == '(' {
		fields, err := p.params(depth + 1)
		if err != nil {
			return nil, err
		}
		if len(fields) == 0 {
			return nil, p.fail("empty tuple")
		}
		t = &abiType{kind: kindTuple, fields: fields}
	} else {
		start := p.i
		word := p.ident()
		var err error
		if t, err = elementary(word); err != nil {
			p.i = start
			return nil, p.fail(err.Error())
		}
	}
	if err := t.layout(); err != nil {
		return nil, p.fail(err.Error())
	}
	for p.i < len(p.s) && p.s[p.i] == '[' {
		if depth++; depth > maxTypeDepth {
			return nil, p.fail("types nested too deep")
		}
		end := strings.IndexByte(p.s[p.i:], ']')
		if end < 0 {
			return nil, p.fail("unclosed '['")
		}
		digits := p.s[p.i+1 : p.i+end]
		if digits == "" {
			t = &abiType{kind: kindSlice, elem: t}
		} else {
			n, err := strconv.Atoi(digits)
			if err != nil || n <= 0 || digits[0] == '0' || n > maxStaticHead {
				return nil, p.fail("bad array length")
			}
			t = &abiType{kind: kindArray, size: n, elem: t}
		}
		if err := t.layout(); err != nil {
			return nil, p.fail(err.Error())
		}
		p.i += end + 1
	}
	return t, nil
}

// elementary parses a word type: uint8…uint256, int…, address, bool,
// bytes1…bytes32, bytes, string, function.
func elementary(word string) (*abiType, error) {
	switch word {
	case "address":
		return &abiType{kind: kindAddress}, nil
	case "bool":
		return &abiType{kind: kindBool}, nil
	case "bytes":
		return &abiType{kind: kindBytes}, nil
	case "string":
		return &abiType{kind: kindString}, nil
	case "function":
		return &abiType{kind: kindFunction}, nil
	case "uint", "int":
		word += "256"
	}
	for _, sized := range []struct {
		prefix string
		kind   kind
	}{{"uint", kindUint}, {"int", kindInt}, {"bytes", kindFixedBytes}} {
		prefix, k := sized.prefix, sized.kind
		digits, ok := strings.CutPrefix(word, prefix)
		if !ok || digits == "" || digits[0] == '0' {
			continue
		}
		n, err := strconv.Atoi(digits)
		if err != nil {
			continue
		}
		if k == kindFixedBytes && n >= 1 && n <= 32 || k != kindFixedBytes && n%8 == 0 && n >= 8 && n <= 256 {
			return &abiType{kind: k, size: n}, nil
		}
	}
	if word == "" {
		return nil, errors.New("want a type")
	}
	return nil, fmt.Errorf("unknown type %q", word)
}

// layout sets head, dynamic and canon, refusing a static type whose
// inline encoding would exceed maxStaticHead. It is called on every type
// once its parts are laid out.
func (t *abiType) layout() error {
	t.canon = t.canonical()
	switch t.kind {
	case kindBytes, kindString, kindSlice:
		t.dynamic = true
	case kindArray:
		t.dynamic = t.elem.dynamic
		if !t.dynamic {
			if t.elem.head > maxStaticHead/t.size {
				return errors.New("static array too large")
			}
			t.head = t.elem.head * t.size
			return nil
		}
	case kindTuple:
		size := 0
		for _, f := range t.fields {
			t.dynamic = t.dynamic || f.typ.dynamic
			size += f.typ.head
			if size > maxStaticHead {
				return errors.New("static tuple too large")
			}
		}
		if !t.dynamic {
			t.head = size
			return nil
		}
	}
	t.head = 32
	return nil
}
