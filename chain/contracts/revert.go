package contracts

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/ethereum/go-ethereum/rpc"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// RevertError is a contract revert decoded into its named error.
type RevertError struct {
	// Contract names the contract whose ABI declares the error; empty for the
	// built-in Error(string) and Panic(uint256). When several of our contracts
	// declare the identical error (same signature), their names are joined
	// with "/", e.g. "InferenceRegistry/ParameterGuard" for NotOwner(address).
	Contract string
	// Name is the error's name: "StepTooLarge", "Error", "Panic", ...
	Name string
	// Args maps each argument name to its decoded value: common.Address,
	// [32]byte, *big.Int, uint64, string, ... Error(string) has "reason";
	// Panic(uint256) has "code" (*big.Int) and "reason" (its meaning).
	Args map[string]any

	// order is the argument declaration order, for Error().
	order []string
}

// Error reads like ParameterGuard.StepTooLarge(target=0x…, param="tickLower", from=1, to=2, maxStep=1).
func (e *RevertError) Error() string {
	var b strings.Builder
	if e.Contract != "" {
		b.WriteString(e.Contract)
		b.WriteByte('.')
	}
	b.WriteString(e.Name)
	b.WriteByte('(')
	names := e.order
	if len(names) != len(e.Args) {
		names = slices.Sorted(maps.Keys(e.Args))
	}
	for i, name := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(name)
		b.WriteByte('=')
		b.WriteString(formatValue(e.Args[name]))
	}
	b.WriteByte(')')
	return b.String()
}

// knownABIs lists the ABIs searched for custom errors, in the order their
// names appear in RevertError.Contract.
func knownABIs() []struct {
	name string
	meta *bind.MetaData
} {
	return []struct {
		name string
		meta *bind.MetaData
	}{
		{"InferenceRegistry", &bindings.InferenceRegistryMetaData},
		{"ParameterGuard", &bindings.ParameterGuardMetaData},
		{"RangeVault", &bindings.RangeVaultMetaData},
		{"DevTrader", &bindings.DevTraderMetaData},
		{"TestToken", &bindings.TestTokenMetaData},
		{"ProposalScores", &bindings.ProposalScoresMetaData},
		{"StewardGovernor", &bindings.StewardGovernorMetaData},
		{"DaoTimelock", &bindings.DaoTimelockMetaData},
		{"GovToken", &bindings.GovTokenMetaData},
		{"UniswapV3Factory", &bindings.UniswapV3FactoryMetaData},
		{"UniswapV3Pool", &bindings.UniswapV3PoolMetaData},
		{"AaveRiskSteward", &bindings.AaveRiskStewardMetaData},
		{"DevPriceFeed", &bindings.DevPriceFeedMetaData},
	}
}

var (
	errorSelector = []byte{0x08, 0xc3, 0x79, 0xa0} // Error(string)
	panicSelector = []byte{0x4e, 0x48, 0x7b, 0x71} // Panic(uint256)
)

// DecodeRevert turns revert data into a *RevertError: a custom error of any
// of this package's contracts (and the Uniswap v3 core ones), an Aave v3
// error code (Error("20") becomes Aave.INVALID_RESERVE_PARAMS(code="20")),
// or a plain Error(string) / Panic(uint256). Data that is empty, too short, or whose
// selector no ABI declares yields an error wrapping ErrNoRevertData,
// ErrMalformedRevert or ErrUnknownRevert.
func DecodeRevert(data []byte) error {
	switch {
	case len(data) == 0:
		return ErrNoRevertData
	case len(data) < 4:
		return fmt.Errorf("%w: %d bytes, a selector needs 4", ErrMalformedRevert, len(data))
	case bytes.Equal(data[:4], errorSelector):
		reason, err := abi.UnpackRevert(data)
		if err != nil {
			return fmt.Errorf("%w: Error(string): %v", ErrMalformedRevert, err)
		}
		if name, ok := AaveErrorName(reason); ok {
			// Aave v3 reverts with numeric codes (Errors.sol); no other
			// contract of ours uses bare numbers as reasons.
			return &RevertError{Contract: "Aave", Name: name, Args: map[string]any{"code": reason}, order: []string{"code"}}
		}
		return &RevertError{Name: "Error", Args: map[string]any{"reason": reason}, order: []string{"reason"}}
	case bytes.Equal(data[:4], panicSelector):
		reason, err := abi.UnpackRevert(data)
		if err != nil || len(data) != 4+32 {
			return fmt.Errorf("%w: Panic(uint256): %d bytes", ErrMalformedRevert, len(data))
		}
		code := new(big.Int).SetBytes(data[4:])
		return &RevertError{
			Name:  "Panic",
			Args:  map[string]any{"code": code, "reason": reason},
			order: []string{"code", "reason"},
		}
	}
	var (
		selector [4]byte
		found    *abi.Error
		owners   []string
	)
	copy(selector[:], data)
	for _, known := range knownABIs() {
		parsed, err := known.meta.ParseABI()
		if err != nil {
			return fmt.Errorf("parse %s ABI: %w", known.name, err)
		}
		abiErr, err := parsed.ErrorByID(selector)
		if err != nil {
			continue
		}
		if found != nil && abiErr.Sig != found.Sig {
			// Same 4-byte selector, different signature: a genuine clash.
			return fmt.Errorf("%w: selector %#x is %s in %s and %s in %s",
				ErrUnknownRevert, selector, found.Sig, strings.Join(owners, "/"), abiErr.Sig, known.name)
		}
		found = abiErr
		owners = append(owners, known.name)
	}
	if found == nil {
		return fmt.Errorf("%w %#x (%d bytes of data)", ErrUnknownRevert, selector, len(data))
	}
	values, err := found.Inputs.Unpack(data[4:])
	if err != nil {
		return fmt.Errorf("%w: %s: %v", ErrMalformedRevert, found.Sig, err)
	}
	re := &RevertError{
		Contract: strings.Join(owners, "/"),
		Name:     found.Name,
		Args:     make(map[string]any, len(values)),
		order:    make([]string, len(values)),
	}
	for i, v := range values {
		name := found.Inputs[i].Name
		if name == "" {
			name = fmt.Sprintf("arg%d", i)
		}
		re.Args[name] = v
		re.order[i] = name
	}
	return re
}

// RevertData extracts revert data from an error returned by an RPC call
// (eth_call, eth_estimateGas, eth_sendRawTransaction) through go-ethereum's
// rpc.DataError, however deeply it is wrapped. It reports false if err
// carries no revert data.
func RevertData(err error) ([]byte, bool) {
	var de rpc.DataError
	if !errors.As(err, &de) {
		return nil, false
	}
	switch d := de.ErrorData().(type) {
	case string:
		data, decErr := hexutil.Decode(d)
		if decErr != nil || len(data) == 0 {
			return nil, false
		}
		return data, true
	case []byte:
		return d, len(d) > 0
	default:
		return nil, false
	}
}

// IsRevert reports whether err is a node's answer that a call reverted — the
// contract refused it, or has no such function — rather than a failure to
// get an answer (a connection, a timeout, a refused request), which may
// succeed when asked again. It recognises a *RevertError, revert data
// (rpc.DataError), JSON-RPC error code 3 (go-ethereum's and anvil's
// "execution reverted"), and a message that says the execution reverted,
// which is how nodes answer a revert without data.
func IsRevert(err error) bool {
	if err == nil {
		return false
	}
	var re *RevertError
	if errors.As(err, &re) {
		return true
	}
	if _, ok := RevertData(err); ok {
		return true
	}
	var rpcErr rpc.Error
	if errors.As(err, &rpcErr) && rpcErr.ErrorCode() == revertCode {
		return true
	}
	return strings.Contains(strings.ToLower(err.Error()), "revert")
}

// revertCode is the JSON-RPC error code go-ethereum and anvil give a reverted
// call.
const revertCode = 3

// DecodeError returns the *RevertError carried by an RPC error, or err itself
// when it carries no revert data that decodes. It is what callers run on the
// error of a call or a gas estimate before logging or returning it.
func DecodeError(err error) error {
	data, ok := RevertData(err)
	if !ok {
		return err
	}
	var re *RevertError
	if decoded := DecodeRevert(data); errors.As(decoded, &re) {
		return re
	}
	return err
}

func formatValue(v any) string {
	switch x := v.(type) {
	case common.Address:
		return x.Hex()
	case [32]byte:
		if name, ok := ParamName(x); ok {
			return fmt.Sprintf("%q", name)
		}
		return hexutil.Encode(x[:])
	case common.Hash:
		return x.Hex()
	case []byte:
		return hexutil.Encode(x)
	case string:
		return fmt.Sprintf("%q", x)
	case *big.Int:
		if x == nil {
			return "<nil>"
		}
		return x.String()
	default:
		return fmt.Sprint(x)
	}
}
