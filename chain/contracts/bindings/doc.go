// Package bindings holds the abigen v2 Go bindings of Steward's contracts
// (InferenceRegistry, ParameterGuard, RangeVault, DevTrader, TestToken) and of
// the real Uniswap v3 core contracts (UniswapV3Factory, UniswapV3Pool).
//
// Every other file in this package is generated from the artifacts in
// chain/contracts by `go run ./chain/contracts/internal/genbindings`
// (chain/contracts/gen.sh runs the whole pipeline); do not edit them.
// A drift test in chain/contracts regenerates them and compares.
package bindings
