#!/usr/bin/env bash
# Regenerates everything derived from chain/contracts/src:
#   npm ci                       pinned solc-js 0.8.37, OpenZeppelin, Uniswap v3 core, Aave v3 core
#   node build.mjs               artifacts/<Name>.json (abi + bytecode, cancun, optimizer 200)
#   uniswap/                     Uniswap v3 core artifacts + LICENSE, copied unchanged
#   aave/                        Aave v3 core artifacts + LICENSE, copied unchanged
#   genbindings                  bindings/*.go with abigen v2 (go-ethereum's library)
# Run from anywhere; needs node, npm and go.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"

cd "$here"
npm ci --no-audit --no-fund
node build.mjs
core=node_modules/@uniswap/v3-core
cp "$core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json" uniswap/
cp "$core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json" uniswap/
cp "$core/LICENSE" uniswap/LICENSE
# Aave v3 core 1.19.3: the market's contracts and the logic libraries they
# link (TestAaveArtifactsUnchanged checks each against the package).
aave=node_modules/@aave/core-v3
for name in SupplyLogic BorrowLogic LiquidationLogic EModeLogic BridgeLogic FlashLoanLogic PoolLogic \
  ConfiguratorLogic PoolAddressesProvider ACLManager AaveOracle AaveProtocolDataProvider Pool PoolConfigurator \
  DefaultReserveInterestRateStrategy AToken StableDebtToken VariableDebtToken; do
  cp "$(find "$aave/artifacts/contracts" -name "$name.json")" aave/
done
cp "$aave/LICENSE.md" aave/LICENSE

cd "$root"
go run ./chain/contracts/internal/genbindings -root chain/contracts
