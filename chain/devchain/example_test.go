package devchain_test

import (
	"fmt"

	"github.com/steward-agents/steward/chain/devchain"
)

func ExampleSqrtPriceX96AtTick() {
	fmt.Println(devchain.SqrtPriceX96AtTick(0))
	fmt.Println(devchain.SqrtPriceX96AtTick(199000)) // USDC/WETH, early January 2024
	// Output:
	// 79228162514264337593543950336
	// 1659180487296051579005569158604109
}
