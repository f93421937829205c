package decode

import (
	"strings"
	"testing"
)

func TestParseSignature(t *testing.T) {
	for _, tc := range []struct {
		text, canonical, names string
	}{
		{"transfer(address to, uint256 amount)", "transfer(address,uint256)", "to,amount"},
		{"f(uint x, int)", "f(uint256,int256)", "x,"},
		{"g()", "g()", ""},
		{"h(bytes32 [ ])", "", ""}, // no spaces inside a type
		{"agg((address target, bytes callData)[] calls)", "agg((address,bytes)[])", "calls"},
		{"t(tuple(bool ok)[2][] xs, string s)", "t((bool)[2][],string)", "xs,s"},
		{"fn(function f, bytes1 b, int8 i, uint24 u)", "fn(function,bytes1,int8,uint24)", "f,b,i,u"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			sig, err := parseSignature(tc.text)
			if tc.canonical == "" {
				if err == nil {
					t.Fatalf("parsed as %s", sig.canonical())
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var names []string
			for _, p := range sig.params {
				names = append(names, p.name)
			}
			if sig.canonical() != tc.canonical || strings.Join(names, ",") != tc.names {
				t.Fatalf("canonical %s, names %q", sig.canonical(), strings.Join(names, ","))
			}
		})
	}
}

func TestParseSignatureRefuses(t *testing.T) {
	for _, tc := range []struct{ text, err string }{
		{"transfer", "want '('"},
		{"(uint256)", "want a function name"},
		{"f(uint7)", `unknown type "uint7"`},
		{"f(bytes33)", `unknown type "bytes33"`},
		{"f(uint264)", `unknown type "uint264"`},
		{"f(uint08)", `unknown type "uint08"`},
		{"f(fixed128x18)", "unknown type"},
		{"f(uint256", "want ',' or ')'"},
		{"f(uint256) extra", "unexpected text"},
		{"f(())", "empty tuple"},
		{"f(uint256[0])", "bad array length"},
		{"f(uint256[01])", "bad array length"},
		// A static array's inline size is bounded: a signature is input.
		{"f(uint256[99999999999])", "bad array length"},
		{"f(uint256[1000][1000])", "static array too large"},
		{"f(uint256" + strings.Repeat("[]", 20) + ")", "nested too deep"},
		{"f(" + strings.Repeat("(", 20) + "uint256" + strings.Repeat(")", 20) + ")", "nested too deep"},
		{"f(" + strings.Repeat("uint256,", 200) + "uint256)", "longer than 1024 bytes"},
	} {
		t.Run(tc.text, func(t *testing.T) {
			_, err := parseSignature(tc.text)
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("err = %v, want %q", err, tc.err)
			}
		})
	}
}
