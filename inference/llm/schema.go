package llm

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"github.com/steward-agents/steward/inference/commit"
)

// schemaURL is the name the output schema is compiled under; nothing is
// ever loaded from it.
const schemaURL = "urn:steward:llm:output-schema"

// validator checks answers against the output schema and extracts the
// committed values. It is immutable and safe for concurrent use.
type validator struct {
	schema  *jsonschema.Schema
	outputs []Output
}

func newValidator(schemaText string, outputs []Output) (*validator, error) {
	doc, err := parseStrictJSON(schemaText)
	if err != nil {
		return nil, fmt.Errorf("%w: Schema: %v", ErrInvalidConfig, err)
	}
	if err := checkSchemaShape(doc, outputs); err != nil {
		return nil, err
	}
	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	c.AssertFormat()
	c.UseLoader(noLoader{})
	if err := c.AddResource(schemaURL, doc); err != nil {
		return nil, fmt.Errorf("%w: Schema: %v", ErrInvalidConfig, err)
	}
	sch, err := c.Compile(schemaURL)
	if err != nil {
		return nil, fmt.Errorf("%w: Schema: %v", ErrInvalidConfig, err)
	}
	return &validator{schema: sch, outputs: outputs}, nil
}

// noLoader refuses every external reference: an output schema is
// self-contained, and compiling it must not read files or the network.
type noLoader struct{}

func (noLoader) Load(url string) (any, error) {
	return nil, fmt.Errorf("external schema reference %q not allowed", url)
}

// validate checks one raw answer and returns the Outputs' values, quantised,
// in Outputs order. Every refusal is an *OutputError.
func (v *validator) validate(raw string) ([]int64, error) {
	doc, err := parseAnswer(raw)
	if err != nil {
		return nil, err
	}
	if err := v.schema.Validate(doc); err != nil {
		return nil, schemaError(err)
	}
	obj, ok := doc.(map[string]any)
	if !ok {
		// The schema requires an object; this guards a schema-library surprise.
		return nil, outputErr("", "answer is not a JSON object")
	}
	values := make([]int64, len(v.outputs))
	for i, o := range v.outputs {
		path := "/" + pointerEscape(o.Name)
		num, ok := obj[o.Name].(json.Number)
		if !ok {
			return nil, outputErr(path, "missing or not a number")
		}
		f, err := strconv.ParseFloat(num.String(), 64)
		if err != nil {
			return nil, outputErr(path, "number %s is out of float64 range", num)
		}
		q, err := commit.Quantize(f, o.Scale)
		if err != nil {
			return nil, outputErr(path, "%v", err)
		}
		values[i] = q
	}
	return values, nil
}

// parseAnswer accepts exactly one JSON object, optionally surrounded by JSON
// whitespace, with no duplicate keys at any depth. Code fences, prose around
// the object, a top-level value that is not an object and invalid UTF-8 are
// refused with a reason that says which.
func parseAnswer(raw string) (any, error) {
	if !utf8.ValidString(raw) {
		return nil, outputErr("", "answer is not valid UTF-8")
	}
	trimmed := strings.Trim(raw, " \t\r\n")
	switch {
	case trimmed == "":
		return nil, outputErr("", "answer is empty")
	case strings.HasPrefix(trimmed, "```"):
		return nil, outputErr("", "answer is wrapped in a code fence; want a bare JSON object")
	case trimmed[0] != '{':
		return nil, outputErr("", "answer does not start with a JSON object (starts with %q); prose around JSON is refused", firstRunes(trimmed, 20))
	}
	doc, err := parseStrictJSON(raw)
	if err != nil {
		return nil, outputErr("", "%v", err)
	}
	return doc, nil
}

// parseStrictJSON decodes one JSON value with numbers kept as json.Number,
// refusing duplicate object keys and anything after the value.
func parseStrictJSON(text string) (any, error) {
	dec := json.NewDecoder(strings.NewReader(text))
	dec.UseNumber()
	v, err := decodeValue(dec, "")
	if err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("text after the JSON value; want a single JSON object")
	}
	return v, nil
}

func decodeValue(dec *json.Decoder, path string) (any, error) {
	tok, err := dec.Token()
	if err != nil {
		return nil, fmt.Errorf("not valid JSON: %v", err)
	}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			obj := map[string]any{}
			for dec.More() {
				kt, err := dec.Token()
				if err != nil {
					return nil, fmt.Errorf("not valid JSON: %v", err)
				}
				key, ok := kt.(string)
				if !ok {
					return nil, fmt.Errorf("not valid JSON: object key %v", kt)
				}
				if _, dup := obj[key]; dup {
					return nil, fmt.Errorf("duplicate key %q at %s", key, orRoot(path))
				}
				val, err := decodeValue(dec, path+"/"+pointerEscape(key))
				if err != nil {
					return nil, err
				}
				obj[key] = val
			}
			if _, err := dec.Token(); err != nil {
				return nil, fmt.Errorf("not valid JSON: %v", err)
			}
			return obj, nil
		case '[':
			arr := []any{}
			for i := 0; dec.More(); i++ {
				val, err := decodeValue(dec, path+"/"+strconv.Itoa(i))
				if err != nil {
					return nil, err
				}
				arr = append(arr, val)
			}
			if _, err := dec.Token(); err != nil {
				return nil, fmt.Errorf("not valid JSON: %v", err)
			}
			return arr, nil
		}
		return nil, fmt.Errorf("not valid JSON: unexpected %v", t)
	default:
		return t, nil
	}
}

// schemaError turns a jsonschema validation error into an *OutputError
// naming the first offending location and every reason.
func schemaError(err error) error {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return outputErr("", "schema validation: %v", err)
	}
	p := message.NewPrinter(language.English)
	var leaves []*jsonschema.ValidationError
	var walk func(e *jsonschema.ValidationError)
	walk = func(e *jsonschema.ValidationError) {
		if len(e.Causes) == 0 {
			leaves = append(leaves, e)
			return
		}
		for _, c := range e.Causes {
			walk(c)
		}
	}
	walk(ve)
	type reason struct{ path, msg string }
	reasons := make([]reason, 0, len(leaves))
	for _, l := range leaves {
		reasons = append(reasons, reason{instancePath(l.InstanceLocation), l.ErrorKind.LocalizedString(p)})
	}
	sort.Slice(reasons, func(i, j int) bool {
		if reasons[i].path != reasons[j].path {
			return reasons[i].path < reasons[j].path
		}
		return reasons[i].msg < reasons[j].msg
	})
	msgs := make([]string, len(reasons))
	for i, r := range reasons {
		msgs[i] = orRoot(r.path) + ": " + r.msg
	}
	return &OutputError{Path: reasons[0].path, Reason: "schema: " + strings.Join(msgs, "; ")}
}

func instancePath(loc []string) string {
	if len(loc) == 0 {
		return ""
	}
	parts := make([]string, len(loc))
	for i, s := range loc {
		parts[i] = pointerEscape(s)
	}
	return "/" + strings.Join(parts, "/")
}

func pointerEscape(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "~", "~0"), "/", "~1")
}

func orRoot(path string) string {
	if path == "" {
		return "(root)"
	}
	return path
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i] + "…"
		}
		n--
	}
	return s
}

// checkSchemaShape enforces what makes the schema a bound on the answer
// rather than a suggestion: a closed top-level object, and every Output a
// required, finitely bounded number whose bounds fit int64 at its scale.
// Nested objects must be closed too.
func checkSchemaShape(doc any, outputs []Output) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: Schema: %s", ErrInvalidConfig, fmt.Sprintf(format, args...))
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return bad("must be a JSON object")
	}
	if root["type"] != "object" {
		return bad(`top level must have "type": "object"`)
	}
	if err := checkClosedObjects(root, ""); err != nil {
		return bad("%v", err)
	}
	props, _ := root["properties"].(map[string]any)
	required := map[string]bool{}
	if req, ok := root["required"].([]any); ok {
		for _, r := range req {
			if s, ok := r.(string); ok {
				required[s] = true
			}
		}
	}
	for i, o := range outputs {
		prop, ok := props[o.Name].(map[string]any)
		if !ok {
			return bad("Outputs[%d] %q is not in properties", i, o.Name)
		}
		if !required[o.Name] {
			return bad("Outputs[%d] %q is not in required", i, o.Name)
		}
		if t := prop["type"]; t != "number" && t != "integer" {
			return bad(`property %q: "type" must be "number" or "integer", got %v`, o.Name, t)
		}
		lo, okLo := schemaBound(prop, "minimum", "exclusiveMinimum")
		hi, okHi := schemaBound(prop, "maximum", "exclusiveMaximum")
		if !okLo || !okHi {
			return bad("property %q: needs a finite minimum (or exclusiveMinimum) and maximum (or exclusiveMaximum)", o.Name)
		}
		for _, b := range []float64{lo, hi} {
			if _, err := commit.Quantize(b, o.Scale); err != nil {
				return bad("property %q: bound %v at Outputs[%d].Scale %d: %v", o.Name, b, i, o.Scale, err)
			}
		}
	}
	return nil
}

// schemaBound returns the property's bound from either keyword.
func schemaBound(prop map[string]any, keywords ...string) (float64, bool) {
	for _, k := range keywords {
		if n, ok := prop[k].(json.Number); ok {
			r, ok := new(big.Rat).SetString(n.String())
			if !ok {
				return 0, false
			}
			f, _ := r.Float64()
			if math.IsInf(f, 0) {
				return 0, false
			}
			return f, true
		}
	}
	return 0, false
}

// checkClosedObjects requires additionalProperties: false on every object
// schema reachable through properties and items.
func checkClosedObjects(sch map[string]any, path string) error {
	isObject := sch["type"] == "object" || sch["properties"] != nil
	if isObject && sch["additionalProperties"] != false {
		return fmt.Errorf(`%s: object schemas must set "additionalProperties": false`, orRoot(path))
	}
	if props, ok := sch["properties"].(map[string]any); ok {
		for name, p := range props {
			if ps, ok := p.(map[string]any); ok {
				if err := checkClosedObjects(ps, path+"/properties/"+pointerEscape(name)); err != nil {
					return err
				}
			}
		}
	}
	if items, ok := sch["items"].(map[string]any); ok {
		if err := checkClosedObjects(items, path+"/items"); err != nil {
			return err
		}
	}
	return nil
}
