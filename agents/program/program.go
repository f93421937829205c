package program

import (
	"context"
	"math/big"

	"github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/steward-agents/steward/inference/commit"
)

// Program is the strategy-specific half of an agent: what it reads from the
// chain, how it turns that into model inputs, and how the model's output
// becomes a plan. The runtime's pipeline (agents/pipeline.go) is the
// same for every program and every mode. Each kind keeps its program in
// strategies/<kind>, beside its pure decision logic.
type Program interface {
	// Observe reads the state the strategy needs at the given block. logs
	// are the block's logs that match the Events the program declares, in
	// log order (nil when it declares none): read once per block for every
	// agent on the chain, and recorded with the block for a backtest.
	Observe(ctx context.Context, head *types.Header, logs []types.Log) (Observation, error)
	// Inputs returns the inferences the tick asks of the agent's model, in
	// order, or ready=false while the program is still warming up (e.g.
	// filling a window). Each makes one inference record; the tick's
	// records are the leaves of its Merkle tree, in this order.
	Inputs(obs Observation) (inputs []Input, ready bool, err error)
	// Decide turns the model's outputs, one per input and in the same
	// order, into a plan: hold, or guarded calls, each naming the record
	// (Call.Record) it carries out.
	Decide(obs Observation, outputs []Output) (Plan, error)
	// Declare says, before the first tick, what the program will expose and
	// touch, so that start-up checks can catch a mistake that would
	// otherwise refuse every tick (the runtime's Preflight).
	Declare() Declaration
}

// Declaration is what a program promises before it runs.
type Declaration struct {
	// State lists the keys its observations put in State (policies' `state`),
	// Action the keys of its proposals' Action (policies' `action`).
	State, Action []string
	// Guarded lists every (target, parameter) its calls may change; the
	// guard must hold bounds for each.
	Guarded []GuardedParam
	// Events are the logs Observe receives with each head. An event marked
	// Trigger also makes a work item: a block holding one runs the decision
	// stages even when the agent's schedule is not due (a proposal created,
	// a reserve changed).
	Events []Event
	// Display lists the State and Action keys a person's one-line view of
	// a tick shows, in order (the demo's and `steward run`'s printer), the
	// Action's value where both have the key; a key missing from a tick
	// is left out.
	Display []string
}

// Event selects logs: those emitted by Address whose first topic (the
// event's signature hash) is one of Topics (any, when empty).
type Event struct {
	Address common.Address
	Topics  []common.Hash
	// Trigger makes a block with a matching log due for a decision.
	Trigger bool
}

// Matches reports whether l is one of the logs e selects.
func (e Event) Matches(l types.Log) bool {
	if l.Address != e.Address {
		return false
	}
	if len(e.Topics) == 0 {
		return true
	}
	if len(l.Topics) == 0 {
		return false
	}
	for _, t := range e.Topics {
		if l.Topics[0] == t {
			return true
		}
	}
	return false
}

// GuardedParam is one parameter of a target contract the ParameterGuard guards.
type GuardedParam struct {
	Target common.Address
	Param  string // the parameter name, encoded for the guard by contracts.Param
}

// Observation is what a program saw at one block.
type Observation struct {
	Block *types.Header
	// State is exposed to policies as `state` (ints, floats, strings, bools).
	State map[string]any
	// Program-private data the program needs in Decide.
	Private any
	// Idle, when Inputs is not ready, says why for the tick's report (an
	// event-driven program with no work item: "no proposal to score");
	// empty means the program is still warming up its window.
	Idle string
}

// Plan is a program's answer for one tick.
type Plan struct {
	// Hold means do nothing this tick; Reason says why.
	Hold   bool
	Reason string
	// Action is exposed to policies as `action` and stored as the decision's action.
	Action map[string]any
	// Calls are the guarded parameter changes that carry out the action.
	Calls []Call
	// Context is what the strategy observed besides the model output (for
	// example the pool tick) and the parameters it derived the calls with;
	// it is published with each call so anyone can re-derive the values.
	Context commit.Context
}

// Call is one guarded parameter change set on a target contract: the
// ParameterGuard checks each (target, param) against its bounds and calls
// target.applyParameters(params, values) once.
type Call struct {
	Target common.Address
	Params [][32]byte
	Values []*big.Int
	// Record is the index, among the tick's inputs, of the inference whose
	// output the values come from: the call is published with that record,
	// its proof and its inputs and outputs.
	Record int
}

// Input is one inference a tick asks for, typed for the agent's model: the
// features of a numeric (ONNX) model, quantized at its card's input scale
// by the runtime, or the fields of an LLM's prompt template (structured
// text, fenced as data in the prompt). A program whose kind runs with
// either kind of model fills both.
type Input struct {
	Features []float64
	Fields   map[string]string
}

// Output is one inference's result: the model's outputs at their
// fixed-point scale (the card's output scale).
type Output struct {
	Values []int64
	Scale  int64
	// InputScale is the fixed-point scale the model read its inputs at
	// (the card's input scale): a kind whose values follow from its
	// published inputs checks it is the scale it wrote them at. Zero for
	// a model that reads no numeric inputs (an LLM).
	InputScale int64
	// Block is the block the inference was made on (its record's): for an
	// asynchronous model (an LLM), earlier than the observation Decide
	// gets, which is the newer state to re-check the answer against. Zero
	// where not known (verification).
	Block uint64
}

// ChainReader is what a program may read of the chain: calls and logs,
// answered by any JSON-RPC node (and by a backtest's simulated chain).
type ChainReader interface {
	ethereum.ContractCaller
	ethereum.LogFilterer
}
