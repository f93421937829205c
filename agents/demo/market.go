package demo

import (
	"github.com/steward-agents/steward/backtest/dataset"
)

// MarketPath returns the price path the embedded chain's market follows, one
// pool tick per block, and where it came from. Recorded minute closes of the
// mainnet USDC/WETH 5 bps pool on 2024-01-05 when ../shared/data is present;
// otherwise a seeded random walk with a similar step size.
func MarketPath() (ticks []int32, source string, err error) {
	if dir, ok := dataset.FindSharedDir(); ok {
		path := dataset.DefaultMinuteFile(dir)
		ticks, err := dataset.LoadMinuteTicks(path)
		if err != nil {
			return nil, "", err
		}
		return ticks, "recorded USDC/WETH 5 bps minute closes, 2024-01-05 (" + dataset.MinuteFile + ")", nil
	}
	return dataset.RandomWalk(1, 1440, 199045, 4), "seeded random walk (shared data folder not found)", nil
}
