package rules

import (
	"encoding/json"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
)

// CheckAgent refuses an empty agent name.
func CheckAgent(agent string) error {
	if agent == "" {
		return Invalid("agent is empty")
	}
	return nil
}

// CheckBlock validates a block before SaveBlock.
func CheckBlock(b store.Block) error {
	if err := CheckAgent(b.Agent); err != nil {
		return err
	}
	if b.Hash == (common.Hash{}) {
		return Invalid("block %d: hash is zero", b.Number)
	}
	if _, err := Int64("block number", b.Number); err != nil {
		return err
	}
	if _, err := Int64("block time", b.Time); err != nil {
		return err
	}
	return nil
}

// CheckRecord validates one inference record before InsertRecords.
func CheckRecord(r store.InferenceRecord) error {
	if r.RecordHash == (common.Hash{}) {
		return Invalid("record hash is zero")
	}
	if err := CheckAgent(r.Agent); err != nil {
		return err
	}
	if _, err := Int64("block number", r.BlockNumber); err != nil {
		return err
	}
	if _, err := Int64("nonce", r.Nonce); err != nil {
		return err
	}
	return nil
}

// CheckNewDecision validates a decision before InsertDecision: it must start
// as proposed or held and carry no transaction (MarkSubmitted links it).
func CheckNewDecision(d store.Decision) error {
	// A tick's records: RecordHash first (see store.Decision.Records).
	if err := CheckAgent(d.Agent); err != nil {
		return err
	}
	if d.State != store.DecisionProposed && d.State != store.DecisionHeld {
		return Invalid("new decision state %q: want %s or %s", d.State, store.DecisionProposed, store.DecisionHeld)
	}
	if d.TxID != 0 {
		return Invalid("new decision has tx id %d: it is set by MarkSubmitted", d.TxID)
	}
	if _, err := Int64("block number", d.BlockNumber); err != nil {
		return err
	}
	if len(d.Action) > 0 && !json.Valid(d.Action) {
		return Invalid("decision action is not valid JSON")
	}
	if len(d.Records) > 0 && d.Records[0] != d.RecordHash {
		return Invalid("decision records start with %s, not its record hash %s", d.Records[0], d.RecordHash)
	}
	return CheckVerdict(d.Verdict)
}

// CheckNewTransaction validates a transaction before InsertTransaction: it
// must start queued (an empty state means queued), and an attempt after the
// first needs a key and the row it replaces.
func CheckNewTransaction(tx store.Transaction) error {
	if err := CheckAgent(tx.Agent); err != nil {
		return err
	}
	if tx.State != "" && tx.State != store.TxQueued {
		return Invalid("new transaction state %q: want %s", tx.State, store.TxQueued)
	}
	for _, f := range []struct {
		name string
		v    uint64
	}{{"nonce", tx.Nonce}, {"gas used", tx.GasUsed}, {"block number", tx.BlockNumber},
		{"gas limit", tx.GasLimit}, {"attempt", tx.Attempt}} {
		if _, err := Int64(f.name, f.v); err != nil {
			return err
		}
	}
	if tx.Attempt > 0 && (tx.Key == "" || tx.Replaces == 0) {
		return Invalid("attempt %d needs an idempotency key and the id of the row it replaces", tx.Attempt)
	}
	if tx.Replaces < 0 {
		return Invalid("replaces %d is negative", tx.Replaces)
	}
	return CheckFees(tx.GasTipCap, tx.GasFeeCap)
}

// CheckSigned validates what MarkTxSigned stores.
func CheckSigned(s store.SignedTx) error {
	if s.Hash == (common.Hash{}) {
		return Invalid("signed hash is zero")
	}
	if len(s.Raw) == 0 {
		return Invalid("signed raw transaction is empty")
	}
	if s.GasTipCap == nil || s.GasFeeCap == nil {
		return Invalid("signed transaction needs its tip cap and fee cap")
	}
	if _, err := Int64("gas limit", s.GasLimit); err != nil {
		return err
	}
	return CheckFees(s.GasTipCap, s.GasFeeCap)
}

// CheckInclusion validates what MarkTxIncluded stores.
func CheckInclusion(inc store.Inclusion) error {
	if inc.BlockHash == (common.Hash{}) {
		return Invalid("inclusion block hash is zero")
	}
	if _, err := Int64("block number", inc.BlockNumber); err != nil {
		return err
	}
	_, err := Int64("gas used", inc.GasUsed)
	return err
}

// CheckFees refuses negative fees and fees above 2^256-1.
func CheckFees(fees ...*big.Int) error {
	for _, f := range fees {
		if f != nil && (f.Sign() < 0 || f.BitLen() > 256) {
			return Invalid("fee %s is outside [0, 2^256)", f)
		}
	}
	return nil
}

// FeeString encodes a fee as the decimal string both schemas store; nil
// stays nil (NULL).
func FeeString(f *big.Int) *string {
	if f == nil {
		return nil
	}
	s := f.String()
	return &s
}

// ParseFee decodes a stored decimal fee; nil (NULL) gives nil.
func ParseFee(column string, s *string) (*big.Int, error) {
	if s == nil {
		return nil, nil
	}
	f, ok := new(big.Int).SetString(*s, 10)
	if !ok {
		return nil, Invalid("stored %s %q is not a decimal integer", column, *s)
	}
	return f, nil
}

// CheckVerdict refuses a policy result without a name.
func CheckVerdict(v []store.PolicyResult) error {
	for i, r := range v {
		if r.Name == "" {
			return Invalid("verdict entry %d has no policy name", i)
		}
	}
	return nil
}

// CheckApprovingVerdict refuses a verdict that does not let every policy pass:
// an approved decision is one no policy refused.
func CheckApprovingVerdict(v []store.PolicyResult) error {
	if err := CheckVerdict(v); err != nil {
		return err
	}
	for _, r := range v {
		if !r.Allowed {
			return Invalid("cannot approve: policy %q refused (%s)", r.Name, r.Message)
		}
	}
	return nil
}

// CheckReason refuses an empty reason where the state needs one.
func CheckReason(to, reason string) error {
	if reason == "" {
		return Invalid("moving to %s needs a reason", to)
	}
	return nil
}

// CheckRoot refuses a zero Merkle root where a commitment is being stored.
func CheckRoot(root common.Hash) error {
	if root == (common.Hash{}) {
		return Invalid("merkle root is zero")
	}
	return nil
}

// CheckDecisionState refuses a state that is not a DecisionState constant.
func CheckDecisionState(s store.DecisionState) error {
	if !slices.Contains(DecisionStates(), s) {
		return Invalid("unknown decision state %q", s)
	}
	return nil
}

// CheckCheckpoint validates a checkpoint before SaveCheckpoint.
func CheckCheckpoint(agent string, number uint64, hash common.Hash) error {
	if err := CheckAgent(agent); err != nil {
		return err
	}
	if hash == (common.Hash{}) {
		return Invalid("checkpoint %d: hash is zero", number)
	}
	_, err := Int64("block number", number)
	return err
}

// TickRecords are the records a new decision's row keeps: its Records, or
// just its RecordHash when it gave none.
func TickRecords(d store.Decision) []common.Hash {
	if len(d.Records) > 0 {
		return d.Records
	}
	return []common.Hash{d.RecordHash}
}
