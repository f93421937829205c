package features_test

import (
	"fmt"

	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// A "grant" whose text states 50,000 USDC and whose call transfers
// 5,000,000 to an address the DAO's book does not name.
func ExampleAnalyze() {
	p, err := proposal.Parse([]byte(`{
		"targets": ["0xA0b86991c6218b36c1d19D4a2e9Eb0cE3606eB48"],
		"values": ["0"],
		"calldatas": ["0xa9059cbb000000000000000000000000bad0000000000000000000000000000000000bad0000000000000000000000000000000000000000000000000000048c27395000"],
		"description": "# Grant\nA grant of 50,000 USDC to Foo Labs."
	}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	book, err := proposal.ParseBook([]byte(`{"Foo Labs": "0x1000000000000000000000000000000000000004"}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	d, err := decode.New(decode.Config{})
	if err != nil {
		fmt.Println(err)
		return
	}
	a := features.Analyze(features.Input{Proposal: p, Calls: d.DecodeProposal(p), Book: book})
	fmt.Println("amount_ratio_unknown:", a.Vector[features.AmountRatioUnknown]/features.Scale)
	fmt.Println("floor:", a.Floor, "=", features.Floor(a.Vector))
	for _, f := range a.Flags {
		fmt.Printf("%s (call %d): %s\n", f.Kind, f.Call, f.Detail)
	}
	// Output:
	// amount_ratio_unknown: 100
	// floor: 80 = 80
	// amount_mismatch (call 0): 5000000 USDC to 0xBAd0000000000000000000000000000000000Bad: 100× the largest amount of USDC the description states
	// amount_mismatch_unknown (call 0): 5000000 USDC to 0xBAd0000000000000000000000000000000000Bad, not in the address book: 100× the largest amount of USDC the description states
	// amount_unstated (call 0): 5000000 USDC to 0xBAd0000000000000000000000000000000000Bad: the description states no such amount
	// unknown_recipient (call 0): 5000000 USDC to 0xBAd0000000000000000000000000000000000Bad, not in the address book
	// unmentioned_recipient (call 0): recipient 0xBAd0000000000000000000000000000000000Bad is named nowhere in the description
}
