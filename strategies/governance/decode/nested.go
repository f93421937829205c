package decode

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// nester adds the calls a decoded node's arguments spell out as its
// children.
type nester func(w *walker, n *Node)

// nesters wires the known methods that carry calls, by canonical signature.
func nesters() map[string]nester {
	return map[string]nester{
		"execTransaction(address,uint256,bytes,uint8,uint256,uint256,uint256,address,address,bytes)": safeTransaction,
		"execTransactionFromModule(address,uint256,bytes,uint8)":                                     safeTransaction,
		"multiSend(bytes)":                                                   multiSend,
		"multicall(bytes[])":                                                 selfCalls(0),
		"multicall(uint256,bytes[])":                                         selfCalls(1),
		"aggregate((address,bytes)[])":                                       aggregate(0, 0, 1, -1),
		"blockAndAggregate((address,bytes)[])":                               aggregate(0, 0, 1, -1),
		"tryAggregate(bool,(address,bytes)[])":                               aggregate(1, 0, 1, -1),
		"tryBlockAndAggregate(bool,(address,bytes)[])":                       aggregate(1, 0, 1, -1),
		"aggregate3((address,bool,bytes)[])":                                 aggregate(0, 0, 2, -1),
		"aggregate3Value((address,bool,uint256,bytes)[])":                    aggregate(0, 0, 3, 2),
		"schedule(address,uint256,bytes,bytes32,bytes32,uint256)":            oneCall,
		"execute(address,uint256,bytes,bytes32,bytes32)":                     oneCall,
		"relay(address,uint256,bytes)":                                       oneCall,
		"scheduleBatch(address[],uint256[],bytes[],bytes32,bytes32,uint256)": batchCalls,
		"executeBatch(address[],uint256[],bytes[],bytes32,bytes32)":          batchCalls,
		"upgradeToAndCall(address,bytes)":                                    initCall(0, 1),
		"upgradeAndCall(address,address,bytes)":                              initCall(1, 2),
		"queueTransaction(address,uint256,string,bytes,uint256)":             bravoCall,
		"executeTransaction(address,uint256,string,bytes,uint256)":           bravoCall,
		"cancelTransaction(address,uint256,string,bytes,uint256)":            bravoCall,
		"queue(address[],uint256[],string[],bytes[],bool[])":                 actionSet,
	}
}

// Argument readers. The known ABIs fix the types, so a mismatch is a bug
// in this package; it is reported on the node rather than panicking.
func argOf[T any](n *Node, i int) (T, bool) {
	var v T
	if i >= len(n.Args) {
		return v, false
	}
	v, ok := n.Args[i].Value.(T)
	return v, ok
}

func badArgs(n *Node) { n.addErr("arguments do not have the types the nesting expects") }

// safeTransaction: execTransaction(to, value, data, operation, …), the
// Safe calling (operation 0) or delegatecalling (1) to.
func safeTransaction(w *walker, n *Node) {
	to, ok1 := argOf[common.Address](n, 0)
	value, ok2 := argOf[*big.Int](n, 1)
	data, ok3 := argOf[[]byte](n, 2)
	op, ok4 := argOf[*big.Int](n, 3)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		badArgs(n)
		return
	}
	kind, err := operationKind(op.Uint64())
	if err != nil {
		n.addErr(err.Error())
		return
	}
	w.child(n, childCall{kind: kind, target: to, value: value, data: data})
}

func operationKind(op uint64) (Kind, error) {
	switch op {
	case 0:
		return KindCall, nil
	case 1:
		return KindDelegatecall, nil
	}
	return "", fmt.Errorf("operation %d is neither 0 (call) nor 1 (delegatecall)", op)
}

// multiEntryHead is a MultiSend entry's fixed part: operation (1 byte),
// to (20), value (32), data length (32).
const multiEntryHead = 1 + 20 + 32 + 32

// multiSend: multiSend(bytes) packs its calls back to back, each
// operation ‖ to ‖ value ‖ len(data) ‖ data; an entry may itself be a
// multiSend, decoded in turn.
func multiSend(w *walker, n *Node) {
	packed, ok := argOf[[]byte](n, 0)
	if !ok {
		badArgs(n)
		return
	}
	for i := 0; len(packed) > 0; i++ {
		if len(packed) < multiEntryHead {
			n.addErr(fmt.Sprintf("multiSend entry %d: %d bytes left, an entry needs %d or more", i, len(packed), multiEntryHead))
			return
		}
		kind, err := operationKind(uint64(packed[0]))
		if err != nil {
			n.addErr(fmt.Sprintf("multiSend entry %d: %v", i, err))
			return
		}
		size := new(big.Int).SetBytes(packed[53:85])
		if !size.IsUint64() || size.Uint64() > uint64(len(packed)-multiEntryHead) {
			n.addErr(fmt.Sprintf("multiSend entry %d: data length %s is past the end (%d bytes left)", i, short(size), len(packed)-multiEntryHead))
			return
		}
		end := multiEntryHead + int(size.Uint64())
		c := childCall{
			kind:   kind,
			target: common.BytesToAddress(packed[1:21]),
			value:  new(big.Int).SetBytes(packed[21:53]),
			data:   packed[multiEntryHead:end],
		}
		if !w.child(n, c) {
			return
		}
		packed = packed[end:]
	}
}

// selfCalls: multicall(bytes[]) runs each entry on the same contract (by
// delegatecall to itself, which keeps the caller: a call in effect).
func selfCalls(arg int) nester {
	return func(w *walker, n *Node) {
		list, ok := argOf[[]any](n, arg)
		if !ok {
			badArgs(n)
			return
		}
		for _, e := range list {
			data, ok := e.([]byte)
			if !ok {
				badArgs(n)
				return
			}
			if !w.child(n, childCall{kind: KindCall, target: n.Target, value: new(big.Int), data: data}) {
				return
			}
		}
	}
}

// aggregate: Multicall3's (target, …, callData) lists; valueField is -1
// where the tuple has no value.
func aggregate(arg, targetField, dataField, valueField int) nester {
	return func(w *walker, n *Node) {
		list, ok := argOf[[]any](n, arg)
		if !ok {
			badArgs(n)
			return
		}
		for _, e := range list {
			fields, ok := e.([]Arg)
			if !ok || len(fields) <= max(targetField, dataField, valueField) {
				badArgs(n)
				return
			}
			target, ok1 := fields[targetField].Value.(common.Address)
			data, ok2 := fields[dataField].Value.([]byte)
			value, ok3 := new(big.Int), true
			if valueField >= 0 {
				value, ok3 = fields[valueField].Value.(*big.Int)
			}
			if !ok1 || !ok2 || !ok3 {
				badArgs(n)
				return
			}
			if !w.child(n, childCall{kind: KindCall, target: target, value: value, data: data}) {
				return
			}
		}
	}
}

// oneCall: (target, value, data, …) as TimelockController's schedule and
// execute and Governor's relay take.
func oneCall(w *walker, n *Node) {
	target, ok1 := argOf[common.Address](n, 0)
	value, ok2 := argOf[*big.Int](n, 1)
	data, ok3 := argOf[[]byte](n, 2)
	if !ok1 || !ok2 || !ok3 {
		badArgs(n)
		return
	}
	w.child(n, childCall{kind: KindCall, target: target, value: value, data: data})
}

// batchCalls: (targets[], values[], payloads[], …) as scheduleBatch and
// executeBatch take; the three lists must be as long as each other, as
// the timelock requires.
func batchCalls(w *walker, n *Node) {
	targets, ok1 := argOf[[]any](n, 0)
	values, ok2 := argOf[[]any](n, 1)
	payloads, ok3 := argOf[[]any](n, 2)
	if !ok1 || !ok2 || !ok3 {
		badArgs(n)
		return
	}
	if len(values) != len(targets) || len(payloads) != len(targets) {
		n.addErr(fmt.Sprintf("%d targets, %d values, %d payloads: the timelock reverts on a length mismatch", len(targets), len(values), len(payloads)))
		return
	}
	for i := range targets {
		target, ok1 := targets[i].(common.Address)
		value, ok2 := values[i].(*big.Int)
		data, ok3 := payloads[i].([]byte)
		if !ok1 || !ok2 || !ok3 {
			badArgs(n)
			return
		}
		if !w.child(n, childCall{kind: KindCall, target: target, value: value, data: data}) {
			return
		}
	}
}

// initCall: an upgrade's initialisation call, the new implementation's
// code run on the proxy's state (a delegatecall). None without data.
func initCall(implArg, dataArg int) nester {
	return func(w *walker, n *Node) {
		impl, ok1 := argOf[common.Address](n, implArg)
		data, ok2 := argOf[[]byte](n, dataArg)
		if !ok1 || !ok2 {
			badArgs(n)
			return
		}
		if len(data) > 0 {
			w.child(n, childCall{kind: KindDelegatecall, target: impl, value: new(big.Int), data: data})
		}
	}
}

// bravoCall: a Compound timelock transaction (target, value, signature,
// data, eta), whose data lacks the selector when signature is set.
func bravoCall(w *walker, n *Node) {
	target, ok1 := argOf[common.Address](n, 0)
	value, ok2 := argOf[*big.Int](n, 1)
	sig, ok3 := argOf[string](n, 2)
	data, ok4 := argOf[[]byte](n, 3)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		badArgs(n)
		return
	}
	w.child(n, childCall{kind: KindCall, target: target, value: value, signature: sig, data: proposal.FullCalldata(sig, data)})
}

// actionSet: an Aave executor's queue(targets, values, signatures,
// calldatas, withDelegatecalls), Bravo-style calls with delegatecall
// flags.
func actionSet(w *walker, n *Node) {
	var lists [5][]any
	for i := range lists {
		l, ok := argOf[[]any](n, i)
		if !ok {
			badArgs(n)
			return
		}
		lists[i] = l
		if len(l) != len(lists[0]) {
			n.addErr(fmt.Sprintf("%s has %d entries, targets has %d: the executor reverts on a length mismatch", n.Args[i].Name, len(l), len(lists[0])))
			return
		}
	}
	for i := range lists[0] {
		target, ok1 := lists[0][i].(common.Address)
		value, ok2 := lists[1][i].(*big.Int)
		sig, ok3 := lists[2][i].(string)
		data, ok4 := lists[3][i].([]byte)
		delegate, ok5 := lists[4][i].(bool)
		if !ok1 || !ok2 || !ok3 || !ok4 || !ok5 {
			badArgs(n)
			return
		}
		kind := KindCall
		if delegate {
			kind = KindDelegatecall
		}
		if !w.child(n, childCall{kind: kind, target: target, value: value, signature: sig, data: proposal.FullCalldata(sig, data)}) {
			return
		}
	}
}
