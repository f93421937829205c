package demo

import (
	"github.com/steward-agents/steward/backtest/dataset"
)

// MarketPath returns the price path the embedded chain's market follows, one
// pool tick per block, and where it came from: the recorded minute closes of
// the mainnet USDC/WETH 5 bps pool on 2024-01-05, from ../shared/data when
// present, else from the copy built into the binary (backtest/dataset).
func MarketPath() (ticks []int32, source string, err error) {
	if dir, ok := dataset.FindSharedDir(); ok {
		path := dataset.DefaultMinuteFile(dir)
		ticks, err := dataset.LoadMinuteTicks(path)
		if err != nil {
			return nil, "", err
		}
		return ticks, "recorded USDC/WETH 5 bps minute closes, 2024-01-05 (" + dataset.MinuteFile + ")", nil
	}
	ticks, err = dataset.EmbeddedMinuteTicks()
	if err != nil {
		return nil, "", err
	}
	return ticks, "recorded USDC/WETH 5 bps minute closes, 2024-01-05 (the copy in " + dataset.EmbeddedCloseTickFile + ")", nil
}
