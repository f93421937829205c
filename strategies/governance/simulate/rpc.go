package simulate

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
)

// The JSON-RPC shapes Run sends and reads. They are declared here rather
// than taken from go-ethereum, whose eth_simulateV1 and tracer types are
// internal, and because anvil answers some fields differently (noted at
// each).

// override is one account of a state override (eth_simulateV1's
// stateOverrides, debug_traceCall's stateOverrides). State replaces the
// whole storage (a pointer, so an empty map is sent as {}); StateDiff sets
// single slots. A node refuses both at once.
type override struct {
	Nonce     *hexutil.Uint64              `json:"nonce,omitempty"`
	Code      *hexutil.Bytes               `json:"code,omitempty"`
	Balance   *hexutil.Big                 `json:"balance,omitempty"`
	State     *map[common.Hash]common.Hash `json:"state,omitempty"`
	StateDiff map[common.Hash]common.Hash  `json:"stateDiff,omitempty"`
}

type overrides map[common.Address]override

// clone copies o deeply enough that changing the copy's accounts or slots
// leaves o alone.
func (o overrides) clone() overrides {
	out := make(overrides, len(o)+1)
	for addr, acc := range o {
		if acc.State != nil {
			st := make(map[common.Hash]common.Hash, len(*acc.State))
			for k, v := range *acc.State {
				st[k] = v
			}
			acc.State = &st
		}
		if acc.StateDiff != nil {
			sd := make(map[common.Hash]common.Hash, len(acc.StateDiff))
			for k, v := range acc.StateDiff {
				sd[k] = v
			}
			acc.StateDiff = sd
		}
		out[addr] = acc
	}
	return out
}

// txArgs is one call: eth_simulateV1's calls, debug_traceCall's first
// parameter, eth_call's. Gas is left to the node (the rest of the block's
// gas for eth_simulateV1, its RPC gas cap for debug_traceCall).
type txArgs struct {
	From  *common.Address `json:"from,omitempty"`
	To    common.Address  `json:"to"`
	Value *hexutil.Big    `json:"value,omitempty"`
	Input hexutil.Bytes   `json:"input,omitempty"`
}

type simBlock struct {
	StateOverrides overrides `json:"stateOverrides,omitempty"`
	Calls          []txArgs  `json:"calls"`
}

type simOpts struct {
	BlockStateCalls []simBlock `json:"blockStateCalls"`
	TraceTransfers  bool       `json:"traceTransfers"`
	Validation      bool       `json:"validation"`
}

type simLog struct {
	Address common.Address `json:"address"`
	Topics  []common.Hash  `json:"topics"`
	Data    hexutil.Bytes  `json:"data"`
}

type simCallError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	// Data is the revert data as hex. go-ethereum puts it here and leaves
	// returnData empty; anvil leaves it out and puts it in returnData.
	Data string `json:"data,omitempty"`
}

type simCallResult struct {
	ReturnData hexutil.Bytes  `json:"returnData"`
	Logs       []simLog       `json:"logs"`
	Status     hexutil.Uint64 `json:"status"`
	Error      *simCallError  `json:"error,omitempty"`
}

// revertData is the failed call's revert data, wherever the node put it.
func (r *simCallResult) revertData() []byte {
	if r.Error != nil && r.Error.Data != "" {
		if b, err := hexutil.Decode(r.Error.Data); err == nil && len(b) > 0 {
			return b
		}
	}
	return r.ReturnData
}

type simBlockResult struct {
	Calls []simCallResult `json:"calls"`
}

// frame is one frame of the callTracer's answer.
type frame struct {
	Type   string          `json:"type"`
	From   common.Address  `json:"from"`
	To     *common.Address `json:"to,omitempty"`
	Value  *hexutil.Big    `json:"value,omitempty"`
	Output hexutil.Bytes   `json:"output,omitempty"`
	Error  string          `json:"error,omitempty"`
	Calls  []frame         `json:"calls,omitempty"`
}

// diffAccount is one account of the prestateTracer's diffMode answer.
type diffAccount struct {
	Balance *hexutil.Big                `json:"balance,omitempty"`
	Nonce   *flexUint64                 `json:"nonce,omitempty"`
	Code    *hexutil.Bytes              `json:"code,omitempty"`
	Storage map[common.Hash]common.Hash `json:"storage,omitempty"`
}

type stateDiff struct {
	Pre  map[common.Address]diffAccount `json:"pre"`
	Post map[common.Address]diffAccount `json:"post"`
}

// flexUint64 reads a JSON number (go-ethereum's and anvil's prestate nonce)
// or a hex string.
type flexUint64 uint64

func (f *flexUint64) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	var (
		v   uint64
		err error
	)
	if strings.HasPrefix(s, "0x") {
		v, err = hexutil.DecodeUint64(s)
	} else {
		v, err = strconv.ParseUint(s, 10, 64)
	}
	if err != nil {
		return fmt.Errorf("nonce %s: %w", b, err)
	}
	*f = flexUint64(v)
	return nil
}

// traceConfig is debug_traceCall's third parameter.
type traceConfig struct {
	Tracer         string          `json:"tracer"`
	TracerConfig   json.RawMessage `json:"tracerConfig,omitempty"`
	StateOverrides overrides       `json:"stateOverrides,omitempty"`
}

// blockTag is the block every request of one Run reads.
func blockTag(n *big.Int) string { return hexutil.EncodeBig(n) }

// methodMissing reports whether err is a node's answer that it does not
// serve a method: JSON-RPC's -32601, or go-ethereum's in-process "the
// method … does not exist/is not available".
func methodMissing(err error) bool {
	var re rpc.Error
	if errors.As(err, &re) && re.ErrorCode() == -32601 {
		return true
	}
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "does not exist/is not available") || strings.Contains(msg, "method not found")
}

// tracerMissing reports whether err says the node lacks the tracer asked
// for (anvil: "unsupported tracer type"; go-ethereum: "tracer not found").
func tracerMissing(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "unsupported tracer") || strings.Contains(msg, "tracer not found")
}

// insufficientFunds reports whether eth_simulateV1 refused the whole
// request because a call sends more ETH than its sender holds. With
// validation off, go-ethereum and anvil still check the value against the
// balance, before executing: the timelock's own call would revert instead.
func insufficientFunds(err error) bool {
	msg := strings.ToLower(err.Error())
	return strings.Contains(msg, "insufficient funds") || strings.Contains(msg, "lack of funds")
}

// simulate sends one eth_simulateV1 request on block.
func simulate(ctx context.Context, c Client, block *big.Int, blocks []simBlock) ([]simBlockResult, error) {
	var res []simBlockResult
	err := c.CallContext(ctx, &res, "eth_simulateV1",
		simOpts{BlockStateCalls: blocks, TraceTransfers: true, Validation: false}, blockTag(block))
	if err != nil {
		if methodMissing(err) {
			return nil, &UnsupportedError{Method: "eth_simulateV1", Err: err}
		}
		return nil, fmt.Errorf("eth_simulateV1: %w", err)
	}
	if len(res) != len(blocks) {
		return nil, fmt.Errorf("eth_simulateV1: %d blocks in the answer, %d sent", len(res), len(blocks))
	}
	for i := range res {
		if len(res[i].Calls) != len(blocks[i].Calls) {
			return nil, fmt.Errorf("eth_simulateV1: block %d has %d call results, %d calls sent", i, len(res[i].Calls), len(blocks[i].Calls))
		}
	}
	return res, nil
}
