package proposal_test

import (
	"errors"
	"fmt"

	"github.com/steward-agents/steward/strategies/governance/proposal"
)

func ExampleParse() {
	p, err := proposal.Parse([]byte(`{
		"targets": ["0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"],
		"values": ["0"],
		"calldatas": ["0x000000000000000000000000690f0581ececcf8389c223170778cd9d029606f20000000000000000000000000000000000000000000000000000011bbe60ce00"],
		"signatures": ["transfer(address,uint256)"],
		"description": "Reimburse ENS Labs' legal fees"
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, c := range p.Calls() {
		fmt.Printf("call %d to %s: selector %x, %d bytes\n", c.Index, c.Target.Hex(), c.Data[:4], len(c.Data))
	}
	// Output:
	// call 0 to 0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48: selector a9059cbb, 68 bytes
}

func ExampleParse_malformed() {
	_, err := proposal.Parse([]byte(`{"targets": ["0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"], "values": ["1e18"], "calldatas": ["0x"]}`))
	var fe *proposal.FieldError
	fmt.Println(errors.Is(err, proposal.ErrInvalid), errors.As(err, &fe), fe.Field)
	fmt.Println(err)
	// Output:
	// true true values[0]
	// values[0]: "1e18" is not a decimal integer
}

func ExampleParseBook() {
	book, err := proposal.ParseBook([]byte(`[
		{"address": "0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7", "name": "ENS DAO wallet", "role": "timelock"},
		{"address": "0x690F0581eCecCf8389c223170778cD9D029606F2", "name": "ENS Labs"}
	]`))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, a := range book.Role(proposal.RoleTimelock) {
		name, role, _ := book.Name(a)
		fmt.Println(a.Hex(), name, role)
	}
	// Output:
	// 0xFe89cc7aBB2C4183683ab71653C4cdc9B02D44b7 ENS DAO wallet timelock
}
