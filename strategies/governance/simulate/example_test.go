package simulate_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/proposal"
	"github.com/steward-agents/steward/strategies/governance/simulate"
)

// A "grant" that sends a tenth of the treasury's dUSDC and approves a
// stranger for all of its dWETH, simulated as the timelock on the
// embedded chain before anyone votes.
func ExampleRun() {
	ctx := context.Background()
	chain, err := devchain.New(ctx, devchain.Config{PriceTicks: []int32{199000, 199030}})
	if err != nil {
		fmt.Println(err)
		return
	}
	defer chain.Stop()
	dao, err := chain.DeployGovernance(ctx, devchain.GovernanceParams{})
	if err != nil {
		fmt.Println(err)
		return
	}
	grantee, stranger := common.HexToAddress("0xCa5e"), common.HexToAddress("0x5bE2")
	all := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))
	token := bindings.NewTestToken()
	p := &proposal.Proposal{
		Targets:     []common.Address{dao.TreasuryUSDC, dao.TreasuryWETH},
		Values:      []*big.Int{new(big.Int), new(big.Int)},
		Calldatas:   [][]byte{token.PackTransfer(grantee, big.NewInt(1_000_000_000_000)), token.PackApprove(stranger, all)},
		Description: "Grant 1,000 dUSDC to 0xCa5e",
	}
	rpcClient := chain.Client().(*ethclient.Client).Client()
	e, err := simulate.Run(ctx, rpcClient, p, simulate.Options{Executor: dao.Timelock, Trace: simulate.TraceOff})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("reverted:", e.Reverted)
	fmt.Println("treasury dUSDC before:", e.Holdings[dao.TreasuryUSDC])
	fmt.Println("treasury dUSDC moved:", e.Net(dao.TreasuryUSDC, dao.Timelock))
	fmt.Println("treasury ETH before:", e.Holdings[effects.ETH])
	for _, a := range e.Approvals {
		fmt.Printf("call %d approves %s for %d bits of dWETH\n", a.Call, a.Spender.Hex(), a.Amount.BitLen())
	}
	// Output:
	// reverted: false
	// treasury dUSDC before: 10000000000000
	// treasury dUSDC moved: -1000000000000
	// treasury ETH before: 100000000000000000000
	// call 1 approves 0x0000000000000000000000000000000000005BE2 for 256 bits of dWETH
}
