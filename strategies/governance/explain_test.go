package governance

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/steward-agents/steward/inference/llm"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// cannedLLM answers every prompt with raw, validated against a schema
// looser than the explainer's (any flags, any number of them), as a
// misconfigured or hostile endpoint could; it keeps the variables it got.
type cannedLLM struct {
	t    *testing.T
	raw  string
	vars map[string]string
}

func (c *cannedLLM) Infer(_ context.Context, vars map[string]string) (llm.Inference, error) {
	c.vars = vars
	v, err := llm.NewVerifier(llm.Config{Provider: "ollama", Model: "canned", Template: "{{.description}}",
		Variables: []string{"score", "flags", "calls", "description"}, Outputs: []llm.Output{{Name: "risk", Scale: 1}},
		Schema: `{"type":"object","additionalProperties":false,"required":["risk","flags","explanation"],"properties":{` +
			`"risk":{"type":"integer","minimum":0,"maximum":100},"flags":{"type":"array","items":{"type":"string"}},"explanation":{"type":"string"}}}`})
	if err != nil {
		c.t.Fatal(err)
	}
	return v.Revalidate(llm.Prompt{User: "prompt"}.Bytes(), c.raw)
}

func answer(t *testing.T, risk int, flags []string, explanation string) string {
	t.Helper()
	b, err := json.Marshal(llmAnswer{Risk: risk, Flags: flags, Explanation: explanation})
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestExplainerCutsTheDescriptionAtARune: a description longer than the
// LLM reads is cut before a character, never inside it. Guards a past
// bug: desc[:64<<10] split a UTF-8 sequence, handing the LLM an invalid
// byte.
func TestExplainerCutsTheDescriptionAtARune(t *testing.T) {
	for _, lead := range []int{maxExplainText - 1, maxExplainText - 2, maxExplainText - 3} {
		desc := strings.Repeat("a", lead) + strings.Repeat("😀", 4) // 4-byte characters across the cut
		fake := &cannedLLM{t: t, raw: answer(t, 0, []string{}, "")}
		if _, err := (Explainer{LLM: fake}).Apply(context.Background(), &proposal.Proposal{Description: desc}, Result{}); err != nil {
			t.Fatal(err)
		}
		got := fake.vars["description"]
		if !utf8.ValidString(got) || !strings.HasSuffix(got, "\n[… cut]") || len(got) > maxExplainText+len("\n[… cut]") {
			t.Fatalf("lead %d: the LLM got %d bytes ending %q", lead, len(got), got[max(len(got)-16, 0):])
		}
	}
	if got := cutAtRune("aé", 2); got != "a" {
		t.Fatalf("cutAtRune(aé, 2) = %q", got)
	}
}

// TestExplainerBoundsItsFlags: an answer with more flags than the schema
// allows adds at most MaxLLMFlags, each kind bounded, next to the
// analyser's.
func TestExplainerBoundsItsFlags(t *testing.T) {
	flags := make([]string, 100)
	for i := range flags {
		flags[i] = fmt.Sprintf("flood-%d", i)
	}
	flags[0] = strings.Repeat("x", 1000)
	fake := &cannedLLM{t: t, raw: answer(t, 100, flags, "fine")}
	in := Result{Score: 40, Flags: []features.Flag{{Kind: features.KindUnknownSelector, Call: 0}}}
	out, err := (Explainer{LLM: fake, MaxRaise: DefaultMaxRaise}).Apply(context.Background(), &proposal.Proposal{}, in)
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Flags) != 1+MaxLLMFlags || out.Flags[0].Kind != features.KindUnknownSelector {
		t.Fatalf("%d flags, the first %q; want the analyser's and %d of the LLM's", len(out.Flags), out.Flags[0].Kind, MaxLLMFlags)
	}
	for _, f := range out.Flags[1:] {
		if !strings.HasPrefix(f.Kind, LLMFlagPrefix) || len(f.Kind) > len(LLMFlagPrefix)+maxLLMFlagKind {
			t.Fatalf("an LLM flag of kind %q", f.Kind)
		}
	}
	if out.Score != 50 {
		t.Fatalf("score %d, want 40 raised by at most %d", out.Score, DefaultMaxRaise)
	}
}
