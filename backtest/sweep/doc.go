// Package sweep runs parameter sweeps of market-making backtests: one agent
// config, many variations of it, each backtested (backtest/mm.Execute) and
// ranked by one of the backtest's figures. Sweeps run on this machine
// (RunLocal, a worker pool) or across machines as jobs on a
// PostgreSQL-backed River queue (package queue, `steward worker`).
//
//	steward sweep -c configs/marketmaking-demo.yaml --grid backtest/sweep/testdata/sweep.yaml --local
//
// # The grid file
//
//	market: swaps                # swaps (default: each recorded swap, mint and burn) or minutes (minute closes)
//	window: {from: 0, to: 300}   # steps of the recorded data, to exclusive; default (or to: 0): the whole day
//	executor: fast               # fast (default: the Go pool model, the same figures as the EVM but gas) or exact
//	objective: pnl               # what to rank by: a summary.json metric key
//	order: desc                  # optional: asc for maxDrawdown and gasUsed, desc for every other metric
//	mode: grid                   # grid (the default): every combination; random: samples of them
//	samples: 50                  # random only: how many distinct combinations
//	seed: 7                      # random only; default 1
//	parameters:                  # config path → list of values
//	  strategy.widthMultiplier: [1.5, 2, 2.5, 3]
//	  strategy.recenterFraction: [0.3, 0.5]
//	  policies.cooldown.expr:    # a policy rule, addressed by its name
//	    - "!has(last.block) || block.number - last.block >= 3"
//	    - "!has(last.block) || block.number - last.block >= 6"
//
// Objectives are feesEarned, impermanentLoss, pnl, pnlVsHold, maxDrawdown,
// sharpe, timeInRange, reranges, gasUsed, finalInventoryBase and
// finalInventoryQuote (MetricNames): the strategy's figures under
// summary.json's keys. Results rank best first: highest first, except
// maxDrawdown and gasUsed, which are costs and rank lowest first; order:
// overrides either. Failed backtests and NaN figures rank last.
//
// A path is a dotted config path. Mapping keys the config leaves out are
// added (strategy.minWidth on a config that keeps the default); policies is
// a list, so its rules are addressed by name: policies.<name>.expr or
// .message. Values are YAML values and keep their YAML type ("2" is a
// string, 2 a number). Relative paths in the result (model.card …) resolve
// against the base config's directory, as config.Load resolves them, so a
// sweep may vary model.card too.
//
// # Order and determinism
//
// Grid mode lists every combination as an odometer over the file's
// parameter order: the first parameter varies slowest, the last fastest.
// Random mode draws Samples distinct combinations with a PCG seeded by
// seed (Floyd's algorithm over the combinations' odometer numbers, so
// none repeats) and lists them in odometer order. The same file gives the
// same configurations, with the same indices, on every machine; and a
// backtest is deterministic (backtest/mm), so a configuration's figures do
// not depend on which worker ran it or how often.
//
// # Checked before anything runs
//
// NewPlan checks everything first and reports every problem, each naming
// its field: the grid file (unknown keys, an empty or duplicated value
// list, a bad mode, an objective that is not a metric, more than
// MaxConfigurations configurations, more samples than combinations), the
// window against the data, each parameter path against the config (an
// unknown field or policy name), and then every configuration, which must
// load as the agent's config loads (config.Parse: the kind's validation and
// the policies' compilation) and have a model card. A distinct problem is
// reported once with how many configurations have it. Nothing runs, and
// nothing is queued, unless every configuration passed.
//
// # Local mode
//
// RunLocal runs LocalParams.Parallel backtests at once (GOMAXPROCS by
// default), each with its own embedded chain and its own temporary store,
// removed afterwards. A failed backtest is a Result with Err set; it does
// not stop the others. Sort ranks; WriteDir writes results.csv and a
// self-contained results.html (inline CSS, no script, every value escaped
// by html/template).
//
// # Queue mode
//
// See package queue for the sweep and job rows, the exactly-once argument,
// and running workers on several machines.
package sweep
