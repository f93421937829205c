package governance

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/steward-agents/steward/inference/llm"
	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// DefaultMaxRaise is how far an LLM may raise a score by default.
const DefaultMaxRaise = 10

// Explainer has an LLM (inference/llm, configs/llm/governance-explainer.yaml)
// explain a scored proposal and add flags, within bounds: the proposal's
// text reaches it only as quoted data; the score it leaves is never below
// the deterministic one and at most MaxRaise above it; its flags are added
// as "llm-<kind>" next to the analyser's, never instead of them, at most
// MaxLLMFlags of them; its explanation follows the one built from the
// flags.
type Explainer struct {
	LLM interface {
		Infer(ctx context.Context, vars map[string]string) (llm.Inference, error)
	}
	MaxRaise int
}

// LLMFlagPrefix starts the kind of every flag an Explainer's LLM added.
const LLMFlagPrefix = "llm-"

// MaxLLMFlags is how many flags an Explainer's LLM may add to a result
// (and how many of them a report lists).
const MaxLLMFlags = 16

// Bounds on what goes to and comes from the LLM.
const (
	// maxExplainText is how much of the description the LLM reads.
	maxExplainText = 64 << 10
	// maxLLMFlagKind is how long (in bytes) an added flag's kind may be.
	maxLLMFlagKind = 64
)

// cutAtRune cuts s to at most n bytes without splitting a UTF-8 sequence:
// a cut mid-character would hand the LLM (and the report) an invalid
// byte instead of the character.
func cutAtRune(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// llmAnswer is the explainer's JSON answer.
type llmAnswer struct {
	Risk        int      `json:"risk"`
	Flags       []string `json:"flags"`
	Explanation string   `json:"explanation"`
}

// Apply asks the LLM and returns r with its bounded changes.
func (e Explainer) Apply(ctx context.Context, p *proposal.Proposal, r Result) (Result, error) {
	flags, err := json.Marshal(r.Flags)
	if err != nil {
		return r, err
	}
	var calls strings.Builder
	if err := decode.WriteText(&calls, r.Calls, nil); err != nil {
		return r, err
	}
	desc := p.Description
	if len(desc) > maxExplainText {
		desc = cutAtRune(desc, maxExplainText) + "\n[… cut]"
	}
	inf, err := e.LLM.Infer(ctx, map[string]string{"score": strconv.Itoa(r.Score), "flags": string(flags), "calls": calls.String(), "description": desc})
	if err != nil {
		return r, fmt.Errorf("explainer: %w", err)
	}
	var a llmAnswer
	if err := json.Unmarshal([]byte(inf.RawResponse()), &a); err != nil {
		return r, fmt.Errorf("explainer: the answer is not the schema's object: %w", err)
	}
	out := r
	out.Flags = append([]features.Flag(nil), r.Flags...)
	if len(a.Flags) > MaxLLMFlags {
		// The schema asks for at most six, but the answer is the LLM's:
		// one that ignores it must not flood the report.
		a.Flags = a.Flags[:MaxLLMFlags]
	}
	for _, f := range a.Flags {
		out.Flags = append(out.Flags, features.Flag{Kind: LLMFlagPrefix + cutAtRune(f, maxLLMFlagKind), Call: -1, Detail: "raised by the explainer"})
	}
	out.Score = max(r.Score, min(a.Risk, r.Score+max(e.MaxRaise, 0), 100))
	out.Review = out.Score >= Review
	out.Explanation = Explain(out)
	if a.Explanation != "" {
		out.Explanation += " Explainer: " + strings.TrimSpace(a.Explanation)
	}
	return out, nil
}
