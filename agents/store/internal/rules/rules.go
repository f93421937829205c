package rules

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
)

// DecisionStates lists every decision state in lifecycle order.
func DecisionStates() []store.DecisionState {
	return []store.DecisionState{
		store.DecisionProposed, store.DecisionHeld, store.DecisionRejected, store.DecisionApproved,
		store.DecisionRecorded, store.DecisionSubmitted, store.DecisionConfirmed, store.DecisionFailed,
		store.DecisionOrphaned,
	}
}

// DecisionSources returns the states a decision may move to `to` from; nil
// when no Mark* method leads to `to`.
func DecisionSources(to store.DecisionState) []store.DecisionState {
	switch to {
	case store.DecisionApproved, store.DecisionRejected:
		return []store.DecisionState{store.DecisionProposed}
	case store.DecisionRecorded, store.DecisionSubmitted:
		return []store.DecisionState{store.DecisionApproved}
	case store.DecisionConfirmed:
		return []store.DecisionState{store.DecisionSubmitted, store.DecisionOrphaned}
	case store.DecisionFailed:
		return []store.DecisionState{store.DecisionApproved, store.DecisionSubmitted, store.DecisionOrphaned}
	case store.DecisionOrphaned:
		// failed: its bundle was mined and reverted in the block that left.
		return []store.DecisionState{store.DecisionConfirmed, store.DecisionFailed}
	}
	return nil
}

// TxStates lists every transaction state in lifecycle order.
func TxStates() []store.TxState {
	return []store.TxState{
		store.TxQueued, store.TxSigned, store.TxSent, store.TxIncluded, store.TxConfirmed,
		store.TxReplaced, store.TxFailed, store.TxDropped, store.TxReorged,
	}
}

// OpenTxStates lists the transaction states that are not final.
func OpenTxStates() []store.TxState {
	var open []store.TxState
	for _, s := range TxStates() {
		if !s.Final() {
			open = append(open, s)
		}
	}
	return open
}

// NonceTxStates lists the states whose rows hold their nonce: open or
// confirmed. Failed, dropped and replaced rows give it back (a replaced
// row's nonce is held by its replacement).
func NonceTxStates() []store.TxState {
	return append(OpenTxStates(), store.TxConfirmed)
}

// TxSources returns the states a transaction may move to `to` from; nil when
// no MarkTx* method leads to `to`.
func TxSources(to store.TxState) []store.TxState {
	switch to {
	case store.TxSigned:
		return []store.TxState{store.TxQueued}
	case store.TxSent:
		return []store.TxState{store.TxQueued, store.TxSigned, store.TxReorged}
	case store.TxIncluded:
		// replaced: the fee bump was sent but the attempt it replaced was
		// mined (the bump is then dropped).
		return []store.TxState{store.TxSent, store.TxReplaced}
	case store.TxDropped:
		return []store.TxState{store.TxSent}
	case store.TxConfirmed:
		return []store.TxState{store.TxSent, store.TxIncluded}
	case store.TxReplaced:
		return []store.TxState{store.TxSent, store.TxIncluded}
	case store.TxReorged:
		return []store.TxState{store.TxIncluded, store.TxConfirmed}
	case store.TxFailed:
		return []store.TxState{store.TxQueued, store.TxSigned, store.TxSent}
	}
	return nil
}

// CurrentAttempt is the ORDER BY … LIMIT 1 of TransactionByKey in both
// dialects: of a key's attempts, a mined one (included, confirmed) first,
// then one still open (queued, signed, sent, reorged), then the ended ones
// (replaced, failed, dropped); the latest first within each. A fee bump is
// the current attempt until the attempt it replaced is found mined
// instead; a bump the node refused (failed) is not, while the attempt it
// would have replaced is still sent.
const CurrentAttempt = `ORDER BY CASE WHEN state IN ('included', 'confirmed') THEN 0
	WHEN state IN ('replaced', 'failed', 'dropped') THEN 2 ELSE 1 END, attempt DESC LIMIT 1`

// AgentNames lists every agent with a saved block, in both dialects, by a
// loose index scan of blocks' primary key: one probe per agent, not one row
// per block (neither engine skip-scans here).
const AgentNames = `WITH RECURSIVE names(agent) AS (
	SELECT MIN(agent) FROM blocks
	UNION ALL
	SELECT (SELECT MIN(agent) FROM blocks WHERE agent > names.agent) FROM names WHERE names.agent IS NOT NULL)
SELECT agent FROM names WHERE agent IS NOT NULL`

// Strings converts states to plain strings for SQL parameters.
func Strings[S ~string](states []S) []string {
	out := make([]string, len(states))
	for i, s := range states {
		out[i] = string(s)
	}
	return out
}

// WrongState is the error of a transition asked from a state it does not
// start from. It names the row, the current state and the expected ones.
func WrongState[S ~string](entity string, id int64, to S, current string, from []S) error {
	return fmt.Errorf("%s %d: cannot move to %s: state is %s, want %s: %w",
		entity, id, to, current, strings.Join(Strings(from), " or "), store.ErrWrongState)
}

// NotFound is the error of a lookup or transition of a missing row.
func NotFound(entity string, key any) error {
	return fmt.Errorf("%s %v: %w", entity, key, store.ErrNotFound)
}

// Invalid wraps store.ErrInvalid with a message naming what is wrong.
func Invalid(format string, args ...any) error {
	return fmt.Errorf("%s: %w", fmt.Sprintf(format, args...), store.ErrInvalid)
}

// Int64 converts a uint64 chain value to the schema's signed 64-bit column,
// refusing values the column cannot hold.
func Int64(field string, v uint64) (int64, error) {
	if v > math.MaxInt64 {
		return 0, Invalid("%s %d exceeds 2^63-1", field, v)
	}
	return int64(v), nil
}

// Micros returns t in UTC at microsecond precision (what both schemas
// store), or now at that precision when t is zero.
func Micros(t, now time.Time) time.Time {
	if t.IsZero() {
		t = now
	}
	return t.UTC().Truncate(time.Microsecond)
}

// PackHashes concatenates hashes; the result is never nil so it can go into
// a NOT NULL column.
func PackHashes(hs []common.Hash) []byte {
	out := make([]byte, 0, len(hs)*common.HashLength)
	for _, h := range hs {
		out = append(out, h[:]...)
	}
	return out
}

// UnpackHashes splits concatenated 32-byte hashes; empty input gives nil.
func UnpackHashes(b []byte) ([]common.Hash, error) {
	if len(b)%common.HashLength != 0 {
		return nil, fmt.Errorf("stored proof is %d bytes, not a multiple of 32", len(b))
	}
	if len(b) == 0 {
		return nil, nil
	}
	out := make([]common.Hash, len(b)/common.HashLength)
	for i := range out {
		copy(out[i][:], b[i*common.HashLength:])
	}
	return out, nil
}

// MarshalVerdict encodes a verdict as a JSON array ("[]" when empty).
func MarshalVerdict(v []store.PolicyResult) ([]byte, error) {
	if len(v) == 0 {
		return []byte("[]"), nil
	}
	b, err := json.Marshal(v)
	if err != nil {
		return nil, fmt.Errorf("encode verdict: %w", err)
	}
	return b, nil
}

// UnmarshalVerdict decodes a stored verdict; an empty array gives nil.
func UnmarshalVerdict(b []byte) ([]store.PolicyResult, error) {
	var v []store.PolicyResult
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("decode stored verdict: %w", err)
	}
	if len(v) == 0 {
		return nil, nil
	}
	return v, nil
}

// Hash converts a stored hash column; it refuses a wrong length rather than
// padding it.
func Hash(column string, b []byte) (common.Hash, error) {
	if len(b) != common.HashLength {
		return common.Hash{}, fmt.Errorf("stored %s is %d bytes, want 32", column, len(b))
	}
	return common.BytesToHash(b), nil
}

// Address converts a stored address column; it refuses a wrong length.
func Address(column string, b []byte) (common.Address, error) {
	if len(b) != common.AddressLength {
		return common.Address{}, fmt.Errorf("stored %s is %d bytes, want 20", column, len(b))
	}
	return common.BytesToAddress(b), nil
}
