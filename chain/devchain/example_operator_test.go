package devchain_test

import (
	"context"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient/simulated"
	"github.com/steward-agents/steward/chain/contracts/bindings"
	"github.com/steward-agents/steward/chain/devchain"
)

// An Operator deploys the stack onto any node: here a bare simulated
// backend that mines on demand; on anvil or a testnet, leave Mine nil.
func ExampleOperator_Deploy() {
	ctx := context.Background()
	key, _ := crypto.ToECDSA(crypto.Keccak256([]byte("example operator")))
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
	if _, err := op.MarketStep(ctx, dep, 199500); err != nil {
		fmt.Println(err)
		return
	}
	pool := bindings.NewUniswapV3Pool()
	out, _ := backend.Client().CallContract(ctx, ethereum.CallMsg{To: &dep.Pool, Data: pool.PackSlot0()}, nil)
	slot0, _ := pool.UnpackSlot0(out)
	fmt.Println("fee", dep.Fee, "spacing", dep.TickSpacing, "tick after the step", slot0.Tick)
	// Output:
	// fee 500 spacing 10 tick after the step 199500
}
