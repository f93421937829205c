package decode

import (
	_ "embed"
	"encoding/hex"
	"fmt"
	"strings"
)

// fourByteTable names selectors that no interface of abis.go has, found
// in the calls of the shared proposal datasets (Aave governance v2
// reports, blockful's ENS, Uniswap and other DAO proposals) and named from
// their reports and descriptions. Each line is
//
//	0x<selector> <label>: <signature with parameter names>
//
// and the selector must be the signature's: the table's test and
// buildRegistry check it.
//
//go:embed fourbyte.txt
var fourByteTable string

type fourByteEntry struct {
	selector [4]byte
	label    string
	sig      signature
}

func parseFourByte(text string) ([]fourByteEntry, error) {
	var out []fourByteEntry
	seen := map[[4]byte]int{}
	for i, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		bad := func(format string, args ...any) error {
			return fmt.Errorf("%w: fourbyte.txt line %d: %s", errRegistry, i+1, fmt.Sprintf(format, args...))
		}
		selText, rest, ok1 := strings.Cut(line, " ")
		label, sigText, ok2 := strings.Cut(rest, ": ")
		if !ok1 || !ok2 || len(selText) != 10 || !strings.HasPrefix(selText, "0x") {
			return nil, bad("want \"0x<selector> <label>: <signature>\"")
		}
		var sel [4]byte
		if _, err := hex.Decode(sel[:], []byte(selText[2:])); err != nil {
			return nil, bad("selector: %v", err)
		}
		sig, err := parseSignature(strings.TrimSpace(sigText))
		if err != nil {
			return nil, bad("%v", err)
		}
		if got := sig.selector(); got != sel {
			return nil, bad("%s has selector 0x%x, not %s", sig.canonical(), got, selText)
		}
		if prev, ok := seen[sel]; ok {
			return nil, bad("selector %s already on line %d", selText, prev)
		}
		seen[sel] = i + 1
		out = append(out, fourByteEntry{selector: sel, label: strings.TrimSpace(label), sig: sig})
	}
	return out, nil
}
