package llm_test

import (
	"fmt"

	"github.com/steward-agents/steward/inference/llm"
)

// The digest InferenceRegistry authorises binds the provider, the model,
// the template and the answer's specification (schema text and outputs).
func ExampleModelDigest() {
	td := llm.TemplateDigest("Score this proposal: {{.body}}")
	sd := llm.SpecDigest(
		`{"type":"object","additionalProperties":false,"required":["score"],"properties":{"score":{"type":"number","minimum":0,"maximum":10}}}`,
		[]llm.Output{{Name: "score", Scale: 1000}},
	)
	fmt.Println(sd)
	fmt.Println(llm.ModelDigest("openai", "gpt-4o-mini-2024-07-18", td, sd))
	// Output:
	// 0x33e0355daec77e6674e5e30844a7a8e158edd695ef84f269c9dd4c9e493b569e
	// 0xc03858c2f7dfe68d12d720d0574e40dde54447cf87ccf64d2585dc1d11dee8c2
}

// A verifier decodes the outputs publication carried in calldata.
func ExampleDecodeOutputs() {
	raw := `{"score": 7.25, "confidence": 0.8}`
	enc := llm.EncodeOutputs(llm.TemplateDigest(raw), []int64{7250, 8000})
	digest, values, err := llm.DecodeOutputs(enc)
	fmt.Println(digest == llm.TemplateDigest(raw), values, err)
	// Output:
	// true [7250 8000] <nil>
}
