package simulate

import (
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/steward-agents/steward/strategies/governance/effects"
)

// Event topics Run reads. They are computed once from their signatures and
// never written.
var (
	topicTransfer             = crypto.Keccak256Hash([]byte("Transfer(address,address,uint256)"))
	topicApproval             = crypto.Keccak256Hash([]byte("Approval(address,address,uint256)"))
	topicApprovalForAll       = crypto.Keccak256Hash([]byte("ApprovalForAll(address,address,bool)"))
	topicTransferSingle       = crypto.Keccak256Hash([]byte("TransferSingle(address,address,address,uint256,uint256)"))
	topicTransferBatch        = crypto.Keccak256Hash([]byte("TransferBatch(address,address,address,uint256[],uint256[])"))
	topicRoleGranted          = crypto.Keccak256Hash([]byte("RoleGranted(bytes32,address,address)"))
	topicRoleRevoked          = crypto.Keccak256Hash([]byte("RoleRevoked(bytes32,address,address)"))
	topicOwnershipTransferred = crypto.Keccak256Hash([]byte("OwnershipTransferred(address,address)"))
	topicAdminChanged         = crypto.Keccak256Hash([]byte("AdminChanged(address,address)"))
	topicUpgraded             = crypto.Keccak256Hash([]byte("Upgraded(address)"))
	topicBeaconUpgraded       = crypto.Keccak256Hash([]byte("BeaconUpgraded(address)"))
)

// implementationSlot is EIP-1967's implementation slot:
// bytes32(uint256(keccak256("eip1967.proxy.implementation")) - 1).
var implementationSlot = common.HexToHash("0x360894a13ba1a3210667c828492db98dca3e2076cc3735a920a3ca505d382bbc")

// recorder fills an Effects from the logs of the executed calls, and keeps
// the tokens they touched in the order first seen.
type recorder struct {
	e      *effects.Effects
	tokens []common.Address
	seen   map[common.Address]bool
}

func newRecorder(e *effects.Effects) *recorder {
	return &recorder{e: e, seen: map[common.Address]bool{}}
}

func (r *recorder) touch(token common.Address) {
	if token == effects.ETH || r.seen[token] {
		return
	}
	r.seen[token] = true
	r.tokens = append(r.tokens, token)
}

func topicAddr(h common.Hash) common.Address { return common.BytesToAddress(h[12:]) }

// word returns the i-th 32-byte word of data, or nil past its end.
func word(data []byte, i int) []byte {
	if len(data) < 32*(i+1) {
		return nil
	}
	return data[32*i : 32*(i+1)]
}

// log records what one log of call says. A log whose shape matches no
// event below (an event of the same name with other indexed arguments)
// is not an effect Run knows and is skipped.
func (r *recorder) log(call int, l simLog) {
	if len(l.Topics) == 0 {
		return
	}
	e, t, n := r.e, l.Topics, len(l.Topics)
	switch t[0] {
	case topicTransfer:
		from, to := common.Address{}, common.Address{}
		if n >= 3 {
			from, to = topicAddr(t[1]), topicAddr(t[2])
		}
		switch {
		case n == 3 && len(l.Data) == 32:
			// ERC-20, and ether: eth_simulateV1's traceTransfers logs every
			// value transfer as this event from effects.ETH's address.
			if l.Address == effects.ETH && from == to {
				return // a value sent to oneself moves nothing
			}
			r.touch(l.Address)
			e.Transfers = append(e.Transfers, effects.Transfer{Call: call, Token: l.Address, From: from, To: to,
				Amount: new(big.Int).SetBytes(l.Data)})
		case n == 4 && len(l.Data) == 0:
			// ERC-721: the token id is indexed; one token moves.
			r.touch(l.Address)
			e.Transfers = append(e.Transfers, effects.Transfer{Call: call, Token: l.Address, From: from, To: to,
				Amount: big.NewInt(1)})
		}
	case topicTransferSingle:
		if n == 4 && len(l.Data) == 64 {
			r.touch(l.Address)
			e.Transfers = append(e.Transfers, effects.Transfer{Call: call, Token: l.Address,
				From: topicAddr(t[2]), To: topicAddr(t[3]), Amount: new(big.Int).SetBytes(word(l.Data, 1))})
		}
	case topicTransferBatch:
		if n != 4 {
			return
		}
		ids, values, ok := unpackBatch(l.Data)
		if !ok || len(ids) != len(values) {
			return
		}
		r.touch(l.Address)
		for _, v := range values {
			e.Transfers = append(e.Transfers, effects.Transfer{Call: call, Token: l.Address,
				From: topicAddr(t[2]), To: topicAddr(t[3]), Amount: v})
		}
	case topicApproval:
		switch {
		case n == 3 && len(l.Data) == 32:
			amount := new(big.Int).SetBytes(l.Data)
			r.touch(l.Address)
			e.Approvals = append(e.Approvals, effects.Approval{Call: call, Token: l.Address, Owner: topicAddr(t[1]),
				Spender: topicAddr(t[2]), Amount: amount, Approved: amount.Sign() > 0})
		case n == 4 && len(l.Data) == 0:
			// ERC-721 approval of one token (the id is indexed); the zero
			// spender clears it.
			spender := topicAddr(t[2])
			r.touch(l.Address)
			e.Approvals = append(e.Approvals, effects.Approval{Call: call, Token: l.Address, Owner: topicAddr(t[1]),
				Spender: spender, Amount: big.NewInt(1), Approved: spender != (common.Address{})})
		}
	case topicApprovalForAll:
		if n == 3 && len(l.Data) == 32 {
			r.touch(l.Address)
			e.Approvals = append(e.Approvals, effects.Approval{Call: call, Token: l.Address, Owner: topicAddr(t[1]),
				Spender: topicAddr(t[2]), Approved: new(big.Int).SetBytes(l.Data).Sign() != 0})
		}
	case topicRoleGranted, topicRoleRevoked:
		if n == 4 {
			e.Roles = append(e.Roles, effects.RoleChange{Call: call, Contract: l.Address, Role: t[1],
				Account: topicAddr(t[2]), Granted: t[0] == topicRoleGranted})
		}
	case topicOwnershipTransferred:
		if n == 3 {
			e.Owners = append(e.Owners, effects.OwnerChange{Call: call, Contract: l.Address,
				Previous: topicAddr(t[1]), New: topicAddr(t[2])})
		}
	case topicAdminChanged:
		// EIP-1967: neither address is indexed.
		if n == 1 && len(l.Data) == 64 {
			e.Owners = append(e.Owners, effects.OwnerChange{Call: call, Contract: l.Address, Admin: true,
				Previous: common.BytesToAddress(word(l.Data, 0)), New: common.BytesToAddress(word(l.Data, 1))})
		}
	case topicUpgraded, topicBeaconUpgraded:
		// A beacon upgrade points the proxy at a new beacon, which names
		// the implementation: recorded as the proxy's new implementation
		// source.
		if n == 2 {
			e.Upgrades = append(e.Upgrades, effects.Upgrade{Call: call, Proxy: l.Address, Implementation: topicAddr(t[1])})
		}
	}
}

// unpackBatch decodes TransferBatch's (uint256[] ids, uint256[] values).
func unpackBatch(data []byte) (ids, values []*big.Int, ok bool) {
	u256s, err := abi.NewType("uint256[]", "", nil)
	if err != nil {
		return nil, nil, false
	}
	out, err := abi.Arguments{{Type: u256s}, {Type: u256s}}.Unpack(data)
	if err != nil || len(out) != 2 {
		return nil, nil, false
	}
	ids, ok1 := out[0].([]*big.Int)
	values, ok2 := out[1].([]*big.Int)
	return ids, values, ok1 && ok2
}

// hasUpgrade reports whether an Upgraded event already records proxy's
// upgrade in call (or, for call < 0, in any call).
func hasUpgrade(e *effects.Effects, call int, proxy common.Address) bool {
	for _, u := range e.Upgrades {
		if u.Proxy == proxy && (call < 0 || u.Call == call) {
			return true
		}
	}
	return false
}
