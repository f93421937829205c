package store

import (
	"context"
	"encoding/json"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/chain/txmgr"
	"github.com/steward-agents/steward/chain/txtype"
)

// DecisionState is the lifecycle state of a decision. It is mirrored by a
// CHECK constraint in the migrations.
type DecisionState string

// Decision states. See doc.go for the state machine.
const (
	DecisionProposed  DecisionState = "proposed"  // strategy produced it, policies not yet run
	DecisionHeld      DecisionState = "held"      // strategy chose to do nothing this tick
	DecisionRejected  DecisionState = "rejected"  // a policy refused it
	DecisionApproved  DecisionState = "approved"  // every policy passed; waiting for the executor
	DecisionRecorded  DecisionState = "recorded"  // dry-run: what would have been sent is recorded
	DecisionSubmitted DecisionState = "submitted" // its bundle transaction was sent
	DecisionConfirmed DecisionState = "confirmed" // the bundle was mined and succeeded
	DecisionFailed    DecisionState = "failed"    // simulation or the mined transaction reverted
	DecisionOrphaned  DecisionState = "orphaned"  // settled (confirmed, or failed by a revert), then a reorg took its bundle's block off the chain
)

// TxState is the lifecycle state of a bundle transaction; the outbox
// (chain/txmgr) drives it, this store persists it. Mirrored by a CHECK
// constraint.
type TxState = txtype.State

// Transaction states (see txtype).
const (
	TxQueued    = txtype.Queued
	TxSigned    = txtype.Signed
	TxSent      = txtype.Sent
	TxIncluded  = txtype.Included
	TxConfirmed = txtype.Confirmed
	TxReplaced  = txtype.Replaced
	TxFailed    = txtype.Failed
	TxDropped   = txtype.Dropped
	TxReorged   = txtype.Reorged
)

// Block is a block an agent observed.
type Block struct {
	Agent      string
	Number     uint64
	Hash       common.Hash
	ParentHash common.Hash
	Time       uint64 // block timestamp, seconds
}

// InferenceRecord is one model call with everything needed to re-run and
// re-hash it. RecordHash = commit.Record{...}.Hash(); it is the primary key.
type InferenceRecord struct {
	RecordHash   common.Hash
	Agent        string         // agent name (config)
	AgentAddress common.Address // the key that commits
	ModelDigest  common.Hash
	InputScale   int64
	OutputScale  int64
	Inputs       []int64 // fixed-point at InputScale
	Outputs      []int64 // fixed-point at OutputScale
	InputDigest  common.Hash
	OutputDigest common.Hash
	BlockNumber  uint64
	BlockHash    common.Hash
	Nonce        uint64
	CreatedAt    time.Time
}

// Decision is what the strategy decided on one tick and what became of it.
type Decision struct {
	ID          int64
	Agent       string
	BlockNumber uint64
	BlockHash   common.Hash
	RecordHash  common.Hash // the inference behind it: the first of Records
	// Records are every inference record of the decision's tick, in the
	// order of the leaves of its Merkle tree (RecordHash first). Empty on
	// insert means just RecordHash; read back, it is never empty.
	Records   []common.Hash
	Action    json.RawMessage // strategy-specific action (e.g. {"tickLower":…,"tickUpper":…})
	State     DecisionState
	Verdict   []PolicyResult // one entry per policy evaluated
	Reason    string         // why it was held, rejected or failed
	Root      common.Hash    // Merkle root it was committed under (zero until submitted)
	Proof     []common.Hash  // proof of RecordHash under Root
	TxID      int64          // transactions.id once submitted (0 = none)
	CreatedAt time.Time
	UpdatedAt time.Time
}

// PolicyResult is one policy's verdict on a decision.
type PolicyResult struct {
	Name    string `json:"name"`
	Allowed bool   `json:"allowed"`
	Message string `json:"message,omitempty"`
}

// Transaction, SignedTx and Inclusion are the outbox's rows (see txtype).
type (
	Transaction = txtype.Transaction
	SignedTx    = txtype.SignedTx
	Inclusion   = txtype.Inclusion
)

// Stats counts an agent's decisions by state, for summaries.
type Stats map[DecisionState]int

// ControlState is the switch an operator sets for an agent (`steward
// serve`: pause, resume, kill switch). Mirrored by a CHECK constraint.
type ControlState string

// Control states, from the least to the most strict.
const (
	ControlRunning ControlState = "running" // ticks run the whole pipeline
	ControlPaused  ControlState = "paused"  // ticks observe, then stop: nothing is decided
	ControlHalted  ControlState = "halted"  // the kill switch: every action is denied
)

// AllAgents is the Control.Agent of the switch that applies to every agent.
const AllAgents = "*"

// Control is an operator's switch for one agent, or for every agent
// (Agent == AllAgents). It is not a lifecycle: any state may follow any
// other, and the last one set is in force.
type Control struct {
	Agent     string
	State     ControlState
	Reason    string    // why the operator set it, for people
	UpdatedAt time.Time // zero on SetControl means now
}

// AgentActivity is an agent the store has seen a block of, and its latest
// tick.
type AgentActivity struct {
	Agent string
	// LastBlock is the highest block the agent saved (after a reorg, the
	// one saved last at that height).
	LastBlock Block
	// SeenAt is when LastBlock was saved.
	SeenAt time.Time
}

// MaxPage is the most rows one listing returns.
const MaxPage = 1000

// DecisionFilter selects decisions for ListDecisions. Zero fields select
// everything.
type DecisionFilter struct {
	Agent string        // only this agent's
	State DecisionState // only decisions in this state
	// Committed keeps only decisions whose record was committed under a
	// Merkle root (recorded, submitted, and what followed them).
	Committed bool
	// ActionKey keeps only decisions whose action (a JSON object) has this
	// top-level key, e.g. "score". Letters, digits and '_' only.
	ActionKey string
	// Before is the cursor: only decisions with a smaller id (0 = from the newest).
	Before int64
	// Limit is the most decisions returned, 1..MaxPage.
	Limit int
}

// TxFilter selects transactions for ListTransactions. Zero fields select
// everything.
type TxFilter struct {
	Agent string  // only this agent's
	State TxState // only transactions in this state
	// Before is the cursor: only rows with a smaller id (0 = from the newest).
	Before int64
	// Limit is the most rows returned, 1..MaxPage.
	Limit int
}

// Store is the persistence the agent runtime needs. Every method is safe for
// concurrent use. Lookups of a missing row return an error wrapping
// ErrNotFound; a transition from the wrong state returns one wrapping
// ErrWrongState and changes nothing.
type Store interface {
	// SaveBlock records an observed block (idempotent on agent+number+hash).
	SaveBlock(ctx context.Context, b Block) error

	// InsertRecords stores inference records in one batch (idempotent on RecordHash).
	InsertRecords(ctx context.Context, recs []InferenceRecord) error
	// Record returns the record with this hash.
	Record(ctx context.Context, hash common.Hash) (InferenceRecord, error)
	// NextRecordNonce returns 1 + the highest record nonce of the agent, or 0
	// when it has none, so nonces stay unique across restarts.
	NextRecordNonce(ctx context.Context, agent string) (uint64, error)

	// InsertDecision stores a new decision in state Proposed or Held and returns its id.
	InsertDecision(ctx context.Context, d Decision) (int64, error)
	// Decision returns one decision by id.
	Decision(ctx context.Context, id int64) (Decision, error)
	// DecisionsByTx returns the decisions a transaction carried, in id order.
	DecisionsByTx(ctx context.Context, txID int64) ([]Decision, error)
	// LastDecision returns the agent's latest decision in the given state.
	LastDecision(ctx context.Context, agent string, state DecisionState) (Decision, error)

	// MarkApproved moves proposed → approved and stores the verdict.
	MarkApproved(ctx context.Context, id int64, verdict []PolicyResult) error
	// MarkRejected moves proposed → rejected and stores the verdict and reason.
	MarkRejected(ctx context.Context, id int64, verdict []PolicyResult, reason string) error
	// MarkRecorded moves approved → recorded (dry run), storing root and proof.
	MarkRecorded(ctx context.Context, id int64, root common.Hash, proof []common.Hash) error
	// MarkSubmitted moves approved → submitted, linking the transaction, root and proof.
	MarkSubmitted(ctx context.Context, id int64, txID int64, root common.Hash, proof []common.Hash) error
	// MarkConfirmed moves submitted or orphaned → confirmed.
	MarkConfirmed(ctx context.Context, id int64) error
	// MarkFailed moves approved, submitted or orphaned → failed with a reason.
	MarkFailed(ctx context.Context, id int64, reason string) error
	// MarkOrphaned moves confirmed or failed → orphaned with a reason: the
	// block its bundle was mined in (and succeeded or reverted) left the
	// chain.
	MarkOrphaned(ctx context.Context, id int64, reason string) error

	// InsertTransaction stores a new transaction in state Queued and returns its id.
	InsertTransaction(ctx context.Context, tx Transaction) (int64, error)
	// Transaction returns one transaction by id.
	Transaction(ctx context.Context, id int64) (Transaction, error)
	// TransactionByHash returns the transaction with this hash.
	TransactionByHash(ctx context.Context, hash common.Hash) (Transaction, error)
	// TransactionByKey returns the key's current attempt: a mined one
	// (included or confirmed) if any, else the latest still open, else the
	// latest. Normally the highest Attempt;
	// when a fee bump was sent and the attempt it replaced was mined, that
	// one.
	TransactionByKey(ctx context.Context, key string) (Transaction, error)
	// OpenTransactions returns every transaction of sender `from` that is not
	// in a final state, in nonce then id order: what to resume on start-up.
	OpenTransactions(ctx context.Context, from common.Address) ([]Transaction, error)
	// ReserveNonce returns the next nonce for `from`: the highest nonce of
	// its rows that are open or confirmed, plus one, or nodePending if that
	// is higher. It is one atomic read; the nonce is taken when a row with
	// it is inserted, so callers serialise ReserveNonce + InsertTransaction
	// per sender. A failed or dropped row gives its nonce back.
	ReserveNonce(ctx context.Context, from common.Address, nodePending uint64) (uint64, error)

	// MarkTxSigned moves queued → signed, storing hash, raw bytes and fees.
	MarkTxSigned(ctx context.Context, id int64, signed SignedTx) error
	// MarkTxSent moves queued, signed or reorged → sent and stores the hash;
	// it clears the inclusion of a reorged row (re-broadcast).
	MarkTxSent(ctx context.Context, id int64, hash common.Hash) error
	// MarkTxIncluded moves sent → included with the receipt's block and gas;
	// also replaced → included, when the attempt a fee bump replaced was
	// mined instead of the bump.
	MarkTxIncluded(ctx context.Context, id int64, inc Inclusion) error
	// MarkTxConfirmed moves included (or sent, for callers without an
	// inclusion step) → confirmed with gas used and block.
	MarkTxConfirmed(ctx context.Context, id int64, gasUsed, blockNumber uint64) error
	// MarkTxReplaced moves sent or included → replaced (a fee bump was sent).
	MarkTxReplaced(ctx context.Context, id int64) error
	// MarkTxDropped moves sent → dropped with the reason (its nonce was used
	// by another transaction).
	MarkTxDropped(ctx context.Context, id int64, reason string) error
	// MarkTxReorged moves included or confirmed → reorged (its block left
	// the chain).
	MarkTxReorged(ctx context.Context, id int64) error
	// MarkTxFailed moves queued, signed or sent → failed with the reason.
	MarkTxFailed(ctx context.Context, id int64, reason string) error

	// SaveCheckpoint records where the agent's ingestion stopped.
	SaveCheckpoint(ctx context.Context, agent string, number uint64, hash common.Hash) error
	// Checkpoint returns the agent's last checkpoint; ErrNotFound when none.
	Checkpoint(ctx context.Context, agent string) (uint64, common.Hash, error)
	// BlockHash returns the hash of the agent's block at this height saved
	// (or saved again) last; after a reorg that is the canonical one.
	BlockHash(ctx context.Context, agent string, number uint64) (common.Hash, error)

	// Stats counts the agent's decisions by state.
	Stats(ctx context.Context, agent string) (Stats, error)

	// Agents returns every agent with a saved block, by name, with its
	// latest one.
	Agents(ctx context.Context) ([]AgentActivity, error)
	// ListDecisions returns the decisions f selects, newest (highest id)
	// first; the last one's id is the cursor (Before) of the next page.
	ListDecisions(ctx context.Context, f DecisionFilter) ([]Decision, error)
	// ListTransactions returns the transactions f selects, newest first.
	ListTransactions(ctx context.Context, f TxFilter) ([]Transaction, error)

	// SetControl stores an operator's switch for an agent or for
	// AllAgents, replacing the one set before.
	SetControl(ctx context.Context, c Control) error
	// Control returns the switch in force for the agent: the stricter of
	// its own and AllAgents' (halted over paused over running; its own on a
	// tie), or ControlRunning with a zero UpdatedAt when neither is set.
	// The agent runtime reads it at every tick.
	Control(ctx context.Context, agent string) (Control, error)
	// Controls returns every switch set, in agent order (AllAgents first).
	Controls(ctx context.Context) ([]Control, error)

	// Close releases the connection.
	Close() error
}

// The outbox (chain/txmgr) persists through any Store.
var _ txmgr.OutboxStore = Store(nil)
