// Package report writes the outputs of a backtest run: summary.json, for
// tools and diffs, and report.html, for people. Both are rendered from one
// Run, which the backtest runner fills: the blocks, the pool price, the
// strategy's range, the cumulative PnL and metrics of the strategy and its
// baselines, and the re-ranges.
//
//	Run ─► Validate ─┬─► WriteSummary ─► summary.json
//	                 └─► WriteHTML ────► report.html
//	WriteDir(dir, run) renders both, then writes both into dir.
//
// # Invariants
//
// Every series is as long as Blocks, blocks strictly ascend, there is at
// least one strategy and names are unique. Validate reports every breach at
// once, each a *FieldError naming the field and, for a series, both
// lengths; the writers call it first and write nothing for an invalid Run.
// NaN (and ±Inf) is allowed in every series and metric: it is a gap in a
// line, no band where the strategy holds no position, null in
// summary.json and "n/a" in the metrics table.
//
// Both outputs are deterministic: the same Run gives the same bytes, with
// no timestamps, map keys sorted, and numbers printed with fixed precision
// (six decimals in summary.json, a tenth of a pixel in the SVG), so a
// changed report means a changed backtest.
//
// # summary.json
//
// Small on purpose, with no per-block series: title, source, executor,
// blocks {from, to, count}, config (sorted), and strategies in Run order,
// each {name, metrics} with the Metrics fields in lowerCamelCase
// (feesEarned, impermanentLoss, pnl, pnlVsHold, maxDrawdown, sharpe,
// timeInRange, reranges, gasUsed, finalInventoryBase,
// finalInventoryQuote). See ExampleWriteSummary.
//
// # report.html
//
// One file that works offline: inline CSS, charts as inline SVG drawn in
// Go, no script, no font or anything else fetched. It shows the title,
// source, executor, block span and config; a metrics table with the
// strategy and the baselines side by side; and these charts, each an
// <svg id=…> whose series are <path data-series="name"> elements:
//
//	chart-price     price, the strategy's range as a band ("range"),
//	                re-ranges as dots and x-axis ticks (<g data-series="rerange">,
//	                each with a <title> tooltip)
//	chart-pnl       cumulative PnL of every strategy
//	chart-drawdown  PnL minus its running peak, ≤ 0
//	chart-vs-hold   each strategy's PnL minus hold's; only when a strategy
//	                is named "hold"
//
// A strategy keeps its colour in every chart and in the table. Series
// longer than 2000 points are downsampled, per bucket of blocks keeping
// the lowest and highest value (so spikes survive) and the first gap, so a
// month of blocks still gives a report of a few hundred kilobytes. Range
// bounds far outside the prices (a full-range position) do not stretch the
// price axis; the band is clipped to the plot. All text goes through
// html/template.
//
// Open the report with any browser, e.g. `xdg-open out/report.html` or
// file:///path/to/out/report.html; for a picture without a display:
//
//	chromium --headless --no-sandbox --window-size=1280,2400 --screenshot=report.png file://$PWD/out/report.html
//
// # Lending backtests
//
// A lending-risk backtest (backtest/lending) has no range or PnL: its
// input is a Lending — the collateral's price per step and the market the
// agent steers beside its static-parameter baseline (LendingSide: LTV,
// threshold and bonus, the borrowed reserve's utilisation and the
// liquidations so far, per step; LendingMetrics at the end) — and
// WriteLendingDir writes the same two files from it, under the same
// invariants (Lending.Validate: every series as long as Blocks, at least
// one side, unique names, markers within the blocks), deterministic
// alike. Its summary.json holds sides [{name, metrics}] with badDebt,
// underwater, liquidations, debtLiquidated, bonusPaid, meanUtilisation,
// maxUtilisation, protocolRevenue, debtOutstanding, parameterChanges,
// transactions, gasUsed (golden file testdata/summary/lending.json);
// its report.html is the same page (one template, one chart code) with a
// column per side and the charts chart-price, chart-params (LTV solid,
// threshold dashed, every side; the agent's parameter changes as dots on
// its LTV, <g data-series="change">), chart-bonus, chart-liquidations and
// chart-utilisation.
//
// # Tests
//
// TestReportRendersInChromium renders a synthetic run's report in headless
// Chromium, checks the DOM and that the screenshot shows the charts, and
// keeps report.png and report.html in $STEWARD_ARTIFACTS (default
// $TMPDIR/steward-artifacts); TestLendingReportRendersInChromium does the
// same for a synthetic lending run (lending-report.png). Without Chromium
// they fail, naming backtest/report/ensure-chromium.sh, which `make test`
// runs; with -short they skip instead. The summaries' golden files are
// testdata/summary/synthetic.json and lending.json (rewrite with
// `go test ./backtest/report -run 'TestWriteSummary|TestWriteLendingSummary' -update`).
package report
