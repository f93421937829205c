// Package report writes a scored proposal for people: Markdown and one
// self-contained HTML file (no scripts, nothing loaded from the network)
// with the score and explanation, the flags and the calls they point at,
// the decoded calls as a tree, the simulated state changes, and the
// description. Text from the proposal, and an LLM's explanation and
// flags, is data: HTML-escaped, and its invisible and direction-changing
// characters shown as ⟨U+XXXX⟩, so a description or an answer cannot
// rearrange or hide what the report says; at most governance.MaxLLMFlags
// of an LLM's flags are listed.
package report

import (
	"fmt"
	"html/template"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ethereum/go-ethereum/common"

	"github.com/steward-agents/steward/strategies/governance"
	"github.com/steward-agents/steward/strategies/governance/decode"
	"github.com/steward-agents/steward/strategies/governance/effects"
	"github.com/steward-agents/steward/strategies/governance/features"
	"github.com/steward-agents/steward/strategies/governance/proposal"
)

// Proposal is what a report shows.
type Proposal struct {
	// Title names the report (a file name or the proposal id).
	Title       string
	Description string
	Result      governance.Result
	// Book names addresses in the call tree; may be nil.
	Book *proposal.Book
}

// Visible shows the characters a reader cannot see or that reorder text
// (bidi controls, zero-width and other format characters, controls but
// newline and tab) as ⟨U+XXXX⟩, and cuts the text at limit bytes (less
// where the cut would split a character).
func Visible(s string, limit int) string {
	cut := ""
	if len(s) > limit {
		n := max(limit, 0)
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s, cut = s[:n], fmt.Sprintf("\n… (%d more bytes not shown)", len(s)-n)
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == unicode.ReplacementChar, unicode.Is(unicode.Cf, r), unicode.IsControl(r), unicode.Is(unicode.Co, r):
			fmt.Fprintf(&b, "⟨U+%04X⟩", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String() + cut
}

// How much of each text a report shows, in bytes. The explanation and
// the flags' kinds carry an LLM's words (Explainer), so they are cut and
// made visible like the proposal's own text.
const (
	descriptionLimit = 64 << 10
	explanationLimit = 64 << 10
	kindLimit        = 100
	detailLimit      = 500
)

// shownFlags are the flags a report lists, in their order: the
// analyser's (at most 16 a kind, of a fixed set of kinds) and at most
// governance.MaxLLMFlags an LLM added, so a hostile answer cannot flood
// the table; hidden is how many of those were left out.
func shownFlags(flags []features.Flag) (shown []features.Flag, hidden int) {
	shown = make([]features.Flag, 0, len(flags))
	llm := 0
	for _, f := range flags {
		if strings.HasPrefix(f.Kind, governance.LLMFlagPrefix) {
			if llm++; llm > governance.MaxLLMFlags {
				hidden++
				continue
			}
		}
		shown = append(shown, f)
	}
	return shown, hidden
}

// hiddenNote says how many of an LLM's flags a report left out.
func hiddenNote(n int) string {
	return fmt.Sprintf("%d more flags the explainer added are not shown (at most %d are).", n, governance.MaxLLMFlags)
}

// WriteMarkdown writes the report as Markdown.
func WriteMarkdown(w io.Writer, p Proposal) error {
	r := p.Result
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", mdEscape(Visible(p.Title, 200)))
	fmt.Fprintf(&b, "**Risk score: %d / 100** — %s\n\n", r.Score, verdict(r))
	fmt.Fprintf(&b, "Model %d, floor %d (the score is the larger). Flags bitmap `%#x`.\n\n", r.Model, r.Floor, r.Bits)
	fmt.Fprintf(&b, "%s\n\n## Flags\n\n", mdEscape(Visible(r.Explanation, explanationLimit)))
	if len(r.Flags) == 0 {
		b.WriteString("None.\n")
	} else {
		b.WriteString("| kind | call | detail |\n|---|---|---|\n")
		shown, hidden := shownFlags(r.Flags)
		for _, f := range shown {
			fmt.Fprintf(&b, "| %s | %s | %s |\n", mdEscape(Visible(f.Kind, kindLimit)), callName(f.Call), mdEscape(Visible(f.Detail, detailLimit)))
		}
		if hidden > 0 {
			fmt.Fprintf(&b, "\n%s\n", hiddenNote(hidden))
		}
	}
	b.WriteString("\n## Calls\n\n```\n")
	var tree strings.Builder
	if err := decode.WriteText(&tree, r.Calls, namer(p.Book)); err != nil {
		return err
	}
	b.WriteString(strings.ReplaceAll(tree.String(), "```", "'''"))
	b.WriteString("\n```\n\n## Simulated state changes\n\n")
	for _, line := range changes(r.Effects) {
		fmt.Fprintf(&b, "- %s\n", mdEscape(line))
	}
	b.WriteString("\n## Description (data, as submitted)\n\n```text\n")
	b.WriteString(strings.ReplaceAll(Visible(p.Description, descriptionLimit), "```", "'''"))
	b.WriteString("\n```\n")
	_, err := io.WriteString(w, b.String())
	return err
}

func namer(b *proposal.Book) decode.Namer {
	if b == nil {
		return nil
	}
	return b
}

func verdict(r governance.Result) string {
	if r.Review {
		return "do not pass without review"
	}
	return "below the review threshold (70)"
}

func callName(i int) string {
	if i < 0 {
		return "the proposal"
	}
	return fmt.Sprintf("call %d", i)
}

func mdEscape(s string) string {
	return strings.NewReplacer("|", "\\|", "<", "&lt;", ">", "&gt;", "\n", " ").Replace(s)
}

// changes lists the simulation's effects in words; one line saying so when
// the proposal was not simulated.
func changes(e *effects.Effects) []string {
	if e == nil {
		return []string{"not simulated (no node given): the score rests on the decoded calls alone"}
	}
	var out []string
	if e.Reverted {
		out = append(out, fmt.Sprintf("execution reverts at call %d: %s", e.FailedCall, Visible(e.Reason, 300)))
	}
	for _, t := range e.Transfers {
		out = append(out, fmt.Sprintf("call %d: %s of %s from %s to %s", t.Call, t.Amount, tokenName(t.Token), t.From.Hex(), t.To.Hex()))
	}
	for _, a := range e.Approvals {
		amount := "operator approval"
		if a.Amount != nil {
			amount = a.Amount.String()
		}
		out = append(out, fmt.Sprintf("call %d: %s approves %s for %s of %s", a.Call, a.Owner.Hex(), a.Spender.Hex(), amount, tokenName(a.Token)))
	}
	for _, r := range e.Roles {
		verb := "revokes"
		if r.Granted {
			verb = "grants"
		}
		out = append(out, fmt.Sprintf("call %d: %s %s role %s to %s", r.Call, r.Contract.Hex(), verb, r.Role.Hex(), r.Account.Hex()))
	}
	for _, o := range e.Owners {
		out = append(out, fmt.Sprintf("call %d: ownership of %s from %s to %s", o.Call, o.Contract.Hex(), o.Previous.Hex(), o.New.Hex()))
	}
	for _, u := range e.Upgrades {
		out = append(out, fmt.Sprintf("call %d: %s upgraded to %s", u.Call, u.Proxy.Hex(), u.Implementation.Hex()))
	}
	for _, f := range e.DelegateCalls {
		out = append(out, fmt.Sprintf("call %d: delegatecall from %s into %s", f.Call, f.From.Hex(), f.To.Hex()))
	}
	for _, f := range e.SelfDestructs {
		out = append(out, fmt.Sprintf("call %d: %s self-destructs", f.Call, f.To.Hex()))
	}
	for _, c := range e.Created {
		out = append(out, fmt.Sprintf("call %d: new contract %s (%d bytes of code)", c.Call, c.Address.Hex(), c.CodeSize))
	}
	if len(out) == 0 {
		out = append(out, "no state change the simulator tracks")
	}
	return out
}

func tokenName(t common.Address) string {
	if t == effects.ETH {
		return "ETH"
	}
	return "token " + t.Hex()
}

// WriteHTML writes the report as one self-contained HTML page.
func WriteHTML(w io.Writer, p Proposal) error {
	var tree strings.Builder
	if err := decode.WriteText(&tree, p.Result.Calls, namer(p.Book)); err != nil {
		return err
	}
	shown, hidden := shownFlags(p.Result.Flags)
	note := ""
	if hidden > 0 {
		note = hiddenNote(hidden)
	}
	flags := make([]flagRow, len(shown))
	for i, f := range shown {
		flags[i] = flagRow{Kind: Visible(f.Kind, kindLimit), Call: callName(f.Call), Detail: Visible(f.Detail, detailLimit)}
	}
	return page.Execute(w, struct {
		Title, Verdict, Explanation, Tree, Description, Hidden string
		Score, Model, Floor                                    int
		Bits                                                   string
		Review                                                 bool
		Flags                                                  []flagRow
		Changes                                                []string
	}{Visible(p.Title, 200), verdict(p.Result), Visible(p.Result.Explanation, explanationLimit), tree.String(), Visible(p.Description, descriptionLimit), note,
		p.Result.Score, p.Result.Model, p.Result.Floor, fmt.Sprintf("%#x", p.Result.Bits), p.Result.Review, flags, changes(p.Result.Effects)})
}

type flagRow struct{ Kind, Call, Detail string }

var page = template.Must(template.New("report").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>{{.Title}} — proposal risk</title>
<style>
body{font:15px/1.45 system-ui,sans-serif;margin:2em auto;max-width:60em;color:#1d1d1f}
.score{display:inline-block;font-size:2.4em;font-weight:700;padding:.2em .6em;border-radius:.3em;color:#fff;background:#2e7d32}
.score.review{background:#c62828}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #ddd;padding:.35em .5em;text-align:left;vertical-align:top}
pre{background:#f6f8fa;padding:1em;overflow-x:auto;white-space:pre-wrap;word-break:break-all}
.muted{color:#666}
</style></head><body>
<h1>{{.Title}}</h1>
<p><span id="score" class="score{{if .Review}} review{{end}}">{{.Score}}</span> <strong>{{.Verdict}}</strong></p>
<p class="muted">Model {{.Model}}, floor {{.Floor}} (the score is the larger); flags bitmap <code>{{.Bits}}</code>.</p>
<p id="explanation">{{.Explanation}}</p>
<h2>Flags</h2>
{{if .Flags}}<table id="flags"><tr><th>kind</th><th>call</th><th>detail</th></tr>
{{range .Flags}}<tr><td>{{.Kind}}</td><td>{{.Call}}</td><td>{{.Detail}}</td></tr>
{{end}}</table>{{if .Hidden}}<p class="muted">{{.Hidden}}</p>{{end}}{{else}}<p id="flags">None.</p>{{end}}
<h2>Calls</h2>
<pre id="calls">{{.Tree}}</pre>
<h2>Simulated state changes</h2>
<ul id="changes">{{range .Changes}}<li>{{.}}</li>{{end}}</ul>
<h2>Description <span class="muted">(data, as submitted; hidden characters shown as ⟨U+XXXX⟩)</span></h2>
<pre id="description">{{.Description}}</pre>
<p class="muted">Written by steward's strategies/governance/report: one file, no scripts, nothing loaded from the network.</p>
</body></html>
`))
