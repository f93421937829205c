package risk

import (
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// positionEvent is one of the Aave v3 Pool's events that changes a
// borrower's account, with the topic that names the borrower. Every one
// has three indexed arguments (four topics), so the borrower is read
// straight from the topics: no ABI decoding, no reflection, on the path
// every log of a busy market takes.
type positionEvent struct {
	signature string
	borrower  int // the index in Topics of the account the event changes
}

// positionEvents are the Pool's position events, in the order Declare
// lists their topics.
var positionEvents = []positionEvent{
	{"Supply(address,address,address,uint256,uint16)", 2},                        // onBehalfOf
	{"Withdraw(address,address,address,uint256)", 2},                             // user
	{"Borrow(address,address,address,uint256,uint8,uint256,uint16)", 2},          // onBehalfOf
	{"Repay(address,address,address,uint256,bool)", 2},                           // user
	{"LiquidationCall(address,address,address,uint256,uint256,address,bool)", 3}, // user
}

// positionTopics maps each position event's topic 0 to its borrower's
// topic index.
var positionTopics = func() map[common.Hash]int {
	m := make(map[common.Hash]int, len(positionEvents))
	for _, e := range positionEvents {
		m[crypto.Keccak256Hash([]byte(e.signature))] = e.borrower
	}
	return m
}()

// eventTopics lists the position events' topic 0s, for Declare.
func eventTopics() []common.Hash {
	topics := make([]common.Hash, len(positionEvents))
	for i, e := range positionEvents {
		topics[i] = crypto.Keccak256Hash([]byte(e.signature))
	}
	return topics
}

// touched is the borrower a Pool event changes; false for any other log,
// or one of the wrong shape (its topic count, a borrower topic that is
// not an address).
func touched(l *types.Log) (common.Address, bool) {
	if len(l.Topics) != 4 {
		return common.Address{}, false
	}
	i, ok := positionTopics[l.Topics[0]]
	if !ok {
		return common.Address{}, false
	}
	t := l.Topics[i]
	for _, b := range t[:common.HashLength-common.AddressLength] {
		if b != 0 {
			return common.Address{}, false // not an address: not the Pool's event
		}
	}
	return common.BytesToAddress(t[common.HashLength-common.AddressLength:]), true
}
