package config

import (
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// maxDepth bounds the walk; the config is four levels deep, so anything
// deeper is wrong anyway and the strict decoder reports it.
const maxDepth = 16

// maxVisits bounds the nodes one walk visits (aliases are followed, so a
// small file can name many); a real config has about a hundred.
const maxVisits = 10_000

// ambiguous marks a line that holds more than one field.
const ambiguous = "\x00"

// walker checks a YAML tree against the Config type before the strict
// decoder runs. yaml.v3 reports unknown fields and type mismatches by line
// only; the walker names them by field path, recognises fields that look
// like secrets, and refuses a fractional number for an integer field (which
// yaml.v3 would silently truncate).
type walker struct {
	errs    []error
	visits  int
	lines   map[int]string // line → field path of what is written on it
	unknown map[int]bool   // lines where an unknown field was reported
}

func newWalker() *walker {
	return &walker{lines: make(map[int]string), unknown: make(map[int]bool)}
}

func (w *walker) fail(path string, err error) {
	w.errs = append(w.errs, &FieldError{Field: path, Err: err})
}

func (w *walker) mark(line int, path string) {
	if path == "" {
		return
	}
	old, ok := w.lines[line]
	switch {
	case !ok || isWithin(path, old):
		// A block mapping starts on the line of its first key, so a line
		// holding a field and its parent is the field's.
		w.lines[line] = path
	case isWithin(old, path):
	default:
		w.lines[line] = ambiguous
	}
}

// isWithin reports whether path is inside (or is) parent.
func isWithin(path, parent string) bool {
	return path == parent || strings.HasPrefix(path, parent+".") || strings.HasPrefix(path, parent+"[")
}

func (w *walker) walk(n *yaml.Node, t reflect.Type, path string) {
	w.walkDepth(n, t, path, 0)
}

func (w *walker) walkDepth(n *yaml.Node, t reflect.Type, path string, depth int) {
	if n == nil || depth > maxDepth {
		return
	}
	if w.visits++; w.visits == maxVisits {
		w.errs = append(w.errs, fmt.Errorf("%w: more than %d YAML nodes (through aliases)", ErrInvalid, maxVisits))
	}
	if w.visits >= maxVisits {
		return
	}
	switch n.Kind {
	case yaml.DocumentNode:
		for _, c := range n.Content {
			w.walkDepth(c, t, path, depth+1)
		}
		return
	case yaml.AliasNode:
		w.mark(n.Line, path)
		w.walkDepth(n.Alias, t, path, depth+1)
		return
	}
	w.mark(n.Line, path)
	if t == reflect.TypeFor[yaml.Node]() {
		return // a raw section (strategy:), walked later with its kind's type
	}
	switch t.Kind() {
	case reflect.Struct:
		if n.Kind != yaml.MappingNode {
			return // the strict decoder reports the mismatch
		}
		fields := yamlFields(t)
		for i := 0; i+1 < len(n.Content); i += 2 {
			k, v := n.Content[i], n.Content[i+1]
			if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
				w.walkDepth(v, t, path, depth+1)
				continue
			}
			p := k.Value
			if path != "" {
				p = path + "." + k.Value
			}
			w.mark(k.Line, p)
			ft, ok := fields[k.Value]
			if !ok {
				w.unknown[k.Line] = true
				w.unknownField(p, k.Value, fields)
				continue
			}
			w.walkDepth(v, ft, p, depth+1)
		}
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			return
		}
		for i, c := range n.Content {
			w.walkDepth(c, t.Elem(), fmt.Sprintf("%s[%d]", path, i), depth+1)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		if n.Kind == yaml.ScalarNode && n.ShortTag() == "!!float" {
			w.fail(path, fmt.Errorf("%s is not a whole number", strconv.Quote(redact(n.Value))))
		}
	}
}

// unknownField reports a field the Config type does not have, with a pointed
// message when its name suggests a secret.
func (w *walker) unknownField(path, name string, fields map[string]reflect.Type) {
	if looksSecretName(name) {
		w.fail(path, fmt.Errorf("%w: put the private key or password in an environment variable and name it in key.env or key.passwordEnv, or use key.keystore", ErrSecret))
		return
	}
	known := make([]string, 0, len(fields))
	for k := range fields {
		known = append(known, k)
	}
	slices.Sort(known)
	w.fail(path, fmt.Errorf("unknown field (known here: %s)", strings.Join(known, ", ")))
}

func looksSecretName(name string) bool {
	n := strings.ToLower(name)
	for _, s := range []string{"private", "password", "passphrase", "secret", "mnemonic"} {
		if strings.Contains(n, s) {
			return true
		}
	}
	return n == "hex" || n == "seed" || n == "pk"
}

// yamlFields maps the YAML names of t's fields to their types.
func yamlFields(t reflect.Type) map[string]reflect.Type {
	out := make(map[string]reflect.Type, t.NumField())
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		if name == "-" || !f.IsExported() {
			continue
		}
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		out[name] = f.Type
	}
	return out
}

// typeErrors turns the strict decoder's "line N: …" messages into field
// errors. An unknown-field message on a line where the walker already
// reported one by path is dropped.
func (w *walker) typeErrors(te *yaml.TypeError) []error {
	var errs []error
	for _, msg := range te.Errors {
		var line int
		rest := msg
		if l, r, ok := strings.Cut(msg, ": "); ok && strings.HasPrefix(l, "line ") {
			if n, err := strconv.Atoi(strings.TrimPrefix(l, "line ")); err == nil {
				line, rest = n, r
			}
		}
		if w.unknown[line] && strings.HasPrefix(rest, "field ") && strings.Contains(rest, " not found in type ") {
			continue
		}
		if p, ok := w.lines[line]; ok && p != ambiguous {
			errs = append(errs, &FieldError{Field: p, Err: errors.New(rest)})
			continue
		}
		errs = append(errs, fmt.Errorf("%w: %s", ErrInvalid, msg))
	}
	return errs
}
