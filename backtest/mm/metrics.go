package mm

import (
	"fmt"
	"math"

	"github.com/steward-agents/steward/agents"
	"github.com/steward-agents/steward/backtest/internal/harness"
	"github.com/steward-agents/steward/backtest/report"
	"github.com/steward-agents/steward/chain/devchain"
)

// Token units of the embedded pool: token0 is tUSDC (6 decimals, the quote
// every value is in), token1 tWETH (18 decimals, the base).
const (
	quoteUnit = 1e6
	baseUnit  = 1e18
)

// lp is one liquidity provider's series: the strategy's vault or the
// static baseline's.
type lp struct {
	name      string
	pnl       []float64 // cumulative PnL in quote units
	vsHold    []float64
	fees      []float64 // fees earned so far (collected + owed), valued when earned
	inRange   int
	capital   [2]float64 // tokens of its first position (raw), the capital it put in
	opened    bool
	openPrice float64 // price when the first position was opened
	collected float64 // fees collected at re-ranges, in quote
	prev      *Holdings
	prevPrice float64
	last      Holdings
}

// recorder collects what each block showed, then makes the report.
type recorder struct {
	staticRange [2]int32
	blocks      []uint64
	price       []float64
	lower       []float64
	upper       []float64
	strategy    lp
	static      lp
	hold        []float64 // holding the strategy's capital

	applied  harness.Applied
	markers  []report.Marker
	reranges int
}

func newRecorder(staticRange [2]int32) *recorder {
	return &recorder{staticRange: staticRange,
		strategy: lp{name: "strategy"}, static: lp{name: fmt.Sprintf("static range [%d, %d]", staticRange[0], staticRange[1])}}
}

// onReport takes the agent's reports: applied re-ranges are verified after
// the run and marked on the charts.
func (r *recorder) onReport(rep agents.Report) {
	if !r.applied.Take(rep) {
		return
	}
	r.reranges++
	r.markers = append(r.markers, report.Marker{Block: rep.Outcome.BlockNumber,
		Label: fmt.Sprintf("re-range to [%v, %v]", rep.Action["tickLower"], rep.Action["tickUpper"])})
}

// price is the pool's price in quote per base (USDC per WETH) at √(raw price) sp.
func price(sp float64) float64 { return baseUnit / quoteUnit / (sp * sp) }

// priceAtTick is the quote-per-base price at a tick.
func priceAtTick(t int32) float64 { return price(sqrtAtTick(t)) }

// value is the quote value of raw token amounts at price px.
func value(a0, a1, px float64) float64 { return a0/quoteUnit + a1/baseUnit*px }

// block records one block: the market and both vaults.
func (r *recorder) block(number uint64, strat, base Holdings) {
	px := price(strat.SqrtPrice)
	r.blocks = append(r.blocks, number)
	r.price = append(r.price, px)
	if strat.Liquidity.Sign() > 0 {
		// Higher ticks are lower quote-per-base prices.
		r.lower = append(r.lower, priceAtTick(strat.Upper))
		r.upper = append(r.upper, priceAtTick(strat.Lower))
	} else {
		r.lower, r.upper = append(r.lower, math.NaN()), append(r.upper, math.NaN())
	}
	r.strategy.add(strat, px)
	r.static.add(base, px)
	hold := 0.0
	if r.strategy.opened {
		hold = value(r.strategy.capital[0], r.strategy.capital[1], px) - value(r.strategy.capital[0], r.strategy.capital[1], r.strategy.openPrice)
	}
	r.hold = append(r.hold, hold)
}

// add values the provider's holdings at price px.
func (l *lp) add(h Holdings, px float64) {
	if !l.opened && h.Liquidity.Sign() > 0 {
		l.opened, l.capital, l.openPrice = true, [2]float64{h.Principal0, h.Principal1}, px
	}
	if p := l.prev; p != nil && p.Liquidity.Sign() > 0 && (p.Lower != h.Lower || p.Upper != h.Upper) {
		// A re-range collected what the old position owed (up to the
		// block before; the re-range block's own fees are not split out).
		l.collected += value(p.Owed0, p.Owed1, l.prevPrice)
	}
	a0, a1 := h.Amounts()
	vsHold := value(a0, a1, px)
	held := 0.0
	if l.opened {
		held = value(l.capital[0], l.capital[1], px) - value(l.capital[0], l.capital[1], l.openPrice)
	}
	l.vsHold = append(l.vsHold, vsHold)
	l.pnl = append(l.pnl, vsHold+held)
	l.fees = append(l.fees, l.collected+value(h.Owed0, h.Owed1, px))
	if h.Liquidity.Sign() > 0 && h.Tick >= h.Lower && h.Tick < h.Upper {
		l.inRange++
	}
	hc := h
	l.prev, l.prevPrice, l.last = &hc, px, h
}

// metrics are the provider's figures at the end of the run.
func (l *lp) metrics(n int) report.Metrics {
	last := len(l.pnl) - 1
	a0, a1 := l.last.Amounts()
	m := report.Metrics{
		PnL: l.pnl[last], PnLVsHold: l.vsHold[last], FeesEarned: l.fees[last],
		ImpermanentLoss:     l.vsHold[last] - l.fees[last],
		MaxDrawdown:         maxDrawdown(l.pnl),
		Sharpe:              sharpe(l.pnl),
		TimeInRange:         float64(l.inRange) / float64(n),
		FinalInventoryBase:  (l.capital[1] + a1) / baseUnit,
		FinalInventoryQuote: (l.capital[0] + a0) / quoteUnit,
	}
	return m
}

// report assembles the run's report: the strategy, the static range and
// holding the strategy's capital, side by side.
func (r *recorder) report(p Params) report.Run {
	n := len(r.blocks)
	strat := r.strategy.metrics(n)
	strat.Reranges, strat.GasUsed = r.reranges, r.applied.Gas
	static := r.static.metrics(n)
	static.Reranges = 1
	hold := report.Metrics{PnL: r.hold[n-1], MaxDrawdown: maxDrawdown(r.hold), Sharpe: sharpe(r.hold),
		FinalInventoryBase: r.strategy.capital[1] / baseUnit, FinalInventoryQuote: r.strategy.capital[0] / quoteUnit}
	cfg := p.Config
	return report.Run{
		Title:    cfg.Agent.Name + " — market-making backtest",
		Source:   p.Tape.Source,
		Executor: "exact",
		Config: map[string]string{
			"model":             p.Model.Digest().Hex(),
			"policies":          fmt.Sprint(len(cfg.Policies)),
			"static half-width": fmt.Sprintf("%d ticks", p.StaticHalfWidth),
			"liquidity":         fmt.Sprintf("%d per position (both vaults)", int64(devchain.DefaultLiquidity)),
			"trigger":           triggerOf(cfg.Trigger.Every, cfg.Trigger.Cron),
		},
		Blocks: r.blocks, Price: r.price, Lower: r.lower, Upper: r.upper,
		Strategies: []report.Strategy{
			{Name: "strategy (" + cfg.Agent.Name + ")", PnL: r.strategy.pnl, Metrics: strat},
			{Name: r.static.name, PnL: r.static.pnl, Metrics: static},
			{Name: "hold (the strategy's first position's tokens)", PnL: r.hold, Metrics: hold},
		},
		Markers: r.markers,
	}
}

func triggerOf(every, cron string) string {
	if cron != "" {
		return "cron " + cron
	}
	return "every " + every
}

// maxDrawdown is the largest fall of the series from a running peak.
func maxDrawdown(xs []float64) float64 {
	peak, dd := math.Inf(-1), 0.0
	for _, x := range xs {
		peak = math.Max(peak, x)
		dd = math.Max(dd, peak-x)
	}
	return dd
}

// sharpe is the mean over the standard deviation of the per-block changes
// of the series, times √(number of changes): the run's Sharpe ratio, not
// annualised, with no risk-free rate. 0 when the series does not move.
func sharpe(xs []float64) float64 {
	if len(xs) < 3 {
		return 0
	}
	n := float64(len(xs) - 1)
	mean := 0.0
	for i := 1; i < len(xs); i++ {
		mean += xs[i] - xs[i-1]
	}
	mean /= n
	v := 0.0
	for i := 1; i < len(xs); i++ {
		d := xs[i] - xs[i-1] - mean
		v += d * d
	}
	sd := math.Sqrt(v / (n - 1))
	if sd == 0 {
		return 0
	}
	return mean / sd * math.Sqrt(n)
}
