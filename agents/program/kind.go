package program

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Kind is one strategy kind as the rest of Steward sees it. A kind's
// package (strategies/<kind>) returns its Kind; cmd/steward registers every
// kind in one place, and the config, the runtime and `steward verify` find
// a kind by its Name (an agent config's agent.strategy).
type Kind struct {
	// Name is agent.strategy's value for this kind, e.g. "marketmaking".
	Name string
	// NewSettings returns the kind's settings holding its defaults. The
	// config's strategy: section is decoded over it (a key the settings'
	// yaml tags do not name is an error), then Validate runs.
	NewSettings func() Settings
	// Build builds one agent's program from its validated settings,
	// reading what it needs from the chain.
	Build func(ctx context.Context, s Settings, chain ChainReader) (Program, error)
	// Derivers re-derive, for `steward verify`, the values the kind
	// applies, by the derivation name it publishes.
	Derivers map[string]Deriver
	// Models are the kinds of model its programs can run with: an agent
	// config names one of them (model.card for ONNX, model.llm for an LLM).
	Models []ModelKind
}

// ModelKind is a kind of model a strategy kind runs with.
type ModelKind string

// Model kinds.
const (
	ModelONNX ModelKind = "onnx" // a numeric model from its card; Input.Features
	ModelLLM  ModelKind = "llm"  // an LLM (inference/llm); Input.Fields
)

// Settings are one kind's section of an agent config.
type Settings interface {
	// Validate checks every field, fills what it derives, and reports every
	// problem (joined), each a *FieldError naming its key in the section.
	Validate() error
}

// FieldError is a problem with one key of a kind's settings. Field is the
// key path inside the section ("widthMultiplier"); the config reports it
// under the section ("strategy.widthMultiplier").
type FieldError struct {
	Field string
	Err   error
}

func (e *FieldError) Error() string { return e.Field + ": " + e.Err.Error() }

// Unwrap returns the underlying problem.
func (e *FieldError) Unwrap() error { return e.Err }

// Problems collects FieldErrors while settings are validated.
type Problems []error

// Add records a problem with field.
func (p *Problems) Add(field, format string, args ...any) {
	*p = append(*p, &FieldError{Field: field, Err: fmt.Errorf(format, args...)})
}

// Err joins the problems; nil when there are none.
func (p Problems) Err() error { return errors.Join(p...) }

var addressRE = regexp.MustCompile(`^0x[0-9a-fA-F]{40}$`)

// OptionalAddress parses text into dst for a settings field that may be
// left empty (a demo supplies its own; the kind's Build requires it): an
// empty text leaves dst zero, a bad one is a problem named by field.
func (p *Problems) OptionalAddress(field, text string, dst *common.Address) {
	*dst = common.Address{}
	if text == "" {
		return
	}
	a, err := ParseAddress(text)
	if err != nil {
		p.Add(field, "%q %v", text, err)
		return
	}
	*dst = a
}

// ParseAddress reads an address from a config: 0x and 40 hex digits, all
// one case or with a valid EIP-55 checksum, and not the zero address.
func ParseAddress(s string) (common.Address, error) {
	if !addressRE.MatchString(s) {
		return common.Address{}, errors.New("is not an address (0x and 40 hex digits)")
	}
	a := common.HexToAddress(s)
	if body := s[2:]; body != strings.ToLower(body) && body != strings.ToUpper(body) && a.Hex() != s {
		return common.Address{}, fmt.Errorf("has a bad EIP-55 checksum (want %s)", a.Hex())
	}
	if a == (common.Address{}) {
		return common.Address{}, errors.New("is the zero address")
	}
	return a, nil
}
