package devchain_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// A DAO beside the stack: the operator, which owns the guard, deploys it;
// a proposal is Pending until its snapshot, the voting delay (5 blocks)
// after it — the window in which ProposalScores accepts its score —, then Active.
func ExampleOperator_DeployGovernance() {
	ctx := context.Background()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("example operator")))
	voter, _ := crypto.ToECDSA(crypto.Keccak256([]byte("example voter")))
	rich := new(big.Int).Lsh(big.NewInt(1), 80)
	backend := simulated.NewBackend(types.GenesisAlloc{crypto.PubkeyToAddress(key.PublicKey): {Balance: rich}},
		simulated.WithBlockGasLimit(60_000_000))
	defer backend.Close()
	op, err := devchain.NewOperator(ctx, devchain.OperatorConfig{
		Client: backend.Client(), Key: key, ChainID: big.NewInt(1337),
		Mine: func(context.Context) error { backend.Commit(); return nil },
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	dep, err := op.Deploy(ctx, devchain.DeployParams{StartTick: 199000})
	if err != nil {
		fmt.Println(err)
		return
	}
	g, err := op.DeployGovernance(ctx, devchain.GovernanceParams{Guard: dep.Guard, Voters: []devchain.Voter{{Key: voter}}})
	if err != nil {
		fmt.Println(err)
		return
	}
	grant := devchain.Proposal{
		Targets:     []common.Address{g.TreasuryUSDC},
		Values:      []*big.Int{new(big.Int)},
		Calldatas:   [][]byte{bindings.NewTestToken().PackTransfer(common.HexToAddress("0xCa5e"), big.NewInt(1_000_000))},
		Description: "Grant 1 dUSDC to 0xCa5e",
	}
	id, _, err := op.Propose(ctx, g, grant)
	if err != nil {
		fmt.Println(err)
		return
	}
	state, _ := op.ProposalState(ctx, g, id)
	fmt.Println("after propose:", state)
	// The snapshot is the voting delay after the proposal's block; the vote opens the block after it.
	for range devchain.DefaultVotingDelay + 1 {
		backend.Commit()
	}
	state, _ = op.ProposalState(ctx, g, id)
	fmt.Println("after the voting delay:", state)
	// Output:
	// after propose: Pending
	// after the voting delay: Active
}
