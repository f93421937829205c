package rules

import (
	"encoding/json"
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
	return CheckVerdict(d.Verdict)
}

// CheckNewTransaction validates a transaction before InsertTransaction: it
// must start queued (an empty state means queued).
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
	}{{"nonce", tx.Nonce}, {"gas used", tx.GasUsed}, {"block number", tx.BlockNumber}} {
		if _, err := Int64(f.name, f.v); err != nil {
			return err
		}
	}
	return nil
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
