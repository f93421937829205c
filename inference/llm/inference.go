package llm

import (
	"slices"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Inference is one validated LLM answer with everything its commitment
// needs. Only Client.Infer and Verifier.Revalidate make one, and only after
// the answer passed validation; its fields cannot be set from outside. The
// zero Inference (IsZero) holds nothing and must not be committed.
type Inference struct {
	outputs        []Output
	values         []int64
	prompt         Prompt
	promptBytes    []byte
	raw            string
	templateDigest common.Hash
	promptDigest   common.Hash
	rawDigest      common.Hash
	modelDigest    common.Hash
	inputs         []byte
	outputsBytes   []byte
	attempts       int
}

func newInference(v *Verifier, p Prompt, raw string, values []int64, attempts int) Inference {
	pb := p.Bytes()
	promptDigest := crypto.Keccak256Hash(pb)
	rawDigest := crypto.Keccak256Hash([]byte(raw))
	return Inference{
		outputs:        v.outputs,
		values:         values,
		prompt:         p,
		promptBytes:    pb,
		raw:            raw,
		templateDigest: v.templateDigest,
		promptDigest:   promptDigest,
		rawDigest:      rawDigest,
		modelDigest:    v.modelDigest,
		inputs:         EncodeInputs(promptDigest),
		outputsBytes:   EncodeOutputs(rawDigest, values),
		attempts:       attempts,
	}
}

// IsZero reports whether inf is the zero Inference, which no constructor
// returns.
func (inf Inference) IsZero() bool { return inf.values == nil }

// Values returns the committed fixed-point values, in Config.Outputs order.
func (inf Inference) Values() []int64 { return slices.Clone(inf.values) }

// Value returns the committed fixed-point value of the named output.
func (inf Inference) Value(name string) (int64, bool) {
	for i, o := range inf.outputs {
		if o.Name == name {
			return inf.values[i], true
		}
	}
	return 0, false
}

// Prompt returns the system and user messages exactly as sent.
func (inf Inference) Prompt() Prompt { return inf.prompt }

// RenderedPrompt returns abi.encode(string system, string user): the bytes
// whose keccak256 is RenderedPromptDigest, as published to the blob store.
func (inf Inference) RenderedPrompt() []byte { return slices.Clone(inf.promptBytes) }

// RawResponse returns the answer text exactly as the provider returned it.
func (inf Inference) RawResponse() string { return inf.raw }

// TemplateDigest returns keccak256 of the template text.
func (inf Inference) TemplateDigest() common.Hash { return inf.templateDigest }

// RenderedPromptDigest returns keccak256(RenderedPrompt()).
func (inf Inference) RenderedPromptDigest() common.Hash { return inf.promptDigest }

// RawResponseDigest returns keccak256 of the raw answer bytes.
func (inf Inference) RawResponseDigest() common.Hash { return inf.rawDigest }

// ModelDigest returns the record's modelDigest (see ModelDigest).
func (inf Inference) ModelDigest() common.Hash { return inf.modelDigest }

// InputsBytes returns abi.encode(bytes32 renderedPromptDigest), the inputs
// publication carried in calldata.
func (inf Inference) InputsBytes() []byte { return slices.Clone(inf.inputs) }

// OutputsBytes returns abi.encode(bytes32 rawResponseDigest, int256[]
// values), the outputs publication carried in calldata.
func (inf Inference) OutputsBytes() []byte { return slices.Clone(inf.outputsBytes) }

// InputDigest returns keccak256(InputsBytes()), the record's inputDigest.
func (inf Inference) InputDigest() common.Hash { return crypto.Keccak256Hash(inf.inputs) }

// OutputDigest returns keccak256(OutputsBytes()), the record's outputDigest.
func (inf Inference) OutputDigest() common.Hash { return crypto.Keccak256Hash(inf.outputsBytes) }

// Attempts returns how many requests Infer sent to get this answer (1 when
// the first answer was valid); 0 for a Revalidate.
func (inf Inference) Attempts() int { return inf.attempts }
