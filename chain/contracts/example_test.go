package contracts_test

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/steward-agents/steward/chain/contracts"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

func ExampleDecodeRevert() {
	// Revert data as a node returns it for a guard refusal.
	stepTooLarge := bindings.NewParameterGuard().GetABI().Errors["StepTooLarge"]
	args, _ := stepTooLarge.Inputs.Pack(common.HexToAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3"),
		contracts.Param("tickLower"), big.NewInt(198000), big.NewInt(194000), big.NewInt(3000))
	data := append(stepTooLarge.ID[:4:4], args...)

	fmt.Println(contracts.DecodeRevert(data))
	// Output: ParameterGuard.StepTooLarge(target=0x5FbDB2315678afecb367f032d93F642f64180aa3, param="tickLower", from=198000, to=194000, maxStep=3000)
}
