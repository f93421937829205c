package llm

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"text/template"
	"unicode/utf8"
)

// systemBlock is the name of the template block that renders the system
// message.
const systemBlock = "system"

// promptTemplate is a parsed Config.Template.
type promptTemplate struct {
	tmpl      *template.Template
	system    string // the rendered system block; "" if none
	variables []string
}

func parseTemplate(text string, variables []string) (*promptTemplate, error) {
	t, err := template.New("prompt").Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, fmt.Errorf("%w: Template: %v", ErrInvalidConfig, err)
	}
	p := &promptTemplate{tmpl: t, variables: slices.Clone(variables)}
	if st := t.Lookup(systemBlock); st != nil {
		var b bytes.Buffer
		if err := st.Execute(&b, map[string]string{}); err != nil {
			return nil, fmt.Errorf("%w: Template: the %q block must not use variables: %v", ErrInvalidConfig, systemBlock, err)
		}
		p.system = b.String()
	}
	// Render once with every variable empty, so a reference to an undeclared
	// variable fails here rather than on the first Infer.
	dry := make(map[string]string, len(variables))
	for _, v := range variables {
		dry[v] = ""
	}
	if err := t.Execute(io.Discard, dry); err != nil {
		return nil, fmt.Errorf("%w: Template: %v", ErrInvalidConfig, err)
	}
	return p, nil
}

// render checks vars against the declared variables and renders the prompt.
// Every value is delimited (see delimit), so it can only ever appear as data.
func (p *promptTemplate) render(vars map[string]string) (Prompt, error) {
	for _, name := range p.variables {
		if _, ok := vars[name]; !ok {
			return Prompt{}, fmt.Errorf("%w: variable %q: missing", ErrInvalidInput, name)
		}
	}
	data := make(map[string]string, len(vars))
	for name, value := range vars {
		if !slices.Contains(p.variables, name) {
			return Prompt{}, fmt.Errorf("%w: variable %q: not declared in Variables", ErrInvalidInput, name)
		}
		if !utf8.ValidString(value) {
			return Prompt{}, fmt.Errorf("%w: variable %q: not valid UTF-8", ErrInvalidInput, name)
		}
		data[name] = delimit(name, value)
	}
	var b strings.Builder
	if err := p.tmpl.Execute(&b, data); err != nil {
		return Prompt{}, fmt.Errorf("%w: render template: %v", ErrInvalidInput, err)
	}
	return Prompt{System: p.system, User: b.String()}, nil
}

// delimit renders one variable as a data block:
//
//	<data name="NAME">
//	"JSON string literal of the value"
//	</data>
//
// encoding/json escapes quotes, backslashes, every control character
// (newlines included), U+2028, U+2029 and <, > and &, so the literal is one
// line that cannot contain "</data>" or a line break: whatever the value
// says, it cannot close the block or start a line of instructions.
func delimit(name, value string) string {
	q, err := json.Marshal(value)
	if err != nil {
		// Marshal of a string cannot fail.
		panic("llm: quote variable: " + err.Error())
	}
	return `<data name="` + name + "\">\n" + string(q) + "\n</data>"
}
