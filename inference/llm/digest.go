package llm

import (
	"bytes"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ModelKind is the first field of every LLM model digest; it keeps an LLM's
// digest from ever equalling an ONNX model's (keccak256 of a file).
const ModelKind = "llm"

var (
	modelArgs   = mustArguments("string", "string", "string", "bytes32", "bytes32")
	specArgs    = mustArguments("string", "string[]", "int256[]")
	promptArgs  = mustArguments("string", "string")
	inputsArgs  = mustArguments("bytes32")
	outputsArgs = mustArguments("bytes32", "int256[]")
)

// TemplateDigest returns keccak256(template text bytes).
func TemplateDigest(template string) common.Hash {
	return crypto.Keccak256Hash([]byte(template))
}

// SpecDigest returns keccak256(abi.encode(string schema, string[]
// outputNames, int256[] outputScales)): the answer's specification, over
// the schema text exactly as configured (byte for byte, whitespace
// included) and the outputs in order. It binds the schema's bounds and the
// outputs' names, order and fixed-point scales into the model digest.
func SpecDigest(schema string, outputs []Output) common.Hash {
	names := make([]string, len(outputs))
	scales := make([]*big.Int, len(outputs))
	for i, o := range outputs {
		names[i] = o.Name
		scales[i] = big.NewInt(o.Scale)
	}
	enc, err := specArgs.Pack(schema, names, scales)
	if err != nil {
		panic("llm: pack spec digest: " + err.Error())
	}
	return crypto.Keccak256Hash(enc)
}

// ModelDigest returns keccak256(abi.encode(string "llm", string provider,
// string model, bytes32 templateDigest, bytes32 specDigest)): the
// modelDigest of every record an LLM inference makes, and what
// InferenceRegistry authorises. specDigest is SpecDigest of the schema and
// outputs.
func ModelDigest(provider, model string, templateDigest, specDigest common.Hash) common.Hash {
	enc, err := modelArgs.Pack(ModelKind, provider, model, [32]byte(templateDigest), [32]byte(specDigest))
	if err != nil {
		// Pack fails only on a type mismatch, which the fixed types rule out.
		panic("llm: pack model digest: " + err.Error())
	}
	return crypto.Keccak256Hash(enc)
}

// EncodeInputs returns abi.encode(bytes32 renderedPromptDigest): the inputs
// publication bytes, whose keccak256 is the record's inputDigest.
func EncodeInputs(renderedPromptDigest common.Hash) []byte {
	enc, err := inputsArgs.Pack([32]byte(renderedPromptDigest))
	if err != nil {
		panic("llm: pack inputs: " + err.Error())
	}
	return enc
}

// DecodeInputs is the inverse of EncodeInputs. It refuses anything but the
// canonical 32-byte encoding.
func DecodeInputs(b []byte) (common.Hash, error) {
	if len(b) != 32 {
		return common.Hash{}, fmt.Errorf("%w: inputs are %d bytes, want 32", ErrEncoding, len(b))
	}
	return common.BytesToHash(b), nil
}

// EncodeOutputs returns abi.encode(bytes32 rawResponseDigest, int256[]
// values): the outputs publication bytes, whose keccak256 is the record's
// outputDigest.
func EncodeOutputs(rawResponseDigest common.Hash, values []int64) []byte {
	bigs := make([]*big.Int, len(values))
	for i, v := range values {
		bigs[i] = big.NewInt(v)
	}
	enc, err := outputsArgs.Pack([32]byte(rawResponseDigest), bigs)
	if err != nil {
		panic("llm: pack outputs: " + err.Error())
	}
	return enc
}

// DecodeOutputs is the inverse of EncodeOutputs. It refuses values outside
// int64 and any encoding other than the canonical one EncodeOutputs writes,
// so equal decoded outputs always mean equal bytes and equal digests.
func DecodeOutputs(b []byte) (rawResponseDigest common.Hash, values []int64, err error) {
	out, err := outputsArgs.Unpack(b)
	if err != nil {
		return common.Hash{}, nil, fmt.Errorf("%w: outputs: %v", ErrEncoding, err)
	}
	digest, ok1 := out[0].([32]byte)
	bigs, ok2 := out[1].([]*big.Int)
	if !ok1 || !ok2 {
		return common.Hash{}, nil, fmt.Errorf("%w: outputs: unexpected types %T, %T", ErrEncoding, out[0], out[1])
	}
	values = make([]int64, len(bigs))
	for i, v := range bigs {
		if !v.IsInt64() {
			return common.Hash{}, nil, fmt.Errorf("%w: outputs: value %d (%s) does not fit in int64", ErrEncoding, i, v)
		}
		values[i] = v.Int64()
	}
	if !bytes.Equal(EncodeOutputs(digest, values), b) {
		return common.Hash{}, nil, fmt.Errorf("%w: outputs: not the canonical encoding", ErrEncoding)
	}
	return digest, values, nil
}

// Prompt is what is sent to the model: an optional system message and the
// user message. An empty System means no system message was sent.
type Prompt struct {
	System string
	User   string
}

// Bytes returns abi.encode(string System, string User): the rendered prompt
// as committed (its keccak256 is the renderedPromptDigest) and as published
// to the blob store.
func (p Prompt) Bytes() []byte {
	enc, err := promptArgs.Pack(p.System, p.User)
	if err != nil {
		panic("llm: pack prompt: " + err.Error())
	}
	return enc
}

// Digest returns keccak256(p.Bytes()), the renderedPromptDigest.
func (p Prompt) Digest() common.Hash {
	return crypto.Keccak256Hash(p.Bytes())
}

// DecodePrompt is the inverse of Prompt.Bytes; it refuses non-canonical
// encodings.
func DecodePrompt(b []byte) (Prompt, error) {
	out, err := promptArgs.Unpack(b)
	if err != nil {
		return Prompt{}, fmt.Errorf("%w: prompt: %v", ErrEncoding, err)
	}
	system, ok1 := out[0].(string)
	user, ok2 := out[1].(string)
	if !ok1 || !ok2 {
		return Prompt{}, fmt.Errorf("%w: prompt: unexpected types %T, %T", ErrEncoding, out[0], out[1])
	}
	p := Prompt{System: system, User: user}
	if !bytes.Equal(p.Bytes(), b) {
		return Prompt{}, fmt.Errorf("%w: prompt: not the canonical encoding", ErrEncoding)
	}
	return p, nil
}

func mustArguments(types ...string) abi.Arguments {
	args := make(abi.Arguments, len(types))
	for i, t := range types {
		typ, err := abi.NewType(t, "", nil)
		if err != nil {
			panic("llm: abi type " + t + ": " + err.Error())
		}
		args[i] = abi.Argument{Type: typ}
	}
	return args
}
