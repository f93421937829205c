package decode

import (
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// BenchmarkDecodeProposal decodes a proposal of the real ENS calldata in
// testdata plus the nested timelock batch, and reports decoded calls
// (nodes, nested ones included) per second.
func BenchmarkDecodeProposal(b *testing.B) {
	p := &proposal.Proposal{}
	add := func(data []byte) {
		p.Targets = append(p.Targets, common.Address{1})
		p.Values = append(p.Values, new(big.Int))
		p.Calldatas = append(p.Calldatas, data)
	}
	for _, data := range realCalldata(b) {
		add(data)
	}
	add(nestedProposal(b))
	d, err := New(Config{})
	if err != nil {
		b.Fatal(err)
	}
	nodes := 0
	Walk(d.DecodeProposal(p), func(*Node) bool { nodes++; return true })
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		d.DecodeProposal(p)
	}
	b.ReportMetric(float64(nodes*b.N)/b.Elapsed().Seconds(), "calls/s")
}
