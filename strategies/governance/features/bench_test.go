package features

import (
	"math/big"
	"strings"
	"testing"

	"github.com/steward-agents/steward/strategies/governance/decode"
)

// BenchmarkAnalyze measures static analyses per second: a typical grant,
// and a proposal with a 1 MiB description.
func BenchmarkAnalyze(b *testing.B) {
	book := testBook(b)
	for _, bc := range []struct {
		name, text string
	}{
		{"grant", "# Grant\nA grant of 50,000 USDC to Foo Labs (" + grantee.Hex() + ") for the audit.\n"},
		{"1MiB", strings.Repeat("A grant of 50,000 USDC to Foo Labs for the audit. ", MaxText/50)},
	} {
		b.Run(bc.name, func(b *testing.B) {
			p := prop(bc.text,
				c(usdc, pack(b, "transfer(address,uint256)", grantee, big.NewInt(50_000_000_000))),
				c(proxy, pack(b, "transferOwnership(address)", safe)))
			d, err := decode.New(decode.Config{})
			if err != nil {
				b.Fatal(err)
			}
			calls := d.DecodeProposal(p)
			b.ReportAllocs()
			b.ResetTimer()
			for b.Loop() {
				Analyze(Input{Proposal: p, Calls: calls, Book: book})
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "proposals/s")
		})
	}
}
