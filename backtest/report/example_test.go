package report_test

import (
	"os"

	"github.com/steward-agents/steward/backtest/report"
)

func ExampleWriteSummary() {
	run := report.Run{
		Title:    "mm-usdc-weth",
		Source:   "swaps.csv",
		Executor: "fast",
		Config:   map[string]string{"width": "2%", "pool": "USDC/WETH"},
		Blocks:   []uint64{100, 101, 102},
		Price:    []float64{3000, 3010.5, 2990},
		Lower:    []float64{2940, 2940, 2940},
		Upper:    []float64{3060, 3060, 3060},
		Strategies: []report.Strategy{
			{Name: "mm", PnL: []float64{0, 1.25, 0.5}, Metrics: report.Metrics{PnL: 0.5, Sharpe: 0.1234567, TimeInRange: 1}},
			{Name: "hold", PnL: []float64{0, 10.5, -10}, Metrics: report.Metrics{PnL: -10}},
		},
	}
	if err := report.WriteSummary(os.Stdout, run); err != nil {
		panic(err)
	}
	// Output:
	// {
	//   "title": "mm-usdc-weth",
	//   "source": "swaps.csv",
	//   "executor": "fast",
	//   "blocks": {
	//     "from": 100,
	//     "to": 102,
	//     "count": 3
	//   },
	//   "config": {
	//     "pool": "USDC/WETH",
	//     "width": "2%"
	//   },
	//   "strategies": [
	//     {
	//       "name": "mm",
	//       "metrics": {
	//         "feesEarned": 0,
	//         "impermanentLoss": 0,
	//         "pnl": 0.5,
	//         "pnlVsHold": 0,
	//         "maxDrawdown": 0,
	//         "sharpe": 0.123457,
	//         "timeInRange": 1,
	//         "reranges": 0,
	//         "gasUsed": 0,
	//         "finalInventoryBase": 0,
	//         "finalInventoryQuote": 0
	//       }
	//     },
	//     {
	//       "name": "hold",
	//       "metrics": {
	//         "feesEarned": 0,
	//         "impermanentLoss": 0,
	//         "pnl": -10,
	//         "pnlVsHold": 0,
	//         "maxDrawdown": 0,
	//         "sharpe": 0,
	//         "timeInRange": 0,
	//         "reranges": 0,
	//         "gasUsed": 0,
	//         "finalInventoryBase": 0,
	//         "finalInventoryQuote": 0
	//       }
	//     }
	//   ]
	// }
}
