package main

import (
	"context"
	"fmt"
	"io"
	"path/filepath"
	"text/tabwriter"

	"github.com/steward-agents/steward/agents/config"
	"github.com/steward-agents/steward/backtest/lending"
	"github.com/steward-agents/steward/backtest/mm"
	"github.com/steward-agents/steward/backtest/report"
)

// backtestLending runs the lending-risk backtest along the ETH crash path
// (or its --from/--to steps) on either executor (backtest/lending): the
// agent's market beside the same activity on static parameters.
func backtestLending(ctx context.Context, cfg *config.Config, o backtestOptions, stdout io.Writer) error {
	if o.market != string(mm.MarketSwaps) {
		return fmt.Errorf("--market %s is market making's; the lending backtest replays the 2024-01-03 ETH crash path (--from/--to select its steps)", o.market)
	}
	fmt.Fprintf(stdout, "steward backtest: %s, executor %s, an Aave v3 market along the 2024-01-03 ETH sell-off, beside static parameters\n", cfg.Agent.Name, o.executor)
	bar := newProgress(stdout, "steps")
	execute := lending.Execute
	if o.executor == "fast" {
		execute = lending.ExecuteFast
	}
	res, err := execute(ctx, cfg, lending.Window{From: o.from, To: o.to}, filepath.Join(o.out, "backtest.db"), bar.update)
	bar.done()
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "data: %s\n", res.Report.Source)
	if err := report.WriteLendingDir(o.out, res.Report); err != nil {
		return err
	}
	writeLendingTable(stdout, res.Report)
	m := res.Report.Sides[0].Metrics
	if o.executor == "fast" {
		fmt.Fprintf(stdout, "%d ticks (%d failed); %d parameter changes in %d transactions applied on the Go model (the guard's checks in Go; no gas, nothing to verify)\n",
			res.Ticks, res.Errors, m.ParameterChanges, m.Transactions)
	} else {
		fmt.Fprintf(stdout, "%d ticks (%d failed); %d parameter changes in %d transactions applied through the guard, %d verified from the chain as `steward verify` does\n",
			res.Ticks, res.Errors, m.ParameterChanges, m.Transactions, res.Verified)
	}
	fmt.Fprintf(stdout, "wrote %s and %s (records: %s)\n", filepath.Join(o.out, report.SummaryFile), filepath.Join(o.out, report.HTMLFile), filepath.Join(o.out, "backtest.db"))
	return nil
}

// writeLendingTable prints the agent's market and the static one side by side.
func writeLendingTable(w io.Writer, r report.Lending) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "\t")
	for _, s := range r.Sides {
		fmt.Fprintf(tw, "%s\t", s.Name)
	}
	fmt.Fprintln(tw)
	rows := []struct {
		label string
		cell  func(report.LendingMetrics) string
	}{
		{"bad debt (USD)", func(m report.LendingMetrics) string { return fmt.Sprintf("%.2f", m.BadDebt) }},
		{"positions underwater", func(m report.LendingMetrics) string { return fmt.Sprint(m.Underwater) }},
		{"liquidations", func(m report.LendingMetrics) string { return fmt.Sprint(m.Liquidations) }},
		{"debt liquidated (USD)", func(m report.LendingMetrics) string { return fmt.Sprintf("%.2f", m.DebtLiquidated) }},
		{"bonus paid to liquidators (USD)", func(m report.LendingMetrics) string { return fmt.Sprintf("%.2f", m.BonusPaid) }},
		{"utilisation mean / max", func(m report.LendingMetrics) string {
			return fmt.Sprintf("%.1f%% / %.1f%%", m.MeanUtilisation, m.MaxUtilisation)
		}},
		{"protocol revenue (USD)", func(m report.LendingMetrics) string { return fmt.Sprintf("%.4f", m.ProtocolRevenue) }},
		{"debt outstanding at the end (USD)", func(m report.LendingMetrics) string { return fmt.Sprintf("%.2f", m.DebtOutstanding) }},
		{"parameter changes", func(m report.LendingMetrics) string { return fmt.Sprint(m.ParameterChanges) }},
		{"transactions", func(m report.LendingMetrics) string { return fmt.Sprint(m.Transactions) }},
		{"gas", func(m report.LendingMetrics) string { return fmt.Sprint(m.GasUsed) }},
	}
	for _, row := range rows {
		fmt.Fprintf(tw, "%s\t", row.label)
		for _, s := range r.Sides {
			fmt.Fprintf(tw, "%s\t", row.cell(s.Metrics))
		}
		fmt.Fprintln(tw)
	}
	_ = tw.Flush()
}
