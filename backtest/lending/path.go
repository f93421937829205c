package lending

import (
	"fmt"
	"math/big"

	"github.com/steward-agents/steward/chain/devchain"
)

// DefaultEvery is how many Ethereum blocks of WETHCrashPath one step of
// the backtest takes by default: 4, the risk model's step (48 s), which
// makes the path's 1,440 blocks 360 steps.
const DefaultEvery = 4

// Path is devchain.WETHCrashPath (the 2024-01-03 ETH sell-off, from the
// shared Uniswap v2 USDC/WETH reserves, embedded) taken one price every
// `every` Ethereum blocks, at most steps of them (0: all): the collateral's
// oracle price at each step.
func Path(every, steps int) ([]*big.Int, error) {
	if every < 1 || every > devchain.WETHCrashBlocks/4 {
		return nil, fmt.Errorf("--every %d: want 1..%d", every, devchain.WETHCrashBlocks/4)
	}
	var path []*big.Int
	for i, p := range devchain.WETHCrashPath() {
		if i%every == 0 && (steps == 0 || len(path) < steps) {
			path = append(path, p)
		}
	}
	return path, nil
}

// Lowest is the index of path's lowest price (the first, on a tie).
func Lowest(path []*big.Int) int {
	low := 0
	for i, p := range path {
		if p.Cmp(path[low]) < 0 {
			low = i
		}
	}
	return low
}
