// Package dataset loads the market data that backtests and the model trainer
// read: the shared, read-only Uniswap v3 data under shared/data (never copied
// into the repository), and a deterministic random walk for when that folder
// is absent.
//
// The shared data folder is found by FindSharedDir: the directory named by
// STEWARD_SHARED_DATA, or the first shared/data met walking up from the
// working directory. Loaders name the file, line and column of any bad row.
package dataset
