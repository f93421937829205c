package features

import (
	"encoding/json"
	"math/big"
	"regexp"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// pack is selector ‖ abi.encode(args) for a canonical signature, encoded
// by go-ethereum's abi package: calldata as a real client would build it.
func pack(t testing.TB, canonical string, args ...any) []byte {
	t.Helper()
	sel, err := abi.ParseSelector(canonical)
	if err != nil {
		t.Fatalf("ParseSelector(%s): %v", canonical, err)
	}
	js, err := json.Marshal([]abi.SelectorMarshaling{sel})
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(js)))
	if err != nil {
		t.Fatalf("abi.JSON(%s): %v", canonical, err)
	}
	for _, m := range parsed.Methods {
		enc, err := m.Inputs.Pack(args...)
		if err != nil {
			t.Fatalf("Pack(%s): %v", canonical, err)
		}
		return append(append([]byte{}, m.ID...), enc...)
	}
	t.Fatalf("no method in %s", canonical)
	return nil
}

// Addresses of the test DAO and of strangers.
var (
	usdc      = common.HexToAddress("0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48")
	ensToken  = common.HexToAddress("0xC18360217D8F7Ab5e7c516566761Ea12Ce7F9D72")
	timelock  = common.HexToAddress("0x1000000000000000000000000000000000000001")
	governor  = common.HexToAddress("0x1000000000000000000000000000000000000002")
	govToken  = common.HexToAddress("0x1000000000000000000000000000000000000003")
	grantee   = common.HexToAddress("0x1000000000000000000000000000000000000004") // "Foo Labs"
	safe      = common.HexToAddress("0x1000000000000000000000000000000000000005")
	proxy     = common.HexToAddress("0x1000000000000000000000000000000000000006")
	implKnown = common.HexToAddress("0x1000000000000000000000000000000000000007")
	dUSDC     = common.HexToAddress("0x1000000000000000000000000000000000000008")
	stranger  = common.HexToAddress("0xBAD0000000000000000000000000000000000bad")
	stranger2 = common.HexToAddress("0xBAD0000000000000000000000000000000000bae")
	multiSend = common.HexToAddress("0x40A2aCCbd92BCA938b02010E17A5b8929b49130D")
)

// testBook names the test DAO.
func testBook(t testing.TB) *proposal.Book {
	t.Helper()
	b, err := proposal.ParseBook([]byte(`[
		{"address": "` + timelock.Hex() + `", "name": "DAO timelock", "role": "timelock"},
		{"address": "` + governor.Hex() + `", "name": "DAO governor", "role": "governor"},
		{"address": "` + govToken.Hex() + `", "name": "DAO token", "role": "token"},
		{"address": "` + grantee.Hex() + `", "name": "Foo Labs"},
		{"address": "` + safe.Hex() + `", "name": "Ops multisig", "role": "multisig"},
		{"address": "` + proxy.Hex() + `", "name": "Vault proxy"},
		{"address": "` + implKnown.Hex() + `", "name": "Vault v2 implementation"},
		{"address": "` + dUSDC.Hex() + `", "name": "dUSDC", "role": "token"}
	]`))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// call is one proposal call.
type call struct {
	target common.Address
	value  *big.Int
	data   []byte
}

func c(target common.Address, data []byte) call { return call{target, new(big.Int), data} }

// prop builds a Governor-form proposal.
func prop(description string, calls ...call) *proposal.Proposal {
	p := &proposal.Proposal{Form: proposal.FormGovernor, Description: description}
	for _, cl := range calls {
		p.Targets = append(p.Targets, cl.target)
		v := cl.value
		if v == nil {
			v = new(big.Int)
		}
		p.Values = append(p.Values, v)
		p.Calldatas = append(p.Calldatas, cl.data)
	}
	return p
}

// analyze decodes p and analyses it with book.
func analyze(t testing.TB, p *proposal.Proposal, book *proposal.Book) Analysis {
	t.Helper()
	d, err := decode.New(decode.Config{})
	if err != nil {
		t.Fatal(err)
	}
	a := Analyze(Input{Proposal: p, Calls: d.DecodeProposal(p), Book: book})
	checkConsistent(t, a)
	return a
}

// checkConsistent checks the invariants every Analysis keeps: the bits
// and floor are the vector's, every set bit has a flag and every flag's
// bit is set.
func checkConsistent(t testing.TB, a Analysis) {
	t.Helper()
	if len(a.Vector) != NumFeatures {
		t.Fatalf("vector has %d features, want %d", len(a.Vector), NumFeatures)
	}
	if a.Bits != FlagBits(a.Vector) {
		t.Errorf("Bits %b, FlagBits(Vector) %b", a.Bits, FlagBits(a.Vector))
	}
	if a.Floor != Floor(a.Vector) {
		t.Errorf("Floor %d, Floor(Vector) %d", a.Floor, Floor(a.Vector))
	}
	kinds := Kinds()
	has := map[string]bool{}
	fallback := regexp.MustCompile(`^[a-z0-9_]+ = [0-9.]+$`)
	for _, f := range a.Flags {
		has[f.Kind] = true
		if fallback.MatchString(f.Detail) {
			t.Errorf("flag %+v: no finding explains its bit", f)
		}
		i := indexOf(kinds, f.Kind)
		if i < 0 || a.Bits&(1<<i) == 0 {
			t.Errorf("flag %+v: its bit is not set", f)
		}
	}
	for i, k := range kinds {
		if a.Bits&(1<<i) != 0 && !has[k] {
			t.Errorf("bit %s set without a flag", k)
		}
	}
	for i, x := range a.Vector {
		if x < 0 {
			t.Errorf("%s = %d is negative", Index(i), x)
		}
	}
}

func indexOf(list []string, s string) int {
	for i, e := range list {
		if e == s {
			return i
		}
	}
	return -1
}

// hasFlag reports a flag of kind on call.
func hasFlag(a Analysis, kind string, call int) bool {
	for _, f := range a.Flags {
		if f.Kind == kind && f.Call == call {
			return true
		}
	}
	return false
}

// units is n whole tokens of a token with decimals decimals.
func units(n int64, decimals int) *big.Int {
	return new(big.Int).Mul(big.NewInt(n), pow10(decimals))
}

// maxUint256 is type(uint256).max.
func maxUint256() *big.Int {
	return new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
}
