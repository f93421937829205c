package api

import (
	"encoding/json"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/agents/store"
	"github.com/steward-agents/steward/inference/commit"
)

// The JSON the API answers with. Hashes and addresses are 0x-hex, times
// RFC 3339 in UTC, amounts that may exceed 2^53 decimal strings.

// Page is one page of a listing, newest first.
type Page[T any] struct {
	Items []T `json:"items"`
	// NextCursor fetches the next (older) page as ?cursor=…; absent on the
	// last page.
	NextCursor string `json:"nextCursor,omitempty"`
}

// AgentList is GET /api/agents: every agent, the switch of every agent
// when one is set, and the server's time (to age the last ticks by).
type AgentList struct {
	Items []Agent   `json:"items"`
	All   *Control  `json:"all,omitempty"`
	Now   time.Time `json:"now"`
}

// Agent is one agent: the switch in force, its latest tick and decision.
type Agent struct {
	Name string `json:"name"`
	// State is the switch in force: running, paused or halted.
	State store.ControlState `json:"state"`
	// Control is the switch in force when one is set: the agent's own or
	// every agent's (its agent is "*").
	Control      *Control  `json:"control,omitempty"`
	LastBlock    *Block    `json:"lastBlock,omitempty"`
	LastDecision *Decision `json:"lastDecision,omitempty"`
}

// Block is the head of an agent's latest tick.
type Block struct {
	Number uint64      `json:"number"`
	Hash   common.Hash `json:"hash"`
	Time   time.Time   `json:"time"`   // the block's timestamp
	SeenAt time.Time   `json:"seenAt"` // when the agent saved it
}

// Control is an operator's switch.
type Control struct {
	Agent     string             `json:"agent"`
	State     store.ControlState `json:"state"`
	Reason    string             `json:"reason,omitempty"`
	UpdatedAt time.Time          `json:"updatedAt"`
}

// Decision is one tick's decision with its policy verdict and what became
// of it.
type Decision struct {
	ID        int64               `json:"id"`
	Agent     string              `json:"agent"`
	Block     uint64              `json:"block"`
	BlockHash common.Hash         `json:"blockHash"`
	State     store.DecisionState `json:"state"`
	Action    json.RawMessage     `json:"action,omitempty"`
	// Verdict has one result per policy evaluated (empty when none ran).
	Verdict []store.PolicyResult `json:"verdict"`
	Reason  string               `json:"reason,omitempty"`
	// Records are the tick's inference records, the decision's own first.
	Records []common.Hash `json:"records"`
	Root    *common.Hash  `json:"root,omitempty"`
	// ProofValid says whether the stored Merkle proof puts the decision's
	// record under Root; absent before there is a root.
	ProofValid *bool         `json:"proofValid,omitempty"`
	Tx         *TxRef        `json:"tx,omitempty"`
	Verify     *Verification `json:"verify,omitempty"`
	CreatedAt  time.Time     `json:"createdAt"`
	UpdatedAt  time.Time     `json:"updatedAt"`
}

// TxRef is the transaction that carries a decision: its latest attempt
// (a fee bump is a new attempt with a new hash).
type TxRef struct {
	ID      int64         `json:"id"`
	Hash    *common.Hash  `json:"hash,omitempty"`
	State   store.TxState `json:"state"`
	Block   uint64        `json:"block,omitempty"`
	Attempt uint64        `json:"attempt"`
}

// Transaction is one outbox row: one signed attempt at one nonce.
type Transaction struct {
	ID        int64          `json:"id"`
	Agent     string         `json:"agent"`
	Key       string         `json:"key,omitempty"`
	From      common.Address `json:"from"`
	To        common.Address `json:"to"`
	Nonce     uint64         `json:"nonce"`
	Hash      *common.Hash   `json:"hash,omitempty"`
	Attempt   uint64         `json:"attempt"`
	Replaces  int64          `json:"replaces,omitempty"`
	Root      common.Hash    `json:"root"`
	State     store.TxState  `json:"state"`
	GasTipCap string         `json:"gasTipCap,omitempty"`
	GasFeeCap string         `json:"gasFeeCap,omitempty"`
	GasLimit  uint64         `json:"gasLimit,omitempty"`
	GasUsed   uint64         `json:"gasUsed,omitempty"`
	Block     uint64         `json:"block,omitempty"`
	BlockHash *common.Hash   `json:"blockHash,omitempty"`
	Reverted  bool           `json:"reverted,omitempty"`
	Error     string         `json:"error,omitempty"`
	Verify    *Verification  `json:"verify,omitempty"`
	// Decisions are the decisions it carries (GET /api/transactions/{ref} only).
	Decisions []Decision `json:"decisions,omitempty"`
	CreatedAt time.Time  `json:"createdAt"`
	UpdatedAt time.Time  `json:"updatedAt"`
}

// Commitment is a Merkle root a decision's tick committed, with its
// records (the tree's leaves) and the transaction that carried it.
type Commitment struct {
	Root       common.Hash         `json:"root"`
	Agent      string              `json:"agent"`
	Decision   int64               `json:"decision"`
	Block      uint64              `json:"block"`
	State      store.DecisionState `json:"state"`
	Records    []common.Hash       `json:"records"`
	ProofValid bool                `json:"proofValid"`
	Tx         *TxRef              `json:"tx,omitempty"`
	Verify     *Verification       `json:"verify,omitempty"`
	CreatedAt  time.Time           `json:"createdAt"`
}

// Score is a decision whose action carries a score (Config.ScoreKey), with
// the score and the action's flags taken out.
type Score struct {
	Decision
	Score json.RawMessage `json:"score"`
	Flags json.RawMessage `json:"flags,omitempty"`
}

// Record is one inference record as stored.
type Record struct {
	RecordHash   common.Hash    `json:"recordHash"`
	Agent        string         `json:"agent"`
	AgentAddress common.Address `json:"agentAddress"`
	ModelDigest  common.Hash    `json:"modelDigest"`
	InputScale   int64          `json:"inputScale"`
	OutputScale  int64          `json:"outputScale"`
	Inputs       []int64        `json:"inputs"`
	Outputs      []int64        `json:"outputs"`
	InputDigest  common.Hash    `json:"inputDigest"`
	OutputDigest common.Hash    `json:"outputDigest"`
	Block        uint64         `json:"block"`
	BlockHash    common.Hash    `json:"blockHash"`
	Nonce        uint64         `json:"nonce"`
	// HashValid says whether the record's hash recomputes from its fields.
	HashValid bool      `json:"hashValid"`
	CreatedAt time.Time `json:"createdAt"`
}

func controlView(c store.Control) *Control {
	return &Control{Agent: c.Agent, State: c.State, Reason: c.Reason, UpdatedAt: c.UpdatedAt}
}

func decisionView(d store.Decision) Decision {
	v := Decision{ID: d.ID, Agent: d.Agent, Block: d.BlockNumber, BlockHash: d.BlockHash, State: d.State,
		Action: d.Action, Verdict: d.Verdict, Reason: d.Reason, Records: d.Records,
		ProofValid: proofValid(d), CreatedAt: d.CreatedAt, UpdatedAt: d.UpdatedAt}
	if v.Verdict == nil {
		v.Verdict = []store.PolicyResult{}
	}
	if d.Root != (common.Hash{}) {
		v.Root = &d.Root
	}
	return v
}

func txRef(tx store.Transaction) *TxRef {
	return &TxRef{ID: tx.ID, Hash: optHash(tx.Hash), State: tx.State, Block: tx.BlockNumber, Attempt: tx.Attempt}
}

func txView(tx store.Transaction) Transaction {
	return Transaction{ID: tx.ID, Agent: tx.Agent, Key: tx.Key, From: tx.From, To: tx.To, Nonce: tx.Nonce,
		Hash: optHash(tx.Hash), Attempt: tx.Attempt, Replaces: tx.Replaces, Root: tx.Root, State: tx.State,
		GasTipCap: decimal(tx.GasTipCap), GasFeeCap: decimal(tx.GasFeeCap), GasLimit: tx.GasLimit,
		GasUsed: tx.GasUsed, Block: tx.BlockNumber, BlockHash: optHash(tx.BlockHash), Reverted: tx.Reverted,
		Error: tx.Error, CreatedAt: tx.CreatedAt, UpdatedAt: tx.UpdatedAt}
}

func recordView(r store.InferenceRecord) Record {
	re := commit.Record{Agent: r.AgentAddress, ModelDigest: r.ModelDigest, InputDigest: r.InputDigest,
		OutputDigest: r.OutputDigest, BlockNumber: r.BlockNumber, BlockHash: r.BlockHash, Nonce: r.Nonce}
	v := Record{RecordHash: r.RecordHash, Agent: r.Agent, AgentAddress: r.AgentAddress, ModelDigest: r.ModelDigest,
		InputScale: r.InputScale, OutputScale: r.OutputScale, Inputs: r.Inputs, Outputs: r.Outputs,
		InputDigest: r.InputDigest, OutputDigest: r.OutputDigest, Block: r.BlockNumber, BlockHash: r.BlockHash,
		Nonce: r.Nonce, HashValid: re.Hash() == r.RecordHash, CreatedAt: r.CreatedAt}
	if v.Inputs == nil {
		v.Inputs = []int64{}
	}
	if v.Outputs == nil {
		v.Outputs = []int64{}
	}
	return v
}

func optHash(h common.Hash) *common.Hash {
	if h == (common.Hash{}) {
		return nil
	}
	return &h
}

func decimal(v *big.Int) string {
	if v == nil {
		return ""
	}
	return v.String()
}
