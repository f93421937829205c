package decode

import (
	"encoding/hex"
	"encoding/json"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Kind is how a call runs.
type Kind string

// The kinds of call.
const (
	// KindCall is a plain call: the target's code on the target's state.
	KindCall Kind = "call"
	// KindDelegatecall runs the target's code on the caller's state, with
	// the caller's powers: a Safe transaction with operation 1, a MultiSend
	// entry with operation 1, an Aave v2 executor's withDelegatecalls call,
	// the initialisation call of a proxy upgrade.
	KindDelegatecall Kind = "delegatecall"
)

// Match says how a node's method was identified.
type Match string

// The ways a method is identified, most informative first.
const (
	// MatchABI: a known interface of abis.go has the selector; arguments
	// are named, nested calls are decoded.
	MatchABI Match = "abi"
	// MatchFourByte: the embedded 4-byte table (fourbyte.txt) has the
	// selector; arguments are named where the table names them.
	MatchFourByte Match = "4byte"
	// MatchSignature: neither has it, and the proposal's own Governor
	// Bravo signature gave the types; arguments are unnamed.
	MatchSignature Match = "signature"
	// MatchNone: the method is unknown ("unknown 0x12345678"), or the call
	// has no data (a plain value transfer, Method empty).
	MatchNone Match = ""
)

// Node is one decoded call and the calls nested in it.
type Node struct {
	// Path locates the node: "2" is the proposal's call 2, "2.0.1" the
	// second call nested in the first call nested in it.
	Path string
	// Kind is call or delegatecall.
	Kind Kind
	// Target is the called (or, for a delegatecall, the executed) contract.
	Target common.Address
	// Value is the wei the call sends; never nil.
	Value *big.Int
	// Data is the call data, selector first.
	Data []byte
	// Selector is Data's first four bytes (zero when Data is shorter).
	Selector [4]byte
	// Method is the canonical signature, "transfer(address,uint256)";
	// "unknown 0x12345678" for a selector nothing names; empty for a call
	// without data.
	Method string
	// ABIName is the interface the method belongs to ("ERC-20",
	// "Safe"); several joined by "/" when they share the method
	// ("ERC-20/ERC-721" for approve), as the selector cannot tell them
	// apart.
	ABIName string
	// Match says where the method came from.
	Match Match
	// Args are the decoded arguments.
	Args []Arg
	// Children are the calls this one makes that its arguments spell out:
	// a Safe transaction, MultiSend entries, multicall and aggregate calls,
	// timelock operations, an upgrade's initialisation call.
	Children []*Node
	// Err says what could not be decoded; the fields before it hold what
	// could. Decoding never panics; a failure ends up here.
	Err string
}

// Arg is one decoded argument.
type Arg struct {
	// Name is the parameter's name, "" when the signature has none.
	Name string
	// Type is the canonical ABI type: "address", "(address,bytes)[]".
	Type string
	// Value is one of: common.Address (address); *big.Int (every int and
	// uint size); bool; []byte (bytes, bytesN, function); string;
	// []any of these (arrays); []Arg (a tuple's fields, in order).
	Value any
}

// String is "name: value" (or the value alone for an unnamed argument),
// the value as FormatValue writes it.
func (a Arg) String() string {
	if a.Name == "" {
		return FormatValue(a.Value)
	}
	return a.Name + ": " + FormatValue(a.Value)
}

// FormatValue writes an argument value for a person: addresses
// checksummed, integers in decimal, bytes in 0x hex, strings quoted with
// Go escapes (so control characters, bidi overrides and zero-width
// characters in hostile text show as escapes), arrays in [], tuples in ().
func FormatValue(v any) string {
	var b strings.Builder
	writeValue(&b, v)
	return b.String()
}

func writeValue(b *strings.Builder, v any) {
	switch v := v.(type) {
	case common.Address:
		b.WriteString(v.Hex())
	case *big.Int:
		b.WriteString(v.String())
	case bool:
		b.WriteString(strconv.FormatBool(v))
	case []byte:
		b.WriteString("0x" + hex.EncodeToString(v))
	case string:
		b.WriteString(strconv.QuoteToASCII(v))
	case []any:
		b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			writeValue(b, e)
		}
		b.WriteByte(']')
	case []Arg:
		b.WriteByte('(')
		for i, a := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(a.String())
		}
		b.WriteByte(')')
	default:
		b.WriteString("?")
	}
}

// jsonValue maps a Value to what its JSON shows: addresses checksummed,
// integers as decimal strings (a uint256 does not fit a JSON number),
// bytes as 0x hex.
func jsonValue(v any) any {
	switch v := v.(type) {
	case common.Address:
		return v.Hex()
	case *big.Int:
		return v.String()
	case []byte:
		return "0x" + hex.EncodeToString(v)
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = jsonValue(e)
		}
		return out
	default:
		return v
	}
}

// MarshalJSON writes {"name", "type", "value"}; a tuple's value is a list
// of its fields as Args.
func (a Arg) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		Name  string `json:"name"`
		Type  string `json:"type"`
		Value any    `json:"value"`
	}{a.Name, a.Type, jsonValue(a.Value)})
}

// MarshalJSON writes the node with stable, exact fields: the target
// checksummed, the value as a decimal string, the selector in 0x hex. The
// raw data is written only when no arguments were decoded from it (an
// unknown method, a decoding error): otherwise the selector and arguments
// say the same, and a deep tree would repeat its nested data at every
// level.
func (n Node) MarshalJSON() ([]byte, error) {
	out := struct {
		Path     string  `json:"path"`
		Kind     Kind    `json:"kind"`
		Target   string  `json:"target"`
		Value    string  `json:"value"`
		Selector string  `json:"selector,omitempty"`
		Method   string  `json:"method,omitempty"`
		ABI      string  `json:"abi,omitempty"`
		Match    Match   `json:"match,omitempty"`
		Args     []Arg   `json:"args,omitempty"`
		Data     string  `json:"data,omitempty"`
		Children []*Node `json:"children,omitempty"`
		Err      string  `json:"error,omitempty"`
	}{
		Path: n.Path, Kind: n.Kind, Target: n.Target.Hex(), Value: "0",
		Method: n.Method, ABI: n.ABIName, Match: n.Match, Args: n.Args,
		Children: n.Children, Err: n.Err,
	}
	if n.Args == nil && len(n.Data) > 0 {
		out.Data = "0x" + hex.EncodeToString(n.Data)
	}
	if n.Value != nil {
		out.Value = n.Value.String()
	}
	if len(n.Data) >= 4 {
		out.Selector = "0x" + hex.EncodeToString(n.Selector[:])
	}
	return json.Marshal(out)
}

// Walk calls fn on every node of the trees, parents before children, in
// order; fn returns false to skip a node's children.
func Walk(roots []*Node, fn func(*Node) bool) {
	for _, n := range roots {
		if n != nil && fn(n) {
			Walk(n.Children, fn)
		}
	}
}

// TotalValue is the wei sent by every call of the trees. A value counts at
// each call that sends it: a Safe transaction's inner value comes from the
// Safe, not from the call to it, and the value of a scheduled timelock
// operation counts though it only moves when the operation is executed.
func TotalValue(roots ...*Node) *big.Int {
	sum := new(big.Int)
	Walk(roots, func(n *Node) bool {
		if n.Value != nil {
			sum.Add(sum, n.Value)
		}
		return true
	})
	return sum
}
