package proposal

import (
	"encoding/json"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// aaveGovernanceChainID is where Aave governance v2 and the v3 core
// contracts live (Ethereum mainnet); the reports do not say it, as every
// one of them is about that chain.
const aaveGovernanceChainID = 1

// parseAaveReport reads an Aave governance report record. Its other keys
// (validations, links, the analysts' notes) are review material, not the
// proposal, and are skipped. A v3 record, or a v2 record without
// targets, has no calls: v3 calldata lives in payload contracts the record
// only names.
func parseAaveReport(members []member) (*Proposal, error) {
	p := &Proposal{Form: FormAaveReport, ChainID: big.NewInt(aaveGovernanceChainID)}
	var title, context string
	var params json.RawMessage
	for _, m := range members {
		var err error
		switch m.key {
		case "title":
			if !isNull(m.raw) {
				title, err = readString(m.raw, "title")
			}
		case "context":
			if !isNull(m.raw) {
				context, err = readString(m.raw, "context")
			}
		case "creation_params":
			params = m.raw
		}
		if err != nil {
			return nil, err
		}
	}
	p.Description = strings.TrimSpace(context)
	if title = strings.TrimSpace(title); title != "" {
		p.Description = strings.TrimSpace("# " + title + "\n\n" + p.Description)
	}
	if isNull(params) {
		return p, nil
	}
	const path = "creation_params"
	members, err := readObject(params, path)
	if err != nil {
		return nil, err
	}
	fields := map[string]json.RawMessage{}
	for _, m := range members {
		fields[m.key] = m.raw
	}
	if raw, ok := fields["creator"]; ok && !isNull(raw) {
		a, err := readAddress(raw, join(path, "creator"))
		if err != nil {
			return nil, err
		}
		p.Proposer = &a
	}
	if _, ok := fields["targets"]; !ok {
		return p, nil
	}
	arrays := map[string][]json.RawMessage{}
	for _, key := range []string{"targets", "values", "calldatas", "signatures", "withDelegatecalls"} {
		raw, ok := fields[key]
		if !ok || isNull(raw) {
			if key == "values" || key == "calldatas" {
				return nil, fieldErr(join(path, key), "is missing")
			}
			continue
		}
		if arrays[key], err = readArray(raw, join(path, key)); err != nil {
			return nil, err
		}
	}
	n := len(arrays["targets"])
	if err := checkCount(join(path, "targets"), n); err != nil {
		return nil, err
	}
	for _, key := range []string{"values", "calldatas"} {
		if len(arrays[key]) != n {
			return nil, fieldErr(join(path, key), "has %d entries, targets has %d", len(arrays[key]), n)
		}
	}
	if p.Targets, p.Values, p.Calldatas, err = readCallArrays(arrays["targets"], arrays["values"], arrays["calldatas"], path); err != nil {
		return nil, err
	}
	if p.Signatures, err = readAaveSignatures(arrays["signatures"], join(path, "signatures"), n); err != nil {
		return nil, err
	}
	if p.Delegatecalls, err = readFlags(arrays["withDelegatecalls"], join(path, "withDelegatecalls"), n); err != nil {
		return nil, err
	}
	return p, nil
}

// readAaveSignatures reads a report's signatures. The dataset was derived
// by splitting the report's lists at commas, which also split signatures
// ("execute(address", "uint256)"); fragments are joined back while their
// parentheses are open. An empty list means no call has a signature.
func readAaveSignatures(elems []json.RawMessage, path string, n int) ([]string, error) {
	if len(elems) == 0 {
		return nil, nil
	}
	var sigs []string
	var cur strings.Builder
	open := 0
	for i, raw := range elems {
		s, err := readString(raw, index(path, i))
		if err != nil {
			return nil, err
		}
		if open > 0 {
			cur.WriteByte(',')
		}
		cur.WriteString(s)
		open += strings.Count(s, "(") - strings.Count(s, ")")
		if open <= 0 {
			sigs = append(sigs, cur.String())
			cur.Reset()
			open = 0
		}
	}
	if open > 0 {
		return nil, fieldErr(path, "%s has unbalanced parentheses", quote(cur.String()))
	}
	if len(sigs) != n {
		return nil, fieldErr(path, "has %d signatures, targets has %d", len(sigs), n)
	}
	for i, s := range sigs {
		if err := checkSignature(s); err != nil {
			return nil, fieldErr(index(path, i), "%s %v", quote(s), err)
		}
	}
	return sigs, nil
}

// readFlags reads withDelegatecalls: booleans, or the strings "true" and
// "false" as the dataset writes them. Absent means all false.
func readFlags(elems []json.RawMessage, path string, n int) ([]bool, error) {
	if elems == nil {
		return nil, nil
	}
	if len(elems) != n {
		return nil, fieldErr(path, "has %d entries, targets has %d", len(elems), n)
	}
	flags := make([]bool, n)
	for i, raw := range elems {
		switch string(raw) {
		case "true", `"true"`:
			flags[i] = true
		case "false", `"false"`:
		default:
			return nil, fieldErr(index(path, i), "%s is neither true nor false", rawText(raw))
		}
	}
	return flags, nil
}

// blockfulCallFiles are the files of a blockful record that may hold the
// calls, the first present wins: a record whose proposal is still a draft
// has only draftCalldata.json.
var blockfulCallFiles = []string{"proposalCalldata.json", "draftCalldata.json"}

// parseBlockful reads a blockful dao-proposals record: the calls from its
// calldata file, the description from proposalDescription.md. The review
// notes beside them are skipped. A record without a calldata file (a
// review of an off-chain or not yet encoded proposal) has no calls.
func parseBlockful(members []member) (*Proposal, error) {
	var files json.RawMessage
	for _, m := range members {
		if m.key == "files" {
			files = m.raw
		}
	}
	fileMembers, err := readObject(files, "files")
	if err != nil {
		return nil, err
	}
	byName := map[string]json.RawMessage{}
	for _, m := range fileMembers {
		byName[m.key] = m.raw
	}
	p := &Proposal{Form: FormBlockful}
	for _, name := range blockfulCallFiles {
		raw, ok := byName[name]
		if !ok || isNull(raw) {
			continue
		}
		path := `files["` + name + `"]`
		inner, err := readObject(raw, path)
		if err != nil {
			return nil, err
		}
		if p, err = parseCallsFile(inner, path); err != nil {
			return nil, err
		}
		p.Form = FormBlockful
		break
	}
	if raw, ok := byName["proposalDescription.md"]; ok && !isNull(raw) {
		if p.Description, err = readString(raw, `files["proposalDescription.md"]`); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// callsFileKeys are the keys of an executableCalls file: the calls, the
// on-chain bookkeeping blockful's files carry beside them, and an
// optional description for a draft.
var callsFileKeys = []string{"executableCalls", "description", "proposalId", "blockNumber", "votingStart", "votingEnd", "createdAt"}

// callKeys are the keys of one executable call.
var callKeys = []string{"target", "calldata", "value"}

// parseCallsFile reads {"executableCalls": [{target, calldata, value}]};
// path is where the object sits in the file ("" at the top). Like the
// Governor form it refuses unknown keys.
func parseCallsFile(members []member, path string) (*Proposal, error) {
	p := &Proposal{Form: FormCalls}
	var list json.RawMessage
	for _, m := range members {
		if !slices.Contains(callsFileKeys, m.key) {
			return nil, unknownField(path, m.key, callsFileKeys)
		}
		switch m.key {
		case "executableCalls":
			list = m.raw
		case "description":
			if isNull(m.raw) {
				continue
			}
			var err error
			if p.Description, err = readString(m.raw, join(path, m.key)); err != nil {
				return nil, err
			}
		}
	}
	listPath := join(path, "executableCalls")
	if list == nil {
		return nil, fieldErr(listPath, "is missing")
	}
	elems, err := readArray(list, listPath)
	if err != nil {
		return nil, err
	}
	if err := checkCount(listPath, len(elems)); err != nil {
		return nil, err
	}
	for i, raw := range elems {
		callPath := index(listPath, i)
		target, value, data, err := readExecutableCall(raw, callPath)
		if err != nil {
			return nil, err
		}
		p.Targets = append(p.Targets, target)
		p.Values = append(p.Values, value)
		p.Calldatas = append(p.Calldatas, data)
	}
	return p, nil
}

func readExecutableCall(raw json.RawMessage, path string) (common.Address, *big.Int, []byte, error) {
	var (
		target common.Address
		value  = new(big.Int)
		data   []byte
		seen   = map[string]bool{}
	)
	members, err := readObject(raw, path)
	if err != nil {
		return target, nil, nil, err
	}
	for _, m := range members {
		p := join(path, m.key)
		switch m.key {
		case "target":
			target, err = readAddress(m.raw, p)
		case "calldata":
			data, err = readHex(m.raw, p)
		case "value":
			value, err = readUint(m.raw, p, false)
		default:
			err = unknownField(path, m.key, callKeys)
		}
		if err != nil {
			return target, nil, nil, err
		}
		seen[m.key] = true
	}
	for _, key := range []string{"target", "calldata"} {
		if !seen[key] {
			return target, nil, nil, fieldErr(join(path, key), "is missing")
		}
	}
	return target, value, data, nil
}
