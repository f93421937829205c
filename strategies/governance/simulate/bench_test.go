package simulate

import (
	"context"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// BenchmarkSimulate measures proposals simulated per second: a one-call
// treasury transfer and a four-call proposal (approve, transferFrom, mint,
// transfer), on the embedded chain through its in-process client and over
// HTTP, without tracing (the embedded chain cannot) and with TraceAuto
// (one refused debug_traceCall more per proposal); and on anvil, which
// traces (two debug_traceCall per call more).
func BenchmarkSimulate(b *testing.B) {
	token := bindings.NewTestToken()
	proposals := []struct {
		name string
		p    func(e *env) *proposal.Proposal
	}{
		{"transfer", func(e *env) *proposal.Proposal {
			return prop(call{to: e.g.TreasuryUSDC, data: token.PackTransfer(recipient, big.NewInt(1_000_000))})
		}},
		{"4calls", func(e *env) *proposal.Proposal {
			return prop(
				call{to: e.g.TreasuryUSDC, data: token.PackApprove(e.g.Timelock, wei(40, 6))},
				call{to: e.g.TreasuryUSDC, data: token.PackTransferFrom(e.g.Timelock, recipient, wei(40, 6))},
				call{to: e.g.TreasuryWETH, data: token.PackMint(e.g.Timelock, wei(1_000, 18))},
				call{to: e.g.TreasuryWETH, data: token.PackTransfer(recipient, wei(5_500, 18))})
		}},
	}
	run := func(b *testing.B, c Client, e *env, p *proposal.Proposal, mode TraceMode) {
		ctx := context.Background()
		for b.Loop() {
			got, err := Run(ctx, c, p, Options{Executor: e.g.Timelock, Trace: mode})
			if err != nil {
				b.Fatal(err)
			}
			if got.Reverted {
				b.Fatalf("reverted: %s", got.Reason)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "proposals/s")
	}
	b.Run("embedded", func(b *testing.B) {
		e := newEmbedded(b)
		httpClient, err := rpc.DialHTTP(e.httpURL)
		if err != nil {
			b.Fatal(err)
		}
		defer httpClient.Close()
		for _, pp := range proposals {
			for _, cl := range []struct {
				name string
				c    Client
			}{{"inproc", e.rpc}, {"http", httpClient}} {
				for _, m := range []struct {
					name string
					mode TraceMode
				}{{"notrace", TraceOff}, {"auto", TraceAuto}} {
					b.Run(pp.name+"/"+cl.name+"/"+m.name, func(b *testing.B) { run(b, cl.c, e, pp.p(e), m.mode) })
				}
			}
		}
	})
	b.Run("anvil", func(b *testing.B) {
		e := newAnvil(b)
		for _, pp := range proposals {
			for _, m := range []struct {
				name string
				mode TraceMode
			}{{"notrace", TraceOff}, {"traced", TraceAuto}} {
				b.Run(pp.name+"/http/"+m.name, func(b *testing.B) { run(b, e.rpc, e, pp.p(e), m.mode) })
			}
		}
	})
}
