package lending

import (
	"context"
	"fmt"
	"math"
	"strings"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/backtest/report"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/risk"
)

// recorder collects what each step showed of both markets, then makes
// the report.
type recorder struct {
	p        *Params
	executor string
	blocks   []uint64
	price    []float64
	sides    [2]sideRecord // the agent's market, the static one

	applied harness.Applied // the agent's bundles, from its settled reports
	changes []Change
	markers []report.Marker
}

// sideRecord is one market's series.
type sideRecord struct {
	steps                    []devchain.AaveStep
	ltv, lt, bonus, util, lq []float64
	last                     risk.Params
	liquidations             int
	changes                  int
	treasury0, treasury      float64
	deployed                 risk.Params // the collateral's parameters before the first step
}

func newRecorder(p *Params, executor string) *recorder {
	return &recorder{p: p, executor: executor}
}

// onReport takes the agent's reports: applied bundles are verified after
// the run and their gas counted.
func (r *recorder) onReport(rep agents.Report) { r.applied.Take(rep) }

// start reads both markets before the first step: the parameters changes
// are counted from and the treasury revenue is counted from.
func (r *recorder) start(ctx context.Context, ms ...market) error {
	for k, m := range ms {
		st, err := m.reader().state(ctx)
		if err != nil {
			return err
		}
		r.sides[k].last, r.sides[k].deployed = st.params, st.params
		r.sides[k].treasury0, r.sides[k].treasury = st.treasury, st.treasury
	}
	return nil
}

// step records step i of both markets, what their activity did in it, and
// the agent's changes it shows.
func (r *recorder) step(ctx context.Context, i int, steps [2]devchain.AaveStep, ms [2]market) error {
	r.blocks = append(r.blocks, r.p.FirstBlock+uint64(i*r.p.Every))
	price := toFloat(r.p.Path[i], 8)
	r.price = append(r.price, price)
	for k, m := range ms {
		st, err := m.reader().state(ctx)
		if err != nil {
			return err
		}
		s := &r.sides[k]
		s.steps = append(s.steps, steps[k])
		s.liquidations += len(steps[k].Liquidations)
		s.ltv = append(s.ltv, float64(st.params.LTV)/100)
		s.lt = append(s.lt, float64(st.params.LiquidationThreshold)/100)
		s.bonus = append(s.bonus, float64(st.params.LiquidationBonus-risk.PercentageFactor)/100)
		s.util = append(s.util, 100*st.utilisation)
		s.lq = append(s.lq, float64(s.liquidations))
		s.treasury = st.treasury
		changed := diff(s.last, st.params)
		s.changes += len(changed)
		s.last = st.params
		if k != 0 || len(changed) == 0 {
			continue
		}
		var label []string
		for _, c := range changed {
			c.Step, c.Block, c.Price = i, r.blocks[i], price
			r.changes = append(r.changes, c)
			label = append(label, fmt.Sprintf("%s %d → %d", c.Param, c.Old, c.New))
		}
		r.markers = append(r.markers, report.Marker{Block: r.blocks[i],
			Label: fmt.Sprintf("step %d at %.2f USD: %s", i, price, strings.Join(label, ", "))})
	}
	return nil
}

// diff lists the fields that differ from a to b, in the steward's order.
func diff(a, b risk.Params) []Change {
	var out []Change
	for i, pair := range [][2]int64{{a.LTV, b.LTV}, {a.LiquidationThreshold, b.LiquidationThreshold}, {a.LiquidationBonus, b.LiquidationBonus},
		{a.SupplyCap, b.SupplyCap}, {a.BorrowCap, b.BorrowCap}} {
		if pair[0] != pair[1] {
			out = append(out, Change{Param: contracts.AaveFields()[i], Old: pair[0], New: pair[1]})
		}
	}
	return out
}

// report reads both markets' outcomes and assembles the report.
func (r *recorder) report(ctx context.Context, ms [2]market) (report.Lending, []Change, error) {
	names := [2]string{"agent (" + r.p.Config.Agent.Name + ")", "static parameters"}
	out := report.Lending{
		Title:    r.p.Config.Agent.Name + " — lending-risk backtest",
		Source:   r.p.Source,
		Executor: r.executor,
		Config:   r.config(),
		Blocks:   r.blocks, Price: r.price, Markers: r.markers,
	}
	for k, m := range ms {
		s := &r.sides[k]
		rd := m.reader()
		o, err := outcomeOf(ctx, rd.c, rd.m, rd.col, rd.debt, m.borrowers(), s.steps)
		if err != nil {
			return report.Lending{}, nil, err
		}
		mean, top := 0.0, math.Inf(-1)
		for _, u := range s.util {
			mean += u / float64(len(s.util))
			top = math.Max(top, u)
		}
		metrics := report.LendingMetrics{BadDebt: o.BadDebt, Underwater: o.Underwater, Liquidations: o.Liquidations,
			DebtLiquidated: o.DebtCovered, BonusPaid: o.BonusPaid, MeanUtilisation: mean, MaxUtilisation: top,
			ProtocolRevenue: s.treasury - s.treasury0, DebtOutstanding: o.Borrowed, ParameterChanges: s.changes}
		if k == 0 {
			metrics.Transactions, metrics.GasUsed = len(r.applied.Txs), r.applied.Gas
		}
		out.Sides = append(out.Sides, report.LendingSide{Name: names[k], LTV: s.ltv, Threshold: s.lt, Bonus: s.bonus,
			Utilisation: s.util, Liquidations: s.lq, Metrics: metrics})
	}
	return out, r.changes, nil
}

// config is the run's settings the report shows.
func (r *recorder) config() map[string]string {
	p, s := r.p, r.p.settings()
	d := r.sides[1].deployed
	return map[string]string{
		"model":    p.Model.Digest().Hex(),
		"policies": fmt.Sprint(len(p.Config.Policies)),
		"seed":     fmt.Sprint(p.Seed),
		"step":     fmt.Sprintf("%d source blocks a step; the model's window %d prices, %d step(s) apart", p.Every, s.Window, s.Step),
		"collateral": fmt.Sprintf("%s: deployed at LTV %d, threshold %d, bonus %d bps, caps %d / %d (the static market keeps them)",
			s.Collateral.Symbol, d.LTV, d.LiquidationThreshold, d.LiquidationBonus, d.SupplyCap, d.BorrowCap),
		"borrowed": s.Borrowed.Symbol,
		"activity": fmt.Sprintf("%d suppliers, %d borrowers near their limit, one liquidator (devchain.AaveActivity)",
			devchain.DefaultAaveSuppliers, devchain.DefaultAaveBorrowers),
		"guard": fmt.Sprintf("±%d bps around the deployed values, %d bps a step, %d blocks' cooldown", devchain.AaveBpsRange, devchain.AaveBpsStep, devchain.DefaultAaveCooldown),
	}
}
