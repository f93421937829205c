package decode

import (
	"encoding/json"
	"math/big"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// gethMethod builds go-ethereum's view of a canonical signature: the
// independent encoder the tests pack calldata with.
func gethMethod(t testing.TB, canonical string) abi.Method {
	t.Helper()
	sel, err := abi.ParseSelector(canonical)
	if err != nil {
		t.Fatalf("geth ParseSelector(%s): %v", canonical, err)
	}
	js, err := json.Marshal([]abi.SelectorMarshaling{sel})
	if err != nil {
		t.Fatal(err)
	}
	parsed, err := abi.JSON(strings.NewReader(string(js)))
	if err != nil {
		t.Fatalf("geth abi.JSON(%s): %v", canonical, err)
	}
	for _, m := range parsed.Methods {
		return m
	}
	t.Fatalf("geth found no method in %s", canonical)
	return abi.Method{}
}

// pack is selector ‖ abi.encode(args) for a canonical signature, encoded
// by go-ethereum.
func pack(t testing.TB, canonical string, args ...any) []byte {
	t.Helper()
	m := gethMethod(t, canonical)
	enc, err := m.Inputs.Pack(args...)
	if err != nil {
		t.Fatalf("geth Pack(%s): %v", canonical, err)
	}
	return append(append([]byte{}, m.ID...), enc...)
}

// packedEntry is one MultiSend entry.
type packedEntry struct {
	op    byte
	to    common.Address
	value *big.Int
	data  []byte
}

// packMultiSend packs entries the way Safe's MultiSend reads them.
func packMultiSend(entries ...packedEntry) []byte {
	var out []byte
	for _, e := range entries {
		out = append(out, e.op)
		out = append(out, e.to.Bytes()...)
		out = append(out, common.LeftPadBytes(e.value.Bytes(), 32)...)
		out = append(out, common.LeftPadBytes(big.NewInt(int64(len(e.data))).Bytes(), 32)...)
		out = append(out, e.data...)
	}
	return out
}

func call(target common.Address, data []byte) proposal.Call {
	return proposal.Call{Target: target, Value: new(big.Int), Data: data}
}

// randomValue makes a random Go value of an ABI type, in the form
// go-ethereum packs.
func randomValue(t abi.Type, r *rand.Rand) reflect.Value {
	typ := t.GetType()
	switch t.T {
	case abi.UintTy, abi.IntTy:
		word := make([]byte, t.Size/8)
		fill(r, word)
		n := new(big.Int).SetBytes(word)
		if t.T == abi.IntTy {
			n.Sub(n, new(big.Int).Lsh(big.NewInt(1), uint(t.Size-1)))
		}
		if typ == reflect.TypeOf(&big.Int{}) {
			return reflect.ValueOf(n)
		}
		if t.T == abi.UintTy {
			return reflect.ValueOf(n.Uint64()).Convert(typ)
		}
		return reflect.ValueOf(n.Int64()).Convert(typ)
	case abi.BoolTy:
		return reflect.ValueOf(r.IntN(2) == 1)
	case abi.AddressTy:
		var a common.Address
		fill(r, a[:])
		return reflect.ValueOf(a)
	case abi.FixedBytesTy, abi.FunctionTy:
		v := reflect.New(typ).Elem()
		for i := 0; i < v.Len(); i++ {
			v.Index(i).SetUint(uint64(r.IntN(256)))
		}
		return v
	case abi.BytesTy:
		b := make([]byte, r.IntN(70))
		fill(r, b)
		return reflect.ValueOf(b)
	case abi.StringTy:
		return reflect.ValueOf(strings.Repeat("ab\u202e", r.IntN(4)))
	case abi.SliceTy:
		n := r.IntN(4)
		v := reflect.MakeSlice(typ, n, n)
		for i := 0; i < n; i++ {
			v.Index(i).Set(randomValue(*t.Elem, r))
		}
		return v
	case abi.ArrayTy:
		v := reflect.New(typ).Elem()
		for i := 0; i < t.Size; i++ {
			v.Index(i).Set(randomValue(*t.Elem, r))
		}
		return v
	case abi.TupleTy:
		v := reflect.New(typ).Elem()
		for i, e := range t.TupleElems {
			v.Field(i).Set(randomValue(*e, r))
		}
		return v
	}
	panic("randomValue: type " + t.String())
}

// asDecoded is what the decoder should return for a go-ethereum value, with
// tuple field names left out (go-ethereum's are its own).
func asDecoded(t abi.Type, v reflect.Value) any {
	switch t.T {
	case abi.UintTy, abi.IntTy:
		if b, ok := v.Interface().(*big.Int); ok {
			return b
		}
		if t.T == abi.UintTy {
			return new(big.Int).SetUint64(v.Uint())
		}
		return big.NewInt(v.Int())
	case abi.BoolTy:
		return v.Bool()
	case abi.AddressTy:
		return v.Interface().(common.Address)
	case abi.FixedBytesTy, abi.FunctionTy:
		b := make([]byte, v.Len())
		reflect.Copy(reflect.ValueOf(b), v)
		return b
	case abi.BytesTy:
		return v.Bytes()
	case abi.StringTy:
		return v.String()
	case abi.SliceTy, abi.ArrayTy:
		out := make([]any, v.Len())
		for i := range out {
			out[i] = asDecoded(*t.Elem, v.Index(i))
		}
		return out
	case abi.TupleTy:
		out := make([]any, len(t.TupleElems))
		for i, e := range t.TupleElems {
			out[i] = asDecoded(*e, v.Field(i))
		}
		return out
	}
	panic("asDecoded: type " + t.String())
}

// unnamed drops tuple field names from a decoded value, to compare it with
// asDecoded's.
func unnamed(v any) any {
	switch v := v.(type) {
	case []Arg:
		out := make([]any, len(v))
		for i, a := range v {
			out[i] = unnamed(a.Value)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = unnamed(e)
		}
		return out
	}
	return v
}

func fill(r *rand.Rand, b []byte) {
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
}
