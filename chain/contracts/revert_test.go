package contracts

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"
	"github.com/steward-agents/steward/chain/contracts/bindings"
)

// packError builds revert data for the custom error name of the given ABI.
func packError(t *testing.T, parsed abi.ABI, name string, args ...any) []byte {
	t.Helper()
	e, ok := parsed.Errors[name]
	if !ok {
		t.Fatalf("no error %s in ABI", name)
	}
	enc, err := e.Inputs.Pack(args...)
	if err != nil {
		t.Fatal(err)
	}
	return append(e.ID[:4:4], enc...)
}

func packArgs(t *testing.T, selector []byte, typ string, v any) []byte {
	t.Helper()
	ty, err := abi.NewType(typ, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	enc, err := abi.Arguments{{Type: ty}}.Pack(v)
	if err != nil {
		t.Fatal(err)
	}
	return append(append([]byte{}, selector...), enc...)
}

func TestDecodeRevert(t *testing.T) {
	guard := bindings.NewParameterGuard().GetABI()
	registry := bindings.NewInferenceRegistry().GetABI()
	vault := bindings.NewRangeVault().GetABI()
	target := common.HexToAddress("0x00000000000000000000000000000000000000aa")

	tests := []struct {
		name    string
		data    []byte
		want    string // RevertError.Error()
		wantErr error  // sentinel, when no RevertError is expected
	}{
		{
			name: "guard step too large names the parameter",
			data: packError(t, guard, "StepTooLarge", target, Param("tickLower"), big.NewInt(-1000), big.NewInt(-5000), big.NewInt(3000)),
			want: `ParameterGuard.StepTooLarge(target=0x00000000000000000000000000000000000000AA, param="tickLower", from=-1000, to=-5000, maxStep=3000)`,
		},
		{
			name: "cooldown carries a uint64",
			data: packError(t, guard, "CooldownActive", target, Param("tickUpper"), uint64(42)),
			want: `ParameterGuard.CooldownActive(target=0x00000000000000000000000000000000000000AA, param="tickUpper", readyAtBlock=42)`,
		},
		{
			name: "a non-ASCII bytes32 prints as hex",
			data: packError(t, guard, "RootNotCommitted", [32]byte{0xde, 0xad}),
			want: `ParameterGuard.RootNotCommitted(root=0xdead000000000000000000000000000000000000000000000000000000000000)`,
		},
		{
			name: "orphaned record carries both block hashes",
			data: packError(t, guard, "OrphanedRecord", uint64(77), [32]byte{0xaa, 1}, [32]byte{0xbb, 2}),
			want: `ParameterGuard.OrphanedRecord(blockNumber=77, recorded=0xaa01000000000000000000000000000000000000000000000000000000000000, canonical=0xbb02000000000000000000000000000000000000000000000000000000000000)`,
		},
		{
			name: "record from the future",
			data: packError(t, guard, "RecordFromFuture", uint64(78)),
			want: `ParameterGuard.RecordFromFuture(blockNumber=78)`,
		},
		{
			name: "record too old",
			data: packError(t, guard, "RecordTooOld", uint64(1)),
			want: `ParameterGuard.RecordTooOld(blockNumber=1)`,
		},
		{
			name: "no arguments",
			data: packError(t, guard, "LengthMismatch"),
			want: `ParameterGuard.LengthMismatch()`,
		},
		{
			name: "registry error",
			data: packError(t, registry, "AgentNotAuthorised", target),
			want: `InferenceRegistry.AgentNotAuthorised(agent=0x00000000000000000000000000000000000000AA)`,
		},
		{
			// NotOwner(address) is declared by both the registry and the guard.
			name: "identical error in two contracts lists both",
			data: packError(t, registry, "NotOwner", target),
			want: `InferenceRegistry/ParameterGuard.NotOwner(caller=0x00000000000000000000000000000000000000AA)`,
		},
		{
			name: "vault int24 arguments",
			data: packError(t, vault, "TickNotAligned", big.NewInt(-1005), big.NewInt(10)),
			want: `RangeVault.TickNotAligned(tick=-1005, spacing=10)`,
		},
		{
			name: "Error(string) from a Uniswap require",
			data: packArgs(t, errorSelector, "string", "TLU"),
			want: `Error(reason="TLU")`,
		},
		{
			name: "Panic(uint256) with its meaning",
			data: packArgs(t, panicSelector, "uint256", big.NewInt(0x11)),
			want: `Panic(code=17, reason="arithmetic underflow or overflow")`,
		},
		{name: "empty data", data: nil, wantErr: ErrNoRevertData},
		{name: "shorter than a selector", data: []byte{1, 2}, wantErr: ErrMalformedRevert},
		{name: "unknown selector", data: []byte{1, 2, 3, 4}, wantErr: ErrUnknownRevert},
		{
			name:    "known selector with truncated arguments",
			data:    packError(t, guard, "StepTooLarge", target, Param("x"), big.NewInt(1), big.NewInt(2), big.NewInt(3))[:40],
			wantErr: ErrMalformedRevert,
		},
		{name: "truncated Error(string)", data: errorSelector, wantErr: ErrMalformedRevert},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := DecodeRevert(tt.data)
			var re *RevertError
			if tt.wantErr != nil {
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("DecodeRevert = %v, want %v", err, tt.wantErr)
				}
				if errors.As(err, &re) {
					t.Fatalf("DecodeRevert returned a RevertError %v for bad data", re)
				}
				return
			}
			if !errors.As(err, &re) {
				t.Fatalf("DecodeRevert = %v (%T), want *RevertError", err, err)
			}
			if got := re.Error(); got != tt.want {
				t.Errorf("Error()\n got %s\nwant %s", got, tt.want)
			}
		})
	}
}

func TestRevertErrorArgs(t *testing.T) {
	guard := bindings.NewParameterGuard().GetABI()
	target := common.HexToAddress("0x1")
	err := DecodeRevert(packError(t, guard, "OutOfBounds", target, Param("tickLower"), big.NewInt(-30000), big.NewInt(-20000), big.NewInt(20000)))
	var re *RevertError
	if !errors.As(err, &re) {
		t.Fatal(err)
	}
	if re.Contract != "ParameterGuard" || re.Name != "OutOfBounds" {
		t.Fatalf("got %s.%s", re.Contract, re.Name)
	}
	if got := re.Args["target"].(common.Address); got != target {
		t.Errorf("target = %s", got)
	}
	if got := re.Args["param"].([32]byte); got != Param("tickLower") {
		t.Errorf("param = %x", got)
	}
	if got := re.Args["value"].(*big.Int); got.Int64() != -30000 {
		t.Errorf("value = %s", got)
	}
	// A literal without declaration order still prints deterministically.
	lit := &RevertError{Contract: "X", Name: "Y", Args: map[string]any{"b": 2, "a": 1}}
	if got := lit.Error(); got != "X.Y(a=1, b=2)" {
		t.Errorf("literal Error() = %s", got)
	}
}

// dataErr mimics go-ethereum's rpc jsonError, which carries revert data as a hex string.
type dataErr struct{ data any }

func (e dataErr) Error() string          { return "execution reverted" }
func (e dataErr) ErrorData() interface{} { return e.data }

func TestDecodeError(t *testing.T) {
	guard := bindings.NewParameterGuard().GetABI()
	revert := packError(t, guard, "InvalidProof", [32]byte{1}, [32]byte{2})
	plain := errors.New("connection refused")
	tests := []struct {
		name     string
		err      error
		wantName string // "" = err comes back unchanged
	}{
		{"hex data, wrapped", fmt.Errorf("estimate gas: %w", dataErr{hexutil.Encode(revert)}), "InvalidProof"},
		{"byte data", dataErr{revert}, "InvalidProof"},
		{"no data", plain, ""},
		{"undecodable data", dataErr{"0x01020304"}, ""},
		{"non-hex data", dataErr{"reverted"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := DecodeError(tt.err)
			var re *RevertError
			if tt.wantName == "" {
				if got != tt.err {
					t.Fatalf("DecodeError = %v, want the input error back", got)
				}
				return
			}
			if !errors.As(got, &re) || re.Name != tt.wantName {
				t.Fatalf("DecodeError = %v, want %s", got, tt.wantName)
			}
		})
	}
}

// codedErr is a JSON-RPC error object without data.
type codedErr struct {
	code int
	msg  string
}

func (e codedErr) Error() string  { return e.msg }
func (e codedErr) ErrorCode() int { return e.code }

func TestIsRevert(t *testing.T) {
	guard := bindings.NewParameterGuard().GetABI()
	revert := packError(t, guard, "InvalidProof", [32]byte{1}, [32]byte{2})
	tests := []struct {
		name string
		err  error
		want bool
	}{
		{"nil", nil, false},
		{"revert data, wrapped", fmt.Errorf("call: %w", dataErr{hexutil.Encode(revert)}), true},
		{"decoded", DecodeError(dataErr{revert}), true},
		{"code 3 without data", codedErr{3, "execution reverted"}, true},
		// go-ethereum before code 3 for every revert, and other nodes.
		{"-32000 execution reverted", codedErr{-32000, "execution reverted"}, true},
		{"hardhat's message", errors.New("VM Exception while processing transaction: revert"), true},
		{"connection refused", errors.New("dial tcp 127.0.0.1:8545: connect: connection refused"), false},
		{"rate limited", codedErr{-32005, "limit exceeded"}, false},
		{"timeout", fmt.Errorf("call: %w", context.DeadlineExceeded), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := IsRevert(tt.err); got != tt.want {
				t.Fatalf("IsRevert(%v) = %v, want %v", tt.err, got, tt.want)
			}
		})
	}
}

func TestParam(t *testing.T) {
	p := Param("tickLower")
	if string(p[:9]) != "tickLower" || p[9] != 0 || p[31] != 0 {
		t.Fatalf("Param = %x", p)
	}
	if name, ok := ParamName(p); !ok || name != "tickLower" {
		t.Errorf("ParamName = %q, %v", name, ok)
	}
	for _, bad := range [][32]byte{{}, {0xff, 'a'}, {'a', 0, 'b'}} {
		if name, ok := ParamName(bad); ok {
			t.Errorf("ParamName(%x) = %q, want not a name", bad, name)
		}
	}
	defer func() {
		if r := recover(); r == nil || !strings.Contains(fmt.Sprint(r), "at most 32") {
			t.Errorf("Param of 33 bytes: recover = %v, want a panic naming the limit", r)
		}
	}()
	Param(strings.Repeat("x", 33))
}

func FuzzDecodeRevert(f *testing.F) {
	f.Add([]byte{})
	f.Add(errorSelector)
	f.Add(append(append([]byte{}, panicSelector...), make([]byte, 32)...))
	guard := bindings.NewParameterGuard().GetABI()
	id := guard.Errors["StepTooLarge"].ID
	f.Add(append(id[:4:4], make([]byte, 160)...))
	f.Fuzz(func(t *testing.T, data []byte) {
		err := DecodeRevert(data)
		if err == nil {
			t.Fatal("DecodeRevert returned nil")
		}
		var re *RevertError
		if errors.As(err, &re) {
			_ = re.Error()
		}
	})
}
