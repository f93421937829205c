// Package dataset loads the market data that backtests and the model trainer
// read: the shared, read-only Uniswap v3 data under shared/data (never copied
// into the repository): the minute bars (LoadMinuteTicks, and a copy of the
// 5 bps day's closes built into the binary) and the decoded swaps, mints and
// burns with the pool's state after each (LoadPoolEvents, the importer the
// swap-level replay reads); and a deterministic random walk.
//
// The shared data folder is found by FindSharedDir: the directory named by
// STEWARD_SHARED_DATA, or the first shared/data met walking up from the
// working directory. Loaders name the file, line and column of any bad row.
package dataset
