package decode

import (
	"bufio"
	"encoding/hex"
	"fmt"
	"io"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Namer names addresses in a rendering; *proposal.Book is one.
type Namer interface {
	Name(addr common.Address) (name string, role proposal.Role, ok bool)
}

var _ Namer = (*proposal.Book)(nil)

// textBytesLimit is how many bytes of a bytes value the text shows; the
// calls such a value holds show as the node's children.
const textBytesLimit = 32

// WriteText writes the trees for a person, one call per paragraph,
// nested calls indented under their parent:
//
//	2 call 0x4F2083f5fBede34C2714aFfb3105539775f7FE64 (endowment, multisig)
//	  execTransaction(address,uint256,bytes,uint8,…) [Safe]
//	  to: 0x40A2aCCbd92BCA938b02010E17A5b8929b49130D
//	  …
//	  2.0 delegatecall 0x40A2aCCbd92BCA938b02010E17A5b8929b49130D
//	    multiSend(bytes) [MultiSend]
//
// names, when not nil, names known addresses. Text from the proposal
// (string arguments, unknown signatures) is quoted with escapes, so it
// cannot pass for the rendering's own lines.
func WriteText(w io.Writer, roots []*Node, names Namer) error {
	bw := bufio.NewWriter(w)
	r := textRenderer{w: bw, names: names}
	for i, n := range roots {
		if i > 0 {
			bw.WriteByte('\n')
		}
		r.node(n, 0)
	}
	return bw.Flush()
}

type textRenderer struct {
	w     *bufio.Writer
	names Namer
}

func (r *textRenderer) node(n *Node, depth int) {
	pad := strings.Repeat("  ", depth)
	fmt.Fprintf(r.w, "%s%s %s %s", pad, n.Path, n.Kind, r.address(n.Target))
	if n.Value != nil && n.Value.Sign() != 0 {
		fmt.Fprintf(r.w, " sending %s wei", n.Value)
	}
	r.w.WriteByte('\n')
	switch {
	case n.Method == "" && len(n.Data) == 0:
		fmt.Fprintf(r.w, "%s  (no data: a plain transfer)\n", pad)
	case n.Method != "":
		fmt.Fprintf(r.w, "%s  %s", pad, n.Method)
		if n.ABIName != "" {
			fmt.Fprintf(r.w, " [%s]", n.ABIName)
		} else if n.Match == MatchSignature {
			r.w.WriteString(" [proposal's signature]")
		}
		r.w.WriteByte('\n')
		if n.Match == MatchNone && len(n.Data) > 4 {
			fmt.Fprintf(r.w, "%s  arguments: %s\n", pad, r.bytes(n.Data[4:]))
		}
	}
	for _, a := range n.Args {
		fmt.Fprintf(r.w, "%s  %s\n", pad, r.arg(a))
	}
	if n.Err != "" {
		for _, line := range strings.Split(n.Err, "\n") {
			fmt.Fprintf(r.w, "%s  error: %s\n", pad, line)
		}
	}
	for _, c := range n.Children {
		r.node(c, depth+1)
	}
}

func (r *textRenderer) arg(a Arg) string {
	var b strings.Builder
	if a.Name != "" {
		b.WriteString(a.Name + " ")
	}
	b.WriteString("(" + a.Type + "): ")
	r.value(&b, a.Value)
	return b.String()
}

func (r *textRenderer) value(b *strings.Builder, v any) {
	switch v := v.(type) {
	case common.Address:
		b.WriteString(r.address(v))
	case []byte:
		b.WriteString(r.bytes(v))
	case []any:
		b.WriteByte('[')
		for i, e := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			r.value(b, e)
		}
		b.WriteByte(']')
	case []Arg:
		b.WriteByte('(')
		for i, a := range v {
			if i > 0 {
				b.WriteString(", ")
			}
			if a.Name != "" {
				b.WriteString(a.Name + ": ")
			}
			r.value(b, a.Value)
		}
		b.WriteByte(')')
	case *big.Int, bool, string:
		writeValue(b, v)
	default:
		b.WriteString("?")
	}
}

func (r *textRenderer) bytes(v []byte) string {
	if len(v) <= textBytesLimit {
		return "0x" + hex.EncodeToString(v)
	}
	return fmt.Sprintf("0x%s… (%d bytes)", hex.EncodeToString(v[:textBytesLimit]), len(v))
}

func (r *textRenderer) address(a common.Address) string {
	if r.names == nil {
		return a.Hex()
	}
	name, role, ok := r.names.Name(a)
	if !ok {
		return a.Hex()
	}
	return fmt.Sprintf("%s (%s, %s)", a.Hex(), printable(name), role)
}

// printable returns s, or s quoted with escapes when it holds characters
// that do not show (controls, bidi overrides, zero-width marks).
func printable(s string) string {
	if strings.IndexFunc(s, func(r rune) bool { return !unicode.IsGraphic(r) }) >= 0 {
		return strconv.QuoteToASCII(s)
	}
	return s
}
