package simulate

import (
	"errors"
	"fmt"

	"github.com/ethereum/go-ethereum/common"
	"github.com/steward-agents/steward/chain/contracts"
)

// delegateForwarder is the executor's code while a delegatecall of the
// proposal runs (only in the simulated blocks or traces of such calls):
// called with target (20 bytes) ++ calldata, it delegatecalls target with
// calldata, as an Aave executor's executeTransaction does, and returns or
// reverts with what the target returned.
//
//	00 PUSH1 20 CALLDATASIZE SUB           n = len(calldata)
//	04 DUP1 PUSH1 20 PUSH1 0 CALLDATACOPY   memory[0:n] = calldata
//	0a PUSH1 0 PUSH1 0 DUP3 PUSH1 0         retSize, retOffset, argsSize n, argsOffset
//	11 PUSH1 0 CALLDATALOAD PUSH1 96 SHR    target
//	17 GAS DELEGATECALL
//	19 RETURNDATASIZE PUSH1 0 PUSH1 0 RETURNDATACOPY
//	1f PUSH1 0x26 JUMPI
//	22 RETURNDATASIZE PUSH1 0 REVERT
//	26 JUMPDEST RETURNDATASIZE PUSH1 0 RETURN
var delegateForwarder = common.FromHex("0x6014360380601460003760006000826000600035606" +
	"01c5af43d600060003e6026573d6000fd5b3d6000f3")

// slotReader is a proxy's code in the block after the proposal's, where
// Run reads the proxy's implementation slot as the proposal left it: it
// returns the storage word at the slot given as calldata.
//
//	PUSH1 0 CALLDATALOAD SLOAD PUSH1 0 MSTORE PUSH1 32 PUSH1 0 RETURN
var slotReader = common.FromHex("0x6000355460005260206000f3")

// forwarderInput is the executor's calldata that makes delegateForwarder
// delegatecall target with data.
func forwarderInput(target common.Address, data []byte) []byte {
	return append(append(make([]byte, 0, 20+len(data)), target.Bytes()...), data...)
}

// revertReason says why a call failed: the Error(string) text, a Panic
// with its meaning, a custom error of a contract chain/contracts knows
// with its arguments, or the selector of one it does not; for a failure
// without revert data, the node's message (out of gas, an invalid opcode).
func revertReason(data []byte, message string) string {
	if len(data) == 0 {
		if message != "" {
			return message
		}
		return "reverted without a reason"
	}
	var re *contracts.RevertError
	if errors.As(contracts.DecodeRevert(data), &re) {
		reason, _ := re.Args["reason"].(string)
		switch {
		case re.Contract != "":
		case re.Name == "Error":
			return reason
		case re.Name == "Panic":
			return fmt.Sprintf("Panic(%#x): %s", re.Args["code"], reason)
		}
		return re.Error()
	}
	if len(data) < 4 {
		return fmt.Sprintf("malformed revert data %#x", data)
	}
	return fmt.Sprintf("custom error %#x (%d bytes of data)", data[:4], len(data))
}
