package api

import (
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Verification is the verify status of one transaction: whether every
// inference behind it re-ran to the committed digests and proofs (what
// `steward verify` checks), as far as someone checked.
type Verification struct {
	OK        bool      `json:"ok"`
	Detail    string    `json:"detail,omitempty"`
	CheckedAt time.Time `json:"checkedAt"`
}

// VerifyStatus tells the verify status of transactions that were checked.
// The store keeps none; whoever verifies (the demo, say) supplies it.
type VerifyStatus interface {
	// Verification returns the status of the transaction, false when it
	// has not been checked.
	Verification(tx common.Hash) (Verification, bool)
}

// Verifications is a VerifyStatus kept in memory, safe for concurrent use.
// The zero value is empty and ready.
type Verifications struct {
	mu sync.RWMutex
	m  map[common.Hash]Verification
}

var _ VerifyStatus = (*Verifications)(nil)

// Set records the status of a transaction.
func (v *Verifications) Set(tx common.Hash, status Verification) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.m == nil {
		v.m = map[common.Hash]Verification{}
	}
	v.m[tx] = status
}

// Verification returns the status recorded for the transaction.
func (v *Verifications) Verification(tx common.Hash) (Verification, bool) {
	v.mu.RLock()
	defer v.mu.RUnlock()
	s, ok := v.m[tx]
	return s, ok
}
