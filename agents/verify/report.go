package verify

import (
	"fmt"
	"io"
	"math/big"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/ethereum/go-ethereum/common"
)

// WriteTable writes verdicts as a table for people: one row per action
// (or per transaction, when it has none; REFUSED for an action the guard
// refused in commitAndTryApply), then the refusals and every failed check,
// named by transaction and action, then what a store cross-check compared,
// then a count line. Transaction hashes are printed in full, so that one can
// be pasted into `steward verify --tx`; roots, models and targets are
// shortened (the JSON form has every value in full).
func WriteTable(w io.Writer, verdicts []Verdict) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RESULT\tTX\tBLOCK\tROOT\tACTION\tTARGET\tVALUES\tMODEL\tOUTPUT")
	var problems, notes []string
	passed, storeChecked, storeMatched := 0, 0, 0
	for _, v := range verdicts {
		if v.OK() {
			passed++
		}
		for _, p := range v.Problems {
			problems = append(problems, fmt.Sprintf("tx %s: %s", v.Tx.Hex(), p))
		}
		if len(v.Actions) == 0 {
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t-\t-\t-\t-\t-\n", result(v.OK()), v.Tx.Hex(), v.Block, short(v.Root))
			continue
		}
		for _, a := range v.Actions {
			res := result(a.OK() && len(v.Problems) == 0)
			if a.Refused != "" && res == "PASS" {
				res = "REFUSED" // verified, and the guard applied nothing
				notes = append(notes, fmt.Sprintf("tx %s action %d: refused on chain: %s", v.Tx.Hex(), a.Index, a.Refused))
			}
			if a.StoreChecked {
				storeChecked++
			}
			if a.StoreMatched {
				storeMatched++
			}
			fmt.Fprintf(tw, "%s\t%s\t%d\t%s\t%d\t%s\t%s\t%s\t%v\n", res,
				v.Tx.Hex(), v.Block, short(v.Root), a.Index, shortAddr(a.Target), params(a.Params), short(a.Model), a.Outputs)
			for _, p := range a.Problems {
				problems = append(problems, fmt.Sprintf("tx %s action %d: %s", v.Tx.Hex(), a.Index, p))
			}
		}
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	for _, n := range notes {
		fmt.Fprintf(w, "  · %s\n", n)
	}
	for _, p := range problems {
		fmt.Fprintf(w, "  ✗ %s\n", p)
	}
	switch {
	case storeChecked > 0 && storeMatched == storeChecked:
		fmt.Fprintf(w, "  store: %d action record(s) found in the agent's store and matched with the chain on %s\n", storeChecked, StoreFields)
	case storeChecked > 0:
		fmt.Fprintf(w, "  store: %d action record(s) found in the agent's store and compared with the chain on %s: %d matched, %d differ (above)\n",
			storeChecked, StoreFields, storeMatched, storeChecked-storeMatched)
	}
	_, err := fmt.Fprintf(w, "%d of %d transaction(s) verified\n", passed, len(verdicts))
	return err
}

func result(ok bool) string {
	if ok {
		return "PASS"
	}
	return "FAIL"
}

func short(h common.Hash) string {
	if h == (common.Hash{}) {
		return "-"
	}
	x := h.Hex()
	return x[:10] + "…" + x[len(x)-4:]
}

func shortAddr(a common.Address) string {
	x := a.Hex()
	return x[:8] + "…" + x[len(x)-4:]
}

func params(ps map[string]*big.Int) string {
	names := make([]string, 0, len(ps))
	for n := range ps {
		names = append(names, n)
	}
	slices.Sort(names)
	parts := make([]string, len(names))
	for i, n := range names {
		parts[i] = fmt.Sprintf("%s=%s", n, ps[n])
	}
	return strings.Join(parts, " ")
}
