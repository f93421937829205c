package governance

import (
	"context"
	"math/big"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"

	"github.com/steward-agents/steward/agents/program"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/inference/commit"
	"github.com/steward-agents/steward/inference/model"
	"github.com/steward-agents/steward/inference/onnx/onnxtest"
	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
	"github.com/steward-agents/steward/strategies/governance/simulate"
)

// shippedScorer is a Scorer over the shipped gov-risk model run by ONNX
// Runtime, and a harmful two-call proposal to score.
func shippedScorer(tb testing.TB) (Scorer, *proposal.Proposal) {
	rt := onnxtest.Runtime(tb)
	_, file, _, _ := runtime.Caller(0)
	m, err := model.Open(rt, filepath.Join(filepath.Dir(file), "..", "..", "configs", "models", "governance", "gov-risk-v1.card.json"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { m.Close() })
	scale := m.Card().InputScale
	s := Scorer{Model: func(ctx context.Context, f []float64) (program.Output, error) {
		in, err := commit.QuantizeAll(f, scale)
		if err != nil {
			return program.Output{}, err
		}
		out, err := m.Infer(ctx, in)
		return program.Output{Values: out, Scale: m.Card().OutputScale}, err
	}}
	usdc, attacker := common.HexToAddress("0xA0b86991c6218b36c1d19d4a2e9eB0cE3606eB48"), common.HexToAddress("0xbad0000000000000000000000000000000000bad")
	tok := bindings.NewTestToken()
	max := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	p := &proposal.Proposal{Targets: []common.Address{usdc, usdc}, Values: []*big.Int{new(big.Int), new(big.Int)},
		Calldatas:   [][]byte{tok.PackTransfer(attacker, big.NewInt(5_000_000_000_000)), tok.PackApprove(attacker, max)},
		Description: "Grant 50,000 USDC to the grants committee and refresh its allowance."}
	return s, p
}

// BenchmarkScore measures proposals scored per second by the path
// `steward score` takes: decode, features, the ONNX model, floors and the
// explanation. static: no node; simulated: the proposal also executed as
// the timelock on the embedded chain through its in-process client
// (eth_simulateV1, holdings and supply read).
func BenchmarkScore(b *testing.B) {
	s, p := shippedScorer(b)
	ctx := context.Background()
	run := func(b *testing.B, s Scorer, p *proposal.Proposal) {
		for b.Loop() {
			r, err := s.Score(ctx, p)
			if err != nil {
				b.Fatal(err)
			}
			if r.Score < Review {
				b.Fatalf("the harmful proposal scored %d", r.Score)
			}
		}
		b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "proposals/s")
	}
	b.Run("static", func(b *testing.B) { run(b, s, p) })
	b.Run("simulated", func(b *testing.B) {
		chain, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199100}})
		if err != nil {
			b.Fatal(err)
		}
		defer chain.Stop()
		g, err := chain.DeployGovernance(ctx, devchain.GovernanceParams{})
		if err != nil {
			b.Fatal(err)
		}
		cl, ok := chain.Client().(*ethclient.Client)
		if !ok {
			b.Fatalf("the embedded chain's client is a %T", chain.Client())
		}
		sim := *p
		sim.Targets = []common.Address{g.TreasuryUSDC, g.TreasuryUSDC}
		ps := s
		ps.Simulate = func(ctx context.Context, p *proposal.Proposal) (*effects.Effects, error) {
			return simulate.Run(ctx, cl.Client(), p, simulate.Options{Executor: g.Timelock, Trace: simulate.TraceOff})
		}
		run(b, ps, &sim)
	})
}
