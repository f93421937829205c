package univ3_test

import (
	"fmt"

	"github.com/steward-agents/steward/backtest/dataset"
	"github.com/steward-agents/steward/backtest/univ3"
)

// Rebuild a pool from a recorded day (the USDC/WETH 0.3 % pool on
// 2024-01-05) and replay the day's events on it.
func ExampleRebuild() {
	events, err := dataset.LoadPoolEvents("testdata/usdc-weth-30bps-2024-01-05.pool.tick.csv")
	if err != nil {
		fmt.Println(err)
		return
	}
	pool, err := univ3.Rebuild(events, 3000, 60)
	if err != nil {
		fmt.Println(err)
		return
	}
	swaps, exact := 0, 0
	for _, e := range events[1:] {
		r, err := pool.ReplayEvent(e)
		if err != nil {
			fmt.Println(err)
			return
		}
		if e.Kind == dataset.Swap {
			swaps++
			if r.Exact {
				exact++
			}
		}
	}
	fmt.Printf("%d of %d swaps exact\n", exact, swaps)
	// Output: 266 of 266 swaps exact
}
