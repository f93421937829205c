package decode

import (
	"encoding/json"
	"io"
	"math/big"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// realCalldata reads testdata/calldata/*.hex.
func realCalldata(t testing.TB) map[string][]byte {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "calldata", "*.hex"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no calldata in testdata/calldata: %v", err)
	}
	out := map[string][]byte{}
	for _, name := range files {
		text, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(name)] = common.FromHex(strings.TrimSpace(string(text)))
	}
	return out
}

func TestRealCalldataDecodes(t *testing.T) {
	for name, data := range realCalldata(t) {
		Walk([]*Node{Decode(call(common.Address{1}, data))}, func(n *Node) bool {
			if n.Err != "" || n.Match == MatchNone && len(n.Data) > 0 {
				t.Errorf("%s call %s: %s, err %q", name, n.Path, n.Method, n.Err)
			}
			return true
		})
	}
}

// FuzzDecode checks that decoding arbitrary calldata, under an arbitrary
// Bravo signature, never panics (a recovered panic shows as "decoder bug"
// in Err) and keeps the tree's invariants: paths, depth and node count
// within the limits, every value set, and both renderings working.
func FuzzDecode(f *testing.F) {
	for _, data := range realCalldata(f) {
		f.Add(data, "")
	}
	transfer := pack(f, "transfer(address,uint256)", common.Address{1}, big.NewInt(5))
	multi := pack(f, "multiSend(bytes)", packMultiSend(
		packedEntry{0, common.Address{2}, big.NewInt(1), transfer},
		packedEntry{1, common.Address{3}, new(big.Int), pack(f, "multiSend(bytes)", packMultiSend(packedEntry{0, common.Address{4}, big.NewInt(2), nil}))},
	))
	for _, seed := range []struct {
		data []byte
		sig  string
	}{
		{transfer, ""},
		{multi, ""},
		{pack(f, "execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)", common.Address{5}, new(big.Int), multi, uint8(1), new(big.Int), new(big.Int), new(big.Int), common.Address{}, common.Address{}, []byte{}), ""},
		{pack(f, "multicall(bytes[])", [][]byte{transfer, multi}), ""},
		{pack(f, "queue(address[],uint256[],string[],bytes[],bool[])", []common.Address{{6}}, []*big.Int{big.NewInt(1)}, []string{"transfer(address,uint256)"}, [][]byte{transfer[4:]}, []bool{true}), ""},
		{pack(f, "updateAToken((address,address,address,string,string,address,bytes))", struct {
			Name0, Name1, Name2 common.Address
			Name3, Name4        string
			Name5               common.Address
			Name6               []byte
		}{Name3: "aUSDC", Name4: "Aave USDC", Name6: []byte{1}}), ""},
		{transfer[4:], "transfer(address,uint256)"},
		{transfer[4:], "f((uint256,bytes)[2][],string,int8)"},
		{[]byte{0, 0, 0, 32, 0, 0, 0, 1}, "f(uint256[][])"},
		{nil, ""},
		{[]byte{1, 2}, ""},
	} {
		f.Add(seed.data, seed.sig)
	}
	d, err := New(Config{})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, sig string) {
		c := proposal.Call{Index: 2, Target: common.Address{9}, Value: big.NewInt(1), Signature: sig, Data: data}
		if sig != "" {
			c.Data = proposal.FullCalldata(sig, data)
		}
		root := d.Decode(c)
		nodes := 0
		Walk([]*Node{root}, func(n *Node) bool {
			nodes++
			if strings.Contains(n.Err, "decoder bug") {
				t.Fatalf("%s: %s", n.Path, n.Err)
			}
			if n.Value == nil || n.Value.Sign() < 0 || n.Kind != KindCall && n.Kind != KindDelegatecall {
				t.Fatalf("%s: value %v, kind %q", n.Path, n.Value, n.Kind)
			}
			if pathDepth(n.Path) > d.cfg.MaxDepth {
				t.Fatalf("%s is deeper than %d", n.Path, d.cfg.MaxDepth)
			}
			for i, child := range n.Children {
				if child.Path != n.Path+"."+strconv.Itoa(i) {
					t.Fatalf("child %d of %s has path %s", i, n.Path, child.Path)
				}
			}
			if len(n.Data) >= 4 && n.Method == "" {
				t.Fatalf("%s: data without a method", n.Path)
			}
			return true
		})
		if nodes > d.cfg.MaxCalls {
			t.Fatalf("%d nodes, limit %d", nodes, d.cfg.MaxCalls)
		}
		if root.Path != "2" {
			t.Fatalf("root path %s", root.Path)
		}
		if _, err := json.Marshal(root); err != nil {
			t.Fatalf("json: %v", err)
		}
		if err := WriteText(io.Discard, []*Node{root}, nil); err != nil {
			t.Fatalf("text: %v", err)
		}
	})
}

// FuzzParseSignature checks that any text either fails to parse or parses
// to a signature whose canonical form parses back to itself.
func FuzzParseSignature(f *testing.F) {
	for _, s := range []string{"transfer(address,uint256)", "f((uint256 a,bytes)[2][] x, tuple(bool)[])", "g()", "h(uint256[1048576])", "f(" + strings.Repeat("(", 40)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		sig, err := parseSignature(text)
		if err != nil {
			return
		}
		again, err := parseSignature(sig.canonical())
		if err != nil || again.canonical() != sig.canonical() {
			t.Fatalf("%q -> %q -> %v, %v", text, sig.canonical(), again.canonical(), err)
		}
	})
}
