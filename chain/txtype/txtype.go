// Package txtype holds the value types of the durable transaction outbox,
// shared by chain/txmgr, which drives each transaction through its states,
// and agents/store, which persists them. It depends on nothing of Steward's
// (like river's rivertype), so the chain layer never imports the agents
// layer. The sentinel errors here are the store's: a store reports a missing
// row, a transition from the wrong state and a uniqueness conflict with
// them, and the outbox tests for them with errors.Is.
package txtype

import (
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Sentinel errors a store returns for outbox rows.
var (
	// ErrNotFound: the looked-up row does not exist.
	ErrNotFound = errors.New("store: not found")
	// ErrWrongState: a transition was asked from a state it does not start from.
	ErrWrongState = errors.New("store: row is not in the expected state")
	// ErrConflict: the row would break a uniqueness rule, such as a second
	// first attempt at one idempotency key.
	ErrConflict = errors.New("store: conflicts with an existing row")
)

// State is the lifecycle state of an outbox transaction. The store mirrors
// it with a CHECK constraint; agents/store/doc.go draws the state machine.
type State string

// Outbox transaction states.
const (
	Queued    State = "queued"
	Signed    State = "signed"
	Sent      State = "sent"
	Included  State = "included"
	Confirmed State = "confirmed"
	Replaced  State = "replaced"
	Failed    State = "failed"
	Dropped   State = "dropped"
	Reorged   State = "reorged"
)

// Final reports whether the outbox is done with the state: confirmed,
// replaced, failed and dropped. Every other state is open and is resumed on
// start-up. Only a reorg deeper than the confirmations (noticed by the
// agent, Outbox.Recheck) takes a confirmed row back to reorged.
func (s State) Final() bool {
	switch s {
	case Confirmed, Replaced, Failed, Dropped:
		return true
	}
	return false
}

// Transaction is one bundle transaction: one signed attempt at one nonce.
// A fee bump is a new row with the same Key and Nonce, Attempt + 1 and
// Replaces pointing at the row it replaces.
type Transaction struct {
	ID    int64
	Agent string
	// Key is the caller's idempotency key (e.g. "<agent>/decision/<id>"),
	// shared by every attempt; (Key, Attempt) is unique. Empty for rows
	// written without one.
	Key         string
	From        common.Address
	To          common.Address
	Nonce       uint64
	Hash        common.Hash // zero until signed
	Raw         []byte      // the signed transaction (binary encoding), nil until signed
	GasTipCap   *big.Int    // EIP-1559 tip, or the legacy gas price; nil until signed
	GasFeeCap   *big.Int    // EIP-1559 fee cap, or the legacy gas price; nil until signed
	GasLimit    uint64
	Attempt     uint64 // 0 for the first attempt at a key, +1 per replacement
	Replaces    int64  // id of the row this one replaced (0 = none)
	Root        common.Hash
	State       State
	GasUsed     uint64
	BlockNumber uint64      // block it was included in
	BlockHash   common.Hash // hash of that block (zero when unknown)
	Reverted    bool        // mined with receipt status 0
	Error       string      // decoded revert or send error
	CreatedAt   time.Time
	UpdatedAt   time.Time
}

// String is a one-line summary for logs and test failures: the row's
// identity, state and where it was mined, without the signed bytes.
func (t Transaction) String() string {
	s := fmt.Sprintf("tx row %d %q attempt %d nonce %d %s %s", t.ID, t.Key, t.Attempt, t.Nonce, t.Hash.Hex(), t.State)
	if t.BlockNumber != 0 {
		s += fmt.Sprintf(" in block %d, gas %d", t.BlockNumber, t.GasUsed)
	}
	if t.Reverted {
		s += " (reverted)"
	}
	if t.Error != "" {
		s += ": " + t.Error
	}
	return s
}

// SignedTx is what MarkTxSigned stores: everything needed to broadcast the
// transaction again after a crash without signing it again.
type SignedTx struct {
	Hash      common.Hash
	Raw       []byte
	GasTipCap *big.Int
	GasFeeCap *big.Int
	GasLimit  uint64
}

// Inclusion is the receipt of a mined transaction, stored by MarkTxIncluded.
type Inclusion struct {
	BlockNumber uint64
	BlockHash   common.Hash
	GasUsed     uint64
	Reverted    bool // receipt status 0
}
