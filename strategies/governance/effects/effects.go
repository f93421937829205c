// Package effects is what executing a proposal did, as a simulation saw
// it: the common language between the simulator (strategies/governance/
// simulate), which fills it, and the feature extractor
// (strategies/governance/features), which scores it. Every entry names the
// proposal call (its index in the proposal's targets) it came from.
package effects

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
)

// ETH stands for ether in Balances and Transfers (no token has this address).
var ETH = common.HexToAddress("0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE")

// Effects is what the proposal's calls did when executed in order as the
// executor (the timelock) would.
type Effects struct {
	// Executor is the account the calls ran as (the timelock).
	Executor common.Address
	// Reverted reports that the execution failed at call FailedCall, for
	// Reason; the effects before it are kept.
	Reverted   bool
	FailedCall int
	Reason     string
	// Transfers are every token and ETH movement, in order.
	Transfers []Transfer
	// Approvals are ERC-20 approvals (Approval events) and ERC-721/1155
	// operator approvals (ApprovalForAll, Amount nil).
	Approvals []Approval
	// Roles are AccessControl grants and revocations (RoleGranted,
	// RoleRevoked), Owners ownership changes (OwnershipTransferred, and
	// admin changes of proxies: AdminChanged).
	Roles  []RoleChange
	Owners []OwnerChange
	// Upgrades are proxy implementation changes (EIP-1967 Upgraded events,
	// or the implementation slot read before and after).
	Upgrades []Upgrade
	// DelegateCalls, SelfDestructs and Created are frames of the execution
	// trace: delegatecalls made (the proposal's own and nested ones),
	// contracts destroyed, and contracts created with the size of their code.
	DelegateCalls []Frame
	SelfDestructs []Frame
	Created       []Created
	// Supply is each touched token's total supply before the execution
	// (for the share of supply minted), where it could be read.
	Supply map[common.Address]*big.Int
	// Holdings is the executor's (treasury's) balance of each touched token
	// and of ETH before the execution, where it could be read.
	Holdings map[common.Address]*big.Int
}

// Transfer is one movement of Amount of Token (ETH for ether) from From to
// To; a mint comes from the zero address, a burn goes to it.
type Transfer struct {
	Call     int
	Token    common.Address
	From, To common.Address
	Amount   *big.Int
}

// Approval lets Spender move Owner's Token: Amount for ERC-20, nil for an
// operator approval (ApprovalForAll, Approved tells on or off).
type Approval struct {
	Call                  int
	Token, Owner, Spender common.Address
	Amount                *big.Int
	Approved              bool
}

// RoleChange is an AccessControl grant (Granted) or revocation.
type RoleChange struct {
	Call     int
	Contract common.Address
	Role     common.Hash
	Account  common.Address
	Granted  bool
}

// OwnerChange moves the ownership (or a proxy's admin) of Contract.
type OwnerChange struct {
	Call                    int
	Contract, Previous, New common.Address
	Admin                   bool // a proxy admin change, not Ownable
}

// Upgrade points Proxy at Implementation.
type Upgrade struct {
	Call                  int
	Proxy, Implementation common.Address
}

// Frame is one call frame of the trace: From called (or destroyed) To.
type Frame struct {
	Call     int
	From, To common.Address
}

// Created is a contract created during the execution.
type Created struct {
	Call     int
	Address  common.Address
	CodeSize int
}

// Net is the sum of the transfers of token into (positive) and out of
// (negative) holder.
func (e *Effects) Net(token, holder common.Address) *big.Int {
	sum := new(big.Int)
	for _, t := range e.Transfers {
		if t.Token != token {
			continue
		}
		if t.To == holder {
			sum.Add(sum, t.Amount)
		}
		if t.From == holder {
			sum.Sub(sum, t.Amount)
		}
	}
	return sum
}
