package proposal

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that Parse never panics and returns either an error
// wrapping ErrInvalid and no proposal, or a proposal that keeps the
// invariants doc.go states.
func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "blockful", "*.json"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data)
		}
	}
	for _, s := range []string{
		aaveRecord,
		`{"targets": ["` + usdc + `"], "values": ["0"], "calldatas": ["` + transferCall + `"], "signatures": [""], "description": "d", "proposer": "` + ensLabs + `", "chainId": "0x1"}`,
		`{"targets": ["` + usdc + `"], "values": [1e18], "calldatas": ["0x00"], "signatures": ["transfer(address,uint256)"]}`,
		`{"executableCalls": [{"target": "` + usdc + `", "calldata": "0x", "value": "1"}]}`,
		`{"files": {"draftCalldata.json": {"executableCalls": []}, "proposalDescription.md": "x"}}`,
		`{"creation_params": {"targets": [], "values": [], "calldatas": [], "signatures": ["f(a", "b)"]}}`,
		`{"tragets": []}`,
		`{"targets": [], "targets": []}`,
		`{"values": [-0, 1.0e2, 1E+1]}`,
		`[]`,
		``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, err := Parse(data)
		if err != nil {
			if p != nil {
				t.Fatal("proposal returned with an error")
			}
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error does not wrap ErrInvalid: %v", err)
			}
			return
		}
		n := len(p.Targets)
		if len(p.Values) != n || len(p.Calldatas) != n || n > MaxCalls {
			t.Fatalf("%d targets, %d values, %d calldatas", n, len(p.Values), len(p.Calldatas))
		}
		if p.Signatures != nil && len(p.Signatures) != n || p.Delegatecalls != nil && len(p.Delegatecalls) != n {
			t.Fatalf("%d targets, %d signatures, %d delegatecall flags", n, len(p.Signatures), len(p.Delegatecalls))
		}
		for i, v := range p.Values {
			if v == nil || v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
				t.Fatalf("values[%d] = %v", i, v)
			}
		}
		for i, s := range p.Signatures {
			if err := checkSignature(s); err != nil {
				t.Fatalf("signatures[%d] %q: %v", i, s, err)
			}
		}
		if p.ChainID != nil && p.ChainID.Sign() <= 0 {
			t.Fatalf("chainId %s", p.ChainID)
		}
		calls := p.Calls()
		for i, c := range calls {
			if c.Index != i || len(c.Data) < len(p.Calldatas[i]) {
				t.Fatalf("call %d: %+v", i, c)
			}
		}
	})
}

// FuzzParseBook checks that ParseBook never panics and that a book it
// returns names each of its entries' addresses, once.
func FuzzParseBook(f *testing.F) {
	for _, s := range []string{
		`{"ENS Labs": "` + ensLabs + `", "treasury": "` + timelock + `"}`,
		`[{"address": "` + usdc + `", "name": "USDC", "role": "token"}, {"address": "` + ensLabs + `", "name": "x"}]`,
		`{"a": "0x12"}`,
		`[{"address": 1}]`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBook(data)
		if err != nil {
			if !errors.Is(err, ErrInvalid) {
				t.Fatalf("error does not wrap ErrInvalid: %v", err)
			}
			return
		}
		for _, e := range b.Entries() {
			name, role, ok := b.Name(e.Address)
			if !ok || name != e.Name || role != e.Role || name == "" {
				t.Fatalf("entry %+v reads back as %q, %q, %v", e, name, role, ok)
			}
		}
	})
}
