package proposal

import (
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// governorKeys are the keys of the Governor form, in the order an error
// lists them.
var governorKeys = []string{"targets", "values", "calldatas", "signatures", "description", "proposer", "chainId"}

// parseGovernor reads the Governor form: the arguments of propose, plus
// the optional signatures, proposer and chainId. It is strict: a key it
// does not know is an error, so a typo ("tragets") is not taken for a
// proposal without calls.
func parseGovernor(members []member) (*Proposal, error) {
	fields := map[string]json.RawMessage{}
	for _, m := range members {
		if !slices.Contains(governorKeys, m.key) {
			return nil, unknownField("", m.key, governorKeys)
		}
		fields[m.key] = m.raw
	}
	arrays := map[string][]json.RawMessage{}
	for _, key := range []string{"targets", "values", "calldatas", "signatures"} {
		raw, ok := fields[key]
		if !ok || (key == "signatures" && isNull(raw)) {
			if key != "signatures" {
				return nil, fieldErr(key, "is missing")
			}
			continue
		}
		elems, err := readArray(raw, key)
		if err != nil {
			return nil, err
		}
		arrays[key] = elems
	}
	n := len(arrays["targets"])
	if err := checkCount("targets", n); err != nil {
		return nil, err
	}
	for _, key := range []string{"values", "calldatas", "signatures"} {
		if elems, ok := arrays[key]; ok && len(elems) != n {
			return nil, fieldErr(key, "has %d entries, targets has %d", len(elems), n)
		}
	}
	p := &Proposal{Form: FormGovernor}
	var err error
	if p.Targets, p.Values, p.Calldatas, err = readCallArrays(arrays["targets"], arrays["values"], arrays["calldatas"], ""); err != nil {
		return nil, err
	}
	if sigs, ok := arrays["signatures"]; ok {
		if p.Signatures, err = readSignatures(sigs, "signatures"); err != nil {
			return nil, err
		}
	}
	if raw, ok := fields["description"]; ok && !isNull(raw) {
		if p.Description, err = readString(raw, "description"); err != nil {
			return nil, err
		}
	}
	if raw, ok := fields["proposer"]; ok && !isNull(raw) {
		a, err := readAddress(raw, "proposer")
		if err != nil {
			return nil, err
		}
		p.Proposer = &a
	}
	if raw, ok := fields["chainId"]; ok && !isNull(raw) {
		if p.ChainID, err = readUint(raw, "chainId", true); err != nil {
			return nil, err
		}
		if p.ChainID.Sign() == 0 {
			return nil, fieldErr("chainId", "is 0")
		}
	}
	return p, nil
}

// readCallArrays reads parallel targets, values and calldatas arrays of
// equal length; prefix is the path of the object holding them.
func readCallArrays(targets, values, calldatas []json.RawMessage, prefix string) ([]common.Address, []*big.Int, [][]byte, error) {
	ts := make([]common.Address, len(targets))
	vs := make([]*big.Int, len(targets))
	ds := make([][]byte, len(targets))
	for i := range targets {
		var err error
		if ts[i], err = readAddress(targets[i], index(join(prefix, "targets"), i)); err != nil {
			return nil, nil, nil, err
		}
		if vs[i], err = readUint(values[i], index(join(prefix, "values"), i), false); err != nil {
			return nil, nil, nil, err
		}
		if ds[i], err = readHex(calldatas[i], index(join(prefix, "calldatas"), i)); err != nil {
			return nil, nil, nil, err
		}
	}
	return ts, vs, ds, nil
}

// readSignatures reads Bravo signatures. It only refuses what cannot be a
// signature at all: text that is not a single line of printable ASCII; a
// well-formed but unknown or non-canonical one is the decoder's to judge.
func readSignatures(elems []json.RawMessage, path string) ([]string, error) {
	sigs := make([]string, len(elems))
	for i, raw := range elems {
		p := index(path, i)
		s, err := readString(raw, p)
		if err != nil {
			return nil, err
		}
		if err := checkSignature(s); err != nil {
			return nil, fieldErr(p, "%s %v", quote(s), err)
		}
		sigs[i] = s
	}
	return sigs, nil
}

// maxSignatureLen bounds a Bravo signature; real ones are under 200 bytes.
const maxSignatureLen = 1024

func checkSignature(s string) error {
	if len(s) > maxSignatureLen {
		return fmt.Errorf("is longer than %d bytes", maxSignatureLen)
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] > 0x7e {
			return fmt.Errorf("has a byte 0x%02x that is not printable ASCII at %d", s[i], i)
		}
	}
	if s != "" && !strings.HasSuffix(s, ")") {
		return fmt.Errorf("is not a function signature (want name(type,…))")
	}
	return nil
}

// unknownFieldError is the problem with a key a strict form does not know.
type unknownFieldError struct{ suggest string }

func (e unknownFieldError) Error() string {
	if e.suggest != "" {
		return fmt.Sprintf("unknown field (did you mean %q?)", e.suggest)
	}
	return "unknown field"
}

// unknownField names key, found in the object at path, and, when one of
// known is a likely intended spelling (at most two edits away), suggests
// it.
func unknownField(path, key string, known []string) error {
	best, bestDist := "", 3
	for _, k := range known {
		if d := editDistance(strings.ToLower(key), strings.ToLower(k)); d < bestDist {
			best, bestDist = k, d
		}
	}
	return &FieldError{Field: join(path, keyName(key)), Err: unknownFieldError{suggest: best}}
}

// keyName writes a key for a field path: as is when it is a plain word,
// quoted otherwise (it may hold anything, control characters included).
func keyName(key string) string {
	for i := 0; i < len(key); i++ {
		c := key[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return quote(key)
		}
	}
	if key == "" {
		return `""`
	}
	return key
}

// editDistance is the Damerau–Levenshtein distance (adjacent swaps count
// one edit, so "tragets" is one edit from "targets"), for short keys.
func editDistance(a, b string) int {
	if len(a) > 64 || len(b) > 64 {
		return 64
	}
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
